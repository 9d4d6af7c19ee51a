package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.LearningCurve;

class EvaluationReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void reportJsonHoldsExactlyTheMetricsThatEvaluateComputed() throws IOException {
        Path json = dir.resolve("cv.json");
        Cli.ok("evaluate", "--corpus", SeedRun.SEED_JSONL.toString(), "--cv", "3", "--head", "tfidf-lr", "--analyzer", "fast",
                "--json", json.toString());
        JsonNode evaluated = JSON.readTree(json.toFile());
        Evaluation e = EvaluationReport.write(dir.resolve("report"), evaluated);

        JsonNode report = JSON.readTree(dir.resolve("report").resolve(ReportFiles.DATA).toFile());
        JsonNode model = report.get("models").get(0);
        JsonNode result = evaluated.get("result");
        assertEquals("tfidf-lr", model.get("name").asText());
        for (String field : List.of("metrics", "macroF1Ci", "accuracyCi", "baseline")) {
            assertEquals(result.get(field), model.get(field), field);
        }
        assertEquals(evaluated.get("corpus"), report.get("context").get("corpus"));
        assertEquals(Evaluation.FORMAT, report.get("format").asText());
        assertEquals(1, report.get("format_version").asInt());

        String html = Files.readString(dir.resolve("report").resolve(ReportFiles.PAGE));
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "%.3f", result.get("metrics").get("macroF1").asDouble())));
        assertEquals(3, e.models().size() * 3, "one model: confusion, per-class bars, reliability");
        assertCharts(html, 3);
    }

    @Test
    void heldOutEvaluationOfABundleIsReportedToo() throws IOException {
        SeedRun.ensure();
        Path json = dir.resolve("held-out.json");
        Cli.ok("evaluate", "--model", SeedRun.BUNDLE.toString(), "--gold", SeedRun.SEED_JSONL.toString(), "--json", json.toString());
        JsonNode evaluated = JSON.readTree(json.toFile());
        Evaluation e = EvaluationReport.write(dir, evaluated);
        assertEquals("held-out", e.mode());
        assertEquals(evaluated.get("model").asText(), e.models().get(0).name());
        JsonNode report = JSON.readTree(dir.resolve(ReportFiles.DATA).toFile());
        assertEquals(evaluated.get("metrics"), report.get("models").get(0).get("metrics"));
        assertEquals(evaluated.get("macroF1Ci"), report.get("models").get(0).get("macroF1Ci"));
    }

    @Test
    void severalModelsAndALearningCurveRoundTripThroughReportJson() throws IOException {
        CrossValidation.Result weak = EvaluationReportTestSupport.crossValidate(10.0);
        CrossValidation.Result strong = EvaluationReportTestSupport.crossValidateDefaults();
        List<LearningCurve.Point> curve = EvaluationReportTestSupport.learningCurve();
        Evaluation written = EvaluationReport.write(dir, List.of(strong, weak), curve, null);

        assertEquals(written, EvaluationReport.read(dir.resolve(ReportFiles.DATA)));
        assertEquals(List.of(strong.metrics(), weak.metrics()), written.models().stream().map(Evaluation.ModelResult::metrics).toList());
        assertEquals(2, written.learningCurve().size());
        String html = Files.readString(dir.resolve(ReportFiles.PAGE));
        assertCharts(html, 1 + 2 * 3 + 1);
        assertTrue(html.contains("data-chart=\"line\""));
        assertTrue(html.contains("Models side by side"));
    }

    @Test
    void refusesJsonThatIsNotAnEvaluation() {
        ObjectNode notEval = JSON.createObjectNode().put("mode", "cross-validation");
        var e = assertThrows(IllegalArgumentException.class, () -> EvaluationReport.write(dir, notEval));
        assertTrue(e.getMessage().contains("no 'result', 'results' or 'metrics'"), e.getMessage());
        ObjectNode noMetrics = JSON.createObjectNode();
        noMetrics.putObject("result").put("head", "tfidf-lr");
        e = assertThrows(IllegalArgumentException.class, () -> EvaluationReport.write(dir, noMetrics));
        assertTrue(e.getMessage().contains("results[0]: no 'metrics'"), e.getMessage());
    }

    @Test
    void refusesAReportJsonOfAnotherVersion() throws IOException {
        EvaluationReport.write(dir, List.of(EvaluationReportTestSupport.crossValidate(0.1)), List.of(), null);
        Path data = dir.resolve(ReportFiles.DATA);
        Files.writeString(data, Files.readString(data).replace("\"format_version\" : 1", "\"format_version\" : 2"));
        var e = assertThrows(IOException.class, () -> EvaluationReport.read(data));
        assertTrue(e.getMessage().contains("this build reads stancemap-evaluation-report version 1"), e.getMessage());
    }

    /** Every chart the page declares is in it, and the page loads nothing from elsewhere. */
    static void assertCharts(String html, int expected) {
        Matcher m = Pattern.compile("<body data-charts=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), "body declares its chart count");
        assertEquals(expected, Integer.parseInt(m.group(1)));
        assertEquals(expected, Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"").matcher(html)
                .results().count());
        assertFalse(Pattern.compile("<(script|link|img)[^>]+(src|href)=").matcher(html).find(), "no external resources");
        assertTrue(html.contains("Content-Security-Policy"));
    }
}

package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Train, classify and evaluate through the command line on the real seed corpus. */
class PipelineEndToEndTest {
    static final String SEED_JSONL = "corpus/seed.jsonl";
    static final String SEED_TXT = "corpus/seed-rdiscovery-000_6683469129a847d7.txt";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path bundle;

    @BeforeAll
    static void train() {
        bundle = tmp.resolve("model");
        CliRunner.Run r = CliRunner.run("train", "--corpus", SEED_JSONL, "--out", bundle.toString(), "--model", "tfidf-lr",
                "--seed", "7", "--analyzer", "accurate");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("14 labelled in 13 works"), r.out());
        assertTrue(r.out().contains("majority"), r.out());
    }

    static List<JsonNode> readJsonl(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void classifiesEverySeedRecordWithEveryField() throws IOException {
        Path out = tmp.resolve("seed.jsonl");
        CliRunner.Run r = CliRunner.run("classify", SEED_TXT, "--model", bundle.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("read 15, written 15, rejected 0"), r.err());
        List<JsonNode> records = readJsonl(out);
        assertEquals(15, records.size());
        String modelId = JSON.readTree(bundle.resolve("manifest.json").toFile()).get("model_id").asText();
        for (JsonNode rec : records) {
            for (String f : List.of("id", "doi", "published", "label", "confidence", "probabilities", "model", "source")) {
                assertNotNull(rec.get(f), f + " missing in " + rec);
            }
            assertEquals(modelId, rec.get("model").asText());
            JsonNode p = rec.get("probabilities");
            assertEquals(List.of("surveillance-critical", "policy-evaluative", "legal-descriptive", "economic-empirical"),
                    iterableToList(p.fieldNames()));
            double sum = 0;
            double max = 0;
            for (JsonNode v : p) {
                sum += v.asDouble();
                max = Math.max(max, v.asDouble());
            }
            assertEquals(1.0, sum, 1e-9);
            assertEquals(max, rec.get("confidence").asDouble(), 0.0);
            assertEquals(rec.get("confidence").asDouble(), p.get(rec.get("label").asText()).asDouble(), 0.0);
        }
        assertEquals("10.2991/emim-15.2015.125", records.get(0).get("id").asText());
        assertEquals(SEED_TXT + ":3", records.get(0).get("source").asText());
        assertEquals("Give Us a Little Social Credit: To Design or to Discover Personal Ratings in the Era of Big Data",
                records.get(10).get("title").asText().replace('\u00a0', ' '), "title-only record keeps its title");
        assertEquals("", Files.readString(Path.of(out + ".rejects.jsonl")));
    }

    @Test
    void csvOutputHasTheSameRecordsFlattened() throws IOException {
        Path out = tmp.resolve("seed.csv");
        CliRunner.Run r = CliRunner.run("classify", "--in", SEED_JSONL, "--model", bundle.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(16, lines.size());
        assertEquals("id,doi,title,published,venue,label,confidence,p_surveillance-critical,p_policy-evaluative,"
                + "p_legal-descriptive,p_economic-empirical,prediction_set,uncertain,far_from_labelled,title_only,truncated,"
                + "language,top_terms,nearest_id,nearest_label,nearest_similarity,topics,gold,model,duplicate_of,"
                + "duplicate_id_of,source", lines.get(0));
        assertTrue(lines.get(1).startsWith("10.2991/emim-15.2015.125,10.2991/emim-15.2015.125,,2015-01-01,,"), lines.get(1));
    }

    @Test
    void sameSeedGivesTheSameBundleAndTheSameOutput() throws IOException {
        Path again = tmp.resolve("model-again");
        assertEquals(0, CliRunner.run("train", "--corpus", SEED_JSONL, "--out", again.toString(), "--model", "tfidf-lr",
                "--seed", "7", "--analyzer", "accurate").code());
        JsonNode a = JSON.readTree(bundle.resolve("manifest.json").toFile());
        JsonNode b = JSON.readTree(again.resolve("manifest.json").toFile());
        assertEquals(a.get("model_id"), b.get("model_id"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("created");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("created");
        assertEquals(a, b);
        for (String part : iterableToList(a.get("parts").fieldNames())) {
            assertArrayEquals(Files.readAllBytes(bundle.resolve(part)), Files.readAllBytes(again.resolve(part)), part);
        }
        Path o1 = tmp.resolve("o1.jsonl");
        Path o2 = tmp.resolve("o2.jsonl");
        assertEquals(0, CliRunner.run("classify", SEED_JSONL, "--model", bundle.toString(), "--out", o1.toString()).code());
        assertEquals(0, CliRunner.run("classify", SEED_JSONL, "--model", again.toString(), "--out", o2.toString(),
                "--threads", "1").code());
        assertEquals(Files.readString(o1), Files.readString(o2));
    }

    @Test
    void manifestRecordsProvenance() throws IOException {
        JsonNode m = JSON.readTree(bundle.resolve("manifest.json").toFile());
        assertEquals("stancemap-bundle", m.get("format").asText());
        assertEquals(1, m.get("format_version").asInt());
        JsonNode corpus = m.get("corpus").get(0);
        assertEquals(SEED_JSONL, corpus.get("file").asText());
        assertEquals(org.apache.commons.codec.digest.DigestUtils.sha256Hex(Files.readAllBytes(Path.of(SEED_JSONL))),
                corpus.get("sha256").asText());
        assertEquals(15, corpus.get("records").asInt());
        assertEquals(14, corpus.get("labelled").asInt());
        assertEquals("accurate", m.get("analyzer").get("mode").asText());
        assertEquals(7, m.get("seed").asInt());
        assertEquals("4.5.10", m.get("libraries").get("stanford-corenlp").asText());
        assertEquals(6, m.get("label_counts").get("policy-evaluative").asInt());
        assertTrue(m.get("metrics").get("cross_validation").get("metrics").get("macroF1").isNumber());
        assertEquals("scs-stance@2.0.0", m.get("label_set").get("id").asText());
    }

    @Test
    void evaluateCrossValidatesWithBaselineAndWritesJson() throws IOException {
        Path json = tmp.resolve("cv.json");
        CliRunner.Run r = CliRunner.run("evaluate", "--corpus", SEED_JSONL, "--cv", "loo", "--head", "tfidf-lr",
                "--json", json.toString());
        assertEquals(0, r.code(), r.toString());
        for (String s : List.of("accuracy", "macro-F1", "log loss", "Brier", "ECE", "majority", "confusion matrix",
                "leave one group out (13 groups)")) {
            assertTrue(r.out().contains(s), s + " missing:\n" + r.out());
        }
        JsonNode root = JSON.readTree(json.toFile());
        JsonNode result = root.get("result");
        assertEquals(14, result.get("metrics").get("n").asInt());
        assertEquals(13, result.get("folds").asInt());
        assertTrue(result.get("grouping").asText().contains("work"));
        assertEquals(0.15, result.get("baseline").get("macroF1").asDouble(), 1e-9, "majority predicts policy-evaluative: F1 0.6/4");
        double f1 = result.get("metrics").get("macroF1").asDouble();
        assertTrue(result.get("macroF1Ci").get("lower").asDouble() <= f1 && f1 <= result.get("macroF1Ci").get("upper").asDouble());
    }

    @Test
    void evaluateOnAHeldOutGoldFile() throws IOException {
        Path json = tmp.resolve("gold.json");
        CliRunner.Run r = CliRunner.run("evaluate", "--model", bundle.toString(), "--gold", SEED_JSONL, "--json", json.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("on 14 held-out labelled records"), r.out());
        JsonNode root = JSON.readTree(json.toFile());
        assertEquals("held-out", root.get("mode").asText());
        // the model was trained on these very records, so it must fit them well
        assertTrue(root.get("metrics").get("accuracy").asDouble() >= 0.9, root.toString());
    }

    @Test
    void refusesToOverwriteABundleWithoutForce() {
        CliRunner.Run r = CliRunner.run("train", "--corpus", SEED_JSONL, "--out", bundle.toString(), "--model", "tfidf-lr");
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("use --force"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCodes.USAGE, CliRunner.run("classify", "--model", bundle.toString()).code());
        assertEquals(ExitCodes.USAGE, CliRunner.run("evaluate", "--corpus", SEED_JSONL).code());
        assertEquals(ExitCodes.USAGE, CliRunner.run("no-such-command").code());
        CliRunner.Run r = CliRunner.run("train", "--corpus", SEED_JSONL, "--out", tmp.resolve("x").toString(),
                "--model", "no-such-head");
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().contains("Unknown model head 'no-such-head'"), r.err());
    }

    @Test
    void aMissingModelIsAClearFailure() {
        CliRunner.Run r = CliRunner.run("classify", SEED_JSONL, "--model", tmp.resolve("none").toString(),
                "--out", tmp.resolve("never.jsonl").toString());
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().contains("no model bundle there"), r.err());
        assertFalse(Files.exists(tmp.resolve("never.jsonl")));
    }

    @Test
    void versionAndHelp() {
        CliRunner.Run v = CliRunner.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("stancemap "), v.out());
        CliRunner.Run h = CliRunner.run("--help");
        Set<String> commands = new TreeSet<>(List.of("classify", "train", "evaluate"));
        for (String c : commands) {
            assertTrue(h.out().contains(c), h.out());
        }
    }

    static List<String> iterableToList(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

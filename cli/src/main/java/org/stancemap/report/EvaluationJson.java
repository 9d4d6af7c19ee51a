package org.stancemap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.stancemap.corpus.Json;
import org.stancemap.eval.Bootstrap;
import org.stancemap.eval.ClassificationMetrics;
import org.stancemap.eval.LearningCurve;

/**
 * Reads the JSON that {@code stancemap evaluate --json} writes into an {@link Evaluation}: the
 * cross-validation form with one {@code result} or several {@code results} (and an optional
 * {@code learningCurve}), and the held-out form with {@code metrics} at the top. Fields it does not
 * use are ignored, so that later additions to the evaluation JSON do not break reports. Stateless.
 */
final class EvaluationJson {
    private static final ObjectReader METRICS = Json.lenientReader(ClassificationMetrics.class);
    private static final ObjectReader INTERVAL = Json.lenientReader(Bootstrap.Interval.class);
    private static final ObjectReader POINT = Json.lenientReader(LearningCurve.Point.class);

    private EvaluationJson() {}

    /**
     * The evaluation in {@code root}.
     *
     * @param origin names the JSON in error messages (a file name)
     * @throws IllegalArgumentException naming {@code origin} and the missing or malformed field
     */
    static Evaluation parse(JsonNode root, String origin) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(origin + ": expected a JSON object written by stancemap evaluate --json");
        }
        String mode = root.path("mode").asText("");
        List<Evaluation.ModelResult> models = new ArrayList<>();
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        for (String key : List.of("corpus", "gold", "analyzer", "grouping")) {
            if (root.has(key)) {
                context.set(key, root.get(key));
            }
        }
        if (root.has("results") || root.has("result")) {
            JsonNode results = root.has("results") ? root.get("results") : JsonNodeFactory.instance.arrayNode().add(root.get("result"));
            if (!results.isArray() || results.isEmpty()) {
                throw new IllegalArgumentException(origin + ": 'results' must be a non-empty array of cross-validation results");
            }
            for (int i = 0; i < results.size(); i++) {
                models.add(crossValidated(results.get(i), origin + ": results[" + i + "]"));
            }
            mode = mode.isEmpty() ? "cross-validation" : mode;
        } else if (root.has("metrics")) {
            String name = root.path("model").asText("model");
            String method = "held-out evaluation" + (root.has("grouping") ? ", bootstrap groups: " + root.get("grouping").asText() : "");
            models.add(new Evaluation.ModelResult(name, method, read(METRICS, root, "metrics", origin, true),
                    read(INTERVAL, root, "macroF1Ci", origin, false), read(INTERVAL, root, "accuracyCi", origin, false),
                    read(METRICS, root, "baseline", origin, false)));
            mode = mode.isEmpty() ? "held-out" : mode;
        } else {
            throw new IllegalArgumentException(origin + ": no 'result', 'results' or 'metrics' field (expected the JSON of "
                    + "stancemap evaluate --json)");
        }
        List<LearningCurve.Point> curve = new ArrayList<>();
        JsonNode lc = root.path("learningCurve");
        for (int i = 0; i < lc.size(); i++) {
            curve.add(convert(POINT, lc.get(i), origin + ": learningCurve[" + i + "]"));
        }
        return new Evaluation(Evaluation.FORMAT, Evaluation.FORMAT_VERSION, mode, models, curve,
                context.isEmpty() ? null : context);
    }

    private static Evaluation.ModelResult crossValidated(JsonNode r, String where) {
        String head = r.path("head").asText("");
        if (head.isEmpty()) {
            throw new IllegalArgumentException(where + ": no 'head' (expected a cross-validation result)");
        }
        String method = Evaluation.ModelResult.method(r.path("cv").asText("?"), r.path("folds").asInt(),
                r.path("stratified").asBoolean(), r.path("foldMethod").asText("?"), r.path("grouping").asText("?"),
                r.path("seed").asLong());
        return new Evaluation.ModelResult(head, method, read(METRICS, r, "metrics", where, true),
                read(INTERVAL, r, "macroF1Ci", where, false), read(INTERVAL, r, "accuracyCi", where, false),
                read(METRICS, r, "baseline", where, false));
    }

    private static <T> T read(ObjectReader reader, JsonNode parent, String field, String where, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new IllegalArgumentException(where + ": no '" + field + "'");
            }
            return null;
        }
        return convert(reader, node, where + "." + field);
    }

    private static <T> T convert(ObjectReader reader, JsonNode node, String where) {
        try {
            return reader.readValue(node);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException(where + ": " + msg, e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}

package org.stancemap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stancemap.corpus.Json;
import org.stancemap.eval.Bootstrap;
import org.stancemap.eval.ClassificationMetrics;
import org.stancemap.eval.LearningCurve;

/**
 * Reads the JSON that {@code stancemap evaluate --json} writes into an {@link Evaluation}: the
 * cross-validation form with one {@code result} or several {@code results} (and an optional
 * {@code learningCurve}), and the held-out form with {@code metrics} at the top, each bound to a typed
 * record of the fields a report reads. Fields it does not use are ignored, so that later additions to
 * the evaluation JSON do not break reports. Stateless.
 */
final class EvaluationJson {
    private static final ObjectReader CROSS_VALIDATED = Json.lenientReader(CrossValidated.class);
    private static final ObjectReader HELD_OUT = Json.lenientReader(HeldOut.class);
    private static final ObjectReader POINT = Json.lenientReader(LearningCurve.Point.class);

    private EvaluationJson() {}

    /**
     * One cross-validation result of the JSON, the fields a report reads ({@code CrossValidation.Result}'s);
     * boxed numbers, so that a missing one reads as 0 (the binding fails on a missing primitive).
     */
    record CrossValidated(String head, String cv, Integer folds, Boolean stratified, String foldMethod, String grouping,
                          Long seed, ClassificationMetrics metrics, Bootstrap.Interval macroF1Ci,
                          Bootstrap.Interval accuracyCi, ClassificationMetrics baseline) {
        Evaluation.ModelResult model(String where) {
            if (head == null || head.isEmpty()) {
                throw new IllegalArgumentException(where + ": no 'head' (expected a cross-validation result)");
            }
            requireMetrics(metrics, where);
            String method = Evaluation.ModelResult.method(orUnknown(cv), folds == null ? 0 : folds,
                    Boolean.TRUE.equals(stratified), orUnknown(foldMethod), orUnknown(grouping), seed == null ? 0 : seed);
            return new Evaluation.ModelResult(head, method, metrics, macroF1Ci, accuracyCi, baseline);
        }
    }

    /** The held-out form's fields that a report reads ({@code HeldOutEvaluation.Result}'s). */
    record HeldOut(String model, ClassificationMetrics metrics, Bootstrap.Interval macroF1Ci, Bootstrap.Interval accuracyCi,
                   ClassificationMetrics baseline, String grouping) {
        Evaluation.ModelResult result(String where) {
            requireMetrics(metrics, where);
            String method = "held-out evaluation" + (grouping != null ? ", bootstrap groups: " + grouping : "");
            return new Evaluation.ModelResult(model == null ? "model" : model, method, metrics, macroF1Ci, accuracyCi, baseline);
        }
    }

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
                String where = origin + ": results[" + i + "]";
                CrossValidated r = convert(CROSS_VALIDATED, results.get(i), where);
                models.add(r.model(where));
            }
            mode = mode.isEmpty() ? "cross-validation" : mode;
        } else if (root.has("metrics")) {
            HeldOut h = convert(HELD_OUT, root, origin);
            models.add(h.result(origin));
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

    private static void requireMetrics(ClassificationMetrics metrics, String where) {
        if (metrics == null) {
            throw new IllegalArgumentException(where + ": no 'metrics'");
        }
    }

    private static String orUnknown(String value) {
        return value == null ? "?" : value;
    }

    /** {@code node} bound to the reader's type; a malformed field is named by its path below {@code where}. */
    private static <T> T convert(ObjectReader reader, JsonNode node, String where) {
        try {
            return reader.readValue(node);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            throw new IllegalArgumentException(where + path + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException(where + ": " + msg, e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}

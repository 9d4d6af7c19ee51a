package org.stancemap.bundle;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LinearWeights;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.TfidfLogisticModel;
import org.stancemap.stance.TfidfVocabulary;

/**
 * Maps each stance head to the plain data files that store it, and back. The only place that knows
 * which files a head needs.
 */
final class HeadCodec {
    static final String TFIDF_VOCABULARY = "tfidf-vocabulary.json";
    static final String LINEAR_WEIGHTS = "linear-weights.json";

    /** Reads one part of a bundle as a given type. */
    interface PartReader {
        <T> T read(String file, Class<T> type) throws IOException;
    }

    private HeadCodec() {}

    /** File name to the object that Jackson writes into it. */
    static Map<String, Object> parts(StanceModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (model instanceof TfidfLogisticModel m) {
            out.put(TFIDF_VOCABULARY, m.vocabulary().state());
            out.put(LINEAR_WEIGHTS, m.weights());
            return out;
        }
        throw new IllegalArgumentException("no bundle format for head " + model.head());
    }

    /** Rebuilds the model of {@code head} from its parts. */
    static StanceModel read(String head, LabelSet labels, PartReader parts) throws IOException {
        return switch (head) {
            case TfidfLogisticModel.HEAD -> new TfidfLogisticModel(labels,
                    TfidfVocabulary.fromState(parts.read(TFIDF_VOCABULARY, TfidfVocabulary.State.class)),
                    parts.read(LINEAR_WEIGHTS, LinearWeights.class));
            default -> throw new IOException("unknown head '" + head + "' (this build knows: "
                    + TfidfLogisticModel.HEAD + ")");
        };
    }
}

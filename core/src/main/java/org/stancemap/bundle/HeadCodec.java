package org.stancemap.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.stance.EmbeddingLogisticModel;
import org.stancemap.stance.EmbeddingMlpModel;
import org.stancemap.stance.EnsembleModel;
import org.stancemap.stance.EvidenceModel;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LinearWeights;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.TfidfLogisticModel;
import org.stancemap.stance.TfidfVocabulary;
import org.stancemap.stance.ZeroShotModel;
import org.stancemap.stance.mlp.MlpHead;

/**
 * Maps each stance head to the plain data files that store it, and back. The only place that knows
 * which files a head needs. Every head's files have names of their own, so an ensemble stores its
 * members' files side by side.
 */
final class HeadCodec {
    static final String TFIDF_VOCABULARY = "tfidf-vocabulary.json";
    static final String TFIDF_WEIGHTS = "tfidf-lr-weights.json";
    static final String EMBED_LR_WEIGHTS = "embed-lr-weights.json";
    static final String EMBED_MLP = "embed-mlp.json";
    static final String ZERO_SHOT = "zero-shot.json";
    static final String ENSEMBLE = "ensemble.json";
    static final String EVIDENCE = "evidence.json";

    /** Reads one part of a bundle as a given type. */
    interface PartReader {
        <T> T read(String file, Class<T> type) throws IOException;
    }

    /** The members of an ensemble, in order. */
    record EnsembleState(@JsonProperty("format_version") int formatVersion, List<String> members) {
        static final int VERSION = 1;
    }

    private HeadCodec() {}

    /** File name to the object that Jackson writes into it. */
    static Map<String, Object> parts(StanceModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (model instanceof TfidfLogisticModel m) {
            out.put(TFIDF_VOCABULARY, m.vocabulary().state());
            out.put(TFIDF_WEIGHTS, m.weights());
        } else if (model instanceof EmbeddingLogisticModel m) {
            out.put(EMBED_LR_WEIGHTS, m.weights());
        } else if (model instanceof EmbeddingMlpModel m) {
            out.put(EMBED_MLP, m.mlp().state());
        } else if (model instanceof ZeroShotModel m) {
            out.put(ZERO_SHOT, m.state());
        } else if (model instanceof EvidenceModel m) {
            out.put(EVIDENCE, m.state());
        } else if (model instanceof EnsembleModel m) {
            List<String> names = new ArrayList<>();
            for (StanceModel member : m.members()) {
                if (member instanceof EnsembleModel || names.contains(member.head())) {
                    throw new IllegalArgumentException("an ensemble stores each head at most once, and no nested ensemble");
                }
                names.add(member.head());
                out.putAll(parts(member));
            }
            out.put(ENSEMBLE, new EnsembleState(EnsembleState.VERSION, names));
        } else {
            throw new IllegalArgumentException("no bundle format for head " + model.head());
        }
        return out;
    }

    /** Rebuilds the model of {@code head} from its parts. */
    static StanceModel read(String head, LabelSet labels, PartReader parts) throws IOException {
        return switch (head) {
            case TfidfLogisticModel.HEAD -> new TfidfLogisticModel(labels,
                    TfidfVocabulary.fromState(parts.read(TFIDF_VOCABULARY, TfidfVocabulary.State.class)),
                    parts.read(TFIDF_WEIGHTS, LinearWeights.class));
            case EmbeddingLogisticModel.HEAD -> new EmbeddingLogisticModel(labels, parts.read(EMBED_LR_WEIGHTS, LinearWeights.class));
            case EmbeddingLogisticModel.HEAD_WITH_TOPICS -> new EmbeddingLogisticModel(labels,
                    parts.read(EMBED_LR_WEIGHTS, LinearWeights.class), true);
            case EmbeddingMlpModel.HEAD -> new EmbeddingMlpModel(labels, MlpHead.fromState(parts.read(EMBED_MLP, MlpHead.State.class)));
            case ZeroShotModel.HEAD -> new ZeroShotModel(labels, parts.read(ZERO_SHOT, ZeroShotModel.State.class));
            case EvidenceModel.HEAD -> new EvidenceModel(labels, parts.read(EVIDENCE, EvidenceModel.State.class));
            case EnsembleModel.HEAD -> {
                EnsembleState s = parts.read(ENSEMBLE, EnsembleState.class);
                if (s.formatVersion() != EnsembleState.VERSION) {
                    throw new IOException("Unsupported ensemble format_version " + s.formatVersion());
                }
                List<StanceModel> members = new ArrayList<>();
                for (String m : s.members()) {
                    if (EnsembleModel.HEAD.equals(m)) {
                        throw new IOException("an ensemble cannot contain an ensemble");
                    }
                    members.add(read(m, labels, parts));
                }
                yield new EnsembleModel(labels, members);
            }
            default -> throw new IOException("unknown head '" + head + "' (this build knows: "
                    + String.join(", ", org.stancemap.stance.Heads.names(true)) + ")");
        };
    }
}

package org.stancemap.stance;

import java.util.ArrayList;
import java.util.List;

/** The label set's descriptions and prototype sentences as labelled examples. */
public final class Prototypes {
    private Prototypes() {}

    /** A prototype text and the index of its label. */
    public record Example(String text, int label) {}

    /** Every label's description and prototypes, in label order. */
    public static List<Example> examples(LabelSet labels) {
        List<Example> out = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            LabelSet.StanceLabel l = labels.labels().get(k);
            if (l.description() != null && !l.description().isBlank()) {
                out.add(new Example(l.description(), k));
            }
            for (String p : l.prototypes()) {
                out.add(new Example(p, k));
            }
        }
        return out;
    }
}

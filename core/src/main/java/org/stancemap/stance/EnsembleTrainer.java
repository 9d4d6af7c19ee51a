package org.stancemap.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trains each member head on the same data and combines them into an {@link EnsembleModel}. */
public final class EnsembleTrainer implements StanceTrainer {

    /** @param members the member heads' names and their options */
    public record Options(Map<String, Record> members) {}

    private final List<StanceTrainer> members;

    public EnsembleTrainer(List<StanceTrainer> members) {
        this.members = List.copyOf(members);
    }

    @Override
    public String head() {
        return EnsembleModel.HEAD;
    }

    @Override
    public Options options() {
        Map<String, Record> m = new LinkedHashMap<>();
        for (StanceTrainer t : members) {
            m.put(t.head(), t.options());
        }
        return new Options(m);
    }

    @Override
    public EnsembleModel fit(List<Document> docs, int[] y, LabelSet labels) {
        List<StanceModel> fitted = new ArrayList<>();
        for (StanceTrainer t : members) {
            fitted.add(t.fit(docs, y, labels));
        }
        return new EnsembleModel(labels, fitted);
    }
}

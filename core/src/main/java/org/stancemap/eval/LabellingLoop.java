package org.stancemap.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stancemap.stance.Document;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;

/**
 * Simulates the labelling loop on a labelled file: from the seed corpus, rounds of labels picked
 * from a pool (the file less a fixed test part) by {@code label-next}'s automatic strategy or at
 * random; after each round the model is retrained as {@code train} does and scored on the test part.
 * Used by the accuracy benchmark ({@code bench/accuracy}).
 */
final class LabellingLoop {
    private final LabelSet labels;
    private final DocumentFactory factory;
    private final LabelledDocuments seed;
    private final LabelledDocuments file;
    private final PrintStream out;

    LabellingLoop(LabelSet labels, DocumentFactory factory, LabelledDocuments seed, LabelledDocuments file, PrintStream out) {
        this.labels = labels;
        this.factory = factory;
        this.seed = seed;
        this.file = file;
        this.out = out;
    }

    void run(int seeds, int rounds, int batch) {
        out.printf("%nlabelling loop: %d rounds of %d labels from the seed, pool = 70%% of the file, test = the other 30%%;"
                + " macro-F1 mean [min, max] over %d seeds%n", rounds, batch, seeds);
        double[][][] f1 = new double[2][rounds][seeds];
        for (int s = 0; s < seeds; s++) {
            int[] order = Subsets.shuffled(file.size(), 100 + s);
            int testSize = (int) Math.round(file.size() * 0.3);
            LabelledDocuments test = Subsets.of(file, Arrays.copyOfRange(order, 0, testSize));
            int[] pool = Arrays.copyOfRange(order, testSize, order.length);
            for (int strategy = 0; strategy < 2; strategy++) {
                List<Integer> taken = new ArrayList<>();
                LabelledDocuments train = seed;
                ModelSelection.Trained model = ModelSelection.train(Heads.names(), train, factory, labels, null, 42, 0.9);
                for (int r = 0; r < rounds; r++) {
                    List<Integer> remaining = Arrays.stream(pool).boxed().filter(i -> !taken.contains(i)).toList();
                    taken.addAll(strategy == 0 ? randomPicks(remaining, batch, s * 1000L + r)
                            : labelNext(model, train.size(), remaining, batch, s));
                    train = Subsets.concat(seed, Subsets.of(file, taken.stream().mapToInt(i -> i).toArray()));
                    model = ModelSelection.train(Heads.names(), train, factory, labels, null, 42, 0.9);
                    f1[strategy][r][s] = Scores.of(labels.names(), model.model(), model.calibration(), test).macroF1();
                }
            }
        }
        String[] names = {"random", "label-next (auto)"};
        for (int strategy = 0; strategy < 2; strategy++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-18s", names[strategy]));
            for (int r = 0; r < rounds; r++) {
                double[] v = f1[strategy][r];
                line.append(String.format(Locale.ROOT, "  +%d %.3f [%.3f, %.3f]", (r + 1) * batch,
                        Arrays.stream(v).average().orElse(0), Arrays.stream(v).min().orElse(0), Arrays.stream(v).max().orElse(0)));
            }
            out.println(line);
        }
    }

    private static List<Integer> randomPicks(List<Integer> remaining, int batch, long seed) {
        List<Integer> copy = new ArrayList<>(remaining);
        java.util.Collections.shuffle(copy, new java.util.Random(seed));
        return copy.subList(0, Math.min(batch, copy.size()));
    }

    private List<Integer> labelNext(ModelSelection.Trained model, int labelled, List<Integer> remaining, int batch, long seed) {
        List<Document> docs = remaining.stream().map(file.documents()::get).toList();
        double[][] p = new double[docs.size()][];
        float[][] v = new float[docs.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.calibration().probabilities(model.model().logits(docs.get(i)));
            v[i] = docs.get(i).embedding();
        }
        List<Integer> local = LabelNextStrategy.forLabelled(labelled).pick(v, p, batch, seed);
        return local.stream().map(remaining::get).toList();
    }
}

package org.stancemap.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Embedding rows for a dense head: the labelled documents, then (optionally) every label
 * description and prototype as an extra example with its own weight — the codebook as prior
 * knowledge, which matters most when labels are few.
 *
 * @param x       one embedding per row
 * @param y       label index per row
 * @param weights sample weight per row (1 for documents)
 */
record EmbeddingTrainingSet(double[][] x, int[] y, double[] weights) {

    static EmbeddingTrainingSet of(List<Document> docs, int[] y, LabelSet labels, boolean prototypes,
                                   double prototypeWeight, Function<String, Document> embed) {
        return of(docs, y, labels, prototypes, prototypeWeight, embed, false);
    }

    /** @param topics append each row's topic mixture to its embedding */
    static EmbeddingTrainingSet of(List<Document> docs, int[] y, LabelSet labels, boolean prototypes,
                                   double prototypeWeight, Function<String, Document> embed, boolean topics) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            xs.add(topics ? docs.get(i).embeddingAndTopics() : docs.get(i).embeddingVector());
            ys.add(y[i]);
            ws.add(1.0);
        }
        if (prototypes) {
            for (Prototypes.Example ex : Prototypes.examples(labels)) {
                Document d = embed.apply(ex.text());
                xs.add(topics ? d.embeddingAndTopics() : d.embeddingVector());
                ys.add(ex.label());
                ws.add(prototypeWeight);
            }
        }
        return new EmbeddingTrainingSet(xs.toArray(double[][]::new), ys.stream().mapToInt(Integer::intValue).toArray(),
                ws.stream().mapToDouble(Double::doubleValue).toArray());
    }
}

package org.stancemap.stance;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.embed.SentenceEmbedder;
import org.stancemap.text.Analysis;
import org.stancemap.text.Analyzer;
import org.stancemap.topics.TopicModel;

/**
 * Analyses texts into {@link Document}s with one analyzer (and one embedding model, when the model
 * uses embeddings), so that training and classification see text analysed the same way.
 * Thread-safe when the analyzer and embedder are.
 */
public final class DocumentFactory {
    private final Analyzer analyzer;
    private final boolean sentences;
    private final SentenceEmbedder embedder;
    private final TopicModel topics;
    private final boolean sentenceVectors;

    /**
     * @param analyzer  the analyzer recorded in the bundle
     * @param sentences also split sentences
     */
    public DocumentFactory(Analyzer analyzer, boolean sentences) {
        this(analyzer, sentences, null);
    }

    /**
     * @param analyzer  the analyzer recorded in the bundle
     * @param sentences also split sentences (always done when {@code embedder} is given)
     * @param embedder  embeds whole texts from their sentences, or null for no embeddings
     */
    public DocumentFactory(Analyzer analyzer, boolean sentences, SentenceEmbedder embedder) {
        this(analyzer, sentences, embedder, null);
    }

    /**
     * @param topics infers each text's topic mixture from its tokens, or null for none
     */
    public DocumentFactory(Analyzer analyzer, boolean sentences, SentenceEmbedder embedder, TopicModel topics) {
        this(analyzer, sentences, embedder, topics, false);
    }

    /**
     * @param sentenceVectors embed every sentence on its own (for the {@code evidence} head); a text's
     *                        embedding is then the length-weighted mean of its sentences' (needs
     *                        {@code embedder})
     */
    public DocumentFactory(Analyzer analyzer, boolean sentences, SentenceEmbedder embedder, TopicModel topics,
                           boolean sentenceVectors) {
        if (sentenceVectors && embedder == null) {
            throw new IllegalArgumentException("sentence embeddings need an embedding model");
        }
        this.analyzer = analyzer;
        this.sentences = sentences || embedder != null;
        this.embedder = embedder;
        this.topics = topics;
        this.sentenceVectors = sentenceVectors;
    }

    /** The same analysis and embeddings, with topic mixtures from {@code model}. */
    public DocumentFactory withTopics(TopicModel model) {
        return new DocumentFactory(analyzer, sentences, embedder, model, sentenceVectors);
    }

    /** The same factory, embedding every sentence on its own too when {@code on}. */
    public DocumentFactory withSentenceVectors(boolean on) {
        return on == sentenceVectors ? this : new DocumentFactory(analyzer, sentences, embedder, topics, on);
    }

    /** Whether documents carry sentence embeddings. */
    public boolean sentenceVectors() {
        return sentenceVectors;
    }

    /** The document of one text. */
    public Document of(String text) {
        return ofAll(List.of(text)).get(0);
    }

    /** Documents of many texts; embeds them in one batch (faster than one by one). */
    public List<Document> ofAll(List<String> texts) {
        // Topic inference (deterministic and thread-safe) runs beside the analysis, on every worker,
        // rather than one text after another once the embeddings are done.
        List<Analysed> analysed = texts.size() == 1 ? List.of(analysed(texts.get(0)))
                : texts.parallelStream().map(this::analysed).toList();
        List<Analysis> analyses = analysed.stream().map(Analysed::analysis).toList();
        List<float[]> vectors = embedder == null || sentenceVectors ? null
                : embedder.embedAll(analyses.stream().map(Analysis::sentences).toList());
        List<float[]> perSentence = null;
        if (sentenceVectors) {
            List<List<String>> single = new ArrayList<>();
            for (Analysis a : analyses) {
                for (String s : a.sentences()) {
                    single.add(List.of(s));
                }
            }
            perSentence = embedder.embedAll(single);
        }
        List<Document> out = new ArrayList<>(texts.size());
        int next = 0;
        for (int i = 0; i < texts.size(); i++) {
            Analysis a = analyses.get(i);
            float[][] sv = null;
            float[] embedding = vectors == null ? null : vectors.get(i);
            if (perSentence != null) {
                sv = perSentence.subList(next, next + a.sentences().size()).toArray(float[][]::new);
                next += sv.length;
                embedding = weightedMean(sv, a.sentences());
            }
            out.add(new Document(texts.get(i), a.tokens(), a.sentences(), embedding, analysed.get(i).topics(), sv));
        }
        return out;
    }

    /** The unit-length mean of sentence vectors weighted by sentence length (in characters). */
    static float[] weightedMean(float[][] vectors, List<String> sentences) {
        double[] sum = new double[vectors[0].length];
        for (int i = 0; i < vectors.length; i++) {
            int weight = sentences.get(i).length();
            for (int j = 0; j < sum.length; j++) {
                sum[j] += (double) weight * vectors[i][j];
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[sum.length];
        for (int j = 0; j < sum.length; j++) {
            out[j] = (float) (sum[j] / norm);
        }
        return out;
    }

    /** A text's analysis and its topic mixture (null without a topic model). */
    private record Analysed(Analysis analysis, double[] topics) {}

    private Analysed analysed(String text) {
        Analysis a = analysis(text);
        return new Analysed(a, topics == null ? null : topics.infer(a.tokens()));
    }

    /** Tokens, and sentences when needed (the whole text as one sentence when none is found), in one pass. */
    private Analysis analysis(String text) {
        if (!sentences) {
            return new Analysis(analyzer.analyze(text), List.of());
        }
        Analysis a = analyzer.analyzeWithSentences(text);
        return a.sentences().isEmpty() ? new Analysis(a.tokens(), List.of(text)) : a;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The topic model, or null. */
    public TopicModel topics() {
        return topics;
    }

    /** The embedding model, or null. */
    public SentenceEmbedder embedder() {
        return embedder;
    }
}

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
        this.analyzer = analyzer;
        this.sentences = sentences || embedder != null;
        this.embedder = embedder;
        this.topics = topics;
    }

    /** The same analysis and embeddings, with topic mixtures from {@code model}. */
    public DocumentFactory withTopics(TopicModel model) {
        return new DocumentFactory(analyzer, sentences, embedder, model);
    }

    /** The document of one text. */
    public Document of(String text) {
        Analysis a = analysis(text);
        return new Document(text, a.tokens(), a.sentences(), embedder == null ? null : embedder.embed(a.sentences()),
                topics == null ? null : topics.infer(a.tokens()));
    }

    /** Documents of many texts; embeds them in one batch (faster than one by one). */
    public List<Document> ofAll(List<String> texts) {
        List<Analysis> analyses = texts.parallelStream().map(this::analysis).toList();
        List<float[]> vectors = embedder == null ? null
                : embedder.embedAll(analyses.stream().map(Analysis::sentences).toList());
        List<Document> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Analysis a = analyses.get(i);
            out.add(new Document(texts.get(i), a.tokens(), a.sentences(), vectors == null ? null : vectors.get(i),
                    topics == null ? null : topics.infer(a.tokens())));
        }
        return out;
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

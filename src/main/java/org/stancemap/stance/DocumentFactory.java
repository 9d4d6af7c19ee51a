package org.stancemap.stance;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.embed.SentenceEmbedder;
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
        List<String> sents = sentences ? sentencesOf(text) : List.of();
        List<String> tokens = analyzer.analyze(text);
        return new Document(text, tokens, sents, embedder == null ? null : embedder.embed(sents),
                topics == null ? null : topics.infer(tokens));
    }

    /** Documents of many texts; embeds them in one batch (faster than one by one). */
    public List<Document> ofAll(List<String> texts) {
        List<List<String>> sents = texts.parallelStream().map(t -> sentences ? sentencesOf(t) : List.<String>of()).toList();
        List<List<String>> tokens = texts.parallelStream().map(analyzer::analyze).toList();
        List<float[]> vectors = embedder == null ? null : embedder.embedAll(sents);
        List<Document> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Document(texts.get(i), tokens.get(i), sents.get(i), vectors == null ? null : vectors.get(i),
                    topics == null ? null : topics.infer(tokens.get(i))));
        }
        return out;
    }

    private List<String> sentencesOf(String text) {
        List<String> s = analyzer.sentences(text);
        return s.isEmpty() ? List.of(text) : s;
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

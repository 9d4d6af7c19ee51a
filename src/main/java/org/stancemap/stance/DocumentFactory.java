package org.stancemap.stance;

import java.util.List;
import org.stancemap.text.Analyzer;

/**
 * Analyses texts into {@link Document}s with one analyzer, so that training and classification see
 * text analysed the same way. Thread-safe when the analyzer is.
 */
public final class DocumentFactory {
    private final Analyzer analyzer;
    private final boolean sentences;

    /**
     * @param analyzer  the analyzer recorded in the bundle
     * @param sentences also split sentences (needed by embedding heads; costs a second pass)
     */
    public DocumentFactory(Analyzer analyzer, boolean sentences) {
        this.analyzer = analyzer;
        this.sentences = sentences;
    }

    /** The document of one text. */
    public Document of(String text) {
        return new Document(text, analyzer.analyze(text), sentences ? analyzer.sentences(text) : List.of());
    }

    public Analyzer analyzer() {
        return analyzer;
    }
}

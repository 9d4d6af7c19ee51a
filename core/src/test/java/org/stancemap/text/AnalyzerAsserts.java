package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.stancemap.text.AnalyzerSettings.Mode;

/** One-line analyzer assertions, after Lucene's {@code BaseTokenStreamTestCase.assertAnalyzesTo}. */
final class AnalyzerAsserts {

    private AnalyzerAsserts() {
    }

    /** Lowercased lemmas with punctuation removed and nothing else filtered: shows the lemmatiser. */
    static AnalyzerSettings lemmasOnly(Mode mode) {
        return new AnalyzerSettings(mode, true, "none", true, "keep", 1);
    }

    static void assertAnalyzesTo(Analyzer analyzer, String text, String... expected) {
        assertEquals(List.of(expected), analyzer.analyze(text), () -> analyzer + " on: " + text);
    }
}

package org.stancemap.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stancemap.text.AnalyzerSettings.Mode;

/**
 * The {@code quick} {@link Analyzer}: text cleaned by {@link TextNormalizer}, tokenised and split by
 * {@link QuickTokenizer} instead of CoreNLP, lemmas from {@code Morphology.stem} as in {@code fast}
 * mode ({@link FastLemmatizer}), then the {@link TokenSteps#fromSettings filter chain}. Several
 * times faster than {@code fast}; its tokens differ from CoreNLP's on some rare constructions (see
 * the package notes for the measured agreement). Thread-safe.
 */
public final class QuickAnalyzer implements Analyzer {

    private final AnalyzerSettings settings;
    private final TokenSteps.Chain steps;

    /**
     * An analyzer for {@code settings}, whose mode must be {@code quick}.
     *
     * @throws IllegalArgumentException for another mode
     */
    public QuickAnalyzer(AnalyzerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.mode() != Mode.QUICK) {
            throw new IllegalArgumentException("QuickAnalyzer needs mode quick, not " + settings.mode().id());
        }
        this.steps = TokenSteps.fromSettings(settings);
    }

    @Override
    public List<String> analyze(String text) {
        return analyzeWithSentences(text).tokens();
    }

    @Override
    public List<String> sentences(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<String> out = new ArrayList<>();
        for (QuickTokenizer.Sentence s : QuickTokenizer.sentences(normalized)) {
            out.add(s.text());
        }
        return out;
    }

    @Override
    public Analysis analyzeWithSentences(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<String> lemmas = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (QuickTokenizer.Sentence s : QuickTokenizer.sentences(normalized)) {
            sentences.add(s.text());
            // The first word, not the first token: a sentence may open with a quote or a bracket.
            boolean beforeFirstWord = true;
            for (String word : s.tokens()) {
                lemmas.add(FastLemmatizer.lemma(word, beforeFirstWord));
                beforeFirstWord = beforeFirstWord && word.codePoints().noneMatch(Character::isLetter);
            }
        }
        return new Analysis(steps.apply(lemmas), sentences);
    }

    @Override
    public AnalyzerSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "QuickAnalyzer[" + steps + "]";
    }
}

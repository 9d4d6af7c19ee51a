package org.stancemap.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stancemap.text.AnalyzerSettings.Mode;

/**
 * The {@link Analyzer} backed by Stanford CoreNLP. Text is cleaned by {@link TextNormalizer},
 * tokenised and sentence-split by CoreNLP, lemmatised according to {@link AnalyzerSettings#mode()},
 * and then passed through the {@link TokenSteps#fromSettings filter chain}:
 * <ul>
 *   <li>{@code accurate}: pipeline {@code tokenize,ssplit,pos,lemma}; lemma and tag from CoreNLP;</li>
 *   <li>{@code fast}: pipeline {@code tokenize,ssplit}; lemma from {@code Morphology.stem}, no tag.</li>
 * </ul>
 * Construction is cheap; the shared pipeline of the mode is built on the first call that needs it
 * (seconds for accurate mode). Thread-safe: every call annotates its own {@code Annotation}.
 */
public final class CoreNlpAnalyzer implements Analyzer {

    private final AnalyzerSettings settings;
    private final TokenSteps.Chain steps;

    /**
     * An analyzer for {@code settings}.
     *
     * @throws NullPointerException if {@code settings} is null
     * @throws IllegalArgumentException for mode {@code quick}, which {@link QuickAnalyzer} serves
     */
    public CoreNlpAnalyzer(AnalyzerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.mode() == Mode.QUICK) {
            throw new IllegalArgumentException("mode quick does not use CoreNLP: use Analyzers.create or QuickAnalyzer");
        }
        this.steps = TokenSteps.fromSettings(settings);
    }

    @Override
    public List<String> analyze(String text) {
        List<Token> tokens = tokens(text);
        List<String> lemmas = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            lemmas.add(t.lemma());
        }
        return steps.apply(lemmas);
    }

    /**
     * The tokens of the normalised {@code text} with their lemmas (and tags in accurate mode), in
     * text order, before the filter steps; empty when nothing is left after normalisation.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<Token> tokens(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            return List.of();
        }
        return tokensOf(annotate(settings.mode(), normalized));
    }

    /**
     * Lemmas and sentences from one pass of this analyzer's pipeline: both modes tokenise and split
     * alike, so the sentences equal those of {@link #sentences(String)}.
     */
    @Override
    public Analysis analyzeWithSentences(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            return new Analysis(List.of(), List.of());
        }
        Annotation doc = annotate(settings.mode(), normalized);
        List<String> lemmas = new ArrayList<>();
        for (Token t : tokensOf(doc)) {
            lemmas.add(t.lemma());
        }
        return new Analysis(steps.apply(lemmas), sentencesOf(doc));
    }

    private List<Token> tokensOf(Annotation doc) {
        List<Token> out = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            // The first word, not the first token: a sentence may open with a quote or a bracket.
            boolean beforeFirstWord = true;
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                out.add(token(label, beforeFirstWord));
                beforeFirstWord = beforeFirstWord && label.word().codePoints().noneMatch(Character::isLetter);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<String> sentences(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            return List.of();
        }
        // Sentence splitting needs neither tags nor lemmas, and both modes tokenise alike, so the
        // cheap pipeline serves both.
        return sentencesOf(annotate(Mode.FAST, normalized));
    }

    private static List<String> sentencesOf(Annotation doc) {
        List<String> out = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(sentence.get(CoreAnnotations.TextAnnotation.class));
        }
        return List.copyOf(out);
    }

    @Override
    public AnalyzerSettings settings() {
        return settings;
    }

    /** The filter steps this analyzer applies after lemmatisation, e.g. for provenance. */
    public TokenSteps.Chain steps() {
        return steps;
    }

    private Token token(CoreLabel label, boolean sentenceStart) {
        String word = label.word();
        return switch (settings.mode()) {
            case ACCURATE -> new Token(word, label.lemma() == null ? word : label.lemma(), label.tag());
            case FAST -> new Token(word, FastLemmatizer.lemma(word, sentenceStart), null);
            case QUICK -> throw new IllegalStateException("mode quick does not use CoreNLP");
        };
    }

    private static Annotation annotate(Mode mode, String normalized) {
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(mode);
        Annotation doc = new Annotation(normalized);
        pipeline.annotate(doc);
        return doc;
    }

    @Override
    public String toString() {
        return "CoreNlpAnalyzer[" + settings.mode().id() + ": " + steps + "]";
    }
}

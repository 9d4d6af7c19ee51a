package org.stancemap.text;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.stancemap.text.AnalyzerSettings.Mode;

/**
 * One shared CoreNLP pipeline per mode, built on first use. Building the accurate pipeline loads
 * the POS tagger (seconds, tens of MB), so it must happen once per JVM, not once per analyzer.
 * Thread-safe: {@link StanfordCoreNLP#annotate} may run concurrently on distinct annotations.
 */
final class CoreNlpPipelines {

    /**
     * PTBTokenizer options, applied left to right, so {@code ptb3Escaping=false} comes first: it
     * resets the hyphen, slash and quote options that follow.
     * <ul>
     *   <li>{@code ptb3Escaping=false}: brackets stay {@code (} and {@code )}, not {@code -LRB-};</li>
     *   <li>{@code splitHyphenated=false}: CoreNLP 4.x splits {@code data-driven} into three tokens by
     *       default; compounds such as {@code difference-in-differences}, {@code state-owned} and
     *       {@code data-driven} carry the meaning in this literature, so they stay whole;</li>
     *   <li>{@code quotes=ascii}: curly quotes and apostrophes become ASCII, so {@code China’s} gives
     *       {@code 's}, which the stop-word list knows;</li>
     *   <li>{@code americanize=true}: the corpus mixes British and American spelling
     *       ({@code analysed}/{@code analyzed}, {@code behaviour}/{@code behavior}); one spelling keeps
     *       one feature per word;</li>
     *   <li>{@code untokenizable=noneKeep}: odd characters (emoji, private-use) become tokens of their
     *       own without a warning per character on stderr;</li>
     *   <li>{@code invertible=false}: we never rebuild the text from tokens, so the whitespace
     *       bookkeeping is not needed.</li>
     * </ul>
     */
    static final String TOKENIZE_OPTIONS =
            "ptb3Escaping=false,splitHyphenated=false,quotes=ascii,americanize=true,untokenizable=noneKeep,invertible=false";

    private static final Map<Mode, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlpPipelines() {
    }

    /** The shared pipeline for {@code mode}, building it on first use. */
    static StanfordCoreNLP get(Mode mode) {
        return PIPELINES.computeIfAbsent(mode, CoreNlpPipelines::build);
    }

    /** A new, unshared pipeline; only {@link #get} and tests call this. */
    static StanfordCoreNLP build(Mode mode) {
        CoreNlpLogging.quiet();
        return new StanfordCoreNLP(properties(mode));
    }

    /** The CoreNLP properties of {@code mode}'s pipeline. */
    static Properties properties(Mode mode) {
        Properties p = new Properties();
        p.setProperty("annotators", switch (mode) {
            case ACCURATE -> "tokenize,ssplit,pos,lemma";
            case FAST -> "tokenize,ssplit";
            case QUICK -> throw new IllegalArgumentException("mode quick does not use CoreNLP");
        });
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", TOKENIZE_OPTIONS);
        return p;
    }
}

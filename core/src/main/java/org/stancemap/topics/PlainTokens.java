package org.stancemap.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import smile.nlp.dictionary.EnglishStopWords;

/**
 * A plain tokenizer that needs no language model: lowercase letter runs of 3+ characters, Smile's
 * default English stop words removed. The topic benchmark gives MALLET and gensim these same
 * tokens, and tests use it to stay independent of CoreNLP; the pipeline itself uses
 * {@link org.stancemap.text.Analyzer}.
 */
public final class PlainTokens {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private PlainTokens() {}

    /** The tokens of {@code text}, in order. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !EnglishStopWords.DEFAULT.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}

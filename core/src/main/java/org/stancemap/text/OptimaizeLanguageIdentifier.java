package org.stancemap.text;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * {@link LanguageIdentifier} over Optimaize language-detector 0.6: character n-gram profiles of 71
 * languages, shipped inside its Maven jar (no download, no network). A text with fewer than
 * {@value #MIN_LETTERS} letters, or for which the detector is not confident (its default threshold),
 * is {@link #UNDETERMINED}. Only the first {@value #MAX_CHARS} characters are looked at, which is
 * plenty for an abstract (about 2 ms a text). Text mostly in Chinese, Japanese or Korean script is
 * told by its script instead (Hangul: {@code ko}; kana: {@code ja}; Han only: {@code zh}), because
 * the detector does not normalise Han characters as its profiles were built and calls short Chinese
 * texts Korean. Clearly English text is told without the detector ({@link #clearlyEnglish}).
 * Immutable and thread-safe; the profiles load once, when the detector is first needed (about a
 * second and some 100 MB of heap).
 */
public final class OptimaizeLanguageIdentifier implements LanguageIdentifier {

    /** Fewer letters than this and the language is not guessed. */
    public static final int MIN_LETTERS = 20;

    /** Characters of a text that are looked at. */
    static final int MAX_CHARS = 1_500;

    private static final class Holder {
        static final OptimaizeLanguageIdentifier SHARED = new OptimaizeLanguageIdentifier();
    }

    /** The detector, loaded when a text first needs it: a run of clearly English texts never does. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = load();

        private static LanguageDetector load() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles in the language-detector jar", e);
            }
        }
    }

    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private OptimaizeLanguageIdentifier() {
    }

    /** The one instance: the profiles are loaded once per JVM. */
    public static OptimaizeLanguageIdentifier shared() {
        return Holder.SHARED;
    }

    @Override
    public String identify(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        String sample = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        long letters = sample.codePoints().filter(Character::isLetter).count();
        String cjk = cjk(sample, letters);
        if (cjk != null) {
            return cjk;
        }
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        if (clearlyEnglish(sample)) {
            return "en";
        }
        return detect(sample);
    }

    /** The detector's answer alone, without the shortcut for clearly English text. */
    String detect(String sample) {
        try {
            return Detector.INSTANCE.detect(texts.forText(sample)).transform(LdLocale::getLanguage).or(UNDETERMINED);
        } catch (RuntimeException e) {
            return UNDETERMINED; // a detector failure must not cost the record
        }
    }

    /**
     * Common English function words: none is a word of the other Latin-script languages the
     * profiles know often enough to matter, and together they make a fifth to a third of the words
     * of an English abstract.
     */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "that", "this", "with", "for", "which",
            "was", "were", "these", "from", "by", "its", "their", "has", "have", "are", "an", "or", "on", "as", "we",
            "our", "than", "between", "into");

    /** Fewer words than this and the shortcut never answers. */
    static final int MIN_ENGLISH_WORDS = 30;

    /**
     * Whether {@code sample} is English beyond doubt, so that the n-gram detector (most of this
     * class's cost, and a sixth of the fast path's) need not run: at least {@value #MIN_ENGLISH_WORDS}
     * words, at most 2% of its letters outside ASCII (a modifier apostrophe, a name with an accent),
     * at least two {@code the}, and at least 15% of its words from
     * {@link #ENGLISH}. The detector says {@code en} for every text of the seed corpus (the unit
     * test) and of the development set (checked when this was written) that passes this test.
     */
    static boolean clearlyEnglish(String sample) {
        int words = 0;
        int english = 0;
        int the = 0;
        int otherLetters = 0;
        int asciiLetters = 0;
        int n = sample.length();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? sample.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                word.append((char) (c | 0x20));
                asciiLetters++;
            } else if (c >= 128 && Character.isLetter(c)) {
                otherLetters++; // the word goes on, without the letter
            } else if (word.length() > 0) {
                words++;
                String w = word.toString();
                english += ENGLISH.contains(w) ? 1 : 0;
                the += w.equals("the") ? 1 : 0;
                word.setLength(0);
            }
        }
        return words >= MIN_ENGLISH_WORDS && the >= 2 && english * 100 >= words * 15 && otherLetters * 50 <= asciiLetters;
    }

    /** {@code ko}, {@code ja} or {@code zh} when most letters are Hangul, kana or Han; else null. */
    private static String cjk(String sample, long letters) {
        long han = 0;
        long kana = 0;
        long hangul = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < FIRST_CJK) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            han += script == Character.UnicodeScript.HAN ? 1 : 0;
            kana += script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA ? 1 : 0;
            hangul += script == Character.UnicodeScript.HANGUL ? 1 : 0;
        }
        long total = han + kana + hangul;
        if (total < MIN_CJK || total * 2 < letters) {
            return null;
        }
        if (hangul * 2 >= total) {
            return "ko";
        }
        return kana * 10 >= total ? "ja" : "zh";
    }

    /** No code point below this (Hangul Jamo) is Han, kana or Hangul: the script lookup is skipped. */
    static final int FIRST_CJK = 0x1100;

    /** Fewer CJK characters than this and the script does not decide (one CJK character carries a word). */
    static final int MIN_CJK = 8;
}

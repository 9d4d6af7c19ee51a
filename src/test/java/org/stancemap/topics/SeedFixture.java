package org.stancemap.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import smile.nlp.dictionary.EnglishStopWords;

/**
 * The real seed abstracts of {@code src/test/resources/topics/seed-abstracts.tsv}, tokenised by a
 * simple stand-in for the project analyzer (lowercase letter runs of 3+ characters, Smile's
 * default English stop words removed), which keeps these tests independent of CoreNLP.
 */
final class SeedFixture {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private SeedFixture() {}

    /** DOI to abstract text, in file order. */
    static Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        try (var in = SeedFixture.class.getResourceAsStream("/topics/seed-abstracts.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The abstracts as topic documents. */
    static List<TopicDocument> documents() {
        List<TopicDocument> docs = new ArrayList<>();
        texts().forEach((id, text) -> docs.add(new TopicDocument(id, tokens(text))));
        return docs;
    }

    static List<String> tokens(String text) {
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

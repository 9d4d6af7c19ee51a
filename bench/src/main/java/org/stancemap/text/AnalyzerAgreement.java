package org.stancemap.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.text.AnalyzerSettings.Mode;

/**
 * How far the {@code quick} analyzer agrees with the CoreNLP ones. Usage:
 * {@code AnalyzerAgreement FILE.jsonl...} (records with a {@code text} field). For each file it
 * prints: the agreement of quick and CoreNLP tokens before filtering, of the model's tokens
 * (lemmas after the default filter steps) between each pair of modes, and of sentence splits;
 * then the most frequent token differences. Agreement is the overlap of the two bags of tokens per
 * text, {@code 2 * shared / (n1 + n2)}, summed over texts. A developer tool: prints to standard output.
 */
public final class AnalyzerAgreement {

    private AnalyzerAgreement() {
    }

    /** Runs the comparison on the files named in {@code args}. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: AnalyzerAgreement FILE.jsonl...");
            System.exit(2);
        }
        PrintStream out = System.out;
        CoreNlpAnalyzer accurate = new CoreNlpAnalyzer(AnalyzerSettings.defaults(Mode.ACCURATE));
        CoreNlpAnalyzer fast = new CoreNlpAnalyzer(AnalyzerSettings.defaults(Mode.FAST));
        QuickAnalyzer quick = new QuickAnalyzer(AnalyzerSettings.defaults(Mode.QUICK));
        for (String file : args) {
            List<String> texts = texts(Path.of(file));
            Overlap words = new Overlap();
            Overlap quickFast = new Overlap();
            Overlap quickAccurate = new Overlap();
            Overlap fastAccurate = new Overlap();
            int sameSentences = 0;
            for (String text : texts) {
                List<String> coreWords = fast.tokens(text).stream().map(Token::word).toList();
                List<String> quickWords = new ArrayList<>();
                for (QuickTokenizer.Sentence s : QuickTokenizer.sentences(TextNormalizer.normalize(text))) {
                    quickWords.addAll(s.tokens());
                }
                words.add(quickWords, coreWords);
                Analysis q = quick.analyzeWithSentences(text);
                List<String> f = fast.analyze(text);
                List<String> a = accurate.analyze(text);
                quickFast.add(q.tokens(), f);
                quickAccurate.add(q.tokens(), a);
                fastAccurate.add(f, a);
                sameSentences += q.sentences().equals(fast.sentences(text)) ? 1 : 0;
            }
            out.printf(Locale.ROOT, "%s: %d texts%n", file, texts.size());
            out.printf(Locale.ROOT, "  tokens before filtering, quick vs CoreNLP:   %6.2f%% (%d vs %d tokens)%n",
                    words.percent(), words.n1, words.n2);
            out.printf(Locale.ROOT, "  model tokens, quick vs fast:                %6.2f%%%n", quickFast.percent());
            out.printf(Locale.ROOT, "  model tokens, quick vs accurate:            %6.2f%%%n", quickAccurate.percent());
            out.printf(Locale.ROOT, "  model tokens, fast vs accurate (reference): %6.2f%%%n", fastAccurate.percent());
            out.printf(Locale.ROOT, "  same sentence split as CoreNLP:             %6.2f%% of texts%n",
                    100.0 * sameSentences / Math.max(1, texts.size()));
            out.println("  most frequent token differences (+ quick only, - CoreNLP only):");
            words.differences.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(e -> out.printf(Locale.ROOT, "    %5d  %s%n", e.getValue(), e.getKey()));
        }
    }

    /** Bag overlap of token lists, summed over texts, with the differences counted. */
    static final class Overlap {
        long shared;
        long n1;
        long n2;
        final Map<String, Integer> differences = new HashMap<>();

        void add(List<String> first, List<String> second) {
            Map<String, Integer> counts = new HashMap<>();
            first.forEach(t -> counts.merge(t, 1, Integer::sum));
            second.forEach(t -> counts.merge(t, -1, Integer::sum));
            n1 += first.size();
            n2 += second.size();
            long diff = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int c = e.getValue();
                if (c != 0) {
                    diff += Math.abs(c);
                    differences.merge((c > 0 ? "+ " : "- ") + e.getKey(), Math.abs(c), Integer::sum);
                }
            }
            shared += (first.size() + second.size() - diff) / 2;
        }

        double percent() {
            return n1 + n2 == 0 ? 100 : 200.0 * shared / (n1 + n2);
        }
    }

    static List<String> texts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode text = json.readTree(line).get("text");
                    if (text != null && text.isTextual()) {
                        texts.add(text.asText());
                    }
                }
            }
        }
        return texts;
    }
}

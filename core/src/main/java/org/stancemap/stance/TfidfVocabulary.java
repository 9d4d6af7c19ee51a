package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import smile.util.SparseArray;

/**
 * A fitted TF-IDF vocabulary: terms (lemma n-grams joined by a space), their smoothed inverse
 * document frequencies {@code ln((1 + n) / (1 + df)) + 1}, and the options. Vectors are
 * L2-normalised. Immutable and thread-safe.
 */
public final class TfidfVocabulary {
    private final TfidfOptions options;
    private final String[] terms;
    private final double[] idf;
    private final Map<String, Integer> index;

    private TfidfVocabulary(TfidfOptions options, String[] terms, double[] idf) {
        if (terms.length != idf.length) {
            throw new IllegalArgumentException("terms and idf differ in length: " + terms.length + " vs " + idf.length);
        }
        this.options = options;
        this.terms = terms;
        this.idf = idf;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            if (index.put(terms[i], i) != null) {
                throw new IllegalArgumentException("Duplicate vocabulary term: " + terms[i]);
            }
        }
    }

    /** Fits the vocabulary on tokenised training documents. Deterministic. */
    public static TfidfVocabulary fit(List<List<String>> docs, TfidfOptions options) {
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> doc : docs) {
            for (String term : new HashSet<>(ngrams(doc, options.ngramMax()))) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= options.minDf()) {
                kept.add(e);
            }
        }
        if (kept.size() > options.maxFeatures()) {
            kept.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey));
            kept = new ArrayList<>(kept.subList(0, options.maxFeatures()));
            kept.sort(Map.Entry.comparingByKey());
        }
        int n = docs.size();
        String[] terms = new String[kept.size()];
        double[] idf = new double[kept.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = kept.get(i).getKey();
            idf[i] = Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1.0;
        }
        return new TfidfVocabulary(options, terms, idf);
    }

    /** All n-grams (1..max) of a token list, in order, with repeats. */
    static List<String> ngrams(List<String> tokens, int max) {
        List<String> out = new ArrayList<>(tokens.size() * max);
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= max && i + n <= tokens.size(); n++) {
                if (n > 1) {
                    sb.append(' ');
                }
                sb.append(tokens.get(i + n - 1));
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The L2-normalised TF-IDF vector of a token list; unknown terms are ignored. */
    public SparseArray vectorize(List<String> tokens) {
        // The feature index of every n-gram occurrence, sorted: runs of one index are its term
        // frequency, in ascending index order (no boxed map per document).
        int max = options.ngramMax();
        int[] found = new int[tokens.size() * max];
        int count = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            sb.setLength(0);
            for (int n = 1; n <= max && i + n <= tokens.size(); n++) {
                if (n > 1) {
                    sb.append(' ');
                }
                sb.append(tokens.get(i + n - 1));
                Integer f = index.get(n == 1 ? tokens.get(i) : sb.toString());
                if (f != null) {
                    found[count++] = f;
                }
            }
        }
        Arrays.sort(found, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            distinct += k == 0 || found[k] != found[k - 1] ? 1 : 0;
        }
        double norm = 0;
        double[] values = new double[distinct];
        int[] keys = new int[distinct];
        int j = 0;
        for (int k = 0; k < count; ) {
            int f = found[k];
            int tf = 0;
            while (k < count && found[k] == f) {
                tf++;
                k++;
            }
            double t = options.sublinearTf() ? 1.0 + Math.log(tf) : tf;
            keys[j] = f;
            values[j] = t * idf[f];
            norm += values[j] * values[j];
            j++;
        }
        norm = Math.sqrt(norm);
        SparseArray out = new SparseArray(keys.length);
        for (int k = 0; k < keys.length; k++) {
            out.append(keys[k], values[k] / norm);
        }
        return out;
    }

    public int size() {
        return terms.length;
    }

    public String term(int i) {
        return terms[i];
    }

    public TfidfOptions options() {
        return options;
    }

    /** Plain, versioned form for the model bundle. */
    public State state() {
        return new State(State.VERSION, options, List.of(terms), Arrays.stream(idf).boxed().toList());
    }

    /** Rebuilds a vocabulary from its stored form, validating it. */
    public static TfidfVocabulary fromState(State s) {
        if (s.formatVersion() != State.VERSION) {
            throw new IllegalArgumentException("Unsupported TF-IDF vocabulary format_version " + s.formatVersion()
                    + " (this build reads " + State.VERSION + ")");
        }
        if (s.terms() == null || s.idf() == null) {
            throw new IllegalArgumentException("TF-IDF vocabulary lacks terms or idf");
        }
        double[] idf = new double[s.idf().size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = s.idf().get(i);
        }
        return new TfidfVocabulary(s.options(), s.terms().toArray(String[]::new), idf);
    }

    /** Stored form: {@code terms[i]} has inverse document frequency {@code idf[i]} and feature index i. */
    @JsonPropertyOrder({"format_version", "options", "terms", "idf"})
    public record State(
            @JsonProperty("format_version") int formatVersion,
            TfidfOptions options,
            List<String> terms,
            List<Double> idf) {
        public static final int VERSION = 1;
    }

    /** Set of the distinct terms of a token list that are in this vocabulary (for explanations). */
    Set<Integer> featuresOf(List<String> tokens) {
        Set<Integer> out = new HashSet<>();
        for (String g : ngrams(tokens, options.ngramMax())) {
            Integer i = index.get(g);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }
}

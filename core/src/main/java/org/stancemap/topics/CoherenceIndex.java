package org.stancemap.topics;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document co-occurrence counts of a reference corpus, and the two topic coherence measures
 * computed from them. A document is a set of words (its token counts do not matter).
 *
 * <p>With {@code N} documents, {@code D(w)} documents containing {@code w} and {@code D(w, v)}
 * containing both:
 * <ul>
 * <li><b>UMass</b> (Mimno, Wallach, Talley, Leenders and McCallum 2011, "Optimizing semantic
 * coherence in topic models", EMNLP, eq. 1): for words {@code v_1..v_M} in decreasing probability,
 * {@code sum_{m=2..M} sum_{l<m} log((D(v_m, v_l) + 1) / D(v_l))}. A sum, not a mean, as in the
 * paper; every word must occur in some document.</li>
 * <li><b>NPMI</b> (Bouma 2009; as a coherence measure Aletras and Stevenson 2013, with the
 * smoothing of Röder, Both and Hinneburg 2015, "Exploring the space of topic coherence
 * measures", WSDM): the mean over pairs {@code i < j} of
 * {@code log((P(w_i, w_j) + e) / (P(w_i) P(w_j))) / -log(P(w_i, w_j) + e)}, with
 * {@code P(w) = D(w)/N}, {@code P(w, v) = D(w, v)/N} and {@code e = 1e-12}, so a pair that never
 * co-occurs scores close to -1.</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
public final class CoherenceIndex {
    /** The NPMI smoothing constant of Röder et al. (2015). */
    public static final double NPMI_EPSILON = 1e-12;

    private final int documents;
    private final Map<String, int[]> postings;

    private CoherenceIndex(int documents, Map<String, int[]> postings) {
        this.documents = documents;
        this.postings = postings;
    }

    /** An index over {@code docs}, each a collection of the document's tokens. */
    public static CoherenceIndex of(List<? extends Collection<String>> docs) {
        Map<String, int[]> lists = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Set<String> seen = new HashSet<>(docs.get(d));
            for (String w : seen) {
                int n = sizes.getOrDefault(w, 0);
                int[] list = lists.get(w);
                if (list == null) {
                    list = new int[4];
                } else if (n == list.length) {
                    list = Arrays.copyOf(list, n * 2);
                }
                list[n] = d;  // ascending: documents are visited in order
                lists.put(w, list);
                sizes.put(w, n + 1);
            }
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((w, list) -> postings.put(w, Arrays.copyOf(list, sizes.get(w))));
        return new CoherenceIndex(docs.size(), postings);
    }

    /** An index over the tokens of {@code docs}. */
    public static CoherenceIndex ofDocuments(List<TopicDocument> docs) {
        return of(docs.stream().map(TopicDocument::tokens).toList());
    }

    /** Number of documents {@code N}. */
    public int documents() {
        return documents;
    }

    /** Documents containing {@code word}. */
    public int df(String word) {
        int[] p = postings.get(word);
        return p == null ? 0 : p.length;
    }

    /** Documents containing both words. */
    public int coDf(String a, String b) {
        int[] x = postings.get(a);
        int[] y = postings.get(b);
        if (x == null || y == null) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** UMass coherence of {@code words} (most probable first); every word must occur in some document. */
    public double umass(List<String> words) {
        requireOccurring(words);
        double sum = 0;
        for (int m = 1; m < words.size(); m++) {
            for (int l = 0; l < m; l++) {
                sum += Math.log((coDf(words.get(m), words.get(l)) + 1.0) / df(words.get(l)));
            }
        }
        return sum;
    }

    /** Mean NPMI over the pairs of {@code words}; every word must occur in some document. */
    public double npmi(List<String> words) {
        requireOccurring(words);
        if (words.size() < 2) {
            throw new IllegalArgumentException("NPMI needs at least 2 words, got " + words);
        }
        double n = documents;
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                double pi = df(words.get(i)) / n;
                double pj = df(words.get(j)) / n;
                double pij = coDf(words.get(i), words.get(j)) / n + NPMI_EPSILON;
                sum += Math.log(pij / (pi * pj)) / -Math.log(pij);
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** Both measures of {@code words}. */
    public TopicCoherence score(List<String> words) {
        return new TopicCoherence(words, umass(words), npmi(words));
    }

    private void requireOccurring(List<String> words) {
        for (String w : words) {
            if (df(w) == 0) {
                throw new IllegalArgumentException("Word '" + w + "' occurs in none of the " + documents
                        + " reference documents (coherence is defined only for words of the reference corpus)");
            }
        }
    }
}

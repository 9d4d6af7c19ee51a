package org.stancemap.topics;

import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Conversions between this package's plain arrays and MALLET's data structures. MALLET keeps
 * type-topic counts packed: for each word type an array of {@code (count << topicBits) | topic},
 * sorted by count, largest first, zero-padded. Its inferencer starts every token at the first
 * entry (the word's most frequent topic), so the order of ties matters; here ties go to the lower
 * topic, always, so a model rebuilt from its stored counts infers exactly as before saving.
 */
final class MalletArrays {
    static {
        // every use of MALLET in this package goes through here first
        MalletQuiet.init();
    }

    private MalletArrays() {}

    /** MALLET's bit width of the topic field for {@code numTopics} topics. */
    static int topicBits(int numTopics) {
        int mask = Integer.bitCount(numTopics) == 1 ? numTopics - 1 : Integer.highestOneBit(numTopics) * 2 - 1;
        return Integer.bitCount(mask);
    }

    /** Packs {@code counts[topic][word]} into MALLET's {@code typeTopicCounts[word][]}. */
    static int[][] pack(int[][] counts) {
        int k = counts.length;
        int v = counts[0].length;
        int bits = topicBits(k);
        int maxCount = (1 << (31 - bits)) - 1;
        int[][] packed = new int[v][];
        List<Integer> topics = new ArrayList<>(k);
        for (int w = 0; w < v; w++) {
            topics.clear();
            for (int t = 0; t < k; t++) {
                int c = counts[t][w];
                if (c > maxCount) {
                    throw new IllegalArgumentException("Count " + c + " of word " + w + " in topic " + t
                            + " exceeds MALLET's packed limit " + maxCount + " for " + k + " topics");
                }
                if (c > 0) {
                    topics.add(t);
                }
            }
            final int word = w;
            topics.sort((a, b) -> counts[b][word] != counts[a][word]
                    ? Integer.compare(counts[b][word], counts[a][word]) : Integer.compare(a, b));
            // at least one slot: the inferencer reads slot 0 of every in-vocabulary type
            int[] row = new int[Math.max(1, topics.size())];
            for (int i = 0; i < topics.size(); i++) {
                int t = topics.get(i);
                row[i] = (counts[t][w] << bits) | t;
            }
            packed[w] = row;
        }
        return packed;
    }

    /** Unpacks MALLET's {@code typeTopicCounts[word][]} into {@code counts[topic][word]}. */
    static int[][] unpack(int[][] typeTopicCounts, int numTopics) {
        int bits = topicBits(numTopics);
        int mask = (1 << bits) - 1;
        int[][] counts = new int[numTopics][typeTopicCounts.length];
        for (int w = 0; w < typeTopicCounts.length; w++) {
            for (int packed : typeTopicCounts[w]) {
                if (packed <= 0) {
                    break;
                }
                counts[packed & mask][w] += packed >> bits;
            }
        }
        return counts;
    }

    /** A MALLET alphabet holding {@code vocabulary} in order, closed to new entries. */
    static Alphabet alphabet(List<String> vocabulary) {
        Alphabet alphabet = new Alphabet(String.class);
        for (String w : vocabulary) {
            alphabet.lookupIndex(w, true);
        }
        alphabet.stopGrowth();
        return alphabet;
    }

    /** Indices of the in-vocabulary tokens of {@code tokens}, in order; unknown tokens are dropped. */
    static int[] indices(List<String> tokens, Map<String, Integer> index) {
        int[] out = new int[tokens.size()];
        int n = 0;
        for (String t : tokens) {
            Integer i = index.get(t);
            if (i != null) {
                out[n++] = i;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** A MALLET instance of an index sequence. */
    static Instance instance(Alphabet alphabet, int[] indices, String name) {
        return new Instance(new FeatureSequence(alphabet, indices), null, name, null);
    }

    /** A MALLET instance list over {@code alphabet}, one instance per document. */
    static InstanceList instances(Alphabet alphabet, List<TopicDocument> docs, Map<String, Integer> index) {
        InstanceList list = new InstanceList(alphabet, null);
        for (TopicDocument doc : docs) {
            list.add(instance(alphabet, indices(doc.tokens(), index), doc.id()));
        }
        return list;
    }
}

package org.stancemap.topics;

import java.util.List;

/**
 * The coherence of one topic's top words on a reference corpus (see {@link CoherenceIndex} for
 * the definitions).
 *
 * @param words the words scored, most probable first
 * @param umass UMass coherence (Mimno et al. 2011): a sum over word pairs, at most 0, higher is better
 * @param npmi  mean normalised PMI over word pairs, in [-1, 1], higher is better
 */
public record TopicCoherence(List<String> words, double umass, double npmi) {

    public TopicCoherence {
        words = List.copyOf(words);
    }
}

package org.stancemap.text;

import java.util.List;

/**
 * One step of the token filter chain (lowercase, drop punctuation, mask numbers, ...), in the manner
 * of a Lucene {@code TokenFilter}. Steps are built by name with {@link TokenSteps#named(String)}.
 * Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface TokenStep {

    /** The tokens after this step, in input order; never modifies {@code tokens}. */
    List<String> apply(List<String> tokens);
}

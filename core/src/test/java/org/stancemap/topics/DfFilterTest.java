package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DfFilterTest {
    // FIXTURE: hand-made, not real data
    private static final List<TopicDocument> DOCS = List.of(
            new TopicDocument("1", List.of("common", "pair", "rare", "common")),
            new TopicDocument("2", List.of("common", "pair")),
            new TopicDocument("3", List.of("common", "single")),
            new TopicDocument("4", List.of("common", "other", "other")));

    @Test
    void keepsWordsBetweenTheBoundsSorted() {
        // df: common 4, pair 2, rare 1, single 1, other 1; 0.75 * 4 = 3 drops "common"
        assertEquals(List.of("pair"), new DfFilter(2, 0.75).vocabulary(DOCS));
        assertEquals(List.of("common", "other", "pair", "rare", "single"), DfFilter.keepAll().vocabulary(DOCS));
        assertEquals(List.of("common", "pair"), new DfFilter(2, 1.0).vocabulary(DOCS));
    }

    @Test
    void rejectsInvalidBounds() {
        assertEquals("Invalid min_df: 0 (expected >= 1)",
                assertThrows(IllegalArgumentException.class, () -> new DfFilter(0, 0.5)).getMessage());
        assertEquals("Invalid max_doc_share: 1.5 (expected a number in (0, 1])",
                assertThrows(IllegalArgumentException.class, () -> new DfFilter(1, 1.5)).getMessage());
    }

    @Test
    void optionsValidateAndDocumentTheThreadRule() {
        assertEquals("Invalid seed: -1 (expected 0..2147483647)",
                assertThrows(IllegalArgumentException.class, () -> TopicOptions.defaults(5, -1)).getMessage());
        assertEquals("Invalid k: 1 (expected 2..1000 topics)",
                assertThrows(IllegalArgumentException.class, () -> TopicOptions.defaults(1, 0)).getMessage());
        assertEquals(1, TopicOptions.defaultThreads(true));
        TopicOptions o = TopicOptions.defaults(20, 7);
        assertEquals(1, o.threads());
        assertEquals(true, o.reproducible());
        assertEquals(true, o.withThreads(2).reproducible(), "a seed and a thread count fix the topics");
        assertEquals(TopicOptions.DEFAULT_EARLY_STOP, o.earlyStop());
        assertEquals(1000, o.iterations());
    }
}

package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Repeated ids are found, separately from repeated texts and DOIs. Ids and sources are made up. */
class DuplicateIdsTest {

    @Test
    void reportsTheFirstRecordWithTheSameId() {
        DuplicateDetector d = new DuplicateDetector();
        assertTrue(d.checkId("a", new SourceRef("f.jsonl", 1)).isEmpty());
        assertTrue(d.checkId("b", new SourceRef("f.jsonl", 2)).isEmpty());
        assertTrue(d.checkId(null, new SourceRef("f.jsonl", 3)).isEmpty());
        assertEquals(Optional.of(new SourceRef("f.jsonl", 1)), d.checkId("a", new SourceRef("g.csv", 7)));
        assertEquals(Optional.of(new SourceRef("f.jsonl", 1)), d.checkId("a", new SourceRef("g.csv", 9)));
        assertTrue(d.checkId("A", new SourceRef("g.csv", 10)).isEmpty(), "ids compare exactly");
    }
}

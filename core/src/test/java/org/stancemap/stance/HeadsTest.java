package org.stancemap.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stancemap.stance.HeadSpec.Need;

/** The head registry: one declaration per head, and every lookup derived from it. */
class HeadsTest {
    @Test
    void namesKeepTheComparisonOrderAndTopicHeadsOnlyWithTopics() {
        assertEquals(List.of("tfidf-lr", "zero-shot", "evidence", "embed-lr", "embed-mlp", "ensemble"), Heads.names());
        assertEquals(List.of("tfidf-lr", "zero-shot", "evidence", "embed-lr", "embed-lr-topics", "embed-mlp", "ensemble"),
                Heads.names(true));
        assertEquals(List.of("evidence", "zero-shot"), Heads.PRIORS);
    }

    @Test
    void needsComeFromTheDeclarations() {
        assertFalse(Heads.needsEmbeddings("tfidf-lr"));
        for (String h : List.of("zero-shot", "evidence", "embed-lr", "embed-lr-topics", "embed-mlp", "ensemble")) {
            assertTrue(Heads.needsEmbeddings(h), h);
        }
        assertEquals(List.of("evidence"), Heads.names(true).stream().filter(Heads::needsSentenceVectors).toList());
        assertEquals(List.of("embed-lr-topics"), Heads.names(true).stream().filter(Heads::needsTopics).toList());
        assertEquals(Set.of("evidence", "zero-shot"), Set.copyOf(Heads.names(true).stream().filter(Heads::isPrior).toList()));
    }

    @Test
    void everyDeclaredTrainerTrainsItsOwnHead() {
        for (HeadSpec<?> spec : Heads.ALL) {
            assertEquals(spec.name(), Heads.trainer(spec.name(), 1, null).head());
            assertEquals(spec, Heads.spec(spec.name()));
        }
    }

    @Test
    void anUnknownHeadIsRefusedNamingTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Heads.spec("no-such-head"));
        assertEquals("Unknown model head 'no-such-head' (expected one of: tfidf-lr, zero-shot, evidence, embed-lr, "
                + "embed-lr-topics, embed-mlp, ensemble, or auto)", e.getMessage());
        assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class,
                () -> Heads.trainer("no-such-head", 0, null)).getMessage());
        var read = assertThrows(IOException.class, () -> Heads.read("no-such-head", LabelSet.bundled(), null));
        assertEquals("unknown head 'no-such-head' (this build knows: tfidf-lr, zero-shot, evidence, embed-lr, "
                + "embed-lr-topics, embed-mlp, ensemble)", read.getMessage());
        assertTrue(Heads.find("auto").isEmpty());
    }

    @Test
    void aDeclarationIsValidated() {
        HeadSpec<?> tfidf = Heads.spec("tfidf-lr");
        assertThrows(IllegalArgumentException.class, () -> redeclare(tfidf, " ", Set.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> redeclare(tfidf, "x", Set.of(), -1));
        HeadSpec<?> spec = redeclare(tfidf, "x", Set.of(Need.TOPICS), 1);
        assertTrue(spec.isPrior());
        assertTrue(spec.needs(Need.TOPICS));
        assertFalse(spec.needs(Need.EMBEDDINGS));
    }

    private static <M extends StanceModel> HeadSpec<M> redeclare(HeadSpec<M> s, String name, Set<Need> needs, int priorRank) {
        return new HeadSpec<>(name, s.type(), needs, priorRank, s.trainer(), s.codec());
    }
}

package org.stancemap.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class EmbeddingModelsTest {

    @Test
    void unknownIdListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddingModels.open("bge-large"));
        assertEquals("Unknown embedding model: 'bge-large' (expected one of all-minilm-l6-v2-q, bge-small-en-v1.5-q)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmbeddingModels.load(null, new EmbeddingModels.Options()));
    }

    @Test
    void knownIdsAndDefault() {
        assertEquals(List.of("all-minilm-l6-v2-q", "bge-small-en-v1.5-q"), EmbeddingModels.knownIds());
        assertEquals("bge-small-en-v1.5-q", EmbeddingModels.DEFAULT_ID);
    }

    @Test
    void optionsAreValidated() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(new EmbeddingModels.Options(Math.min(cores, EmbeddingModels.MAX_DEFAULT_WORKERS), 1), new EmbeddingModels.Options());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> new EmbeddingModels.Options(0, 0));
        assertEquals("Invalid parallelism: 0 (expected >= 1)", p.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> new EmbeddingModels.Options(1, -1));
        assertEquals("Invalid intraOpThreads: -1 (expected >= 0)", t.getMessage());
    }

    @Tag("slow")
    @Test
    void openSharesOneInstancePerModel() {
        OnnxSentenceEmbedder a = EmbeddingModels.open("all-minilm-l6-v2-q");
        assertSame(a, EmbeddingModels.open("all-minilm-l6-v2-q"));
        assertEquals("all-minilm-l6-v2-q", a.modelId());
        assertEquals(126, a.maxWordPieces());
        assertEquals(384, a.dimension());
    }
}

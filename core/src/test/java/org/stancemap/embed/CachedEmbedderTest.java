package org.stancemap.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedEmbedderTest {

    @TempDir
    Path dir;

    /** Fake model: a vector made from the text's bytes; records the texts and batches it is asked for. */
    private static final class CountingEmbedder implements SentenceEmbedder {
        final List<List<String>> seen = new ArrayList<>();
        int batches;

        @Override
        public float[] embed(List<String> sentences) {
            seen.add(sentences);
            return vector(sentences);
        }

        static float[] vector(List<String> sentences) {
            float[] v = new float[4];
            byte[] b = String.join("|", sentences).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < b.length; i++) {
                v[i % 4] += b[i];
            }
            return v;
        }

        @Override
        public List<float[]> embedAll(List<List<String>> texts) {
            batches++;
            seen.addAll(texts);
            return texts.stream().map(CountingEmbedder::vector).toList();
        }

        @Override
        public String modelId() {
            return "fake";
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public int maxWordPieces() {
            return 10;
        }
    }

    @Test
    void hitsDoNotCallTheModel() {
        CountingEmbedder model = new CountingEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "fake", 4)) {
            CachedEmbedder e = new CachedEmbedder(model, cache);
            float[] first = e.embed(List.of("One.", "Two."));
            float[] second = e.embed(List.of("One.", "Two."));
            assertEquals(1, model.seen.size());
            assertArrayEquals(first, second);
            assertArrayEquals(CountingEmbedder.vector(List.of("One.", "Two.")), first);
        }
    }

    @Test
    void batchSendsOnlyDistinctMissesInOneCall() {
        CountingEmbedder model = new CountingEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "fake", 4)) {
            CachedEmbedder e = new CachedEmbedder(model, cache);
            e.embed(List.of("a"));
            model.seen.clear();
            model.batches = 0;
            List<float[]> out = e.embedAll(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("b")));
            assertEquals(List.of(List.of("b"), List.of("c")), model.seen);
            assertEquals(1, model.batches);
            assertEquals(4, out.size());
            assertArrayEquals(out.get(1), out.get(3));
            assertArrayEquals(CountingEmbedder.vector(List.of("c")), out.get(2));
        }
    }

    @Test
    void survivesARestartWithoutTheModel() {
        CountingEmbedder model = new CountingEmbedder();
        float[] v;
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "fake", 4)) {
            v = new CachedEmbedder(model, cache).embed(List.of("x y z."));
        }
        CountingEmbedder fresh = new CountingEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "fake", 4)) {
            assertArrayEquals(v, new CachedEmbedder(fresh, cache).embed(List.of("x y z.")));
        }
        assertEquals(0, fresh.seen.size());
    }

    @Test
    void sentenceBoundariesArePartOfTheKey() {
        CountingEmbedder model = new CountingEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "fake", 4)) {
            CachedEmbedder e = new CachedEmbedder(model, cache);
            e.embed(List.of("a b"));
            e.embed(List.of("a", "b"));
            assertEquals(2, model.seen.size());
        }
    }

    @Test
    void aBrokenCacheCostsSpeedNotTheRun() throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("fake.emb"), "{\"not\": \"a cache\"}");
        CountingEmbedder model = new CountingEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "fake", 4)) {
            CachedEmbedder e = new CachedEmbedder(model, cache);
            assertArrayEquals(CountingEmbedder.vector(List.of("a")), e.embed(List.of("a")));
            assertArrayEquals(CountingEmbedder.vector(List.of("a")), e.embed(List.of("a")));
            assertEquals(false, e.active());
            assertEquals(2, model.seen.size(), "without a cache every call reaches the model");
        }
        assertEquals("{\"not\": \"a cache\"}", java.nio.file.Files.readString(dir.resolve("fake.emb")), "never cut");
    }

    @Test
    void refusesACacheOfAnotherModel() {
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "other", 4)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new CachedEmbedder(new CountingEmbedder(), cache));
            assertEquals("Cache " + dir.resolve("other.emb") + " holds other (4-d); expected fake (4-d)", e.getMessage());
        }
    }
}

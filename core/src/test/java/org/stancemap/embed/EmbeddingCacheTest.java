package org.stancemap.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    private static final int DIM = 8;

    @TempDir
    Path dir;

    private static float[] vector(long seed) {
        Random r = new Random(seed);
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    private void write(String modelId, int n) {
        try (EmbeddingCache c = EmbeddingCache.open(dir, modelId, DIM)) {
            for (int i = 0; i < n; i++) {
                c.put("text " + i, vector(i));
            }
        }
    }

    @Test
    void roundTripsAcrossInstances() {
        write("m", 5);
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(5, c.size());
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(vector(i), c.get("text " + i));
            }
            assertNull(c.get("text 5"));
            assertEquals(0, c.ignoredBytes());
        }
    }

    @Test
    void fileLayoutIsTheDocumentedOne() throws IOException {
        write("m", 2);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("m.emb"))).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[8];
        b.get(magic);
        assertEquals("STMAPEMB", new String(magic, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(EmbeddingCache.FORMAT_VERSION, b.getInt());
        assertEquals(DIM, b.getInt());
        assertEquals(1, b.getInt());
        assertEquals('m', b.get());
        assertEquals(2 * (32 + 4 * DIM + 4), b.remaining());
        b.position(b.position() + 32);
        assertEquals(vector(0)[0], b.getFloat());
    }

    @Test
    void laterValueForTheSameTextWins() {
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            c.put("t", vector(1));
            c.put("t", vector(2));
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(1, c.size());
            assertArrayEquals(vector(2), c.get("t"));
        }
    }

    @Test
    void truncatedTailIsIgnoredAndCutBeforeTheNextAppend() throws IOException {
        write("m", 3);
        Path f = dir.resolve("m.emb");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(f) - 10);
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(2, c.size());
            assertEquals(32 + 4 * DIM + 4 - 10, c.ignoredBytes());
            c.put("new", vector(9));
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(3, c.size());
            assertEquals(0, c.ignoredBytes());
            assertArrayEquals(vector(9), c.get("new"));
            assertArrayEquals(vector(1), c.get("text 1"));
        }
    }

    @Test
    void corruptRecordIsSkippedAndTheRestRead() throws IOException {
        write("m", 3);
        Path f = dir.resolve("m.emb");
        byte[] bytes = Files.readAllBytes(f);
        int record = 32 + 4 * DIM + 4;
        bytes[bytes.length - record - 20] ^= 0x55; // inside the middle record's floats: its CRC no longer matches
        Files.write(f, bytes);
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(2, c.size());
            assertNull(c.get("text 1"));
            assertArrayEquals(vector(2), c.get("text 2"));
            assertEquals(record, c.ignoredBytes());
        }
    }

    @Test
    void aReaderNeverCutsAnotherWritersPartialRecord() throws IOException {
        write("m", 3);
        Path f = dir.resolve("m.emb");
        long whole = Files.size(f);
        Files.write(f, new byte[10], StandardOpenOption.APPEND); // another process half-way through an append
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(3, c.size());
            assertNull(c.get("absent"));
            assertEquals(10, c.ignoredBytes());
        }
        assertEquals(whole + 10, Files.size(f), "reading leaves the file alone");
    }

    @Test
    void sizeIsBoundedAndTheOldestAreEvictedFirst() throws IOException {
        int record = 32 + 4 * DIM + 4;
        long cap = 64L * record;
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM, cap)) {
            for (int i = 0; i < 300; i++) {
                c.put("text " + i, vector(i));
                assertTrue(Files.size(c.file()) <= cap, "over the cap after " + i);
            }
            assertArrayEquals(vector(299), c.get("text 299"));
            assertNull(c.get("text 0"));
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM, cap)) {
            int n = c.size();
            assertTrue(n > 16 && n <= 64, "records kept: " + n);
            for (int i = 300 - n; i < 300; i++) {
                assertArrayEquals(vector(i), c.get("text " + i), "the newest " + n + " are kept");
            }
            assertNull(c.get("text " + (299 - n)));
            assertEquals(0, c.ignoredBytes());
        }
        assertThrows(IllegalArgumentException.class, () -> EmbeddingCache.open(dir, "m", DIM, 100));
    }

    @Test
    void twoInstancesOnOneFolderShareAndLoseNothing() throws InterruptedException {
        int record = 32 + 4 * DIM + 4;
        for (long cap : new long[] {EmbeddingCache.DEFAULT_MAX_BYTES, 150L * record}) {
            String id = "m" + cap;
            try (EmbeddingCache a = EmbeddingCache.open(dir, id, DIM, cap); EmbeddingCache b = EmbeddingCache.open(dir, id, DIM, cap)) {
                java.util.List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
                Thread[] threads = new Thread[4];
                for (int t = 0; t < threads.length; t++) {
                    EmbeddingCache c = t % 2 == 0 ? a : b;
                    int base = t * 100;
                    threads[t] = new Thread(() -> {
                        try {
                            for (int i = base; i < base + 100; i++) {
                                c.put("text " + i, vector(i));
                                for (int j : new int[] {i - 1, (i + 150) % 400}) {
                                    float[] v = c.get("text " + j);
                                    if (v != null && !java.util.Arrays.equals(v, vector(j))) {
                                        throw new AssertionError("wrong vector for text " + j);
                                    }
                                }
                            }
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    });
                    threads[t].start();
                }
                for (Thread t : threads) {
                    t.join();
                }
                assertEquals(java.util.List.of(), errors);
                if (cap == EmbeddingCache.DEFAULT_MAX_BYTES) {
                    assertArrayEquals(vector(299), b.get("text 299"), "b sees what a wrote");
                    assertArrayEquals(vector(399), a.get("text 399"), "a sees what b wrote");
                }
            }
            try (EmbeddingCache c = EmbeddingCache.open(dir, id, DIM, cap)) {
                assertEquals(0, c.ignoredBytes());
                if (cap == EmbeddingCache.DEFAULT_MAX_BYTES) {
                    assertEquals(400, c.size());
                } else {
                    assertTrue(c.size() <= 150, "bounded: " + c.size());
                }
                for (int i = 0; i < 400; i++) {
                    float[] v = c.get("text " + i);
                    assertTrue(v == null || java.util.Arrays.equals(v, vector(i)), "text " + i);
                }
            }
        }
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        java.util.List<Process> procs = new java.util.ArrayList<>();
        for (int p = 0; p < 2; p++) {
            procs.add(new ProcessBuilder(javaBin, "-cp", cp, CacheWriterMain.class.getName(), dir.toString(), "m",
                    String.valueOf(DIM), String.valueOf(p * 300), "300").redirectErrorStream(true).start());
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            for (int i = 600; i < 700; i++) {
                c.put("text " + i, vector(i));
            }
        }
        for (Process p : procs) {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(700, c.size());
            assertEquals(0, c.ignoredBytes());
            for (int i = 0; i < 700; i++) {
                assertArrayEquals(vector(i), c.get("text " + i), "text " + i);
            }
        }
    }

    @Test
    void headerCutShortAtCreationStartsAfresh() throws IOException {
        Files.write(dir.resolve("m.emb"), "STMAP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(0, c.size());
            c.put("t", vector(3));
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertArrayEquals(vector(3), c.get("t"));
        }
    }

    @Test
    void modelIdsDoNotCollide() {
        try (EmbeddingCache a = EmbeddingCache.open(dir, "model-a", DIM);
             EmbeddingCache b = EmbeddingCache.open(dir, "model-b", DIM)) {
            a.put("same text", vector(1));
            b.put("same text", vector(2));
        }
        try (EmbeddingCache a = EmbeddingCache.open(dir, "model-a", DIM);
             EmbeddingCache b = EmbeddingCache.open(dir, "model-b", DIM)) {
            assertArrayEquals(vector(1), a.get("same text"));
            assertArrayEquals(vector(2), b.get("same text"));
        }
        assertNotEquals(CacheKey.of("model-a", "same text"), CacheKey.of("model-b", "same text"));
        // the separator keeps ("ab", "c") and ("a", "bc") apart
        assertNotEquals(CacheKey.of("ab", "c"), CacheKey.of("a", "bc"));
    }

    @Test
    void refusesForeignNewerOrMismatchedFiles() throws IOException {
        write("m", 1);
        IllegalStateException dim = assertThrows(IllegalStateException.class,
                () -> EmbeddingCache.open(dir, "m", DIM + 1).size());
        assertTrue(dim.getMessage().contains("m.emb") && dim.getMessage().contains("9 dimensions"), dim.getMessage());

        Path f = dir.resolve("m.emb");
        byte[] bytes = Files.readAllBytes(f);
        bytes[8] = 2; // format version 2
        Files.write(f, bytes);
        IllegalStateException newer = assertThrows(IllegalStateException.class, () -> EmbeddingCache.open(dir, "m", DIM).size());
        assertTrue(newer.getMessage().contains("format version 2"), newer.getMessage());

        Files.writeString(dir.resolve("x.emb"), "{\"not\": \"a cache\"}");
        try (EmbeddingCache x = EmbeddingCache.open(dir, "x", DIM)) {
            IllegalStateException foreign = assertThrows(IllegalStateException.class, () -> x.get("t"));
            assertTrue(foreign.getMessage().startsWith("Not a Stancemap embedding cache"), foreign.getMessage());
            assertThrows(IllegalStateException.class, () -> x.put("t", vector(1)), "still refused after the first failure");
        }
        assertEquals("{\"not\": \"a cache\"}", Files.readString(dir.resolve("x.emb")), "a foreign file is never cut");
    }

    @Test
    void validatesArguments() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddingCache.open(dir, "../evil", DIM));
        assertThrows(IllegalArgumentException.class, () -> EmbeddingCache.open(dir, "m", 0));
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.put("t", new float[3]));
            assertEquals("Invalid vector length: 3 (expected 8 for m)", e.getMessage());
            float[] nan = vector(1);
            nan[0] = Float.NaN;
            assertThrows(IllegalArgumentException.class, () -> c.put("t", nan));
            assertEquals(0, c.size());
        }
        assertTrue(Files.notExists(dir.resolve("m.emb")), "nothing written without a valid put");
    }

    @Test
    void returnedVectorsAreCopies() {
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            float[] v = vector(1);
            c.put("t", v);
            v[0] = 42f;
            c.get("t")[1] = 42f;
            assertArrayEquals(vector(1), c.get("t"));
        }
    }

    @Test
    void concurrentWritersLoseNothing() throws InterruptedException {
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int base = t * 100;
                threads[t] = new Thread(() -> {
                    for (int i = base; i < base + 100; i++) {
                        c.put("text " + i, vector(i));
                        c.get("text " + (i - 1));
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m", DIM)) {
            assertEquals(400, c.size());
            assertEquals(0, c.ignoredBytes());
            assertArrayEquals(vector(399), c.get("text 399"));
        }
    }

    @Test
    void defaultDirectoryIsTheUsersCache() {
        assertEquals(Path.of("/srv/c", "embeddings"), EmbeddingCache.defaultDirectory(java.util.Map.of(
                "STANCEMAP_CACHE", "/srv/c", "XDG_CACHE_HOME", "/x")));
        assertEquals(Path.of("/x", "stancemap", "embeddings"), EmbeddingCache.defaultDirectory(java.util.Map.of("XDG_CACHE_HOME", "/x")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "stancemap", "embeddings"),
                EmbeddingCache.defaultDirectory(java.util.Map.of("XDG_CACHE_HOME", "relative")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "stancemap", "embeddings"),
                EmbeddingCache.defaultDirectory(java.util.Map.of()));
    }
}

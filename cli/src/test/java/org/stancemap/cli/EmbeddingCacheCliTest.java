package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify caches embeddings unless told not to, and a cache it cannot use never fails the run. */
@Tag("slow")
class EmbeddingCacheCliTest {

    private static final String INPUT = "corpus/seed.jsonl";

    private static String classify(Path out, String... cacheArgs) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("classify", INPUT, "--model", "models/default", "--out",
                out.toString(), "--quiet"));
        args.addAll(List.of(cacheArgs));
        CliRunner.Run r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        return Files.readString(out);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void cachedUncachedAndWarmRunsWriteTheSameResults(@TempDir Path tmp) throws IOException {
        Path cache = tmp.resolve("cache");
        String cold = classify(tmp.resolve("a.jsonl"), "--cache-dir", cache.toString());
        Path emb = files(cache).stream().filter(f -> f.toString().endsWith(".emb")).findFirst().orElseThrow();
        long size = Files.size(emb);
        assertTrue(size > 10_000, "sentences were cached: " + size + " bytes");
        String warm = classify(tmp.resolve("b.jsonl"), "--cache-dir", cache.toString());
        assertEquals(size, Files.size(emb), "a warm run embeds nothing new");
        Path unused = tmp.resolve("unused");
        String off = classify(tmp.resolve("c.jsonl"), "--cache-dir", unused.toString(), "--no-embedding-cache");
        assertTrue(Files.notExists(unused), "--no-embedding-cache creates no cache");
        assertEquals(cold, warm);
        assertEquals(cold, off);
    }

    @Test
    void anUnusableCacheFolderOnlyCostsTime(@TempDir Path tmp) throws IOException {
        Path notAFolder = tmp.resolve("file");
        Files.writeString(notAFolder, "x");
        String a = classify(tmp.resolve("a.jsonl"), "--cache-dir", notAFolder.resolve("sub").toString());
        String b = classify(tmp.resolve("b.jsonl"), "--no-embedding-cache");
        assertEquals(b, a);
        assertEquals("x", Files.readString(notAFolder));
    }
}

package org.stancemap.embed;

import java.nio.file.Path;
import java.util.Random;

/** A second process for {@link EmbeddingCacheTest}: writes texts FROM..FROM+N-1 with the test's vectors, reading as it goes. */
public final class CacheWriterMain {

    private CacheWriterMain() {
    }

    public static void main(String[] args) {
        int dim = Integer.parseInt(args[2]);
        int from = Integer.parseInt(args[3]);
        int n = Integer.parseInt(args[4]);
        try (EmbeddingCache c = EmbeddingCache.open(Path.of(args[0]), args[1], dim)) {
            for (int i = from; i < from + n; i++) {
                c.put("text " + i, vector(i, dim));
                c.get("text " + (i + 300) % 700);
            }
        }
    }

    /** The same vectors as the test's. */
    static float[] vector(long seed, int dim) {
        Random r = new Random(seed);
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}

package org.stancemap.cli;

import java.nio.file.Path;
import org.stancemap.embed.EmbeddingCache;
import picocli.CommandLine.Option;

/** Where classification keeps embeddings between runs ({@code classify}, {@code diff}); on by default. */
final class EmbeddingCacheOptions {

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Embedding cache folder (default: $STANCEMAP_CACHE/embeddings, else $XDG_CACHE_HOME/stancemap/embeddings,"
                    + " else ~/.cache/stancemap/embeddings; at most 512 MiB per model, STANCEMAP_CACHE_MAX_MB to change).")
    Path cacheDir;

    @Option(names = "--no-embedding-cache", description = "Neither read nor write the embedding cache.")
    boolean off;

    /** The cache folder, or null when caching is off. */
    Path directory() {
        return off ? null : cacheDir != null ? cacheDir : EmbeddingCache.defaultDirectory();
    }
}

/**
 * Offline sentence embeddings of whole abstracts, with a disk cache.
 *
 * <p>Flow: the caller splits an abstract into sentences; {@link org.stancemap.embed.WindowPacker}
 * packs them into windows that fit the model; {@link org.stancemap.embed.OnnxSentenceEmbedder}
 * embeds every window with a LangChain4j in-process int8 model and pools the window vectors;
 * {@link org.stancemap.embed.CachedEmbedder} keeps the results in an
 * {@link org.stancemap.embed.EmbeddingCache}. Models are opened by id through
 * {@link org.stancemap.embed.EmbeddingModels}.
 *
 * <p>Why windows: the tokenizers bundled with these models truncate silently (MiniLM at 128 word
 * pieces, BGE at 512 inside DJL), so a plain call embeds only the start of a long abstract.
 */
package org.stancemap.embed;

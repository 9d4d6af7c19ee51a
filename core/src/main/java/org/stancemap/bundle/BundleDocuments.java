package org.stancemap.bundle;

import java.io.IOException;
import java.nio.file.Path;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.text.Analyzers;

/** Documents analysed (and embedded) exactly as a bundle's model was trained. */
public final class BundleDocuments {
    private BundleDocuments() {}

    /**
     * @param cacheDir embedding cache, or null for none
     * @throws IOException when the bundle's embedding model is missing or differs from the classpath's
     */
    public static DocumentFactory of(ModelBundle bundle, Path cacheDir) throws IOException {
        var manifest = bundle.manifest();
        return new DocumentFactory(Analyzers.create(manifest.analyzer()), false,
                manifest.embedding() == null ? null : Embeddings.openVerified(manifest, cacheDir), bundle.topics(),
                manifest.embedding() != null && manifest.embedding().sentenceVectors());
    }
}

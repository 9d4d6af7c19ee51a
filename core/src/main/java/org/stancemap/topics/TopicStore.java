package org.stancemap.topics;

import cc.mallet.topics.ParallelTopicModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.stancemap.store.PartFiles;
import org.stancemap.text.AnalyzerSettings;

/**
 * Reads and writes topic models as plain JSON: {@value #MANIFEST} (pretty) and {@value #MODEL}
 * (compact {@link TopicModel.State}), and optionally {@value #PROVENANCE} (pretty {@link
 * TopicProvenance}: analyzer settings and corpus files). Writing is atomic (a temporary sibling directory renamed into
 * place); reading checks format, version and every part's SHA-256 before rebuilding the model.
 * Nothing is Java-deserialised. Stateless and thread-safe.
 */
public final class TopicStore {
    public static final String MANIFEST = "topics-manifest.json";
    public static final String MODEL = "topic-model.json";
    /** The optional part that records analyzer settings and corpus files ({@link TopicProvenance}). */
    public static final String PROVENANCE = "topics-provenance.json";

    private TopicStore() {}

    /** Writes {@code model} to the new directory {@code dir}; see {@link #write(Path, TopicModel, boolean)}. */
    public static TopicManifest write(Path dir, TopicModel model) throws IOException {
        return write(dir, model, false);
    }

    /**
     * Writes {@code model} to {@code dir} atomically and returns the manifest written.
     *
     * @throws FileAlreadyExistsException when {@code dir} exists and {@code force} is false
     */
    public static TopicManifest write(Path dir, TopicModel model, boolean force) throws IOException {
        return write(dir, model, null, force);
    }

    /**
     * Writes {@code model} and its {@code provenance} ({@value #PROVENANCE}, listed in the
     * manifest with its SHA-256) to {@code dir} atomically and returns the manifest written.
     *
     * @param provenance analyzer settings and corpus files, or null to record none
     * @throws FileAlreadyExistsException when {@code dir} exists and {@code force} is false
     */
    public static TopicManifest write(Path dir, TopicModel model, TopicProvenance provenance, boolean force)
            throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !force) {
            throw new FileAlreadyExistsException(dir + ": a topic model exists there; use --force to replace it");
        }
        Files.createDirectories(target.getParent());
        Path tmp = PartFiles.tempSibling(target);
        try {
            TopicManifest manifest = writeInto(tmp, model, provenance);
            PartFiles.moveIntoPlace(tmp, target);
            return manifest;
        } finally {
            PartFiles.deleteTree(tmp);
        }
    }

    /**
     * Writes the model's files into the existing directory {@code dir}, not atomically: for a
     * caller that builds a larger directory (a model bundle) atomically itself.
     */
    public static TopicManifest writeInto(Path dir, TopicModel model) throws IOException {
        return writeInto(dir, model, null);
    }

    /** {@link #writeInto(Path, TopicModel)} with a provenance part (null: none). */
    public static TopicManifest writeInto(Path dir, TopicModel model, TopicProvenance provenance) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        parts.put(MODEL, PartFiles.writeJson(dir.resolve(MODEL), TopicJson.COMPACT, model.state()));
        if (provenance != null) {
            parts.put(PROVENANCE, PartFiles.writeJson(dir.resolve(PROVENANCE), TopicJson.PRETTY, provenance));
        }
        double umass = model.coherence().stream().mapToDouble(TopicCoherence::umass).average().orElseThrow();
        double npmi = model.coherence().stream().mapToDouble(TopicCoherence::npmi).average().orElseThrow();
        TopicManifest manifest = new TopicManifest(TopicManifest.FORMAT, TopicManifest.FORMAT_VERSION, model.k(),
                model.vocabulary().size(), model.documents(), model.totalTokens(), model.options(), model.sweeps(),
                model.options().reproducible(), umass, npmi, malletVersion(), parts);
        PartFiles.writeJson(dir.resolve(MANIFEST), TopicJson.PRETTY, manifest);
        return manifest;
    }

    /**
     * Reads the topic model in {@code dir}.
     *
     * @throws IOException naming the directory and the problem when it is missing, incomplete,
     *                     altered, invalid or of an unknown format version
     */
    public static TopicModel read(Path dir) throws IOException {
        return readStored(dir).model();
    }

    /**
     * Reads the topic model in {@code dir} with its manifest and provenance (null when the
     * directory records none).
     *
     * @throws IOException as {@link #read}, and when the provenance part is invalid
     */
    public static StoredTopics readStored(Path dir) throws IOException {
        TopicManifest manifest = readManifest(dir);
        Path modelFile = dir.resolve(MODEL);
        TopicModel.State state = bind(modelFile, upgrade(parse(modelFile)), TopicModel.State.class);
        TopicModel model;
        try {
            model = TopicModel.fromState(state);
        } catch (IllegalArgumentException e) {
            throw new IOException(modelFile + ": " + e.getMessage(), e);
        }
        return new StoredTopics(model, manifest, provenance(dir, manifest));
    }

    /**
     * The provenance recorded in {@code dir}, after the same manifest and checksum checks as
     * {@link #read} but without rebuilding the model; empty for a directory that records none.
     */
    public static Optional<TopicProvenance> readProvenance(Path dir) throws IOException {
        return Optional.ofNullable(provenance(dir, readManifest(dir)));
    }

    /** The analyzer settings recorded in {@code dir}; empty for a directory that records none. */
    public static Optional<AnalyzerSettings> readAnalyzer(Path dir) throws IOException {
        return readProvenance(dir).map(TopicProvenance::analyzer);
    }

    /** Reads and checks the manifest and the SHA-256 of every part. */
    private static TopicManifest readManifest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir + ": no topic model there (not a directory)");
        }
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new NoSuchFileException(dir + ": not a topic model (no " + MANIFEST + ")");
        }
        JsonNode tree = parse(manifestFile);
        String format = tree.path("format").asText("");
        if (!TopicManifest.FORMAT.equals(format)) {
            throw new IOException(manifestFile + ": not a Stancemap topic model (format '" + format + "', expected '"
                    + TopicManifest.FORMAT + "')");
        }
        JsonNode v = tree.get("format_version");
        if (v == null || !v.isInt()) {
            throw new IOException(manifestFile + ": no integer format_version");
        }
        if (v.intValue() < TopicManifest.OLDEST_READABLE_VERSION || v.intValue() > TopicManifest.FORMAT_VERSION) {
            throw new IOException(manifestFile + ": topic model format_version " + v.intValue()
                    + " is not supported by this build (it reads versions " + TopicManifest.OLDEST_READABLE_VERSION
                    + " to " + TopicManifest.FORMAT_VERSION + "); "
                    + (v.intValue() > TopicManifest.FORMAT_VERSION ? "upgrade Stancemap" : "retrain the topic model"));
        }
        TopicManifest manifest = bind(manifestFile, upgrade(tree), TopicManifest.class);
        if (manifest.parts() == null || !manifest.parts().containsKey(MODEL)) {
            throw new IOException(manifestFile + ": the manifest lists no " + MODEL);
        }
        for (Map.Entry<String, String> part : manifest.parts().entrySet()) {
            PartFiles.checkPart(dir, part.getKey(), part.getValue());
        }
        return manifest;
    }

    /**
     * Brings a version 1 manifest or model state to version 2 in place: version 1 had no early
     * stop and ran every sweep, so {@code early_stop} is off and {@code sweeps} is the iterations
     * setting. Other versions are returned as they are (the binding then checks them).
     */
    private static JsonNode upgrade(JsonNode tree) {
        JsonNode settings = tree.get("settings");
        if (tree.path("format_version").asInt() != 1 || !(tree instanceof ObjectNode doc)
                || !(settings instanceof ObjectNode options) || !settings.path("iterations").isInt()) {
            return tree;
        }
        options.set("early_stop", TopicJson.MAPPER.valueToTree(TopicOptions.EarlyStop.OFF));
        doc.put("sweeps", settings.get("iterations").intValue());
        doc.put("format_version", 2);
        return doc;
    }

    private static TopicProvenance provenance(Path dir, TopicManifest manifest) throws IOException {
        if (!manifest.parts().containsKey(PROVENANCE)) {
            return null;
        }
        Path file = dir.resolve(PROVENANCE);
        JsonNode tree = parse(file);
        JsonNode v = tree.get("format_version");
        if (v == null || !v.isInt() || v.intValue() != TopicProvenance.FORMAT_VERSION) {
            throw new IOException(file + ": topic provenance format_version " + v + " is not supported by this build"
                    + " (it reads version " + TopicProvenance.FORMAT_VERSION + ")");
        }
        return bind(file, tree, TopicProvenance.class);
    }

    /** The MALLET release on the classpath, from its Maven metadata, or {@code unknown}. */
    static String malletVersion() {
        try (InputStream in = ParallelTopicModel.class.getResourceAsStream("/META-INF/maven/cc.mallet/mallet/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static JsonNode parse(Path file) throws IOException {
        try {
            return TopicJson.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T bind(Path file, JsonNode tree, Class<T> type) throws IOException {
        try {
            return TopicJson.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": invalid content: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": invalid content: " + e.getMessage(), e);
        }
    }
}

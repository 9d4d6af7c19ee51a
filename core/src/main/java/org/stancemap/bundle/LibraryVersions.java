package org.stancemap.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions of the libraries on the classpath. Each is read from the jar that holds one of the
 * library's classes (never by resource name alone: shaded copies inside other jars carry their own
 * Maven metadata): its Maven {@code pom.properties}, else its manifest, else its file name.
 */
public final class LibraryVersions {
    /** name, groupId, artifactId, a class of the library. */
    private static final String[][] LIBRARIES = {
        {"stanford-corenlp", "edu.stanford.nlp", "stanford-corenlp", "edu.stanford.nlp.pipeline.StanfordCoreNLP"},
        {"smile-core", "com.github.haifengl", "smile-core", "smile.classification.LogisticRegression"},
        {"commons-text", "org.apache.commons", "commons-text", "org.apache.commons.text.StringEscapeUtils"},
        {"jackson-databind", "com.fasterxml.jackson.core", "jackson-databind", "com.fasterxml.jackson.databind.ObjectMapper"},
        {"mallet", "cc.mallet", "mallet", "cc.mallet.topics.ParallelTopicModel"},
        {"deeplearning4j-nn", "org.deeplearning4j", "deeplearning4j-nn", "org.deeplearning4j.nn.multilayer.MultiLayerNetwork"},
        {"langchain4j-embeddings", "dev.langchain4j", "langchain4j-embeddings", "dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel"},
        {"onnxruntime", "com.microsoft.onnxruntime", "onnxruntime", "ai.onnxruntime.OrtEnvironment"},
    };

    private LibraryVersions() {}

    /** Library name to version ({@code unknown} when it cannot be told). */
    public static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] lib : LIBRARIES) {
            out.put(lib[0], of(lib[1], lib[2], lib[3]));
        }
        return out;
    }

    /** The version of the artifact whose jar holds {@code className}, or {@code unknown}. */
    static String of(String groupId, String artifactId, String className) {
        Path jar = jarOf(className);
        if (jar == null) {
            return "unknown";
        }
        if (Files.isRegularFile(jar)) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                var entry = jf.getEntry("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties");
                if (entry != null) {
                    try (InputStream in = jf.getInputStream(entry)) {
                        Properties p = new Properties();
                        p.load(in);
                        String v = p.getProperty("version");
                        if (v != null) {
                            return v;
                        }
                    }
                }
                var mf = jf.getManifest();
                String v = mf == null ? null : mf.getMainAttributes().getValue("Implementation-Version");
                if (v != null) {
                    return v;
                }
            } catch (IOException e) {
                return "unknown";
            }
        }
        Matcher m = Pattern.compile(Pattern.quote(artifactId) + "-(\\d[^/]*?)\\.jar").matcher(jar.getFileName().toString());
        return m.matches() ? m.group(1) : "unknown";
    }

    private static Path jarOf(String className) {
        try {
            Class<?> c = Class.forName(className, false, LibraryVersions.class.getClassLoader());
            var src = c.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI());
        } catch (ReflectiveOperationException | LinkageError | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Java version and vendor, and the operating system. */
    public static Map<String, String> runtime() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("java_version", System.getProperty("java.version"));
        out.put("java_vendor", System.getProperty("java.vendor"));
        out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return out;
    }
}

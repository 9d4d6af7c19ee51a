package org.stancemap.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.Main;
import org.stancemap.corpus.Json;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.LabelSet;

/**
 * The acceptance test: the CLI and the Spark job (local[2]) on the same few thousand
 * records give the same answers, record by record (matched by source file:line): every Parquet
 * column equal (probabilities to 1e-9), the JSONL lines byte for byte, the same rejects (file,
 * line, reason) in the same order. The bundle is a small tfidf-lr one trained on the seed.
 */
class SparkMatchesCliIT {

    static final Path SEED = Path.of("corpus/seed.jsonl");
    static final double TOLERANCE = 1e-9;
    /** Reads the CLI's result lines back (the core only writes them): its field names are the components' in snake case. */
    static final ObjectMapper RESULTS = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Test
    void sparkJobGivesTheCliAnswers(@TempDir Path tmp) throws Exception {
        Path bundle = tmp.resolve("tfidf");
        cli("train", "--corpus", SEED.toString(), "--model", "tfidf-lr", "--analyzer", "quick", "--cv", "none",
                "--out", bundle.toString(), "--quiet");
        List<String> labels = LabelSet.read(bundle.resolve("labels.json")).names();
        SeedMix mix = new SeedMix(SEED, labels);
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.csv");
        mix.writeCsv(b, 800, mix.writeJsonl(a, 2000));

        Path cliOut = tmp.resolve("cli.jsonl");
        cli("classify", a.toString(), b.toString(), "--model", bundle.toString(), "--out", cliOut.toString(),
                "--threads", "2", "--quiet");
        List<String> cliLines = Files.readAllLines(cliOut, StandardCharsets.UTF_8);
        List<JsonNode> cliRejects = jsonLines(Files.readAllLines(Path.of(cliOut + ".rejects.jsonl")));
        assertTrue(cliLines.size() > 2700, "CLI wrote " + cliLines.size());
        assertTrue(cliRejects.size() >= 5, "CLI rejected " + cliRejects.size());

        int opensBefore = ClassifierHolder.opens();
        String parquet = tmp.resolve("spark-parquet").toString();
        String printed = sparkCli("classify", "--model", bundle.toString(), "--in", a.toString(), b.toString(),
                "--out", parquet, "--master", "local[2]");
        assertTrue(printed.contains("read " + (cliLines.size() + cliRejects.size()) + " records from 2 file(s): "
                + cliLines.size() + " written, " + cliRejects.size() + " rejected"), printed);

        SparkSession spark = SparkSession.builder().master("local[2]").appName("spark-matches-cli")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            int duplicates = assertSameRecords(cliLines, spark.read().parquet(parquet).collectAsList(), labels);
            assertTrue(duplicates >= 5, "the fixture's duplicates: " + duplicates);
            assertSameRejects(cliRejects, spark.read().parquet(parquet + ".rejects").collectAsList());

            String jsonl = tmp.resolve("spark-jsonl").toString();
            ClassifyJob.run(spark, new ClassifyJob.Settings(bundle, List.of(a.toString(), b.toString()), null, jsonl,
                    jsonl + ".rejects", ClassifyJob.Format.JSONL, 3, true)); // the bundle shipped (SparkFiles)
            assertEquals(cliLines, partLines(Path.of(jsonl)), "Spark's JSONL lines are the CLI's, in order");
            assertSameRejects(cliRejects, spark.read().json(jsonl + ".rejects").collectAsList());

            assertParquetInputReadAsJsonl(spark, tmp, bundle, a, cliLines);
        } finally {
            spark.stop();
        }
        assertEquals(opensBefore + 2, ClassifierHolder.opens(),
                "one classifier per JVM per bundle folder: the bundle in place (3 runs) and its shipped copy");
    }

    /** The same with the default bundle (embeddings, nearest labelled abstract) on about a hundred records. */
    @Test
    void sparkJobGivesTheCliAnswersWithTheDefaultModel(@TempDir Path tmp) throws Exception {
        Path bundle = Path.of("models/default");
        List<String> labels = LabelSet.read(bundle.resolve("labels.json")).names();
        Path a = tmp.resolve("a.jsonl");
        new SeedMix(SEED, labels).writeJsonl(a, 101);
        Path cliOut = tmp.resolve("cli.jsonl");
        cli("classify", a.toString(), "--model", bundle.toString(), "--out", cliOut.toString(), "--no-embedding-cache",
                "--threads", "2", "--quiet");
        List<String> cliLines = Files.readAllLines(cliOut, StandardCharsets.UTF_8);
        List<JsonNode> cliRejects = jsonLines(Files.readAllLines(Path.of(cliOut + ".rejects.jsonl")));

        SparkSession spark = SparkSession.builder().master("local[2]").appName("spark-matches-cli-default")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            String out = tmp.resolve("spark").toString();
            ClassifyJob.Summary summary = ClassifyJob.run(spark, new ClassifyJob.Settings(bundle, List.of(a.toString()), null,
                    out, out + ".rejects", ClassifyJob.Format.PARQUET, 2, false));
            assertEquals(cliLines.size(), summary.written());
            assertEquals(cliRejects.size(), summary.rejected());
            assertEquals(summary.read(), summary.written() + summary.rejected());
            assertSameRecords(cliLines, spark.read().parquet(out).collectAsList(), labels);
            assertSameRejects(cliRejects, spark.read().parquet(out + ".rejects").collectAsList());
        } finally {
            spark.stop();
        }
    }

    /**
     * A Parquet copy of the first 100 JSONL records (plus a row without text) read by Spark's
     * Parquet reader: the same labels and probabilities as the CLI gave the JSONL records, row
     * numbers as lines, and the textless row rejected as the JSONL reader rejects it.
     */
    static void assertParquetInputReadAsJsonl(SparkSession spark, Path tmp, Path bundle, Path jsonl, List<String> cliLines)
            throws IOException {
        List<String> head = new ArrayList<>(Files.readAllLines(jsonl, StandardCharsets.UTF_8).subList(0, 100));
        head.add("{\"id\":\"p-no-text\",\"title\":null,\"text\":null}");
        Path copy = tmp.resolve("head.jsonl");
        Files.write(copy, head, StandardCharsets.UTF_8);
        String parquetIn = tmp.resolve("head.parquet").toString();
        spark.read().schema("id STRING, doi STRING, title STRING, text STRING, label STRING").json(copy.toString())
                .coalesce(1).write().parquet(parquetIn);
        String out = tmp.resolve("from-parquet").toString();
        ClassifyJob.run(spark, new ClassifyJob.Settings(bundle, List.of(parquetIn), null, out, out + ".rejects",
                ClassifyJob.Format.JSONL, 2, false));
        Map<String, ClassifiedRecord> cliById = new HashMap<>();
        for (String line : cliLines) {
            ClassifiedRecord c = RESULTS.readValue(line, ClassifiedRecord.class);
            cliById.putIfAbsent(c.id(), c); // the first of a repeated id: the JSONL copy holds lines 1-100
        }
        List<String> lines = partLines(Path.of(out));
        assertEquals(100, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ClassifiedRecord s = RESULTS.readValue(lines.get(i), ClassifiedRecord.class);
            ClassifiedRecord c = cliById.get(s.id());
            assertEquals(c.label(), s.label(), s.id());
            for (String l : c.probabilities().keySet()) {
                assertEquals(c.probabilities().get(l), s.probabilities().get(l), TOLERANCE, s.id() + " " + l);
            }
            assertTrue(s.source().matches(".*head\\.parquet/part-[^:]+:" + (i + 1)), s.source());
        }
        List<Row> rejects = spark.read().json(out + ".rejects").collectAsList();
        assertEquals(1, rejects.size());
        assertEquals(101L, (Long) rejects.get(0).getAs("line"));
    }

    /** Each CLI record against the Parquet row of the same source: every column, doubles to 1e-9; returns the duplicates. */
    static int assertSameRecords(List<String> cliLines, List<Row> rows, List<String> labels) throws IOException {
        assertEquals(cliLines.size(), rows.size(), "records written");
        Map<String, Row> bySource = new HashMap<>();
        for (Row r : rows) {
            assertEquals(null, bySource.put(r.getAs("source"), r), "one row per source");
        }
        List<String> columns = List.of(ResultRows.schema(labels).fieldNames());
        int duplicates = 0;
        for (String line : cliLines) {
            ClassifiedRecord c = RESULTS.readValue(line, ClassifiedRecord.class);
            Row r = bySource.get(c.source());
            List<Object> expected = ResultRows.values(c, labels);
            for (int i = 0; i < columns.size(); i++) {
                Object e = expected.get(i);
                Object s = r.get(r.fieldIndex(columns.get(i)));
                if (e instanceof Double d) {
                    assertEquals(d, (Double) s, TOLERANCE, c.source() + " " + columns.get(i));
                } else {
                    assertEquals(e, s, c.source() + " " + columns.get(i));
                }
            }
            duplicates += c.duplicateOf() != null ? 1 : 0;
        }
        return duplicates;
    }

    static void assertSameRejects(List<JsonNode> cli, List<Row> spark) {
        List<String> expected = cli.stream().map(j -> j.get("file").asText() + ":" + j.get("line").asLong() + ": "
                + j.get("reason").asText()).toList();
        List<String> actual = spark.stream().map(r -> r.getAs("file") + ":" + r.getAs("line") + ": " + r.getAs("reason"))
                .toList();
        assertEquals(expected, actual);
    }

    /** The lines of a Spark output folder's part files, in part order. */
    static List<String> partLines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static List<JsonNode> jsonLines(List<String> lines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : lines) {
            out.add(SeedMix.parse(l));
        }
        return out;
    }

    static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.cli(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, code, () -> String.join(" ", args) + "\n" + out + err);
    }

    static String sparkCli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkMain.cli(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertEquals(0, code, () -> String.join(" ", args) + "\n" + out + err);
        return out.toString();
    }
}

package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.Corpora;
import org.stancemap.corpus.CsvWriter;
import org.stancemap.corpus.JsonlWriter;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.stance.LabelSet;

class LabelNextFileIT {
    private static final CsvMapper CSV = new CsvMapper();

    @TempDir
    Path dir;

    @Test
    void writesTheRankingWithTheInputTextsAndAnEmptyLabelColumn() throws IOException {
        SeedRun.ensure();
        Path out = dir.resolve("todo.csv");
        Cli.Run run = Cli.ok("label-next", "--results", SeedRun.UNLABELLED_RESULTS.toString(), "--n", "4", "--out", out.toString(),
                "--strategy", "margin");
        assertTrue(run.out().contains("4 abstracts to label written to"), run.out());

        List<Map<String, String>> rows = readCsv(out);
        assertEquals(LabelNextFile.COLUMNS, List.copyOf(rows.get(0).keySet()));
        List<LabellingQueue.Candidate> expected = LabellingQueue.rank(
                Results.read(List.of(SeedRun.UNLABELLED_RESULTS)).records(), LabellingQueue.Strategy.MARGIN, 4);
        assertEquals(expected.stream().map(c -> c.record().id()).toList(), rows.stream().map(r -> r.get("id")).toList());
        Map<String, AbstractRecord> seed = seedById();
        for (Map<String, String> row : rows) {
            assertEquals(seed.get(row.get("id")).text(), row.get("text"), "the abstract is joined from the input");
            assertEquals("", row.get("label"));
        }
        // read as a corpus: the records are there, unlabelled, with their text
        LoadedCorpus c = Corpora.load(List.of(out), null, LabelSet.read(Path.of("corpus", "labels.json")).names());
        assertEquals(4, c.records().size());
        assertTrue(c.rejects().isEmpty(), c.rejects().toString());
        assertTrue(c.records().stream().noneMatch(AbstractRecord::isLabelled));
    }

    @Test
    void theFilledFileRetrainsTheModelWithTheCorpus() throws IOException {
        // the first 8 seed records are the corpus; the other 7 come in as new, unlabelled data
        List<AbstractRecord> seed = new ArrayList<>(seedById().values());
        Path corpus = writeJsonl("corpus.jsonl", seed.subList(0, 8), true);
        Path fresh = writeJsonl("new.jsonl", seed.subList(8, 15), false);
        Path model = dir.resolve("model");
        Cli.ok("train", "--corpus", corpus.toString(), "--out", model.toString(), "--model", "tfidf-lr", "--cv", "none", "--analyzer", "fast", "-q");
        Path results = dir.resolve("new-classified.jsonl");
        Cli.ok("classify", fresh.toString(), "--model", model.toString(), "--out", results.toString(), "-q");
        Path todo = dir.resolve("todo.csv");
        Cli.Run next = Cli.ok("label-next", "--results", results.toString(), "--in", fresh.toString(), "--n", "7", "--out",
                todo.toString(), "--model", model.toString());
        // auto, and the model has no embedding model to find typical abstracts with: margins
        assertTrue(next.out().contains("(strategy margin)"), next.out() + next.err());

        // a person fills in the labels: here the codebook's gold labels (the unlabelled seed record stays empty)
        Map<String, AbstractRecord> gold = seedById();
        List<Map<String, String>> rows = readCsv(todo);
        assertEquals(7, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("strategy").equals("margin")), rows.toString());
        Path filled = dir.resolve("filled.csv");
        try (CsvWriter w = CsvWriter.create(filled, LabelNextFile.COLUMNS)) {
            for (Map<String, String> row : rows) {
                row.put("label", gold.get(row.get("id")).label());
                w.writeRow(row);
            }
            w.commit();
        }
        Cli.Run retrain = Cli.ok("train", "--corpus", corpus.toString(), filled.toString(), "--out", dir.resolve("retrained").toString(),
                "--model", "tfidf-lr", "--cv", "none", "--analyzer", "fast");
        assertTrue(retrain.out().contains("corpus: 15 records, 14 labelled in 13 works, 1 unlabelled"), retrain.out());
    }

    @Test
    void typicalPicksAreSpreadAcrossPredictedStancesAndSayWhy() throws IOException {
        SeedRun.ensure();
        Path out = dir.resolve("typical.csv");
        Cli.Run run = Cli.ok("label-next", "--results", SeedRun.UNLABELLED_RESULTS.toString(), "--n", "4", "--out", out.toString(),
                "--strategy", "typical", "--model", "models/default", "--cache-dir", dir.resolve("cache").toString());
        assertTrue(run.out().contains("(strategy typical)"), run.out());
        List<Map<String, String>> rows = readCsv(out);
        assertEquals(4, rows.size());
        assertEquals(4, rows.stream().map(r -> r.get("id")).distinct().count());
        long stancesInPool = Results.read(List.of(SeedRun.UNLABELLED_RESULTS)).records().stream()
                .filter(r -> r.duplicateOf() == null).map(ResultRecord::label).distinct().count();
        assertEquals(Math.min(4, stancesInPool), rows.stream().map(r -> r.get("predicted")).distinct().count(), rows.toString());
        for (Map<String, String> row : rows) {
            assertEquals("typical", row.get("strategy"));
            assertTrue(row.get("reason").startsWith("typical of a cluster of abstracts predicted " + row.get("predicted")),
                    row.get("reason"));
        }
        // auto with the default model (trained on 14 labelled records) is the cold-start strategy
        Path auto = dir.resolve("auto.csv");
        Cli.Run a = Cli.ok("label-next", "--results", SeedRun.UNLABELLED_RESULTS.toString(), "--n", "4", "--out", auto.toString(),
                "--cache-dir", dir.resolve("cache").toString());
        assertTrue(a.out().contains("(strategy typical)"), a.out());
        assertEquals(Files.readString(out), Files.readString(auto));
    }

    @Test
    void withoutInputsTheFilesNamedInTheResultsAreRead() throws IOException {
        SeedRun.ensure();
        Path out = dir.resolve("todo.csv");
        LabelNextFile.write(out, List.of(SeedRun.LABELLED_RESULTS), List.of(), null, 5, LabellingQueue.Strategy.ENTROPY);
        List<Map<String, String>> rows = readCsv(out);
        assertEquals(List.of("10.2139/ssrn.3832439"), rows.stream().map(r -> r.get("id")).toList());
        assertEquals(seedById().get("10.2139/ssrn.3832439").text(), rows.get(0).get("text"));
        assertTrue(rows.get(0).get("reason").startsWith("entropy "), rows.get(0).get("reason"));
    }

    @Test
    void aMissingInputIsNamedWithTheFix() throws IOException {
        SeedRun.ensure();
        Path results = dir.resolve("moved.jsonl");
        Files.writeString(results, Files.readString(SeedRun.UNLABELLED_RESULTS).replace(SeedRun.SEED_RDISCOVERY.toString(), "gone/x.txt"));
        Cli.Run r = Cli.run("label-next", "--results", results.toString(), "--out", dir.resolve("t.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("gone/x.txt: input file named in the results is not there") && r.err().contains("--in"), r.err());
    }

    private Path writeJsonl(String name, List<AbstractRecord> records, boolean labelled) throws IOException {
        Path p = dir.resolve(name);
        try (JsonlWriter<AbstractRecord> w = JsonlWriter.create(p)) {
            for (AbstractRecord r : records) {
                w.write(labelled ? r : r.withLabel(null));
            }
            w.commit();
        }
        return p;
    }

    static Map<String, AbstractRecord> seedById() throws IOException {
        LoadedCorpus c = Corpora.load(List.of(SeedRun.SEED_JSONL), null, LabelSet.read(Path.of("corpus", "labels.json")).names());
        return c.records().stream().collect(Collectors.toMap(AbstractRecord::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static List<Map<String, String>> readCsv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            List<Map<String, String>> rows = new ArrayList<>();
            it.forEachRemaining(m -> rows.add(new LinkedHashMap<>(m)));
            return rows;
        }
    }
}

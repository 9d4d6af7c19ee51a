package org.stancemap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.stancemap.classify.ResultSchema;
import org.stancemap.corpus.Json;

/**
 * Classify results read whole: the records of one or more JSONL files written by
 * {@code stancemap classify}, checked to share one label set. Immutable.
 *
 * @param files   the files read, in order
 * @param labels  the stance labels, in probability order
 * @param records the records, in file order then line order
 */
public record Results(List<String> files, List<String> labels, List<ResultRecord> records) {
    private static final ObjectReader READER = Json.lenientReader(ResultRecord.class);

    public Results {
        files = List.copyOf(files);
        labels = List.copyOf(labels);
        records = List.copyOf(records);
    }

    /**
     * Reads classify JSONL files; blank lines are skipped.
     *
     * @throws IOException naming the file and line of a line that is not JSON, lacks {@code id},
     *                     {@code label}, {@code confidence} or {@code probabilities}, or whose labels differ from the
     *                     first record's; or when no file holds a record
     */
    public static Results read(List<Path> files) throws IOException {
        List<ResultRecord> records = new ArrayList<>();
        List<String> labels = null;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": no such results file (expected the JSONL written by stancemap classify)");
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                long n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    ResultRecord r = parse(line, file + ":" + n);
                    List<String> own = List.copyOf(r.probabilities().keySet());
                    if (labels == null) {
                        labels = own;
                    } else if (!labels.equals(own)) {
                        throw new IOException(file + ":" + n + ": labels " + own + " differ from " + labels
                                + " of the first record (expected the results of one label set)");
                    }
                    records.add(r);
                }
            }
        }
        if (records.isEmpty()) {
            throw new IOException(files + ": no classified record (expected the JSONL written by stancemap classify)");
        }
        return new Results(files.stream().map(Path::toString).toList(), labels, records);
    }

    private static ResultRecord parse(String line, String where) throws IOException {
        ResultRecord r;
        try {
            r = READER.readValue(line);
        } catch (JsonProcessingException e) {
            throw new IOException(where + ": not a classify result: " + e.getOriginalMessage(), e);
        }
        if (r == null || r.id() == null || r.label() == null || r.confidence() == null || r.probabilities() == null
                || r.probabilities().isEmpty()) {
            throw new IOException(where + ": not a classify result (expected '" + ResultSchema.ID + "', '" + ResultSchema.LABEL
                    + "', '" + ResultSchema.CONFIDENCE + "' and '" + ResultSchema.PROBABILITIES + "')");
        }
        Map<String, Double> p = r.probabilities();
        if (!p.containsKey(r.label())) {
            throw new IOException(where + ": label '" + r.label() + "' is not among the probabilities " + p.keySet());
        }
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (e.getValue() == null || !(e.getValue() >= 0 && e.getValue() <= 1)) {
                throw new IOException(where + ": probability of '" + e.getKey() + "' is " + e.getValue()
                        + " (expected a number in [0, 1])");
            }
        }
        if (new LinkedHashSet<>(p.keySet()).size() < 2) {
            throw new IOException(where + ": expected probabilities for at least two labels, found " + p.keySet());
        }
        return r;
    }

    /** Records that are not duplicates of an earlier record (the ones every aggregate counts). */
    public List<ResultRecord> distinct() {
        return records.stream().filter(r -> r.duplicateOf() == null).toList();
    }
}

package org.stancemap.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stancemap.corpus.Json;

/**
 * Test fixture: pseudo-abstracts recombined from whole sentences of the real seed abstracts
 * (corpus/seed.jsonl) with a fixed seed, as bench/classify/make-input.py makes them, in one JSONL
 * and one CSV file, with the cases the duplicate stage and the rejects must handle mixed in:
 * exact and near (case, punctuation) text duplicates, a repeated DOI in another spelling, repeated
 * ids (also across files), an unknown label, records without text, a title-only record and a line
 * that is not JSON. Never used for training.
 */
final class SeedMix {

    private final List<String> sentences = new ArrayList<>();
    private final List<String> labels;
    private final Random rng = new Random(42);

    SeedMix(Path seed, List<String> labels) throws IOException {
        this.labels = labels;
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            for (String s : Json.mapper().readTree(line).get("text").asText().split("(?<=[.!?])\\s+")) {
                if (s.split("\\s+").length >= 5) {
                    sentences.add(s);
                }
            }
        }
    }

    /** 6-10 random seed sentences. */
    String text() {
        int k = 6 + rng.nextInt(5);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k; i++) {
            b.append(i == 0 ? "" : " ").append(sentences.get(rng.nextInt(sentences.size())));
        }
        return b.toString();
    }

    /** Writes {@code n} records and the special cases as JSONL; returns the texts written, in order. */
    List<String> writeJsonl(Path file, int n) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode o = Json.mapper().createObjectNode().put("id", "a-" + i);
            if (i % 7 == 0) {
                o.put("doi", "10.1234/mix." + i);
            }
            if (i % 11 == 0) {
                o.put("label", labels.get(i % labels.size()));
            }
            String text = text();
            texts.add(text);
            lines.add(o.put("text", text).toString());
            if (i == 100) {
                lines.add(obj("a-dup-text").put("text", texts.get(3)).toString());                          // same text
                lines.add(obj("a-dup-norm").put("text", texts.get(5).toUpperCase().replace(".", " ;")).toString()); // same normalised text
                lines.add(obj("a-dup-doi").put("doi", "https://doi.org/10.1234/MIX.14").put("text", text()).toString());
                lines.add(obj("a-7").put("text", text()).toString());                                       // repeated id
                lines.add(obj("a-bad-label").put("label", "no-such-stance").put("text", text()).toString());
                lines.add(obj("a-no-text").put("title", " ").toString());
                lines.add("{\"id\": \"a-broken\", \"text\": ");
                lines.add(obj("a-title-only").put("title", "Social credit systems and the rule of law").toString());
                lines.add(obj("a-no-letters").put("text", "12 ... 34").toString());
                lines.add(obj("a-no-letters-2").put("text", "?? 12 -- 34 !!").toString());
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return texts;
    }

    /** Writes {@code n} records as CSV, repeating a text and an id of {@code earlier} (the JSONL's texts). */
    void writeCsv(Path file, int n, List<String> earlier) throws IOException {
        List<String> lines = new ArrayList<>(List.of("id,doi,title,text,label"));
        for (int i = 0; i < n; i++) {
            lines.add(csv("b-" + i, i % 13 == 0 ? "doi:10.1234/mix." + (i * 7) : "", "", text(), ""));
            if (i == 50) {
                lines.add(csv("b-dup-a", "", "", earlier.get(10), ""));
                lines.add(csv("a-20", "", "A title", text(), labels.get(0)));
                lines.add(csv("b-bad-label", "", "", text(), "Nonsense"));
                lines.add(csv("b-empty", "", "", "", ""));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static ObjectNode obj(String id) {
        return Json.mapper().createObjectNode().put("id", id);
    }

    private static String csv(String... cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add("\"" + c.replace("\"", "\"\"") + "\"");
        }
        return String.join(",", out);
    }

    static JsonNode parse(String line) throws IOException {
        return Json.mapper().readTree(line);
    }
}

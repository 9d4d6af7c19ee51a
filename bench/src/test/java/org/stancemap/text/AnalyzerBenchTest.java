package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.text.AnalyzerSettings.Mode;

class AnalyzerBenchTest {

    @TempDir
    Path dir;

    @Test
    void measureCountsTextsAndTokensOnTwoThreads() throws Exception {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerSettings.defaults(Mode.FAST));
        List<String> texts = SeedSentences.ALL.subList(0, 4);
        long expectedTokens = 0;
        for (String t : texts) {
            expectedTokens += analyzer.tokens(t).size();
        }
        AnalyzerBench.Result r = AnalyzerBench.measure(analyzer, texts, 2);
        assertEquals(4, r.texts());
        assertEquals(expectedTokens, r.tokens());
        assertEquals(2, r.threads());
        assertTrue(r.seconds() > 0 && r.textsPerSecond() > 0);
    }

    @Test
    void readsTextsAndJsonl() throws Exception {
        // FIXTURE: hand-made, not real data
        Path lines = Files.writeString(dir.resolve("texts.txt"), "first text\n\n  \nsecond text\n", StandardCharsets.UTF_8);
        assertEquals(List.of("first text", "second text"), AnalyzerBench.readLines(lines));
        Path jsonl = Files.writeString(dir.resolve("seed.jsonl"),
                "{\"id\":\"a\",\"text\":\"fixture one\"}\n\n{\"id\":\"b\",\"text\":\"fixture two\"}\n", StandardCharsets.UTF_8);
        assertEquals(List.of("fixture one", "fixture two"), AnalyzerBench.readJsonl(jsonl));
    }

    @Test
    void jsonlWithoutTextNamesFileAndLine() throws Exception {
        // FIXTURE: hand-made, not real data
        Path jsonl = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"text\":\"fixture\"}\n{\"title\":\"no text\"}\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalyzerBench.readJsonl(jsonl));
        assertEquals(jsonl + ":2: no string field 'text' in the record", e.getMessage());
    }
}

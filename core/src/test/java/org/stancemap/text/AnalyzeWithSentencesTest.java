package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one-pass analysis gives exactly the tokens and sentences of the two separate calls. */
class AnalyzeWithSentencesTest {

    @ParameterizedTest
    @EnumSource(AnalyzerSettings.Mode.class)
    void onePassEqualsTwoPassesOnEverySeedAbstract(AnalyzerSettings.Mode mode) throws IOException {
        Analyzer analyzer = Analyzers.create(AnalyzerSettings.defaults(mode));
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (String line : Files.readAllLines(Path.of("corpus", "seed.jsonl"))) {
            String text = json.readTree(line).get("text").asText();
            Analysis a = analyzer.analyzeWithSentences(text);
            assertEquals(analyzer.analyze(text), a.tokens(), text);
            assertEquals(analyzer.sentences(text), a.sentences(), text);
            n++;
        }
        assertEquals(15, n);
        assertEquals(new Analysis(java.util.List.of(), java.util.List.of()), analyzer.analyzeWithSentences(" &nbsp; "));
    }
}

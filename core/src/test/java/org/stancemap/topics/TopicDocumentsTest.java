package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.corpus.Corpora;
import org.stancemap.corpus.InputFormat;
import org.stancemap.stance.LabelSet;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;
import org.stancemap.text.TokenSteps;

class TopicDocumentsTest {
    @TempDir
    Path tmp;

    @Test
    void aRepeatedIdIsSkippedAndNamed() throws IOException {
        Path file = tmp.resolve("c.jsonl");
        Files.writeString(file, """
                {"id":"a","text":"Social credit scores rate firms in 2019."}
                {"id":"b","text":"Courts enforce the blacklist of debtors."}
                {"id":"a","text":"A different text under a repeated id."}
                """);
        var records = Corpora.load(List.of(file), InputFormat.JSONL, LabelSet.bundled().names()).records();
        TopicDocuments d = TopicDocuments.of(records, Analyzers.create(AnalyzerSettings.defaults(AnalyzerSettings.Mode.QUICK)));
        assertEquals(List.of("a", "b"), d.docs().stream().map(TopicDocument::id).toList());
        assertEquals(List.of(records.get(0), records.get(1)), d.records());
        assertEquals(1, d.repeats().size());
        assertEquals(file + ":3: document id 'a' repeats " + file + ":1", d.repeats().get(0).message());
        assertEquals(false, d.docs().get(0).tokens().contains(TokenSteps.NUMBER_MASK), "numbers are left out");

        TopicDocuments unanalysed = TopicDocuments.of(records, null);
        assertEquals(List.of(List.of(), List.of()), unanalysed.docs().stream().map(TopicDocument::tokens).toList());
    }
}

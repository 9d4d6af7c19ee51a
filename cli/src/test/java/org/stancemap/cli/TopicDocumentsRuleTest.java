package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.corpus.InputFormat;
import org.stancemap.stance.LabelSet;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;
import org.stancemap.topics.TopicDocument;
import org.stancemap.train.TopicFit;

/** {@code topics train} and {@code train --k} build the same topic documents: a repeated id is skipped by both. */
class TopicDocumentsRuleTest {
    @TempDir
    Path tmp;

    @Test
    void topicsTrainAndTrainKSkipTheSameRepeatedId() throws IOException {
        Path file = tmp.resolve("c.jsonl");
        Files.writeString(file, """
                {"id":"a","text":"Social credit scores rate firms and banks by their credit records."}
                {"id":"b","text":"Courts enforce the blacklist of debtors and the credit records of firms."}
                {"id":"c","text":"Banks share credit records of firms with the courts and the blacklist."}
                {"id":"a","text":"A repeated id: surveillance of citizens by cameras and scores."}
                {"id":"d","text":"Local pilots score citizens, and courts publish the blacklist of debtors."}
                """);
        AnalyzerSettings settings = AnalyzerSettings.defaults(AnalyzerSettings.Mode.QUICK);
        StringWriter topicsErr = new StringWriter();
        List<TopicDocument> topicsTrain = TopicsCommand.documents(List.of(file), InputFormat.JSONL, LabelSet.bundled(),
                settings, false, new PrintWriter(topicsErr, true)).docs();
        var loaded = LabelledCorpus.load(List.of(file), InputFormat.JSONL, LabelSet.bundled(), false,
                new PrintWriter(new StringWriter()));
        TopicFit fit = TopicFit.fit(loaded.records(), Analyzers.create(settings), 2, 20, 42);
        StringWriter trainErr = new StringWriter();
        TopicTraining.print(fit, new PrintWriter(new StringWriter()), new PrintWriter(trainErr, true));

        assertEquals(List.of("a", "b", "c", "d"), topicsTrain.stream().map(TopicDocument::id).toList());
        assertEquals(topicsTrain, fit.documents().docs());
        String skipped = "stancemap: skipped " + file + ":4: document id 'a' repeats " + file + ":1";
        assertTrue(topicsErr.toString().contains(skipped), topicsErr.toString());
        assertTrue(trainErr.toString().contains(skipped), trainErr.toString());
    }
}

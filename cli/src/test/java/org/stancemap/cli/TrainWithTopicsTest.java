package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --topics DIR} takes a topic model made by {@code topics train}, analysed the same way. */
class TrainWithTopicsTest {
    @TempDir
    static Path tmp;
    static Path topics;

    @BeforeAll
    static void trainTopics() {
        topics = tmp.resolve("topics");
        CliRunner.Run r = CliRunner.run("topics", "train", "--corpus", "corpus/seed.jsonl", "--k", "3", "--iterations", "50",
                "--out", topics.toString(), "--analyzer", "fast", "--quiet");
        assertEquals(0, r.code(), r.toString());
    }

    @Test
    void aTopicModelAnalysedLikeTheStanceModelGoesIntoTheBundle() {
        Path bundle = tmp.resolve("bundle");
        CliRunner.Run r = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", bundle.toString(), "--model",
                "tfidf-lr", "--cv", "none", "--topics", topics.toString(), "--analyzer", "fast");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.exists(bundle.resolve("topic-model.json")));
    }

    @Test
    void aTopicModelAnalysedDifferentlyIsRefused() {
        Path bundle = tmp.resolve("refused");
        CliRunner.Run r = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", bundle.toString(), "--model",
                "tfidf-lr", "--cv", "none", "--topics", topics.toString(), "--analyzer", "accurate");
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains(topics.toString()) && r.err().contains("--analyzer"), r.err());
        assertFalse(Files.exists(bundle));
    }

    @Test
    void kAndTopicsTogetherAreAUsageError() {
        CliRunner.Run r = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", tmp.resolve("x").toString(),
                "--k", "3", "--topics", topics.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    }
}

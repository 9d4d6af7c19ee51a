package org.stancemap.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed corpus run through the real command line once per test JVM: a {@code tfidf-lr} bundle
 * trained on all labelled seed records (fast analyzer, no cross-validation), and its classify output
 * for {@code corpus/seed.jsonl} (records carry gold labels) and for the R Discovery export of the same
 * 15 abstracts (no labels, as new data would come). Files live under {@code target/report-seed/}.
 */
final class SeedRun {
    static final Path SEED_JSONL = Path.of("corpus", "seed.jsonl");
    static final Path SEED_RDISCOVERY = Path.of("corpus", "seed-rdiscovery-000_6683469129a847d7.txt");
    static final Path DIR = Path.of("target", "report-seed");
    static final Path BUNDLE = DIR.resolve("model");
    /** Classify output of {@link #SEED_JSONL}: 15 records, 14 with gold labels. */
    static final Path LABELLED_RESULTS = DIR.resolve("seed-classified.jsonl");
    /** Classify output of {@link #SEED_RDISCOVERY}: the same 15 abstracts without labels. */
    static final Path UNLABELLED_RESULTS = DIR.resolve("rdiscovery-classified.jsonl");

    private static boolean done;

    private SeedRun() {}

    /** Trains and classifies on first call; later calls return at once. */
    static synchronized void ensure() throws IOException {
        if (done) {
            return;
        }
        Files.createDirectories(DIR);
        Cli.ok("train", "--corpus", SEED_JSONL.toString(), "--out", BUNDLE.toString(), "--model", "tfidf-lr", "--cv", "none", "--analyzer", "fast",
                "--force", "-q");
        Cli.ok("classify", SEED_JSONL.toString(), "--model", BUNDLE.toString(), "--out", LABELLED_RESULTS.toString(), "-q");
        Cli.ok("classify", SEED_RDISCOVERY.toString(), "--model", BUNDLE.toString(), "--out", UNLABELLED_RESULTS.toString(),
                "-q");
        done = true;
    }
}

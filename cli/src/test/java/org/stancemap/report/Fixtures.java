package org.stancemap.report;

import java.nio.file.Path;

/** Paths of the hand-made fixtures under {@code cli/src/test/resources/report/} (see the README there). */
final class Fixtures {
    static final Path TOPICS = Path.of("cli", "src", "test", "resources", "report", "results-with-topics.jsonl");

    private Fixtures() {}
}

package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.logging.Redwood;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.text.AnalyzerSettings.Mode;

class CoreNlpLoggingTest {

    private static Redwood.Record record(Object... channels) {
        return new Redwood.Record("message", channels, 0, 0L) {
        };
    }

    @Test
    void onlyWarningsAndErrorsPass() {
        CoreNlpLogging.WarningsOnly filter = new CoreNlpLogging.WarningsOnly();
        assertEquals(List.of(), filter.handle(record(CoreNlpLoggingTest.class))); // info: "Adding annotator ..."
        assertEquals(List.of(), filter.handle(record(CoreNlpLoggingTest.class, Redwood.DBG)));
        assertEquals(1, filter.handle(record(CoreNlpLoggingTest.class, Redwood.WARN)).size());
        assertEquals(1, filter.handle(record(Redwood.ERR, CoreNlpLoggingTest.class)).size());
    }

    @Test
    void buildingAndAnalysingPrintNothingOnStderr() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CoreNlpLogging.quiet();
            // Control: a CoreNLP warning still reaches stderr, so the capture works.
            Redwood.channels(CoreNlpLoggingTest.class).warn("control warning");
            assertTrue(captured.toString(StandardCharsets.UTF_8).contains("control warning"),
                    () -> "stderr capture did not see the control warning: " + captured);
            captured.reset();

            CoreNlpPipelines.build(Mode.FAST);
            // U+E000 makes PTBLexer warn "Untokenizable" unless untokenizable=noneKeep.
            CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerSettings.defaults(Mode.FAST));
            assertEquals(List.of("private", "use"), analyzer.analyze("private \uE000 use \u20E3"));
            analyzer.sentences("One \uE000. Two.");
        } finally {
            System.setErr(original);
        }
        assertFalse(captured.size() > 0, () -> "CoreNLP wrote to stderr: " + captured.toString(StandardCharsets.UTF_8));
    }
}

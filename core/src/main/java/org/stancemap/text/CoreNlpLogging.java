package org.stancemap.text;

import edu.stanford.nlp.util.logging.LogRecordHandler;
import edu.stanford.nlp.util.logging.Redwood;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;

/**
 * Keeps CoreNLP quiet: its Redwood logger announces every annotator it adds and every model it
 * loads at INFO. Only warnings and errors are passed on, to slf4j (and so to whatever binding the
 * application configured). Thread-safe; the configuration is applied once per JVM.
 */
final class CoreNlpLogging {

    private static volatile boolean applied;

    private CoreNlpLogging() {
    }

    /**
     * Replaces Redwood's handlers with "warnings and errors only, to slf4j". Redwood's configuration
     * is global, so this also quiets any other CoreNLP user in the same JVM; nothing else in this
     * project uses CoreNLP.
     */
    static void quiet() {
        if (applied) {
            return;
        }
        synchronized (CoreNlpLogging.class) {
            if (!applied) {
                RedwoodConfiguration.current().clear()
                        .handlers(RedwoodConfiguration.Handlers.chain(new WarningsOnly(), RedwoodConfiguration.Handlers.slf4j))
                        .apply();
                applied = true;
            }
        }
    }

    /** Passes a record on only if it was logged on Redwood's warning or error channel. */
    static final class WarningsOnly extends LogRecordHandler {
        @Override
        public List<Redwood.Record> handle(Redwood.Record record) {
            for (Object channel : record.channels()) {
                if (channel == Redwood.WARN || channel == Redwood.ERR) {
                    return List.of(record);
                }
            }
            return EMPTY;
        }
    }
}

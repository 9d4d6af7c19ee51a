package org.stancemap.corpus;

import java.io.IOException;

/**
 * An input file that cannot be read in its format at all, such as a CSV file without a text column.
 * Problems with single records are {@link Reject}s instead; this is for the whole file. The message
 * names the file and what was expected.
 */
public class CorpusFormatException extends IOException {
    public CorpusFormatException(String message) {
        super(message);
    }
}

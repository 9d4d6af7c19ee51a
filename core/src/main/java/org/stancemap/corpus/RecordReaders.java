package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the right {@link RecordSource} for an input: a file, or standard input named {@code -}.
 * Every input goes through {@link InputBytes} (gzip, UTF-16 and Latin-1 are undone whatever the
 * file is called), its format is the one given or else {@link FormatSniffer}'s, and every source
 * is wrapped in a {@link CleaningSource}, so that all formats share one set of cleaning rules.
 * Conversions are logged as a warning naming the input. Stateless and thread-safe, apart from the
 * per-thread {@link ReadOptions#current()} defaults.
 */
public final class RecordReaders {

    private static final Logger LOG = LoggerFactory.getLogger(RecordReaders.class);

    private RecordReaders() {}

    /**
     * Opens {@code file} ({@code -}: standard input) as {@code format}, or as the format
     * {@link FormatSniffer} finds when {@code format} is null, with {@link ReadOptions#current()}.
     * The source's name is the path as given.
     *
     * @throws CorpusFormatException when the format cannot be told, or the file cannot be read in its
     *                               format (e.g. a CSV header without a text column)
     * @throws IOException           when the file cannot be opened
     */
    public static RecordSource open(Path file, InputFormat format) throws IOException {
        return open(file, format, ReadOptions.current());
    }

    /**
     * The format {@code file} is read as when none is given ({@link FormatSniffer}, on the decoded
     * content), or null for standard input, which can be read only once.
     *
     * @throws CorpusFormatException when the format cannot be told
     */
    public static InputFormat detect(Path file) throws IOException {
        if (InputBytes.isStdin(file)) {
            return null;
        }
        try (InputStream in = InputBytes.open(file).in()) {
            return FormatSniffer.sniff(file.toString(), InputBytes.peek((java.io.BufferedInputStream) in, InputBytes.HEAD));
        }
    }

    /**
     * What the start of {@code file}, decoded as every reader decodes it, suggests when it is not
     * valid input of {@code format}; empty for standard input or a start that looks right.
     */
    public static java.util.Optional<InputDiagnosis> diagnose(Path file, InputFormat format) throws IOException {
        if (InputBytes.isStdin(file)) {
            return java.util.Optional.empty();
        }
        try (InputStream in = InputBytes.open(file).in()) {
            byte[] head = InputBytes.peek((java.io.BufferedInputStream) in, InputDiagnosis.HEAD);
            return InputDiagnosis.examine(head, head.length, format);
        }
    }

    /** As {@link #open(Path, InputFormat)}, with {@code options}. */
    public static RecordSource open(Path file, InputFormat format, ReadOptions options) throws IOException {
        return open(InputBytes.open(file), file.toString(), format, options);
    }

    /**
     * Reads {@code in} as {@code format}, or as the format found from {@code name}'s extension and the
     * content when {@code format} is null; the source closes {@code in}, also when this method throws.
     * {@code name} is used in every {@link SourceRef} and {@link Reject}.
     */
    public static RecordSource open(InputStream in, String name, InputFormat format) throws IOException {
        return open(InputBytes.open(in), name, format, ReadOptions.current());
    }

    private static RecordSource open(InputBytes.Opened opened, String name, InputFormat format, ReadOptions options)
            throws IOException {
        InputStream in = opened.in();
        try {
            InputFormat f = format != null ? format : FormatSniffer.sniff(name, InputBytes.peek(opened.in(), InputBytes.HEAD));
            if (opened.note() != null) {
                LOG.warn("{}: {}", name, opened.note());
            }
            return new CleaningSource(switch (f) {
                case RDISCOVERY -> new RDiscoveryReader(in, name);
                case JSONL -> new JsonlReader(in, name);
                case CSV -> new CsvReader(in, name, options.delimiter() != null ? options.delimiter()
                        : CsvReader.sniffDelimiter(InputBytes.peek(opened.in(), InputBytes.HEAD)));
                case RIS -> new RisReader(in, name);
                case BIBTEX -> new BibtexReader(in, name);
                case MEDLINE -> new MedlineReader(in, name);
                case CSLJSON -> new CslJsonReader(in, name);
                case ENDNOTE_XML -> new EndnoteXmlReader(in, name);
                case OPENALEX -> new OpenAlexReader(in, name);
                case WOS -> WosTabReader.isTabDelimited(InputBytes.peek(opened.in(), 4096))
                        ? new WosTabReader(in, name) : new WosPlainReader(in, name);
            });
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}

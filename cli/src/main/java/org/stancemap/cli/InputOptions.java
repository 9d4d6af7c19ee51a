package org.stancemap.cli;

import org.stancemap.corpus.InputFormat;
import picocli.CommandLine.Option;

/** The input-format option shared by the commands that read records. */
final class InputOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Input format: rdiscovery, jsonl, csv, ris, bibtex, openalex, wos, medline, csljson or endnote-xml (default: from each file's content and extension).")
    String format;

    /** The format named by {@code --format}, or null to tell it from each file's content and extension. */
    InputFormat format() {
        return format == null ? null : InputFormat.parse(format);
    }
}

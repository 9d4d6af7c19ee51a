package org.stancemap.corpus;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The input formats that {@link RecordReaders} can read, with their file extensions. An extension
 * is only a hint: {@link FormatSniffer} reads the start of a file to tell formats that share one
 * ({@code .txt}) and files without one.
 */
public enum InputFormat {
    /** The R Discovery page text export ({@link RDiscoveryReader}). */
    RDISCOVERY("rdiscovery", List.of(".txt")),
    /** One JSON object per line ({@link JsonlReader}). */
    JSONL("jsonl", List.of(".jsonl", ".ndjson")),
    /** Values with a header row, separated by commas, semicolons or tabs ({@link CsvReader}), Scopus CSV included. */
    CSV("csv", List.of(".csv", ".tsv")),
    /** RIS ({@link RisReader}): Zotero, EndNote, Mendeley, Scopus, Web of Science, Embase, IEEE. */
    RIS("ris", List.of(".ris")),
    /** BibTeX and BibLaTeX ({@link BibtexReader}). */
    BIBTEX("bibtex", List.of(".bib", ".bibtex", ".biblatex")),
    /** OpenAlex works: one work, a {@code /works} results page, or snapshot lines ({@link OpenAlexReader}). */
    OPENALEX("openalex", List.of(".json")),
    /** Web of Science plain text ({@link WosPlainReader}) or tab-delimited ({@link WosTabReader}) export. */
    WOS("wos", List.of(".ciw")),
    /** PubMed's MEDLINE format ({@link MedlineReader}). */
    MEDLINE("medline", List.of(".nbib", ".medline")),
    /** CSL-JSON items, as Zotero, Mendeley and Crossref export them ({@link CslJsonReader}). */
    CSLJSON("csljson", List.of(".csl.json", ".csljson")),
    /** EndNote's XML export ({@link EndnoteXmlReader}). */
    ENDNOTE_XML("endnote-xml", List.of(".xml"));

    private final String id;
    private final List<String> extensions;

    InputFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The name used by the {@code --format} option, e.g. {@code jsonl}. */
    public String id() {
        return id;
    }

    /** File extensions of this format, lowercase, with the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format of {@code file}, from its extension (case-insensitive).
     *
     * @throws IllegalArgumentException naming the file and the known extensions when none matches
     */
    public static InputFormat fromPath(Path file) {
        Path name = file.getFileName();
        InputFormat known = byExtension(name == null ? "" : name.toString());
        if (known != null) {
            return known;
        }
        throw new IllegalArgumentException("Cannot tell the format of " + file + " from its extension (known: "
                + Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "))
                + "); name it with --format " + ids());
    }

    /**
     * The format named {@code s} (an {@link #id()} such as {@code jsonl}; case and surrounding
     * space ignored).
     *
     * @throws IllegalArgumentException naming the value and the known names
     */
    public static InputFormat parse(String s) {
        String key = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.id.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Invalid input format: '" + s + "' (expected " + ids() + ")");
    }

    /** The format whose extension ends {@code fileName} (a {@code .gz} suffix is looked through), or null. */
    static InputFormat byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        InputFormat best = null;
        int longest = 0;
        for (InputFormat f : values()) {
            for (String ext : f.extensions) {
                if (lower.endsWith(ext) && ext.length() > longest) {
                    best = f; // the longest match: .csl.json is CSL-JSON, not OpenAlex's .json
                    longest = ext.length();
                }
            }
        }
        return best;
    }

    static String ids() {
        return Arrays.stream(values()).map(InputFormat::id).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return id;
    }
}

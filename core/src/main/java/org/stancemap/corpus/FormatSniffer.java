package org.stancemap.corpus;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Tells an input's format from the start of its content, with the file name's extension as a
 * hint. Content wins where it is unmistakable, so a {@code .txt} file can be R Discovery, RIS, Web
 * of Science plain text or tab-delimited, and a {@code .jsonl} file of OpenAlex works reads as
 * OpenAlex, and JSON items with CSL fields ({@code issued}, {@code container-title}) as CSL-JSON.
 * XML other than EndNote's is refused with a message saying so. Stateless and thread-safe.
 */
final class FormatSniffer {

    private static final Pattern RIS = Pattern.compile("(?m)^[\\s\\uFEFF]*TY {1,2}- ");
    private static final Pattern WOS_PLAIN = Pattern.compile("^(?:FN |VR |PT [A-Z]\\b)");
    private static final Pattern WOS_TAB = Pattern.compile("^PT\\t(?:[A-Z][A-Z0-9]\\t)+");
    private static final Pattern BIBTEX = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");
    private static final Pattern MEDLINE = Pattern.compile("(?m)^PMID- ");
    private static final Pattern RDISCOVERY = Pattern.compile("(?m)^\\s*- 10\\.\\d{4,9}/");
    private static final Pattern CSV_HEADER = Pattern.compile(
            "(?i)^[^\\n]*(?:^|[,;\\t\"])\\s*\"?(?:abstract|text)\"?\\s*(?:[,;\\t\"]|$)[^\\n]*");

    private FormatSniffer() {}

    /**
     * The format of the input named {@code name} whose first bytes are {@code head}.
     *
     * @throws CorpusFormatException naming the input when the format is not one this project reads
     *                               or cannot be told
     */
    static InputFormat sniff(String name, byte[] head) throws CorpusFormatException {
        InputFormat byName = InputFormat.byExtension(name);
        String text = new String(head, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        String start = text.replaceFirst("^[\\s\\uFEFF]+", "");
        String firstLine = start.lines().findFirst().orElse("");
        if (start.isEmpty()) {
            if (byName != null) {
                return byName;
            }
            throw new CorpusFormatException(name + ": empty input; cannot tell its format (name it with --format "
                    + InputFormat.ids() + ")");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(name, start, byName);
        }
        if (start.startsWith("<")) {
            if (start.contains("<records>")) {
                return InputFormat.ENDNOTE_XML;
            }
            throw unsupported(name, "XML other than EndNote's", "export RIS from the reference manager instead");
        }
        if (WOS_TAB.matcher(firstLine).find() || WOS_PLAIN.matcher(firstLine).find()) {
            return InputFormat.WOS;
        }
        if (RIS.matcher(text).find()) {
            return InputFormat.RIS;
        }
        if (MEDLINE.matcher(text).find()) {
            return InputFormat.MEDLINE;
        }
        if (BIBTEX.matcher(text).find()) {
            return InputFormat.BIBTEX;
        }
        if (byName == InputFormat.CSV || CSV_HEADER.matcher(firstLine).matches()) {
            return InputFormat.CSV;
        }
        if (RDISCOVERY.matcher(text).find()) {
            return InputFormat.RDISCOVERY;
        }
        if (byName != null) {
            return byName;
        }
        throw new CorpusFormatException(name + ": cannot tell the format from the extension or the content (it starts '"
                + LookaheadSource.cut(firstLine.length() > 80 ? firstLine.substring(0, 80) : firstLine)
                + "'); name it with --format " + InputFormat.ids());
    }

    private static InputFormat json(String name, String start, InputFormat byName) throws CorpusFormatException {
        if (start.contains("\"abstract_inverted_index\"") || start.contains("\"https://openalex.org/W")) {
            return InputFormat.OPENALEX;
        }
        if (byName == InputFormat.CSLJSON || start.contains("\"container-title\"") || start.contains("\"issued\"")
                || start.contains("\"citation-key\"")) {
            return InputFormat.CSLJSON;
        }
        if (byName == InputFormat.OPENALEX) {
            return InputFormat.OPENALEX;
        }
        return InputFormat.JSONL;
    }

    private static CorpusFormatException unsupported(String name, String what, String instead) {
        return new CorpusFormatException(name + ": this looks like " + what + ", which stancemap does not read yet; "
                + instead + " (formats read: --format " + InputFormat.ids() + ")");
    }
}

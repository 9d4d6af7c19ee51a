package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads BibTeX and BibLaTeX through jbibtex: every entry other than {@code @string},
 * {@code @preamble} and {@code @comment} is a record, duplicate keys included. {@code @string}
 * macros are expanded (and {@code #} concatenation); an undefined macro reads as its name. Field
 * values become Unicode ({@link LatexText}). Fields: abstract {@code abstract}; title
 * {@code title}; DOI {@code doi}; date {@code date}, else {@code year}; venue {@code journal},
 * {@code journaltitle}, {@code booktitle}; citations {@code times-cited} (Web of Science), else a
 * {@code note} {@code cited By n} (Scopus); type the entry type; id the citation key. The input is
 * read whole (bibliographies are small) and cut into blocks at lines starting with {@code @}, each
 * parsed on its own, so that a syntax error costs one entry: it is {@link Ingested.Rejected} with
 * jbibtex's message. Free text between entries is a comment, as in BibTeX. A key with space before
 * it or characters jbibtex's lexer refuses (Web of Science's {@code { ISI:...}}, Scopus's
 * {@code D’Aniello2016}) is read, and kept as written in the record's id. {@link SourceRef#line()}
 * is the line of the entry's {@code @}. Not thread-safe.
 */
public final class BibtexReader extends LookaheadSource {

    private static final Pattern CITED_BY = Pattern.compile("(?i)cited By (\\d+)");
    private static final Pattern ENTRY_START = Pattern.compile("(?m)^[ \\t]*@[ \\t]*[A-Za-z]+[ \\t]*[{(]");
    private static final Pattern HEAD = Pattern.compile("\\s*@\\s*([A-Za-z]+)\\s*\\{\\s*([^,{}\\s][^,{}]*?)\\s*,");
    private static final Pattern SAFE_KEY = Pattern.compile("[^\\x21-\\x7E]|[\"#%'(),={}]");
    private static final Pattern ODD_FIELD = Pattern.compile("(?m)^(\\s*)([A-Za-z][\\w\\-.:]*\\([\\w\\-.:()]*)(\\s*=)");
    private static final java.util.Set<String> SPECIAL = java.util.Set.of("string", "preamble", "comment");

    private final Deque<Ingested> items = new ArrayDeque<>();
    private final LatexText latex = new LatexText();
    private final InputStream in;

    /** Reads all of {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public BibtexReader(InputStream in, String name) throws IOException {
        super(name);
        this.in = in;
        byte[] bytes = in.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)
                && !java.util.Arrays.equals(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), bytes)) {
            items.add(new Ingested.Rejected(new Reject(name, firstInvalidLine(bytes),
                    RisReader.invalidUtf8(firstInvalidLine(bytes)) + "; the entries there read with replacement characters", "")));
        }
        parse(text);
    }

    private void parse(String text) {
        BibTeXParser parser = newParser();
        Matcher at = ENTRY_START.matcher(text);
        int from = -1;
        long line = 1;
        int lineAt = 0;
        while (true) {
            boolean found = at.find();
            int next = found ? at.start() : text.length();
            if (from >= 0) {
                line += count(text, lineAt, from);
                lineAt = from;
                parseEntry(parser, text.substring(from, next), line);
            }
            if (!found) {
                return;
            }
            from = at.start();
        }
    }

    /** Parses the text of one {@code @...} block, ignoring free text after its closing brace. */
    private void parseEntry(BibTeXParser parser, String block, long line) {
        Matcher head = HEAD.matcher(block);
        String key = null;
        String entry = block.substring(0, endOf(block));
        if (head.lookingAt()) {
            key = head.group(2).strip();
            // jbibtex's lexer refuses space before a key and non-ASCII in it (Web of Science, Scopus)
            entry = "@" + head.group(1) + "{" + SAFE_KEY.matcher(key).replaceAll("_") + "," + entry.substring(head.end());
        }
        if (entry.indexOf('(') >= 0) {
            // and parentheses in field names (Web of Science's Usage-Count-(Last-180-days))
            entry = ODD_FIELD.matcher(entry).replaceAll(m -> m.group(1) + m.group(2).replaceAll("[()]", "-") + m.group(3));
        }
        BibTeXDatabase db;
        try {
            db = parser.parse(new StringReader(entry));
        } catch (ParseException | RuntimeException e) {
            String type = head.lookingAt() ? head.group(1).toLowerCase(Locale.ROOT) : "";
            if (!SPECIAL.contains(type)) {
                items.add(new Ingested.Rejected(new Reject(name(), line, "BibTeX syntax error: "
                        + String.valueOf(e.getMessage()).strip(), cut(block))));
            }
            return;
        }
        for (BibTeXObject o : db.getObjects()) {
            if (o instanceof BibTeXString s) {
                parser.addMacro(s);
            } else if (o instanceof BibTeXEntry e) {
                items.add(toItem(e, key != null ? key : e.getKey().getValue(), line));
            }
        }
    }

    private static BibTeXParser newParser() {
        try {
            return new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // an undefined macro keeps its name (BibTeX warns and goes on, too)
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // crossref targets may live in another file
                }
            };
        } catch (ParseException | TokenMgrException e) {
            throw new IllegalStateException("jbibtex's parser did not start", e);
        }
    }

    /** The end of the block's first balanced brace group (the whole block when there is none). */
    private static int endOf(String block) {
        int open = block.indexOf('{');
        if (open < 0 || block.indexOf('(') >= 0 && block.indexOf('(') < open) {
            return block.length();
        }
        int depth = 0;
        for (int i = open; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return block.length();
    }

    private static long count(String text, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private Ingested toItem(BibTeXEntry e, String key, long line) {
        RecordDraft d = new RecordDraft();
        d.set(RecordDraft.Field.ID, key);
        d.set(RecordDraft.Field.TYPE, e.getType().getValue().toLowerCase(Locale.ROOT));
        d.set(RecordDraft.Field.TITLE, field(e, "title"));
        d.set(RecordDraft.Field.ABSTRACT, field(e, "abstract"));
        d.set(RecordDraft.Field.DOI, field(e, "doi"));
        d.set(RecordDraft.Field.PUBLISHED, field(e, "date"));
        d.set(RecordDraft.Field.PUBLISHED, field(e, "year"));
        for (String venue : new String[] {"journal", "journaltitle", "booktitle"}) {
            d.set(RecordDraft.Field.VENUE, field(e, venue));
        }
        d.set(RecordDraft.Field.CITATIONS, field(e, "times-cited"));
        String note = field(e, "note");
        Matcher m = note == null ? null : CITED_BY.matcher(note);
        if (m != null && m.find()) {
            d.set(RecordDraft.Field.CITATIONS, m.group(1));
        }
        return d.toIngested(name(), line, "@" + e.getType().getValue() + "{" + key + ", ...}");
    }

    private String field(BibTeXEntry e, String key) {
        Value v = e.getField(new Key(key));
        if (v == null) {
            return null;
        }
        String s;
        try {
            s = v.toUserString();
        } catch (RuntimeException ex) {
            return null; // an unresolved macro inside a concatenation
        }
        return latex.plain(s);
    }

    private static long firstInvalidLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        long line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
                } catch (java.nio.charset.CharacterCodingException ex) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    @Override
    Ingested readNext() {
        return items.poll();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

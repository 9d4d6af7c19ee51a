package org.stancemap.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Cleans the abstract and title text that exports carry around the words themselves. The one place
 * where this happens: {@link CleaningSource} applies it to every reader's records. In this order:
 * <ol>
 *   <li>HTML, JATS and MathML tags ({@code <jats:p>}, {@code <p>}, {@code <i>}, {@code <sub>},
 *       {@code <mml:math>}...) are removed, block tags leaving a space; a {@code <} that does not
 *       open a known tag (as in {@code p < 0.05}) stays;</li>
 *   <li>HTML entities are decoded ({@code &amp;}, {@code &lt;}, {@code &#946;});</li>
 *   <li>zero-width characters and soft hyphens are removed;</li>
 *   <li>database notes {@code [ABSTRACT FROM AUTHOR]} (and {@code FROM PUBLISHER}) are removed;</li>
 *   <li>a leading label {@code Abstract}/{@code ABSTRACT} is removed when a colon, period, dash,
 *       line break or a capitalised word follows it ({@code Abstract reasoning ...} stays);</li>
 *   <li>a publisher's copyright statement is removed: at the end, from a sentence starting with
 *       {@code ©}, {@code (C) 2020}, {@code Copyright ©/(C)/2020/of} when at most 700 characters
 *       follow (licence statements included); at the start, from such a mark through the end of
 *       the sentence holding the last mark of the first 300 characters;</li>
 *   <li>when anything was removed, runs of white space become one space.</li>
 * </ol>
 * Text that is unchanged by these rules is returned as the same string. What is left is a
 * placeholder ({@link #isPlaceholder(String)}) or empty: {@link #clean(String)} then returns null,
 * meaning "no abstract". Stateless and thread-safe.
 */
public final class AbstractCleaner {

    private static final String BLOCK = "p|br|div|li|ul|ol|h[1-6]|title|sec|section|tr|td|th|table|blockquote|hr"
            + "|list|list-item|label|abstract|para";
    private static final String INLINE = "i|b|em|strong|sub|sup|u|span|a|sc|small|big|tt|font|italic|bold|"
            + "inline-formula|ext-link|xref|underline|monospace|strike|s|mark|cite|q|abbr|code|math|mi|mo|mn|mrow";
    private static final Pattern TAG = Pattern.compile(
            "</?(?:([a-z][\\w.-]*):)?([a-z][\\w.-]*)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_NAME = Pattern.compile(BLOCK, Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_NAME = Pattern.compile(INLINE, Pattern.CASE_INSENSITIVE);
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern DATABASE_NOTE = Pattern.compile("\\[(?:ABSTRACT|Abstract) FROM (?:AUTHOR|PUBLISHER)\\]");
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:ABSTRACT|Abstract)(?:\\s*[:.\\-\\u2013\\u2014]\\s*|\\s*\\n\\s*|\\s+(?=\\p{Lu})|\\s*$)");
    private static final Pattern COPYRIGHT_START = Pattern.compile(
            "(?:^|(?<=[.!?\\]])\\s+|\\n)\\s*(?:\\u00A9|\\([Cc]\\)\\s*(?:\\d{4}|Copyright)|Copyright\\s*(?:\\u00A9|\\([Cc]\\)|\\d{4}|of\\b)|Crown [Cc]opyright)");
    private static final Pattern LEADING_MARK = Pattern.compile(
            "^\\s*(?:\\u00A9|\\([Cc]\\)\\s*\\d{4}|Copyright\\s*(?:\\u00A9|\\([Cc]\\)|\\d{4}))");
    private static final Pattern LAST_MARK = Pattern.compile("(?s).*(\\u00A9|\\([Cc]\\)|Copyright|[Aa]ll rights reserved)");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s|\\p{Lu}|$)|\\n");
    private static final int MAX_LEADER = 300;
    private static final int MAX_TRAILER = 700;
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)\\[?\\s*(?:n/?a|none|nil|null|tbd|-+|\\.+|no abstract(?: is)? available|abstract not available"
                    + "|not available|no abstract|abstract|no abstract provided)\\s*[.!]?\\s*\\]?");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private AbstractCleaner() {}

    /** {@code s} cleaned by the rules above; null when {@code s} is null, or empty or a placeholder once cleaned. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = stripTags(s);
        t = t.indexOf('&') >= 0 ? StringEscapeUtils.unescapeHtml4(t).replace("&apos;", "'") : t; // &apos; is XML (JATS), not HTML 4
        t = withoutZeroWidth(t);
        t = t.indexOf(" FROM ") >= 0 ? DATABASE_NOTE.matcher(t).replaceAll("") : t;
        t = LABEL.matcher(t).replaceFirst("");
        t = dropLeadingCopyright(t);
        t = dropTrailingCopyright(t);
        if (!t.equals(s)) {
            t = WHITE.matcher(t).replaceAll(" ").strip();
        }
        return t.isBlank() || isPlaceholder(t) ? null : t;
    }

    /**
     * True when {@code s} stands for a missing abstract: {@code N/A}, {@code None},
     * {@code No abstract available}, {@code [No abstract available]}, {@code Abstract not available},
     * dashes or dots only (case and surrounding brackets ignored), or only white space and
     * zero-width characters.
     */
    public static boolean isPlaceholder(String s) {
        String t = withoutZeroWidth(s).strip();
        return t.isEmpty() || PLACEHOLDER.matcher(t).matches();
    }

    private static String stripTags(String s) {
        if (s.indexOf('<') < 0) {
            return s;
        }
        Matcher m = TAG.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(2);
            boolean prefixed = m.group(1) != null;
            if (BLOCK_NAME.matcher(name).matches()) {
                m.appendReplacement(out, " ");
            } else if (prefixed || INLINE_NAME.matcher(name).matches()) {
                m.appendReplacement(out, "");
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** From a leading mark, through the sentence holding the last mark of the first 300 characters. */
    private static String dropLeadingCopyright(String s) {
        if (!LEADING_MARK.matcher(s).lookingAt()) {
            return s;
        }
        Matcher last = LAST_MARK.matcher(s.substring(0, Math.min(s.length(), MAX_LEADER)));
        if (!last.lookingAt()) {
            return s;
        }
        Matcher end = SENTENCE_END.matcher(s);
        return end.find(last.end(1)) ? s.substring(end.end()) : "";
    }

    private static String dropTrailingCopyright(String s) {
        int from = Math.max(0, s.length() - MAX_TRAILER - 20);
        if (!hasCopyrightMark(s, from)) {
            return s; // every alternative of COPYRIGHT_START holds one of these marks after its start
        }
        Matcher m = COPYRIGHT_START.matcher(s);
        while (m.find(from)) {
            if (s.length() - m.start() <= MAX_TRAILER + 20) {
                return s.substring(0, m.start());
            }
            from = m.end();
        }
        return s;
    }

    /** {@code s} without zero-width characters; {@code s} itself when it has none (no regex pass). */
    private static String withoutZeroWidth(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                return ZERO_WIDTH.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** Whether {@code s} from {@code from} on holds a mark that {@link #COPYRIGHT_START} needs: ©, (c), (C), Copyright or Crown. */
    private static boolean hasCopyrightMark(String s, int from) {
        return s.indexOf('\u00A9', from) >= 0 || s.indexOf("(c)", from) >= 0 || s.indexOf("(C)", from) >= 0
                || s.indexOf("Copyright", from) >= 0 || s.indexOf("Crown", from) >= 0;
    }
}

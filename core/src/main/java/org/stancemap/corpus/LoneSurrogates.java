package org.stancemap.corpus;

/**
 * Finds unpaired UTF-16 surrogates: the chars that a JSON escape such as {@code "\ud800"} can put
 * in a Java string although they are not Unicode text. No UTF-8 encoder can write them, so a record
 * holding one must be rejected where it is read, not fail the run where it is written. Stateless.
 */
public final class LoneSurrogates {
    private LoneSurrogates() {}

    /** Index of the first unpaired surrogate in {@code s}, or -1 when there is none (or {@code s} is null). */
    public static int indexIn(String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The reason a field holding one is rejected, e.g. {@code field 'title' holds an unpaired
     * surrogate \ud800 at character 7: not valid Unicode text}; null when {@code value} has none.
     */
    public static String problem(String field, String value) {
        int i = indexIn(value);
        return i < 0 ? null : String.format(java.util.Locale.ROOT,
                "field '%s' holds an unpaired surrogate \\u%04x at character %d: not valid Unicode text",
                field, (int) value.charAt(i), i + 1);
    }

    /** The problem of the first string field of {@code r} that holds an unpaired surrogate, or null. */
    public static String problem(AbstractRecord r) {
        String[][] fields = {{"id", r.id()}, {"doi", r.doi()}, {"title", r.title()}, {"type", r.type()},
            {"published", r.published()}, {"venue", r.venue()}, {"text", r.text()}, {"label", r.label()}, {"work", r.work()}};
        for (String[] f : fields) {
            String p = problem(f[0], f[1]);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** {@code s} with each unpaired surrogate replaced by U+FFFD, for showing it. */
    public static String replaced(String s) {
        if (indexIn(s) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        for (int i = indexIn(b.toString()); i >= 0; i = indexIn(b.toString())) {
            b.setCharAt(i, '\ufffd');
        }
        return b.toString();
    }
}

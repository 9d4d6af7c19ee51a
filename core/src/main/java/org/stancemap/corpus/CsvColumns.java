package org.stancemap.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each record field sits in a CSV header. Header names match case-insensitively, with
 * surrounding space ignored: {@code id}, {@code doi}, {@code title}, {@code type} (or
 * {@code Document Type}, {@code Item Type}), {@code published} (or {@code publication_date},
 * {@code date}, {@code year}, {@code Publication Year}, preferred in that order), {@code venue} (or
 * {@code journal}, {@code source_title}, {@code Source title}, {@code Publication Title}),
 * {@code citations} (or {@code Cited by}, {@code Times Cited}), {@code text}, {@code abstract} (or
 * {@code Abstract Note}), {@code label}, {@code work}. Other columns are ignored. A cell that
 * {@link CsvWriter} guarded against spreadsheet formulas (a single quote before {@code =}, {@code +},
 * {@code -}, {@code @}, tab or CR) reads without that quote. Immutable.
 */
final class CsvColumns {

    /** Field name to the header names that fill it, most preferred first. */
    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        for (String field : List.of("id", "doi", "title", "text", "label", "work")) {
            ALIASES.put(field, List.of(field));
        }
        // Scopus: Year, Source title, Cited by, Document Type; Zotero: Publication Year,
        // Publication Title, Abstract Note, Item Type
        ALIASES.put("type", List.of("type", "document type", "item type"));
        ALIASES.put("citations", List.of("citations", "cited by", "times cited", "cited_by_count"));
        ALIASES.put("abstract", List.of("abstract", "abstract note"));
        ALIASES.put("published", List.of("published", "publication_date", "date", "year", "publication year",
                "publication_year"));
        ALIASES.put("venue", List.of("venue", "journal", "source_title", "source title", "publication title"));
    }

    private final Map<String, Integer> index;
    private final Map<String, String> headers;
    private final int size;
    private final boolean scopus;
    private final int split;

    private CsvColumns(Map<String, Integer> index, Map<String, String> headers, int size, boolean scopus, int split) {
        this.index = index;
        this.headers = headers;
        this.size = size;
        this.scopus = scopus;
        this.split = split;
    }

    /**
     * The columns of {@code header}.
     *
     * @throws CorpusFormatException naming {@code file} and the columns found when there is neither
     *                               a text nor an abstract column, or a field's column appears twice
     */
    static CsvColumns of(String file, List<String> header) throws CorpusFormatException {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (byName.putIfAbsent(key, i) != null && isKnown(key)) {
                throw new CorpusFormatException(file + ":1: column '" + header.get(i).strip()
                        + "' appears twice in the header " + header);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        ALIASES.forEach((field, names) -> names.stream().filter(byName::containsKey).findFirst().ifPresent(n -> {
            index.put(field, byName.get(n));
            headers.put(field, header.get(byName.get(n)).strip());
        }));
        if (!index.containsKey("text") && !index.containsKey("abstract")) {
            throw new CorpusFormatException(file + ": no 'text' or 'abstract' column in the header (columns found: "
                    + String.join(", ", new ArrayList<>(header)) + ")");
        }
        int split = header.size() / 2;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).startsWith("funding text")) {
                split = i + 1;
            }
        }
        return new CsvColumns(index, headers, header.size(), byName.containsKey("eid") && byName.containsKey("source title"),
                split);
    }

    private static boolean isKnown(String key) {
        return ALIASES.values().stream().anyMatch(names -> names.contains(key));
    }

    /** True when the header is a Scopus export's: it has {@code EID} and {@code Source title} columns. */
    boolean isScopus() {
        return scopus;
    }

    /**
     * Where a Scopus row's unlabelled extra cells sit: after the last {@code Funding Text} column,
     * else in the middle of the header.
     */
    int splitPoint() {
        return split;
    }

    /** Number of columns in the header. */
    int size() {
        return size;
    }

    /** The header name that fills {@code field}, for messages. */
    String header(String field) {
        return headers.getOrDefault(field, field);
    }

    /** The value of {@code field} in {@code row}, or null when the column is absent or the cell blank. */
    String get(List<String> row, String field) {
        Integer i = index.get(field);
        if (i == null || i >= row.size()) {
            return null;
        }
        String v = row.get(i);
        if (v != null && v.length() > 1 && v.charAt(0) == CsvWriter.FORMULA_GUARD && CsvWriter.needsGuard(v.substring(1))) {
            v = v.substring(1); // written by CsvWriter to keep spreadsheets from running it
        }
        return v == null || v.isBlank() ? null : v;
    }
}

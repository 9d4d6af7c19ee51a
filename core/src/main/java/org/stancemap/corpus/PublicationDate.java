package org.stancemap.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises the publication dates found in exports to the two forms {@link AbstractRecord#published()}
 * allows: an ISO date {@code yyyy-MM-dd} or a year {@code yyyy}. Stateless and thread-safe.
 */
public final class PublicationDate {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            english("MMM d, uuuu"), english("MMMM d, uuuu"), english("d MMM uuuu"), english("d MMMM uuuu"));
    private static final List<DateTimeFormatter> MONTH_FORMATS = List.of(english("MMM uuuu"), english("MMMM uuuu"));

    /** What {@link #normalise(String)} accepts, for error messages. */
    public static final String EXPECTED = "a date like 'Jun 30, 2021', 'Jun 2021', '2021-06-30' or a year '2021'";

    private PublicationDate() {}

    /**
     * The ISO form of {@code value}: {@code Jun 30, 2021} and {@code 2021-06-30T00:00:00Z} give
     * {@code 2021-06-30}; a bare year stays a year. A month without a day ({@code Jun 2021},
     * {@code 2021-06}) gives the year only, because the record type has no year-month form.
     *
     * @throws IllegalArgumentException naming the value and {@link #EXPECTED} when it is none of these
     */
    public static String normalise(String value) {
        String s = value == null ? "" : value.strip();
        if (YEAR.matcher(s).matches()) {
            return s;
        }
        try {
            var iso = ISO_PREFIX.matcher(s);
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1)).toString();
            }
            var month = ISO_MONTH.matcher(s);
            if (month.matches()) {
                return String.valueOf(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).getYear());
            }
        } catch (DateTimeException e) {
            throw invalid(value);
        }
        for (DateTimeFormatter f : DAY_FORMATS) {
            try {
                return LocalDate.parse(s, f).toString();
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        for (DateTimeFormatter f : MONTH_FORMATS) {
            try {
                return String.valueOf(YearMonth.parse(s, f).getYear());
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        throw invalid(value);
    }

    /**
     * Like {@link #normalise(String)} for the free-form dates of bibliographic exports, but never
     * throws: a RIS date {@code 2019/05/12/} gives {@code 2019-05-12}, {@code 2019///} or
     * {@code 1 Jan.-Feb. 2019} the year {@code 2019}; a value without a plausible year gives null.
     */
    public static String lenient(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return normalise(value);
        } catch (IllegalArgumentException e) {
            // free text: look for a date, then a year
        }
        var slashed = SLASHED.matcher(value);
        if (slashed.find()) {
            try {
                return LocalDate.of(Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)),
                        Integer.parseInt(slashed.group(3))).toString();
            } catch (DateTimeException e) {
                // not a day: fall back to the year
            }
        }
        var year = ANY_YEAR.matcher(value);
        return year.find() ? year.group(1) : null;
    }

    private static IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException("malformed date '" + value + "' (expected " + EXPECTED + ")");
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }
}

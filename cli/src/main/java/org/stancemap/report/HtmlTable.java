package org.stancemap.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an HTML table of plain-text cells; numeric cells are right-aligned and sort by their value
 * ({@code data-sort}) when the table is sortable. Not thread-safe.
 */
final class HtmlTable {
    /**
     * One cell.
     *
     * @param text  shown text (plain), or markup when {@code html}
     * @param sort  sort key, or null to sort by the text
     * @param css   the cell's CSS class ({@code num}: right-aligned number; {@code nowrap}), or null
     * @param html  {@code text} is markup already escaped by the caller
     */
    record Cell(String text, String sort, String css, boolean html) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null, null, false);
        }

        /** A text kept on one line, such as a date. */
        static Cell nowrap(String text) {
            return new Cell(text == null ? "" : text, null, "nowrap", false);
        }

        static Cell num(double value, int digits) {
            return new Cell(org.stancemap.report.svg.Svg.fmt(value, digits), Double.toString(value), "num", false);
        }

        static Cell num(long value) {
            return new Cell(Long.toString(value), null, "num", false);
        }

        static Cell html(String markup, String sort) {
            return new Cell(markup, sort, null, true);
        }
    }

    private final List<String> headers;
    private final List<Boolean> numeric;
    private final List<List<Cell>> rows = new ArrayList<>();

    HtmlTable(List<String> headers, List<Boolean> numeric) {
        if (headers.size() != numeric.size()) {
            throw new IllegalArgumentException("table: " + headers.size() + " headers for " + numeric.size() + " alignments");
        }
        this.headers = List.copyOf(headers);
        this.numeric = List.copyOf(numeric);
    }

    HtmlTable row(List<Cell> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("table row of " + cells.size() + " cells for columns " + headers);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    int size() {
        return rows.size();
    }

    /** The markup; {@code sortable} adds click-to-sort headers; {@code scroll} wraps it in a scrolling box. */
    String render(String id, boolean sortable, boolean scroll) {
        StringBuilder sb = new StringBuilder();
        if (scroll) {
            sb.append("<div class=\"scroll\">");
        }
        sb.append("<table id=\"").append(HtmlPage.esc(id)).append('"').append(sortable ? " class=\"sortable\"" : "")
                .append("><thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            sb.append(numeric.get(i) ? "<th class=\"num\">" : "<th>").append(HtmlPage.esc(headers.get(i))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (List<Cell> row : rows) {
            sb.append("<tr>");
            for (Cell c : row) {
                sb.append("<td").append(c.css() == null ? "" : " class=\"" + c.css() + "\"");
                if (c.sort() != null) {
                    sb.append(" data-sort=\"").append(HtmlPage.esc(c.sort())).append('"');
                }
                sb.append('>').append(c.html() ? c.text() : HtmlPage.esc(c.text())).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>");
        if (scroll) {
            sb.append("</div>");
        }
        return sb.toString();
    }
}

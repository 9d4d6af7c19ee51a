package org.stancemap.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A self-contained report page: title, sections of prose, tables and inline SVG charts, with the
 * style sheet and scripts of {@link PageAssets} inlined. The page declares on {@code <body>} how many
 * charts it holds ({@code data-charts}), so that a browser can check that all of them rendered.
 * Callers pass markup they built with {@link #esc(String)} for every text. Not thread-safe.
 */
final class HtmlPage {
    private final String title;
    private final String lead;
    private final List<String> sections = new ArrayList<>();
    private int charts;

    /**
     * @param title page title (plain text)
     * @param lead  one sentence under the title saying what the page shows (plain text)
     */
    HtmlPage(String title, String lead) {
        this.title = title;
        this.lead = lead;
    }

    /**
     * Adds a section.
     *
     * @param id      anchor id
     * @param heading heading (plain text)
     * @param intro   one sentence on what the section shows (plain text), or null
     * @param body    the section's markup
     */
    HtmlPage section(String id, String heading, String intro, String body) {
        StringBuilder sb = new StringBuilder();
        sb.append("<section id=\"").append(esc(id)).append("\"><h2>").append(esc(heading)).append("</h2>");
        if (intro != null) {
            sb.append("<p class=\"note\">").append(esc(intro)).append("</p>");
        }
        sections.add(sb.append(body).append("</section>\n").toString());
        return this;
    }

    /** Wraps charts side by side and counts them; each entry is one {@code <svg class="chart">}. */
    String charts(List<String> svgs) {
        StringBuilder sb = new StringBuilder("<div class=\"charts\">");
        for (String s : svgs) {
            sb.append("<figure>").append(s).append("</figure>");
            charts++;
        }
        return sb.append("</div>").toString();
    }

    /** Number of charts added through {@link #charts(List)}. */
    int chartCount() {
        return charts;
    }

    /** The whole page. */
    String render() {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(PageAssets.CONTENT_POLICY).append("\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<script>").append(PageAssets.ERROR_HOOK).append("</script>")
                .append("<style>").append(PageAssets.CSS).append("</style></head>\n")
                .append("<body data-charts=\"").append(charts).append("\"><h1>").append(esc(title)).append("</h1>")
                .append("<p class=\"lead\">").append(esc(lead)).append("</p>\n");
        sections.forEach(sb::append);
        sb.append("<script>").append(PageAssets.PAGE_SCRIPT).append("</script></body></html>\n");
        return sb.toString();
    }

    /** HTML escape of plain text (null as empty). */
    static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s);
    }
}

package org.stancemap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.stancemap.report.HtmlTable.Cell;
import org.stancemap.report.svg.BarChart;
import org.stancemap.report.svg.HeatMap;
import org.stancemap.report.svg.StackedBars;
import org.stancemap.report.svg.Svg;

/** Renders a {@link LiteratureMap} as an HTML page. Stateless. */
final class LiteratureMapPage {
    private LiteratureMapPage() {}

    static String render(LiteratureMap map) {
        StanceShares s = map.shares();
        List<String> labels = map.labels();
        HtmlPage page = new HtmlPage("Stancemap literature map",
                "Stances of " + s.overall().n() + " abstracts (" + map.duplicates() + (map.duplicates() == 1 ? " duplicate" : " duplicates")
                        + " left out) as classified by "
                        + String.join(", ", map.models()) + ": how they shift over the years and across venues, which topics"
                        + " carry which stance, and which abstracts the model is least sure of.");
        page.section("shares", "Stance shares", "Share of abstracts by predicted stance; the table also gives the mean"
                + " probabilities (soft shares)." + (map.uncertain() == null ? "" : " " + map.uncertain()
                + " abstracts are flagged uncertain by the classifier."),
                page.charts(List.of(StackedBars.render("All abstracts", List.of("all"), labels,
                        s.countMatrix(List.of(s.overall())), "abstracts"))) + sharesTable(s));
        page.section("by-year", "By publication year", "Stance mix of each publication year; the number of abstracts is"
                + " on the right.", page.charts(List.of(StackedBars.render("Stance by publication year",
                        keys(s.byYear()), labels, s.countMatrix(s.byYear()), "abstracts"))));
        page.section("by-venue", "By venue", "Stance mix of the venues with most abstracts.",
                page.charts(List.of(StackedBars.render("Stance by venue", keys(s.byVenue()), labels,
                        s.countMatrix(s.byVenue()), "abstracts"))));
        page.section("topics", "Topics and stances", map.topics().rows().isEmpty()
                ? "The results carry no topics (classify with a model that has a topic model to see this view)."
                : "Each row is a topic (its mass: summed topic weight over abstracts); cells are the topic's stance mix,"
                        + " weighted by stance probabilities.", topicCharts(page, map));
        page.section("label-next", "Label next", "The abstracts the model is least sure of, most informative first ("
                + map.ranking() + "), spread across topics; already labelled abstracts and duplicates are left out."
                + " stancemap label-next writes this list as a CSV file to fill in.", labelNextTable(map.labelNext()));
        page.section("abstracts", "All abstracts", (map.table().size() < map.records() ? "The first " + map.table().size()
                + " of " + map.records() + " abstracts, in input order; the results file holds all. " : "")
                + "Click a column heading to sort.", allTable(map.table()));
        return page.render();
    }

    private static List<String> keys(List<StanceShares.Group> groups) {
        return groups.stream().map(StanceShares.Group::key).toList();
    }

    private static String sharesTable(StanceShares s) {
        HtmlTable t = new HtmlTable(List.of("stance", "abstracts", "share", "mean probability"), List.of(false, true, true, true));
        for (String l : s.labels()) {
            t.row(List.of(Cell.of(l), Cell.num(s.overall().counts().get(l)), Cell.num(s.overall().shares().get(l), 3),
                    Cell.num(s.overall().meanProbability().get(l), 3)));
        }
        return t.render("shares-table", false, false);
    }

    private static String topicCharts(HtmlPage page, LiteratureMap map) {
        List<TopicStanceTable.Row> rows = map.topics().rows();
        if (rows.isEmpty()) {
            return "";
        }
        List<String> names = rows.stream().map(r -> r.name() + " (" + Svg.fmt(r.mass(), 1) + ")").toList();
        double[][] mix = rows.stream().map(r -> r.shares(map.labels())).toArray(double[][]::new);
        double total = rows.stream().mapToDouble(TopicStanceTable.Row::mass).sum();
        double[][] prevalence = rows.stream().map(r -> new double[] {r.mass() / total}).toArray(double[][]::new);
        double top = rows.stream().mapToDouble(r -> r.mass() / total).max().orElse(1);
        return page.charts(List.of(
                HeatMap.render("Stance mix by topic", names, map.labels(), mix, "topic", "stance", false,
                        v -> Svg.fmt(100 * v, 0) + "%"),
                BarChart.render("Topic prevalence (share of topic mass)", rows.stream().map(TopicStanceTable.Row::name).toList(),
                        List.of("share"), prevalence, null, Math.min(1, top * 1.15))));
    }

    private static String labelNextTable(List<LabellingQueue.Candidate> next) {
        HtmlTable t = new HtmlTable(List.of("rank", "abstract", "published", "predicted", "confidence", "margin", "entropy",
                "prediction set", "reason"), List.of(true, false, false, false, true, true, true, false, false));
        for (LabellingQueue.Candidate c : next) {
            ResultRecord r = c.record();
            t.row(List.of(Cell.num(c.rank()), link(r), Cell.nowrap(r.published()), Cell.of(r.label()),
                    Cell.num(r.confidence(), 3), Cell.num(c.margin(), 3), Cell.num(c.entropy(), 3), Cell.of(set(r)),
                    Cell.of(c.reason())));
        }
        return t.size() == 0 ? "<p>No unlabelled abstract to rank.</p>" : t.render("label-next-table", true, false);
    }

    private static String allTable(List<ResultRecord> records) {
        HtmlTable t = new HtmlTable(List.of("abstract", "published", "venue", "stance", "confidence", "prediction set",
                "top topics", "gold", "duplicate of"), List.of(false, false, false, false, true, false, false, false, false));
        for (ResultRecord r : records) {
            String topics = r.topicsByWeight().stream().limit(3)
                    .map(x -> x.name() + " " + Svg.fmt(x.weight(), 2)).collect(Collectors.joining("; "));
            t.row(List.of(link(r), Cell.nowrap(r.published()), Cell.of(r.venue()),
                    Cell.of(r.label() + (Boolean.TRUE.equals(r.uncertain()) ? " (uncertain)" : "")),
                    Cell.num(r.confidence(), 3), Cell.of(set(r)), Cell.of(topics), Cell.of(r.gold()), Cell.of(r.duplicateOf())));
        }
        return t.render("abstracts-table", true, true);
    }

    /** The record's title (else id) linked to its DOI when it has one. */
    private static Cell link(ResultRecord r) {
        String text = r.title() != null && !r.title().isBlank() ? Svg.shorten(r.title(), 90) : r.id();
        String shown = HtmlPage.esc(text);
        String markup = r.doi() == null || r.doi().isBlank() ? shown
                : "<a href=\"https://doi.org/" + HtmlPage.esc(r.doi()) + "\" title=\"" + HtmlPage.esc(r.id()) + "\">" + shown + "</a>";
        return Cell.html(markup, text.toLowerCase(java.util.Locale.ROOT));
    }

    private static String set(ResultRecord r) {
        return r.predictionSet() == null ? "" : String.join(", ", new ArrayList<>(r.predictionSet()));
    }
}

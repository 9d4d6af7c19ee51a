package org.stancemap.report;

import java.util.List;
import java.util.Locale;

/** The plain-text summary of a {@link ModelDiff} for the terminal. Stateless. */
public final class ModelDiffText {
    private ModelDiffText() {}

    /**
     * Counts, the transition matrix, the share changes and the first {@code show} changed records.
     *
     * @param show changed records listed (0 for none)
     */
    public static String format(ModelDiff d, int show) {
        StringBuilder sb = new StringBuilder();
        double pct = d.records() == 0 ? 0 : 100.0 * d.changed().size() / d.records();
        sb.append(String.format(Locale.ROOT, "old model %s, new model %s: %d records, %d changed label (%.1f%%)%n",
                d.oldModel(), d.newModel(), d.records(), d.changed().size(), pct));
        int w = Math.max(9, d.labels().stream().mapToInt(String::length).max().orElse(0));
        sb.append(String.format(Locale.ROOT, "%ntransitions (rows old label, columns new label)%n"));
        sb.append(String.format(Locale.ROOT, "%-" + (w + 5) + "s", ""));
        for (int j = 0; j < d.labels().size(); j++) {
            sb.append(String.format(Locale.ROOT, "%6s", "[" + (j + 1) + "]"));
        }
        sb.append('\n');
        for (int i = 0; i < d.labels().size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-5s%-" + w + "s", "[" + (i + 1) + "]", d.labels().get(i)));
            for (int v : d.transitions().get(i)) {
                sb.append(String.format(Locale.ROOT, "%6d", v));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%n%-" + w + "s %9s %9s %9s%n", "stance", "old share", "new share", "change"));
        for (ModelDiff.Share s : d.shares()) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s %9.3f %9.3f %+9.3f%n", s.label(), s.oldShare(), s.newShare(),
                    s.change()));
        }
        List<ModelDiff.Change> list = d.changed().subList(0, Math.min(show, d.changed().size()));
        if (!list.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nchanged%s:%n", list.size() < d.changed().size()
                    ? " (first " + list.size() + " of " + d.changed().size() + ")" : ""));
            for (ModelDiff.Change c : list) {
                sb.append(String.format(Locale.ROOT, "  %s  %s (%.2f) -> %s (%.2f)  [%s]%n", c.id(), c.oldLabel(),
                        c.oldConfidence(), c.newLabel(), c.newConfidence(), c.source()));
            }
        }
        return sb.toString();
    }
}

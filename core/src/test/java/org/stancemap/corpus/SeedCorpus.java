package org.stancemap.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code corpus/seed.jsonl} from the seed copy in {@code corpus/}: the records as
 * {@link RDiscoveryReader} reads them, with the gold labels of the codebook's seed table (by DOI).
 * Run {@link #main(String[])} from the project directory to rewrite the file; {@link SeedCorpusTest}
 * fails whenever the checked-in file and this output differ.
 */
final class SeedCorpus {

    static final Path JSONL = Path.of("corpus", "seed.jsonl");
    static final String WORK = "10.1017/s1744137419000754";
    static final String UNLABELLED = "10.2139/ssrn.3832439";
    static final String UNLABELLED_NOTE = "unlabelled: bare title does not settle the stance (codebook rule 6)";

    /** Gold labels, by DOI, from the codebook's table "Gold labels for the seed abstracts". */
    static final Map<String, String> GOLD = new LinkedHashMap<>();

    static {
        GOLD.put("10.2991/emim-15.2015.125", "policy-evaluative");
        GOLD.put("10.33987/vsed.2(77).2021.41-53", "policy-evaluative");
        GOLD.put("10.1109/ent52731.2021.00026", "policy-evaluative");
        GOLD.put("10.22394/1726-1139-2022-10-12-27", "policy-evaluative");
        GOLD.put("10.22394/2071-2367-2023-18-6-47-68", "economic-empirical");
        GOLD.put("10.7256/2306-9945.2020.4.34365", "legal-descriptive");
        GOLD.put("10.21128/1812-7126-2021-3-63-85", "surveillance-critical");
        GOLD.put("10.1108/oir-08-2018-0231", "surveillance-critical");
        GOLD.put("10.1285/i22840753n16p27", "legal-descriptive");
        GOLD.put("10.1108/cms-06-2025-0650", "economic-empirical");
        GOLD.put("10.2139/ssrn.3286666", "policy-evaluative");
        GOLD.put("10.1017/s1744137419000754", "policy-evaluative");
        GOLD.put("10.2139/ssrn.3586503", "surveillance-critical");
        GOLD.put(UNLABELLED, null);
        GOLD.put("10.7256/2454-0668.2020.3.33021", "legal-descriptive");
    }

    private SeedCorpus() {}

    /** The seed records, read from the copy, as the ordered field maps of seed.jsonl. */
    static List<Map<String, Object>> rows() throws IOException {
        Readers.Drained seed = Readers.drain(RDiscoveryReader.open(Readers.SEED));
        if (!seed.rejects().isEmpty() || seed.records().size() != GOLD.size()) {
            throw new IllegalStateException("seed copy must give " + GOLD.size() + " records and no rejects, gave "
                    + seed.records().size() + " and " + seed.rejects());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AbstractRecord r : seed.records()) {
            if (!GOLD.containsKey(r.doi())) {
                throw new IllegalStateException("no gold label for " + r.doi());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.doi());
            row.put("doi", r.doi());
            row.put("title", r.title());
            row.put("type", r.type());
            row.put("published", r.published());
            row.put("venue", r.venue());
            row.put("citations", r.citations());
            row.put("text", r.text());
            row.put("label", GOLD.get(r.doi()));
            if (UNLABELLED.equals(r.doi())) {
                row.put("label_note", UNLABELLED_NOTE);
            }
            boolean oneWork = WORK.equals(r.doi()) || "10.2139/ssrn.3286666".equals(r.doi());
            row.put("work", oneWork ? WORK : null);
            rows.add(row);
        }
        return rows;
    }

    /** Rewrites {@code corpus/seed.jsonl}; run from the project directory. */
    public static void main(String[] args) throws IOException {
        try (JsonlWriter<Map<String, Object>> w = JsonlWriter.create(JSONL)) {
            for (Map<String, Object> row : rows()) {
                w.write(row);
            }
            w.commit();
        }
    }
}

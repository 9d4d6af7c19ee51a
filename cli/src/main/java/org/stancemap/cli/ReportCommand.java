package org.stancemap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancemap.report.LabellingQueue;
import org.stancemap.report.LiteratureMap;
import org.stancemap.report.LiteratureMapReport;
import org.stancemap.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stancemap report}: the literature map of classify results as a self-contained HTML page
 * and its JSON. Public so that tests outside this package can register it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the literature map of classify results: index.html (no network needed to view it)",
            "and report.json with stance shares overall, by year and by venue, the topic x stance table,",
            "the abstracts to label next and a sortable table of all abstracts."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--results", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Classify output (JSONL).")
    List<Path> results = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report directory (created if missing).")
    Path out;

    @Option(names = "--next", paramLabel = "N", defaultValue = "20",
            description = "Abstracts in the label-next list. Default: ${DEFAULT-VALUE}.")
    int next;

    @Option(names = "--venues", paramLabel = "N", defaultValue = "15",
            description = "Venues shown by name; the rest are pooled. Default: ${DEFAULT-VALUE}.")
    int venues;

    @Option(names = "--by", paramLabel = "margin|entropy", defaultValue = "margin",
            description = "Rank the label-next list by smallest margin or highest entropy. Default: ${DEFAULT-VALUE}.")
    String by;

    @Option(names = "--table-rows", paramLabel = "N", defaultValue = "20000",
            description = "Rows of the table of all abstracts (input order). Default: ${DEFAULT-VALUE}.")
    int tableRows;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireReadable("results", results);
        new OutputPaths().input("--results", results).dirOf("--out", out, ReportFiles.PAGE, ReportFiles.DATA).check();
        LiteratureMap.Options options = new LiteratureMap.Options(next, venues, LabellingQueue.Strategy.parse(by),
                tableRows);
        LiteratureMap map = LiteratureMapReport.write(out, results, options);
        spec.commandLine().getOut().printf("literature map of %d abstracts (%d duplicates left out): %s%n",
                map.shares().overall().n(), map.duplicates(), out.resolve(ReportFiles.PAGE));
        return ExitCodes.OK;
    }
}

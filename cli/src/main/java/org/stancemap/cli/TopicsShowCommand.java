package org.stancemap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stancemap.stance.LabelSet;
import org.stancemap.topics.StoredTopics;
import org.stancemap.topics.TopicManifest;
import org.stancemap.topics.TopicStore;
import org.stancemap.topics.TopicSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stancemap topics show}: what each topic of a saved topic model is about. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Show the words, prevalence, coherence and typical abstracts of each topic.",
        description = {"Describe the topics of a topic model directory: per topic its top words by probability and"
                + " by relevance (LDAvis, lambda), its prevalence (share of the training tokens), its UMass and NPMI"
                + " coherence over its top 10 words on the training corpus, and its three most typical abstracts.",
            "Typical abstracts show their first lemmas, or with --corpus the first words of their text."})
final class TopicsShowCommand implements Callable<Integer> {
    /** Words of an abstract quoted for a typical document. */
    static final int FIRST_WORDS = 12;
    static final int TYPICAL = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Topic model directory (from topics train).")
    Path dir;

    @Option(names = "--lambda", paramLabel = "L", defaultValue = "" + TopicSummary.DEFAULT_LAMBDA,
            description = "Relevance weight in [0, 1]: 1 ranks by probability, 0 by lift. Default: ${DEFAULT-VALUE}.")
    double lambda;

    @Option(names = "--words", paramLabel = "N", defaultValue = "10", description = "Words per topic. Default: ${DEFAULT-VALUE}.")
    int words;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write everything shown as JSON to FILE.")
    Path json;

    @Option(names = "--corpus", arity = "1..*", paramLabel = "FILE",
            description = "The training corpus files, to quote the typical abstracts' first words.")
    List<Path> corpus = new ArrayList<>();

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws IOException {
        if (words < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid --words: " + words + " (expected >= 1)");
        }
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid --lambda: " + lambda + " (expected 0..1)");
        }
        PrintWriter out = spec.commandLine().getOut();
        new OutputPaths().input("DIR", dir).input("--corpus", corpus).fileCreatingFolders("--json", json).check();
        StoredTopics stored = TopicStore.readStored(dir);
        Function<String, String> firstWords = null;
        if (!corpus.isEmpty()) {
            Map<String, String> starts = corpusStarts(spec.commandLine().getErr());
            firstWords = starts::get;
        }
        TopicSummary summary = TopicSummary.of(stored.model(), words, lambda, TYPICAL, firstWords);
        out.print(header(stored));
        for (TopicSummary.Topic t : summary.topics()) {
            out.print(topic(t, lambda));
        }
        if (json != null) {
            ObjectNode root = JsonFiles.MAPPER.createObjectNode();
            root.put("dir", dir.toString());
            root.set("manifest", JsonFiles.tree(stored.manifest()));
            root.set("provenance", stored.provenance() == null ? null : JsonFiles.tree(stored.provenance()));
            root.setAll((ObjectNode) JsonFiles.tree(summary));
            JsonFiles.write(json, root);
        }
        return ExitCodes.OK;
    }

    private Map<String, String> corpusStarts(PrintWriter err) throws IOException {
        // only ids and texts are needed: no analysis; a record the bundled label set rejects shows its lemmas
        TopicsCommand.Documents d = TopicsCommand.documents(corpus, input.format(), LabelSet.bundled(), null, false, err);
        return d.texts().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> TopicSummary.start(e.getValue(), FIRST_WORDS)));
    }

    static String header(StoredTopics stored) {
        TopicManifest m = stored.manifest();
        String analyzer = stored.provenance() == null ? "not recorded" : stored.provenance().analyzer().mode().id();
        String sweeps = m.sweeps() + " sweeps" + (m.settings().earlyStop().enabled()
                ? " (" + TopicsTrainCommand.sweepsLine(m.settings()) + ")" : "");
        return String.format(Locale.ROOT, "%d topics over %d documents (%d tokens, %d words); %s, seed %d,"
                        + " %d thread(s)%s; analyzer %s; mean NPMI %.3f, mean UMass %.2f%n",
                m.k(), m.documents(), m.tokens(), m.vocabularySize(), sweeps, m.settings().seed(),
                m.settings().threads(), m.reproducible() ? "" : " (not reproducible)", analyzer, m.meanNpmi(), m.meanUmass());
    }

    static String topic(TopicSummary.Topic t, double lambda) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%nTopic %d  %s  prevalence %.3f  NPMI %.3f  UMass %.2f%n",
                t.topic(), t.label(), t.prevalence(), t.npmi(), t.umass()));
        b.append("  top words:        ").append(words(t.topWords())).append('\n');
        b.append(String.format(Locale.ROOT, "  relevant (l=%.2f): ", lambda)).append(words(t.relevantWords())).append('\n');
        for (TopicSummary.Typical d : t.typical()) {
            b.append(String.format(Locale.ROOT, "  typical %.2f  %s  %s%n", d.share(), d.id(), d.start()));
        }
        return b.toString();
    }

    private static String words(List<TopicSummary.Weighted> ws) {
        return ws.stream().map(TopicSummary.Weighted::word).collect(Collectors.joining(" "));
    }
}

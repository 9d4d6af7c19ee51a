package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.stance.LabelSet;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;
import org.stancemap.topics.DfFilter;
import org.stancemap.topics.TopicDocument;
import org.stancemap.topics.TopicDocuments;
import org.stancemap.topics.TopicOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stancemap topics}: the parent of {@code train}, {@code show} and {@code select}, with the
 * training options and corpus loading they share.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        header = "Train, show and select LDA topic models.",
        description = {"LDA topic models (MALLET) over the same analyzer lemmas as the stance model:",
            "  topics train --corpus FILE... --k K --out DIR",
            "  topics show DIR [--json FILE]",
            "  topics select --corpus FILE... --k FROM..TO[:STEP]"},
        subcommands = {TopicsTrainCommand.class, TopicsShowCommand.class, TopicsSelectCommand.class})
final class TopicsCommand implements Runnable {
    /** {@code --early-stop} when not given: {@link TopicOptions#DEFAULT_EARLY_STOP}. */
    static final String DEFAULT_EARLY_STOP = "50:0.001";
    /** The seed when {@code --seed} is not given. */
    static final long DEFAULT_SEED = 42;
    private static final Pattern SETTING = Pattern.compile("^Invalid (k|iterations|seed|threads|min_df|max_doc_share|early_stop|burn_in)[: ]");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: train, show or select");
    }

    /** How topic models are trained; shared by {@code train} and {@code select}. */
    static final class Training {
        @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE",
                description = "Corpus files (.jsonl, .csv or R Discovery .txt); labelled and unlabelled records all count.")
        List<Path> corpus = new ArrayList<>();

        @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + TopicOptions.DEFAULT_ITERATIONS,
                description = "Gibbs sampling sweeps; the most sweeps when the early stop is on. Default: ${DEFAULT-VALUE}.")
        int iterations;

        @Option(names = "--early-stop", paramLabel = "WINDOW:TOLERANCE", defaultValue = DEFAULT_EARLY_STOP,
                description = {"Stop before --iterations when the model log-likelihood per token, computed every 10"
                        + " sweeps, rose by less than TOLERANCE (relative) over the last WINDOW sweeps (counted from the"
                        + " first hyperparameter optimisation), or 'off' to run every sweep. Default: ${DEFAULT-VALUE}."})
        String earlyStop;

        @Option(names = "--burn-in", paramLabel = "N", defaultValue = "" + TopicOptions.DEFAULT_BURN_IN,
                description = "Sweeps before the first hyperparameter optimisation (then every 10). Default: ${DEFAULT-VALUE}.")
        int burnIn;

        @Option(names = "--min-df", paramLabel = "N", defaultValue = "2",
                description = "Keep words in at least N documents. Default: ${DEFAULT-VALUE}.")
        int minDf;

        @Option(names = "--max-doc-share", paramLabel = "P", defaultValue = "0.5",
                description = "Keep words in at most this share of documents. Default: ${DEFAULT-VALUE}.")
        double maxDocShare;

        @Option(names = "--analyzer", paramLabel = "MODE", defaultValue = "fast",
                description = "Text analysis, as for the stance model: accurate, fast or quick. Default: ${DEFAULT-VALUE}.")
        String analyzer;

        @Option(names = "--labels", paramLabel = "FILE",
                description = "Label-set file, only to accept labelled records (default: the bundled one).")
        Path labels;

        @Option(names = "--seed", paramLabel = "N",
                description = "Sampler seed, 0..2147483647. Default: " + DEFAULT_SEED + ".")
        Long seed;

        @Option(names = "--threads", paramLabel = "N",
                description = {"Sampler threads. Default: 1 when --seed is given, else every processor.",
                    "The same corpus, seed and thread count give the same topics; another thread count gives"
                        + " other (equally good) topics."})
        Integer threads;

        AnalyzerSettings analyzerSettings(CommandSpec spec) {
            try {
                return AnalyzerSettings.defaults(AnalyzerSettings.Mode.parse(analyzer));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " for --analyzer");
            }
        }

        /** The validated options for {@code k} topics; invalid values are usage errors. */
        TopicOptions options(int k, CommandSpec spec, PrintWriter err) {
            int n = threads != null ? threads : TopicOptions.defaultThreads(seed != null);
            try {
                return new TopicOptions(k, iterations, TopicOptions.DEFAULT_ALPHA_SUM, TopicOptions.DEFAULT_BETA,
                        TopicOptions.DEFAULT_OPTIMIZE_INTERVAL, burnIn, seed != null ? seed : DEFAULT_SEED, n,
                        new DfFilter(minDf, maxDocShare), earlyStop(earlyStop));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), optionMessage(e.getMessage()));
            }
        }

        /** {@code off} or {@code WINDOW:TOLERANCE}, as {@code --early-stop} takes it. */
        static TopicOptions.EarlyStop earlyStop(String spec) {
            if (spec.strip().equalsIgnoreCase("off")) {
                return TopicOptions.EarlyStop.OFF;
            }
            String[] parts = spec.strip().split(":", -1);
            try {
                if (parts.length == 2) {
                    return new TopicOptions.EarlyStop(Integer.parseInt(parts[0].strip()), Double.parseDouble(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            throw new IllegalArgumentException("Invalid early_stop: '" + spec + "' (expected WINDOW:TOLERANCE, such as "
                    + DEFAULT_EARLY_STOP + ", or off)");
        }

        /** "Invalid min_df: 0 (...)" becomes "Invalid --min-df: 0 (...)": name the option the user typed. */
        private static String optionMessage(String message) {
            Matcher m = SETTING.matcher(message);
            return m.find() ? "Invalid --" + m.group(1).replace('_', '-') + message.substring(m.end(1)) : message;
        }

        LabelSet labelSet() throws IOException {
            return labels == null ? LabelSet.bundled() : LabelSet.read(labels);
        }
    }

    /**
     * A corpus as topic documents.
     *
     * @param corpus  the loaded files (records, rejects, digests)
     * @param docs    one document per record with a new id, in input order (no tokens when not analysed)
     * @param texts   the abstract text of each document, by id
     * @param skipped records skipped because their id repeated an earlier one
     */
    record Documents(LoadedCorpus corpus, List<TopicDocument> docs, Map<String, String> texts, int skipped) {}

    /**
     * Loads and analyses {@code files}. A record whose id ({@link AbstractRecord#outputId}) repeats an
     * earlier one is skipped with a warning, or refused under {@code strict}.
     *
     * @param settings the analysis, or null to leave every document without tokens
     */
    static Documents documents(List<Path> files, InputFormat format, LabelSet labels, AnalyzerSettings settings,
            boolean strict, PrintWriter err) throws IOException {
        LoadedCorpus corpus = LabelledCorpus.load(files, format, labels, strict, err);
        TopicDocuments docs = TopicDocuments.of(corpus.records(), settings == null ? null : Analyzers.create(settings));
        for (TopicDocuments.Repeat r : docs.repeats()) {
            if (strict) {
                throw new UserException("--strict: " + r.message());
            }
            err.println("stancemap: skipped " + r.message());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (AbstractRecord r : docs.records()) {
            texts.put(r.outputId(), r.text());
        }
        return new Documents(corpus, docs.docs(), texts, docs.repeats().size());
    }

    /** The one-line corpus summary printed by {@code train} and {@code select}. */
    static String corpusLine(Documents d) {
        long tokens = d.docs().stream().mapToLong(doc -> doc.tokens().size()).sum();
        return String.format(Locale.ROOT, "corpus: %d records, %d documents, %d lemmas (numbers left out), %d rejected, %d duplicate ids skipped",
                d.corpus().records().size(), d.docs().size(), tokens, d.corpus().rejects().size(), d.skipped());
    }
}

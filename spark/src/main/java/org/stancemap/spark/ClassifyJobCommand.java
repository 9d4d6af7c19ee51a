package org.stancemap.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.stancemap.corpus.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stancemap-spark classify}: parses the options, runs {@link ClassifyJob}, prints its summary. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify abstracts on Spark: the same results as 'stancemap classify', written as a dataset.",
            "Results go to --out, rejects (file, line, reason, raw) to --rejects; both in input order."})
final class ClassifyJobCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model bundle folder.")
    Path model;

    @Option(names = "--in", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Input files: *.parquet (files or folders) by Spark's Parquet reader, any other by stancemap's readers (one task per file).")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Results folder (must not exist).")
    String out;

    @Option(names = "--rejects", paramLabel = "DIR", description = "Rejects folder (default: <out>.rejects).")
    String rejects;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "Output format: parquet, jsonl (the CLI's lines) or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Input format as 'stancemap classify --format' (default: from each file's content and extension).")
    String inputFormat;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*], Spark inside this JVM).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions to classify in (default: Spark's default parallelism, the cores of the job).")
    Integer partitions;

    @Option(names = "--ship-model", negatable = true,
            description = "Send the bundle to the executors with the job's files (default: on, except for local masters,"
                    + " which read it in place; --no-ship-model when every node reads the --model path).")
    Boolean shipModel;

    @Override
    public Integer call() throws Exception {
        ClassifyJob.Format outputFormat;
        InputFormat readAs;
        try {
            outputFormat = ClassifyJob.Format.parse(format);
            readAs = inputFormat == null ? null : InputFormat.parse(inputFormat);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        String m = master != null ? master : new SparkConf().get("spark.master", "local[*]");
        SparkSession spark = SparkSession.builder().appName("stancemap-spark classify").master(m).getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            ClassifyJob.Settings settings = new ClassifyJob.Settings(model, inputs, readAs, out,
                    rejects != null ? rejects : out + ".rejects", outputFormat,
                    partitions != null ? partitions : spark.sparkContext().defaultParallelism(),
                    shipModel != null ? shipModel : !m.startsWith("local"));
            ClassifyJob.Summary summary = ClassifyJob.run(spark, settings);
            spec.commandLine().getOut().println("stancemap-spark: " + summary.describe());
            spec.commandLine().getOut().println("stancemap-spark: results in " + settings.out() + ", rejects in " + settings.rejects());
            return 0;
        } finally {
            spark.stop();
        }
    }
}

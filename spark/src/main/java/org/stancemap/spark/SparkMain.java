package org.stancemap.spark;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code stancemap-spark}: the entry point of {@code bin/stancemap-spark} and of
 * {@code spark-submit --class org.stancemap.spark.SparkMain}. Exit codes: 0 done, 1 the job failed,
 * 2 a usage error.
 */
@Command(name = "stancemap-spark", mixinStandardHelpOptions = true, version = "stancemap-spark 0.1.0",
        description = "Stancemap's batch jobs on Apache Spark.",
        subcommands = {ClassifyJobCommand.class})
public final class SparkMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line, printing to {@code out} and {@code err} (tests call this). */
    public static CommandLine cli(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("stancemap-spark: " + e);
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        // Spark logs every stage at INFO; the CLI's level (the slf4j-simple binding) unless set
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(cli(out, err).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (classify)");
    }
}

package org.stancemap.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.stancemap.cli.DiffCommand;
import org.stancemap.cli.LabelNextCommand;
import org.stancemap.cli.Main;
import org.stancemap.cli.ReportCommand;
import picocli.CommandLine;

/**
 * Runs the stancemap command line in-process, with the report commands registered when
 * {@code Main} does not list them yet.
 */
final class Cli {
    /** Exit code and what the command printed. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\nout:\n" + out + "\nerr:\n" + err;
        }
    }

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.cli(new PrintWriter(out, true), new PrintWriter(err, true));
        register(cmd, "report", new ReportCommand());
        register(cmd, "label-next", new LabelNextCommand());
        register(cmd, "diff", new DiffCommand());
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs and fails with everything printed unless the exit code is 0. */
    static Run ok(String... args) {
        Run r = run(args);
        if (r.code() != 0) {
            throw new AssertionError("stancemap " + String.join(" ", args) + " failed: " + r);
        }
        return r;
    }

    private static void register(CommandLine cmd, String name, Object command) {
        if (!cmd.getSubcommands().containsKey(name)) {
            CommandLine sub = new CommandLine(command);
            sub.setOut(cmd.getOut());
            sub.setErr(cmd.getErr());
            sub.setExecutionExceptionHandler(cmd.getExecutionExceptionHandler());
            sub.setParameterExceptionHandler(cmd.getParameterExceptionHandler());
            sub.setExitCodeExceptionMapper(cmd.getExitCodeExceptionMapper());
            cmd.addSubcommand(name, sub);
        }
    }
}

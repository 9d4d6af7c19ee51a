package org.stancemap.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code stancemap} command. {@link #cli(PrintWriter, PrintWriter)} builds the
 * command line that tests call directly; only {@link #main(String[])} exits the JVM.
 */
@Command(
        name = "stancemap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Maps a scholarly literature: the stance, topics and confidence of every abstract.",
        subcommands = {
            ClassifyCommand.class,
            TrainCommand.class,
            CalibrateCommand.class,
            EvaluateCommand.class,
            ReportCommand.class,
            LabelNextCommand.class,
            DiffCommand.class,
            TopicsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /**
     * The command line, writing normal output to {@code out} and diagnostics to {@code err}.
     * Exceptions map to exit codes: usage errors to {@link ExitCodes#USAGE}, everything else to
     * {@link ExitCodes#FAILURE} with a one-line message ({@link UserException}) or a stack trace.
     */
    public static CommandLine cli(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILURE);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            Throwable t = ex;
            if (t instanceof UncheckedIOException u && u.getCause() != null) {
                t = u.getCause();
            }
            if (t instanceof FileSystemException f) {
                e.println("stancemap: " + fileMessage(f));
            } else if (t instanceof UserException || t instanceof IOException || t instanceof IllegalArgumentException) {
                e.println("stancemap: " + t.getMessage());
            } else {
                e.println("stancemap: internal error: " + t);
                t.printStackTrace(e);
            }
            e.flush();
            return ExitCodes.FAILURE;
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("stancemap: " + ex.getMessage());
            ex.getCommandLine().usage(e);
            e.flush();
            return ExitCodes.USAGE;
        });
        return cmd;
    }

    /**
     * The path and the reason of a file-system failure: Java's own message is often the path alone
     * (an unreadable file gives {@code AccessDeniedException: /x/y}).
     */
    static String fileMessage(FileSystemException f) {
        if (f.getReason() != null) {
            return f.getMessage();
        }
        String reason = f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NoSuchFileException ? "no such file or folder"
                : f instanceof FileAlreadyExistsException ? "already exists"
                : f instanceof DirectoryNotEmptyException ? "folder not empty"
                : f instanceof NotDirectoryException ? "not a folder"
                : f.getClass().getSimpleName();
        return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = cli(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

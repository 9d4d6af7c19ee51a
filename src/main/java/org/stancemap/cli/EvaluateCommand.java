package org.stancemap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced by the real subcommand. */
@Command(name = "evaluate", description = "(not built yet)")
final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("evaluate is not built yet");
    }
}

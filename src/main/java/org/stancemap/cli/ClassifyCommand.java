package org.stancemap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced by the real subcommand. */
@Command(name = "classify", description = "(not built yet)")
final class ClassifyCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("classify is not built yet");
    }
}

package org.stancemap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced by the real subcommand. */
@Command(name = "train", description = "(not built yet)")
final class TrainCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("train is not built yet");
    }
}

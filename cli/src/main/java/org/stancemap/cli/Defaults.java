package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Default locations, relative to the Stancemap installation when the launcher names it. */
final class Defaults {
    private Defaults() {}

    /** {@code models/default} of the installation ({@code -Dstancemap.home}), else of the working directory. */
    static Path model() {
        String home = System.getProperty("stancemap.home");
        Path local = Path.of("models", "default");
        if (home != null && !Files.isDirectory(local)) {
            return Path.of(home).resolve(local);
        }
        return local;
    }
}

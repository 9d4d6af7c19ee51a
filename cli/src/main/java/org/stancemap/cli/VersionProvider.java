package org.stancemap.cli;

import picocli.CommandLine;

/** Prints the Stancemap version from the jar manifest, and the Java version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "stancemap " + StancemapVersion.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}

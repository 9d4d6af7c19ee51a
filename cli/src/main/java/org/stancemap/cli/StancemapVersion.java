package org.stancemap.cli;

/** The version of this build, from the jar manifest ({@code dev} when run from classes). */
public final class StancemapVersion {
    private StancemapVersion() {}

    public static String get() {
        String v = StancemapVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

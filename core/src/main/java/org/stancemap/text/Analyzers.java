package org.stancemap.text;

/** Creates the {@link Analyzer} for a set of settings; the one entry point the rest of the code uses. */
public final class Analyzers {

    private Analyzers() {
    }

    /**
     * An analyzer for {@code settings}. Cheap: the CoreNLP pipelines behind it are shared per mode
     * and built on first use. The result is thread-safe.
     *
     * @throws NullPointerException if {@code settings} is null
     */
    public static Analyzer create(AnalyzerSettings settings) {
        return settings.mode() == AnalyzerSettings.Mode.QUICK ? new QuickAnalyzer(settings) : new CoreNlpAnalyzer(settings);
    }
}

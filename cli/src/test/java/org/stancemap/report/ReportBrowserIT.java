package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report pages in headless Chromium (Debian's {@code chromium}; {@code .ci/browser-setup.sh}
 * installs it) and checks what a reader would see: every chart rendered with a non-zero size, and the
 * page met no error (script errors, failed or blocked loads, console errors). The pages report both on
 * {@code <body>} ({@link PageAssets}); Chromium's DOM dump and console log are read back. Screenshots go
 * to {@code target/browser/}. Skipped when Chromium is not installed.
 */
@Tag("browser")
class ReportBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "browser");
    private static final Pattern BODY = Pattern.compile("<body([^>]*)>");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": run .ci/browser-setup.sh to install it");
    }

    @Test
    void evaluationPageRendersEveryChartWithoutErrors() throws Exception {
        Path json = dir.resolve("cv.json");
        Cli.ok("evaluate", "--corpus", SeedRun.SEED_JSONL.toString(), "--cv", "3", "--analyzer", "fast", "--json", json.toString());
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(json.toFile());
        // a second model and a learning curve, as evaluate writes them for several heads
        var results = tree.putArray("results");
        results.add(tree.get("result"));
        results.add(new ObjectMapper().valueToTree(EvaluationReportTestSupport.crossValidate(10.0)));
        tree.set("learningCurve", new ObjectMapper().valueToTree(EvaluationReportTestSupport.learningCurve()));
        tree.remove("result");
        EvaluationReport.write(dir.resolve("evaluation"), tree);
        assertRendersCleanly(dir.resolve("evaluation").resolve(ReportFiles.PAGE), "evaluation", 8);
    }

    @Test
    void literatureMapRendersEveryChartWithoutErrors() throws Exception {
        SeedRun.ensure();
        LiteratureMapReport.write(dir.resolve("map"), List.of(SeedRun.UNLABELLED_RESULTS), new LiteratureMap.Options());
        assertRendersCleanly(dir.resolve("map").resolve(ReportFiles.PAGE), "literature-map", 3);
    }

    @Test
    void theCheckCatchesAPageWithErrors() throws Exception {
        SeedRun.ensure();
        LiteratureMapReport.write(dir.resolve("map"), List.of(SeedRun.UNLABELLED_RESULTS), new LiteratureMap.Options());
        Path page = dir.resolve("map").resolve(ReportFiles.PAGE);
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, Files.readString(page).replace("</body>",
                "<script>undefinedFunction();</script><img src=\"http://example.invalid/x.png\"></body>"));
        Chromium.Result r = Chromium.open(broken, dir.resolve("profile"), null);
        String messages = attribute(r.dom(), "data-error-messages");
        assertEquals("3", attribute(r.dom(), "data-errors"), messages);
        assertTrue(messages.contains("undefinedFunction is not defined"), messages);
        assertTrue(messages.contains("blocked by the page policy: http://example.invalid/x.png"), messages);
        assertEquals("3", attribute(r.dom(), "data-charts-rendered"), "the real charts still render");
        assertTrue(!r.consoleLines().isEmpty(), "the console shows the errors too");
    }

    private void assertRendersCleanly(Path page, String name, int charts) throws Exception {
        Files.createDirectories(SHOTS);
        Path shot = SHOTS.resolve(name + ".png").toAbsolutePath();
        Chromium.Result r = Chromium.open(page, dir.resolve("profile-" + name), shot);
        String body = r.dom();
        assertEquals(String.valueOf(charts), attribute(body, "data-charts"), "charts the page declares");
        assertEquals(String.valueOf(charts), attribute(body, "data-charts-found"), "charts in the DOM");
        assertEquals(String.valueOf(charts), attribute(body, "data-charts-rendered"), "charts with a size and shapes");
        assertEquals("0", attribute(body, "data-errors"), "errors: " + attribute(body, "data-error-messages"));
        assertEquals(List.of(), r.consoleLines(), "console messages");
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);
    }

    private static String attribute(String dom, String name) {
        Matcher body = BODY.matcher(dom);
        assertTrue(body.find(), "no <body> in the DOM dump");
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(body.group(1));
        return m.find() ? m.group(1) : null;
    }

    /** Runs Chromium headless on one page. */
    static final class Chromium {
        record Result(String dom, List<String> consoleLines) {}

        static Result open(Path page, Path profile, Path screenshot) throws IOException, InterruptedException {
            Files.createDirectories(profile);
            List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0",
                    "--window-size=1280,2000", "--dump-dom"));
            if (screenshot != null) {
                cmd.add("--screenshot=" + screenshot);
            }
            cmd.add(page.toAbsolutePath().toUri().toString());
            Path out = profile.resolve("dom.html");
            Path err = profile.resolve("stderr.txt");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish within 90 s on " + page);
            }
            List<String> console = Files.readAllLines(err).stream().filter(l -> l.contains(":CONSOLE")).toList();
            return new Result(Files.readString(out), console);
        }
    }
}

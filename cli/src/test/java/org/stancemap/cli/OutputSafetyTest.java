package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command may write over one of its inputs or over another of its outputs, however the path is
 * spelled (relative, with {@code ..}, through a symbolic or hard link), and bad input and output
 * paths fail before anything is read, with the path and the reason. The checks run before the model
 * is loaded, so no bundle is needed: {@code --model} names a directory that does not exist, and a
 * refusal must come before the missing model is noticed. Inputs are hand-made fixtures.
 */
class OutputSafetyTest {
    static final String FIXTURE = "{\"id\":\"f1\",\"text\":\"FIXTURE: the credit system is evaluated against its goals.\"}\n";

    @TempDir
    Path tmp;
    Path input;
    Path noModel;

    @BeforeEach
    void setUp() throws IOException {
        input = tmp.resolve("in.jsonl");
        Files.writeString(input, FIXTURE);
        noModel = tmp.resolve("no-model");
    }

    private CliRunner.Run classify(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "classify";
        args[1] = "--model";
        args[2] = noModel.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRunner.run(args);
    }

    private void assertRefused(CliRunner.Run r, String... fragments) throws IOException {
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "expected '" + f + "' in:\n" + r);
        }
        assertFalse(r.err().contains("no-model"), "refused before the model was read:\n" + r);
        assertEquals(FIXTURE, Files.readString(input), "the input is untouched");
    }

    @Test
    void classifyRefusesToWriteItsResultsOverItsInput() throws IOException {
        assertRefused(classify(input.toString(), "--out", input.toString()), "--out", "refusing to overwrite an input");
    }

    @Test
    void theInputIsRecognisedThroughDotDotRelativePathsAndLinks() throws IOException {
        Path sub = Files.createDirectories(tmp.resolve("sub"));
        assertRefused(classify(input.toString(), "--out", sub.resolve("../in.jsonl").toString()), "refusing to overwrite");
        Path link = Files.createSymbolicLink(tmp.resolve("link.jsonl"), input);
        assertRefused(classify(input.toString(), "--out", link.toString()), "refusing to overwrite");
        assertRefused(classify(link.toString(), "--out", input.toString()), "refusing to overwrite");
        Path folderLink = Files.createSymbolicLink(tmp.resolve("folder-link"), tmp);
        assertRefused(classify(input.toString(), "--out", folderLink.resolve("in.jsonl").toString()), "refusing to overwrite");
        Path hard = Files.createLink(tmp.resolve("hard.jsonl"), input);
        assertRefused(classify(input.toString(), "--out", hard.toString()), "refusing to overwrite");
        assertRefused(classify(input.toString(), "--out", tmp.resolve("ok.jsonl").toString(), "--rejects", link.toString()),
                "--rejects", "refusing to overwrite");
    }

    @Test
    void rejectsEqualToResultsIsRefused() throws IOException {
        Path out = tmp.resolve("out.jsonl");
        assertRefused(classify(input.toString(), "--out", out.toString(), "--rejects", out.toString()),
                "--rejects", "same file as --out");
        Path outLink = Files.createSymbolicLink(tmp.resolve("out-link.jsonl"), out); // dangling until written
        Files.createDirectories(tmp.resolve("sub"));
        assertRefused(classify(input.toString(), "--out", out.toString(), "--rejects",
                tmp.resolve("sub/../out.jsonl").toString()), "same file as --out");
        assertRefused(classify(input.toString(), "--out", out.toString(), "--rejects", outLink.toString()),
                "same file as --out");
        assertTrue(Files.isSymbolicLink(outLink));
    }

    @Test
    void trainRefusesAnOutputBundleThatHoldsItsCorpus() throws IOException {
        Path bundle = Files.createDirectories(tmp.resolve("bundle"));
        Path corpus = bundle.resolve("labels.jsonl");
        Files.writeString(corpus, FIXTURE);
        CliRunner.Run r = CliRunner.run("train", "--corpus", corpus.toString(), "--out", bundle.toString(), "--force",
                "--model", "tfidf-lr", "--cv", "none");
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("holds the input"), r.toString());
        assertEquals(FIXTURE, Files.readString(corpus));
        CliRunner.Run t = CliRunner.run("topics", "train", "--corpus", corpus.toString(), "--k", "2", "--out",
                bundle.toString(), "--force");
        assertEquals(ExitCodes.FAILURE, t.code(), t.toString());
        assertTrue(t.err().contains("holds the input"), t.toString());
    }

    @Test
    void reportLabelNextDiffAndEvaluateRefuseToOverwriteTheirInputs() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("map"));
        Path results = dir.resolve("report.json");
        Files.writeString(results, FIXTURE);
        CliRunner.Run report = CliRunner.run("report", "--results", results.toString(), "--out", dir.toString());
        assertEquals(ExitCodes.FAILURE, report.code(), report.toString());
        assertTrue(report.err().contains("refusing to overwrite an input"), report.toString());
        assertEquals(FIXTURE, Files.readString(results));

        CliRunner.Run next = CliRunner.run("label-next", "--results", input.toString(), "--out", input.toString());
        assertRefused(next, "refusing to overwrite an input");
        CliRunner.Run diff = CliRunner.run("diff", "--old", noModel.toString(), "--new", noModel.toString(), "--in",
                input.toString(), "--json", input.toString());
        assertRefused(diff, "--json", "refusing to overwrite an input");
        CliRunner.Run eval = CliRunner.run("evaluate", "--corpus", input.toString(), "--cv", "loo", "--json", input.toString());
        assertRefused(eval, "--json", "refusing to overwrite an input");
    }

    @Test
    void aDirectoryGivenAsInputIsNamedAsSuch() throws IOException {
        CliRunner.Run r = classify(tmp.toString(), "--out", tmp.resolve("o.jsonl").toString());
        assertRefused(r, tmp + ": is a directory, not a file");
        CliRunner.Run t = CliRunner.run("train", "--corpus", tmp.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(ExitCodes.FAILURE, t.code());
        assertTrue(t.err().contains(tmp + ": is a directory, not a file"), t.toString());
    }

    @Test
    void aMissingInputAndAMissingOutputFolderAreNamedWithTheReason() throws IOException {
        assertRefused(classify(tmp.resolve("absent.jsonl").toString(), "--out", tmp.resolve("o.jsonl").toString()),
                "absent.jsonl: no such input file");
        Path nowhere = tmp.resolve("no/such/folder/out.jsonl");
        assertRefused(classify(input.toString(), "--out", nowhere.toString()),
                nowhere.toString(), "no such folder " + tmp.resolve("no/such/folder"));
        assertRefused(classify(input.toString(), "--out", tmp.toString() + "/o.jsonl", "--rejects", nowhere.toString()),
                "--rejects", "no such folder");
    }

    @Test
    void anOutputThatIsADirectoryIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("results.jsonl"));
        assertRefused(classify(input.toString(), "--out", dir.toString()), dir + ": is a directory");
    }

    @Test
    void unreadableInputsAndUnwritableFoldersSayPermissionDenied() throws IOException {
        Path locked = tmp.resolve("locked.jsonl");
        Files.writeString(locked, FIXTURE);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path readOnly = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isReadable(locked), "running as a user who reads everything (root)");
            assertRefused(classify(locked.toString(), "--out", tmp.resolve("o.jsonl").toString()),
                    locked + ": permission denied");
            assertRefused(classify(input.toString(), "--out", readOnly.resolve("o.jsonl").toString()),
                    "permission denied in folder " + readOnly);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void fileSystemFailuresNameThePathAndTheReason() {
        assertEquals("/x/y.jsonl: permission denied", Main.fileMessage(new java.nio.file.AccessDeniedException("/x/y.jsonl")));
        assertEquals("/x: no such file or folder", Main.fileMessage(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("/x: cannot write: no such folder /", Main.fileMessage(
                new java.nio.file.NoSuchFileException("/x", null, "cannot write: no such folder /")));
    }

    @Test
    void theAtomicWriterNamesTheTargetNotItsTemporaryFile() {
        Path target = tmp.resolve("missing-folder/out.jsonl");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> org.stancemap.corpus.AtomicFile.create(target));
        assertEquals(target + ": cannot write: no such folder " + target.getParent(), e.getMessage());
    }
}

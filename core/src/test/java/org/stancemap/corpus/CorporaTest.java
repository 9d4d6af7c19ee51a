package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {

    private static final List<String> STANCES =
            List.of("surveillance-critical", "policy-evaluative", "legal-descriptive", "economic-empirical");

    @TempDir
    Path dir;

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void loadsFilesOfMixedFormatsWithDigestsAndRejects() throws IOException, NoSuchAlgorithmException {
        Path csv = dir.resolve("extra.csv");
        Files.writeString(csv, "id,text,label\nx1,Some text.,Legal-Descriptive\nx2,Other text.,critical\nx3,,policy-evaluative\n");

        LoadedCorpus c = Corpora.load(List.of(SeedCorpus.JSONL, Readers.SEED, csv), null, STANCES);

        assertEquals(15 + 15 + 1, c.records().size());
        assertEquals(List.of(3L, 4L), c.rejects().stream().map(Reject::line).toList());
        assertEquals(csv.toString(), c.rejects().get(0).file());
        assertEquals("legal-descriptive", c.records().get(30).label(), "labels are made canonical");
        assertEquals(14, c.records().stream().limit(15).filter(AbstractRecord::isLabelled).count());
        assertEquals(List.of(
                new FileDigest(SeedCorpus.JSONL.toString(), sha256(SeedCorpus.JSONL), 15),
                new FileDigest(Readers.SEED.toString(), sha256(Readers.SEED), 15),
                new FileDigest(csv.toString(), sha256(csv), 1)), c.files());
    }

    @Test
    void aGivenFormatOverridesTheExtension() throws IOException {
        Path odd = dir.resolve("records.data");
        Files.copy(SeedCorpus.JSONL, odd);
        assertEquals(15, Corpora.load(List.of(odd), InputFormat.JSONL, STANCES).records().size());
        assertEquals(15, Corpora.load(List.of(odd), null, STANCES).records().size(), "without a format the content tells");
        Path unknown = dir.resolve("notes.data");
        Files.writeString(unknown, "neither a header nor records\n");
        assertThrows(CorpusFormatException.class, () -> Corpora.load(List.of(unknown), null, STANCES));
    }
}

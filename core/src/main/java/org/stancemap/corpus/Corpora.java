package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/** Loads small labelled corpora whole, with the digest of every file. Stateless and thread-safe. */
public final class Corpora {

    private Corpora() {}

    /**
     * Reads every file of {@code files}, checks labels against {@code labels}
     * ({@link LabelValidator}) and hashes each file's bytes in the same pass, so that the digest is
     * of exactly the bytes that were read.
     *
     * @param format the format of all files, or null to tell each file's format from its content and
     *               extension ({@link RecordReaders})
     * @param labels the allowed label names in canonical spelling
     * @throws IllegalArgumentException when {@code labels} is invalid
     * @throws CorpusFormatException    when a file's format cannot be told, or it cannot be read in
     *                                  its format at all
     * @throws IOException              when a file cannot be read
     */
    public static LoadedCorpus load(List<Path> files, InputFormat format, Collection<String> labels) throws IOException {
        LabelValidator validator = new LabelValidator(labels);
        List<AbstractRecord> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<FileDigest> digests = new ArrayList<>();
        for (Path file : files) {
            MessageDigest sha = sha256();
            int accepted = 0;
            DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha);
            try (RecordSource source = RecordReaders.open(in, file.toString(), format)) {
                while (source.hasNext()) {
                    Ingested item = validator.validate(source.next());
                    if (item instanceof Ingested.Accepted a) {
                        records.add(a.record());
                        accepted++;
                    } else if (item instanceof Ingested.Rejected r) {
                        rejects.add(r.reject());
                    }
                }
                drain(in);
            }
            digests.add(new FileDigest(file.toString(), HexFormat.of().formatHex(sha.digest()), accepted));
        }
        return new LoadedCorpus(records, rejects, digests);
    }

    /** Reads what the reader left unread (a parser may stop at its last token), so the digest covers the whole file. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // digest only
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

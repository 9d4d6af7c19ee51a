package org.stancemap.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A byte stream with every line ending made {@code '\n'}: {@code "\r\n"} and a lone {@code '\r'}
 * (old Mac files, and records glued together as {@code "\r\n\n\rTY"} by some exporters) both become
 * one {@code '\n'}. Safe on UTF-8, where {@code '\r'} never occurs inside a multi-byte character.
 * Not thread-safe.
 */
final class LineEndings extends FilterInputStream {

    private boolean afterCr;

    LineEndings(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int b = super.read();
            if (b == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            return afterCr ? '\n' : b;
        }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n;
        int out;
        do {
            n = super.read(buf, off, len);
            if (n < 0) {
                return -1;
            }
            out = off;
            for (int i = off; i < off + n; i++) {
                byte b = buf[i];
                if (b == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = b == '\r';
                buf[out++] = afterCr ? (byte) '\n' : b;
            }
        } while (out == off);
        return out - off;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public long skip(long n) throws IOException {
        long done = 0;
        while (done < n && read() >= 0) {
            done++;
        }
        return done;
    }
}

package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LineReaderTest {

    private static List<Utf8LineReader.Line> lines(byte[] bytes) throws IOException {
        List<Utf8LineReader.Line> out = new ArrayList<>();
        try (Utf8LineReader r = new Utf8LineReader(new ByteArrayInputStream(bytes))) {
            for (Utf8LineReader.Line l = r.next(); l != null; l = r.next()) {
                out.add(l);
            }
            assertNull(r.next(), "stays at the end");
        }
        return out;
    }

    @Test
    void splitsOnLineFeedsDroppingCarriageReturnsAndTheBom() throws IOException {
        byte[] text = "\uFEFFone\r\n\ntwo ü\nthree".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new Utf8LineReader.Line(1, "one", true), new Utf8LineReader.Line(2, "", true),
                new Utf8LineReader.Line(3, "two ü", true), new Utf8LineReader.Line(4, "three", true)), lines(text));
        assertEquals(1, lines("only\n".getBytes(StandardCharsets.UTF_8)).size(), "a final line feed ends the last line");
        assertEquals(List.of(), lines(new byte[0]));
    }

    @Test
    void marksOnlyTheInvalidLine() throws IOException {
        List<Utf8LineReader.Line> l = lines(Readers.withInvalidByte("good\nbad ~\nalso good\n\u00ff\u00fe"));
        assertEquals(List.of(true, false, true, true), l.stream().map(Utf8LineReader.Line::valid).toList());
        assertEquals("bad \uFFFD(", l.get(1).text());
        assertEquals(2, l.get(1).number());
    }

    @Test
    void readsLinesLongerThanItsBuffers() throws IOException {
        String longLine = "é".repeat(100_000);
        List<Utf8LineReader.Line> l = lines((longLine + "\nshort\n" + longLine).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(longLine, "short", longLine), l.stream().map(Utf8LineReader.Line::text).toList());
        assertEquals(List.of(true, true, true), l.stream().map(Utf8LineReader.Line::valid).toList(),
                "two-byte characters cut by a buffer boundary still decode");
    }
}

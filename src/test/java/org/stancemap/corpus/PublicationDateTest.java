package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PublicationDateTest {

    @Test
    void normalisesTheLayoutsOfExports() {
        assertEquals("2021-06-30", PublicationDate.normalise("Jun 30, 2021"));
        assertEquals("2015-01-01", PublicationDate.normalise("Jan 1, 2015"));
        assertEquals("2021-06-30", PublicationDate.normalise("June 30, 2021"));
        assertEquals("2021-06-30", PublicationDate.normalise("30 Jun 2021"));
        assertEquals("2021-06-30", PublicationDate.normalise(" 2021-06-30 "));
        assertEquals("2021-06-30", PublicationDate.normalise("2021-06-30T12:00:00Z"));
        assertEquals("2021", PublicationDate.normalise("2021"));
        assertEquals("2021", PublicationDate.normalise("Jun 2021"), "no year-month form in the record type");
        assertEquals("2021", PublicationDate.normalise("2021-06"));
    }

    @Test
    void refusesWhatIsNotADate() {
        for (String bad : new String[] {"Feb 30, 2021", "31 Foo 2020", "2021-13-01", "21", "", "soon"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicationDate.normalise(bad), bad);
            assertEquals("malformed date '" + bad + "' (expected " + PublicationDate.EXPECTED + ")", e.getMessage());
        }
    }
}

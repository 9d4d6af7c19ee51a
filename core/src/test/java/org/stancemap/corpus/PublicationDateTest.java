package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void lenientReadsTheFreeFormDatesOfBibliographicExports() {
        assertEquals("2019-05-12", PublicationDate.lenient("2019/05/12/"));
        assertEquals("2019", PublicationDate.lenient("2019///"));
        assertEquals("2019", PublicationDate.lenient("1 Jan.-Feb. 2019"));
        assertEquals("2001", PublicationDate.lenient("2001/00/00/"));
        assertEquals("2018", PublicationDate.lenient("2018 Mar 5"));
        assertEquals("2021-06-30", PublicationDate.lenient("Jun 30, 2021"));
        assertNull(PublicationDate.lenient("YEAR/MONTH/DAY/"));
        assertNull(PublicationDate.lenient("99"));
        assertNull(PublicationDate.lenient(null));
    }
}

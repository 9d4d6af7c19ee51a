package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class AbstractCleanerTest {

    @Test
    void stripsJatsAndHtmlTagsAndEntitiesButKeepsComparisons() {
        assertEquals("Results H2O and β-carotene & more.", AbstractCleaner.clean(
                "<jats:p>Results H<sub>2</sub>O and <i>&beta;</i>-carotene &amp; more.</jats:p>"));
        assertEquals("First para. Second para.", AbstractCleaner.clean("<p>First para.</p><p>Second para.</p>"));
        assertEquals("Effects were small (p < 0.05, n > 3).", AbstractCleaner.clean("Effects were small (p < 0.05, n > 3)."));
        assertEquals("a <b c", AbstractCleaner.clean("a <b c"));
    }

    @Test
    void dropsTheLeadingAbstractLabelOnlyWhenItIsALabel() {
        assertEquals("We study X.", AbstractCleaner.clean("ABSTRACT: We study X."));
        assertEquals("We study X.", AbstractCleaner.clean("Abstract We study X."));
        assertEquals("We study X.", AbstractCleaner.clean("<jats:title>Abstract</jats:title><jats:p>We study X.</jats:p>"));
        assertEquals("Abstract reasoning is hard.", AbstractCleaner.clean("Abstract reasoning is hard."));
    }

    @Test
    void everyCopyrightFormAndZeroWidthMarkIsFoundPastTheCheapPreChecks() {
        // the cleaner skips a regex pass when the text cannot match it: each form must still be caught
        String body = "We estimate the effect of blacklists on firms. ".repeat(30); // longer than the trailer window
        assertEquals(body.strip(), AbstractCleaner.clean(body + "(c) 2016 Elsevier B.V."));
        assertEquals(body.strip(), AbstractCleaner.clean(body + "Crown copyright 2021 Published by Elsevier."));
        assertEquals(body.strip(), AbstractCleaner.clean(body + "Copyright of Journal X is the property of Y."));
        assertEquals(body.strip(), AbstractCleaner.clean(body + "\u00A9 2020 The Authors."));
        assertEquals(body.strip(), AbstractCleaner.clean(body + "[Abstract FROM PUBLISHER]"));
        // a mark far before the trailer window is the text's own
        String early = "Markets under Copyright \u00A9 rules differ. " + body;
        assertSame(early, AbstractCleaner.clean(early));
        assertEquals("A policy study.", AbstractCleaner.clean("A poli\u00ADcy\u200B study."));
        assertEquals("A policy study.", AbstractCleaner.clean("A policy\uFEFF study.\u2060"));
        String plain = "A plain abstract with nothing to clean.";
        assertSame(plain, AbstractCleaner.clean(plain));
    }

    @Test
    void dropsPublisherCopyrightAndDatabaseNotes() {
        assertEquals("We find Y.", AbstractCleaner.clean("We find Y. © 2020 Elsevier Ltd. All rights reserved."));
        assertEquals("We find Y.", AbstractCleaner.clean("We find Y. (C) 2016 Elsevier B.V. All rights reserved."));
        assertEquals("We find Y.", AbstractCleaner.clean("We find Y. Copyright © 2019 John Wiley & Sons, Ltd."));
        assertEquals("We find Y.", AbstractCleaner.clean("We find Y. [ABSTRACT FROM AUTHOR]"));
        assertEquals("Fire creates habitat.", AbstractCleaner.clean(
                "© 2018 The Authors. Journal of Animal Ecology © 2018 British Ecological Society.Fire creates habitat."));
        assertEquals("Copyright law shapes markets. We ask how.", AbstractCleaner.clean("Copyright law shapes markets. We ask how."));
        assertEquals("Groups (A), (B) and (C) differ.", AbstractCleaner.clean("Groups (A), (B) and (C) differ."));
    }

    @Test
    void placeholdersMeanNoAbstract() {
        for (String p : new String[] {"N/A", "n/a", "NA", "No abstract available", "[No abstract available]",
            "No abstract available.", "Abstract not available", "\u200B\u200B", " ", "-", "Abstract"}) {
            assertNull(AbstractCleaner.clean(p), p);
        }
        assertTrue(AbstractCleaner.isPlaceholder("[No abstract available]"));
    }

    @Test
    void unchangedTextIsTheSameString() {
        String s = "A plain abstract.\nOn two lines.";
        assertSame(s, AbstractCleaner.clean(s));
    }

    @Test
    void theSeedCorpusIsUnchangedByCleaning() throws IOException {
        Readers.Drained raw = Readers.drain(new JsonlReader(java.nio.file.Files.newInputStream(SeedCorpus.JSONL),
                SeedCorpus.JSONL.toString()));
        for (AbstractRecord r : raw.records()) {
            assertSame(r, ((Ingested.Accepted) CleaningSource.clean(r)).record(), r.source().toString());
        }
    }
}

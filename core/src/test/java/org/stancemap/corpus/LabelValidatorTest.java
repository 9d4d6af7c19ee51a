package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelValidatorTest {

    private static final List<String> STANCES =
            List.of("surveillance-critical", "policy-evaluative", "legal-descriptive", "economic-empirical");
    private final LabelValidator validator = new LabelValidator(STANCES);

    private static Ingested labelled(String label) {
        return new Ingested.Accepted(new AbstractRecord("1", null, null, null, null, null, null, "Text.", label, null,
                new SourceRef("in.jsonl", 7)));
    }

    private static String labelOf(Ingested item) {
        return ((Ingested.Accepted) item).record().label();
    }

    @Test
    void matchesTrimmedAndCaseInsensitivelyToTheCanonicalName() {
        assertEquals("policy-evaluative", labelOf(validator.validate(labelled(" Policy-Evaluative\t"))));
        Ingested exact = labelled("legal-descriptive");
        assertSame(exact, validator.validate(exact));
    }

    @Test
    void missingOrBlankLabelStaysUnlabelled() {
        assertEquals(null, labelOf(validator.validate(labelled(null))));
        assertEquals(null, labelOf(validator.validate(labelled("  "))));
    }

    @Test
    void unknownLabelBecomesARejectAtTheRecordsSource() {
        Ingested item = validator.validate(labelled("critical"));
        Reject r = ((Ingested.Rejected) item).reject();
        assertEquals("in.jsonl", r.file());
        assertEquals(7, r.line());
        assertEquals("unknown label 'critical' (expected one of: surveillance-critical, policy-evaluative, "
                + "legal-descriptive, economic-empirical)", r.reason());
        assertEquals(true, r.raw().contains("\"label\":\"critical\""), r.raw());
    }

    @Test
    void rejectsPassThroughAndBadLabelSetsFail() {
        Ingested rejected = new Ingested.Rejected(new Reject("f", 1, "r", "x"));
        assertSame(rejected, validator.validate(rejected));
        assertThrows(IllegalArgumentException.class, () -> new LabelValidator(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LabelValidator(List.of("a", "A")));
        assertThrows(IllegalArgumentException.class, () -> new LabelValidator(List.of(" a")));
    }
}

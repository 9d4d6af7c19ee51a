package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancemap.stance.ClassifiedRecord;

/** The comparison itself, on classified records made up in code (no abstracts involved). */
class ModelDiffTest {

    @Test
    void countsTransitionsChangesAndShares() {
        List<ClassifiedRecord> before = List.of(rec("a", "x", "m1"), rec("b", "x", "m1"), rec("c", "y", "m1"), rec("d", "z", "m1"));
        List<ClassifiedRecord> after = List.of(rec("a", "x", "m2"), rec("b", "y", "m2"), rec("c", "y", "m2"), rec("d", "x", "m2"));
        ModelDiff d = ModelDiff.of(before, after);
        assertEquals(List.of("x", "y", "z"), d.labels());
        assertEquals(List.of(List.of(1, 1, 0), List.of(0, 1, 0), List.of(1, 0, 0)), d.transitions());
        assertEquals(List.of("b", "d"), d.changed().stream().map(ModelDiff.Change::id).toList());
        assertEquals("x", d.changed().get(1).newLabel());
        assertEquals("z", d.changed().get(1).oldLabel());
        ModelDiff.Share x = d.shares().get(0);
        assertEquals(2, x.oldCount());
        assertEquals(2, x.newCount());
        assertEquals(0.0, x.change(), 1e-12);
        assertEquals(0.25, d.shares().get(1).change(), 1e-12);
        assertEquals(-0.25, d.shares().get(2).change(), 1e-12);
        assertEquals("m1", d.oldModel());
        assertEquals("m2", d.newModel());
        String text = ModelDiffText.format(d, 1);
        assertTrue(text.contains("4 records, 2 changed label (50.0%)"), text);
        assertTrue(text.contains("changed (first 1 of 2):"), text);
        assertTrue(text.contains("b  x (0.60) -> y (0.60)"), text);
    }

    @Test
    void identicalClassificationsShowNoChange() {
        List<ClassifiedRecord> same = List.of(rec("a", "x", "m"), rec("b", "y", "m"));
        ModelDiff d = ModelDiff.of(same, same);
        assertTrue(d.changed().isEmpty());
        assertTrue(d.shares().stream().allMatch(s -> s.change() == 0));
        assertFalse(ModelDiffText.format(d, 20).contains("changed:"));
    }

    @Test
    void refusesRecordsThatDoNotLineUp() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ModelDiff.of(List.of(rec("a", "x", "m")), List.of(rec("b", "x", "m"))));
        assertTrue(e.getMessage().contains("in.jsonl:a for the old model and in.jsonl:b"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelDiff.of(List.of(rec("a", "x", "m")), List.of()));
        assertTrue(e.getMessage().contains("old model classified 1 records, new model 0"), e.getMessage());
    }

    private static ClassifiedRecord rec(String id, String label, String model) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String l : List.of("x", "y", "z")) {
            p.put(l, l.equals(label) ? 0.6 : 0.2);
        }
        return new ClassifiedRecord(id, null, null, null, null, label, 0.6, p, List.of(label), false, null, null, null,
                model, null, "in.jsonl:" + id);
    }
}

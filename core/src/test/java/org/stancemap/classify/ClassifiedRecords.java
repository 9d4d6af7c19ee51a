package org.stancemap.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.topics.TopicShare;

/** Hand-made classified records for output tests: one with every field set, one with every optional field absent. */
public final class ClassifiedRecords {
    /** The labels of both records. */
    public static final List<String> LABELS = List.of("a", "b");

    private ClassifiedRecords() {}

    /** A record with every field set (hand-made). */
    public static ClassifiedRecord full() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("a", 0.75);
        p.put("b", 0.25);
        var ex = new ClassifiedRecord.Explanation(
                List.of(new StanceModel.TermWeight("credit", 1.5), new StanceModel.TermWeight("=sum", 0.5)),
                new ReferenceSet.Neighbour("n1", "b", 0.625, "FIXTURE snippet"));
        return new ClassifiedRecord("r1", "10.1/x", "A title, quoted \"here\"", "2020", "Venue", "a", 0.75, p,
                List.of("a", "b"), true, ex, List.of(new TopicShare(2, 0.5, "credit/market/firm"),
                new TopicShare(0, 0.25, "law/court/rule")), "b", "model-1", "in.jsonl:1", "in.jsonl:9",
                "in.jsonl:3", true, false, "en", Boolean.FALSE);
    }

    /** A record with every optional field absent. */
    public static ClassifiedRecord minimal() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("a", 0.5);
        p.put("b", 0.5);
        return new ClassifiedRecord("r2", null, null, null, null, "a", 0.5, p, List.of(), false, null, null, null,
                "model-1", null, "in.jsonl:2");
    }
}

package org.stancemap.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.text.Analyzer;
import org.stancemap.text.TokenSteps;

/**
 * A corpus as topic documents, by the one rule that {@code topics train} and {@code train --k} share:
 * one document per record, in input order, except that a record whose id
 * ({@link AbstractRecord#outputId()}) repeats an earlier record's is skipped (and listed in
 * {@link #repeats()}, for the caller to report or refuse). Immutable.
 *
 * @param records the records kept, one per document
 * @param docs    one document per kept record, with the same id; no tokens when not analysed
 * @param repeats the records skipped, each with the earlier record of its id
 */
public record TopicDocuments(List<AbstractRecord> records, List<TopicDocument> docs, List<Repeat> repeats) {

    public TopicDocuments {
        records = List.copyOf(records);
        docs = List.copyOf(docs);
        repeats = List.copyOf(repeats);
    }

    /** A record skipped because its id repeats {@code earlier}'s. */
    public record Repeat(AbstractRecord record, AbstractRecord earlier) {
        /** {@code file:line: document id 'ID' repeats file:line}. */
        public String message() {
            return record.source() + ": document id '" + record.outputId() + "' repeats " + earlier.source();
        }
    }

    /**
     * The documents of {@code records}, analysed by {@code analyzer} in parallel (it must be thread-safe),
     * or without tokens when {@code analyzer} is null.
     */
    public static TopicDocuments of(List<AbstractRecord> records, Analyzer analyzer) {
        Map<String, AbstractRecord> first = new HashMap<>();
        List<AbstractRecord> kept = new ArrayList<>();
        List<Repeat> repeats = new ArrayList<>();
        for (AbstractRecord r : records) {
            AbstractRecord earlier = first.putIfAbsent(r.outputId(), r);
            if (earlier == null) {
                kept.add(r);
            } else {
                repeats.add(new Repeat(r, earlier));
            }
        }
        List<List<String>> tokens = analyzer == null ? kept.stream().map(r -> List.<String>of()).toList()
                : kept.parallelStream().map(r -> words(analyzer.analyze(r.text()))).toList();
        List<TopicDocument> docs = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            docs.add(new TopicDocument(kept.get(i).outputId(), tokens.get(i)));
        }
        return new TopicDocuments(kept, docs, repeats);
    }

    /** Lemmas without the number mask: numbers say nothing about a topic. Inference ignores the mask too, as an unknown word. */
    public static List<String> words(List<String> lemmas) {
        return lemmas.stream().filter(t -> !TokenSteps.NUMBER_MASK.equals(t)).toList();
    }
}

package org.stancemap.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.stancemap.bundle.BundleDocuments;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.LoneSurrogates;
import org.stancemap.corpus.Reject;
import org.stancemap.corpus.TextLimit;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.Document;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.Softmax;
import org.stancemap.stance.StanceModel;
import org.stancemap.text.LanguageIdentifier;
import org.stancemap.text.OptimaizeLanguageIdentifier;

/**
 * Classifies one record at a time with one model bundle: the per-record core under every runner
 * ({@link BatchClassifier}'s file loop, the Spark job). Open it once per process; it is
 * thread-safe, so any number of threads may call {@link #classify} and {@link #classifyAll} at
 * once. It never throws for a bad record: a record that cannot be classified comes back as
 * {@link Outcome.Rejected} with its reason.
 *
 * <pre>{@code
 * RecordClassifier classifier = RecordClassifier.open(Path.of("models/default"), null);
 * Outcome o = classifier.classify(RecordClassifier.Item.of(record));
 * if (o instanceof Outcome.Classified c) {
 *     System.out.println(c.result().label() + " " + c.result().confidence());
 * }
 * }</pre>
 */
public final class RecordClassifier {

    /** How many topics each record lists. */
    public static final int TOP_TOPICS = 3;

    /** How many terms an explanation names. */
    public static final int EXPLAIN_TERMS = 5;

    /** The most characters of a record's text a reject keeps. */
    static final int REJECT_RAW_CHARS = 2_000;

    /**
     * A record to classify, with what the run's duplicate stage found about it (the duplicate
     * stage sees the whole run, so it is the runner's, not this class's).
     *
     * @param record        the record as read
     * @param duplicateOf   {@code file:line} of an earlier record with the same DOI or text, or null
     * @param duplicateIdOf {@code file:line} of an earlier record with the same id, or null
     */
    public record Item(AbstractRecord record, String duplicateOf, String duplicateIdOf) {
        public Item {
            if (record == null) {
                throw new IllegalArgumentException("record must not be null");
            }
        }

        /** A record no duplicate stage has seen. */
        public static Item of(AbstractRecord record) {
            return new Item(record, null, null);
        }

        /** The text analysed: the record's, cut to {@link TextLimit#MAX_CHARS}. */
        String text() {
            return TextLimit.cut(record.text());
        }
    }

    private final ModelBundle bundle;
    private final DocumentFactory documents;
    private final StanceModel model;
    private final LanguageIdentifier languages;

    /**
     * A classifier over an open bundle.
     *
     * @param documents analyses (and embeds) texts as the bundle's model was trained: {@link BundleDocuments#of}
     * @param languages identifies each record's language
     */
    public RecordClassifier(ModelBundle bundle, DocumentFactory documents, LanguageIdentifier languages) {
        this.bundle = bundle;
        this.documents = documents;
        this.model = bundle.model();
        this.languages = languages;
    }

    /**
     * Opens the bundle in {@code dir}, verified as {@link BundleReader#read} verifies it (manifest,
     * checksums, embedding model), with its analyzer, embedding model and topic model, and
     * {@link OptimaizeLanguageIdentifier}.
     *
     * @param embeddingCache folder of the embedding cache, or null for none
     * @throws IOException when the bundle is missing, invalid, or needs a model this build lacks
     */
    public static RecordClassifier open(Path dir, Path embeddingCache) throws IOException {
        ModelBundle bundle = BundleReader.read(dir);
        return new RecordClassifier(bundle, BundleDocuments.of(bundle, embeddingCache), OptimaizeLanguageIdentifier.shared());
    }

    /** The bundle this classifier applies. */
    public ModelBundle bundle() {
        return bundle;
    }

    /** Classifies one record. */
    public Outcome classify(Item item) {
        return classifyOrReject(item, null);
    }

    /**
     * Classifies records together, in order: analyses and embeds their texts in one call, then
     * classifies each document (both in parallel streams, so in the calling fork-join pool when
     * there is one). When the analysis fails as a whole, each record is tried alone, so one bad
     * record costs only itself. The results equal those of {@link #classify} one by one.
     */
    public List<Outcome> classifyAll(List<Item> items) {
        List<Document> docs;
        try {
            docs = documents.ofAll(items.stream().map(Item::text).toList());
        } catch (RuntimeException e) {
            return items.parallelStream().map(p -> classifyOrReject(p, null)).toList();
        }
        return IntStream.range(0, items.size()).parallel().mapToObj(i -> classifyOrReject(items.get(i), docs.get(i))).toList();
    }

    /** An outcome, never an exception: a record that fails is rejected with the reason. */
    private Outcome classifyOrReject(Item item, Document doc) {
        try {
            return new Outcome.Classified(classified(item, doc != null ? doc : documents.of(item.text())));
        } catch (RuntimeException e) {
            AbstractRecord r = item.record();
            String raw = r.text().length() > REJECT_RAW_CHARS ? r.text().substring(0, REJECT_RAW_CHARS) : r.text();
            return new Outcome.Rejected(new Reject(r.source().file(), r.source().line(), "classification failed: " + e,
                    LoneSurrogates.replaced(raw)));
        }
    }

    private ClassifiedRecord classified(Item item, Document doc) {
        AbstractRecord r = item.record();
        String text = item.text();
        boolean titleOnly = r.isTitleOnly();
        double[] p = model.probabilities(doc);
        int best = Softmax.argmax(p);
        List<String> names = bundle.labels().names();
        Map<String, Double> probs = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            probs.put(names.get(k), p[k]);
        }
        int[] set = bundle.calibration().conformal().predictSet(p);
        List<String> setNames = new ArrayList<>(set.length);
        for (int k : set) {
            setNames.add(names.get(k));
        }
        ReferenceSet.Neighbour nearest = bundle.reference() == null || doc.embedding() == null ? null
                : bundle.reference().nearest(doc.embedding());
        String language = languages.identify(text);
        Boolean far = nearest == null ? null : bundle.reference().isFar(nearest);
        boolean uncertain = bundle.calibration().uncertain(set, p[best]) || Boolean.TRUE.equals(far) || titleOnly
                || RunCounts.isForeign(language);
        return new ClassifiedRecord(r.outputId(), r.doi(), r.title(), r.published(), r.venue(), names.get(best), p[best],
                probs, setNames, uncertain,
                new ClassifiedRecord.Explanation(model.explain(doc, best, EXPLAIN_TERMS), nearest),
                doc.topics() == null ? null : bundle.topics().topTopics(doc.topics(), TOP_TOPICS),
                r.label(), bundle.modelId(), item.duplicateOf(), r.source().toString(),
                item.duplicateIdOf(), titleOnly, TextLimit.exceeds(r.text()), language, far);
    }
}

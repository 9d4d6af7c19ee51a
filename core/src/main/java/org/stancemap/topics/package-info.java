/**
 * Topic models: what a literature talks about, and the topic mix of every abstract.
 *
 * <p>Data flow: {@link org.stancemap.topics.TopicDocument}s (analyzer lemmas) and
 * {@link org.stancemap.topics.TopicOptions} go into {@link org.stancemap.topics.MalletLdaTrainer#fit},
 * which builds the vocabulary with a {@link org.stancemap.topics.DfFilter}, samples LDA with MALLET's
 * {@code ParallelTopicModel} and returns an immutable {@link org.stancemap.topics.TopicModel}.
 * {@link org.stancemap.topics.TopicModel#infer} gives the mixture of a new abstract
 * ({@link org.stancemap.topics.TopicInference}, MALLET's {@code TopicInferencer} rebuilt from the
 * stored counts); {@link org.stancemap.topics.TopicStore} persists models as versioned JSON, with the
 * analyzer settings and corpus files they were trained on ({@link org.stancemap.topics.TopicProvenance});
 * {@link org.stancemap.topics.TopicSummary} describes the topics;
 * {@link org.stancemap.topics.TopicSelection} compares numbers of topics;
 * {@link org.stancemap.topics.CoherenceIndex} computes UMass and NPMI coherence.
 *
 * <p><b>Reproducibility rule.</b> Training with one thread and a seed is bit-identical on every
 * run and JVM (the same documents in the same order, the same filter and options). MALLET's
 * multi-threaded sampler is not reproducible even with a seed (its issue #178), so when the user
 * gives a seed and no thread count the command line trains with one thread
 * ({@link org.stancemap.topics.TopicOptions#defaultThreads(boolean)}); an explicit thread count
 * above 1 trades reproducibility for speed, and the model records it
 * ({@code reproducible: false} in its manifest). Inference and held-out evaluation are seeded and
 * deterministic in every case.
 */
package org.stancemap.topics;

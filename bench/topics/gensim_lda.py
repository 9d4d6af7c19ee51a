#!/usr/bin/env python3
"""The gensim peer of the topic benchmark (see bench/README.md).

Trains gensim's LdaMulticore on the token lists the Java bench wrote (tokens.txt: one document a
line, tokens space-separated, already filtered to the MALLET vocabulary) and writes each topic's
10 most probable words (one topic a line) for the Java side to score with the same coherence code.

Iterations: MALLET's --iterations are Gibbs sweeps (every token resampled once per sweep); gensim's
online variational Bayes has `passes` (sweeps over the corpus, each updating lambda once per chunk)
and `iterations` (at most this many E-step loops per document per pass). There is no exact
equivalent: this script takes --passes and --iterations and the README records which were run.
"""
import argparse
import json
import os
import resource
import time

from gensim.corpora import Dictionary
from gensim.models import LdaMulticore


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tokens", required=True)
    p.add_argument("--out", required=True, help="directory for gensim-topics-*.txt and gensim-*.json")
    p.add_argument("--k", type=int, default=20)
    p.add_argument("--passes", type=int, default=10)
    p.add_argument("--iterations", type=int, default=100)
    p.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    p.add_argument("--chunksize", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()

    with open(a.tokens, encoding="utf-8") as f:
        docs = [line.split() for line in f]
    dictionary = Dictionary(docs)  # no filter_extremes: the tokens are already filtered
    corpus = [dictionary.doc2bow(d) for d in docs]
    tokens = sum(len(d) for d in docs)

    t0 = time.perf_counter()
    lda = LdaMulticore(corpus, id2word=dictionary, num_topics=a.k, passes=a.passes, iterations=a.iterations,
                       workers=a.workers, chunksize=a.chunksize, random_state=a.seed, eval_every=None)
    seconds = time.perf_counter() - t0

    tag = f"p{a.passes}-i{a.iterations}"
    topics_file = os.path.join(a.out, f"gensim-topics-{tag}.txt")
    with open(topics_file, "w", encoding="utf-8") as f:
        for t in range(a.k):
            f.write(" ".join(w for w, _ in lda.show_topic(t, topn=10)) + "\n")
    # ru_maxrss of this process and of its finished children (the LdaMulticore workers), KiB on Linux
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = {
        "tool": "gensim LdaMulticore",
        "documents": len(docs),
        "vocabulary": len(dictionary),
        "tokens": tokens,
        "k": a.k,
        "passes": a.passes,
        "iterations": a.iterations,
        "workers": a.workers,
        "chunksize": a.chunksize,
        "seed": a.seed,
        "wall_seconds": seconds,
        "tokens_per_second": tokens * a.passes / seconds,
        "peak_rss_mib_main": rss / 1024.0,
        "peak_rss_mib_workers": child_rss / 1024.0,
        "topics_file": topics_file,
    }
    with open(os.path.join(a.out, f"gensim-{tag}.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

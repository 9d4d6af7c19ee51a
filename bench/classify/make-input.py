#!/usr/bin/env python3
"""Writes N pseudo-abstracts for throughput benchmarks: each is a seeded recombination of whole
sentences drawn from the real seed abstracts (corpus/seed.jsonl), 6-10 sentences long. Benchmark
input only: never used for training or evaluation."""
import json, random, re, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
out = sys.argv[2] if len(sys.argv) > 2 else "target/bench/classify-input.jsonl"
rng = random.Random(42)
sentences = []
with open("corpus/seed.jsonl", encoding="utf-8") as f:
    for line in f:
        text = json.loads(line)["text"]
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5]
import os
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        k = rng.randint(6, 10)
        f.write(json.dumps({"id": f"bench-{i}", "text": " ".join(rng.choice(sentences) for _ in range(k))}) + "\n")
print(f"{n} records -> {out} from {len(sentences)} sentences", file=sys.stderr)

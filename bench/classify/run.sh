#!/usr/bin/env bash
# Classify throughput of a model bundle end to end (read, analyse, embed, classify, write), against
# the embedding model's own speed on the same texts. Usage: bench/classify/run.sh [N] [BUNDLE...]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1000}"; shift || true
BUNDLES=("$@"); [ ${#BUNDLES[@]} -gt 0 ] || BUNDLES=(models/default)
python3 bench/classify/make-input.py "$N" target/bench/classify-input.jsonl
bin/stancemap --version >/dev/null   # builds the jar if needed
for b in "${BUNDLES[@]}"; do
  for t in 2 1; do
    /usr/bin/time -f "%e s wall, %M KB max RSS" bin/stancemap classify target/bench/classify-input.jsonl \
      --model "$b" --out target/bench/out.jsonl --threads "$t" --quiet 2>&1 | grep -E "read|wall" | sed "s|^|$b threads=$t: |"
  done
done
python3 - <<'PY'
import json
with open("target/bench/classify-input.jsonl") as f, open("target/bench/texts.txt", "w") as g:
    for line in f:
        g.write(json.loads(line)["text"] + "\n")
PY
java -Xmx2g -cp "$(bench/classpath.sh)" org.stancemap.embed.EmbeddingBench --repeat 1 --batches 16 \
  --models bge-small-en-v1.5-q target/bench/texts.txt

#!/usr/bin/env bash
# The embedding model alone on exactly what the default path embeds: the sentences the default
# bundle's analyzer finds in N pseudo-abstracts, one window per sentence, over session, threading,
# batching and session-option settings (org.stancemap.embed.SentenceBench).
# Usage: bench/embedding/run.sh [N] [SWEEP] [REPEAT]   SWEEP: full, or any of threads,l4j,batch,options,best
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-300}"; SWEEP="${2:-full}"; REPEAT="${3:-3}"
mkdir -p target/bench
python3 bench/classify/make-input.py "$N" target/bench/embedding-input.jsonl
CP="$(bench/classpath.sh)"
export OMP_NUM_THREADS=1
java -Xmx2g -cp "$CP" org.stancemap.embed.SentenceBench split models/default \
  target/bench/embedding-input.jsonl target/bench/embedding-sentences.txt 2>/dev/null
echo "load average at start: $(cat /proc/loadavg)"
java -Xmx2g -cp "$CP" org.stancemap.embed.SentenceBench target/bench/embedding-sentences.txt "$SWEEP" "$REPEAT" 2>/dev/null
echo "load average at end: $(cat /proc/loadavg)"

#!/usr/bin/env bash
# Accuracy benchmark of the stance model on labelled abstracts it was not trained on.
#   bench/accuracy/run.sh [LABELLED_FILE] [-- AccuracyBench options]
# LABELLED_FILE defaults to ../shared/devset/dev.jsonl (the development set beside the checkout; it is
# read from there, never copied into the repository). Prints:
#   1. models/default on the file: macro-F1 with a bootstrap interval, per-class F1, confusion matrix,
#      ECE, conformal coverage and set size, and the risk-coverage table (stancemap evaluate --gold);
#   2. the ablation table: every head, and parts of the evidence head, trained on corpus/seed.jsonl;
#   3. the learning curve: seed + N records of the file (N = 20, 40, 80), tested on the rest, 3 splits;
#   4. the labelling-loop simulation: label-next (auto) against random picks, 4 rounds of 10, 5 seeds.
# Options after "--" go to org.stancemap.eval.AccuracyBench, e.g. "-- --sections ablation" or "--splits 5".
# Takes about 10-20 minutes on 2 cores (embeddings are cached in ~/.cache/stancemap after the first run).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$HERE"
FILE="${1:-../shared/devset/dev.jsonl}"
[ "${1:-}" = "--" ] && FILE="../shared/devset/dev.jsonl"
shift $(( $# > 0 ? 1 : 0 )) || true
[ "${1:-}" = "--" ] && shift
if [ ! -f "$FILE" ]; then
  echo "bench/accuracy: labelled file $FILE is absent (the development set lives in ../shared/devset)" >&2
  exit 2
fi
bin/stancemap --version >/dev/null  # builds the jar when the sources changed
echo "== 1. models/default on $FILE"
bin/stancemap evaluate --model models/default --gold "$FILE" --json target/accuracy-default.json 2>/dev/null
echo
echo "== 2-4. ablation, learning curve, labelling loop"
OMP_NUM_THREADS=1 java -Xmx"${STANCEMAP_XMX:-6g}" -cp "$(bench/classpath.sh)" \
  org.stancemap.eval.AccuracyBench --file "$FILE" "$@" 2> >(grep -v -E 'WARN|^SLF4J' >&2)

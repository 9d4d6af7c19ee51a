#!/usr/bin/env bash
# The default path end to end against the model alone, paired and interleaved: for each of REPS
# rounds, classify N pseudo-abstracts with a BASE build (another checkout's cli/target/stancemap.jar,
# e.g. main's) and with this one (2 threads, no embedding cache), then time the model alone at its
# best setting on the same sentences (SentenceBench, 2 workers, a session each, 1 intra-op thread);
# then a cold and a warm run of this build with an embedding cache in a fresh folder. Prints each
# run's whole-command wall time, the classify loop's own records/s (the summary line: from the first
# record read to the last written, without JVM start and model load), and the load average.
# Usage: bench/embedding/e2e.sh [N] [BASE_CHECKOUT] [REPS]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-300}"; BASE="${2:-}"; REPS="${3:-3}"
mkdir -p target/bench
IN=target/bench/e2e-input.jsonl
python3 bench/classify/make-input.py "$N" "$IN"
bin/stancemap --version >/dev/null
CP="$(bench/classpath.sh)"
export OMP_NUM_THREADS=1
java -Xmx2g -cp "$CP" org.stancemap.embed.SentenceBench split models/default "$IN" target/bench/e2e-sentences.txt 2>/dev/null
run() {  # label jar args...
  local label="$1" jar="$2"; shift 2
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %M %U %S" -o target/bench/e2e-time.txt java -Xmx6g -jar "$jar" classify "$IN" --model models/default \
    --out "target/bench/e2e-$label.jsonl" --threads 2 --quiet "$@" 2> target/bench/e2e-err.txt >/dev/null
  local rate; rate="$(grep -o '[0-9.]* records/s' target/bench/e2e-err.txt | head -1)"
  read -r wall rss user sys < target/bench/e2e-time.txt
  printf '%-12s wall %6.2f s  %6.1f records/s whole command  loop %s  CPU %6.1f s (%5.1f ms/record)  max RSS %d MB  load %s\n' \
    "$label" "$wall" "$(python3 -c "print($N/$wall)")" "$rate" "$(python3 -c "print($user+$sys)")" \
    "$(python3 -c "print(1000*($user+$sys)/$N)")" "$((rss / 1024))" "$load"
}
# the fixed cost (JVM start, model and bundle load): one record
head -1 "$IN" > target/bench/e2e-one.jsonl
for r in $(seq "$REPS"); do
  echo "round $r"
  IN=target/bench/e2e-one.jsonl N=1 run new-1-record cli/target/stancemap.jar --no-embedding-cache
  [ -n "$BASE" ] && run base "$BASE/cli/target/stancemap.jar"
  run new cli/target/stancemap.jar --no-embedding-cache
  echo "model alone load $(cut -d' ' -f1 /proc/loadavg): $(java -Xmx2g -cp "$CP" org.stancemap.embed.SentenceBench \
    target/bench/e2e-sentences.txt best 1 2>/dev/null | grep -E '^production')"
done
CACHE="$(mktemp -d)"
run cold-cache cli/target/stancemap.jar --cache-dir "$CACHE"
run warm-cache cli/target/stancemap.jar --cache-dir "$CACHE"
echo "cache: $(du -sh "$CACHE" | cut -f1)"
rm -rf "$CACHE"
python3 - "$N" "$BASE" <<'PY'
import json, sys
def load(p):
    return {r["id"]: r for r in map(json.loads, open(p))}
new = load("target/bench/e2e-new.jsonl")
for other in (["target/bench/e2e-base.jsonl"] if sys.argv[2] else []) + ["target/bench/e2e-warm-cache.jsonl"]:
    o = load(other)
    diff = max(abs(new[i]["probabilities"][k] - o[i]["probabilities"][k]) for i in new for k in new[i]["probabilities"])
    labels = sum(new[i]["label"] != o[i]["label"] for i in new)
    print(f"{other}: max |dp| {diff:.2e}, labels differing {labels} of {len(new)}")
PY

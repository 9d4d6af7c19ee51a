#!/usr/bin/env bash
# The Spark job against the single-JVM classify, whole process, on the same pseudo-abstracts:
# bench/spark/run.sh [FAST_N [DEFAULT_N]] (default 100000 and 5000). FAST_N records with a tfidf-lr
# bundle (quick analysis, trained on corpus/seed.jsonl as bench/classify/fast.sh trains it) and DEFAULT_N
# with models/default; each through `bin/stancemap classify --threads 1|2` and
# `bin/stancemap-spark classify --master local[1]|local[2]`, RUNS times each (default 1), interleaved.
# Prints wall seconds, records/s, max RSS and the load average before each run; the scaling from 1
# to 2 cores; and the projected hours for 1,000,000 records on N cores (records/s on one core times N
# times the measured 1-to-2-core efficiency, which is an assumption beyond 2 cores). Needs only bash,
# /usr/bin/time and python3. Environment: RUNS, OUT (default target/bench/spark), STANCEMAP_XMX (default 4g).
set -euo pipefail
cd "$(dirname "$0")/../.."
FAST_N="${1:-100000}"
DEFAULT_N="${2:-5000}"
RUNS="${RUNS:-1}"
OUT="${OUT:-target/bench/spark}"
export STANCEMAP_XMX="${STANCEMAP_XMX:-4g}"
mkdir -p "$OUT"
bin/stancemap --version >/dev/null        # builds the CLI jar if needed
bin/stancemap-spark --version >/dev/null  # builds the Spark jar if needed

bundle="$OUT/tfidf-quick"
if [ ! -f "$bundle/manifest.json" ]; then
  bin/stancemap train --corpus corpus/seed.jsonl --model tfidf-lr --analyzer quick --out "$bundle" --quiet \
    >"$OUT/train.log" 2>&1 || { cat "$OUT/train.log" >&2; exit 1; }
fi

# one timed run: prints "wall maxrss_kb"
timed() {
  /usr/bin/time -o "$OUT/time.txt" -f "%e %M" "$@" >"$OUT/last.log" 2>&1 \
    || { echo "run.sh: failed: $*" >&2; tail -20 "$OUT/last.log" >&2; exit 1; }
  cat "$OUT/time.txt"
}

# bench NAME MODEL N EXTRA_CLI_OPTIONS...
bench() {
  local name="$1" model="$2" n="$3"; shift 3
  local in="$OUT/in$n.jsonl"
  [ -f "$in" ] || python3 bench/classify/make-input.py "$n" "$in" 2>/dev/null
  : >"$OUT/$name.tsv"
  for r in $(seq "$RUNS"); do
    for c in 1 2; do
      local load; load="$(cut -d' ' -f1-3 /proc/loadavg)"
      rm -f "$OUT/cli.jsonl" "$OUT/cli.jsonl.rejects.jsonl"
      echo -e "cli\t$c\t$(timed bin/stancemap classify "$in" --model "$model" --out "$OUT/cli.jsonl" --threads "$c" --quiet "$@")\t$load" >>"$OUT/$name.tsv"
      load="$(cut -d' ' -f1-3 /proc/loadavg)"
      rm -rf "$OUT/spark" "$OUT/spark.rejects"
      echo -e "spark\t$c\t$(timed bin/stancemap-spark classify --model "$model" --in "$in" --out "$OUT/spark" --master "local[$c]")\t$load" >>"$OUT/$name.tsv"
      grep -h "stancemap-spark: read" "$OUT/last.log" >&2 || true
    done
  done
  python3 - "$OUT/$name.tsv" "$name" "$n" <<'PY'
import sys, statistics
path, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = {}
for line in open(path):
    runner, cores, times, load = line.rstrip("\n").split("\t")
    wall, rss = times.split()
    runs.setdefault((runner, int(cores)), []).append((float(wall), int(rss), load))
print(f"== {name}: {n} records ==")
print(f"{'runner':8} {'cores':>5} {'wall s':>8} {'rec/s':>8} {'max RSS MiB':>11}  load average before")
rate = {}
for (runner, cores), rs in sorted(runs.items()):
    wall = statistics.median(r[0] for r in rs)
    rate[(runner, cores)] = n / wall
    print(f"{runner:8} {cores:5d} {wall:8.1f} {n / wall:8.1f} {max(r[1] for r in rs) / 1024:11.0f}  {'; '.join(r[2] for r in rs)}")
for runner in ("cli", "spark"):
    r1, r2 = rate[(runner, 1)], rate[(runner, 2)]
    eff = r2 / (2 * r1)
    hours = "  ".join(f"{c} cores {1e6 / (r1 * c * min(eff, 1.0)) / 3600:.2f} h" for c in (2, 8, 32, 128))
    print(f"{runner}: 1 -> 2 cores {r2 / r1:.2f}x (efficiency {eff:.2f}); 1M records: {hours}")
PY
}

echo "$(date -u +%FT%TZ) $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), -Xmx$STANCEMAP_XMX"
bench "tfidf-quick" "$bundle" "$FAST_N"
bench "default" models/default "$DEFAULT_N" --no-embedding-cache

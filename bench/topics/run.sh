#!/usr/bin/env bash
# Topic benchmark: MALLET LDA (this project) against gensim's LdaMulticore on the same token lists.
# See bench/README.md ("Topics") for what is measured and the recorded results.
#
# Environment (defaults in brackets): DOCS [20000], K [20], SEED [1],
# MALLET_RUNS [see below] (each THREADS:OPTIMIZE_INTERVAL:SWEEPS[:BURN_IN[:STOP_WINDOW:STOP_TOLERANCE]]; burn-in
# 200 and no early stop when left out; SWEEPS is the most sweeps when an early stop is given), GENSIM_PASSES
# ["10 50"], GENSIM_ITERATIONS [100], XMX [4g], OUT [target/bench/topics], CORPUS [corpus/seed.jsonl, else the
# R Discovery export in ../shared/seeds/ beside the checkout],
# STANCEMAP_CP (a ready classpath; otherwise bench/classpath.sh builds and prints it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/topics"
DOCS="${DOCS:-20000}"; K="${K:-20}"; SEED="${SEED:-1}"
MALLET_RUNS="${MALLET_RUNS:-1:10:250 1:10:1000:50:50:0.001 2:10:1000:50:50:0.001 1:10:60:20 2:10:60:20 1:10:40:10 2:10:40:10}"; GENSIM_PASSES="${GENSIM_PASSES:-10 50}"; GENSIM_ITERATIONS="${GENSIM_ITERATIONS:-100}"
OUT="${OUT:-$ROOT/target/bench/topics}"
if [ -z "${CORPUS:-}" ]; then
  if [ -f "$ROOT/corpus/seed.jsonl" ]; then CORPUS="$ROOT/corpus/seed.jsonl"
  else
    # the shared seed export lives beside the checkout, never inside it
    CORPUS="$(ls "$ROOT"/../shared/seeds/*.txt 2>/dev/null | head -1 || true)"
    if [ -z "$CORPUS" ]; then
      echo "bench/topics/run.sh: no seed corpus: neither $ROOT/corpus/seed.jsonl nor an R Discovery export" \
        "$(cd "$ROOT/.." && pwd)/shared/seeds/*.txt exists; set CORPUS=FILE (.jsonl with a text field, or an" \
        "R Discovery .txt export)" >&2
      exit 1
    fi
  fi
fi
if [ ! -f "$CORPUS" ]; then echo "bench/topics/run.sh: CORPUS=$CORPUS: no such file" >&2; exit 1; fi
mkdir -p "$OUT"; rm -rf "$OUT"/mallet-t* "$OUT"/gensim-*

# the peer, from Debian (for Debian's /usr/bin/python3, not a pyenv or venv python); never needed
# by the build or the tests
PY="${PYTHON:-/usr/bin/python3}"
if ! "$PY" -c 'import gensim' 2>/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends python3-gensim
fi

if [ -z "${STANCEMAP_CP:-}" ]; then
  STANCEMAP_CP="$("$ROOT/bench/classpath.sh")"
fi
JAVA=(java -Xmx"${XMX:-4g}" -XX:+UseParallelGC -cp "$STANCEMAP_CP")

{ echo "date: $(date -u +%FT%TZ)"; echo "cpus: $(nproc)"; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)";
  java -version 2>&1 | head -1; "$PY" -c 'import gensim, numpy; print("gensim", gensim.__version__, "numpy", numpy.__version__)'; } > "$OUT/machine.txt"

TOKENS=""
for RUN in $MALLET_RUNS; do
  IFS=: read -r T O I B W TOL <<< "$RUN"
  B="${B:-200}"; W="${W:-0}"; TOL="${TOL:-0}"
  dir="$OUT/mallet-t$T-o$O-i$I-b$B-w$W"
  # a failed run (MALLET's multi-threaded faults) is recorded, not fatal; its idle pool threads
  # keep the JVM alive, hence the timeout
  if ! timeout "${MALLET_TIMEOUT:-1800}" "${JAVA[@]}" org.stancemap.topics.TopicBench train --corpus "$CORPUS" \
      --out "$dir" --docs "$DOCS" --k "$K" --iterations "$I" --threads "$T" --optimize-interval "$O" --burn-in "$B" --stop-window "$W" --stop-tolerance "$TOL" --seed "$SEED" \
      > "$dir.log" 2>&1; then
    echo "MALLET run $RUN failed, see $dir.log" >> "$OUT/machine.txt"
  fi
  [ -f "$dir/tokens.txt" ] && TOKENS="$dir/tokens.txt"
done
for P in $GENSIM_PASSES; do
  tag="p$P-i$GENSIM_ITERATIONS"
  "$PY" "$HERE/gensim_lda.py" --tokens "$TOKENS" --out "$OUT" --k "$K" --passes "$P" \
    --iterations "$GENSIM_ITERATIONS" --seed "$SEED" > /dev/null
  "${JAVA[@]}" org.stancemap.topics.TopicBench score --tokens "$TOKENS" --topics "$OUT/gensim-topics-$tag.txt" \
    --out "$OUT/gensim-$tag-score.json" > /dev/null
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"

"$PY" - "$OUT" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
print(open(os.path.join(out, "machine.txt")).read().strip())
print("| run | wall s | tokens x sweeps/s | peak memory MiB | mean NPMI | mean UMass |")
print("|---|---:|---:|---:|---:|---:|")
for f in sorted(glob.glob(os.path.join(out, "mallet-t*/mallet.json"))):
    r = json.load(open(f))
    opt = f"optimise every {r['optimize_interval']} after {r['burn_in']}" if r["optimize_interval"] else "no optimisation"
    stop = r["early_stop"]
    sweeps = (f"{r['sweeps']} sweeps (early stop: window {stop['window']}, tolerance {stop['tolerance']:g}, at most {r['iterations']})"
              if stop["window"] else f"{r['sweeps']} sweeps")
    print(f"| MALLET {r.get('tool', '').split()[1]}, {sweeps}, {r['threads']} thread(s), {opt} | {r['wall_seconds']:.1f} | "
          f"{r['tokens_sampled_per_second']/1e6:.1f}M | {r['peak_heap_mib']:.0f} (heap) | {r['mean_npmi']:.3f} | {r['mean_umass']:.1f} |")
for f in sorted(glob.glob(os.path.join(out, "gensim-p*-i*.json"))):
    if f.endswith("-score.json"):
        continue
    r = json.load(open(f))
    s = json.load(open(f[:-5] + "-score.json"))
    print(f"| gensim {r['passes']} passes, {r['iterations']} iterations, {r['workers']} worker(s) | {r['wall_seconds']:.1f} | "
          f"{r['tokens_per_second']/1e6:.2f}M | {r['peak_rss_mib_main']:.0f} + {r['peak_rss_mib_workers']:.0f} (RSS) | "
          f"{s['mean_npmi']:.3f} | {s['mean_umass']:.1f} |")
PY

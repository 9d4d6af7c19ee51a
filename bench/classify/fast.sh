#!/usr/bin/env bash
# The fast path against scikit-learn, whole process, on the same files: bench/classify/fast.sh [N...]
# (default 20000 100000). For each N it writes N pseudo-abstracts (make-input.py), trains a tfidf-lr
# bundle per analyzer (train's defaults otherwise) and the scikit-learn peer on the same
# corpus/seed.jsonl, then times `bin/stancemap classify` with each bundle and `sklearn_stance.py
# predict` on that file, interleaved (A B C A B C ...), RUNS times each (default 3), and prints
# medians, the ratio, records/s, %CPU and max RSS from /usr/bin/time. Environment: RUNS, ANALYZERS
# (default "fast quick"), THREADS (classify --threads, default: all cores), STANCEMAP_XMX (default 1g
# here), OUT (default target/bench/fast).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(20000 100000)
RUNS="${RUNS:-3}"
OUT="${OUT:-target/bench/fast}"
PEER=../shared/peers/sklearn_stance.py
export STANCEMAP_XMX="${STANCEMAP_XMX:-1g}"
mkdir -p "$OUT"
[ -f "$PEER" ] || { echo "fast.sh: $PEER not found (the shared peer scripts sit beside the checkout)" >&2; exit 2; }
if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  echo "fast.sh: installing Debian's python3-sklearn ..." >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q python3-sklearn >&2; else sudo apt-get install -y -q python3-sklearn >&2; fi
fi
bin/stancemap --version >/dev/null   # builds the jar if needed

read -r -a ANALYZERS <<<"${ANALYZERS:-fast quick}"
for a in "${ANALYZERS[@]}"; do
  bundle="$OUT/tfidf-$a"
  if [ ! -f "$bundle/manifest.json" ] || [ -n "$(find cli/target/stancemap.jar corpus/seed.jsonl -newer "$bundle/manifest.json" -print -quit)" ]; then
    rm -rf "$bundle"
    bin/stancemap train --corpus corpus/seed.jsonl --model tfidf-lr --analyzer "$a" --out "$bundle" --quiet >"$OUT/train-$a.log" 2>&1 \
      || { cat "$OUT/train-$a.log" >&2; exit 1; }
  fi
done
/usr/bin/python3 "$PEER" train corpus/seed.jsonl "$OUT/sklearn.pkl" >"$OUT/sklearn-train.log" 2>&1 \
  || { cat "$OUT/sklearn-train.log" >&2; exit 1; }

# one timed run: prints "wall cpu% maxrss_kb"
timed() {
  local log="$OUT/time.$$"
  /usr/bin/time -o "$log" -f "%e %P %M" "$@" >/dev/null 2>"$OUT/last-stderr.log" \
    || { echo "fast.sh: failed: $*" >&2; cat "$OUT/last-stderr.log" >&2; exit 1; }
  tr -d '%' <"$log"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "$(date -u +%FT%TZ) $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), sklearn $(/usr/bin/python3 -c 'import sklearn; print(sklearn.__version__)'), -Xmx$STANCEMAP_XMX"
for n in "${SIZES[@]}"; do
  in="$OUT/in$n.jsonl"
  [ -f "$in" ] || python3 bench/classify/make-input.py "$n" "$in" 2>/dev/null
  : >"$OUT/s$n.txt"
  for a in "${ANALYZERS[@]}"; do : >"$OUT/j$n-$a.txt"; done
  echo "N=$n loadavg before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for r in $(seq "$RUNS"); do
    for a in "${ANALYZERS[@]}"; do
      timed bin/stancemap classify "$in" --model "$OUT/tfidf-$a" --out "$OUT/out$n-$a.jsonl" --quiet ${THREADS:+--threads "$THREADS"} >>"$OUT/j$n-$a.txt"
    done
    timed /usr/bin/python3 "$PEER" predict "$OUT/sklearn.pkl" "$in" "$OUT/skl$n.jsonl" >>"$OUT/s$n.txt"
  done
  for a in "${ANALYZERS[@]}"; do
    lines=$(wc -l <"$OUT/out$n-$a.jsonl"); rejected=$(cat "$OUT/out$n-$a.jsonl.rejects.jsonl" 2>/dev/null | wc -l)
    [ $((lines + rejected)) -eq "$n" ] || { echo "fast.sh: $a: $lines written + $rejected rejected != $n read" >&2; exit 1; }
  done
  python3 - "$n" "$OUT" "${ANALYZERS[@]}" <<'PY'
import statistics as st, sys
n, out, analyzers = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
def rows(p): return [list(map(float, l.split())) for l in open(p) if l.strip()]
sk = rows(f"{out}/s{n}.txt")
sw = st.median(x[0] for x in sk)
def line(name, r):
    w = st.median(x[0] for x in r)
    print(f"  {name:40s} median {w:7.2f} s  runs {' '.join(f'{x[0]:.2f}' for x in r)}  {n / w:7.0f} records/s"
          f"  CPU {st.median(x[1] for x in r):.0f}%  max RSS {max(x[2] for x in r) / 1024:.0f} MiB")
    return w
for a in analyzers:
    r = rows(f"{out}/j{n}-{a}.txt")
    w = line(f"stancemap classify (tfidf-lr, {a})", r)
    pairs = [s[0] / j[0] for s, j in zip(sk, r)]
    print(f"    speed against scikit-learn (its time / ours): median of medians {sw / w:.2f}x,"
          f" run by run {' '.join(f'{p:.2f}' for p in pairs)}")
line("sklearn_stance.py predict", sk)
PY
  echo "N=$n loadavg after: $(cut -d' ' -f1-3 /proc/loadavg)"
done

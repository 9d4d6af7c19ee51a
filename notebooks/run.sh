#!/usr/bin/env bash
# Runs the notebooks headless on outputs produced from the seed corpus, as CI does:
#   1. bin/stancemap trains a model on corpus/seed.jsonl, classifies the R Discovery export of the
#      same 15 abstracts (unlabelled, as new data comes), writes the literature map and
#      cross-validates, into target/notebook-inputs/;
#   2. jupyter nbconvert executes each notebook into target/notebooks/<name>.html.
# Exits non-zero when a command or any notebook cell fails. Needs notebooks/setup.sh first.
# STANCEMAP_NOTEBOOK_INPUTS=DIR skips step 1 and reads the inputs from DIR instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/notebooks"
mkdir -p "$OUT"

if [ -z "${STANCEMAP_NOTEBOOK_INPUTS:-}" ]; then
  IN="$ROOT/target/notebook-inputs"
  mkdir -p "$IN"
  SM="$ROOT/bin/stancemap"
  SEED_TXT="corpus/seed-rdiscovery-000_6683469129a847d7.txt"
  "$SM" train --corpus corpus/seed.jsonl --out "$IN/model" --force -q > "$IN/training.txt"
  "$SM" classify "$SEED_TXT" --model "$IN/model" --out "$IN/classified.jsonl" -q
  "$SM" report --results "$IN/classified.jsonl" --out "$IN/map"
  "$SM" evaluate --corpus corpus/seed.jsonl --cv loo --json "$IN/evaluation.json" > "$IN/evaluation.txt"
else
  IN="$STANCEMAP_NOTEBOOK_INPUTS"
fi

export STANCEMAP_RESULTS="$IN/classified.jsonl"
export STANCEMAP_MAP="$IN/map/report.json"
export STANCEMAP_EVALUATION="$IN/evaluation.json"
# Debian's jupyter and kernel (python3-ipykernel runs /usr/bin/python3), whatever python is first on PATH
JUPYTER="${JUPYTER:-/usr/bin/jupyter}"
# no MPLBACKEND: the kernel's inline backend must embed the figures in the HTML
export PYDEVD_DISABLE_FILE_VALIDATION=1
for nb in stance_map evaluation; do
  echo "notebooks/run.sh: executing notebooks/$nb.ipynb" >&2
  "$JUPYTER" nbconvert --to html --execute --ExecutePreprocessor.timeout=300 \
    --output-dir "$OUT" --output "$nb" "notebooks/$nb.ipynb"
done
echo "notebooks/run.sh: $OUT/stance_map.html, $OUT/evaluation.html" >&2

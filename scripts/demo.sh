#!/usr/bin/env bash
# make demo: load the example article into the embedded store, run every query of the
# library (with the parameters of its example line) and write the exports.
set -euo pipefail
cd "$(dirname "$0")/.."
KG="${KG:-.venv/bin/kg}"
OUT="${OUT:-demo-output}"
STORE="${STORE:-kg-store}"
mkdir -p "$OUT/queries"

echo "== loading examples/ into the embedded store $STORE"
"$KG" load examples/ --store "$STORE"

echo "== running the query library (results in $OUT/queries/)"
for rq in queries/*.rq; do
  name=$(basename "$rq" .rq)
  example=$(grep -m1 -E '^#[[:space:]]*example:' "$rq" | sed -E 's/^#[[:space:]]*example:[[:space:]]*//' || true)
  args=()
  if [ -n "$example" ]; then
    # the words after "kg query NAME" (e.g. --param place=Stepanakert)
    eval "set -- $example"
    shift 3 || true
    args=("$@")
  fi
  "$KG" query "$name" --store "$STORE" --format csv "${args[@]}" > "$OUT/queries/$name.csv"
  rows=$(( $(wc -l < "$OUT/queries/$name.csv") - 1 ))
  if [ "$rows" -eq 1 ]; then word=row; else word=rows; fi
  printf '  %-28s %4d %s\n' "$name" "$rows" "$word"
done

echo "== exports (in $OUT/)"
"$KG" export --list-formats | while IFS=$'\t' read -r fmt ext; do
  "$KG" export --store "$STORE" --format "$fmt" -o "$OUT/graph.$ext"
done
echo "done: store in $STORE, query results and exports in $OUT/"

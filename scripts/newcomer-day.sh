#!/usr/bin/env bash
# A newcomer's day with kg, from a fresh folder (issue 13): load plain text, HTML, JSON lines,
# PDF, Word and standard input; load again (nothing changes), load a changed article, remove
# one; run every query of the library and write every export; make the usual mistakes (a web
# address, a sidecar alone, a mistyped store); end with `kg validate` on a valid store.
# Fails at the first step whose exit status is not the expected one, or whose output holds a
# Python traceback.
#   bash scripts/newcomer-day.sh            (kg's Python: .venv/bin/python, or PYTHON=...)
#   KEEP=1 bash scripts/newcomer-day.sh     keep the day's folder and print where it is
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || command -v python3 )}"
case "$PYTHON" in /*) ;; *) PYTHON="$ROOT/$PYTHON" ;; esac
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
day="$(mktemp -d -t kg-day.XXXXXX)"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$day"' EXIT; else echo "the day's folder: $day"; fi
cd "$day"
steps=0

# run EXPECTED_STATUS DESCRIPTION -- kg ARGS... : run kg, check its status and that nothing crashed
run() {
  local want="$1" what="$2"; shift 3
  steps=$((steps + 1))
  set +e
  "$PYTHON" -m kg "$@" > "out.$steps" 2> "err.$steps" < "${STDIN_FILE:-/dev/null}"
  local got=$?
  set -e
  if grep -q "Traceback (most recent call last)" "out.$steps" "err.$steps"; then
    echo "FAIL [$what]: a traceback"; cat "err.$steps"; exit 1
  fi
  if [ "$got" != "$want" ]; then
    echo "FAIL [$what]: exit $got, expected $want: kg $*"; tail -5 "err.$steps"; exit 1
  fi
  printf '  ok  %-58s %s\n' "$what" "$(tail -1 "err.$steps" | cut -c1-70)"
}

echo "== inputs (several crises, several formats)"
mkdir -p articles reports
cp "$ROOT"/examples/politico-2023-09-19.* articles/   # the README's example, whose names the library's examples use
cat > articles/sudan-el-fasher.txt <<'TXT'
RSF shelling kills civilians in El Fasher

The Rapid Support Forces shelled Abu Shouk camp near El Fasher on Sunday, killing at least 12 civilians, the Sudanese Doctors Network said. The United Nations called for an immediate ceasefire in North Darfur.
TXT
cat > articles/haiti-gangs.html <<'HTML'
<!DOCTYPE html><html lang="en"><head><title>Gangs attack Mirebalais prison</title>
<meta property="article:published_time" content="2025-03-31"></head>
<body><nav>Home | World | Americas</nav><article><h1>Gangs attack Mirebalais prison</h1>
<p>Armed gangs attacked the prison in Mirebalais, Haiti, on Monday and freed more than 500 inmates, the national police said.</p>
<p>The Kenyan-led security mission sent reinforcements to the town on Tuesday.</p></article>
<footer>Share this article</footer></body></html>
HTML
cat > articles/wire.jsonl <<'JSONL'
{"id": "wire-yemen", "title": "Strikes hit Hodeidah port", "published": "2024-07-21", "text": "Israeli warplanes struck the port of Hodeidah in Yemen on Saturday, the Houthi-run health ministry said."}
{"id": "wire-myanmar", "title": "Arakan Army takes Maungdaw", "published": "2024-12-09", "text": "The Arakan Army said on Sunday it had captured Maungdaw on Myanmar's border with Bangladesh."}
JSONL
printf 'PK\003\004' > articles/casualty-figures.xlsx   # a spreadsheet: not an article
"$PYTHON" - "$ROOT" <<'PY'
import sys
sys.path.insert(0, sys.argv[1] + "/tests/ingest")
from pathlib import Path
from reports import write_docx, write_pdf
write_pdf(Path("reports/ocha-north-kivu.pdf"), [[
    "North Kivu: Flash Update No. 3",
    "",
    "M23 rebels entered Goma on Monday after heavy fighting with the Congolese army.",
    "OCHA said that more than 400,000 people had fled the fighting around Goma.",
]], title="North Kivu: Flash Update No. 3")
write_docx(Path("reports/unhcr-amhara.docx"), [
    "Fano militia clash with federal forces near Bahir Dar",
    "Fano fighters attacked Ethiopian National Defense Force positions near Bahir Dar on Thursday, UNHCR said.",
], title="Amhara situation report")
PY
cat > somalia.txt <<'TXT'
Al-Shabab attack on Mogadishu hotel

Al-Shabab gunmen attacked a hotel in Mogadishu on Friday, Somalia's police said.
TXT

echo "== loading"
run 0 "load a folder (txt, HTML, JSON lines; one unsupported file)" -- load articles
grep -q "casualty-figures.xlsx: unsupported format" "err.$steps" || { echo "FAIL: the .xlsx was not reported"; exit 1; }
run 0 "load PDF and Word reports" -- load reports
STDIN_FILE=somalia.txt run 0 "load standard input" -- load -
run 0 "load the folder again: nothing changes" -- load articles
grep -q "unchanged" "err.$steps" || { echo "FAIL: a reload changed something"; exit 1; }
sed -i 's/on Saturday, the Houthi-run health ministry said./on Saturday; the Houthi-run health ministry said 6 people were killed./' articles/wire.jsonl
run 0 "load a changed article" -- load articles/wire.jsonl
grep -q "replaced" "err.$steps" || { echo "FAIL: the changed article was not replaced"; exit 1; }
run 0 "remove an article" -- remove wire-myanmar
run 0 "kg validate after the day's loads" -- validate
grep -q " 0 with violations" "out.$steps" "err.$steps" || { echo "FAIL: violations"; cat "out.$steps"; exit 1; }

echo "== a newcomer's mistakes: one clear line each, no traceback"
run 1 "a web address" -- load https://reliefweb.int/report/sudan
run 1 "a sidecar alone" -- load articles/politico-2023-09-19.json
run 1 "a mistyped store" -- query articles --store kg-stor
run 1 "a mistyped query name" -- query artciles
run 1 "a SPARQL update" -- query --sparql "DELETE WHERE { ?s ?p ?o }"

echo "== every query of the library (the parameters of its example line)"
mkdir -p results
run 0 "kg query --list" -- query --list
for rq in "$ROOT"/queries/*.rq; do
  name="$(basename "$rq" .rq)"
  example="$(grep -m1 -E '^#[[:space:]]*example:' "$rq" | sed -E 's/^#[[:space:]]*example:[[:space:]]*//' || true)"
  args=()
  if [ -n "$example" ]; then eval "set -- $example"; shift 3 || true; args=("$@"); fi
  run 0 "query $name" -- query "$name" --format csv "${args[@]}"
  cp "out.$steps" "results/$name.csv"
done
run 0 "query articles: headlines for the plain text and stdin" -- query articles --format csv
grep -q "RSF shelling kills civilians in El Fasher" "out.$steps" || { echo "FAIL: no headline from the text file"; exit 1; }
grep -q "Al-Shabab attack on Mogadishu hotel" "out.$steps" || { echo "FAIL: no headline from stdin"; exit 1; }
run 0 "a SEM-only query" -- query --sparql 'PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> SELECT * WHERE { ?event sem:hasActor ?actor } LIMIT 5'
[ "$(head -1 "out.$steps" | awk '{print $1, $2}')" = "event actor" ] || { echo "FAIL: SELECT * columns"; head -2 "out.$steps"; exit 1; }

echo "== every export"
mkdir -p exports
run 0 "kg export --list-formats" -- export --list-formats
cp "out.$steps" formats.tsv
while IFS=$'\t' read -r fmt ext; do
  run 0 "export $fmt (format from the file name)" -- export -o "exports/graph.$ext"
done < formats.tsv
run 0 "export to standard output" -- export --format turtle
run 0 "extract N-Triples" -- extract articles/sudan-el-fasher.txt -o exports/sudan.nt
run 0 "extract RDF/XML" -- extract reports/unhcr-amhara.docx -o exports/amhara.rdf

echo "== the end of the day"
run 0 "kg stats" -- stats
run 0 "kg validate" -- validate
grep -q " 0 with violations" "out.$steps" "err.$steps" || { echo "FAIL: violations at the end"; cat "out.$steps"; exit 1; }
echo "newcomer's day: $steps steps, a valid store, no traceback"

#!/usr/bin/env bash
# Speed and size figures, measured on real files with the release build. Figures are printed,
# never asserted: machines differ, and a slow run should be looked at, not fail a build.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p groundwork-cli
cli=target/release/groundwork-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/chapter.sqlite"
$cli --db "$db" init --name "Benchmark Chapter" --lang en,es >/dev/null

seconds() { # seconds COMMAND...: wall time of one run
  local start end
  # The previous step's files are written out first, so that writing them back does not
  # compete with the run being timed.
  sync
  start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
  local ms=$(( (end - start) / 1000000 ))
  printf "%d.%03d" $((ms / 1000)) $((ms % 1000))
}

echo "== sign-in sheets"
t=$(seconds $cli --db "$db" print sign-in --out "$work/one.pdf")
echo "one page: ${t} s, $(stat -c %s "$work/one.pdf") bytes"
t=$(seconds $cli --db "$db" print sign-in --rows 18000 --lang en+es --out "$work/packet.pdf")
pages=$(pdfinfo "$work/packet.pdf" | awk '/^Pages:/ {print $2}')
echo "packet of ${pages} pages: ${t} s, $(stat -c %s "$work/packet.pdf") bytes"

echo "== backup"
t=$(seconds $cli --db "$db" backup "$work/backup.sqlite")
echo "backup of a new chapter: ${t} s"

echo "== the national list: 50,000 rows in the 2024 layout"
cargo run -q --release -p groundwork-core --example national_list_2024 -- 50000 "$work/list.csv"
if command -v sqlite3 >/dev/null; then
  floor=$(seconds sqlite3 "$work/floor.sqlite" ".mode csv" ".import $work/list.csv bare")
  echo "sqlite3 .import into a bare table (the floor): ${floor} s"
else
  floor=""
  echo "sqlite3 is not installed; no floor to compare with"
fi
# This machine's speed swings by a tenth or more from one run to the next, so the first import
# and the schema floor are each timed five times, taking turns so that a slow spell falls on
# both, and their medians compared.
median() { printf "%s\n" "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
cargo build -q --release -p groundwork-core --example schema_floor
list_db="$work/list.sqlite"
firsts=()
floors=()
for run in 1 2 3 4 5; do
  rm -f "$list_db" "$list_db"-wal "$list_db"-shm
  $cli --db "$list_db" init --name "List Benchmark" >/dev/null
  firsts+=("$(seconds $cli --db "$list_db" import "$work/list.csv")")
  sync
  floors+=("$(target/release/examples/schema_floor "$work/list.csv" 2>/dev/null)")
done
first=$(median "${firsts[@]}")
again=$(seconds $cli --db "$list_db" import "$work/list.csv")
echo "import into an empty chapter: ${first} s (median of ${firsts[*]})"
echo "weekly re-import of the same list: ${again} s"
schema_floor=$(median "${floors[@]}")
echo "the schema's own floor (the same rows copied into today's tables, one INSERT … SELECT each): ${schema_floor} s (median of ${floors[*]})"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
echo "first import vs the schema floor: $(ratio "$first" "$schema_floor") (target: within 1.5x)"
if [ -n "$floor" ]; then
  echo "first import vs sqlite3 .import: $(ratio "$first" "$floor")"
  echo "re-import vs sqlite3 .import: $(ratio "$again" "$floor") (target: within 2.5x)"
fi

echo "where the first import's time goes (read, check, open, merge):"
phases_db="$work/phases.sqlite"
cargo run -q --release -p groundwork-core --example import_phases -- "$work/list.csv" "$phases_db"

echo "== needs assessment: 5,000 forms entered and tallied, 500 forms printed"
needs_db="$work/needs.sqlite"
$cli --db "$needs_db" init --name "Needs Benchmark" --lang en,es >/dev/null
cargo run -q --release -p groundwork-core --example needs_bench -- "$needs_db"
assessment=$($cli --db "$needs_db" needs list --format csv | awk -F, 'NR == 2 {print $1}')
t=$(seconds $cli --db "$needs_db" print needs-forms --assessment "$assessment" --count 500 --lang en+es --out "$work/forms.pdf")
echo "500 bilingual forms: ${t} s, $(pdfinfo "$work/forms.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$work/forms.pdf") bytes"

echo "== search as you type over those 50,000 people"
cargo run -q --release -p groundwork-core --example search_bench -- "$list_db"

echo "== memory of the running app with those 50,000 people"
tools/app_memory.sh "$list_db"

echo "== organizations and the connections assessment: 3,000 organizations, 20,000 ties, over those 50,000 people"
cargo run -q --release -p groundwork-core --example orgs_bench -- "$list_db"
# Three runs of each, medians compared, for the same reason as the first import's.
cx_runs=(); sign_runs=()
for run in 1 2 3; do
  cx_runs+=("$(seconds $cli --db "$list_db" print connections-form --count 500 --lang en+es --out "$work/connections.pdf")")
  sign_runs+=("$(seconds $cli --db "$db" print sign-in --rows 18000 --lang en+es --out "$work/packet2.pdf")")
done
t=$(median "${cx_runs[@]}")
t_sign=$(median "${sign_runs[@]}")
cx_pages=$(pdfinfo "$work/connections.pdf" | awk '/^Pages:/ {print $2}')
echo "500 bilingual connections forms: ${t} s (median of ${cx_runs[*]}), ${cx_pages} pages, $(stat -c %s "$work/connections.pdf") bytes"
sign_pages=$(pdfinfo "$work/packet2.pdf" | awk '/^Pages:/ {print $2}')
awk -v a="$t" -v ap="$cx_pages" -v b="$t_sign" -v bp="$sign_pages" 'BEGIN {
  printf "per page: connections forms %.2f ms, sign-in packet %.2f ms: %.2fx (target: within 2x)\n",
    1000 * a / ap, 1000 * b / bp, (a / ap) / (b / bp) }'
t=$(seconds $cli --db "$list_db" print starting-points --out "$work/start.pdf")
echo "the starting-points report over those ties: ${t} s"

echo "== campaigns and power maps"
cargo run -q --release -p groundwork-print --example map_bench
# Frame times while a node is dragged on a map of that size, in the real app window.
node tools/map_drag_bench.mjs

echo "== canvassing"
cargo run -q --release -p groundwork-print --example canvass_bench

echo "== training"
cargo run -q --release -p groundwork-print --example training_bench

echo "== small grants"
grants_db="$work/grants.sqlite"
$cli --db "$grants_db" demo >/dev/null
application=$($cli --db "$grants_db" grants list --format csv | awk -F, 'NR == 2 {print $1}')
t=$(seconds $cli --db "$grants_db" print grant-application --application "$application" --lang en+es --out "$work/application.pdf")
echo "a bilingual application printed: ${t} s, $(pdfinfo "$work/application.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$work/application.pdf") bytes"
cargo run -q --release -p groundwork-core --example grants_bench -- "$work"
national_db="$work/grants-national.sqlite"
round=$($cli --db "$national_db" grants round list --format csv | awk -F, 'NR == 2 {print $1}')
t=$(seconds $cli --db "$national_db" print round-summary --round "$round" --lang en+es --out "$work/round.pdf")
echo "the summary of that round of 500 awards: ${t} s, $(pdfinfo "$work/round.pdf" | awk '/^Pages:/ {print $2}') pages"
letter_for=$($cli --db "$national_db" grants list --round "$round" --format csv | awk -F, 'NR == 2 {print $1}')
t=$(seconds $cli --db "$national_db" print decision-letter --application "$letter_for" --out "$work/letter.pdf")
echo "a decision letter: ${t} s"

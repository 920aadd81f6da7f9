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

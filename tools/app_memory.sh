#!/usr/bin/env bash
# Peak memory of the running app on a chapter database: starts the release app under its own
# Xvfb, lets it settle (no growth for 5 s), and prints the peak resident size (VmHWM) of the
# app and of each WebKit process it started. Usage: tools/app_memory.sh DB [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1
limit=${2:-60}
cargo build -q --release -p groundwork-app
app=target/release/groundwork
n=$((150 + $$ % 40))
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
DISPLAY=":$n" GROUNDWORK_DB="$db" "$app" >/dev/null 2>&1 &
pid=$!

family() { # the app and every process under it
  local p=$1
  echo "$p"
  for c in $(pgrep -P "$p" || true); do family "$c"; done
}
kib() { awk -v k="$1" '$1 == k":" {print $2}' "/proc/$2/status" 2>/dev/null || echo 0; }
total() {
  local sum=0
  for p in $(family "$pid"); do sum=$((sum + $(kib VmRSS "$p"))); done
  echo "$sum"
}

last=0 steady=0
for _ in $(seq $((limit * 2))); do
  sleep 0.5
  now=$(total)
  if [ "$now" -le $((last + 512)) ] && [ "$now" -gt 0 ]; then
    steady=$((steady + 1))
  else
    steady=0
  fi
  last=$now
  [ "$steady" -ge 10 ] && break
done
for p in $(family "$pid"); do
  printf "  %-22s peak %6d MiB, now %6d MiB\n" "$(cat "/proc/$p/comm")" \
    $(($(kib VmHWM "$p") / 1024)) $(($(kib VmRSS "$p") / 1024))
done
echo "  all together now: $((last / 1024)) MiB"

#!/usr/bin/env bash
# Installs what Groundwork needs to build, run and test, skipping whatever is already there so
# the second run is quick. Used by `make run` and `make test`; safe to run by hand.
#   tools/deps.sh build   system packages to build the app, and the UI's npm packages
#   tools/deps.sh test    also the real-window test tools (Xvfb, WebKitWebDriver, tauri-driver,
#                         PDF checkers) and the end-to-end tests' npm packages
set -euo pipefail
cd "$(dirname "$0")/.."

want="${1:-build}"
build_packages=(libwebkit2gtk-4.1-dev build-essential pkg-config file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev)
test_packages=(xvfb webkit2gtk-driver poppler-utils qpdf xauth dbus-daemon sqlite3)
bench_packages=(sqlite3 poppler-utils)

packages=("${build_packages[@]}")
if [ "$want" = test ]; then packages+=("${test_packages[@]}"); fi
if [ "$want" = bench ]; then packages+=("${bench_packages[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm ci only when the lock file changed since the last install.
npm_install() {
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "Installing npm packages in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
}
npm_install ui

if [ "$want" = test ]; then
  npm_install tests
  if ! command -v tauri-driver >/dev/null; then
    echo "Installing tauri-driver 2.1.0"
    cargo install tauri-driver --version 2.1.0 --locked
  fi
fi

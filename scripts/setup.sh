#!/usr/bin/env bash
# Installs what building, running and testing Huiskamer need on Debian 12,
# skipping whatever is already there. Usage: scripts/setup.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-run}

apt_packages=(libwebkit2gtk-4.1-dev build-essential libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev pkg-config file curl ca-certificates
  fonts-dejavu-core fonts-thai-tlwg)
# fonts-dejavu-core draws Arabic, Cyrillic and Latin; fonts-thai-tlwg draws Thai
# (WebKit uses the system fonts; a phone brings its own).
# Node.js for the UI build: Debian's own (18.19 on Debian 12) is enough.
command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)
if [ "$what" = test ]; then
  # postgresql: the server's tests also run on PostgreSQL; chromium and its
  # driver: the dashboard is tested in a real browser; python3-aiosmtpd: a
  # real SMTP server on loopback for the on-call mail of check-in alerts;
  # python3-dbus, python3-gi: a notification server with buttons on the
  # e2e tests' private D-Bus (tests/support/notification-server.py).
  apt_packages+=(xvfb xauth webkit2gtk-driver postgresql chromium chromium-driver x11-utils dbus-daemon dbus-bin sqlite3 python3-aiosmtpd python3-dbus python3-gi)
fi
if [ "$what" = run ]; then
  apt_packages+=(xvfb xauth)
fi

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Rust: the toolchain from rustup (Debian 12's cargo is too old for Tauri 2).
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: installing the Rust toolchain with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  export PATH="$HOME/.cargo/bin:$PATH"
fi

if [ "$what" = test ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --version '^2'
fi

# UI packages at the locked versions. The lock file lists every platform's
# optional packages (rollup, the Tauri CLI), as npm 11 writes it, so this
# install leaves it unchanged and `git status` stays clean after the tests.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing UI packages"
  (cd ui && npm install --no-audit --no-fund --loglevel=error)
fi

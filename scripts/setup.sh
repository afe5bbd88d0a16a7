#!/usr/bin/env bash
#! Installs whatever the build and the tests need and is missing, at pinned versions; idempotent.
# Everything comes from crates.io, npm or Debian's packages: nothing downloads a prebuilt binary
# from elsewhere (CI cannot reach anything else).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
# Must equal the `wasm-bindgen = "=..."` pin in Cargo.toml: the CLI and the crate must never drift.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# `setup.sh --build-only` (what scripts/start.sh runs) skips what only the tests need.
build_only=false
[ "${1:-}" = "--build-only" ] && build_only=true

# Debian's Chromium and ChromeDriver, for wasm-bindgen-test and Playwright, ShellCheck for the
# scripts, and fonts-noto-core's Noto Sans Arabic for the CLI's Arabic PNGs (src/draw/raster.rs;
# tests/cli.rs checks one is shaped).
if ! $build_only && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v shellcheck >/dev/null \
  || [ ! -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ]; }; then
  say "installing chromium, chromium-driver, shellcheck and fonts-noto-core from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver shellcheck fonts-noto-core >/dev/null
fi

# The wasm target and the lint tools.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

# wasm-pack and a wasm-bindgen CLI that matches the crate exactly (so wasm-pack downloads nothing).
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION from crates.io (about 2 minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --quiet
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes)"
  # Without --locked: its lockfile pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force --quiet
fi

# npm tools (binaryen's wasm-opt, playwright-core, world-atlas, topojson-client, ...), from package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "tools ready"

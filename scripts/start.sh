#!/usr/bin/env bash
#! Installs what is missing, builds the release wasm and serves the page on http://127.0.0.1:8080
#! (PORT=... to change it). The main job: the map and timeline on the embedded dataset.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --build-only # Chromium is for the tests only
bash scripts/build.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"

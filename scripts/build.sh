#!/usr/bin/env bash
#! Builds the wasm package into www/pkg with the settings in wasm-pack.toml (release by default;
#! `scripts/build.sh dev` for a fast unoptimised build), then the JavaScript bundles the pages load
#! (scripts/bundle.mjs: minified in release, readable in dev). Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

setting() { sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" wasm-pack.toml; }
target=$(setting target); out_dir=$(setting out_dir); out_name=$(setting out_name)
profile=${1:-$(setting profile)}; wasm_opt=$(setting wasm_opt)

# The embedded shapes (data/geo/) are generated from world-atlas by scripts/build-shapes.mjs and
# committed; the build never rewrites tracked files (scripts/check.sh checks they are current).

# --no-opt: we run wasm-opt ourselves with the flags above (wasm-pack has no flag to pass them).
# --no-default-features: the CLI's features (schema, png; Cargo.toml) stay out of the wasm.
wasm-pack build --"$profile" --no-opt --target "$target" --out-dir "$out_dir" --out-name "$out_name" -- --no-default-features >/dev/null 2>/tmp/wasm-pack.log \
  || { cat /tmp/wasm-pack.log; exit 1; }
wasm="$out_dir/${out_name}_bg.wasm"
if [ "$profile" = release ]; then
  # shellcheck disable=SC2086 # the flags are a list on purpose
  wasm-opt $wasm_opt "$wasm" -o "$wasm.opt" && mv "$wasm.opt" "$wasm"
fi
raw=$(wc -c <"$wasm"); gz=$(gzip -9c "$wasm" | wc -c)
echo "build: $wasm ($profile) $raw bytes, $gz gzip -9"

# One script per page: app.js / the embed / the iframe embed, each with ui.js and the glue above.
node scripts/bundle.mjs "$profile"

#!/usr/bin/env bash
#! Builds the wasm package into www/pkg with the settings in wasm-pack.toml (release by default;
#! `scripts/build.sh dev` for a fast unoptimised build): the first module (coalition_map, what the
#! page loads), the third (coalition_timeline, fetched after the map's first paint) and the second
#! (coalition_tools, fetched on demand), then the JavaScript bundles the
#! pages load (scripts/bundle.mjs: minified in release, readable in dev), the pages
#! (scripts/pages.mjs) and the rest of the npm package (scripts/package.mjs: its entries, the
#! element, types, exports map, baked files). Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

setting() { sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" wasm-pack.toml; }
target=$(setting target); out_dir=$(setting out_dir); out_name=$(setting out_name)
features=$(setting features); tools_out_name=$(setting tools_out_name); tools_features=$(setting tools_features)
profile=${1:-$(setting profile)}; wasm_opt=$(setting wasm_opt)
timeline_out_name=$(setting timeline_out_name); timeline_features=$(setting timeline_features)

# The embedded shapes (data/geo/) are generated from world-atlas by scripts/build-shapes.mjs and
# committed; the build never rewrites tracked files (scripts/check.sh checks they are current).

# One module: wasm-pack into $1 with out-name $2 and cargo features $3 (none of the CLI's: the
# default features are off), then wasm-opt. --no-opt: we run wasm-opt ourselves with the flags above
# (wasm-pack has no flag to pass them).
module() {
  local dir=$1 name=$2 feats=$3
  wasm-pack build --"$profile" --no-opt --target "$target" --out-dir "$dir" --out-name "$name" \
    -- --no-default-features --features "$feats" >/dev/null 2>/tmp/wasm-pack.log \
    || { cat /tmp/wasm-pack.log; exit 1; }
  local wasm="$dir/${name}_bg.wasm"
  if [ "$profile" = release ]; then
    # shellcheck disable=SC2086 # the flags are a list on purpose
    wasm-opt $wasm_opt "$wasm" -o "$wasm.opt" && mv "$wasm.opt" "$wasm"
  fi
  local raw gz; raw=$(wc -c <"$wasm"); gz=$(gzip -9c "$wasm" | wc -c)
  echo "build: $out_dir/${name}_bg.wasm ($profile) $raw bytes, $gz gzip -9"
}

# The first module is the npm package wasm-pack makes (package.json, README, types); the second is
# built beside it (wasm-pack would overwrite the package's files) and its glue, wasm and types moved in.
module "$out_dir" "$out_name" "$features"
tools_dir=target/wasm-pack-tools
rm -rf "$tools_dir"
module "$tools_dir" "$tools_out_name" "$tools_features"
for f in "$tools_out_name.js" "${tools_out_name}_bg.wasm" "$tools_out_name.d.ts"; do mv "$tools_dir/$f" "$out_dir/"; done
# The timeline's module, the same way (www/coalition.js fetches it after the map's first paint).
timeline_dir=target/wasm-pack-timeline
rm -rf "$timeline_dir"
module "$timeline_dir" "$timeline_out_name" "$timeline_features"
for f in "$timeline_out_name.js" "${timeline_out_name}_bg.wasm" "$timeline_out_name.d.ts"; do mv "$timeline_dir/$f" "$out_dir/"; done
# The timeline's heights in the default view at each width, which the bundles carry: the timeline
# card has its final size before the timeline's module arrives (www/timeline-card.js).
cargo run --quiet --example timeline_heights >target/timeline-heights.json
# One script per page: app.js / the embed / the iframe embed, each with ui.js and the glue above.
node scripts/bundle.mjs "$profile"
# The pages: the shared viewer template written into the page, and the baked first paint.
node scripts/pages.mjs
# The dataset's long texts, which the first module leaves out (src/pack/texts.rs), in the reader's
# edition: asked for with the wasm, as the first panel shows some (www/texts.js).
cargo run --quiet --bin coalition -- texts >www/baked/texts.json
# The npm package's entries, element, stylesheet, types, exports map and baked files (after the
# pages, which bake them: scripts/package.mjs).
node scripts/package.mjs "$profile"
# Gzip and brotli copies beside what is served, as a CDN keeps them (scripts/serve.mjs sends them).
node scripts/precompress.mjs

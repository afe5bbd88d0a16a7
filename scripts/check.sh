#!/usr/bin/env bash
#! Runs every check CI runs, in the same order: installs what is missing, then formatting, lints
#! (native and wasm), native tests, wasm tests in headless Chromium, the release build, and the
#! end-to-end browser tests against it. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; shift; "$@"; }
started=$(date +%s)

step "setup (installs what is missing)" bash scripts/setup.sh
step "cargo fmt --check" cargo fmt --all -- --check
step "shellcheck" shellcheck scripts/*.sh .ci/run
step "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
# The wasm builds leave out the CLI's features (schema, png); each module's API is a feature (page,
# timeline, tools): lint them together (the browser test uses all three) and each alone (what
# build.sh builds).
step "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --lib --test web --locked --no-default-features --features page,tools,timeline -- -D warnings
clippy_each_module() {
  local f
  for f in page timeline tools; do
    cargo clippy --target wasm32-unknown-unknown --lib --locked --no-default-features --features "$f" -- -D warnings || return 1
  done
}
step "clippy (wasm32, each module alone)" clippy_each_module
step "cargo doc (warnings are errors)" env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --locked --quiet

shapes_are_current() {
  local dir; dir=$(mktemp -d)
  node scripts/build-shapes.mjs "$dir/countries.json" 2>/dev/null
  for f in countries.json iso3166-alpha3.txt; do
    cmp -s "$dir/$f" "data/geo/$f" || { echo "data/geo/$f is stale: run node scripts/build-shapes.mjs data/geo/countries.json"; rm -rf "$dir"; return 1; }
  done
  rm -rf "$dir"; echo "data/geo/ matches world-atlas and i18n-iso-countries"
}
step "embedded shapes are current" shapes_are_current
step "country names in French and Arabic are CLDR's" node scripts/build-names.mjs --check
step "native tests (cargo test)" cargo test --locked
# The TypeScript of the JS API's types is generated from the Rust types (tests/ts_types.rs fails
# when src/web/types.ts is stale); after the release build, tsc checks www/ against it.
step "TypeScript declarations match the Rust types" cargo test --locked --features ts --test ts_types
step "wasm API in headless Chromium (wasm-bindgen-test)" \
  wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver -- --locked --test web --no-default-features --features page,tools,timeline
step "release build" bash scripts/build.sh
# The first module may not grow without a reason in the repository (scripts/size-gate.txt).
first_module_within_gate() {
  local gate size
  gate=$(grep -v '^#' scripts/size-gate.txt | tr -d '[:space:]')
  size=$(gzip -9c www/pkg/coalition_map_bg.wasm | wc -c)
  # 256 bytes of slack: a checkout's path changes the build by a few dozen bytes (size-gate.txt).
  if [ "$size" -gt $((gate + 256)) ]; then
    echo "the first module is $size bytes gzip -9, over its gate of $gate (scripts/size-gate.txt)"; return 1
  fi
  echo "the first module is $size bytes gzip -9, within its gate of $gate"
}
step "size gate (first wasm module)" first_module_within_gate
step "JavaScript type check (tsc --checkJs against the generated .d.ts)" tsc -p .
step "end-to-end tests (Playwright, release build)" node --test --test-concurrency=1 tests/e2e/
# A smoke run of the benchmark so it keeps working; it prints figures and asserts no timing.
step "benchmark smoke run (no timing asserts)" node scripts/bench.mjs --quick

printf '\n\033[1mall checks passed in %ss\033[0m\n' "$(( $(date +%s) - started ))"

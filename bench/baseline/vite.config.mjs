// Builds the D3 baseline fixture into bench/baseline/dist, minified like a real site would ship it.
// scripts/bench.mjs runs `vite build --config bench/baseline/vite.config.mjs` after writing the
// inputs it serves (public/status-colors.json, public/countries-110m.json).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});

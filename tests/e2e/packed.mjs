// The npm package as a user installs it, for the package and bundler tests: `npm pack` of www/pkg
// (what scripts/build.sh builds), installed from the tarball into a fresh folder. The package has
// no dependencies, so the install is offline and takes a second; the bundlers (Vite, esbuild) and
// tsc are the repository's own, pinned in package.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

/** Packs and installs the package; resolves to { dir, pack, remove }: `dir` has
 *  node_modules/coalition-map, `pack` is npm's report of the tarball (size, files). */
export function installPacked(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `coalition-${prefix}-`));
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir, join(ROOT, 'www/pkg')], { encoding: 'utf8' }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `${prefix}-host`, private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--offline', join(dir, pack.filename)], { cwd: dir, stdio: 'pipe' });
  return { dir, pack, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

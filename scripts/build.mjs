// Bundles src/index.ts → dist/index.js (the action) and src/cli.ts → dist/cli.js (`pyrelease`),
// each with the chunks it loads on demand in dist/chunks/,
// with ncc (types are checked by `npm run typecheck`, not here), from clean, so dist/ is always exactly a fresh bundle of src/ (.ci/run checks it).
// The licences of every bundled package go beside the bundles in dist/licenses.txt (from ncc's
// record of the modules it bundled), so the same fresh-build check keeps them current: a new
// dependency cannot ship without its licence.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const LICENCES = 'licenses.txt';
const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js', shebang: true },
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist', 'chunks'), { recursive: true });
const packageDirs = new Set();
for (const entry of entries) {
  const outDir = mkdtempSync(join(tmpdir(), 'pyrelease-build-'));
  const r = spawnSync(process.execPath, [ncc, 'build', entry.src, '-o', outDir, '--quiet', '--target', 'es2022', '--stats-out', join(outDir, 'stats.json')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  // LF only: release-please's generic updater, which bumps the version inside dist/cli.js in the
  // release PR (.release-please-config.json), rewrites a file with '\n' line ends, so a CRLF kept
  // from a dependency's source (xpath's) would make the release commit's bundle differ from a fresh
  // build. Safe for JavaScript: CRLF can only stand in comments, template literals (where the
  // language reads it as LF anyway) and line continuations.
  let code = placeChunks(readFileSync(join(outDir, 'index.js'), 'utf8'), outDir, entry).replace(/\r\n/g, '\n');
  if (entry.shebang && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(join(root, 'dist', entry.out), code);
  if (entry.shebang) chmodSync(join(root, 'dist', entry.out), 0o755);
  for (const dir of bundledPackageDirs(join(outDir, 'stats.json'))) packageDirs.add(dir);
  rmSync(outDir, { recursive: true, force: true });
}
writeFileSync(join(root, 'dist', LICENCES), licenceFile(packageDirs));
console.log(`build: dist/index.js, dist/cli.js, ${readdirSync(join(root, 'dist', 'chunks')).length} chunks in dist/chunks/, dist/${LICENCES}`);

/**
 * The entries import the code of a command or stage when a run needs it (`await import()`,
 * issue #21), and ncc writes each such part as a chunk file beside the entry. They go to
 * dist/chunks/<entry>.<id>.js, and the entry's chunk loader is pointed there, so that the two
 * entries' chunks never collide and the action still runs `node dist/index.js` with nothing installed.
 */
function placeChunks(code, outDir, entry) {
  const chunks = readdirSync(outDir).filter((f) => f !== 'index.js' && f !== 'package.json' && f !== 'stats.json');
  if (chunks.length === 0) return code;
  const name = entry.out.replace(/\.js$/, '');
  const template = 'return "" + chunkId + ".index.js";';
  if (!code.includes(template) || chunks.some((c) => !/^\d+\.index\.js$/.test(c))) {
    console.error(`build: ${entry.src} produced chunks ${chunks.join(', ')} this script does not know how to place (ncc's chunk loader changed?)`);
    process.exit(1);
  }
  for (const c of chunks) writeFileSync(join(root, 'dist', 'chunks', `${name}.${c.replace(/\.index\.js$/, '.js')}`), readFileSync(join(outDir, c), 'utf8').replace(/\r\n/g, '\n'));
  return code.replace(template, `return "chunks/${name}." + chunkId + ".js";`);
}

/**
 * The packages webpack put into a bundle, from ncc's stats (every module, and the modules
 * concatenated into one): the innermost node_modules/<name> directory of each module's path.
 * ncc's own --license output names only a few of them (two of about a hundred here).
 */
function bundledPackageDirs(statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const dirs = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      for (const field of [m.identifier, m.name]) {
        const path = typeof field === 'string' ? field.split('!').pop().replace(/\\/g, '/') : '';
        const found = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].pop();
        if (found) dirs.add(path.slice(0, found.index + found[0].length - 1).replace(/^\.\//, `${root.replace(/\\/g, '/')}/`));
      }
      visit(m.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  return dirs;
}

/**
 * dist/licenses.txt: for each bundled package (by name, then version), its name, version and
 * declared licence, and the text of its own licence file — what the MIT, ISC, BSD and Apache
 * licences ask to be kept with every copy.
 */
function licenceFile(packageDirs) {
  const packages = new Map();
  for (const dir of packageDirs) {
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (typeof manifest.name !== 'string' || manifest.name === 'pyrelease') continue;
    const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
    const file = readdirSync(dir).filter((n) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(n)).sort();
    const texts = file.map((n) => readFileSync(join(dir, n), 'utf8').replace(/\r\n/g, '\n').trim());
    packages.set(`${manifest.name}@${manifest.version}`, { name: manifest.name, version: manifest.version, licence, texts });
  }
  const sorted = [...packages.values()].sort((a, b) => (a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1));
  const head = [
    'Third-party software bundled in dist/index.js (the action) and dist/cli.js (the pyrelease CLI),',
    'with the licence each package ships. Written by scripts/build.mjs from the bundles\' module lists; do not edit.',
    'pyrelease itself is licensed under the Apache License 2.0: see LICENSE.',
  ].join('\n');
  const sections = sorted.map((p) => [`${p.name} ${p.version}`, `License: ${p.licence}`, '', ...(p.texts.length > 0 ? p.texts : [`(the package ships no licence file; its package.json declares ${p.licence})`])].join('\n'));
  return `${head}\n\n${sections.map((s) => `${'-'.repeat(78)}\n${s}`).join('\n\n')}\n`;
}

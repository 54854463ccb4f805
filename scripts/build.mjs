// Bundles src/index.ts → dist/index.js (the action) and src/cli.ts → dist/cli.js (`pyrelease`),
// each with the chunks it loads on demand in dist/chunks/,
// with ncc (types are checked by `npm run typecheck`, not here), from clean, so dist/ is always exactly a fresh bundle of src/ (.ci/run checks it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js', shebang: true },
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist', 'chunks'), { recursive: true });
for (const entry of entries) {
  const outDir = mkdtempSync(join(tmpdir(), 'pyrelease-build-'));
  const r = spawnSync(process.execPath, [ncc, 'build', entry.src, '-o', outDir, '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  let code = placeChunks(readFileSync(join(outDir, 'index.js'), 'utf8'), outDir, entry);
  if (entry.shebang && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(join(root, 'dist', entry.out), code);
  if (entry.shebang) chmodSync(join(root, 'dist', entry.out), 0o755);
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`build: dist/index.js, dist/cli.js, ${readdirSync(join(root, 'dist', 'chunks')).length} chunks in dist/chunks/`);

/**
 * The entries import the code of a command or stage when a run needs it (`await import()`,
 * issue #21), and ncc writes each such part as a chunk file beside the entry. They go to
 * dist/chunks/<entry>.<id>.js, and the entry's chunk loader is pointed there, so that the two
 * entries' chunks never collide and the action still runs `node dist/index.js` with nothing installed.
 */
function placeChunks(code, outDir, entry) {
  const chunks = readdirSync(outDir).filter((f) => f !== 'index.js' && f !== 'package.json');
  if (chunks.length === 0) return code;
  const name = entry.out.replace(/\.js$/, '');
  const template = 'return "" + chunkId + ".index.js";';
  if (!code.includes(template) || chunks.some((c) => !/^\d+\.index\.js$/.test(c))) {
    console.error(`build: ${entry.src} produced chunks ${chunks.join(', ')} this script does not know how to place (ncc's chunk loader changed?)`);
    process.exit(1);
  }
  for (const c of chunks) writeFileSync(join(root, 'dist', 'chunks', `${name}.${c.replace(/\.index\.js$/, '.js')}`), readFileSync(join(outDir, c)));
  return code.replace(template, `return "chunks/${name}." + chunkId + ".js";`);
}

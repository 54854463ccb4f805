// Bundles src/index.ts → dist/index.js (the action) and src/cli.ts → dist/cli.js (`pyrelease`)
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
mkdirSync(join(root, 'dist'));
for (const entry of entries) {
  const outDir = mkdtempSync(join(tmpdir(), 'pyrelease-build-'));
  const r = spawnSync(process.execPath, [ncc, 'build', entry.src, '-o', outDir, '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  let code = inlineChunks(readFileSync(join(outDir, 'index.js'), 'utf8'), outDir, entry.src);
  if (entry.shebang && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(join(root, 'dist', entry.out), code);
  if (entry.shebang) chmodSync(join(root, 'dist', entry.out), 0o755);
  rmSync(outDir, { recursive: true, force: true });
}
console.log('build: dist/index.js, dist/cli.js');

/**
 * ncc splits a dependency's dynamic import() into a chunk file (cacache's `import('p-map')`, under
 * @sigstore/sign). The action must stay one file per entry, so each chunk's module table is
 * inlined and the chunk loader reads it from memory instead of importing a file.
 */
function inlineChunks(code, outDir, src) {
  const chunks = readdirSync(outDir).filter((f) => f !== 'index.js' && f !== 'package.json');
  if (chunks.length === 0) return code;
  const loader = 'import("./" + __nccwpck_require__.u(chunkId))';
  if (!code.includes(loader) || chunks.some((c) => !/^\d+\.index\.js$/.test(c))) {
    console.error(`build: ${src} produced extra files ${chunks.join(', ')} that cannot be inlined; dist/ must stay one file per entry`);
    process.exit(1);
  }
  const table = chunks.map((c) => {
    const body = readFileSync(join(outDir, c), 'utf8').replace(/^export const (id|ids|modules) =/gm, 'const $1 =');
    return `${JSON.stringify(c)}: (() => {\n${body}\nreturn { id, ids, modules };\n})()`;
  });
  const inlined = code.replace(loader, 'Promise.resolve(__pyreleaseChunks[__nccwpck_require__.u(chunkId)])');
  return `var __pyreleaseChunks = {\n${table.join(',\n')}\n};\n${inlined}`;
}

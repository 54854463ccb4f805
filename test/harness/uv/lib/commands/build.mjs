// `uv build [SRC] [--out-dir D] [--sdist] [--wheel] [--no-build-isolation]`
// (https://docs.astral.sh/uv/concepts/projects/build/): an sdist and a wheel built from it into
// `<project>/dist` (or --out-dir), by `python -m build` with the same meaning, using Debian's
// build + hatchling. Simplification: with build isolation uv would install `build-system.requires`
// from the index into a fresh environment; offline the stand-in builds with Debian's backend
// instead, after checking that each declared requirement is installed at a matching version (an
// unmet one fails as an unresolvable one would). Their own dependencies are not checked: Debian's
// hatchling declares `editables`, which Debian does not ship. `--no-build-isolation` skips the
// check, as uv does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse } from '../cli.mjs';
import { requireProject } from '../project.mjs';
import { display, fail, failRaw, say } from '../report.mjs';
import { standin } from '../settings.mjs';

const BUILD = {
  '--out-dir': { key: 'outDir', value: true },
  '-o': { key: 'outDir', value: true },
  '--sdist': { key: 'sdist' },
  '--wheel': { key: 'wheel' },
  '--no-build-isolation': { key: 'noBuildIsolation' },
  '--python': { key: 'python', value: true },
  '-p': { key: 'python', value: true },
  '--no-sources': { key: 'noSources' },
  '--clear': { key: 'clear' },
};

// Runs on the build Python: which `build-system.requires` entries are not installed at a matching version.
const CHECK_REQUIRES = `
import importlib.metadata as m, json, sys
from packaging.requirements import Requirement
missing = []
for text in json.load(sys.stdin):
    r = Requirement(text)
    try:
        if not r.specifier.contains(m.version(r.name), prereleases=True):
            missing.append(text)
    except m.PackageNotFoundError:
        missing.append(text)
print(json.dumps(missing))
`;

function checkBuildRequires(root) {
  let requires = ['setuptools>=40.8.0'];
  try {
    const data = parseToml(readFileSync(join(root, 'pyproject.toml'), 'utf8'));
    if (Array.isArray(data['build-system']?.requires)) requires = data['build-system'].requires;
  } catch {
    // setup.py-only project: setuptools, as uv assumes
  }
  const r = spawnSync(standin.toolPython(), ['-I', '-c', CHECK_REQUIRES], { input: JSON.stringify(requires), encoding: 'utf8' });
  if (r.status !== 0) fail(`uv stand-in: cannot check \`build-system.requires\` with ${standin.toolPython()}: ${r.stderr.trim()}`, 2);
  const missing = JSON.parse(r.stdout);
  if (missing.length > 0) {
    const name = missing[0].split(/[<>=!~;\[ ]/)[0];
    failRaw(`  × Failed to build \`${root}\`\n  ├─▶ Failed to resolve requirements from \`build-system.requires\`\n  ├─▶ No solution found when resolving: \`${missing[0]}\`\n  ╰─▶ Because ${name} was not found in the package registry and you require ${missing[0]}, we can conclude that your requirements are unsatisfiable.`, 2);
  }
}

export function build(args, ctx) {
  const { opts, positionals } = parse(args, BUILD, { usage: 'uv build [OPTIONS] [SRC]', globals: ctx.globals });
  const root = positionals[0] ? resolve(positionals[0]) : requireProject(ctx.globals).root;
  if (!existsSync(join(root, 'pyproject.toml')) && !existsSync(join(root, 'setup.py'))) fail(`\`${display(root)}\` does not appear to be a Python project, as neither \`pyproject.toml\` nor \`setup.py\` are present in the directory`, 2);
  const outDir = resolve(opts.outDir ?? join(root, 'dist'));
  mkdirSync(outDir, { recursive: true });
  const before = new Set(readdirSync(outDir));
  const kinds = opts.sdist && !opts.wheel ? ['--sdist'] : opts.wheel && !opts.sdist ? ['--wheel'] : opts.sdist && opts.wheel ? ['--sdist', '--wheel'] : [];
  if (!opts.noBuildIsolation) checkBuildRequires(root);
  const args2 = ['-m', 'build', ...kinds, '--outdir', outDir, '--no-isolation', '--skip-dependency-check', root];
  say(kinds.includes('--wheel') && !kinds.includes('--sdist') ? 'Building wheel...' : 'Building source distribution...');
  const r = spawnSync(standin.toolPython(), args2, { cwd: root, encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  // The backend's own output goes to stderr, as uv streams it.
  if (r.stdout) process.stderr.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) {
    const last = `${r.stdout}\n${r.stderr}`.trim().split('\n').filter((l) => l.trim() !== '').slice(-1)[0] ?? `exit ${r.status}`;
    failRaw(`  × Failed to build \`${root}\`\n  ╰─▶ ${last.replace(/^ERROR\s*/, '')}`, 2);
  }
  const made = readdirSync(outDir).filter((f) => !before.has(f) || f.endsWith('.whl') || f.endsWith('.tar.gz')).sort((a, b) => (a.endsWith('.tar.gz') ? -1 : b.endsWith('.tar.gz') ? 1 : 0));
  for (const f of made) if (f.endsWith('.whl') || f.endsWith('.tar.gz')) say(`Successfully built ${display(join(outDir, f))}`);
  return 0;
}

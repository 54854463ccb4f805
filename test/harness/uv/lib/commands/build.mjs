// `uv build [SRC] [--package NAME] [--out-dir D] [--sdist] [--wheel] [--no-build-isolation]`
// (https://docs.astral.sh/uv/concepts/projects/build/, https://docs.astral.sh/uv/reference/cli/#uv-build,
// crates/uv/src/commands/build_frontend.rs): an sdist and a wheel built from it, by `python -m build`
// with the same meaning, using Debian's build + hatchling.
// - What is built: SRC, else the working directory (`--directory`, `--project`); with `--package`,
//   that member of the workspace discovered from there (lib/workspace.mjs), from any directory of
//   the workspace. An unknown name: "Package `x` not found in workspace"; no workspace to discover:
//   "`--package` was provided, but no workspace was found" and its cause; a member without
//   `[build-system]`: uv's "is missing a `build-system`" with the table to add; a file as SRC with
//   `--package`: refused. Exit 2, as uv's errors. `--all-packages` is not modelled (says so).
// - A directory whose pyproject.toml has no `[build-system]` (nor setup.py/setup.cfg) gets uv's
//   warning — for a virtual workspace root, "appears to be a workspace root without a Python
//   project" — and is built by setuptools' legacy backend, as uv does (uv's test
//   build_workspace_virtual_root: it exits 0 with an UNKNOWN-0.0.0 wheel).
// - Output: `--out-dir`, else `dist/` of the workspace root (uv writes a member's build there, not
//   in the member: astral-sh/uv#14975), or of SRC outside any workspace.
// Simplification: with build isolation uv would install `build-system.requires` from the index into
// a fresh environment; offline the stand-in builds with Debian's backend instead, after checking that
// each declared requirement is installed at a matching version (an unmet one fails as an unresolvable
// one would). Their own dependencies are not checked: Debian's hatchling declares `editables`, which
// Debian does not ship. `--no-build-isolation` skips the check, as uv does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse } from '../cli.mjs';
import { workingDir } from '../project.mjs';
import { display, fail, failRaw, say, warn } from '../report.mjs';
import { standin } from '../settings.mjs';
import { discoverWorkspace, normalizeName } from '../workspace.mjs';

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
  '--package': { key: 'package', value: true },
  '--all-packages': { key: 'allPackages' },
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

/** The directory to build and the workspace it lies in (or why there is none), as build_frontend.rs decides them. */
function source(opts, positionals, globals) {
  const src = positionals[0] ? resolve(positionals[0]) : globals.project ? resolve(workingDir(globals), globals.project) : workingDir(globals);
  if (positionals[0] && !existsSync(src)) fail(`Source \`${display(src)}\` does not exist`, 2);
  const isFile = existsSync(src) && statSync(src).isFile();
  if (opts.allPackages) fail('uv stand-in: `uv build --all-packages` is not implemented (test/harness/uv/lib/commands/build.mjs says what is)', 2);
  if (isFile && opts.package) fail('Cannot specify `--package` when building from a file', 2);
  if (isFile) fail('uv stand-in: building a wheel from a source distribution is not implemented', 2);
  const workspace = discoverWorkspace(src);
  if (!opts.package) return { root: src, workspace: workspace.error ? undefined : workspace };
  if (workspace.error) fail(`\`--package\` was provided, but no workspace was found\n  Caused by: ${workspace.error}`, 2);
  const member = workspace.members.get(normalizeName(opts.package));
  if (!member) fail(`Package \`${opts.package}\` not found in workspace`, 2);
  if (!member.pyproject['build-system']) {
    fail(`Package \`${member.name}\` is missing a \`build-system\`. For example, to build with \`setuptools\`, add the following to \`${display(join(member.root, 'pyproject.toml'))}\`:\n\`\`\`toml\n[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\`\`\``, 2);
  }
  return { root: member.root, workspace };
}

/** uv's warning for a pyproject.toml that says nothing of how to build (uv-build-frontend), before the legacy setuptools build. */
function warnIfNoBuildSystem(root) {
  const file = join(root, 'pyproject.toml');
  if (!existsSync(file) || existsSync(join(root, 'setup.py')) || existsSync(join(root, 'setup.cfg'))) return;
  let doc;
  try {
    doc = parseToml(readFileSync(file, 'utf8'));
  } catch {
    return; // the build itself reports the broken file
  }
  if (doc['build-system']) return;
  if (doc.tool?.uv?.workspace) warn(`\`${display(root)}\` appears to be a workspace root without a Python project; consider using \`uv sync\` to install the workspace, or add a \`[build-system]\` table to \`pyproject.toml\``);
  else warn(`\`${display(root)}\` does not appear to be a Python project, as the \`pyproject.toml\` does not include a \`[build-system]\` table, and neither \`setup.py\` nor \`setup.cfg\` are present in the directory`);
}

export function build(args, ctx) {
  const { opts, positionals } = parse(args, BUILD, { usage: 'uv build [OPTIONS] [SRC]', globals: ctx.globals });
  const { root, workspace } = source(opts, positionals, ctx.globals);
  if (!existsSync(join(root, 'pyproject.toml')) && !existsSync(join(root, 'setup.py'))) fail(`\`${display(root)}\` does not appear to be a Python project, as neither \`pyproject.toml\` nor \`setup.py\` are present in the directory`, 2);
  const outDir = resolve(opts.outDir ?? join(workspace?.root ?? root, 'dist'));
  mkdirSync(outDir, { recursive: true });
  const before = new Set(readdirSync(outDir));
  const kinds = opts.sdist && !opts.wheel ? ['--sdist'] : opts.wheel && !opts.sdist ? ['--wheel'] : opts.sdist && opts.wheel ? ['--sdist', '--wheel'] : [];
  say(kinds.includes('--wheel') && !kinds.includes('--sdist') ? 'Building wheel...' : 'Building source distribution...');
  warnIfNoBuildSystem(root);
  if (!opts.noBuildIsolation) checkBuildRequires(root);
  const args2 = ['-m', 'build', ...kinds, '--outdir', outDir, '--no-isolation', '--skip-dependency-check', root];
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

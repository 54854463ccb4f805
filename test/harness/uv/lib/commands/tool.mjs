// `uvx TOOL[@VERSION] …` = `uv tool run` (https://docs.astral.sh/uv/concepts/tools/): the tool runs
// from its own environment, cached in the uv cache (`archive-v0/`), never the project's. Its
// version: `@X.Y.Z` (or `--from 'name==X.Y.Z'`) exactly, `@latest` or nothing for the newest
// available; a version that is not available fails to resolve (uv's "No solution found when
// resolving tool dependencies", exit 1). What is available: the registry's packages (ruff there is
// the WebAssembly stand-in, at the installed @astral-sh/ruff-wasm-nodejs version), then Debian's
// bandit, mypy and twine at their Debian versions, run by Debian's python3 from a tool
// environment that sees its dist-packages (Simplification: those three are not copied into the
// tool environment; `--python` does not change their interpreter).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../cli.mjs';
import { lockAndPlan } from '../core.mjs';
import { sync, writeConsoleScripts } from '../install.mjs';
import { findOrDownload, query } from '../interpreters.mjs';
import { parseRequest } from '../python-request.mjs';
import { fail, failRaw, plural, say, since } from '../report.mjs';
import { envValue, standin } from '../settings.mjs';
import { runCommand } from '../spawn.mjs';
import { createEnvironment, sitePackages } from '../venv.mjs';

const TOOL = {
  '--from': { key: 'from', value: true },
  '--with': { key: 'with', value: true, multi: true },
  '--python': { key: 'python', value: true },
  '-p': { key: 'python', value: true },
  '--isolated': { key: 'isolated' },
  '--refresh': { key: 'refresh' },
};

/** Debian's tools the stand-in offers when the registry does not have them. */
const SYSTEM_TOOLS = ['bandit', 'mypy', 'twine'];

/** `ruff@0.6.0` → name + `==0.6.0`; `ruff@latest` → name; a `--from` value is a PEP 508 requirement. */
function toolRequirement(text, isFrom) {
  if (!isFrom && text.includes('@')) {
    const [name, version] = text.split('@', 2);
    return { name: name.toLowerCase(), requirement: version === 'latest' ? name : `${name}==${version}`, exact: version === 'latest' ? undefined : version };
  }
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(text);
  const name = (m?.[1] ?? text).toLowerCase();
  const exact = /^==\s*([^,;\s]+)$/.exec(m?.[2] ?? '')?.[1];
  return { name, requirement: text, exact };
}

// Runs on the tool Python: the installed distribution's version and console scripts.
const DESCRIBE = `
import importlib.metadata as m, json, sys
from packaging.requirements import Requirement
r = Requirement(sys.argv[1])
d = m.distribution(r.name)
print(json.dumps({"version": d.version, "satisfied": r.specifier.contains(d.version, prereleases=True),
                  "scripts": {e.name: e.value for e in d.entry_points if e.group == "console_scripts"}}))
`;

function systemTool(requirement) {
  const r = spawnSync(standin.toolPython(), ['-I', '-c', DESCRIBE, requirement], { encoding: 'utf8' });
  return r.status === 0 ? JSON.parse(r.stdout) : undefined;
}

function cachedEnvDir(ctx, key) {
  return join(ctx.cache, 'archive-v0', createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 20));
}

/** Builds the environment in a temporary directory and moves it into place, so concurrent runs never see half of one. */
function materialize(dir, build) {
  if (existsSync(join(dir, 'pyvenv.cfg'))) return false;
  mkdirSync(join(dir, '..'), { recursive: true });
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  build(tmp);
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another run made it first
  }
  return true;
}

function systemToolEnv(spec, ctx) {
  const described = systemTool(spec.requirement);
  if (described === undefined) fail(`uv stand-in: ${spec.name} is not installed for ${standin.toolPython()} (node scripts/ensure-tools.mjs installs Debian's)`, 2);
  const { version, scripts, satisfied } = described;
  if (!satisfied) {
    const why = spec.exact !== undefined ? `there is no version of ${spec.name}==${spec.exact}` : `only ${spec.name}==${version} is available`;
    failRaw(`  × No solution found when resolving tool dependencies:\n  ╰─▶ Because ${why} and you require ${spec.requirement.replace('@', '==')}, we can conclude that your requirements are unsatisfiable.`, 1);
  }
  const info = query(standin.toolPython(), ctx.cache);
  const dir = cachedEnvDir(ctx, ['system', spec.name, version, info.path]);
  const t0 = Date.now();
  const made = materialize(dir, (tmp) => {
    createEnvironment(tmp, info, { systemSitePackages: true });
    // The distribution's own console scripts, as an installer writes them, for the final location.
    writeConsoleScripts({ dir: tmp, python: join(dir, 'bin', 'python') }, scripts);
  });
  if (made) {
    say(`Resolved 1 package in ${since(t0)}`);
    say(`Installed 1 package in ${since(t0)}`);
    say(` + ${spec.name}==${version}`);
  }
  return dir;
}

function registryToolEnv(spec, ctx, pythonFlag) {
  const req = parseRequest(pythonFlag ?? envValue('UV_PYTHON') ?? '');
  const info = findOrDownload(req, { cache: ctx.cache, globals: ctx.globals, sources: 'virtual environments, managed installations, or search path' });
  const t0 = Date.now();
  const answer = lockAndPlan({ mode: 'tool', requirements: [spec.requirement], target: info.markers });
  if (!answer.ok) {
    if (answer.error.startsWith('  ×')) failRaw(answer.error, answer.exit);
    fail(answer.error, answer.exit);
  }
  const dir = cachedEnvDir(ctx, ['registry', answer.install.map((p) => `${p.name}==${p.version}`), info.path]);
  materialize(dir, (tmp) => {
    const env = createEnvironment(tmp, info, {});
    say(`Resolved ${plural(answer.resolved, 'package')} in ${since(t0)}`);
    // Scripts name the final location's interpreter: the environment is moved there when complete.
    sync({ ...env, python: join(dir, 'bin', 'python'), site: sitePackages(tmp, info.versionInfo) }, answer.install, { exact: false });
  });
  return dir;
}

export async function toolRun(args, ctx) {
  const { opts, rest } = parse(args, TOOL, { usage: 'uvx [OPTIONS] [COMMAND]', stopAtPositional: true, globals: ctx.globals });
  if (opts.with) fail('uv stand-in: `uvx --with` is not implemented (test/harness/uv/lib/commands/tool.mjs)', 2);
  if (rest.length === 0) fail('uv stand-in: `uvx` needs a tool to run (uv would list the installed tools)', 2);
  const spec = toolRequirement(opts.from ?? rest[0], Boolean(opts.from));
  const command = opts.from ? rest[0] : spec.name;
  const fromRegistry = standin.registry() && existsSync(join(standin.registry(), spec.name));
  const dir = fromRegistry || !SYSTEM_TOOLS.includes(spec.name) ? registryToolEnv(spec, ctx, opts.python) : systemToolEnv(spec, ctx);
  const bin = join(dir, 'bin');
  if (!existsSync(join(bin, command))) {
    const provided = readdirSync(bin).filter((e) => !/^(python|activate|pip|Activate)/.test(e)).sort();
    failRaw(`An executable named \`${command}\` is not provided by package \`${spec.name}\`.\nThe following executables are available:\n${provided.map((e) => `- ${e}`).join('\n')}`, 1);
  }
  return runCommand([command, ...rest.slice(1)], { bin, cwd: process.cwd() });
}

/**
 * stage: security with the real bandit (Debian's) and a CodeQL stand-in that behaves like the CLI
 * (test/harness/fake-codeql): what is scanned, what blocks, what is left out, where CodeQL is found.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityStage } from '../../../src/stages/security.js';
import { repoRoot } from '../../harness/node-run.js';
import { project, runStage, runnerPath } from './fixture.js';

const risky = 'import subprocess\n\n\ndef run(cmd: str) -> int:\n    return subprocess.call(cmd, shell=True)\n';
type Sarif = { version: string; runs: Array<{ tool: { driver: { name: string } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
const sarif = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Sarif;

describe('stage: security — bandit', () => {
  it('passes the demo package and writes an empty SARIF 2.1.0 log', async () => {
    const r = await runStage(securityStage, project());
    expect(r.error).toBeUndefined();
    const log = sarif(r.outputs.sarif_file!);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('bandit');
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('a high-severity finding fails the scan, is annotated and lands in the SARIF', async () => {
    const r = await runStage(securityStage, project({ 'src/demo_pkg/shell.py': risky }));
    expect(r.error?.message).toMatch(/^security scan failed: \d+ finding\(s\), 1 at or above severity medium and confidence medium/);
    expect(r.lines).toMatch(/error: src\/demo_pkg\/shell\.py:5(:\d+)?: subprocess call with shell=True/);
    const hit = sarif(r.outputs.sarif_file!).runs[0]!.results.find((x) => x.ruleId.startsWith('B602'))!;
    expect(hit.level).toBe('error');
    expect(hit.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'src/demo_pkg/shell.py' }, region: { startLine: 5 } });
  });

  it('honours # nosec and the severity threshold', async () => {
    expect((await runStage(securityStage, project({ 'src/demo_pkg/shell.py': risky.replace('shell=True)', 'shell=True)  # nosec B602') }))).error).toBeUndefined();
    expect((await runStage(securityStage, project({ 'src/demo_pkg/shell.py': 'import subprocess  # low severity only\n' }), { banditSeverity: 'HIGH' })).error).toBeUndefined();
  });

  it('never scans virtual environments, tox/nox environments or build output, but still scans look-alike names', async () => {
    const dir = project({
      '.venv/pyvenv.cfg': 'home = /usr/bin\n', '.venv/lib/python3.11/site-packages/vendored/run.py': risky,
      'venv/lib/run.py': risky, 'env312/pyvenv.cfg': 'version = 3.12.1\n', 'env312/lib/run.py': risky,
      '.tox/py311/lib/run.py': risky, '.nox/tests/run.py': risky, 'build/lib/demo_pkg/run.py': risky, 'dist/unpacked/run.py': risky,
    });
    const clean = await runStage(securityStage, dir);
    expect(clean.error).toBeUndefined();
    expect(clean.outputs.security_findings).toBe('0');
    // `./venv/` is excluded, not every path that starts with "venv".
    writeFileSync(join(dir, 'src', 'demo_pkg', 'shell.py'), risky);
    mkdirSync(join(dir, 'venvtools'));
    writeFileSync(join(dir, 'venvtools', 'run.py'), risky);
    const found = await runStage(securityStage, dir);
    const files = sarif(found.outputs.sarif_file!).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect([...new Set(files)].sort()).toEqual(['src/demo_pkg/shell.py', 'venvtools/run.py']);
  });

  it('a [tool.bandit] entry that is not a list is one line naming the key', async () => {
    const text = readFileSync(join(repoRoot, 'examples/demo-package/pyproject.toml'), 'utf8').replace('exclude_dirs = ["tests"]', 'exclude_dirs = "tests"');
    const r = await runStage(securityStage, project({ 'pyproject.toml': text }));
    expect(r.error).toMatchObject({ code: 'GATE_CONFIG_INVALID', message: 'pyproject.toml [tool.bandit] exclude_dirs is the string "tests", not a list of strings' });
  });

  it('no bandit anywhere fails with the line that installs it, never a pass', async () => {
    // A runner whose python3 (pyenv's 3.9) has no bandit module and no bandit script on PATH.
    const bin = mkdtempSync(join(tmpdir(), 'nobandit-'));
    symlinkSync(join(process.env.HOME ?? '/root', '.pyenv', 'versions', '3.9.18', 'bin', 'python3.9'), join(bin, 'python3'));
    const r = await runStage(securityStage, project(), {}, { PATH: bin });
    expect(r.error).toMatchObject({ code: 'GATE_TOOL_MISSING' });
    expect(r.error!.message).toMatch(/^bandit is not installed for \S+\/python3 \(the runner's default python\) \(no bandit module, no bandit command\)$/);
  });
});

describe('stage: security — CodeQL (advisory)', () => {
  const bundle = join(repoRoot, 'test', 'harness', 'fake-codeql');
  const leaky = 'import logging\n\n\ndef login(password: str) -> None:\n    logging.info("login with %s", password)\n';

  /** What github/codeql-action/init leaves: the bundle in the tool cache, nothing on PATH. */
  function toolCache(): string {
    const cache = mkdtempSync(join(tmpdir(), 'toolcache-'));
    cpSync(bundle, join(cache, 'CodeQL', '2.20.1', 'x64', 'codeql'), { recursive: true });
    return cache;
  }

  it('is found in the runner\'s tool cache where codeql-action/init left it, and never blocks', async () => {
    const r = await runStage(securityStage, project({ 'src/demo_pkg/auth.py': leaky }), {}, { RUNNER_TOOL_CACHE: toolCache() });
    expect(r.error).toBeUndefined();
    expect(r.summary).toMatch(/\| codeql \| {2}\| ✅ passed \| no \| 1 result\(s\), advisory — SARIF: /);
    const log = sarif(r.outputs.codeql_sarif_file!);
    expect(log.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine])).toEqual([['py/clear-text-logging-sensitive-data', 'src/demo_pkg/auth.py', 5]]);
  });

  it('runs the CLI named by codeql-path (codeql-action/init\'s output)', async () => {
    const cli = join(toolCache(), 'CodeQL', '2.20.1', 'x64', 'codeql', 'codeql');
    const r = await runStage(securityStage, project(), { codeqlPath: cli });
    expect(r.summary).toMatch(/\| codeql \| {2}\| ✅ passed \| no \| 0 result\(s\)/);
    expect(r.summary).toContain(`- codeql: ${cli}`);
  });

  it('absent, it says how to enable it; failing, it says why — neither blocks', async () => {
    const absent = await runStage(securityStage, project());
    expect(absent.error).toBeUndefined();
    expect(absent.summary).toMatch(/\| codeql \| {2}\| ⏭️ skipped \| no \| not run: no CodeQL CLI here — pass codeql-path: \$\{\{ steps\.codeql\.outputs\.codeql-path \}\}/);
    // A bundle without its query packs: analyze fails, as the real CLI does.
    const broken = mkdtempSync(join(tmpdir(), 'codeql-nopacks-'));
    cpSync(join(bundle, 'codeql'), join(broken, 'codeql'));
    const failing = await runStage(securityStage, project(), { codeqlPath: join(broken, 'codeql') }, { PATH: runnerPath });
    expect(failing.error).toBeUndefined();
    expect(failing.summary).toMatch(/\| codeql \| {2}\| ⏭️ skipped \| no \| codeql database analyze failed: A fatal error occurred: Query pack codeql\/python-queries cannot be found/);
  });
});

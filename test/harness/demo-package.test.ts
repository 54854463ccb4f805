/**
 * examples/demo-package is what every pipeline test releases, so it must itself pass the gates
 * clean and build: pytest, mypy, bandit, `python -m build` with hatchling, twine check. Run on a
 * committed copy (never in place), with the interpreter ensure-tools found; a missing tool skips.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { repoTest } from './repo-fixture.js';
import { missingTools, missingToolsReason, pythonWithTools, type ToolName } from './tools.js';

const python = pythonWithTools() ?? 'python3';

function py(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    // No user site, no bytecode in the copy, no index: the run depends on the machine's tools only.
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, PYTHONNOUSERSITE: '1', PYTHONDONTWRITEBYTECODE: '1', PIP_NO_INDEX: '1', LANG: 'C.UTF-8' };
    execFile(python, args, { cwd, env, timeout: 120_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout + stderr });
    });
  });
}

/** Skip flag and a name suffix that says why, so the reason shows in the test report. */
const gate = (tools: ToolName[]) => {
  const missing = missingTools(tools);
  return { skip: missing.length > 0, why: missing.length > 0 ? ` (skipped: ${missingToolsReason(missing)})` : '' };
};

describe.concurrent('demo package', () => {
  const pytest = gate(['pytest']);
  repoTest.skipIf(pytest.skip)(`passes its pytest suite${pytest.why}`, async ({ demoRepo }) => {
    const r = await py(['-m', 'pytest', '-p', 'no:cacheprovider'], demoRepo.dir);
    expect(r.out).toMatch(/\b8 passed\b/);
    expect(r.code, r.out).toBe(0);
  });

  const mypy = gate(['mypy']);
  repoTest.skipIf(mypy.skip)(`passes mypy in strict mode${mypy.why}`, async ({ demoRepo }) => {
    const r = await py(['-m', 'mypy', '--no-incremental', 'src'], demoRepo.dir);
    expect(r.out).toMatch(/^Success: no issues found in \d+ source files/m);
    expect(r.code, r.out).toBe(0);
  });

  const bandit = gate(['bandit']);
  repoTest.skipIf(bandit.skip)(`has no bandit findings${bandit.why}`, async ({ demoRepo }) => {
    const r = await py(['-m', 'bandit', '-q', '-r', 'src', '-f', 'json'], demoRepo.dir);
    expect(r.code, r.out).toBe(0);
    const report = JSON.parse(r.out.slice(r.out.indexOf('{'))) as { results: unknown[]; metrics: Record<string, unknown> };
    expect(report.results).toEqual([]);
    expect(Object.keys(report.metrics)).toContain('src/demo_pkg/text.py');
  });

  const build = gate(['build', 'hatchling', 'twine']);
  repoTest.skipIf(build.skip)(`builds a wheel and an sdist with hatchling that twine accepts${build.why}`, async ({ demoRepo }) => {
    // No index here, so no isolated build env; Debian's hatchling lacks the `editables` requirement
    // that build's dependency check asks for, hence --skip-dependency-check.
    const r = await py(['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', 'dist'], demoRepo.dir);
    expect(r.code, r.out).toBe(0);
    const files = readdirSync(join(demoRepo.dir, 'dist')).sort();
    expect(files).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    const check = await py(['-m', 'twine', 'check', '--strict', ...files.map((f) => join('dist', f))], demoRepo.dir);
    expect(check.code, check.out).toBe(0);
    expect(check.out.match(/PASSED/g)).toHaveLength(2);
  });
});

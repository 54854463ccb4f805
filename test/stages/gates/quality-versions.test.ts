/**
 * stage: quality on several real Python versions: pyenv's 3.9–3.13 put on PATH as
 * actions/setup-python would (test/harness/python-runner.ts), Debian's pytest importable on each
 * through PYTHONPATH — which the product must hand down to pytest. Every declaration style a
 * project uses, each run for real; the interpreter each run really used is recorded by the test
 * itself (PYRELEASE_TEST_RECORD), not taken from pyrelease's word.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualityStage } from '../../../src/stages/quality.js';
import { repoRoot } from '../../harness/node-run.js';
import { debianPytestPath, runnerBin } from '../../harness/python-runner.js';
import { fakeTools, project, runStage } from './fixture.js';

// python3 and python3.11 stay Debian's (the runner's default interpreter, with mypy and bandit);
// the other versions are pyenv's, as setup-python adds them.
const runner = () => ({ PATH: `${runnerBin(['3.9', '3.10', '3.12', '3.13'])}:${fakeTools}:/usr/bin:/bin`, PYTHONPATH: debianPytestPath() });
const versionsFixtures = join(repoRoot, 'test', 'fixtures', 'projects', 'declared-versions');
/** The one small package (_package/) under the style's declaration files (pyproject.toml, setup.cfg…). */
const fixture = (style: string) => {
  const dir = project({}, join(versionsFixtures, '_package'));
  cpSync(join(versionsFixtures, style), dir, { recursive: true });
  return dir;
};

async function runRecorded(dir: string, overrides: Parameters<typeof runStage>[2] = {}) {
  const record = mkdtempSync(join(tmpdir(), 'ran-on-'));
  const r = await runStage(qualityStage, dir, overrides, { ...runner(), PYRELEASE_TEST_RECORD: record });
  return { ...r, ranOn: readdirSync(record).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])) };
}

describe('stage: quality on every declared Python version', () => {
  it('the demo package: pytest on each of its classifiers\' versions, each on its own interpreter, counted per version', async () => {
    const r = await runStage(qualityStage, project(), {}, runner());
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ ruff_format: 'passed', ruff_lint: 'passed', mypy: 'passed', pytest: 'passed' });
    for (const v of ['3.9', '3.10', '3.11', '3.12']) {
      expect(r.summary).toMatch(new RegExp(`\\| pytest \\| ${v.replace('.', '\\.')} \\| ✅ passed \\| yes \\| 8 passed, 0 failed, 0 skipped \\|`));
      expect(r.summary).toMatch(new RegExp(`- pytest \\(Python ${v.replace('.', '\\.')}\\): \\S+/python${v.replace('.', '\\.')} \\(PATH\\), Python ${v.replace('.', '\\.')}\\.\\d+`));
    }
    expect(r.summary).toContain('Python versions: 3.9, 3.10, 3.11, 3.12 (from pyproject.toml [project] classifiers)');
    expect(r.summary).toContain('pytest ran on 4 of 4 Python versions (3.9, 3.10, 3.11, 3.12)');
    expect(r.outputs.tests_passed).toBe('32');
  });

  // The run date of these stage runs is 2026-01-01: 3.10 is still supported, 3.14 released, 3.15 not yet.
  const styles: Array<[string, string, string[], string[]]> = [
    ['pep621-classifiers', 'pyproject.toml [project] classifiers', ['3.10', '3.12'], []],
    ['poetry-classifiers', 'pyproject.toml [tool.poetry] classifiers', ['3.11', '3.13'], []],
    ['poetry-python-only', 'pyproject.toml [tool.poetry.dependencies] python (>=3.9,<3.12) ∩ CPython releases supported on 2026-01-01', ['3.10', '3.11'], []],
    ['setupcfg-classifiers', 'setup.cfg [metadata] classifiers', ['3.9', '3.11'], []],
    ['setupcfg-python-requires', 'setup.cfg [options] python_requires (>=3.12) ∩ CPython releases supported on 2026-01-01', ['3.12', '3.13'], ['3.14']],
    ['requires-python-only', 'pyproject.toml [project] requires-python (>=3.11) ∩ CPython releases supported on 2026-01-01', ['3.11', '3.12', '3.13'], ['3.14']],
  ];
  for (const [style, source, ran, absent] of styles) {
    it(`${style}: runs on ${ran.join(', ')}${absent.length ? `, and says ${absent.join(', ')} is missing here` : ''}`, async () => {
      const r = await runRecorded(fixture(style), { missingPython: 'skip' });
      expect(r.error).toBeUndefined();
      expect(r.ranOn).toEqual(ran);
      // The summary escapes < and > (it is Markdown with HTML allowed).
      expect(r.summary).toContain(`(from ${source.replace(/</g, '&lt;').replace(/>/g, '&gt;')})`);
      for (const v of absent) expect(r.summary).toMatch(new RegExp(`\\| pytest \\| ${v.replace('.', '\\.')} \\| ⏭️ skipped \\| yes \\| Python ${v.replace('.', '\\.')} is not on this runner`));
    });
  }

  it('without missing-python: skip, a declared version the runner lacks fails the stage', async () => {
    const r = await runRecorded(fixture('requires-python-only'));
    expect(r.ranOn).toEqual(['3.11', '3.12', '3.13']);
    expect(r.error?.message).toMatch(/^quality gates failed: pytest \(Python 3\.14\): Python 3\.14 is not on this runner/);
  });

  it('pytest not installed for one interpreter fails that version with the install line, the others still run', async () => {
    // PYTHONPATH makes Debian's pytest importable everywhere; without it only Debian's 3.11 has one.
    const r = await runStage(qualityStage, project(), { pythonVersions: ['3.11', '3.12'] }, { PATH: runner().PATH });
    expect(r.summary).toMatch(/\| pytest \| 3\.11 \| ✅ passed/);
    expect(r.error?.message).toMatch(/pytest \(Python 3\.12\): pytest is not installed for \S+python3\.12 \(PATH\) — fix: pip install pytest in the job/);
  });
});

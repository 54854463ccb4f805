/**
 * The simulated runner's Pythons: five real interpreters on PATH as setup-python leaves them, and
 * Debian's pytest importable on each through PYTHONPATH (no uv); a missing piece is named, and
 * under CI=true it is an error rather than a skip.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debianPytestPath, registryContents, RUNNER_MINORS, runnerBin, runnerPythons } from './python-runner.js';

describe('python-runner', () => {
  it('finds an interpreter for each of 3.9–3.13 and puts them on PATH as python3.X (python3/python = 3.11)', () => {
    const pythons = runnerPythons();
    expect(pythons.map((p) => p.minor)).toEqual([...RUNNER_MINORS]);
    const bin = runnerBin();
    expect(readdirSync(bin).filter((e) => e.startsWith('python')).sort()).toEqual(['python', 'python3', ...RUNNER_MINORS.map((m) => `python${m}`)].sort());
    expect(readlinkSync(join(bin, 'python3'))).toBe(pythons.find((p) => p.minor === '3.11')!.executable);
    for (const p of pythons) {
      const out = execFileSync(join(bin, `python${p.minor}`), ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' });
      expect(out.trim()).toBe(p.version);
    }
  });

  it('a bin directory can leave interpreters out (the ones a test wants uv to download)', () => {
    const bin = runnerBin(['3.12']);
    expect(readdirSync(bin).filter((e) => e.startsWith('python'))).toEqual(['python3.12']);
  });

  it('makes Debian\'s pytest importable on every interpreter through PYTHONPATH, without uv', () => {
    const path = debianPytestPath();
    for (const p of runnerPythons()) {
      const out = execFileSync(p.executable, ['-c', 'import importlib.metadata as m, pytest, pluggy; print(pytest.__version__, m.version("pytest"))'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', PYTHONPATH: path } });
      expect(out.trim(), p.minor).toBe('7.2.1 7.2.1');
    }
    expect(registryContents()).toEqual(expect.arrayContaining(['pytest==7.2.1', 'exceptiongroup==1.1.0', 'tomli==2.0.1']));
  });

  it('names what is missing; under CI=true that is an error, not a skip', () => {
    const saved = process.env.CI;
    try {
      process.env.CI = 'true';
      expect(() => runnerPythons(['3.99'])).toThrow(/python-runner: no interpreter for Python 3\.99 under .*versions/);
      process.env.CI = 'false';
      expect(runnerPythons(['3.99'])).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
  });
});

/**
 * The race the old recording fake could never show: pytest on several Python versions started at
 * once through `uv run --python X` share one project environment, which uv re-creates for each
 * interpreter — so the runs replace each other's environment while they run (today's product
 * command lines). With one UV_PROJECT_ENVIRONMENT per version they do not. Deterministic through
 * the fixture's late import (after a 1 s pause) of its path dependency.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedVersions, workflowEnv } from './uv/fixture-project.js';
import { uvWorld as world } from './uv/standin-world.js';

const pytestOn = (minor: string, extra: string[] = []) => ['run', ...extra, '--python', minor, '--', 'python', '-m', 'pytest', '-q', '-p', 'no:cacheprovider'];

describe('uv stand-in: concurrent runs on several Python versions', () => {
  const minors = ['3.9', '3.10', '3.11'];

  it('three `uv run --python X` at once on one .venv break each other, as on a real runner', async () => {
    const w = world();
    const record = join(w.root, 'record');
    const runs = await Promise.all(minors.map((m) => w.run(pytestOn(m), { env: workflowEnv(record) })));
    const ran = recordedVersions(record);
    const failed = runs.filter((r) => r.code !== 0).length;
    // Each run replaces the environment the others are running in: a run fails (its late import
    // of slowdep, or its install, finds the environment gone) or runs on another interpreter.
    const wrongInterpreter = ran.length !== minors.length || ran.join() !== [...minors].sort().join();
    expect(failed > 0 || wrongInterpreter, runs.map((r) => r.stdout + r.stderr).join('\n---\n')).toBe(true);
    expect(runs.some((r) => r.stderr.includes('Removed virtual environment at: .venv'))).toBe(true);
    // …and every failure is one a runner shows (an install into a removed environment, or pytest's), never the stand-in's own.
    for (const r of runs.filter((x) => x.code !== 0)) expect(r.stdout + r.stderr).toMatch(/error: Failed to (install|query)|ModuleNotFoundError|ImportError|No module named|No such file or directory|Errno 2|INTERNALERROR|\d+ failed/);
  });

  it('the same three with UV_PROJECT_ENVIRONMENT per version all pass, each on its own interpreter', async () => {
    const w = world();
    const record = join(w.root, 'record');
    const lockBefore = readFileSync(join(w.project, 'uv.lock'));
    const runs = await Promise.all(minors.map((m) => w.run(pytestOn(m, ['--locked']), { env: { ...workflowEnv(record), UV_PROJECT_ENVIRONMENT: join(w.root, 'envs', m) } })));
    for (const r of runs) expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(recordedVersions(record)).toEqual([...minors].sort());
    expect(readFileSync(join(w.project, 'uv.lock')).equals(lockBefore)).toBe(true);
    expect(existsSync(join(w.project, '.venv'))).toBe(false);
  });
});

/**
 * twine check under uv runs `uvx twine@<pin>`: the release uv.lock locks, else the twine-version
 * input, else pyrelease's tested pin. Through the uv stand-in (test/harness/uv), whose offline
 * index has Debian's twine only, as a real index has only the releases that exist: the pin
 * pyrelease keeps is not there, the input chooses the one that is. The wheel is built by the
 * stand-in's `uv build` (Debian's build + hatchling).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCommand, runPackagingTool, twineCheckCommand } from '../../../src/adapters/python-tools/packaging-tools.js';
import { Toolchain } from '../../../src/adapters/python-tools/toolchain.js';
import { readPythonProject } from '../../../src/adapters/workspace/python-project.js';
import { uvPath } from '../../harness/python-runner.js';
import { copyUvProject } from '../../harness/uv/fixture-project.js';

afterEach(() => vi.unstubAllEnvs());

describe('twine check in a uv project', () => {
  it('runs the twine release the twine-version input names; without it, pyrelease\'s pin, which this index lacks', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'twine-pin-'));
    for (const [k, v] of Object.entries(uvPath({ tempDir }).env)) vi.stubEnv(k, v);
    const dir = copyUvProject(tempDir);
    const outDir = join(tempDir, 'dist');
    const options = { tempDir, ruffVersion: '', banditVersion: '' };
    const pinned = await Toolchain.detect(readPythonProject(dir), { ...options, twineVersion: '' });
    const build = buildCommand(pinned, { dir, outDir, isolation: false });
    expect((await runPackagingTool(build, build.cwd, 120_000)).exitCode).toBe(0);
    const files = readdirSync(outDir).map((f) => join(outDir, f));

    const debian = await twineCheckCommand(await Toolchain.detect(readPythonProject(dir), { ...options, twineVersion: '4.0.2' }), files);
    if (!debian.ok) throw new Error(debian.reason);
    expect(debian.note).toBe('twine 4.0.2, from the twine-version input');
    const passed = await runPackagingTool(debian, dir, 120_000);
    expect([passed.exitCode, passed.stdout]).toEqual([0, expect.stringMatching(/Checking .*uv_project-0\.1\.0-py3-none-any\.whl: \S*PASSED/)]);

    const fallback = await twineCheckCommand(pinned, files);
    if (!fallback.ok) throw new Error(fallback.reason);
    expect(fallback.note).toBe("twine 7.0.0, pyrelease's tested pin (set twine-version to choose another)");
    expect((await runPackagingTool(fallback, dir, 120_000)).exitCode).not.toBe(0);
  });
});

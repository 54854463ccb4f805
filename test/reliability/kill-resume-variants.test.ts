/**
 * Kill and resume (issue #11's suite) for the shapes issue #19 added: a `draft: true` release (found
 * again through the releases list, never created twice) and a publish from `packages-dir` (a build
 * job's artifact). The built action is killed right after the first write of each kind, then run
 * again; the result must be exactly one release, one upload set, one copy of every asset.
 * The two variants run at once (they share nothing), each world closed when its test ends.
 */
import { afterAll, beforeAll, describe, expect, it, type OnTestFinishedHandler } from 'vitest';
import { buildDemo } from '../harness/built-demo.js';
import { missingTools, missingToolsReason } from '../harness/tools.js';
import { errorLines, inBatches, KILLS_AT_ONCE, logMarks, runKilledAfter, writeKindsSince } from './kill-after-write.js';
import { createWorld, type World } from './world.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip', 'pytest', 'mypy', 'bandit']);
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
  process.env.PATH = '/usr/bin:/bin';
});
const figures = { kills: 0, resumed: 0, duplicates: 0 };
afterAll(() => console.log(`kill and resume (draft, packages-dir): ${figures.kills} kills, ${figures.resumed} resumed to one release, ${figures.duplicates} duplicates`));

const DRAFT = { packages: { '.': { 'release-type': 'python', 'changelog-path': 'CHANGELOG.md', draft: true } } };

function expectOneRelease(w: World, version: string): void {
  const tag = `v${version}`;
  const count = (what: string, n: number) => {
    if (n !== 1) figures.duplicates++;
    expect(n, what).toBe(1);
  };
  count('GitHub releases (drafts included)', w.gh.state.releases.filter((r) => r.tag_name === tag).length);
  count('"Created releases" comments', w.gh.state.comments.filter((c) => c.body.startsWith('🤖 Created releases')).length);
  expect(w.pypi.files('demo-pkg', version).map((f) => f.filename).sort()).toEqual([`demo_pkg-${version}-py3-none-any.whl`, `demo_pkg-${version}.tar.gz`]);
  const assets = w.gh.state.releases.find((r) => r.tag_name === tag)!.assets.map((a) => a.name).sort();
  expect(new Set(assets).size, 'no asset twice').toBe(assets.length);
  expect(assets).toHaveLength(5);
}

/** `onTestFinished` is the test's own (concurrent tests must not use the global one). */
async function killEachWrite(variant: { config?: Record<string, unknown>; inputs: () => Record<string, string>; draft: boolean }, onTestFinished: (fn: OnTestFinishedHandler) => void): Promise<void> {
  const world = async () => {
    const w = await createWorld({ ...(variant.config ? { config: variant.config } : {}), fastVenv: true });
    onTestFinished(() => w.close());
    w.commit('feat: something');
    w.push();
    const opened = await w.action({ stage: 'release' });
    expect(opened.exitCode, errorLines(opened)).toBe(0);
    w.mergeReleasePr();
    return w;
  };
  const probe = await world();
  const before = logMarks(probe);
  const ok = await probe.action({ stage: 'release publish validate', ...variant.inputs() });
  expect(ok.exitCode, errorLines(ok)).toBe(0);
  expect(probe.gh.state.releases[0]!.draft).toBe(variant.draft);
  expectOneRelease(probe, '0.2.0');
  const kinds = writeKindsSince(probe, before);
  expect(kinds.length).toBeGreaterThan(6);
  await inBatches(kinds, KILLS_AT_ONCE, async (kind) => {
    const w = await world();
    const killed = await runKilledAfter(w, kind, { stage: 'release publish validate', ...variant.inputs() });
    if (killed.exitCode === 137) figures.kills++;
    const resumed = await w.action({ stage: 'release publish validate', ...variant.inputs() });
    expect(resumed.exitCode, `${kind}: ${errorLines(resumed)}`).toBe(0);
    expectOneRelease(w, '0.2.0');
    figures.resumed++;
  });
}

describe.concurrent('kill and resume: draft releases and packages-dir', () => {
  it('draft: true — killed after each kind of write, the re-run finds the draft and ends with one release', async ({ onTestFinished }) => {
    await killEachWrite({ config: DRAFT, inputs: () => ({ 'smoke-test': '' }), draft: true }, onTestFinished);
  }, 900_000);

  it('packages-dir — killed after each kind of write, the re-run publishes the same artifact once', async ({ onTestFinished }) => {
    const artifact = buildDemo('0.2.0').dir;
    await killEachWrite({ inputs: () => ({ 'smoke-test': '', 'packages-dir': artifact }), draft: false }, onTestFinished);
  }, 900_000);
});

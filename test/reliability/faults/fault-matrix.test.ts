/**
 * The fault matrix (issue #11): every remote call of every stage × {5xx, 429 with retry-after,
 * timeout, connection dropped before or after the server applied it}. Each point: the run either
 * succeeds through its retry policy or fails with one clear, coded error; then a re-run without
 * the fault converges — one PR, one tag, one release, one comment, one copy of each file — checked
 * on the stand-ins' state, not on what the code says it did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { validateStage } from '../../../src/stages/validate.js';
import { buildDemo } from '../../harness/built-demo.js';
import { fastVenvDir } from '../../harness/fast-venv.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { fastPolicies, publishFixture, type PublishFixture } from '../../stages/publish/fixture.js';
import { releaseFixture, type ReleaseFixture } from '../../stages/release/fixture.js';
import type { Fault } from '../../standins/faults.js';
import type { Standin } from '../../standins/server.js';

// Short attempts so a "timeout" point costs under a second; backoff does not really wait.
const quick = { attemptTimeoutMs: 700, retries: 2, retryBaseMs: 5, maxRateLimitWaitMs: 2_000, minWriteIntervalMs: 0 };
const policies = { ...fastPolicies, github: quick, pypi: quick, oidc: quick, sigstore: quick, webhook: quick };

type Kind = '5xx' | '429' | 'timeout' | 'drop-before' | 'drop-after';
const fault = (kind: Kind, method: string, path: RegExp): Fault => {
  switch (kind) {
    case '5xx':
      return { method, path, status: 503, times: 1 };
    case '429':
      return { method, path, status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, times: 1 };
    case 'timeout':
      return { method, path, delayMs: quick.attemptTimeoutMs + 300, times: 1 };
    case 'drop-before':
      return { method, path, drop: 'before', times: 1 };
    case 'drop-after':
      return { method, path, drop: 'after', times: 1 };
  }
};

interface Figure {
  point: string;
  fired: number;
  firstRun: 'ok' | 'clear error';
  converged: boolean;
}
const figures: Figure[] = [];
afterAll(() => {
  if (figures.length === 0) return;
  const fired = figures.reduce((n, f) => n + f.fired, 0);
  const rerun = figures.filter((f) => f.firstRun === 'clear error');
  console.log(`fault matrix: ${figures.length} points, ${fired} faults injected, ${figures.length - rerun.length} survived by retry, ${rerun.length} failed clearly and ${rerun.filter((f) => f.converged).length} of those converged on re-run, 0 duplicates`);
});

/**
 * Runs once with the fault, and again without it if the first run failed; the error must be a coded one.
 * The re-run waits until the stand-in has answered all it received: a write the client gave up on
 * (timeout) may still land, and a real re-run comes minutes later, not while the server is mid-write.
 */
async function withRecovery(point: string, standin: Pick<Standin, 'log'>, fired: () => number, run: () => Promise<{ error?: unknown }>): Promise<void> {
  const first = await run();
  if (first.error !== undefined) {
    expect(isPyreleaseError(first.error), `${point}: ${String(first.error)}`).toBe(true);
    await settled(standin);
    const again = await run();
    expect(again.error, `${point}: the re-run failed: ${String(again.error)}`).toBeUndefined();
  }
  figures.push({ point, fired: fired(), firstRun: first.error === undefined ? 'ok' : 'clear error', converged: true });
}

async function settled(standin: Pick<Standin, 'log'>): Promise<void> {
  const inFlight = () => standin.log.entries.some((e) => e.outcome === 'answered' && e.status === 0);
  for (const deadline = Date.now() + 5_000; inFlight() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
}

const attempt = async <T>(fn: () => Promise<T>): Promise<{ error?: unknown }> => {
  try {
    await fn();
    return {};
  } catch (error) {
    return { error };
  }
};

describe.concurrent('fault matrix: the release PR (GitHub)', () => {
  const points: Array<[string, RegExp, Kind[]]> = [
    ['GET', /\/pulls$/, ['5xx', '429', 'timeout', 'drop-before']],
    ['POST', /\/git\/trees$/, ['5xx', '429', 'timeout', 'drop-before', 'drop-after']],
    ['POST', /\/git\/commits$/, ['5xx', 'timeout', 'drop-after']],
    ['POST', /\/git\/refs$/, ['5xx', 'timeout', 'drop-after']],
    ['POST', /\/pulls$/, ['5xx', '429', 'timeout', 'drop-after']],
    ['POST', /\/issues\/\d+\/labels$/, ['5xx', 'drop-after']],
  ];
  for (const [method, path, kinds] of points) {
    for (const kind of kinds) {
      const name = `${method} ${path.source} × ${kind}`;
      it(name, async () => {
        const fx: ReleaseFixture = await releaseFixture({ policy: quick });
        try {
          fx.commit('feat: add retries (#4)');
          fx.push();
          const armed = fx.gh.faults.add(fault(kind, method, path));
          await withRecovery(`release-open ${name}`, fx.gh, () => fx.gh.faults.firedCount(armed), () => attempt(() => fx.run()));
          const open = fx.gh.state.pulls.filter((p) => p.state === 'open');
          expect(open, 'exactly one release PR').toHaveLength(1);
          expect(open[0]!.labels.map((l) => l.name)).toEqual(['autorelease: pending']);
          expect(fx.gh.repo.tryGit(['rev-list', '--count', `refs/heads/main..refs/heads/${open[0]!.head}`])).toBe('1');
        } finally {
          await fx.close();
        }
      });
    }
  }
});

describe.concurrent('fault matrix: tag and GitHub release after the merge (GitHub)', () => {
  const points: Array<[string, RegExp, Kind[]]> = [
    ['POST', /\/releases$/, ['5xx', 'timeout', 'drop-after']],
    ['POST', /\/issues\/\d+\/comments$/, ['5xx', 'timeout', 'drop-after']],
    ['POST', /\/issues\/\d+\/labels$/, ['5xx', 'drop-after']],
    ['DELETE', /\/issues\/\d+\/labels\/.+$/, ['5xx', 'drop-after']],
    ['GET', /\/releases\/tags\/.+$/, ['5xx', '429']],
  ];
  for (const [method, path, kinds] of points) {
    for (const kind of kinds) {
      const name = `${method} ${path.source} × ${kind}`;
      it(name, async () => {
        const fx = await releaseFixture({ policy: quick });
        try {
          fx.commit('feat: add retries (#4)');
          fx.push();
          await fx.run();
          const pr = fx.gh.state.pulls[0]!;
          const sha = fx.mergeReleasePr(pr.number, 'squash');
          const armed = fx.gh.faults.add(fault(kind, method, path));
          await withRecovery(`release-tag ${name}`, fx.gh, () => fx.gh.faults.firedCount(armed), () => attempt(() => fx.run()));
          expect(fx.gh.state.releases.filter((r) => r.tag_name === 'v1.1.0'), 'exactly one GitHub release').toHaveLength(1);
          expect(fx.gh.repo.refSha('refs/tags/v1.1.0')).toBe(sha);
          expect(fx.gh.state.comments.filter((c) => c.issue === pr.number && c.body.startsWith('🤖 Created releases')), 'one "Created releases" comment').toHaveLength(1);
          expect(pr.labels.map((l) => l.name)).toEqual(['autorelease: tagged']);
        } finally {
          await fx.close();
        }
      });
    }
  }
});

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
describe.skipIf(missing.length > 0)(`fault matrix: publish and validate (PyPI, OIDC, Sigstore, GitHub assets)${missing.length ? ` (skipped: ${missingToolsReason(missing)})` : ''}`, () => {
  beforeAll(() => {
    // Validation's venvs without ensurepip (test/harness/fast-venv): the faults are the subject, not Python's venv.
    process.env.PATH = `${fastVenvDir}:/usr/bin:/bin`;
  });
  type Target = 'pypi' | 'oidc' | 'sigstore' | 'gh';
  const points: Array<[Target, string, RegExp, Kind[]]> = [
    ['pypi', 'GET', /^\/_\/oidc\/audience$/, ['5xx', 'timeout', 'drop-before']],
    ['pypi', 'POST', /^\/_\/oidc\/mint-token$/, ['5xx', 'timeout', 'drop-after']],
    ['pypi', 'GET', /^\/pypi\/.+\/json$/, ['5xx', '429', 'timeout']],
    ['pypi', 'POST', /^\/legacy\/$/, ['5xx', '429', 'timeout', 'drop-before', 'drop-after']],
    ['oidc', 'GET', /^\/token$/, ['5xx', 'timeout', 'drop-before']],
    ['sigstore', 'POST', /^\/api\/v2\/signingCert$/, ['5xx', 'timeout', 'drop-before']],
    ['sigstore', 'POST', /^\/api\/v1\/log\/entries$/, ['5xx', 'timeout', 'drop-after']],
    ['gh', 'POST', /^\/uploads\/.+\/assets$/, ['5xx', 'drop-after']],
    ['gh', 'GET', /\/releases\/tags\/.+$/, ['5xx']],
  ];
  for (const [target, method, path, kinds] of points) {
    for (const kind of kinds) {
      const name = `${target} ${method} ${path.source} × ${kind}`;
      it.concurrent(name, async () => {
        const fx: PublishFixture = await publishFixture({ sign: true, policies });
        try {
          const standin = target === 'pypi' ? fx.pypi : target === 'oidc' ? fx.oidc : target === 'sigstore' ? fx.sigstore! : fx.gh;
          const armed = standin.faults.add(fault(kind, method, path));
          await withRecovery(`publish ${name}`, standin, () => standin.faults.firedCount(armed), () => fx.run());
          expectPublishedOnce(fx);
        } finally {
          await fx.close();
        }
      });
    }
  }

  // The same convergence from a build job's artifact (packages-dir) and onto a draft release (found through the list).
  const variantPoints: Array<[Target, string, RegExp, Kind[]]> = [
    ['pypi', 'POST', /^\/legacy\/$/, ['5xx', 'timeout', 'drop-after']],
    ['gh', 'POST', /^\/uploads\/.+\/assets$/, ['5xx', 'drop-after']],
    ['gh', 'GET', /\/releases$/, ['5xx']],
    ['gh', 'GET', /^\/storage\/.+$/, ['5xx', 'drop-before']],
  ];
  for (const variant of ['packages-dir', 'draft: true'] as const) {
    for (const [target, method, path, kinds] of variantPoints) {
      for (const kind of kinds) {
        if (variant === 'packages-dir' && path.source.includes('releases$')) continue;
        const name = `${variant}: ${target} ${method} ${path.source} × ${kind}`;
        it.concurrent(name, async () => {
          const fx: PublishFixture = await publishFixture({ sign: true, policies });
          try {
            if (variant === 'draft: true') fx.gh.state.releases[0]!.draft = true;
            const demo = buildDemo();
            const overrides = variant === 'packages-dir' ? { packagesDir: { path: demo.dir, label: 'dist' } } : {};
            // The storage host serves kept files only on a re-run: fail the first upload so the re-run reads them back.
            if (path.source.includes('storage')) fx.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 503, times: 3 });
            const standin = target === 'pypi' ? fx.pypi : fx.gh;
            const armed = standin.faults.add(fault(kind, method, path));
            await withRecovery(`publish ${name}`, standin, () => standin.faults.firedCount(armed), async () => {
              const run = await fx.run(overrides);
              if (run.error && path.source.includes('storage')) fx.pypi.faults.clear();
              return run;
            });
            expectPublishedOnce(fx);
            expect(fx.gh.state.releases, 'one release, no second draft').toHaveLength(1);
          } finally {
            await fx.close();
          }
        });
      }
    }
  }

  const validatePoints: Array<[Target, string, RegExp, Kind]> = [
    ['pypi', 'GET', /^\/simple\/.+\/$/, '5xx'],
    ['pypi', 'GET', /^\/pypi\/.+\/json$/, 'drop-before'],
    ['gh', 'POST', /\/issues\/\d+\/comments$/, 'drop-after'],
  ];
  for (const [target, method, path, kind] of validatePoints) {
    const name = `validate: ${target} ${method} ${path.source} × ${kind}`;
    it.concurrent(name, async () => {
      const fx = await publishFixture({ policies });
      try {
        const bug = fx.gh.state.addIssue('a bug');
        fx.gh.state.releases[0]!.body = `* fix ([#${bug.number}](https://github.com/acme/widget/issues/${bug.number}))`;
        const published = await fx.run();
        expect(published.error).toBeUndefined();
        const standin = target === 'pypi' ? fx.pypi : fx.gh;
        const armed = standin.faults.add(fault(kind, method, path));
        await withRecovery(name, standin, () => standin.faults.firedCount(armed), () => fx.run({}, validateStage, published.results));
        expect(fx.gh.state.comments.filter((c) => c.issue === bug.number && c.body.includes('pyrelease:released v0.1.0')), 'one "released in" comment').toHaveLength(1);
      } finally {
        await fx.close();
      }
    });
  }
});

function expectPublishedOnce(fx: PublishFixture): void {
  const stored = fx.pypi.files('demo-pkg', '0.1.0').map((f) => f.filename).sort();
  expect(stored, 'each file stored exactly once').toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
  expect(fx.pypi.files('demo-pkg', '0.1.0').every((f) => f.attestations !== undefined), 'every file has its attestation').toBe(true);
  const assets = fx.gh.state.releases[0]!.assets;
  expect(assets.map((a) => a.name).sort(), 'each asset once').toEqual(['SHA256SUMS', 'demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0-py3-none-any.whl.sigstore.json', 'demo_pkg-0.1.0.tar.gz', 'demo_pkg-0.1.0.tar.gz.sigstore.json']);
  expect(assets.every((a) => a.state === 'uploaded' && a.size > 0), 'no starter asset left').toBe(true);
}

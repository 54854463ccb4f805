// Sigstore signing (issue #9): time per file to sign (OIDC token → Fulcio → DSSE → Rekor) and to
// verify a bundle, against loopback Fulcio/Rekor; and what signing adds to the publish stage
// (in process, same fixture, sign: true vs sign: false).
import { it } from 'vitest';
import { ActionsIdTokens } from '../src/adapters/oidc/actions-id-token.js';
import { readDistribution } from '../src/adapters/distribution/read-distribution.js';
import { BundleSigner } from '../src/adapters/sigstore/bundle-signer.js';
import { verifyBundle } from '../src/adapters/sigstore/bundle-verifier.js';
import { loadTrustedRoot } from '../src/adapters/sigstore/trusted-root.js';
import { publishStatement } from '../src/core/sigstore/publish-statement.js';
import { buildDemo } from '../test/harness/built-demo.js';
import { fastPolicies, publishFixture } from '../test/stages/publish/fixture.js';
import { startOidcStandin } from '../test/standins/oidc/oidc-standin.js';
import { startSigstoreStandin } from '../test/standins/sigstore/sigstore-standin.js';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

it('signing', async () => {
  process.env.PATH = '/usr/bin:/bin';
  const clock = { now: () => Date.now(), sleep: async () => {}, today: () => '' };
  const sigstore = await startSigstoreStandin();
  const oidc = await startOidcStandin();
  const signer = new BundleSigner({ fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl }, new ActionsIdTokens({ url: oidc.requestUrl, token: oidc.requestToken }, fastPolicies.oidc, clock, () => {}), fastPolicies.sigstore, clock);
  const root = await loadTrustedRoot(sigstore.trustedRootPath, '/tmp', 5_000);
  const wheel = await readDistribution(buildDemo().wheel);
  const signs: number[] = [];
  const verifies: number[] = [];
  for (let i = 0; i < 11; i++) {
    let t = performance.now();
    const bundle = await signer.sign(publishStatement(wheel.filename, wheel.sha256), wheel.filename);
    const signMs = performance.now() - t;
    t = performance.now();
    const ok = verifyBundle(bundle, root).ok;
    const verifyMs = performance.now() - t;
    if (!ok) throw new Error('bundle did not verify');
    if (i > 0) {
      signs.push(signMs);
      verifies.push(verifyMs);
    }
  }
  await Promise.all([sigstore.close(), oidc.close()]);

  const withSign: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < 3; i++) {
    for (const [sign, samples] of [[true, withSign], [false, without]] as const) {
      const fx = await publishFixture({ sign: true });
      const t = performance.now();
      const run = await fx.run({ sign });
      samples.push(performance.now() - t);
      if (run.error) throw run.error;
      await fx.close();
    }
  }
  const s = summarize(signs).median;
  const v = summarize(verifies).median;
  const a = summarize(withSign).median;
  const b = summarize(without).median;
  printTable('Sigstore signing (issue #9), loopback Fulcio + Rekor (@sigstore/mock), medians', [
    { measure: 'sign one file (token, certificate, DSSE, Rekor entry)', value: fmtMs(s) },
    { measure: 'verify one bundle (chain, SCT, Rekor SET, signature)', value: fmtMs(v) },
    { measure: 'publish stage, 2 files, sign: true', value: fmtMs(a), baseline: `sign: false: ${fmtMs(b)}`, ratio: `${(a / b).toFixed(2)}×` },
  ]);
});

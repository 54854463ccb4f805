/**
 * The GitHub stand-in's attestations API refuses what GitHub's REST reference says it refuses (403
 * without attestations: write, 422 for a body that is not a Sigstore bundle) and finds a stored
 * bundle by the digest of its statement's subject — through the real client (Octokit) where it can.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../../src/adapters/github/client.js';
import { gitEnv } from '../../harness/fast-import.js';
import { startGitHubStandin, type GitHubStandin, type Permission } from './github-standin.js';

const WRITER = 'ghs_attestationsWriter00000000000000000';
const READER = 'ghs_attestationsReader00000000000000000';
const policy = { attemptTimeoutMs: 3_000, retries: 0, retryBaseMs: 1, maxRateLimitWaitMs: 0, minWriteIntervalMs: 0 };
let gh: GitHubStandin | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start(): Promise<GitHubStandin> {
  const origin = join(mkdtempSync(join(tmpdir(), 'attest-standin-')), 'origin.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env: gitEnv });
  const tokens: Record<string, Permission[]> = { [WRITER]: ['contents', 'attestations'], [READER]: ['contents'] };
  gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: origin, tokens });
  return gh;
}

const sha = 'ab'.repeat(32);
function bundle(digest = sha, predicateType = 'https://slsa.dev/provenance/v1'): Record<string, unknown> {
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'demo-1.0.tar.gz', digest: { sha256: digest } }], predicateType, predicate: {} };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: 'AAAA' }, tlogEntries: [] },
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'AAAA', keyid: '' }] },
  };
}
const client = (token: string) => new GitHubClient(token, { apiUrl: gh!.url, owner: 'acme', repo: 'widget' }, policy);
const post = (token: string, body: unknown) => fetch(`${gh!.url}/repos/acme/widget/attestations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GitHub stand-in: attestations', () => {
  it('stores a bundle (201 {id}) and lists it by subject digest, filtered by predicate type', async () => {
    await start();
    const id = await client(WRITER).createAttestation(bundle(), 'demo');
    expect(typeof id).toBe('number');
    const found = await client(READER).listAttestations(`sha256:${sha}`, 'https://slsa.dev/provenance/v1');
    expect(found).toHaveLength(1);
    expect(found[0]!.bundle).toEqual(bundle());
    expect(await client(READER).listAttestations(`sha256:${sha}`, 'https://docs.pypi.org/attestations/publish/v1')).toEqual([]);
    expect(await client(READER).listAttestations(`sha256:${'cd'.repeat(32)}`, 'https://slsa.dev/provenance/v1')).toEqual([]);
  });

  it('403 with the permission header for a token without attestations: write; the client names the permission', async () => {
    await start();
    const res = await post(READER, { bundle: bundle() });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-accepted-github-permissions')).toBe('attestations=write');
    await expect(client(READER).createAttestation(bundle(), 'demo')).rejects.toMatchObject({ code: 'GITHUB_MISSING_PERMISSION', details: { fix: expect.stringContaining('attestations: write') } });
    expect(gh!.state.attestations).toHaveLength(0);
  });

  it('401 without a token; 422 for a body that is not a Sigstore DSSE bundle', async () => {
    await start();
    expect((await fetch(`${gh!.url}/repos/acme/widget/attestations`, { method: 'POST', body: '{}' })).status).toBe(401);
    for (const bad of [{}, { bundle: 'x' }, { bundle: { ...bundle(), mediaType: 'text/plain' } }, { bundle: { ...bundle(), dsseEnvelope: { payload: 'e30=', payloadType: 'application/vnd.in-toto+json', signatures: [] } } }]) {
      const res = await post(WRITER, bad);
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(((await res.json()) as { message: string }).message).toBe('Validation Failed');
    }
    expect(gh!.state.attestations).toHaveLength(0);
  });
});

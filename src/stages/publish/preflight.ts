/**
 * What can be known before anything is built or written: credentials present, the index
 * reachable and offering trusted publishing, and whether the version is already there. The
 * publish stage stops on a failed check; `pyrelease check --publish` prints them all.
 */
import type { IndexedFile } from '../../adapters/pypi/json-api.js';
import type { PackageIndex } from '../../adapters/pypi/package-index.js';
import type { ActionsIdTokens } from '../../adapters/oidc/actions-id-token.js';
import { noIdToken } from '../../adapters/oidc/actions-id-token.js';
import { isPyreleaseError, PyreleaseError } from '../../errors/pyrelease-error.js';
import { actionsIssuerFor, isPublicGoodTrusted } from '../../core/sigstore/signing-identity.js';
import { DEFAULT_FULCIO_URL } from '../../settings/settings.js';

/** Where signing would happen: the run's GitHub server and the Sigstore instance named by the inputs. */
export interface SigningTarget {
  serverUrl: string;
  fulcioUrl: string;
  rekorUrl: string;
  trustedRoot: string;
}

/** Public-good Fulcio trusts github.com's Actions issuer only: a GHES token would be refused after the build. */
function publicGoodRefusal(t: SigningTarget): PyreleaseError | undefined {
  if (isPublicGoodTrusted(t.serverUrl) || t.fulcioUrl.replace(/\/$/, '') !== DEFAULT_FULCIO_URL) return undefined;
  const host = new URL(t.serverUrl).host;
  return new PyreleaseError('SIGNING_GHES_PUBLIC_GOOD', `this run is on GitHub Enterprise Server (${host}), whose Actions tokens the public-good Sigstore (${new URL(DEFAULT_FULCIO_URL).host}) does not trust: signing would fail after the build`, {
    key: 'sign',
    fix: `set sign: false to publish unsigned, or sign with a private Sigstore that trusts ${actionsIssuerFor(t.serverUrl)}: fulcio-url, rekor-url and trusted-root of that instance`,
  });
}

export interface PreflightCheck {
  name: 'credentials' | 'index' | 'version';
  level: 'ok' | 'warn' | 'fail';
  detail: string;
  error?: PyreleaseError;
}

export interface Preflight {
  checks: PreflightCheck[];
  /** The audience the index asked for (trusted publishing only). */
  audience: string | undefined;
  /** The release's files already on the index; null when it has none; undefined when the version is not known yet. */
  remote: IndexedFile[] | null | undefined;
}

export async function publishPreflight(o: { password: string; sign: boolean; signing?: SigningTarget; idTokens: ActionsIdTokens; index: PackageIndex; project: string; version: string | undefined; force: boolean; skipExisting: boolean; inActions: boolean }): Promise<Preflight> {
  const checks: PreflightCheck[] = [];
  const label = o.index.endpoints.label;
  if (o.sign && o.signing) {
    // Stops before any request and any build: the signature would fail only after both.
    const ghes = publicGoodRefusal(o.signing);
    if (ghes) return { checks: [{ name: 'credentials', level: 'fail', detail: ghes.message, error: ghes }], audience: undefined, remote: undefined };
  }
  const trusted = !o.password;
  if (!trusted && o.sign && !o.idTokens.available && o.inActions) {
    const error = new PyreleaseError('SIGNING_NEEDS_OIDC', 'Sigstore signing needs an OIDC token, and this job cannot get one', { key: 'sign', fix: 'give the publish job "permissions: id-token: write" (job level), or set sign: false to publish unsigned' });
    checks.push({ name: 'credentials', level: 'fail', detail: error.message, error });
  } else if (!trusted) checks.push({ name: 'credentials', level: 'ok', detail: `API token from the password input${o.sign ? '; the job can request an OIDC token for Sigstore' : ''}` });
  else if (o.idTokens.available) checks.push({ name: 'credentials', level: 'ok', detail: 'trusted publishing: the job can request an OIDC token (id-token: write)' });
  else {
    const error = noIdToken();
    checks.push({ name: 'credentials', level: o.inActions ? 'fail' : 'warn', detail: o.inActions ? error.message : 'trusted publishing works only in GitHub Actions with id-token: write (not checked here)', error });
  }

  let audience: string | undefined;
  if (trusted) {
    try {
      audience = await o.index.trustedPublishing.audience();
      checks.push({ name: 'index', level: 'ok', detail: `${label} offers trusted publishing (audience "${audience}")` });
    } catch (error) {
      checks.push(failed('index', error));
    }
  }

  let remote: IndexedFile[] | null | undefined;
  if (o.version !== undefined) {
    try {
      remote = await o.index.releaseFiles(o.project, o.version);
      if (!trusted) checks.push({ name: 'index', level: 'ok', detail: `${label} is reachable` });
      if (remote === null || remote.length === 0) checks.push({ name: 'version', level: 'ok', detail: `${o.project} ${o.version} is not on ${label} yet` });
      else if (o.force && !o.skipExisting) {
        const error = new PyreleaseError('PUBLISH_VERSION_EXISTS', `${label} already has ${o.project} ${o.version}; force_publish does not overwrite a release`, { key: 'force_publish', fix: 'bump the version in pyproject.toml for an emergency release, or set skip-existing: true to upload only the missing files' });
        checks.push({ name: 'version', level: 'fail', detail: error.message, error });
      } else checks.push({ name: 'version', level: 'warn', detail: `${label} already has ${remote.length} file(s) of ${o.project} ${o.version}: files with the same sha256 are not sent again` });
    } catch (error) {
      checks.push(failed(trusted ? 'version' : 'index', error));
    }
  }
  return { checks, audience, remote };
}

function failed(name: PreflightCheck['name'], error: unknown): PreflightCheck {
  if (!isPyreleaseError(error)) throw error;
  return { name, level: 'fail', detail: error.message, error };
}

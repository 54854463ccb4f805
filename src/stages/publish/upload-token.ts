/**
 * Where the upload token comes from: the `password` input, or trusted publishing — audience,
 * a fresh Actions OIDC token, mint-token — masked the moment it exists. Re-minted when the
 * index says the token expired or was a replay, since each exchange needs a new OIDC token.
 */
import type { ActionsIdTokens } from '../../adapters/oidc/actions-id-token.js';
import { noIdToken } from '../../adapters/oidc/actions-id-token.js';
import type { PackageIndex } from '../../adapters/pypi/package-index.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { explainMintRefusal } from '../../core/publish/explain-trusted-publishing.js';
import { decodeIdTokenClaims, isReusableWorkflow, type IdTokenClaims } from '../../core/publish/id-token-claims.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface UploadToken {
  readonly kind: 'trusted-publishing' | 'api-token';
  /** The current token (masked). */
  value(): Promise<string>;
  /** Mints a new one (trusted publishing); false when that is not possible. */
  renew(): Promise<boolean>;
  /** The claims of the last OIDC token, for the summary. */
  readonly claims: IdTokenClaims | undefined;
}

export async function obtainUploadToken(o: { password: string; index: PackageIndex; idTokens: ActionsIdTokens; project: string; runtime: Runtime; audience?: string }): Promise<UploadToken> {
  if (o.password) return { kind: 'api-token', value: async () => o.password, renew: async () => false, claims: undefined };
  if (!o.idTokens.available) throw noIdToken();
  const audience = o.audience ?? (await o.index.trustedPublishing.audience());
  let current = '';
  let claims: IdTokenClaims | undefined;
  const mint = async (): Promise<string> => {
    // One retry with a brand-new OIDC token: a replayed or expired JWT is refused, a fresh one is not.
    for (let attempt = 0; ; attempt++) {
      const jwt = await o.idTokens.get(audience);
      claims = decodeIdTokenClaims(jwt);
      if (attempt === 0 && claims?.event_name === 'pull_request_target') {
        throw new PyreleaseError('TRUSTED_PUBLISHING_REFUSED', 'this run was started by pull_request_target, which trusted publishing never accepts', { key: 'event_name', fix: 'publish from push, release or workflow_dispatch events' });
      }
      if (attempt === 0 && claims && isReusableWorkflow(claims)) {
        o.runtime.warning(`the publish job runs in a reusable workflow (${claims.job_workflow_ref}): ${o.index.endpoints.label} matches that file, not ${claims.workflow_ref}`);
      }
      const result = await o.index.trustedPublishing.mint(jwt);
      if (result.ok) {
        o.runtime.setSecret(result.token);
        return result.token;
      }
      const code = result.refusal.errors[0]?.code;
      if (attempt === 0 && (code === 'invalid-reuse-token' || code === 'invalid-token')) continue;
      throw explainMintRefusal(result.refusal, claims, o.project, o.index.endpoints);
    }
  };
  current = await mint();
  return {
    kind: 'trusted-publishing',
    value: async () => current,
    renew: async () => {
      current = await mint();
      return true;
    },
    get claims() {
      return claims;
    },
  };
}

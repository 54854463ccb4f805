/**
 * Upload credentials: tokens minted by trusted publishing (15 minutes, scoped to the publisher's
 * projects) and explicit API tokens (scoped to projects, or to the whole account with '*'). Turns an
 * Authorization header into an identity, and an identity plus a project into PyPI's permission
 * answer, with the texts of §3.3 (`Invalid API Token: …`).
 */
import { randomBytes } from 'node:crypto';
import { normalizeName, pyRepr } from './names.js';
import { withReason } from './reasons.js';
import type { StandinResponse } from '../server.js';

export interface TrustedPublisher {
  /** `owner/name`, e.g. 'acme/widget'. */
  repository: string;
  repositoryOwnerId: string;
  /** File name only, e.g. 'release.yml'. */
  workflowFilename: string;
  environment?: string;
  projects: string[];
  /** A pending publisher: its first mint creates the project(s), then it becomes a normal one. */
  pending?: boolean;
}

export type Identity =
  | { kind: 'oidc'; token: string; publisher: TrustedPublisher; projects: Set<string>; expiresAt: number }
  | { kind: 'api'; token: string; projects: Set<string> | '*' };

export const INVALID_AUTH = 'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
// (unverified) Warehouse's wording for a Basic login that is not `__token__`.
const PASSWORD_AUTH = 'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers';
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/** Responsible for who an upload is from and what that identity may upload to. */
export class Credentials {
  readonly minted = new Map<string, Extract<Identity, { kind: 'oidc' }>>();
  readonly api = new Map<string, Extract<Identity, { kind: 'api' }>>();

  constructor(
    private readonly now: () => number,
    apiTokens: Record<string, string[] | '*'> = {},
  ) {
    for (const [token, projects] of Object.entries(apiTokens)) {
      this.api.set(token, { kind: 'api', token, projects: projects === '*' ? '*' : new Set(projects.map(normalizeName)) });
    }
  }

  /** A new upload token for the publisher's projects; `expires` in epoch seconds as the mint answer carries it. */
  mint(publisher: TrustedPublisher): { token: string; expires: number } {
    const token = `pypi-${randomBytes(32).toString('base64url')}`;
    const expiresAt = this.now() + TOKEN_LIFETIME_MS;
    this.minted.set(token, { kind: 'oidc', token, publisher, projects: new Set(publisher.projects.map(normalizeName)), expiresAt });
    return { token, expires: Math.floor(expiresAt / 1000) };
  }

  expireMinted(): void {
    for (const identity of this.minted.values()) identity.expiresAt = Math.min(identity.expiresAt, this.now());
  }

  /** The identity behind an Authorization header, or PyPI's 403. Takes Basic `__token__:<t>` and `token`/`bearer <t>`. */
  identify(authorization: string | undefined): Identity | StandinResponse {
    const [scheme = '', value = ''] = (authorization ?? '').trim().split(/\s+/, 2);
    let token: string | undefined;
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const [user, password] = colon < 0 ? [decoded, ''] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
      if (user === '__token__') token = password;
      else if (user !== '' && password !== '') return withReason(403, PASSWORD_AUTH);
    } else if (/^(token|bearer)$/i.test(scheme)) token = value;
    const identity = token === undefined ? undefined : (this.minted.get(token) ?? this.api.get(token));
    return identity ?? withReason(403, INVALID_AUTH);
  }

  /** PyPI's permission check for uploading to `projectName` (display name); undefined when allowed. */
  refuseUpload(identity: Identity, projectName: string): StandinResponse | undefined {
    if (identity.kind === 'oidc') {
      // Caveats are verified in the order Warehouse mints them: project ids, then expiry.
      if (!identity.projects.has(normalizeName(projectName))) return withReason(403, `Invalid API Token: OIDC scoped token is not valid for project '${projectName}'`);
      if (this.now() >= identity.expiresAt) return withReason(403, 'Invalid API Token: token is expired');
      return undefined;
    }
    if (identity.projects !== '*' && !identity.projects.has(normalizeName(projectName))) {
      return withReason(403, `Invalid API Token: project-scoped token is not valid for project: ${pyRepr(projectName)}`);
    }
    return undefined;
  }
}

/**
 * What a stand-in was asked, in arrival order. Tests assert on requests accepted or refused
 * (style.md §3: outcomes, not calls), so every request is kept — faulted ones too — with the
 * token redacted: a log that a failing test prints must not leak the secret it was guarding.
 */

/** How the server answered one request. */
export type RequestOutcome =
  /** The handler produced the response that was sent. */
  | 'answered'
  /** A status fault answered in the handler's place; the handler never saw the request. */
  | 'fault'
  /** The socket was destroyed before the handler ran: nothing was applied. */
  | 'dropped-before'
  /** The handler ran (its write is applied) but the socket was destroyed instead of answering. */
  | 'dropped-after'
  /** Refused: the request did not come to a loopback Host. */
  | 'violation';

export interface LoggedRequest {
  method: string;
  path: string;
  /** The raw query string including `?`, or `''`. */
  query: string;
  /** Header names lower-cased; `authorization` is reduced to its scheme + ` ***`. */
  headers: Record<string, string>;
  /** Same redacted value as `headers.authorization`, kept as a field for short assertions. */
  authorization: string | undefined;
  bodyBytes: Buffer;
  /** The body as UTF-8 text (what most protocol checks read). */
  body: string;
  /** The status the handler or fault chose; 0 while in flight, or when dropped before handling. */
  status: number;
  outcome: RequestOutcome;
  /** True for every outcome but `answered`. Kept for the tests written before `outcome`. */
  faulted: boolean;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json(): unknown;
}

/** Redacts a credential to its scheme: `Bearer abc` → `Bearer ***`, a bare token → `***`. */
export function redactAuthorization(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const space = value.indexOf(' ');
  return space > 0 ? `${value.slice(0, space)} ***` : '***';
}

type PathPattern = string | RegExp;

function matches(entry: LoggedRequest, method: string | undefined, path: PathPattern | undefined): boolean {
  if (method !== undefined && entry.method !== method.toUpperCase()) return false;
  if (path === undefined) return true;
  return typeof path === 'string' ? entry.path === path : path.test(entry.path);
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * POSTs that change nothing: a GraphQL query (a mutation does change state) and GitHub's
 * generate-notes, which renders release notes without creating a release.
 */
function isReadingPost(e: LoggedRequest): boolean {
  if (e.method !== 'POST') return false;
  if (e.path.endsWith('/releases/generate-notes')) return true;
  if (!e.path.endsWith('/graphql')) return false;
  const body = e.json() as { query?: unknown } | undefined;
  return typeof body?.query === 'string' && !/^\s*mutation\b/.test(body.query);
}

/** Responsible for keeping and querying the requests one stand-in received. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  /** Requests refused because their Host was not loopback; close() fails when any exist. */
  readonly violations: string[] = [];

  /** Requests with this method (any when undefined) whose path equals or matches the pattern. */
  find(method?: string, path?: PathPattern): LoggedRequest[] {
    return this.entries.filter((e) => matches(e, method, path));
  }

  count(method?: string, path?: PathPattern): number {
    return this.find(method, path).length;
  }

  /** Every request that could change state (not GET/HEAD/OPTIONS, a GraphQL query or generate-notes), whatever its answer. */
  writes(): LoggedRequest[] {
    return this.entries.filter((e) => !READS.has(e.method) && !isReadingPost(e));
  }

  /** One line per request, for a failing test's message: `POST /x → 201`. */
  describe(): string {
    return this.entries.map((e) => `${e.method} ${e.path}${e.query} → ${e.outcome === 'answered' ? e.status : e.outcome}`).join('\n');
  }

  clear(): void {
    this.entries.length = 0;
  }
}

/**
 * The loopback base every stand-in uses (github/, pypi/, oidc/, sigstore/ supply only handlers):
 * 127.0.0.1 on port 0, every request recorded with its token redacted, armed faults applied before
 * the handler. Handlers never see sockets, so the protocol logic stays testable on its own and the
 * transport faults stay in one place. Any request not addressed to loopback is refused and fails
 * the test at close(): nothing in the suite may talk to the network (style.md §3).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Faults, type Fault } from './faults.js';
import { RequestLog, redactAuthorization, type LoggedRequest } from './request-log.js';

export { Faults, RequestLog, type Fault, type LoggedRequest };

/** What a handler sees: the parsed request, no transport. Headers are not redacted here. */
export interface StandinRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: Buffer;
  text: string;
  /** The body parsed as JSON (`null` for an empty body); throws on invalid JSON, which becomes a 500. */
  json<T = unknown>(): T;
}

export interface StandinResponse {
  status: number;
  headers?: Record<string, string>;
  /** Buffer/Uint8Array as bytes, a Readable streamed as it comes (git's packs), string as text, anything else JSON-encoded; undefined = empty. */
  body?: unknown;
  /** Reason phrase of the status line; Node's default for the status when unset. PyPI puts its error messages here. */
  statusText?: string;
}

export type Handler = (req: StandinRequest) => Promise<StandinResponse> | StandinResponse;

export interface Standin {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  log: RequestLog;
  faults: Faults;
  /** Stops the server; rejects when a non-loopback request was refused during the test. */
  close(): Promise<void>;
}

export interface StandinOptions {
  /** Names the stand-in in violation and handler-error messages. */
  name?: string;
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): StandinResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

/** A plain-text (or HTML, with a content-type header) answer. */
export function text(status: number, body: string, headers: Record<string, string> = {}): StandinResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body };
}

const LOOPBACK_HOST = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?$/i;
const LOOPBACK_PEER = /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;

export async function startStandin(handler: Handler, options: StandinOptions = {}): Promise<Standin> {
  const name = options.name ?? 'stand-in';
  const log = new RequestLog();
  const faults = new Faults();
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // A bug in this file, not in a handler: answer something rather than hang the client.
      if (!res.headersSent) send(res, text(500, `${name}: ${String(error)}`));
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bodyBytes = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const loggedHeaders = { ...headers };
    const authorization = redactAuthorization(headers.authorization);
    if (authorization !== undefined) loggedHeaders.authorization = authorization;
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      headers: loggedHeaders,
      authorization,
      bodyBytes,
      body: bodyBytes.toString('utf8'),
      status: 0,
      outcome: 'answered',
      faulted: false,
      json: () => parseJsonOrUndefined(bodyBytes),
    };
    log.entries.push(entry);
    const settle = (outcome: LoggedRequest['outcome'], status: number): void => {
      entry.outcome = outcome;
      entry.faulted = outcome !== 'answered';
      entry.status = status;
    };

    const host = headers.host ?? '';
    const peer = req.socket.remoteAddress ?? '';
    if (!LOOPBACK_HOST.test(host) || !LOOPBACK_PEER.test(peer)) {
      const message = `${name}: refused ${entry.method} ${entry.path} for Host ${JSON.stringify(host)} from ${peer}: only loopback is allowed`;
      log.violations.push(message);
      console.error(message);
      settle('violation', 421);
      send(res, text(421, message));
      return;
    }

    const fault = faults.take(entry.method, entry.path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.drop === 'before') {
      settle('dropped-before', 0);
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      settle('fault', fault.status);
      send(res, faultResponse(fault, fault.status));
      return;
    }

    const request: StandinRequest = {
      method: entry.method,
      path: entry.path,
      query: url.searchParams,
      headers,
      body: bodyBytes,
      text: entry.body,
      json: <T>() => JSON.parse(entry.body || 'null') as T,
    };
    let response: StandinResponse;
    try {
      response = await handler(request);
    } catch (error) {
      // Answered like a server bug would be, and loud in the test log, so a broken handler is not mistaken for a refusal.
      console.error(`${name}: handler failed on ${entry.method} ${entry.path}:`, error);
      response = json(500, { message: `${name} handler error: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (fault?.drop === 'after') {
      settle('dropped-after', response.status);
      req.socket.destroy();
      return;
    }
    if (fault?.headers) response = { ...response, headers: { ...response.headers, ...fault.headers } };
    settle('answered', response.status);
    send(res, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    faults,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets and delayed requests would otherwise hold teardown open.
        server.closeAllConnections();
      });
      if (log.violations.length > 0) throw new Error(`${name}: ${log.violations.length} non-loopback request(s):\n${log.violations.join('\n')}`);
    },
  };
}

function faultResponse(fault: Fault, status: number): StandinResponse {
  if (fault.body === undefined) return json(status, { message: `Injected fault (${status})` }, fault.headers);
  if (typeof fault.body === 'string' || Buffer.isBuffer(fault.body)) return { status, headers: fault.headers, body: fault.body };
  return json(status, fault.body, fault.headers);
}

function parseJsonOrUndefined(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, response: StandinResponse): void {
  const { body } = response;
  if (body instanceof Readable) {
    res.writeHead(response.status, Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])));
    body.pipe(res);
    return;
  }
  let payload: Buffer | string;
  let contentType: string;
  if (body === undefined) [payload, contentType] = ['', 'text/plain; charset=utf-8'];
  else if (body instanceof Uint8Array) [payload, contentType] = [Buffer.from(body), 'application/octet-stream'];
  else if (typeof body === 'string') [payload, contentType] = [body, 'text/plain; charset=utf-8'];
  else [payload, contentType] = [JSON.stringify(body), 'application/json; charset=utf-8'];
  const headers: Record<string, string> = { 'content-type': contentType };
  // Lower-cased so a handler's `Content-Type` replaces the default instead of doubling it.
  for (const [k, v] of Object.entries(response.headers ?? {})) headers[k.toLowerCase()] = v;
  // 204 and 304 carry no body; Node refuses one anyway.
  if (response.statusText !== undefined) res.writeHead(response.status, response.statusText, headers);
  else res.writeHead(response.status, headers);
  res.end(response.status === 204 || response.status === 304 ? undefined : payload);
}

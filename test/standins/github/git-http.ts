/**
 * The stand-in's git host: GitHub's smart HTTP for the one repository, served by real
 * `git http-backend` over the stand-in's bare repository, so clients speak to git itself.
 *
 * Follows git-http-backend(1) (the CGI variables GIT_PROJECT_ROOT, GIT_HTTP_EXPORT_ALL, PATH_INFO,
 * REQUEST_METHOD, QUERY_STRING, CONTENT_TYPE, REMOTE_USER; its `Status:` and other CGI headers
 * parsed off stdout; the pack streamed as it is written), gitprotocol-http(5) (the Git-Protocol
 * header passed on as GIT_PROTOCOL, so protocol v2 is spoken when the client asks; gzip request
 * bodies inflated by http-backend from HTTP_CONTENT_ENCODING) and the partial-clone docs
 * (uploadpack.allowFilter, uploadpack.allowAnySHA1InWant, so `--filter=blob:none` and the lazy
 * fetch of a missing blob work). Like GitHub for a private repository it wants Basic auth with a
 * known token as the password (`x-access-token:<token>`): 401 with `WWW-Authenticate: Basic
 * realm="GitHub"` otherwise. Read-only: pushes (git-receive-pack) get 403, as for a read token.
 */
import { spawn } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { PassThrough } from 'node:stream';
import type { StandinRequest, StandinResponse } from '../server.js';

export interface GitHttpOptions {
  owner: string;
  repo: string;
  bareRepo: string;
  /** Whether a token may read the repository. */
  canRead(token: string): boolean;
}

/** Answers a request for the repository's git URL, or returns undefined for any other path. */
export function createGitHttpHandler(opts: GitHttpOptions): (req: StandinRequest) => Promise<StandinResponse> | undefined {
  const prefix = new RegExp(`^/${opts.owner}/${opts.repo}(?:\\.git)?(/.*)$`, 'i');
  return (req) => {
    const m = prefix.exec(req.path);
    if (!m) return undefined;
    const auth = /^Basic (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const [user, password] = auth ? splitOnce(Buffer.from(auth, 'base64').toString('utf8')) : [undefined, undefined];
    if (user === undefined || password === undefined || !opts.canRead(password)) {
      return Promise.resolve({ status: 401, headers: { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' }, body: 'Invalid username or token. Password authentication is not supported for Git operations.\n' });
    }
    const rest = m[1]!;
    if (rest.endsWith('/git-receive-pack') || req.query.get('service') === 'git-receive-pack') {
      return Promise.resolve({ status: 403, headers: { 'content-type': 'text/plain' }, body: `Permission to ${opts.owner}/${opts.repo}.git denied to ${user}.\n` });
    }
    return runBackend(opts.bareRepo, rest, req, user);
  };
}

function splitOnce(s: string): [string, string] | [undefined, undefined] {
  const i = s.indexOf(':');
  return i === -1 ? [undefined, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

function runBackend(bareRepo: string, rest: string, req: StandinRequest, user: string): Promise<StandinResponse> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_PROJECT_ROOT: dirname(bareRepo),
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: `/${basename(bareRepo)}${rest}`,
    REQUEST_METHOD: req.method,
    QUERY_STRING: req.query.toString(),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    CONTENT_LENGTH: String(req.body.length),
    REMOTE_USER: user,
    REMOTE_ADDR: '127.0.0.1',
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: 'uploadpack.allowFilter',
    GIT_CONFIG_VALUE_0: 'true',
    GIT_CONFIG_KEY_1: 'uploadpack.allowAnySHA1InWant',
    GIT_CONFIG_VALUE_1: 'true',
  };
  if (req.headers['git-protocol']) env.GIT_PROTOCOL = req.headers['git-protocol'];
  if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  // http-backend may answer (a refusal, a lazy fetch it cannot serve) and exit before it has read
  // the whole request body, as a web server stops reading one: the rest is dropped, its answer stands.
  child.stdin.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') child.kill();
  });
  child.stdin.end(req.body);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => void (stderr += d));
  return new Promise((resolve, reject) => {
    let head = Buffer.alloc(0);
    let body: PassThrough | undefined;
    child.on('error', reject);
    // Headers are collected until the blank line; the rest (the pack) is piped through as git writes it.
    const onHead = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = headerEnd(head);
      if (end === undefined) return;
      child.stdout.off('data', onHead);
      const { status, headers } = parseCgiHeaders(head.subarray(0, end.at).toString('latin1'));
      body = new PassThrough();
      body.write(head.subarray(end.at + end.length));
      child.stdout.pipe(body);
      resolve({ status, headers, body });
    };
    child.stdout.on('data', onHead);
    child.on('close', (code) => {
      if (!body) resolve({ status: 500, headers: { 'content-type': 'text/plain' }, body: `git http-backend exited ${code ?? 'by signal'} without headers: ${stderr}` });
    });
  });
}

function headerEnd(buf: Buffer): { at: number; length: number } | undefined {
  const crlf = buf.indexOf('\r\n\r\n');
  const lf = buf.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { at: crlf, length: 4 };
  return lf === -1 ? undefined : { at: lf, length: 2 };
}

/** CGI response headers: `Status: 404 Not Found` sets the status (200 without one), the rest pass through. */
function parseCgiHeaders(text: string): { status: number; headers: Record<string, string> } {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i === -1) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    if (name === 'status') status = Number(value.split(' ')[0]);
    else headers[name] = value;
  }
  return { status, headers };
}

/**
 * The loopback base every stand-in uses: 127.0.0.1 on a random port, every request recorded
 * (Authorization redacted), faults injected per route before the handler runs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandinRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  json<T = unknown>(): T;
}

export interface StandinResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Handler = (req: StandinRequest) => Promise<StandinResponse> | StandinResponse;

export interface Fault {
  method?: string;
  path: string | RegExp;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** 'before': drop the socket without answering; 'after': run the handler (the write happens), then drop. */
  drop?: 'before' | 'after';
  /** How many matching requests fail; then the fault is spent. */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  authorization: string | undefined;
  body: string;
  status: number;
  faulted: boolean;
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  find(method: string, path: string | RegExp): LoggedRequest[] {
    return this.entries.filter((e) => e.method === method && (typeof path === 'string' ? e.path === path : path.test(e.path)));
  }
  writes(): LoggedRequest[] {
    return this.entries.filter((e) => e.method !== 'GET' && e.method !== 'HEAD' && !e.faulted && e.status < 400);
  }
  clear(): void {
    this.entries.length = 0;
  }
}

export interface Standin {
  url: string;
  log: RequestLog;
  faults: Fault[];
  close(): Promise<void>;
}

export async function startStandin(handler: Handler): Promise<Standin> {
  const log = new RequestLog();
  const faults: Fault[] = [];
  const server: Server = createServer((req, res) => void serve(req, res));
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = req.headers.authorization;
    const entry: LoggedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.search, authorization: auth ? `${auth.split(' ')[0]} ***` : undefined, body: body.toString('utf8'), status: 0, faulted: false };
    log.entries.push(entry);
    const fault = faults.find((f) => (!f.method || f.method === entry.method) && (typeof f.path === 'string' ? f.path === entry.path : f.path.test(entry.path)) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.drop === 'before') {
        entry.faulted = true;
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        entry.faulted = true;
        entry.status = fault.status;
        send(res, { status: fault.status, headers: fault.headers, body: fault.body ?? { message: 'Injected fault' } });
        return;
      }
    }
    const request: StandinRequest = {
      method: entry.method,
      path: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
      body,
      json: <T>() => JSON.parse(body.toString('utf8') || 'null') as T,
    };
    let response: StandinResponse;
    try {
      response = await handler(request);
    } catch (e) {
      response = { status: 500, body: { message: `stand-in error: ${(e as Error).message}` } };
    }
    entry.status = response.status;
    if (fault?.drop === 'after') {
      entry.faulted = true;
      req.socket.destroy();
      return;
    }
    send(res, response);
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    faults,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function send(res: ServerResponse, r: StandinResponse): void {
  const isBuffer = Buffer.isBuffer(r.body);
  const payload = r.body === undefined ? '' : isBuffer ? (r.body as Buffer) : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  res.writeHead(r.status, { 'content-type': isBuffer ? 'application/octet-stream' : 'application/json; charset=utf-8', ...r.headers });
  res.end(payload);
}

/**
 * A loopback forward proxy that records what it forwarded, as a corporate proxy a self-hosted
 * runner sits behind would see it (RFC 9110 §9.3.6 CONNECT tunnels for https:// and for clients
 * that always tunnel, as undici's ProxyAgent does; absolute-URI requests for plain http://, as
 * http-proxy-agent under make-fetch-happen sends them). It forwards only to loopback targets and
 * answers anything else 403, so no test traffic can leave the machine; `refuse` makes it deny a
 * target the way a proxy's allow list does (403 to the CONNECT, before any byte reaches the service).
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ForwardedRequest {
  /** `CONNECT` for a tunnel, else the method of an absolute-URI request. */
  method: string;
  /** `host:port` of the target. */
  target: string;
  /** The path of an absolute-URI request; undefined inside a tunnel (the proxy cannot see it). */
  path?: string;
  /** What the proxy did. */
  outcome: 'forwarded' | 'refused';
}

export interface RecordingProxy {
  url: string;
  forwarded: ForwardedRequest[];
  /** Targets (`host:port`) to refuse with 403, as an allow list would. */
  refuse: Set<string>;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+$/;

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const forwarded: ForwardedRequest[] = [];
  const refuse = new Set<string>();
  const sockets = new Set<Socket>();
  const allowed = (target: string) => LOOPBACK.test(target) && !refuse.has(target);
  const server = createServer((req: IncomingMessage, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI required');
      return;
    }
    const target = url.host;
    if (!allowed(target)) {
      forwarded.push({ method: req.method ?? 'GET', target, path: url.pathname, outcome: 'refused' });
      res.writeHead(403, { 'content-type': 'text/html' }).end('<html><body>Access denied by the proxy</body></html>');
      return;
    }
    forwarded.push({ method: req.method ?? 'GET', target, path: url.pathname, outcome: 'forwarded' });
    const upstream = httpRequest({ host: url.hostname, port: url.port, method: req.method, path: `${url.pathname}${url.search}`, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.headersSent ? res.destroy() : res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (!allowed(target)) {
      forwarded.push({ method: 'CONNECT', target, outcome: 'refused' });
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    forwarded.push({ method: 'CONNECT', target, outcome: 'forwarded' });
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
    const upstream = connect(port, host.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    refuse,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Responsible for how every HTTP request leaves pyrelease: Node's `fetch` ignores HTTPS_PROXY and
 * NO_PROXY, so behind a proxy every request — GitHub, the index, the OIDC token, the webhook — goes
 * through undici's `EnvHttpProxyAgent` with the proxy settings the runner names (as
 * @actions/http-client and release-please-action honour them). Sigstore's own client
 * (make-fetch-happen, used by @sigstore/sign and @sigstore/tuf) reads the same variables itself.
 * main.ts installs the transport once per run. Without a proxy it is Node's own fetch; undici
 * (the package) is loaded only when a proxy is named, so a run without one does not pay for
 * initialising it at start-up.
 */
type Undici = typeof import('undici');

export interface ProxySettings {
  /** HTTP_PROXY / http_proxy: for http:// URLs (and https:// ones when httpsProxy is empty). */
  httpProxy: string;
  /** HTTPS_PROXY / https_proxy. */
  httpsProxy: string;
  /** NO_PROXY / no_proxy: hosts, domains (`.corp.example`), `host:port`, `*`. */
  noProxy: string;
}

let proxied: ProxySettings | undefined;
let viaProxy: Promise<{ undici: Undici; dispatcher: InstanceType<Undici['EnvHttpProxyAgent']> }> | undefined;

/** Installs the run's transport: through the proxy when one is named, else direct. */
export function useProxy(proxy: ProxySettings | undefined): void {
  const named = proxy !== undefined && (proxy.httpProxy !== '' || proxy.httpsProxy !== '');
  proxied = named ? proxy : undefined;
  viaProxy = named
    ? import('undici').then((undici) => ({ undici, dispatcher: new undici.EnvHttpProxyAgent({ httpProxy: proxy.httpProxy || undefined, httpsProxy: proxy.httpsProxy || proxy.httpProxy || undefined, noProxy: proxy.noProxy }) }))
    : undefined;
}

/** fetch, through the run's transport. */
export const send: typeof fetch = async (input, init) => {
  if (!viaProxy) return globalThis.fetch(input, init);
  const { undici, dispatcher } = await viaProxy;
  return undici.fetch(input as Parameters<Undici['fetch']>[0], { ...(init as Parameters<Undici['fetch']>[1]), dispatcher }) as unknown as Response;
};

/** A multipart body the current transport's fetch encodes (each fetch knows only its own FormData class). */
export async function newFormData(): Promise<FormData> {
  if (!viaProxy) return new FormData();
  const { undici } = await viaProxy;
  return new undici.FormData() as unknown as FormData;
}

/** The proxy a request to `url` goes through, for messages ("through the proxy …"); undefined when direct. */
export function proxyFor(url: string): string | undefined {
  if (!proxied) return undefined;
  const u = new URL(url);
  if (bypasses(u, proxied.noProxy)) return undefined;
  const proxy = u.protocol === 'https:' ? proxied.httpsProxy || proxied.httpProxy : proxied.httpProxy;
  return proxy ? new URL(proxy).host : undefined;
}

// The same NO_PROXY reading as EnvHttpProxyAgent's: `*`, exact hosts, `.domain` suffixes, optional ports.
function bypasses(u: URL, noProxy: string): boolean {
  const entries = noProxy.split(/[,\s]+/).filter(Boolean);
  if (entries.includes('*')) return true;
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  return entries.some((entry) => {
    const m = /^(.+?)(?::(\d+))?$/.exec(entry.toLowerCase().replace(/^\[|\]$/g, ''));
    if (!m) return false;
    const name = m[1]!.replace(/^\*?\./, '');
    if (m[2] && m[2] !== port) return false;
    return host === name || host.endsWith(`.${name}`);
  });
}

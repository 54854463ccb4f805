/**
 * One `repository-url` → every address pyrelease needs on that index. On PyPI the upload host
 * (upload.pypi.org) is not the read host (pypi.org); elsewhere both live on one server.
 */

export interface IndexEndpoints {
  /** Legacy upload endpoint, with its trailing slash. */
  uploadUrl: string;
  /** Base of `/_/oidc/audience` and `/_/oidc/mint-token`. */
  trustedPublishingBase: string;
  /** Base of the JSON API (`pypi/<name>/<version>/json`) and the simple index (`simple/`). */
  readBase: string;
  /** Base of human pages: project page, publisher settings. */
  webBase: string;
  /** How messages name the index. */
  label: string;
}

const KNOWN: Record<string, Omit<IndexEndpoints, 'uploadUrl'>> = {
  'upload.pypi.org': { trustedPublishingBase: 'https://upload.pypi.org/', readBase: 'https://pypi.org/', webBase: 'https://pypi.org/', label: 'PyPI' },
  'test.pypi.org': { trustedPublishingBase: 'https://test.pypi.org/', readBase: 'https://test.pypi.org/', webBase: 'https://test.pypi.org/', label: 'TestPyPI' },
};

/**
 * `indexUrl` (the `index-url` input) overrides the read base; it may be given as the simple
 * index (`…/simple/`), as pip users know it.
 */
export function indexEndpoints(uploadUrl: string, indexUrl?: string): IndexEndpoints {
  const url = new URL(uploadUrl);
  const known = KNOWN[url.host];
  // A private index serves everything under the path that holds `legacy/` (devpi, pypiserver, the stand-in).
  const base = `${url.origin}${url.pathname.replace(/legacy\/?$/, '')}`;
  const endpoints: IndexEndpoints = known ? { uploadUrl, ...known } : { uploadUrl, trustedPublishingBase: base, readBase: base, webBase: base, label: url.host };
  if (indexUrl) endpoints.readBase = withSlash(indexUrl.replace(/simple\/?$/, ''));
  return endpoints;
}

const withSlash = (u: string) => (u.endsWith('/') ? u : `${u}/`);

export function projectPageUrl(e: IndexEndpoints, project: string, version: string): string {
  return `${e.webBase}project/${project}/${version}/`;
}

export function releaseJsonUrl(e: IndexEndpoints, project: string, version: string): string {
  return `${e.readBase}pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
}

export function simpleIndexUrl(e: IndexEndpoints): string {
  return `${e.readBase}simple/`;
}

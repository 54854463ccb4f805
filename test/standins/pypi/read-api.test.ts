/** The PyPI stand-in's read side: JSON API, negotiated simple pages, file bytes, yanks and the visibility delay. */
import { afterEach, describe, expect, it } from 'vitest';
import { negotiate, SIMPLE_HTML, SIMPLE_JSON, TEXT_HTML } from './simple-index.js';
import { startPypiStandin, type PypiStandin, type PypiStandinOptions } from './pypi-standin.js';
import { sha256Hex, upload, type DistFile } from './test-client.js';

const USER = 'pypi-user-token';
const PIP_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01';
const sdist: DistFile = { filename: 'demo_pkg-0.1.0.tar.gz', bytes: Buffer.from('sdist bytes') };
const wheel: DistFile = { filename: 'demo_pkg-0.1.0-py3-none-any.whl', bytes: Buffer.from('wheel bytes') };
const meta = { summary: 'A demo', requires_python: '>=3.9', project_urls: ['Homepage, https://github.com/acme/demo-package'] };

let open: PypiStandin[] = [];
afterEach(async () => {
  const closing = open;
  open = [];
  await Promise.allSettled(closing.map((s) => s.close()));
});

async function published(options: PypiStandinOptions = {}): Promise<PypiStandin> {
  const pypi = await startPypiStandin({ apiTokens: { [USER]: '*' }, ...options });
  open.push(pypi);
  for (const file of [sdist, wheel]) {
    const res = await upload(pypi, USER, file, { name: 'demo-pkg', version: '0.1.0', extra: meta });
    expect(res.status, res.statusText).toBe(200);
  }
  return pypi;
}

async function release(pypi: PypiStandin, version: string, extra: Record<string, string> = {}): Promise<void> {
  const res = await upload(pypi, USER, { filename: `demo_pkg-${version}-py3-none-any.whl`, bytes: Buffer.from(`wheel ${version}`) }, { name: 'demo-pkg', version, extra });
  expect(res.status, res.statusText).toBe(200);
}

interface UrlEntry {
  filename: string;
  packagetype: string;
  python_version: string;
  digests: { md5: string; sha256: string; blake2b_256: string };
  size: number;
  url: string;
  yanked: boolean;
  yanked_reason: string | null;
  upload_time_iso_8601: string;
  requires_python: string | null;
}
interface ProjectJson {
  info: { name: string; version: string; summary: string; requires_python: string; yanked: boolean; yanked_reason: string | null; project_urls: Record<string, string> };
  urls: UrlEntry[];
  releases?: Record<string, UrlEntry[]>;
  last_serial: number;
}

const getJson = async (url: string) => {
  const res = await fetch(url, { redirect: 'manual' });
  return { res, body: res.status === 200 ? ((await res.json()) as ProjectJson) : undefined };
};

describe('PyPI stand-in JSON API', () => {
  it('lists a release’s files with digests, sizes, URLs and yanked flags', async () => {
    const pypi = await published();
    const { res, body } = await getJson(`${pypi.url}/pypi/demo-pkg/json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-pypi-last-serial')).toBe(String(body!.last_serial));
    expect(body!.info).toMatchObject({ name: 'demo-pkg', version: '0.1.0', summary: 'A demo', requires_python: '>=3.9', yanked: false, yanked_reason: null });
    expect(body!.info.project_urls).toEqual({ Homepage: 'https://github.com/acme/demo-package' });
    expect(body!.urls.map((u) => [u.filename, u.packagetype, u.python_version, u.digests.sha256, u.size, u.yanked])).toEqual([
      [sdist.filename, 'sdist', 'source', sha256Hex(sdist.bytes), sdist.bytes.length, false],
      [wheel.filename, 'bdist_wheel', 'py3', sha256Hex(wheel.bytes), wheel.bytes.length, false],
    ]);
    expect(body!.urls[0]?.digests.blake2b_256).toMatch(/^[0-9a-f]{64}$/);
    expect(body!.urls[0]?.upload_time_iso_8601).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(Object.keys(body!.releases!)).toEqual(['0.1.0']);

    const bytes = Buffer.from(await (await fetch(body!.urls[1]!.url)).arrayBuffer());
    expect(bytes.equals(wheel.bytes)).toBe(true);
  });

  it('serves one version canonically matched, without `releases`, and 404 for unknown ones', async () => {
    const pypi = await published();
    const { res, body } = await getJson(`${pypi.url}/pypi/demo-pkg/0.1/json`);
    expect(res.status).toBe(200);
    expect(body!.info.version).toBe('0.1.0');
    expect(body!.urls).toHaveLength(2);
    expect(body).not.toHaveProperty('releases');
    expect((await fetch(`${pypi.url}/pypi/demo-pkg/0.2.0/json`)).status).toBe(404);
  });

  it('redirects another spelling of the name to the project’s, and answers 404 HTML for unknown projects', async () => {
    const pypi = await published();
    const moved = await fetch(`${pypi.url}/pypi/Demo_Pkg/json`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/pypi/demo-pkg/json');
    const movedVersion = await fetch(`${pypi.url}/pypi/demo.pkg/0.1.0/json`, { redirect: 'manual' });
    expect(movedVersion.headers.get('location')).toBe('/pypi/demo-pkg/0.1.0/json');
    const missing = await fetch(`${pypi.url}/pypi/nothing-here/json`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('shows the best release in info: not yanked, final before pre-release, then highest', async () => {
    const pypi = await published();
    await release(pypi, '0.2.0rc1');
    await release(pypi, '0.1.1');
    const info = async () => (await getJson(`${pypi.url}/pypi/demo-pkg/json`)).body!.info;
    expect((await info()).version).toBe('0.1.1');

    pypi.yank('demo-pkg', '0.1.1', 'broken import');
    expect((await info()).version).toBe('0.1.0');
    const { body } = await getJson(`${pypi.url}/pypi/demo-pkg/0.1.1/json`);
    expect(body!.info).toMatchObject({ yanked: true, yanked_reason: 'broken import' });
    expect(body!.urls[0]).toMatchObject({ yanked: true, yanked_reason: 'broken import' });
    expect(Object.keys((await getJson(`${pypi.url}/pypi/demo-pkg/json`)).body!.releases!)).toEqual(['0.1.0', '0.1.1', '0.2.0rc1']);
  });
});

describe('PyPI stand-in simple index', () => {
  it('negotiates on Accept with q-values, defaulting to text/html', () => {
    expect(negotiate(undefined, null)).toBe(TEXT_HTML);
    expect(negotiate('*/*', null)).toBe(TEXT_HTML);
    expect(negotiate(PIP_ACCEPT, null)).toBe(SIMPLE_JSON);
    expect(negotiate('application/vnd.pypi.simple.v1+json;q=0.1, text/html', null)).toBe(TEXT_HTML);
    expect(negotiate('application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01', null)).toBe(SIMPLE_JSON);
    expect(negotiate('application/vnd.pypi.simple.v1+html', null)).toBe(SIMPLE_HTML);
    expect(negotiate('application/vnd.pypi.latest+json', null)).toBe(SIMPLE_JSON);
    expect(negotiate('text/*', null)).toBe(TEXT_HTML);
    expect(negotiate('*/*;q=0.5, text/html;q=0', null)).toBe(SIMPLE_HTML);
    // No substring matching: these name none of the offered types.
    expect(negotiate('application/json', null)).toBeUndefined();
    expect(negotiate('application/vnd.pypi.simple.v1+jsonx', null)).toBeUndefined();
    expect(negotiate('text/html;q=0', null)).toBeUndefined();
    expect(negotiate('text/html', SIMPLE_JSON)).toBe(SIMPLE_JSON);
  });

  it('serves PEP 691 JSON to pip’s Accept header with the exact type and Vary', async () => {
    const pypi = await published();
    const res = await fetch(`${pypi.indexUrl}demo-pkg/`, { headers: { accept: PIP_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(SIMPLE_JSON);
    expect(res.headers.get('vary')).toBe('Accept');
    const body = (await res.json()) as { meta: Record<string, unknown>; name: string; versions: string[]; files: Record<string, unknown>[] };
    expect(body.meta['api-version']).toMatch(/^1\.[1-9]/);
    expect(body.name).toBe('demo-pkg');
    expect(body.versions).toEqual(['0.1.0']);
    expect(body.files.map((f) => f.filename)).toEqual([wheel.filename, sdist.filename]);
    expect(body.files[1]).toMatchObject({ hashes: { sha256: sha256Hex(sdist.bytes) }, 'requires-python': '>=3.9', yanked: false, size: sdist.bytes.length });
    for (const f of body.files) {
      expect(f).not.toHaveProperty('core-metadata');
      expect(f).not.toHaveProperty('data-dist-info-metadata');
    }
    const bytes = Buffer.from(await (await fetch(String(body.files[0]!.url))).arrayBuffer());
    expect(bytes.equals(wheel.bytes)).toBe(true);
  });

  it('serves PEP 503 HTML by default with sha256 fragments and escaped requires-python', async () => {
    const pypi = await published();
    const res = await fetch(`${pypi.indexUrl}demo-pkg/`);
    expect(res.headers.get('content-type')).toBe(TEXT_HTML);
    const html = await res.text();
    expect(html).toContain('<meta name="pypi:repository-version" content="1.4">');
    const anchors = [...html.matchAll(/<a href="([^"]+)#sha256=([0-9a-f]{64})" data-requires-python="&gt;=3\.9">([^<]+)<\/a>/g)];
    expect(anchors.map((a) => [a[3], a[2]])).toEqual([
      [wheel.filename, sha256Hex(wheel.bytes)],
      [sdist.filename, sha256Hex(sdist.bytes)],
    ]);
    expect(html).not.toContain('data-core-metadata');
    expect(html).not.toContain('data-dist-info-metadata');

    const v1html = await fetch(`${pypi.indexUrl}demo-pkg/`, { headers: { accept: SIMPLE_HTML } });
    expect(v1html.headers.get('content-type')).toBe(SIMPLE_HTML);
    expect(await v1html.text()).toBe(html);
  });

  it('answers 406 when nothing offered is acceptable', async () => {
    const pypi = await published();
    const res = await fetch(`${pypi.indexUrl}demo-pkg/`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(406);
  });

  it('redirects non-normalized names and the missing slash, and 404s unknown projects', async () => {
    const pypi = await published();
    for (const path of ['Demo_Pkg/', 'demo.pkg/', 'demo-pkg']) {
      const res = await fetch(`${pypi.indexUrl}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe('/simple/demo-pkg/');
    }
    expect((await fetch(`${pypi.indexUrl}nothing-here/`)).status).toBe(404);
    const root = await (await fetch(pypi.indexUrl)).text();
    expect(root).toContain('<a href="/simple/demo-pkg/">demo-pkg</a>');
  });

  it('marks a yanked release’s files in both forms', async () => {
    const pypi = await published();
    pypi.yank('demo-pkg', '0.1.0', 'broken');
    const json = (await (await fetch(`${pypi.indexUrl}demo-pkg/`, { headers: { accept: SIMPLE_JSON } })).json()) as { files: { yanked: unknown }[] };
    expect(json.files.map((f) => f.yanked)).toEqual(['broken', 'broken']);
    expect((await (await fetch(`${pypi.indexUrl}demo-pkg/`)).text()).match(/data-yanked="broken"/g)).toHaveLength(2);

    await release(pypi, '0.2.0');
    pypi.yank('demo-pkg', '0.2.0');
    const again = (await (await fetch(`${pypi.indexUrl}demo-pkg/`, { headers: { accept: SIMPLE_JSON } })).json()) as { files: { filename: string; yanked: unknown }[] };
    expect(again.files.find((f) => f.filename.includes('0.2.0'))?.yanked).toBe(true);
  });
});

describe('PyPI stand-in visibility delay', () => {
  it('hides a new upload from JSON, simple and files until the delay has passed', async () => {
    let nowMs = Date.parse('2026-03-01T12:00:00Z');
    const pypi = await published({ now: () => nowMs, visibilityDelayMs: 30_000 });
    // Stored at once (uploads and files() see it) …
    expect(pypi.files('demo-pkg')).toHaveLength(2);
    expect((await upload(pypi, USER, wheel, { name: 'demo-pkg', version: '0.1.0' })).status).toBe(200);
    // … but reads do not yet.
    expect((await fetch(`${pypi.url}/pypi/demo-pkg/json`)).status).toBe(404);
    expect((await fetch(`${pypi.indexUrl}demo-pkg/`)).status).toBe(404);
    nowMs += 29_999;
    expect((await fetch(`${pypi.url}/pypi/demo-pkg/json`)).status).toBe(404);
    nowMs += 1;
    const { body } = await getJson(`${pypi.url}/pypi/demo-pkg/json`);
    expect(body!.urls.map((u) => u.filename)).toEqual([sdist.filename, wheel.filename]);
    expect(body!.urls[0]?.upload_time_iso_8601).toBe('2026-03-01T12:00:00.000000Z');

  });

  it('delays each file on its own, also in a release already visible', async () => {
    let nowMs = 0;
    const pypi = await published({ now: () => nowMs, visibilityDelayMs: 10_000 });
    nowMs = 10_000;
    const late = { filename: 'demo_pkg-0.1.0-py2.py3-none-any.whl', bytes: Buffer.from('late wheel') };
    expect((await upload(pypi, USER, late, { name: 'demo-pkg', version: '0.1.0' })).status).toBe(200);
    const listed = async () => (await getJson(`${pypi.url}/pypi/demo-pkg/json`)).body!.urls.map((u) => u.filename);
    expect(await listed()).toEqual([sdist.filename, wheel.filename]);
    const url = `${pypi.url}/files/packages/${pypi.files('demo-pkg').at(-1)!.blake2b256.replace(/^(..)(..)/, '$1/$2/')}/${late.filename}`;
    expect((await fetch(url)).status).toBe(404);
    nowMs = 20_000;
    expect(await listed()).toEqual([sdist.filename, wheel.filename, late.filename]);
    expect((await fetch(url)).status).toBe(200);
  });
});

/**
 * A loopback GitHub REST API for one repository, backed by a real bare git repository
 * (../../../shared/docs/protocols.md §1): refuses what GitHub refuses (401, 403 with the
 * permission header, 422 duplicates, non-fast-forward), paginates with Link headers (30 per
 * page by default), sends rate-limit headers, and records every request. Its root is also the
 * git host (GITHUB_SERVER_URL): git's smart HTTP over the same bare repository (git-http.ts).
 */
import { createHash } from 'node:crypto';
import { BareRepo } from './bare-repo.js';
import { GitHubState, type Issue, type PullRequest, type Release } from './state.js';
import { startStandin, type Standin, type StandinRequest, type StandinResponse } from '../server.js';
import { createGraphqlHandler } from './graphql.js';
import { generateReleaseNotes } from './release-notes.js';
import { createAttestationsApi } from './attestations.js';
import { createGitHttpHandler } from './git-http.js';

export type Permission = 'contents' | 'pull_requests' | 'issues' | 'attestations';

export interface GitHubStandinOptions {
  owner: string;
  repo: string;
  bareRepo: string;
  defaultBranch?: string;
  /** token → permissions it has (write). */
  tokens: Record<string, Permission[]>;
  /** "Allow GitHub Actions to create and approve pull requests" (off → 403 on POST /pulls). */
  actionsCanCreatePullRequests?: boolean;
  /**
   * The repository's merge settings as GET /repos/{owner}/{repo} shows them; unset fields keep what
   * GitHub gives a new repository. `hidden`: the fields are left out, as for a token without write access.
   */
  mergeSettings?: Partial<MergeSettings> | 'hidden';
  /** Commit author e-mail → GitHub login, for GraphQL's `author { user { login } }` (noreply addresses map themselves). */
  users?: Record<string, string>;
}

export interface MergeSettings {
  allow_squash_merge: boolean;
  allow_merge_commit: boolean;
  allow_rebase_merge: boolean;
  squash_merge_commit_title: 'PR_TITLE' | 'COMMIT_OR_PR_TITLE';
  squash_merge_commit_message: 'PR_BODY' | 'COMMIT_MESSAGES' | 'BLANK';
}

/** A new repository on github.com: every merge method allowed, squash title and message from the commits. */
export const NEW_REPOSITORY_MERGE_SETTINGS: MergeSettings = {
  allow_squash_merge: true,
  allow_merge_commit: true,
  allow_rebase_merge: true,
  squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
  squash_merge_commit_message: 'COMMIT_MESSAGES',
};

export interface GitHubStandin extends Standin {
  state: GitHubState;
  repo: BareRepo;
  /** The next asset upload leaves an empty `starter` asset and answers 502, as the upload host sometimes does. */
  breakNextAssetUpload(): void;
  /** What GitHub records when a PR is merged (tests merge with real git and push first). */
  markMerged(number: number, mergeCommitSha: string): void;
  /** A pull request a person opened from a pushed branch (a feature PR, with its body). */
  addPullRequest(p: { title: string; body: string | null; head: string; base?: string; labels?: string[]; user?: string }): PullRequest;
}

type Route = [method: string, pattern: RegExp, permission: Permission | null, fn: (req: StandinRequest, m: RegExpExecArray, perms: Permission[]) => StandinResponse | Promise<StandinResponse>];

export async function startGitHubStandin(opts: GitHubStandinOptions): Promise<GitHubStandin> {
  const state = new GitHubState();
  const repo = new BareRepo(opts.bareRepo);
  const full = `${opts.owner}/${opts.repo}`;
  const web = `https://github.com/${full}`;
  let base = '';
  const R = `/repos/${opts.owner}/${opts.repo}`;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const r = (p: string) => new RegExp(`^${esc(R)}${p}$`);
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): StandinResponse => ({ status, body, headers });
  const invalid = (message: string, errors: unknown[] = []) => json(422, { message, errors, documentation_url: 'https://docs.github.com/rest' });
  const notFound = () => json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

  const prJson = (p: PullRequest) => ({
    number: p.number,
    state: p.state,
    title: p.title,
    body: p.body,
    draft: p.draft,
    labels: p.labels,
    head: { ref: p.head, sha: repo.refSha(`refs/heads/${p.head}`) ?? null, label: `${opts.owner}:${p.head}`, repo: { full_name: full, fork: false } },
    base: { ref: p.base, sha: repo.refSha(`refs/heads/${p.base}`) ?? null },
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha,
    html_url: `${web}/pull/${p.number}`,
    user: { login: p.user ?? 'github-actions[bot]' },
    created_at: p.created_at,
    updated_at: p.updated_at,
    closed_at: p.state === 'closed' ? p.updated_at : null,
  });
  const assetJson = (rel: Release, a: Release['assets'][number]) => ({
    id: a.id, name: a.name, label: '', state: a.state, content_type: a.content_type, size: a.size, digest: a.digest, download_count: 0,
    browser_download_url: `${web}/releases/download/${rel.tag_name}/${a.name}`, url: `${base}${R}/releases/assets/${a.id}`, uploader: { login: 'github-actions[bot]' },
  });
  const releaseJson = (rel: Release) => ({
    ...rel,
    assets: rel.assets.map((a) => assetJson(rel, a)),
    html_url: rel.draft ? `${web}/releases/tag/untagged-${createHash('sha1').update(String(rel.id)).digest('hex').slice(0, 20)}` : `${web}/releases/tag/${rel.tag_name}`,
    url: `${base}${R}/releases/${rel.id}`,
    upload_url: `${base}/uploads${R}/releases/${rel.id}/assets{?name,label}`,
    assets_url: `${base}${R}/releases/${rel.id}/assets`,
    published_at: rel.draft ? null : rel.created_at,
    immutable: false,
    author: { login: 'github-actions[bot]' },
  });
  const paginate = (req: StandinRequest, items: unknown[]): StandinResponse => {
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
    const page = Number(req.query.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const link = (p: number) => {
        const q = new URLSearchParams(req.query);
        q.set('page', String(p));
        return `<${base}${req.path}?${q.toString()}>`;
      };
      headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
    }
    return json(200, items.slice((page - 1) * perPage, page * perPage), headers);
  };
  const issueJson = (i: Issue) => ({ number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })), html_url: `${web}/issues/${i.number}`, user: { login: 'github-actions[bot]' } });
  const findPull = (n: string) => state.pulls.find((p) => p.number === Number(n));

  const answerGraphql = createGraphqlHandler({ owner: opts.owner, repo: opts.repo, bare: repo, state, users: opts.users ?? {} });
  const attestations = createAttestationsApi({ store: state.attestations, nextId: () => state.id(), baseUrl: () => base, repoPath: R });
  const routes: Route[] = [
    ['POST', /^\/graphql$/, null, (req) => answerGraphql(req)],
    ['POST', r('/attestations'), 'attestations', (req) => attestations.create(req)],
    ['GET', r('/attestations/([^/]+)'), null, (req, m) => attestations.list(req, m[1]!)],
    ['GET', r(''), null, () => {
      const merge = opts.mergeSettings === 'hidden' ? {} : { ...NEW_REPOSITORY_MERGE_SETTINGS, ...opts.mergeSettings };
      return json(200, { id: 1, name: opts.repo, full_name: full, owner: { login: opts.owner, id: 2 }, default_branch: opts.defaultBranch ?? 'main', private: false, visibility: 'public', html_url: web, ...merge });
    }],
    ['GET', r('/git/ref/((?:heads|tags)/.+)'), null, (_q, m) => {
      const sha = repo.tryGit(['rev-parse', '--verify', '--quiet', `refs/${decodeURIComponent(m[1]!)}`]);
      // An annotated tag's ref points at the tag object, as on GitHub (GET git/tags/{sha} peels it).
      return sha ? json(200, { ref: `refs/${m[1]}`, object: { sha, type: repo.tryGit(['cat-file', '-t', sha]) ?? 'commit' } }) : notFound();
    }],
    ['GET', r('/git/tags/([0-9a-f]{40})'), null, (_q, m) => {
      // GET git/tags/{sha}: the tag object's own fields (git cat-file tag prints them as headers).
      const raw = repo.tryGit(['cat-file', 'tag', m[1]!]);
      if (raw === undefined) return notFound();
      const header = (k: string) => new RegExp(`^${k} (.+)$`, 'm').exec(raw)?.[1] ?? '';
      return json(200, { sha: m[1], tag: header('tag'), message: raw.split('\n\n').slice(1).join('\n\n'), object: { sha: header('object'), type: header('type') } });
    }],
    ['POST', r('/git/refs'), 'contents', (req) => {
      const { ref, sha } = req.json<{ ref: string; sha: string }>();
      if (!/^refs\/(heads|tags)\//.test(ref) || !repo.commitInfo(sha)) return invalid('Reference update failed');
      if (repo.tryGit(['rev-parse', '--verify', '--quiet', ref])) return invalid('Reference already exists');
      repo.updateRef(ref, sha);
      return json(201, { ref, object: { sha, type: 'commit' } });
    }],
    ['PATCH', r('/git/refs/((?:heads|tags)/.+)'), 'contents', (req, m) => {
      const ref = `refs/${decodeURIComponent(m[1]!)}`;
      const { sha, force } = req.json<{ sha: string; force?: boolean }>();
      const current = repo.refSha(ref);
      if (!current) return invalid('Reference does not exist');
      if (!force && !repo.isAncestor(current, sha)) return invalid('Update is not a fast forward');
      repo.updateRef(ref, sha);
      return json(200, { ref, object: { sha, type: 'commit' } });
    }],
    ['DELETE', r('/git/refs/((?:heads|tags)/.+)'), 'contents', (_q, m) => {
      const ref = `refs/${decodeURIComponent(m[1]!)}`;
      if (!repo.refSha(ref)) return invalid('Reference does not exist');
      repo.deleteRef(ref);
      return { status: 204 };
    }],
    ['POST', r('/git/blobs'), 'contents', (req) => {
      const { content, encoding } = req.json<{ content: string; encoding?: string }>();
      return json(201, { sha: repo.writeBlob(encoding === 'base64' ? Buffer.from(content, 'base64') : content) });
    }],
    ['GET', r('/git/commits/([0-9a-f]{40})'), null, (_q, m) => {
      const c = repo.commitInfo(m[1]!);
      return c ? json(200, { sha: m[1], tree: { sha: c.tree }, parents: c.parents.map((sha) => ({ sha })), message: c.message }) : notFound();
    }],
    ['POST', r('/git/trees'), 'contents', (req) => {
      const { base_tree, tree } = req.json<{ base_tree?: string; tree: Array<{ path: string; mode: string; type: string; sha?: string | null; content?: string }> }>();
      const entries = tree.map((e) => ({ path: e.path, mode: e.mode, sha: e.content !== undefined ? repo.writeBlob(e.content) : (e.sha ?? null) }));
      return json(201, { sha: repo.writeTree(base_tree, entries), truncated: false });
    }],
    ['POST', r('/git/commits'), 'contents', (req) => {
      const { message, tree, parents } = req.json<{ message: string; tree: string; parents: string[] }>();
      const sha = repo.commitTree(tree, parents, message, state.now());
      return json(201, { sha, tree: { sha: tree }, parents: parents.map((p) => ({ sha: p })), message });
    }],
    ['GET', r('/pulls'), null, (req) => {
      const st = req.query.get('state') ?? 'open';
      const head = req.query.get('head');
      const baseRef = req.query.get('base');
      const list = state.pulls
        .filter((p) => (st === 'all' || p.state === st) && (!head || `${opts.owner}:${p.head}` === head) && (!baseRef || p.base === baseRef))
        .sort((a, b) => b.number - a.number)
        .map(prJson);
      return paginate(req, list);
    }],
    ['POST', r('/pulls'), 'pull_requests', (req) => {
      if (opts.actionsCanCreatePullRequests === false) return json(403, { message: 'GitHub Actions is not permitted to create or approve pull requests.' });
      const { title, head, base: baseRef, body, draft } = req.json<{ title: string; head: string; base: string; body?: string; draft?: boolean }>();
      const branch = head.includes(':') ? head.split(':')[1]! : head;
      if (!repo.refSha(`refs/heads/${branch}`)) return invalid('Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      if (state.pulls.some((p) => p.state === 'open' && p.head === branch && p.base === baseRef)) {
        return invalid('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${opts.owner}:${branch}.` }]);
      }
      if ((body ?? '').length > 65536) return invalid('Validation Failed', [{ resource: 'PullRequest', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }]);
      const now = state.now();
      const pr: PullRequest = { number: state.nextNumber(), state: 'open', title, body: body ?? null, draft: draft ?? false, head: branch, base: baseRef, labels: [], merged_at: null, merge_commit_sha: null, created_at: now, updated_at: now };
      state.pulls.push(pr);
      return json(201, prJson(pr));
    }],
    ['GET', r('/pulls/(\\d+)'), null, (_q, m) => {
      const p = findPull(m[1]!);
      return p ? json(200, { ...prJson(p), merged: p.merged_at !== null }) : notFound();
    }],
    ['PATCH', r('/pulls/(\\d+)'), 'pull_requests', (req, m) => {
      const p = findPull(m[1]!);
      if (!p) return notFound();
      const patch = req.json<{ title?: string; body?: string; state?: 'open' | 'closed' }>();
      if (patch.title !== undefined) p.title = patch.title;
      if (patch.body !== undefined) p.body = patch.body;
      if (patch.state !== undefined && p.merged_at === null) p.state = patch.state;
      p.updated_at = state.now();
      return json(200, prJson(p));
    }],
    ['POST', r('/issues/(\\d+)/labels'), 'issues', (req, m) => {
      const p = findPull(m[1]!);
      if (!p) return notFound();
      for (const name of req.json<{ labels: string[] }>().labels) {
        const label = state.label(name);
        if (!p.labels.some((l) => l.id === label.id)) p.labels.push(label);
      }
      return json(200, p.labels);
    }],
    ['DELETE', r('/issues/(\\d+)/labels/(.+)'), 'issues', (_q, m) => {
      const p = findPull(m[1]!);
      const name = decodeURIComponent(m[2]!);
      if (!p) return notFound();
      if (!p.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) return json(404, { message: 'Label does not exist' });
      p.labels = p.labels.filter((l) => l.name.toLowerCase() !== name.toLowerCase());
      return json(200, p.labels);
    }],
    ['GET', r('/issues/(\\d+)/comments'), null, (req, m) => paginate(req, state.comments.filter((c) => c.issue === Number(m[1])).map((c) => ({ id: c.id, body: c.body, html_url: `${web}/pull/${c.issue}#issuecomment-${c.id}`, user: { login: 'github-actions[bot]' } })))],
    ['POST', r('/issues/(\\d+)/comments'), 'issues', (req, m) => {
      if (!findPull(m[1]!) && !state.issues.some((i) => i.number === Number(m[1]))) return notFound();
      const c = { id: state.id(), issue: Number(m[1]), body: req.json<{ body: string }>().body };
      state.comments.push(c);
      return json(201, { id: c.id, body: c.body, html_url: `${web}/pull/${c.issue}#issuecomment-${c.id}` });
    }],
    ['POST', r('/releases'), 'contents', (req) => {
      const b = req.json<{ tag_name: string; target_commitish?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean }>();
      // Only published releases are unique per tag: GitHub accepts any number of drafts for one.
      if (!b.draft && state.releases.some((x) => x.tag_name === b.tag_name && !x.draft)) return invalid('Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
      const target = b.target_commitish ?? opts.defaultBranch ?? 'main';
      const targetSha = /^[0-9a-f]{40}$/.test(target) ? target : repo.refSha(`refs/heads/${target}`);
      if (!targetSha || !repo.commitInfo(targetSha)) return invalid('Validation Failed', [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
      // Publishing creates the tag when it is missing; a draft creates none.
      if (!b.draft && !repo.refSha(`refs/tags/${b.tag_name}`)) repo.updateRef(`refs/tags/${b.tag_name}`, targetSha);
      const rel: Release = { id: state.id(), tag_name: b.tag_name, target_commitish: target, name: b.name ?? b.tag_name, body: b.body ?? '', draft: b.draft ?? false, prerelease: b.prerelease ?? false, created_at: state.now(), assets: [] };
      state.releases.push(rel);
      return json(201, releaseJson(rel));
    }],
    // Before /releases/{id}: GitHub renders notes here and saves nothing; the token needs contents write.
    ['POST', r('/releases/generate-notes'), 'contents', (req) => generateReleaseNotes({ repo, state, web }, req.json<Record<string, unknown>>() ?? {})],
    // Drafts are listed only for tokens with push access.
    ['GET', r('/releases'), null, (req, _m, perms) => paginate(req, [...state.releases].reverse().filter((x) => !x.draft || perms.includes('contents')).map(releaseJson))],
    ['GET', r('/releases/tags/(.+)'), null, (_q, m) => {
      const rel = state.releases.find((x) => x.tag_name === decodeURIComponent(m[1]!) && !x.draft);
      return rel ? json(200, releaseJson(rel)) : notFound();
    }],
    ['GET', r('/releases/(\\d+)/assets'), null, (req, m) => {
      const rel = state.releases.find((x) => x.id === Number(m[1]));
      return rel ? paginate(req, rel.assets.map((a) => assetJson(rel, a))) : notFound();
    }],
    // Accept: application/octet-stream → 302 to the storage host (here a path of this server), as GitHub answers.
    ['GET', r('/releases/assets/(\\d+)'), null, (req, m) => {
      const rel = state.releases.find((x) => x.assets.some((a) => a.id === Number(m[1])));
      const asset = rel?.assets.find((a) => a.id === Number(m[1]));
      if (!rel || !asset) return notFound();
      if ((req.headers.accept ?? '').includes('application/octet-stream')) return { status: 302, headers: { location: `${base}/storage/${asset.id}/${encodeURIComponent(asset.name)}?signature=standin` } };
      return json(200, assetJson(rel, asset));
    }],
    ['DELETE', r('/releases/assets/(\\d+)'), 'contents', (_q, m) => {
      const rel = state.releases.find((x) => x.assets.some((a) => a.id === Number(m[1])));
      if (!rel) return notFound();
      rel.assets = rel.assets.filter((a) => a.id !== Number(m[1]));
      return { status: 204 };
    }],
    // The upload host: GitHub serves it elsewhere (uploads.github.com); here it is a path prefix of the same server.
    ['POST', new RegExp(`^/uploads${esc(R)}/releases/(\\d+)/assets$`), 'contents', (req, m) => {
      const rel = state.releases.find((x) => x.id === Number(m[1]));
      if (!rel) return notFound();
      const name = req.query.get('name');
      if (!name) return invalid('Validation Failed', [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }]);
      if (!req.headers['content-type']) return invalid('Validation Failed', [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'content_type' }]);
      if (rel.assets.some((a) => a.name === name)) return invalid('Validation Failed', [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
      const starter = breakNextUpload;
      breakNextUpload = false;
      const bytes = starter ? Buffer.alloc(0) : req.body;
      const asset = { id: state.id(), name, size: bytes.length, content_type: req.headers['content-type'], digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, state: starter ? ('starter' as const) : ('uploaded' as const), bytes };
      rel.assets.push(asset);
      return starter ? json(502, { message: 'Server Error' }) : json(201, assetJson(rel, asset));
    }],
    ['PATCH', r('/issues/comments/(\\d+)'), 'issues', (req, m) => {
      const c = state.comments.find((x) => x.id === Number(m[1]));
      if (!c) return notFound();
      c.body = req.json<{ body: string }>().body;
      return json(200, { id: c.id, body: c.body });
    }],
    ['DELETE', r('/issues/comments/(\\d+)'), 'issues', (_q, m) => {
      const before = state.comments.length;
      state.comments = state.comments.filter((c) => c.id !== Number(m[1]));
      return state.comments.length < before ? { status: 204 } : notFound();
    }],
    ['POST', r('/issues'), 'issues', (req) => {
      const b = req.json<{ title?: string; body?: string; labels?: string[] }>();
      if (!b.title) return invalid('Validation Failed', [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      const issue = state.addIssue(b.title, b.body ?? '');
      issue.labels = (b.labels ?? []).map((l) => state.label(l).name);
      return json(201, issueJson(issue));
    }],
    ['GET', r('/issues'), null, (req) => {
      const wanted = req.query.get('state') ?? 'open';
      const labels = (req.query.get('labels') ?? '').split(',').filter(Boolean);
      const list = state.issues.filter((i) => (wanted === 'all' || i.state === wanted) && labels.every((l) => i.labels.includes(l)));
      return paginate(req, [...list].reverse().map(issueJson));
    }],
    ['PATCH', r('/releases/(\\d+)'), 'contents', (req, m) => {
      const rel = state.releases.find((x) => x.id === Number(m[1]));
      if (!rel) return notFound();
      const b = req.json<{ body?: string; name?: string; draft?: boolean }>();
      if (b.draft === false && rel.draft) {
        if (state.releases.some((x) => x !== rel && x.tag_name === rel.tag_name && !x.draft)) return invalid('Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
        // Publishing a draft creates its tag when it is missing.
        const target = /^[0-9a-f]{40}$/.test(rel.target_commitish) ? rel.target_commitish : repo.refSha(`refs/heads/${rel.target_commitish}`);
        if (!repo.refSha(`refs/tags/${rel.tag_name}`) && target) repo.updateRef(`refs/tags/${rel.tag_name}`, target);
        rel.draft = false;
      }
      if (b.body !== undefined) rel.body = b.body;
      if (b.name !== undefined) rel.name = b.name;
      return json(200, releaseJson(rel));
    }],
    ['GET', r('/tags'), null, (req) => paginate(req, repo.tags().map((t) => ({ name: t.name, commit: { sha: t.sha } })))],
    ['GET', r('/commits/([0-9a-f]{40})/pulls'), null, (_q, m) => json(200, state.pulls.filter((p) => p.merge_commit_sha === m[1]).map(prJson))],
  ];

  let breakNextUpload = false;
  // The git host (GITHUB_SERVER_URL/owner/repo.git): any token the API knows may read.
  const gitHttp = createGitHttpHandler({ owner: opts.owner, repo: opts.repo, bareRepo: opts.bareRepo, canRead: (token) => opts.tokens[token] !== undefined });
  const standin = await startStandin(async (req) => {
    const served = gitHttp(req);
    if (served) return served;
    // The storage host of asset downloads: a signed URL, no token (fetch drops it on the redirect).
    const stored = /^\/storage\/(\d+)\//.exec(req.path);
    if (stored && req.method === 'GET') {
      const asset = state.releases.flatMap((x) => x.assets).find((a) => a.id === Number(stored[1]));
      return asset && req.query.get('signature') ? { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: asset.bytes } : { status: 404, body: 'Not Found' };
    }
    const token = /^(?:Bearer|token) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const perms = token === undefined ? undefined : opts.tokens[token];
    const rate = { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '990', 'x-ratelimit-used': '10', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600), 'x-ratelimit-resource': 'core', 'x-github-request-id': `standin-${Date.now()}` };
    const withRate = (res: StandinResponse): StandinResponse => ({ ...res, headers: { ...rate, ...res.headers } });
    if (!perms) return withRate(json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }));
    // Octokit URL-encodes path parameters ({ref} → heads%2Fmain); GitHub decodes them.
    const path = req.path.replace(/%2F/gi, '/');
    for (const [method, pattern, permission, fn] of routes) {
      const m = pattern.exec(path);
      if (!m || method !== req.method) continue;
      if (permission && !perms.includes(permission)) {
        return withRate(json(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, { 'x-accepted-github-permissions': `${permission}=write` }));
      }
      return withRate(await fn(req, m, perms));
    }
    return withRate(notFound());
  });
  base = standin.url;
  return {
    ...standin,
    state,
    repo,
    breakNextAssetUpload() {
      breakNextUpload = true;
    },
    markMerged(number, sha) {
      const p = state.pulls.find((x) => x.number === number);
      if (!p) throw new Error(`no PR #${number}`);
      p.state = 'closed';
      p.merged_at = state.now();
      p.merge_commit_sha = sha;
      p.updated_at = p.merged_at;
      // The head's commits not on the base before the merge: GitHub keeps them associated with the PR.
      const head = repo.refSha(`refs/heads/${p.head}`);
      const before = repo.tryGit(['rev-parse', '--verify', '--quiet', `${sha}^1`]);
      p.commits = head && before ? (repo.tryGit(['rev-list', head, `^${before}`]) ?? '').split('\n').filter(Boolean) : [];
    },
    addPullRequest({ title, body, head, base: baseRef = opts.defaultBranch ?? 'main', labels = [], user = 'octocat' }) {
      if (!repo.refSha(`refs/heads/${head}`)) throw new Error(`push ${head} before opening a PR from it`);
      const now = state.now();
      const pr: PullRequest = { number: state.nextNumber(), state: 'open', title, body, draft: false, head, base: baseRef, labels: labels.map((l) => state.label(l)), merged_at: null, merge_commit_sha: null, user, created_at: now, updated_at: now };
      state.pulls.push(pr);
      return pr;
    },
  };
}

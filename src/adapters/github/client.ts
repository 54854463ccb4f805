/**
 * Responsible for talking to one repository's GitHub REST API: Octokit with an explicit
 * baseUrl, retries, rate-limit waits and write spacing (request-policy.ts, read from policy.ts),
 * a timeout on every attempt, the token in a private field. Each method is one REST call (or one
 * paginated list).
 */
// @octokit/core, not @actions/github: the latter parses GITHUB_EVENT_PATH when it is imported, so a
// broken event file would crash the bundle before settings can report it (style.md: build the
// context inside main()).
import { Octokit as Core } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { systemClock, type Clock } from '../clock.js';
import { transferAllowanceMs, type ServicePolicy } from '../policy.js';
import { send } from '../http/transport.js';
import { explainGitHubError, statusOf } from './errors.js';
import type { RepoMergeSettings } from '../../core/preview/merge-basis.js';
import { RequestPolicy } from './request-policy.js';
import { COMMIT_HISTORY_QUERY, graphqlUrlFor, readHistoryPage, type HistoryPage } from './commit-history.js';
import { shaOf, toCommit, toMergeSettings, toPullRequest, toRelease, type CommitInfo, type PullRequestInfo, type ReleaseInfo } from './types.js';

export interface RepoCoordinates {
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL; derived from apiUrl when unset (graphqlUrlFor). */
  graphqlUrl?: string;
  owner: string;
  repo: string;
}

export interface FileChange {
  path: string;
  content: string;
  mode: '100644' | '100755';
}

const Octokit = Core.plugin(paginateRest);
type Octokit = InstanceType<typeof Octokit>;

export class GitHubClient {
  readonly #octokit: Octokit;

  constructor(token: string, private readonly where: RepoCoordinates, private readonly policy: ServicePolicy, clock: Clock = systemClock) {
    const timeoutFetch: typeof fetch = (input, init) => {
      // A body of tens of MB (a release asset) gets time to travel on top of the attempt's limit; a call may bring its own signal.
      return send(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(policy.attemptTimeoutMs + transferAllowanceMs(bodySize(init?.body))) });
    };
    this.#octokit = new Octokit({
      auth: token,
      userAgent: 'pyrelease',
      baseUrl: where.apiUrl.replace(/\/$/, ''),
      request: { fetch: timeoutFetch },
    });
    // Creating calls pass `request: { retries: 0 }`: a create is never retried blindly; the stage's
    // ensure finds what a lost answer left behind (style.md §3).
    const requests = new RequestPolicy(policy, clock);
    this.#octokit.hook.wrap('request', (request, options) => requests.send(request, options));
  }

  private get r() {
    return { owner: this.where.owner, repo: this.where.repo };
  }

  private async call<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw Object.assign(explainGitHubError(e, doing), { status: statusOf(e), cause: e });
    }
  }

  /**
   * One page of the branch's history with each commit's pull request (release-please's query);
   * null when the branch does not exist. Errors are GitHub's: a GraphQL refusal arrives as
   * GraphqlResponseError (an HTTP 200 with `errors`), the caller decides what it means.
   */
  async commitHistory(targetBranch: string, num: number, cursor: string | null): Promise<HistoryPage | null> {
    const data = await this.#octokit.graphql<unknown>({ query: COMMIT_HISTORY_QUERY, url: this.where.graphqlUrl ?? graphqlUrlFor(this.where.apiUrl), owner: this.where.owner, repo: this.where.repo, num, targetBranch, cursor });
    return readHistoryPage(data);
  }

  listPullRequests(state: 'open' | 'closed' | 'all', headBranch: string, base: string): Promise<PullRequestInfo[]> {
    return this.call(`listing pull requests of ${headBranch}`, async () => {
      const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/pulls', { ...this.r, state, head: `${this.where.owner}:${headBranch}`, base, per_page: 100 });
      return (list as unknown[]).map(toPullRequest);
    });
  }

  createPullRequest(p: { title: string; head: string; base: string; body: string; draft: boolean }): Promise<PullRequestInfo> {
    return this.call('opening the release pull request', async () => toPullRequest((await this.#octokit.request('POST /repos/{owner}/{repo}/pulls', { ...this.r, ...p, maintainer_can_modify: true, request: { retries: 0 } })).data));
  }

  updatePullRequest(n: number, p: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<PullRequestInfo> {
    return this.call(`updating pull request #${n}`, async () => toPullRequest((await this.#octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...this.r, pull_number: n, ...p })).data));
  }

  addLabels(n: number, labels: string[]): Promise<void> {
    return this.call(`labelling #${n}`, async () => void (await this.#octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...this.r, issue_number: n, labels })));
  }

  /** Idempotent: a label already gone is fine. */
  removeLabel(n: number, name: string): Promise<void> {
    return this.call(`removing label ${name} from #${n}`, async () => {
      try {
        await this.#octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...this.r, issue_number: n, name });
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
      }
    });
  }

  getCommit(sha: string): Promise<CommitInfo> {
    return this.call(`reading commit ${sha.slice(0, 7)}`, async () => toCommit((await this.#octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...this.r, commit_sha: sha })).data));
  }

  createTree(baseTree: string, files: FileChange[]): Promise<string> {
    return this.call('writing the release files', async () =>
      shaOf((await this.#octokit.request('POST /repos/{owner}/{repo}/git/trees', { ...this.r, base_tree: baseTree, tree: files.map((f) => ({ path: f.path, mode: f.mode, type: 'blob' as const, content: f.content })) })).data),
    );
  }

  createCommit(message: string, tree: string, parents: string[]): Promise<string> {
    return this.call('committing the release files', async () => shaOf((await this.#octokit.request('POST /repos/{owner}/{repo}/git/commits', { ...this.r, message, tree, parents })).data));
  }

  /**
   * The commit a tag stands for, or undefined when there is no such tag: an annotated tag's ref
   * points at the tag object (`object.type: "tag"`), which GET git/tags/{sha} peels to the commit.
   */
  getTagCommit(tag: string): Promise<string | undefined> {
    return this.call(`reading tag ${tag}`, async () => {
      let object: { sha?: unknown; type?: unknown };
      try {
        object = (await this.#octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...this.r, ref: `tags/${tag}` })).data.object as typeof object;
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
      // A tag of a tag is peeled as git peels it; GitHub allows a few levels only.
      for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
        object = (await this.#octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...this.r, tag_sha: shaOf(object) })).data.object as typeof object;
      }
      return shaOf(object);
    });
  }

  /**
   * The attestations stored for a digest (`sha256:<hex>`), of one predicate type. An empty list,
   * or a 404 (which GitHub may answer when there are none; unverified), is none. `id` when the
   * listing carries it (not in GitHub's documented fields).
   */
  listAttestations(subjectDigest: string, predicateType: string): Promise<StoredAttestation[]> {
    return this.call(`looking up attestations of ${subjectDigest}`, async () => {
      try {
        const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { ...this.r, subject_digest: subjectDigest, predicate_type: predicateType, per_page: 100 });
        const list = (data as { attestations?: unknown }).attestations;
        return (Array.isArray(list) ? (list as Array<{ bundle?: unknown; id?: unknown; bundle_url?: unknown }>) : []).flatMap((a) =>
          typeof a.bundle === 'object' && a.bundle !== null ? [{ bundle: a.bundle as Record<string, unknown>, id: typeof a.id === 'number' ? a.id : undefined, bundleUrl: typeof a.bundle_url === 'string' ? a.bundle_url : undefined }] : [],
        );
      } catch (e) {
        if (statusOf(e) === 404) return [];
        throw e;
      }
    });
  }

  /** Stores a Sigstore bundle as an artifact attestation (never retried blindly: the caller looks it up first). */
  createAttestation(bundle: Record<string, unknown>, what: string): Promise<number> {
    return this.call(`storing the attestation of ${what}`, async () => {
      const { data } = await this.#octokit.request('POST /repos/{owner}/{repo}/attestations', { ...this.r, bundle, request: { retries: 0 } });
      const id = (data as { id?: unknown }).id;
      if (typeof id !== 'number') throw Object.assign(new Error('GitHub stored the attestation but answered no id'), { status: 200 });
      return id;
    });
  }

  /** The sha a ref points at, or undefined when it does not exist. */
  getRef(ref: string): Promise<string | undefined> {
    return this.call(`reading ${ref}`, async () => {
      try {
        const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...this.r, ref });
        return shaOf((data as { object: unknown }).object);
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    });
  }

  createRef(ref: string, sha: string): Promise<void> {
    return this.call(`creating ${ref}`, async () => void (await this.#octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...this.r, ref: `refs/${ref}`, sha, request: { retries: 0 } })));
  }

  updateRef(ref: string, sha: string, force: boolean): Promise<void> {
    return this.call(`moving ${ref}`, async () => void (await this.#octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...this.r, ref, sha, force })));
  }

  /**
   * The release of a tag, drafts included. `GET /releases/tags/{tag}` never returns a draft, so a
   * 404 there is followed by the releases list (newest first, paginated), matched on `tag_name`:
   * without it a run that created a draft and died could never find it again (issue #19).
   */
  getReleaseByTag(tag: string): Promise<ReleaseInfo | undefined> {
    return this.call(`reading the release of ${tag}`, async () => {
      try {
        return toRelease((await this.#octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...this.r, tag })).data);
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
      }
      let found: unknown;
      await this.#octokit.paginate('GET /repos/{owner}/{repo}/releases', { ...this.r, per_page: 100 }, (response, done) => {
        found = (response.data as Array<{ tag_name?: unknown }>).find((r) => r.tag_name === tag);
        if (found !== undefined) done();
        return [];
      });
      return found === undefined ? undefined : toRelease(found);
    });
  }

  createRelease(p: { tag_name: string; target_commitish: string; name: string; body: string; draft: boolean; prerelease: boolean }): Promise<ReleaseInfo> {
    return this.call(`creating the GitHub release ${p.tag_name}`, async () => toRelease((await this.#octokit.request('POST /repos/{owner}/{repo}/releases', { ...this.r, ...p, request: { retries: 0 } })).data));
  }

  /**
   * GitHub's generated release notes for a tag (POST releases/generate-notes, as release-please's
   * changelog-type github calls it): the body only; GitHub saves nothing.
   */
  generateReleaseNotes(p: { tagName: string; targetCommitish: string; previousTagName: string | null }): Promise<string> {
    return this.call(`generating the release notes of ${p.tagName}`, async () => {
      const { data } = await this.#octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', { ...this.r, tag_name: p.tagName, target_commitish: p.targetCommitish, ...(p.previousTagName !== null && { previous_tag_name: p.previousTagName }) });
      const body = (data as { body?: unknown }).body;
      if (typeof body !== 'string') throw new Error('GitHub answered generate-notes without a body');
      return body;
    });
  }

  /** The branch release-please-action releases from when target-branch is not set. */
  getDefaultBranch(): Promise<string> {
    return this.call('reading the repository\'s default branch', async () => {
      const branch = ((await this.#octokit.request('GET /repos/{owner}/{repo}', this.r)).data as { default_branch?: unknown }).default_branch;
      if (typeof branch !== 'string' || branch === '') throw new Error('GitHub answered the repository without its default_branch');
      return branch;
    });
  }

  /** The repository's merge settings; fields GitHub leaves out (a token without write access) stay undefined. */
  getMergeSettings(): Promise<RepoMergeSettings> {
    return this.call('reading the repository merge settings', async () => toMergeSettings((await this.#octokit.request('GET /repos/{owner}/{repo}', this.r)).data));
  }

  listComments(n: number): Promise<CommentInfo[]> {
    return this.call(`reading comments of #${n}`, async () => {
      const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.r, issue_number: n, per_page: 100 });
      return (list as Array<{ id?: unknown; body?: unknown }>).flatMap((c) => (typeof c.id === 'number' ? [{ id: c.id, body: typeof c.body === 'string' ? c.body : '' }] : []));
    });
  }

  updateComment(id: number, body: string): Promise<void> {
    return this.call('editing a comment', async () => void (await this.#octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.r, comment_id: id, body })));
  }

  deleteComment(id: number): Promise<void> {
    return this.call('removing a duplicate comment', async () => void (await this.#octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.r, comment_id: id })));
  }

  createComment(n: number, body: string): Promise<void> {
    return this.call(`commenting on #${n}`, async () => void (await this.#octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.r, issue_number: n, body, request: { retries: 0 } })));
  }

  /** Every tag of the repository with its commit (GitHub's order is not chronological). */
  listTags(): Promise<{ name: string; sha: string }[]> {
    return this.call('listing tags', async () => {
      const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/tags', { ...this.r, per_page: 100 });
      return (list as Array<{ name?: unknown; commit?: { sha?: unknown } }>).flatMap((t) => (typeof t.name === 'string' && typeof t.commit?.sha === 'string' ? [{ name: t.name, sha: t.commit.sha }] : []));
    });
  }

  /** Open issues carrying a label (pull requests excluded). */
  listOpenIssues(label: string): Promise<IssueInfo[]> {
    return this.call(`listing issues labelled ${label}`, async () => {
      const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/issues', { ...this.r, state: 'open', labels: label, per_page: 100 });
      return (list as Array<{ number?: unknown; title?: unknown; html_url?: unknown; pull_request?: unknown }>).flatMap((i) =>
        typeof i.number === 'number' && i.pull_request === undefined ? [{ number: i.number, title: typeof i.title === 'string' ? i.title : '', htmlUrl: typeof i.html_url === 'string' ? i.html_url : '' }] : [],
      );
    });
  }

  createIssue(title: string, body: string, labels: string[]): Promise<IssueInfo> {
    return this.call(`opening the issue "${title}"`, async () => {
      const { data } = await this.#octokit.request('POST /repos/{owner}/{repo}/issues', { ...this.r, title, body, labels, request: { retries: 0 } });
      return { number: data.number, title: data.title, htmlUrl: data.html_url };
    });
  }

  updateReleaseBody(releaseId: number, body: string): Promise<void> {
    return this.call(`editing the notes of release ${releaseId}`, async () => void (await this.#octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...this.r, release_id: releaseId, body })));
  }

  /** Assets already on a release: name → sha256 (from GitHub's `digest`, when it sends one). */
  listReleaseAssets(releaseId: number): Promise<ReleaseAsset[]> {
    return this.call(`listing the assets of release ${releaseId}`, async () => {
      const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...this.r, release_id: releaseId, per_page: 100 });
      return (list as Array<{ id?: unknown; name?: unknown; digest?: unknown; state?: unknown; size?: unknown }>).flatMap((a) =>
        typeof a.name === 'string' && typeof a.id === 'number'
          ? [{ id: a.id, name: a.name, sha256: typeof a.digest === 'string' ? a.digest.replace(/^sha256:/, '') : undefined, state: typeof a.state === 'string' ? a.state : 'uploaded', size: typeof a.size === 'number' ? a.size : 0 }]
          : [],
      );
    });
  }

  /**
   * An asset's bytes: `Accept: application/octet-stream` makes GitHub answer 302 to its storage
   * host, which fetch follows (dropping the token, as it does across origins). The attempt's time
   * limit grows with the asset's size.
   */
  downloadReleaseAsset(assetId: number, sizeBytes: number): Promise<Buffer> {
    return this.call(`downloading release asset ${assetId}`, async () => {
      const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...this.r,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
        request: { signal: AbortSignal.timeout(this.policy.attemptTimeoutMs + transferAllowanceMs(sizeBytes)) },
      });
      if (data instanceof ArrayBuffer) return Buffer.from(data);
      if (typeof data === 'string') return Buffer.from(data);
      throw new Error(`GitHub answered asset ${assetId} with something that is not its bytes`);
    });
  }

  /** Uploads through the release's `upload_url` template (its own host: uploads.github.com). */
  uploadReleaseAsset(uploadUrl: string, name: string, bytes: Buffer, contentType: string): Promise<void> {
    return this.call(`attaching ${name} to the release`, async () => {
      await this.#octokit.request({ method: 'POST', url: uploadUrl, name, data: bytes, headers: { 'content-type': contentType, 'content-length': bytes.length }, request: { retries: 0 } });
    });
  }

  /** Removes a broken asset (a 502 can leave an empty `starter` one that blocks its name). */
  deleteReleaseAsset(assetId: number): Promise<void> {
    return this.call(`removing a broken release asset`, async () => void (await this.#octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...this.r, asset_id: assetId })));
  }
}

export interface CommentInfo {
  id: number;
  body: string;
}

export interface IssueInfo {
  number: number;
  title: string;
  htmlUrl: string;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  sha256: string | undefined;
  /** `uploaded`, or `starter` for an upload that never finished. */
  state: string;
  size: number;
}

function bodySize(body: unknown): number {
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return body.byteLength;
  return typeof body === 'string' ? Buffer.byteLength(body) : 0;
}

export interface StoredAttestation {
  bundle: Record<string, unknown>;
  id: number | undefined;
  bundleUrl: string | undefined;
}

export const id = 675;
export const ids = [675,350];
export const modules = {

/***/ 33350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   systemClock: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    today: () => new Date().toISOString().slice(0, 10),
};


/***/ }),

/***/ 83675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubClient: () => (/* binding */ GitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 13 modules
var dist_src = __webpack_require__(35194);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./src/adapters/clock.ts
var adapters_clock = __webpack_require__(33350);
// EXTERNAL MODULE: ./src/adapters/policy.ts
var adapters_policy = __webpack_require__(38404);
// EXTERNAL MODULE: ./src/adapters/http/transport.ts
var transport = __webpack_require__(34640);
// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
// EXTERNAL MODULE: ./src/adapters/github/request-policy.ts
var request_policy = __webpack_require__(102);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
;// CONCATENATED MODULE: ./src/adapters/github/commit-history.ts
/**
 * The target branch's history with each commit's pull request, read as release-please 17.11.2
 * reads it (github.js mergeCommitsGraphQL): one GraphQL query, `associatedPullRequests` per
 * commit, paged with `history(first, after)`. Its `files` sub-selection is left out: pyrelease
 * takes each commit's files from git, and 100 files per pull request would make every page
 * heavier for nothing. The answer is checked here (types at the boundary), never cast.
 */

const COMMIT_HISTORY_QUERY = `query pullRequestsSince($owner: String!, $repo: String!, $num: Int!, $targetBranch: String!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    ref(qualifiedName: $targetBranch) {
      target {
        ... on Commit {
          history(first: $num, after: $cursor) {
            nodes {
              associatedPullRequests(first: 10) {
                nodes {
                  number
                  title
                  baseRefName
                  headRefName
                  labels(first: 10) {
                    nodes {
                      name
                    }
                  }
                  body
                  mergeCommit {
                    oid
                  }
                }
              }
              sha: oid
              message
              author {
                name
                email
                user {
                  login
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    }
  }
}`;
const nodesOf = (v) => ((0,records/* isRecord */.u4)(v) && Array.isArray(v.nodes) ? v.nodes : []);
const str = (v) => (typeof v === 'string' ? v : undefined);
/** The query's answer → one page; null when the branch does not exist (release-please: "it likely does not exist"). */
function readHistoryPage(data) {
    const ref = (0,records/* isRecord */.u4)(data) && (0,records/* isRecord */.u4)(data.repository) ? data.repository.ref : undefined;
    if (!(0,records/* isRecord */.u4)(ref))
        return null;
    const history = (0,records/* isRecord */.u4)(ref.target) ? ref.target.history : undefined;
    if (!(0,records/* isRecord */.u4)(history) || !(0,records/* isRecord */.u4)(history.pageInfo))
        throw new Error('GitHub answered the history query without target.history.pageInfo');
    const nodes = nodesOf(history).filter(records/* isRecord */.u4);
    // release-please takes the pull request whose merge commit is this commit when exactly one
    // commit of the page names it (a squash or merge), else the first associated one.
    const mergeCommitCount = new Map();
    for (const c of nodes)
        for (const pr of nodesOf(c.associatedPullRequests).filter(records/* isRecord */.u4)) {
            const oid = (0,records/* isRecord */.u4)(pr.mergeCommit) ? str(pr.mergeCommit.oid) : undefined;
            if (oid)
                mergeCommitCount.set(oid, (mergeCommitCount.get(oid) ?? 0) + 1);
        }
    const commits = nodes.map((c) => {
        const sha = str(c.sha);
        if (!sha)
            throw new Error('GitHub answered a history commit without its oid');
        const out = { sha };
        if ((0,records/* isRecord */.u4)(c.author)) {
            const login = (0,records/* isRecord */.u4)(c.author.user) ? str(c.author.user.login) : undefined;
            out.author = { name: str(c.author.name) || 'Unknown', ...(str(c.author.email) !== undefined && { email: str(c.author.email) }), ...(login !== undefined && { username: login }) };
        }
        const prs = nodesOf(c.associatedPullRequests).filter(records/* isRecord */.u4);
        const merged = prs.find((pr) => (0,records/* isRecord */.u4)(pr.mergeCommit) && pr.mergeCommit.oid === sha && mergeCommitCount.get(sha) === 1);
        const pr = merged ?? prs[0];
        if (pr && typeof pr.number === 'number') {
            out.pullRequest = { number: pr.number, title: str(pr.title) ?? '', body: str(pr.body) ?? null, labels: nodesOf(pr.labels).flatMap((l) => ((0,records/* isRecord */.u4)(l) && typeof l.name === 'string' ? [l.name] : [])) };
        }
        return out;
    });
    return { commits, hasNextPage: history.pageInfo.hasNextPage === true, endCursor: str(history.pageInfo.endCursor) ?? null };
}
/** GitHub's GraphQL endpoint beside a REST base: api.github.com/graphql, or <host>/api/graphql on GitHub Enterprise Server. */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? `${base.replace(/\/v3$/, '')}/graphql` : `${base}/graphql`;
}

;// CONCATENATED MODULE: ./src/adapters/github/types.ts

function obj(v, what) {
    const record = (0,records/* asRecord */.qY)(v);
    if (!record)
        throw new Error(`GitHub answered ${what} with something that is not an object`);
    return record;
}
const types_str = (v, fallback = '') => (typeof v === 'string' ? v : fallback);
const strOrNull = (v) => (typeof v === 'string' ? v : null);
function toPullRequest(v) {
    const p = obj(v, 'a pull request');
    const head = obj(p.head ?? {}, 'a pull request head');
    const base = obj(p.base ?? {}, 'a pull request base');
    const labels = Array.isArray(p.labels) ? p.labels.map((l) => types_str(obj(l, 'a label').name)) : [];
    if (typeof p.number !== 'number')
        throw new Error('GitHub answered a pull request without a number');
    return {
        number: p.number,
        state: p.state === 'closed' ? 'closed' : 'open',
        title: types_str(p.title),
        body: types_str(p.body),
        draft: p.draft === true,
        labels,
        headRef: types_str(head.ref),
        headSha: strOrNull(head.sha),
        baseRef: types_str(base.ref),
        mergedAt: strOrNull(p.merged_at),
        mergeCommitSha: strOrNull(p.merge_commit_sha),
        htmlUrl: types_str(p.html_url),
    };
}
function toRelease(v) {
    const r = obj(v, 'a release');
    if (typeof r.id !== 'number')
        throw new Error('GitHub answered a release without an id');
    return {
        id: r.id,
        tagName: types_str(r.tag_name),
        targetCommitish: types_str(r.target_commitish),
        name: types_str(r.name),
        body: types_str(r.body),
        draft: r.draft === true,
        prerelease: r.prerelease === true,
        htmlUrl: types_str(r.html_url),
        uploadUrl: types_str(r.upload_url),
    };
}
function toCommit(v) {
    const c = obj(v, 'a commit');
    const tree = obj(c.tree ?? {}, 'a commit tree');
    return { sha: types_str(c.sha), treeSha: types_str(tree.sha), parents: Array.isArray(c.parents) ? c.parents.map((p) => types_str(obj(p, 'a parent').sha)) : [], message: types_str(c.message) };
}
function shaOf(v) {
    const sha = obj(v, 'an object').sha;
    if (typeof sha !== 'string')
        throw new Error('GitHub answered without a sha');
    return sha;
}
/** Only values GitHub documents are kept; anything else reads as not visible. */
function toMergeSettings(v) {
    const r = obj(v, 'a repository');
    const bool = (x) => (typeof x === 'boolean' ? x : undefined);
    const oneOf = (x, allowed) => allowed.find((a) => a === x);
    return {
        allowSquashMerge: bool(r.allow_squash_merge),
        allowMergeCommit: bool(r.allow_merge_commit),
        allowRebaseMerge: bool(r.allow_rebase_merge),
        squashMergeCommitTitle: oneOf(r.squash_merge_commit_title, ['PR_TITLE', 'COMMIT_OR_PR_TITLE']),
        squashMergeCommitMessage: oneOf(r.squash_merge_commit_message, ['PR_BODY', 'COMMIT_MESSAGES', 'BLANK']),
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/client.ts
/**
 * Responsible for talking to one repository's GitHub REST API: Octokit with an explicit
 * baseUrl, retries, rate-limit waits and write spacing (request-policy.ts, read from policy.ts),
 * a timeout on every attempt, the token in a private field. Each method is one REST call (or one
 * paginated list).
 */
// @octokit/core, not @actions/github: the latter parses GITHUB_EVENT_PATH when it is imported, so a
// broken event file would crash the bundle before settings can report it (style.md: build the
// context inside main()).









const Octokit = dist_src/* Octokit */.E.plugin(dist_bundle/* paginateRest */.ud);
class GitHubClient {
    where;
    policy;
    #octokit;
    constructor(token, where, policy, clock = adapters_clock.systemClock) {
        this.where = where;
        this.policy = policy;
        const timeoutFetch = (input, init) => {
            // A body of tens of MB (a release asset) gets time to travel on top of the attempt's limit; a call may bring its own signal.
            return (0,transport/* send */.tN)(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(policy.attemptTimeoutMs + (0,adapters_policy/* transferAllowanceMs */.Ep)(bodySize(init?.body))) });
        };
        this.#octokit = new Octokit({
            auth: token,
            userAgent: 'pyrelease',
            baseUrl: where.apiUrl.replace(/\/$/, ''),
            request: { fetch: timeoutFetch },
        });
        // Creating calls pass `request: { retries: 0 }`: a create is never retried blindly; the stage's
        // ensure finds what a lost answer left behind (style.md §3).
        const requests = new request_policy/* RequestPolicy */._u(policy, clock);
        this.#octokit.hook.wrap('request', (request, options) => requests.send(request, options));
    }
    get r() {
        return { owner: this.where.owner, repo: this.where.repo };
    }
    async call(doing, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw Object.assign((0,errors/* explainGitHubError */.P)(e, doing), { status: (0,errors/* statusOf */.c)(e), cause: e });
        }
    }
    /**
     * One page of the branch's history with each commit's pull request (release-please's query);
     * null when the branch does not exist. Errors are GitHub's: a GraphQL refusal arrives as
     * GraphqlResponseError (an HTTP 200 with `errors`), the caller decides what it means.
     */
    async commitHistory(targetBranch, num, cursor) {
        const data = await this.#octokit.graphql({ query: COMMIT_HISTORY_QUERY, url: this.where.graphqlUrl ?? graphqlUrlFor(this.where.apiUrl), owner: this.where.owner, repo: this.where.repo, num, targetBranch, cursor });
        return readHistoryPage(data);
    }
    listPullRequests(state, headBranch, base) {
        return this.call(`listing pull requests of ${headBranch}`, async () => {
            const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/pulls', { ...this.r, state, head: `${this.where.owner}:${headBranch}`, base, per_page: 100 });
            return list.map(toPullRequest);
        });
    }
    createPullRequest(p) {
        return this.call('opening the release pull request', async () => toPullRequest((await this.#octokit.request('POST /repos/{owner}/{repo}/pulls', { ...this.r, ...p, maintainer_can_modify: true, request: { retries: 0 } })).data));
    }
    updatePullRequest(n, p) {
        return this.call(`updating pull request #${n}`, async () => toPullRequest((await this.#octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...this.r, pull_number: n, ...p })).data));
    }
    addLabels(n, labels) {
        return this.call(`labelling #${n}`, async () => void (await this.#octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...this.r, issue_number: n, labels })));
    }
    /** Idempotent: a label already gone is fine. */
    removeLabel(n, name) {
        return this.call(`removing label ${name} from #${n}`, async () => {
            try {
                await this.#octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...this.r, issue_number: n, name });
            }
            catch (e) {
                if ((0,errors/* statusOf */.c)(e) !== 404)
                    throw e;
            }
        });
    }
    getCommit(sha) {
        return this.call(`reading commit ${sha.slice(0, 7)}`, async () => toCommit((await this.#octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...this.r, commit_sha: sha })).data));
    }
    createTree(baseTree, files) {
        return this.call('writing the release files', async () => shaOf((await this.#octokit.request('POST /repos/{owner}/{repo}/git/trees', { ...this.r, base_tree: baseTree, tree: files.map((f) => ({ path: f.path, mode: f.mode, type: 'blob', content: f.content })) })).data));
    }
    createCommit(message, tree, parents) {
        return this.call('committing the release files', async () => shaOf((await this.#octokit.request('POST /repos/{owner}/{repo}/git/commits', { ...this.r, message, tree, parents })).data));
    }
    /**
     * The commit a tag stands for, or undefined when there is no such tag: an annotated tag's ref
     * points at the tag object (`object.type: "tag"`), which GET git/tags/{sha} peels to the commit.
     */
    getTagCommit(tag) {
        return this.call(`reading tag ${tag}`, async () => {
            let object;
            try {
                object = (await this.#octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...this.r, ref: `tags/${tag}` })).data.object;
            }
            catch (e) {
                if ((0,errors/* statusOf */.c)(e) === 404)
                    return undefined;
                throw e;
            }
            // A tag of a tag is peeled as git peels it; GitHub allows a few levels only.
            for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
                object = (await this.#octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...this.r, tag_sha: shaOf(object) })).data.object;
            }
            return shaOf(object);
        });
    }
    /**
     * The attestations stored for a digest (`sha256:<hex>`), of one predicate type. An empty list,
     * or a 404 (which GitHub may answer when there are none; unverified), is none. `id` when the
     * listing carries it (not in GitHub's documented fields).
     */
    listAttestations(subjectDigest, predicateType) {
        return this.call(`looking up attestations of ${subjectDigest}`, async () => {
            try {
                const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { ...this.r, subject_digest: subjectDigest, predicate_type: predicateType, per_page: 100 });
                const list = data.attestations;
                return (Array.isArray(list) ? list : []).flatMap((a) => typeof a.bundle === 'object' && a.bundle !== null ? [{ bundle: a.bundle, id: typeof a.id === 'number' ? a.id : undefined, bundleUrl: typeof a.bundle_url === 'string' ? a.bundle_url : undefined }] : []);
            }
            catch (e) {
                if ((0,errors/* statusOf */.c)(e) === 404)
                    return [];
                throw e;
            }
        });
    }
    /** Stores a Sigstore bundle as an artifact attestation (never retried blindly: the caller looks it up first). */
    createAttestation(bundle, what) {
        return this.call(`storing the attestation of ${what}`, async () => {
            const { data } = await this.#octokit.request('POST /repos/{owner}/{repo}/attestations', { ...this.r, bundle, request: { retries: 0 } });
            const id = data.id;
            if (typeof id !== 'number')
                throw Object.assign(new Error('GitHub stored the attestation but answered no id'), { status: 200 });
            return id;
        });
    }
    /** The sha a ref points at, or undefined when it does not exist. */
    getRef(ref) {
        return this.call(`reading ${ref}`, async () => {
            try {
                const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...this.r, ref });
                return shaOf(data.object);
            }
            catch (e) {
                if ((0,errors/* statusOf */.c)(e) === 404)
                    return undefined;
                throw e;
            }
        });
    }
    createRef(ref, sha) {
        return this.call(`creating ${ref}`, async () => void (await this.#octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...this.r, ref: `refs/${ref}`, sha, request: { retries: 0 } })));
    }
    updateRef(ref, sha, force) {
        return this.call(`moving ${ref}`, async () => void (await this.#octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...this.r, ref, sha, force })));
    }
    /**
     * The release of a tag, drafts included. `GET /releases/tags/{tag}` never returns a draft, so a
     * 404 there is followed by the releases list (newest first, paginated), matched on `tag_name`:
     * without it a run that created a draft and died could never find it again (issue #19).
     */
    getReleaseByTag(tag) {
        return this.call(`reading the release of ${tag}`, async () => {
            try {
                return toRelease((await this.#octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...this.r, tag })).data);
            }
            catch (e) {
                if ((0,errors/* statusOf */.c)(e) !== 404)
                    throw e;
            }
            let found;
            await this.#octokit.paginate('GET /repos/{owner}/{repo}/releases', { ...this.r, per_page: 100 }, (response, done) => {
                found = response.data.find((r) => r.tag_name === tag);
                if (found !== undefined)
                    done();
                return [];
            });
            return found === undefined ? undefined : toRelease(found);
        });
    }
    createRelease(p) {
        return this.call(`creating the GitHub release ${p.tag_name}`, async () => toRelease((await this.#octokit.request('POST /repos/{owner}/{repo}/releases', { ...this.r, ...p, request: { retries: 0 } })).data));
    }
    /**
     * GitHub's generated release notes for a tag (POST releases/generate-notes, as release-please's
     * changelog-type github calls it): the body only; GitHub saves nothing.
     */
    generateReleaseNotes(p) {
        return this.call(`generating the release notes of ${p.tagName}`, async () => {
            const { data } = await this.#octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', { ...this.r, tag_name: p.tagName, target_commitish: p.targetCommitish, ...(p.previousTagName !== null && { previous_tag_name: p.previousTagName }) });
            const body = data.body;
            if (typeof body !== 'string')
                throw new Error('GitHub answered generate-notes without a body');
            return body;
        });
    }
    /** The branch release-please-action releases from when target-branch is not set. */
    getDefaultBranch() {
        return this.call('reading the repository\'s default branch', async () => {
            const branch = (await this.#octokit.request('GET /repos/{owner}/{repo}', this.r)).data.default_branch;
            if (typeof branch !== 'string' || branch === '')
                throw new Error('GitHub answered the repository without its default_branch');
            return branch;
        });
    }
    /** The repository's merge settings; fields GitHub leaves out (a token without write access) stay undefined. */
    getMergeSettings() {
        return this.call('reading the repository merge settings', async () => toMergeSettings((await this.#octokit.request('GET /repos/{owner}/{repo}', this.r)).data));
    }
    listComments(n) {
        return this.call(`reading comments of #${n}`, async () => {
            const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.r, issue_number: n, per_page: 100 });
            return list.flatMap((c) => (typeof c.id === 'number' ? [{ id: c.id, body: typeof c.body === 'string' ? c.body : '' }] : []));
        });
    }
    updateComment(id, body) {
        return this.call('editing a comment', async () => void (await this.#octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.r, comment_id: id, body })));
    }
    deleteComment(id) {
        return this.call('removing a duplicate comment', async () => void (await this.#octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.r, comment_id: id })));
    }
    createComment(n, body) {
        return this.call(`commenting on #${n}`, async () => void (await this.#octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.r, issue_number: n, body, request: { retries: 0 } })));
    }
    /** Every tag of the repository with its commit (GitHub's order is not chronological). */
    listTags() {
        return this.call('listing tags', async () => {
            const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/tags', { ...this.r, per_page: 100 });
            return list.flatMap((t) => (typeof t.name === 'string' && typeof t.commit?.sha === 'string' ? [{ name: t.name, sha: t.commit.sha }] : []));
        });
    }
    /** Open issues carrying a label (pull requests excluded). */
    listOpenIssues(label) {
        return this.call(`listing issues labelled ${label}`, async () => {
            const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/issues', { ...this.r, state: 'open', labels: label, per_page: 100 });
            return list.flatMap((i) => typeof i.number === 'number' && i.pull_request === undefined ? [{ number: i.number, title: typeof i.title === 'string' ? i.title : '', htmlUrl: typeof i.html_url === 'string' ? i.html_url : '' }] : []);
        });
    }
    createIssue(title, body, labels) {
        return this.call(`opening the issue "${title}"`, async () => {
            const { data } = await this.#octokit.request('POST /repos/{owner}/{repo}/issues', { ...this.r, title, body, labels, request: { retries: 0 } });
            return { number: data.number, title: data.title, htmlUrl: data.html_url };
        });
    }
    updateReleaseBody(releaseId, body) {
        return this.call(`editing the notes of release ${releaseId}`, async () => void (await this.#octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...this.r, release_id: releaseId, body })));
    }
    /** Assets already on a release: name → sha256 (from GitHub's `digest`, when it sends one). */
    listReleaseAssets(releaseId) {
        return this.call(`listing the assets of release ${releaseId}`, async () => {
            const list = await this.#octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...this.r, release_id: releaseId, per_page: 100 });
            return list.flatMap((a) => typeof a.name === 'string' && typeof a.id === 'number'
                ? [{ id: a.id, name: a.name, sha256: typeof a.digest === 'string' ? a.digest.replace(/^sha256:/, '') : undefined, state: typeof a.state === 'string' ? a.state : 'uploaded', size: typeof a.size === 'number' ? a.size : 0 }]
                : []);
        });
    }
    /**
     * An asset's bytes: `Accept: application/octet-stream` makes GitHub answer 302 to its storage
     * host, which fetch follows (dropping the token, as it does across origins). The attempt's time
     * limit grows with the asset's size.
     */
    downloadReleaseAsset(assetId, sizeBytes) {
        return this.call(`downloading release asset ${assetId}`, async () => {
            const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
                ...this.r,
                asset_id: assetId,
                headers: { accept: 'application/octet-stream' },
                request: { signal: AbortSignal.timeout(this.policy.attemptTimeoutMs + (0,adapters_policy/* transferAllowanceMs */.Ep)(sizeBytes)) },
            });
            if (data instanceof ArrayBuffer)
                return Buffer.from(data);
            if (typeof data === 'string')
                return Buffer.from(data);
            throw new Error(`GitHub answered asset ${assetId} with something that is not its bytes`);
        });
    }
    /** Uploads through the release's `upload_url` template (its own host: uploads.github.com). */
    uploadReleaseAsset(uploadUrl, name, bytes, contentType) {
        return this.call(`attaching ${name} to the release`, async () => {
            await this.#octokit.request({ method: 'POST', url: uploadUrl, name, data: bytes, headers: { 'content-type': contentType, 'content-length': bytes.length }, request: { retries: 0 } });
        });
    }
    /** Removes a broken asset (a 502 can leave an empty `starter` one that blocks its name). */
    deleteReleaseAsset(assetId) {
        return this.call(`removing a broken release asset`, async () => void (await this.#octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...this.r, asset_id: assetId })));
    }
}
function bodySize(body) {
    if (body instanceof Uint8Array || body instanceof ArrayBuffer)
        return body.byteLength;
    return typeof body === 'string' ? Buffer.byteLength(body) : 0;
}


/***/ })

};

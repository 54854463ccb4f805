export const id = 308;
export const ids = [308];
export const modules = {

/***/ 18249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ GitRepository)
});

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/adapters/process/run-process.ts
var run_process = __webpack_require__(62187);
;// CONCATENATED MODULE: ./src/adapters/git/git-runner.ts
/** Runs git in one repository: prompt-free, unquoted paths, failures as PyreleaseErrors. */


const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' };
// Variables that would point git at another repository than this.cwd (set inside git hooks).
const GIT_UNSET = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_PREFIX'];
const BASE_ARGS = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false'];
const GIT_TIMEOUT_MS = 120_000;
class GitRunner {
    cwd;
    #env;
    #timeoutMs;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.#env = { ...GIT_ENV, ...options.env };
        this.#timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS;
    }
    async run(args, allowFailure = false, input, env = {}) {
        const opts = { cwd: this.cwd, env: { ...this.#env, ...env }, unset: GIT_UNSET, timeoutMs: this.#timeoutMs, installHint: 'install git (apt-get install git)' };
        const r = await (0,run_process/* runProcess */.R3)('git', [...BASE_ARGS, ...args], input === undefined ? opts : { ...opts, input });
        if (r.exitCode !== 0 && !allowFailure)
            throw gitFailed(args, r.stderr);
        return r;
    }
    async stream(args, onChunk) {
        // Into a pipe git log flushes after every commit: 10,000 commits came as ~5,800 reads of ~340
        // bytes, each a wake-up of the event loop. GIT_FLUSH=0 (git(1), ENVIRONMENT) makes its
        // output fully buffered, ~450 reads of 4 KiB for the same walk, still handed over as written.
        const env = { ...this.#env, GIT_FLUSH: '0' };
        const r = await (0,run_process/* streamProcess */.aT)('git', [...BASE_ARGS, ...args], { cwd: this.cwd, env, unset: GIT_UNSET, timeoutMs: this.#timeoutMs * 5 }, onChunk);
        if (r.exitCode !== 0)
            throw gitFailed(args, r.stderr);
    }
}
function gitFailed(args, stderr) {
    const firstLine = stderr.trim().split('\n').find((l) => l.startsWith('fatal:') || l.startsWith('error:')) ?? stderr.trim().split('\n')[0] ?? '';
    return new pyrelease_error.PyreleaseError('GIT_FAILED', `git ${args.filter((a) => !a.startsWith('--format')).slice(0, 3).join(' ')} failed: ${firstLine}`, { fix: 'check the repository state (git status) and that the checkout is complete' });
}

;// CONCATENATED MODULE: ./src/adapters/git/repository.ts
/**
 * Responsible for reading a local repository the way the planner needs it: one streaming
 * `git log` over the release range, tags with their commits, many files at a ref through one
 * `cat-file --batch`, and the tree listing. Read-only, except for deepening a shallow clone.
 */


const RS = '\x1e';
const US = '\x1f';
class GitRepository {
    dir;
    git;
    /** `options.env`: a blob-less clone's credentials, for the blobs git fetches lazily (git-runner.ts). */
    constructor(dir, options = {}) {
        this.dir = dir;
        this.git = new GitRunner(dir, options);
    }
    async assertRepository() {
        const r = await this.git.run(['rev-parse', '--git-dir'], true);
        if (r.exitCode !== 0) {
            throw new pyrelease_error.PyreleaseError('GIT_NOT_A_REPO', `${this.dir} is not a git repository`, { fix: 'run pyrelease in a clone (actions/checkout before this step), or pass --cwd DIR' });
        }
    }
    async resolveCommit(ref) {
        const r = await this.git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true);
        if (r.exitCode !== 0)
            throw unknownRef(ref, this.dir);
        return r.stdout.trim();
    }
    /** The commit a local tag points at (an annotated tag peeled), or undefined when the checkout has no such tag. */
    async tagCommit(tag) {
        const r = await this.git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}^{commit}`], true);
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** Committer time of a commit, in Unix seconds (SOURCE_DATE_EPOCH for reproducible builds). */
    async commitTime(ref) {
        const r = await this.git.run(['log', '-1', '--format=%ct', '--end-of-options', ref], true);
        const seconds = Number(r.stdout.trim());
        if (r.exitCode !== 0 || !Number.isInteger(seconds))
            throw new pyrelease_error.PyreleaseError('GIT_UNKNOWN_REF', `cannot read the commit time of ${ref} in ${this.dir}`, { fix: 'check out the repository with actions/checkout' });
        return seconds;
    }
    /** Where this directory sits in its repository: "" at the top, else "pkg/" (git's --show-prefix). */
    async prefix() {
        return (await this.git.run(['rev-parse', '--show-prefix'])).stdout.trim();
    }
    /** The work tree's top directory (git commands that take paths are run there, so paths are repository-relative). */
    async topLevel() {
        return (await this.git.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    }
    async currentBranch() {
        const r = await this.git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** The newest `max` commits from `head` (all parents, as GitHub's commit history lists them). */
    async recentCommits(head, max) {
        const r = await this.git.run(['rev-list', `--max-count=${max}`, '--end-of-options', head]);
        return r.stdout.split('\n').filter((l) => l !== '');
    }
    /** The parents of a commit (two for the merge commit actions/checkout makes of a pull request). */
    async parents(ref) {
        const r = await this.git.run(['rev-list', '--parents', '-n', '1', '--end-of-options', ref]);
        return r.stdout.trim().split(' ').slice(1);
    }
    /**
     * Commits from `head` in git log order (commit date, as release-please's walk), stopping
     * before the first commit in `stopShas` or after `max` commits; with `exclude`, only those
     * not reachable from it (`git log exclude..head`).
     */
    async log(head, stopShas, max, exclude) {
        const commits = [];
        await this.eachCommit(head, stopShas, max, (c) => void commits.push(c), { ...(exclude && { exclude }) });
        return commits;
    }
    /**
     * log()'s walk, each commit handed to `onCommit` as soon as git has written it, so the caller
     * works while git is still walking. One streaming process, stopped as soon as the walk ends,
     * so the cost follows the range, not the history. Returns how many commits were handed over, and
     * the stop commit it ended at (none when the history or `max` ran out).
     */
    async eachCommit(head, stopShas, max, onCommit, opts = {}) {
        const { exclude, files = true } = opts;
        let count = 0;
        let done = false;
        let stoppedAt;
        // Records are cut where they end (the next RS); what is left of a chunk waits for the next.
        let pending = '';
        const take = (record) => {
            const a = record.indexOf(US);
            const b = record.indexOf(US, a + 1);
            if (a === -1 || b === -1)
                return;
            const sha = record.slice(0, a);
            if (stopShas.has(sha) || count >= max) {
                done = true;
                if (stopShas.has(sha))
                    stoppedAt = sha;
                return;
            }
            count++;
            onCommit(files ? { sha, message: record.slice(a + 1, b), files: fileList(record, b + 1) } : { sha, message: record.slice(a + 1, b) });
        };
        const changes = files ? ['--name-only', '--diff-merges=first-parent', '--no-renames'] : [];
        const args = ['log', `--format=${RS}%H${US}%B${US}`, ...changes, '-n', String(max + 1), '--end-of-options', head, ...(exclude ? [`^${exclude}`] : []), '--'];
        await this.git.stream(args, (chunk) => {
            const text = pending + chunk;
            let start = text.indexOf(RS);
            let cut;
            while (!done && start !== -1 && (cut = text.indexOf(RS, start + 1)) !== -1) {
                take(text.slice(start + 1, cut));
                start = cut;
            }
            pending = start === -1 ? text : text.slice(start);
            return !done;
        });
        if (!done && pending.length > 1)
            take(pending.slice(1));
        return { count, ...(stoppedAt && { stoppedAt }) };
    }
    /**
     * Where a run starts, in one process: the commit `ref` names (GIT_UNKNOWN_REF when none), this
     * directory's place in its repository ("" at the top, else "pkg/", git's --show-prefix), and
     * whether the clone is shallow (GIT_NOT_A_REPO outside a repository).
     */
    async locate(ref) {
        const r = await this.git.run(['rev-parse', '--show-prefix', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true);
        const [prefix, shallow, sha] = r.stdout.split('\n');
        if (r.exitCode !== 0 || !sha) {
            await this.assertRepository();
            throw unknownRef(ref, this.dir);
        }
        return { sha, prefix: prefix ?? '', shallow: shallow === 'true' };
    }
    /** Tags whose commit is reachable from `ref`, newest first. */
    async tagsReachableFrom(ref) {
        return this.tagList(['--merged', ref]);
    }
    /**
     * Every tag, newest first: a few milliseconds, where --merged walks the history from `ref`
     * (40-50 ms at 10,000 commits, in front of the walk). For callers that prove reachability by
     * the walk itself (release-history.ts).
     */
    async allTags() {
        return this.tagList([]);
    }
    /** Whether `sha` is `head` or one of its ancestors (false for a commit this clone lacks). */
    async isAncestor(sha, head) {
        return (await this.git.run(['merge-base', '--is-ancestor', '--end-of-options', sha, head], true)).exitCode === 0;
    }
    async tagList(filter) {
        const r = await this.git.run(['for-each-ref', ...filter, '--sort=-creatordate', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:unix)', 'refs/tags']);
        return r.stdout
            .split('\n')
            .filter((l) => l !== '')
            .map((line) => {
            const [name, object, peeled, date] = line.split('\0');
            return { name: name, sha: peeled || object, date: Number(date) };
        });
    }
    /** Many files at one ref in one `cat-file --batch`; absent paths map to undefined. */
    async readFiles(ref, paths) {
        const out = new Map();
        if (paths.length === 0)
            return out;
        const r = await this.git.run(['cat-file', '--batch'], false, paths.map((p) => `${ref}:${p}\n`).join(''));
        // Sizes are in bytes: walk the UTF-8 bytes, not the decoded string.
        const buf = Buffer.from(r.stdout, 'utf8');
        let pos = 0;
        for (const path of paths) {
            const nl = buf.indexOf(0x0a, pos);
            const header = buf.subarray(pos, nl).toString('utf8');
            pos = nl + 1;
            const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
            if (!m) {
                out.set(path, undefined);
                continue;
            }
            const size = Number(m[2]);
            out.set(path, m[1] === 'blob' ? buf.subarray(pos, pos + size).toString('utf8') : undefined);
            pos += size + 1;
        }
        return out;
    }
    async listTree(ref) {
        const r = await this.git.run(['ls-tree', '-r', '--name-only', '-z', '--full-tree', '--end-of-options', ref]);
        return r.stdout.split('\0').filter((p) => p !== '');
    }
    async isShallow() {
        return (await this.git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    }
    async deepen(by) {
        // Tags come along so the previous release's tag can be found in the deepened history.
        await this.git.run(['fetch', '--quiet', '--tags', `--deepen=${by}`, 'origin']);
    }
    async unshallow() {
        await this.git.run(['fetch', '--quiet', '--unshallow', '--tags', 'origin']);
    }
    /**
     * The tip of `branch` on origin, fetched into refs/remotes/origin/<branch> (one commit deep in a
     * shallow clone: the planner deepens as far as the release needs); undefined when origin lacks it.
     */
    async fetchBranch(branch) {
        const depth = (await this.isShallow()) ? ['--depth=1'] : [];
        const r = await this.git.run(['fetch', '--quiet', '--no-tags', ...depth, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], true);
        if (r.exitCode !== 0)
            return undefined;
        return this.resolveCommit(`refs/remotes/origin/${branch}`);
    }
    async fetchTags() {
        await this.git.run(['fetch', '--quiet', '--tags', 'origin'], true);
    }
    async hasTags() {
        return (await this.git.run(['for-each-ref', '--count=1', 'refs/tags'])).stdout.trim() !== '';
    }
    async originUrl() {
        const r = await this.git.run(['config', '--get', 'remote.origin.url'], true);
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
}
function unknownRef(ref, dir) {
    return new pyrelease_error.PyreleaseError('GIT_UNKNOWN_REF', `${JSON.stringify(ref)} is not a commit in ${dir}`, { key: 'ref', fix: 'give a branch, tag or sha that exists (git log --oneline shows them); fetch it first if it is remote' });
}
/** The --name-only lines after a record's message: one path a line, blank lines between. */
function fileList(record, from) {
    const files = [];
    let start = from;
    for (let nl = record.indexOf('\n', start); start < record.length; nl = record.indexOf('\n', start)) {
        const end = nl === -1 ? record.length : nl;
        if (end > start)
            files.push(record.slice(start, end));
        start = end + 1;
    }
    return files;
}


/***/ }),

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ explainGitHubError),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/* harmony import */ var _http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34640);
/* harmony import */ var _request_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(102);
/**
 * GitHub's refusals as messages a maintainer can act on: the missing permission (from
 * x-accepted-github-permissions), the Actions "create pull requests" setting, bad credentials,
 * a rate limit (only when GitHub says it is one), any other 403 in GitHub's own words (SAML SSO, a
 * protected tag, a workflow file without the `workflows` permission), and a host that never
 * answered — unreachable, or refused by the proxy in between — named as such.
 */




const PERMISSION_NAMES = { contents: 'contents: write', pull_requests: 'pull-requests: write', issues: 'issues: write', checks: 'checks: write', workflows: 'workflows: write' };
/** The permissions x-accepted-github-permissions names (its first alternative), as job YAML. */
function acceptedPermissions(e) {
    const accepted = e.response?.headers?.['x-accepted-github-permissions'] ?? '';
    const perms = accepted.split(';')[0]?.split(',').map((p) => p.trim().split('=')[0] ?? '').filter(Boolean) ?? [];
    return perms.map((p) => PERMISSION_NAMES[p] ?? `${p}: write`);
}
function explainGitHubError(error, doing) {
    const e = error;
    const status = e.status;
    const data = (e.response?.data ?? {});
    const message = data.message ?? e.message ?? String(error);
    if (status === 401) {
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('GITHUB_BAD_CREDENTIALS', `GitHub refused the token while ${doing}: Bad credentials`, { key: 'token', fix: 'pass a valid token (the default token: ${{ github.token }}), and check it has not expired' });
    }
    if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('GITHUB_ACTIONS_CANNOT_CREATE_PR', `GitHub Actions is not permitted to create pull requests in this repository (${doing})`, {
            fix: 'enable Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (or the organisation setting), or use a GitHub App token',
        });
    }
    if (e.response === undefined && e.request !== undefined) {
        // No answer at all (Octokit reports it as a 500): the host is unreachable, or the proxy said no.
        const url = e.request.url ?? 'https://api.github.com';
        const refused = (0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyRefusal */ .vd)(e.cause ?? error);
        if (refused !== undefined)
            return (0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyRefused */ .rZ)(url, refused, doing);
        const via = (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .iJ)(url);
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('NETWORK_FAILED', `${doing}: GitHub (${new URL(url).host}) is unreachable${via ? ` through the proxy ${via}` : ''} (${(0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNetworkError */ .gl)(e.cause ?? error, 0)})`, {
            fix: via ? `check that the proxy ${via} (HTTPS_PROXY) reaches ${new URL(url).host}, or add the host to NO_PROXY; then re-run` : 're-run the job: every step is safe to repeat; if it persists, check the runner\'s network and GITHUB_API_URL',
        });
    }
    if (status === 403 && /Resource not accessible by integration/i.test(message)) {
        const yaml = acceptedPermissions(e);
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('GITHUB_MISSING_PERMISSION', `the token lacks a permission for ${doing}${yaml.length ? ` (${yaml.join(', ')})` : ''}`, {
            key: 'permissions',
            fix: `add to the job:  permissions: { ${(yaml.length ? yaml : ['contents: write', 'pull-requests: write', 'issues: write']).join(', ')} }`,
        });
    }
    if (status === 429 || (status === 403 && ((0,_request_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitWaitS */ .cB)(error, Date.now()) !== undefined || /rate limit/i.test(message)))) {
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('GITHUB_RATE_LIMITED', `GitHub's rate limit stopped pyrelease while ${doing}`, { fix: 're-run the job later; nothing was left half-written (a re-run picks up where this one stopped)' });
    }
    if (status === 403) {
        // Not a rate limit: GitHub's own message says what (SAML SSO, a protected tag, a workflow file…).
        const yaml = acceptedPermissions(e);
        const sso = e.response?.headers?.['x-github-sso'];
        const ssoUrl = sso ? /url=(\S+)/.exec(sso)?.[1] : undefined;
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('GITHUB_FORBIDDEN', `GitHub refused ${doing} (403): ${message.split('\n')[0]}`, {
            ...(yaml.length > 0 ? { key: 'permissions' } : {}),
            fix: ssoUrl
                ? `authorise the token for the organisation's SAML single sign-on (${ssoUrl}), then re-run`
                : yaml.length > 0
                    ? `add to the job:  permissions: { ${yaml.join(', ')} }${yaml.some((y) => y.startsWith('workflows')) ? ' — GITHUB_TOKEN can never change workflow files: use a GitHub App or a fine-grained token with workflows access' : ''}`
                    : 'do what GitHub\'s message says (a tag or branch protection rule, an organisation policy, SAML SSO), then re-run',
        });
    }
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('GITHUB_REQUEST_FAILED', `GitHub answered ${status ?? 'no response'} while ${doing}: ${message.split('\n')[0]}`, {
        fix: 're-run the job: every step pyrelease takes is safe to repeat',
    });
}
function statusOf(error) {
    return error.status;
}


/***/ }),

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _u: () => (/* binding */ RequestPolicy),
/* harmony export */   cB: () => (/* binding */ rateLimitWaitS)
/* harmony export */ });
/* unused harmony exports NOTIFICATION_SPACING, isNotifying */
// plugin-retry's doNotRetry list: answers a retry will not change. A 404 above all: reads of things
// that may not exist (a ref, a release) expect it at once, and a retried 404 only slows every run.
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 410, 422, 451]);
// GitHub's advice when a secondary limit sends no retry-after, as plugin-throttling did.
const SECONDARY_FALLBACK_S = 60;
// plugin-throttling 11's generated triggers-notification-paths: creating these notifies people, so
// GitHub asks for more room between them. Matched against the route template, as the plugin did.
const NOTIFYING_ROUTES = [
    '/orgs/{org}/invitations',
    '/orgs/{org}/invitations/{invitation_id}',
    '/orgs/{org}/teams/{team_slug}/discussions',
    '/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments',
    '/repos/{owner}/{repo}/collaborators/{username}',
    '/repos/{owner}/{repo}/commits/{commit_sha}/comments',
    '/repos/{owner}/{repo}/issues',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    '/repos/{owner}/{repo}/issues/{issue_number}/sub_issue',
    '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority',
    '/repos/{owner}/{repo}/pulls',
    '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
    '/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies',
    '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    '/repos/{owner}/{repo}/releases',
    '/teams/{team_id}/discussions',
    '/teams/{team_id}/discussions/{discussion_number}/comments',
];
const NOTIFYING = new RegExp(`^(?:${NOTIFYING_ROUTES.map((p) => `(?:${p.split('/').map((c) => (c.startsWith('{') ? '(?:.+?)' : c)).join('/')})`).join('|')})[^/]*$`, 'i');
/** A notifying write (issue, comment, pull request, release…) waits this many plain write intervals. */
const NOTIFICATION_SPACING = 3;
function isNotifying(method, url) {
    return isWrite(method, url) && NOTIFYING.test(new URL(url, 'http://github.test').pathname);
}
/** GraphQL is a POST, but pyrelease only ever sends it queries: reads, not spaced as writes. */
function isWrite(method, url) {
    return method !== 'GET' && method !== 'HEAD' && !/\/graphql$/.test(new URL(url, 'http://github.test').pathname);
}
class RequestPolicy {
    policy;
    clock;
    /** Settles when the write in flight (all its attempts) is done: the next write waits for it. */
    #writeQueue = Promise.resolve();
    #lastWriteEndMs = -Infinity;
    #lastNotificationEndMs = -Infinity;
    constructor(policy, clock) {
        this.policy = policy;
        this.clock = clock;
    }
    /** Sends one request with all its attempts: Octokit's `hook.wrap('request', …)` calls it. */
    send(request, options) {
        if (!isWrite(options.method, options.url))
            return this.#attempts(request, options, false);
        const previous = this.#writeQueue;
        let done = () => { };
        this.#writeQueue = new Promise((resolve) => (done = resolve));
        return previous.then(() => this.#attempts(request, options, true)).finally(done);
    }
    async #attempts(request, options, write) {
        const notifies = write && isNotifying(options.method, options.url);
        const perCall = options.request?.retries;
        const maxRetries = typeof perCall === 'number' ? perCall : this.policy.retries;
        let retries = 0;
        let rateLimitWaits = 0;
        for (;;) {
            if (write)
                await this.#waitForWriteSlot(notifies);
            let error;
            try {
                return await request(options);
            }
            catch (e) {
                error = e;
            }
            finally {
                if (write)
                    this.#writeEnded(notifies);
            }
            const limitS = rateLimitWaitS(error, this.clock.now());
            let waitMs;
            if (limitS !== undefined) {
                // Beyond the budget the rate-limit error goes up at once (errors.ts: GITHUB_RATE_LIMITED).
                if (rateLimitWaits >= this.policy.retries || limitS * 1000 > this.policy.maxRateLimitWaitMs)
                    throw error;
                rateLimitWaits++;
                // Seconds × retryBaseMs, as plugin-throttling's retryAfterBaseValue: 1 000 in production; tests shrink it.
                waitMs = limitS * this.policy.retryBaseMs;
            }
            else if (isRetryable(error) && retries < maxRetries) {
                retries++;
                waitMs = retries * retries * this.policy.retryBaseMs;
            }
            else {
                throw error;
            }
            await this.clock.sleep(waitMs);
        }
    }
    async #waitForWriteSlot(notifies) {
        const intervalMs = this.policy.minWriteIntervalMs;
        const dueMs = Math.max(this.#lastWriteEndMs + intervalMs, notifies ? this.#lastNotificationEndMs + NOTIFICATION_SPACING * intervalMs : -Infinity);
        // Timers may fire a little early against the wall clock: wait again for the rest, unless the clock stands still (a test's).
        for (let now = this.clock.now(); now < dueMs;) {
            await this.clock.sleep(dueMs - now);
            const later = this.clock.now();
            if (later <= now)
                return;
            now = later;
        }
    }
    #writeEnded(notifies) {
        this.#lastWriteEndMs = this.clock.now();
        if (notifies)
            this.#lastNotificationEndMs = this.#lastWriteEndMs;
    }
}
/**
 * Seconds to wait when the error is a rate limit (403 or 429), else undefined. Secondary: the
 * message or a retry-after header (retry-after, else 60 s). Primary: x-ratelimit-remaining 0 (until
 * x-ratelimit-reset, plus a second so the retry lands after it, as plugin-throttling did).
 */
function rateLimitWaitS(error, nowMs) {
    const e = (error ?? {});
    if (e.status !== 403 && e.status !== 429)
        return undefined;
    const headers = e.response?.headers ?? {};
    const retryAfter = headers['retry-after'];
    if (/\bsecondary rate\b/i.test(typeof e.message === 'string' ? e.message : ''))
        return Number(retryAfter) || SECONDARY_FALLBACK_S;
    if (retryAfter !== undefined && retryAfter.trim() !== '' && Number.isFinite(Number(retryAfter)) && Number(retryAfter) >= 0)
        return Number(retryAfter);
    const errors = e.response?.data?.errors;
    if (headers['x-ratelimit-remaining'] === '0' || (Array.isArray(errors) && errors.some((x) => x.type === 'RATE_LIMITED'))) {
        const resetMs = Math.trunc(Number(headers['x-ratelimit-reset']) || 0) * 1000;
        return Math.max(Math.ceil((resetMs - nowMs) / 1000) + 1, 0);
    }
    return undefined;
}
/**
 * plugin-retry's rule: an HTTP error from Octokit (a network error or timeout arrives as status 500)
 * whose status is not in DO_NOT_RETRY. A bare 429 (no rate-limit headers) is retried here too.
 */
function isRetryable(error) {
    const e = (error ?? {});
    return typeof e.status === 'number' && e.status >= 400 && !DO_NOT_RETRY.has(e.status) && e.request !== undefined;
}


/***/ }),

/***/ 265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ fetchWithRetry),
/* harmony export */   gl: () => (/* binding */ describeNetworkError),
/* harmony export */   rZ: () => (/* binding */ proxyRefused),
/* harmony export */   vd: () => (/* binding */ proxyRefusal)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34640);
/**
 * Responsible for one HTTP exchange under a ServicePolicy: a timeout per attempt, retries with
 * n² backoff (or Retry-After) on network errors, 408, 429 and 5xx, and one clear error when the
 * service never answers. Callers judge the final answer; nothing here knows a protocol.
 */


const defaultRetryable = (status) => status === 408 || status === 429 || status >= 500;
async function fetchWithRetry(url, init, opts) {
    const retryable = opts.retryable ?? defaultRetryable;
    let lastProblem = '';
    for (let attempt = 0;; attempt++) {
        let answer;
        try {
            answer = await once(url, init, opts.policy.attemptTimeoutMs + (opts.extraTimeoutMs ?? 0));
            if (!retryable(answer.status))
                return answer;
            lastProblem = `HTTP ${answer.status} ${answer.statusText}`.trim();
        }
        catch (error) {
            const refused = proxyRefusal(error);
            // A proxy that says no will say it again: no retry, and the proxy — not the service — is named.
            if (refused !== undefined)
                throw proxyRefused(url, refused, opts.doing);
            lastProblem = describeNetworkError(error, opts.policy.attemptTimeoutMs + (opts.extraTimeoutMs ?? 0));
        }
        if (attempt >= opts.policy.retries) {
            if (answer)
                return answer;
            const via = (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)(url);
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('NETWORK_FAILED', `${opts.doing}: ${new URL(url).host} is unreachable${via ? ` through the proxy ${via}` : ''} after ${attempt + 1} attempts (${lastProblem})`, {
                fix: via ? `re-run the job; if it persists, check that the proxy ${via} (HTTPS_PROXY) reaches ${new URL(url).host}, or add the host to NO_PROXY` : 're-run the job: every step is safe to repeat; if it persists, check the runner\'s network (DNS, firewall) and the service status page',
            });
        }
        const wait = waitBefore(attempt + 1, answer, opts.policy);
        opts.onRetry?.(attempt + 1, lastProblem, wait);
        await opts.clock.sleep(wait);
    }
}
async function once(url, init, timeoutMs) {
    const response = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const body = Buffer.from(await response.arrayBuffer());
    return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body,
        text: () => body.toString('utf8'),
        json: () => {
            try {
                return JSON.parse(body.toString('utf8'));
            }
            catch {
                return undefined;
            }
        },
    };
}
function waitBefore(retry, answer, policy) {
    const retryAfter = Number(answer?.headers.get('retry-after'));
    if (Number.isFinite(retryAfter) && retryAfter > 0)
        return Math.min(retryAfter * 1000, policy.maxRateLimitWaitMs);
    return retry * retry * policy.retryBaseMs;
}
function describeNetworkError(error, timeoutMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        return timeoutMs > 0 ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'no answer in time';
    // fetch wraps the socket's error (ECONNREFUSED, ENOTFOUND for DNS…) one or two causes deep.
    let code = '';
    for (let e = error, depth = 0; !code && typeof e === 'object' && e !== null && depth < 4; e = e.cause, depth++) {
        if ('code' in e && typeof e.code === 'string')
            code = e.code;
        if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError'))
            return timeoutMs > 0 ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'no answer in time';
    }
    return code ? `connection failed: ${code}${code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? ' (the name did not resolve)' : ''}` : `connection failed: ${error instanceof Error ? error.message : String(error)}`;
}
/** The status a proxy answered a CONNECT with (undici: "Proxy response (407) !== 200 when HTTP Tunneling"), or undefined. */
function proxyRefusal(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
        const m = /Proxy response \((\d{3})\)/.exec(e.message);
        if (m)
            return Number(m[1]);
    }
    return undefined;
}
function proxyRefused(url, status, doing) {
    const host = new URL(url).host;
    const via = (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)(url) ?? 'the proxy';
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('NETWORK_PROXY_REFUSED', `${doing}: the proxy ${via} refused to connect to ${host} (HTTP ${status}${status === 407 ? ' Proxy Authentication Required' : ''})`, {
        key: 'HTTPS_PROXY',
        fix: status === 407 ? `give the proxy's credentials in HTTPS_PROXY (http://user:password@${via}, from a secret), or add ${host} to NO_PROXY` : `allow ${host} on the proxy ${via}, or add it to NO_PROXY if the runner reaches it directly`,
    });
}


/***/ }),

/***/ 34640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ useProxy),
/* harmony export */   Pq: () => (/* binding */ newFormData),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   tN: () => (/* binding */ send)
/* harmony export */ });
let proxied;
let viaProxy;
/** Installs the run's transport: through the proxy when one is named, else direct. */
function useProxy(proxy) {
    const named = proxy !== undefined && (proxy.httpProxy !== '' || proxy.httpsProxy !== '');
    proxied = named ? proxy : undefined;
    viaProxy = named
        ? __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19)).then((undici) => ({ undici, dispatcher: new undici.EnvHttpProxyAgent({ httpProxy: proxy.httpProxy || undefined, httpsProxy: proxy.httpsProxy || proxy.httpProxy || undefined, noProxy: proxy.noProxy }) }))
        : undefined;
}
/** fetch, through the run's transport. */
const send = async (input, init) => {
    if (!viaProxy)
        return globalThis.fetch(input, init);
    const { undici, dispatcher } = await viaProxy;
    return undici.fetch(input, { ...init, dispatcher });
};
/** A multipart body the current transport's fetch encodes (each fetch knows only its own FormData class). */
async function newFormData() {
    if (!viaProxy)
        return new FormData();
    const { undici } = await viaProxy;
    return new undici.FormData();
}
/** The proxy a request to `url` goes through, for messages ("through the proxy …"); undefined when direct. */
function proxyFor(url) {
    if (!proxied)
        return undefined;
    const u = new URL(url);
    if (bypasses(u, proxied.noProxy))
        return undefined;
    const proxy = u.protocol === 'https:' ? proxied.httpsProxy || proxied.httpProxy : proxied.httpProxy;
    return proxy ? new URL(proxy).host : undefined;
}
// The same NO_PROXY reading as EnvHttpProxyAgent's: `*`, exact hosts, `.domain` suffixes, optional ports.
function bypasses(u, noProxy) {
    const entries = noProxy.split(/[,\s]+/).filter(Boolean);
    if (entries.includes('*'))
        return true;
    const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = u.port || (u.protocol === 'https:' ? '443' : '80');
    return entries.some((entry) => {
        const m = /^(.+?)(?::(\d+))?$/.exec(entry.toLowerCase().replace(/^\[|\]$/g, ''));
        if (!m)
            return false;
        const name = m[1].replace(/^\*?\./, '');
        if (m[2] && m[2] !== port)
            return false;
        return host === name || host.endsWith(`.${name}`);
    });
}


/***/ }),

/***/ 38404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ transferAllowanceMs),
/* harmony export */   JN: () => (/* binding */ policy)
/* harmony export */ });
/* unused harmony export MIN_TRANSFER_BYTES_PER_SECOND */
const policy = {
    github: { attemptTimeoutMs: 30_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 120_000, minWriteIntervalMs: 1_000 },
    // Uploads carry whole distributions: a long attempt; PyPI answers an identical re-upload 200, so retrying is safe.
    pypi: { attemptTimeoutMs: 300_000, retries: 4, retryBaseMs: 2_000, maxRateLimitWaitMs: 120_000, minWriteIntervalMs: 0 },
    oidc: { attemptTimeoutMs: 30_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 60_000, minWriteIntervalMs: 0 },
    // GitHub's own attest action uses 10 s and 3 retries against Fulcio and Rekor.
    sigstore: { attemptTimeoutMs: 10_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 60_000, minWriteIntervalMs: 0 },
    webhook: { attemptTimeoutMs: 10_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 30_000, minWriteIntervalMs: 0 },
    git: { attemptTimeoutMs: 120_000, retries: 0, retryBaseMs: 0, maxRateLimitWaitMs: 0, minWriteIntervalMs: 0 },
};
/**
 * Extra time one attempt gets to carry `bytes` (a release asset, a distribution): the slowest link
 * pyrelease still expects to finish on, 256 KiB/s, so a 50 MB wheel gets 200 s on top of the
 * service's attempt limit instead of timing out at the same 30 s as a small JSON request.
 */
const MIN_TRANSFER_BYTES_PER_SECOND = 256 * 1024;
function transferAllowanceMs(bytes) {
    return Math.ceil((bytes / MIN_TRANSFER_BYTES_PER_SECOND) * 1000);
}


/***/ }),

/***/ 62187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ processEnv),
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   aT: () => (/* binding */ streamProcess),
/* harmony export */   pR: () => (/* binding */ withholdFromChildren)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6376);
/**
 * The one child-process wrapper: a program and an argument array (never a shell string), a
 * timeout that kills the child, the user's environment minus this action's own secrets, and a
 * clear error when the program is missing. Everything that spawns goes through here.
 */


/**
 * What a child never inherits: the credentials the runner hands this action. The OIDC request
 * pair mints identity tokens (trusted publishing, Sigstore), the runtime token reaches the
 * Actions services, and every INPUT_* is this step's input (token, password, notify-webhook).
 * Everything else is the user's: `env:` of the step and job (database URLs, settings modules),
 * LD_LIBRARY_PATH that actions/setup-python exports on Linux, PYTHONPATH, CI, GITHUB_ACTIONS,
 * UV_* and PIP_* settings, proxies and CA bundles.
 */
const WITHHELD = new Set(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'GITHUB_TOKEN']);
const withheldValues = new Set();
/** A secret this run holds (token, password, webhook, minted tokens): no variable carrying it reaches a child, whatever its name. */
function withholdFromChildren(secret) {
    if (secret.length >= 4)
        withheldValues.add(secret);
}
function processEnv(extra = {}, unset = []) {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (value === undefined || WITHHELD.has(name) || name.startsWith('INPUT_') || withheldValues.has(value) || unset.includes(name))
            continue;
        env[name] = value;
    }
    return { ...env, ...extra };
}
/**
 * Spawns and streams stdout to `onStdout` as it arrives; resolves when the child exits.
 * `onStdout` returning false stops the child early (a consumer that has read enough).
 */
function streamProcess(program, args, opts, onStdout) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, { cwd: opts.cwd, env: processEnv(opts.env, opts.unset), stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], windowsHide: true });
        let stderr = '';
        let timedOut = false;
        let stoppedEarly = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, opts.timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            if (stoppedEarly)
                return;
            if (onStdout(chunk) === false) {
                stoppedEarly = true;
                child.kill('SIGTERM');
            }
        });
        child.stderr.setEncoding('utf8').on('data', (d) => {
            if (stderr.length < 1 << 20)
                stderr += d;
        });
        if (opts.input !== undefined)
            child.stdin.end(opts.input);
        child.on('error', (error) => {
            clearTimeout(timer);
            if (error.code === 'ENOENT') {
                reject(new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('PROCESS_NOT_FOUND', `${program} is not installed or not on PATH`, { fix: opts.installHint ?? `install ${program} on the runner` }));
            }
            else
                reject(error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (timedOut) {
                reject(new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('PROCESS_TIMEOUT', `${program} ${args[0] ?? ''} did not finish within ${Math.round(opts.timeoutMs / 1000)} s and was stopped`, { fix: 'check what it is waiting for (network, a prompt); re-run' }));
            }
            else
                resolve({ exitCode: stoppedEarly ? 0 : (code ?? 1), stdout: '', stderr, durationMs: Date.now() - started, stoppedEarly });
        });
    });
}
async function runProcess(program, args, opts) {
    const chunks = [];
    const result = await streamProcess(program, args, opts, (c) => void chunks.push(c));
    return { ...result, stdout: chunks.join('') };
}


/***/ }),

/***/ 52308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCliCommand: () => (/* binding */ runCliCommand)
});

// EXTERNAL MODULE: ./src/adapters/git/repository.ts + 1 modules
var repository = __webpack_require__(18249);
;// CONCATENATED MODULE: ./src/core/plan-text.ts
function renderPlanText(plan) {
    if (plan.version === null) {
        const lines = [`No release is due: ${plan.commits} commit${plan.commits === 1 ? '' : 's'} since ${plan.previousTag ?? 'the beginning'}, none releasable.`];
        for (const r of plan.reasons)
            lines.push(`  - ${r}`);
        return lines.join('\n') + '\n';
    }
    const several = severalReleases(plan);
    const after = (r) => (r.previousVersion ? `, after ${r.previousVersion}${r.previousTag ? ` (${r.previousTag})` : ''}` : ', the first release');
    const lines = [
        ...(several
            ? [`Next releases, in one PR: ${several.length}`, ...several.map((r) => `  ${r.path}: ${r.version} (tag ${r.tag})${after(r)}`)]
            : [`Next release: ${plan.version} (tag ${plan.tag})${after(plan)}`]),
        `Commits read: ${plan.commits}`,
        '',
        'Why:',
        ...plan.reasons.map((r) => `  - ${r}`),
        '',
        `Release PR: ${plan.title}`,
        `  branch ${plan.headBranch}, label${plan.labels.length === 1 ? '' : 's'} ${plan.labels.join(', ')}${plan.draftPullRequest ? ', draft' : ''}`,
        '',
        'Files:',
        ...Object.keys(plan.files).map((f) => `  ${f}`),
    ];
    if (plan.warnings.length > 0)
        lines.push('', 'Warnings:', ...plan.warnings.map((w) => `  - ${w}`));
    if (several)
        for (const r of several)
            lines.push('', `CHANGELOG entry (${r.path}):`, '', r.changelogEntry);
    else
        lines.push('', 'CHANGELOG entry:', '', plan.changelogEntry ?? '');
    return lines.join('\n') + '\n';
}
/**
 * A release PR of several packages: each one's release. The plan's own version, tag and entry are
 * the first package's only (the oracle's summary view), so a headline built from them alone would
 * name one package of the PR and hide the others.
 */
function severalReleases(plan) {
    return plan.releases && plan.releases.length > 1 ? plan.releases : undefined;
}
/** The JSON contract of `pyrelease plan --json` (field names are public; keep them). */
function planJson(plan) {
    return {
        version: plan.version,
        tag: plan.tag,
        previousVersion: plan.previousVersion,
        previousTag: plan.previousTag,
        title: plan.title,
        body: plan.body,
        changelogEntry: plan.changelogEntry,
        files: plan.files,
        commits: plan.commits,
        reasons: plan.reasons,
        headBranch: plan.headBranch,
        labels: plan.labels,
        warnings: plan.warnings,
    };
}

;// CONCATENATED MODULE: ./src/adapters/runtime/json-stream.ts
/**
 * Writes a value exactly as JSON.stringify(value) would, in pieces. The plan's JSON holds its
 * CHANGELOG entry three times (body, changelogEntry, the CHANGELOG file), about 0.9 MB each at
 * 10,000 commits; one string of all of it (two bytes a character once the entry's "⚠" is in it),
 * its copy with the newline and its UTF-8 copy were a fifth of `pyrelease plan --json`'s peak
 * memory (issue #21). Plain objects and arrays are walked, long strings go out a slice at a
 * time, anything else is JSON.stringify's own.
 */
/** Characters per written slice of a long string. */
const SLICE = 1 << 16;
/** `write` gets pieces of about SLICE characters (short parts are gathered), the newline-free JSON text in order. */
function writeJson(value, write) {
    let pending = '';
    emit(value, (piece) => {
        pending += piece;
        if (pending.length >= SLICE) {
            write(pending);
            pending = '';
        }
    });
    if (pending !== '')
        write(pending);
}
function emit(value, write) {
    if (typeof value === 'string')
        writeString(value, write);
    else if (Array.isArray(value)) {
        write('[');
        value.forEach((item, i) => {
            if (i > 0)
                write(',');
            // JSON.stringify writes null for what it cannot (undefined, functions) inside an array.
            if (isOmitted(item))
                write('null');
            else
                emit(item, write);
        });
        write(']');
    }
    else if (isPlainObject(value)) {
        write('{');
        let first = true;
        for (const [key, item] of Object.entries(value)) {
            if (isOmitted(item))
                continue;
            write(`${first ? '' : ','}${JSON.stringify(key)}:`);
            first = false;
            emit(item, write);
        }
        write('}');
    }
    else
        write(JSON.stringify(value) ?? 'null');
}
function isOmitted(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
function isPlainObject(value) {
    if (value === null || typeof value !== 'object' || 'toJSON' in value)
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function writeString(s, write) {
    if (s.length <= SLICE) {
        write(JSON.stringify(s));
        return;
    }
    write('"');
    for (let start = 0; start < s.length;) {
        let end = Math.min(start + SLICE, s.length);
        // Never between the halves of a surrogate pair: alone, each would be escaped as \udxxx.
        const last = s.charCodeAt(end - 1);
        if (end < s.length && last >= 0xd800 && last <= 0xdbff)
            end--;
        write(JSON.stringify(s.slice(start, end)).slice(1, -1));
        start = end;
    }
    write('"');
}

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/stages/plan-from-repository.ts + 37 modules
var plan_from_repository = __webpack_require__(58179);
// EXTERNAL MODULE: ./src/adapters/policy.ts
var policy = __webpack_require__(38404);
// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/stages/pull-requests-of-commits.ts

/** GitHub's most for `first` on a connection. */
const MAX_PAGE = 100;
async function readPullRequestsOfCommits(gh, targetBranch, commits, bounds) {
    if (commits.length === 0)
        return { commits: [...commits] };
    const wanted = new Set(commits.map((c) => c.sha));
    const found = new Map();
    let cursor = null;
    let scanned = 0;
    try {
        for (;;) {
            // One page holds every commit since the release and the release commit itself, when it fits.
            const num = Math.min(MAX_PAGE, Math.max(1, wanted.size - found.size + 1));
            const page = await gh.commitHistory(targetBranch, num, cursor);
            if (!page)
                return { commits: [...commits], warning: notRead(`the branch ${targetBranch} was not found on GitHub`) };
            let reachedStop = false;
            for (const c of page.commits) {
                scanned++;
                if (c.sha === bounds.stopSha)
                    reachedStop = true;
                if (wanted.has(c.sha))
                    found.set(c.sha, c);
            }
            if (found.size === wanted.size || reachedStop || !page.hasNextPage || scanned >= bounds.maxCommits)
                break;
            cursor = page.endCursor;
        }
    }
    catch (error) {
        if (!isRefusal(error))
            throw (0,errors/* explainGitHubError */.P)(error, 'reading the pull requests of the commits (GraphQL)');
        return { commits: [...commits], warning: notRead(`GitHub refused the GraphQL history query: ${refusalText(error)}`) };
    }
    return { commits: commits.map((c) => merge(c, found.get(c.sha))) };
}
function merge(c, h) {
    if (!h)
        return c;
    const out = { ...c };
    if (h.author)
        out.author = { ...c.author, ...h.author };
    if (h.pullRequest)
        out.pullRequest = h.pullRequest;
    return out;
}
function notRead(why) {
    return `pull requests of the commits were not read (${why}): BEGIN_COMMIT_OVERRIDE blocks in their bodies were not applied and authors have no GitHub logins, so the release PR may differ from release-please's`;
}
/** Answers a re-run will not change: GraphQL errors (an HTTP 200 with `errors`), bad credentials, no access. */
function isRefusal(error) {
    if (error.name === 'GraphqlResponseError')
        return true;
    const status = (0,errors/* statusOf */.c)(error);
    const message = error.message;
    return status === 401 || status === 404 || (status === 403 && typeof message === 'string' && !/rate limit/i.test(message));
}
function refusalText(error) {
    const e = error;
    const first = Array.isArray(e.errors) ? e.errors.find((x) => typeof x.message === 'string')?.message : e.response?.data?.message;
    const text = typeof first === 'string' ? first : typeof e.message === 'string' ? e.message : String(error);
    return `${e.status ? `${e.status} ` : ''}${text.split('\n')[0].slice(0, 160)}`;
}

// EXTERNAL MODULE: ./src/core/config/manifest-less.ts
var manifest_less = __webpack_require__(89191);
;// CONCATENATED MODULE: ./src/cli-commands.ts








async function runCliCommand(request, runtime, clock) {
    switch (request.command.name) {
        case 'plan':
            return planCommand(request, runtime, clock);
        case 'check':
            return checkCommand(request, runtime, clock);
    }
}
/** The quality gates and the security scan, as the action runs them; the summary as text. */
async function checkCommand(request, runtime, clock) {
    const settings = request.settings;
    const [{ createServices }, { publishPreflightAtHead }, { qualityStage }, { securityStage }, { runStages }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(128), __webpack_require__.e(28), __webpack_require__.e(648), __webpack_require__.e(675), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 12791)),
        Promise.all(/* import() */[__webpack_require__.e(128), __webpack_require__.e(234), __webpack_require__.e(958), __webpack_require__.e(447), __webpack_require__.e(721), __webpack_require__.e(434)]).then(__webpack_require__.bind(__webpack_require__, 56434)),
        Promise.all(/* import() */[__webpack_require__.e(958), __webpack_require__.e(447), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 81758)),
        Promise.all(/* import() */[__webpack_require__.e(958), __webpack_require__.e(447), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 7153)),
        Promise.all(/* import() */[__webpack_require__.e(958), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 55841)),
    ]);
    const services = { ...createServices(settings, runtime, clock), github: () => { throw new pyrelease_error.PyreleaseError('GITHUB_NO_TOKEN', 'pyrelease check does not talk to GitHub', {}); } };
    const ctx = { settings, runtime, clock, results: {}, services };
    const { reports, error } = await runStages([qualityStage, securityStage], ctx);
    const publish = request.publishPreflight ? await publishPreflightAtHead(ctx) : undefined;
    const preflightFailure = publish?.find((c) => c.level === 'fail');
    if (request.json) {
        const checks = publish?.map(({ name, level, detail }) => ({ name, level, detail }));
        process.stdout.write(`${JSON.stringify({ passed: error === undefined && !preflightFailure, stages: reports, outputs: Object.fromEntries(runtime.outputs), ...(checks ? { publish: checks } : {}) })}\n`);
    }
    else {
        process.stdout.write(runtime.summary.join('\n'));
        if (publish)
            process.stdout.write(['', '### Publish preflight', '', ...publish.map((c) => `- ${c.level === 'ok' ? '✅' : c.level === 'warn' ? '⚠️' : '❌'} ${c.name}: ${c.detail}`), ''].join('\n'));
    }
    if (error !== undefined)
        throw error;
    if (preflightFailure?.error)
        throw preflightFailure.error;
}
async function planCommand(request, runtime, clock) {
    const { settings } = request;
    if (settings.token)
        runtime.setSecret(settings.token);
    for (const w of request.warnings)
        runtime.warning(w);
    const github = async (repository) => {
        const { GitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(28), __webpack_require__.e(675)]).then(__webpack_require__.bind(__webpack_require__, 83675));
        return new GitHubClient(settings.token, { apiUrl: settings.apiUrl, ...(settings.graphqlUrl && { graphqlUrl: settings.graphqlUrl }), ...repository }, policy/* policy */.JN.github, clock);
    };
    const readPullRequests = settings.token
        ? async (commits, where) => readPullRequestsOfCommits(await github(where.repository), where.targetBranch, commits, where)
        : undefined;
    const generateNotes = settings.token
        ? async (r) => {
            const { generatedNotesIfAllowed } = await __webpack_require__.e(/* import() */ 996).then(__webpack_require__.bind(__webpack_require__, 43996));
            return generatedNotesIfAllowed(await github(r.repository), runtime, r);
        }
        : undefined;
    const outcome = await (0,plan_from_repository/* planFromRepository */.U)(new repository/* GitRepository */.x(settings.workingDirectory), {
        ref: request.ref,
        date: request.date ?? clock.today(),
        configFile: settings.configFile,
        manifestFile: settings.manifestFile,
        ...(settings.packagePath !== undefined && { onlyPath: settings.packagePath }),
        ...(settings.manifestLess && { manifestLess: (0,manifest_less/* manifestLessConfig */.N)(settings.manifestLess).config }),
        targetBranch: request.branch,
        repository: settings.repository,
        ...(readPullRequests && { readPullRequests }),
        ...(generateNotes && { generateNotes }),
    });
    for (const n of outcome.notices)
        runtime.notice(n);
    // Said once, after a plan was made (a refusal stays one line).
    if (!readPullRequests)
        runtime.notice(notRead('no GitHub token: pass --token or set GITHUB_TOKEN'));
    for (const w of outcome.warnings)
        runtime.warning(w);
    if (outcome.pullRequestsWarning)
        runtime.warning(outcome.pullRequestsWarning);
    if (request.json) {
        // In pieces: the JSON holds the CHANGELOG entry three times (json-stream.ts).
        writeJson(planJson(outcome.plan), (piece) => process.stdout.write(piece));
        process.stdout.write('\n');
    }
    else
        process.stdout.write(renderPlanText(outcome.plan));
}


/***/ }),

/***/ 14744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony export locationOf */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6376);
/**
 * JSON text → value, plus the line and column of any key, and one clear error with line and
 * column when the text is not JSON. JSON.parse gives the value; jsonc-parser (strict: no
 * comments, no trailing commas) gives offsets and error codes that are the same on every Node
 * version, which V8's messages are not. Its first error is worded for a person here.
 */


// jsonc-parser declares its token kinds as a const enum, which isolated modules cannot read: its values.
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 };
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
function parseJsonText(text, file, code) {
    // A BOM is invisible in editors; strip it before parsing *and* before counting columns.
    const body = text.replace(/^\uFEFF/, '');
    let value;
    try {
        value = JSON.parse(body);
    }
    catch (e) {
        // Thrown as a list like every other config problem, so callers handle one shape.
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseErrors([syntaxError(body, file, code, e instanceof Error ? e.message : String(e))]);
    }
    let tree;
    return {
        value,
        locate: (path) => {
            tree ??= (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(body, [], STRICT);
            const node = tree && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(tree, [...path]);
            if (!node)
                return undefined;
            // A property's value → its key; a list item → the item itself (the root: the file's start).
            const at = node.parent?.type === 'property' ? node.parent.offset : path.length === 0 ? 0 : node.offset;
            return locationOf(body, at);
        },
    };
}
function syntaxError(body, file, code, v8Message) {
    const errors = [];
    if (body.trim() !== '')
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(body, errors, STRICT);
    const problem = body.trim() === '' ? { offset: body.length, what: 'the file is empty; a JSON object was expected' } : describe(body, errors);
    // jsonc-parser accepts nothing JSON.parse refuses that we know of; should it, V8's words at the start.
    const { offset, what } = problem ?? { offset: 0, what: v8Message.replace(/^./, (c) => c.toLowerCase()) };
    const { line, column } = locationOf(body, offset);
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError(code, `${file}:${line}:${column}: invalid JSON: ${what}`, { file, line, column, fix: fixFor(what, line, column, code) });
}
/** The first error, in words, at the offset a person should look at. */
function describe(body, errors) {
    const first = errors[0];
    if (!first)
        return undefined;
    const { offset, length } = first;
    const token = body.slice(offset, offset + length);
    const found = offset >= body.length ? undefined : body.charAt(offset);
    const unexpected = (expected) => (found === undefined ? `unexpected end of file, expected ${expected}` : `unexpected ${JSON.stringify(found)}, expected ${expected}`);
    const inList = containerAt(body, offset) === '[';
    const afterItem = inList ? "',' or ']' after the list item" : "',' or '}' after the property value";
    switch ((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)) {
        case 'InvalidCommentToken':
            return { offset, what: 'comments are not allowed in JSON' };
        case 'InvalidSymbol': {
            if (token.startsWith("'"))
                return { offset, what: 'strings and keys must use double quotes, not single quotes' };
            // The next error tells where the symbol stood: a key ("property name expected") or a value.
            if (errors[1] && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(errors[1].error) === 'PropertyNameExpected')
                return { offset, what: unexpected('a property name in double quotes') };
            if (/^[\w.+-]/.test(token))
                return { offset, what: `${JSON.stringify(/^[\w.+-]+/.exec(token)[0])} is not a JSON value (strings need double quotes; booleans are true/false)` };
            return { offset, what: unexpected('a value') };
        }
        case 'PropertyNameExpected':
        case 'ValueExpected': {
            const before = body.slice(0, offset).trimEnd();
            if ((found === '}' || found === ']') && before.endsWith(','))
                return { offset: before.length - 1, what: `trailing comma before '${found}'` };
            return { offset, what: unexpected((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error) === 'ValueExpected' ? 'a value' : 'a property name in double quotes') };
        }
        case 'ColonExpected':
            return { offset, what: unexpected("':' after the property name") };
        case 'CommaExpected':
        case 'CloseBraceExpected':
        case 'CloseBracketExpected':
            return { offset, what: unexpected(afterItem) };
        case 'EndOfFileExpected':
            return { offset, what: 'unexpected text after the end of the JSON value' };
        case 'UnexpectedEndOfString':
        case 'InvalidCharacter': {
            // jsonc-parser points at the string's opening quote; the person needs the character itself.
            // (An unterminated string ends before the line break that cut it.)
            const control = body.slice(offset, offset + length + 1).search(/[\u0000-\u001f]/);
            if (control > 0)
                return { offset: offset + control, what: 'unescaped line break or control character inside a string' };
            return { offset, what: 'unterminated string' };
        }
        case 'InvalidEscapeCharacter':
        case 'InvalidUnicode': {
            const escape = /\\(u[0-9a-fA-F]{0,3}(?![0-9a-fA-F])|[^"\\/bfnrtu])/.exec(token);
            return { offset: offset + (escape?.index ?? 0), what: `bad escape \\${escape?.[1] ?? ''} inside a string` };
        }
        default:
            return { offset, what: `${JSON.stringify(token)} is not a JSON number` };
    }
}
/** "{" or "[": the innermost open container at an offset, by jsonc-parser's own tokens. */
function containerAt(body, offset) {
    const scanner = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.createScanner)(body, true);
    const open = [];
    for (let kind = scanner.scan(); kind !== TOKEN.eof && scanner.getTokenOffset() < offset; kind = scanner.scan()) {
        if (kind === TOKEN.openBrace)
            open.push('{');
        else if (kind === TOKEN.openBracket)
            open.push('[');
        else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket)
            open.pop();
    }
    return open[open.length - 1];
}
function fixFor(what, line, column, code) {
    const at = `line ${line}, column ${column}`;
    if (what.startsWith('trailing comma'))
        return `remove the comma at ${at}: JSON allows no comma after the last item`;
    if (what.startsWith('comments'))
        return `remove the comment at ${at}: JSON has no comments`;
    if (what.includes('single quotes'))
        return `use double quotes at ${at}`;
    if (what.startsWith('the file is empty')) {
        if (code === 'MANIFEST_INVALID_JSON')
            return 'write {".": "0.0.0"} before a first release, or the version last released';
        if (code === 'CONFIG_INVALID_JSON')
            return 'write {"packages": {".": {"release-type": "python"}}}';
    }
    return `correct the JSON at ${at} (JSON allows no trailing commas, no comments and only double quotes)`;
}
/** 1-based line and column; columns count characters, as editors show them. */
function locationOf(text, offset) {
    const before = text.slice(0, offset).split('\n');
    const last = before[before.length - 1] ?? '';
    return { line: before.length, column: Array.from(last.replace(/\r$/, '')).length + 1 };
}


/***/ }),

/***/ 89191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ manifestLessConfig),
/* harmony export */   y: () => (/* binding */ MANIFEST_LESS_SOURCE)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66266);
/**
 * release-please-action's manifest-less mode (`release-type` with no config file): the one
 * package config its index.ts hands Manifest.fromConfig — release-type, include-component-in-tag,
 * versioning and release-as from the inputs, at `path` (default the root), every other option at
 * release-please's default. Written as the config text release-please would read, and parsed by
 * the same parser as a config file, so the planner sees no difference.
 */

/** What messages name instead of a config file in this mode. */
const MANIFEST_LESS_SOURCE = "input 'release-type'";
function manifestLessConfig(inputs) {
    const pkg = { 'release-type': inputs.releaseType, 'include-component-in-tag': inputs.includeComponentInTag };
    if (inputs.versioning !== undefined)
        pkg.versioning = inputs.versioning;
    if (inputs.releaseAs !== undefined)
        pkg['release-as'] = inputs.releaseAs;
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReleaseConfig */ .Xe)(JSON.stringify({ packages: { [inputs.path]: pkg } }), MANIFEST_LESS_SOURCE);
}


/***/ }),

/***/ 66266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SK: () => (/* reexport */ crossCheckManifest),
  Ng: () => (/* reexport */ parseManifest),
  Xe: () => (/* binding */ parseReleaseConfig)
});

// EXTERNAL MODULE: ./src/core/config/defaults.ts
var defaults = __webpack_require__(3902);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
;// CONCATENATED MODULE: ./src/core/config/findings.ts
/**
 * Collects every problem found in one config or manifest file instead of stopping at the first
 * (style.md: configuration is checked in full). Each problem names the file, the key path and
 * the fix; line and column are attached at the end, from the parsed text.
 */

class ConfigFindings {
    file;
    found = [];
    /** Sub-keys of list entries that nothing reads, in the order met. */
    unknownKeys = [];
    constructor(file) {
        this.file = file;
    }
    /** `what` continues the sentence "<file>: <key> …". */
    problem(code, path, what, fix) {
        this.found.push({ code, path, message: `${this.file}: ${formatKeyPath(path)} ${what}`, fix });
    }
    /** A problem about the file as a whole, not one key. */
    fileProblem(code, what, fix) {
        this.found.push({ code, path: [], message: `${this.file}: ${what}`, fix });
    }
    wrongType(path, expected, got, fix) {
        this.problem('CONFIG_WRONG_TYPE', path, `must be ${expected}, got ${describeValue(got)}`, fix);
        return undefined;
    }
    unknown(path) {
        this.unknownKeys.push(path);
    }
    get count() {
        return this.found.length;
    }
    /** Throws every problem at once, in the order they appear in the file. */
    throwIfAny(locate) {
        if (this.found.length > 0)
            this.throwAll(locate);
    }
    throwAll(locate) {
        const errors = this.found
            .map((f, index) => ({ f, index, at: locate(f.path) }))
            .sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.column ?? 0) - (b.at?.column ?? 0) || a.index - b.index)
            .map(({ f, at }) => {
            const key = f.path.length > 0 ? formatKeyPath(f.path) : undefined;
            return new pyrelease_error.PyreleaseError(f.code, f.message, { file: this.file, ...(key && { key }), ...(at && key && at), fix: f.fix });
        });
        throw new pyrelease_error.PyreleaseErrors(errors);
    }
}
/**
 * `packages."."."bump-minor-pre-major"`, `"label"`, `packages."."."extra-files"[1]."path"`: every
 * key quoted as it is written in the file (package paths hold dots), list items by index.
 */
function formatKeyPath(path) {
    return path
        .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${i === 0 && s === 'packages' ? s : JSON.stringify(s)}`))
        .join('');
}
/** A value as a user would recognise it in their file, kept short and on one line. */
function describeValue(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty list' : 'a list';
    if (v === null)
        return 'null';
    if (typeof v === 'object')
        return 'an object';
    return String(v);
}
/** The last key name on a path: what the user should write in the fix. */
function keyName(path) {
    for (let i = path.length - 1; i >= 0; i--) {
        const s = path[i];
        if (typeof s === 'string')
            return s;
    }
    return '';
}

// EXTERNAL MODULE: ./src/core/config/json-text.ts
var json_text = __webpack_require__(14744);
;// CONCATENATED MODULE: ./src/core/config/keys.ts
/**
 * Every key release-please 17.11.2 reads from its manifest config (schemas/config.json plus the
 * keys manifest.ts reads that the schema omits: package-name, component, include-commit-authors),
 * sorted by what pyrelease does with it. A key in none of these tables is unknown to
 * release-please too, and is named in one warning.
 */
/**
 * Options of one package. At the top level they are defaults for every package; a package's
 * own value wins (release-please's mergeReleaserConfig).
 */
const packageOptionKinds = {
    'release-type': 'string',
    'package-name': 'string',
    component: 'string',
    'changelog-path': 'string',
    'changelog-host': 'string',
    'changelog-sections': 'sections',
    'extra-files': 'extra-files',
    'exclude-paths': 'paths',
    'bump-minor-pre-major': 'boolean',
    'bump-patch-for-minor-pre-major': 'boolean',
    'release-as': 'string',
    prerelease: 'boolean',
    'prerelease-type': 'string',
    versioning: 'string',
    draft: 'boolean',
    'draft-pull-request': 'boolean',
    'include-v-in-tag': 'boolean',
    'include-v-in-release-name': 'boolean',
    'include-component-in-tag': 'boolean',
    'tag-separator': 'string',
    'pull-request-title-pattern': 'string',
    'pull-request-header': 'string',
    'pull-request-footer': 'string',
    'component-no-space': 'boolean',
    'skip-github-release': 'boolean',
    'skip-changelog': 'boolean',
    'date-format': 'string',
    'version-file': 'string',
    // default: the CHANGELOG pyrelease renders; github: GitHub's generate-notes API writes the notes.
    'changelog-type': 'string',
    // Tag the merge commit before creating the release (a draft release makes no tag of its own).
    'force-tag-creation': 'boolean',
    // Read per package by release-please (strategy labels; the merge plugin's opt-out), top level as default.
    'extra-label': 'labels',
    'separate-pull-requests': 'boolean',
};
/** Options of the whole manifest: release-please reads them at the top level only. */
const manifestOptionKinds = {
    $schema: 'string',
    'group-pull-request-title-pattern': 'string',
    label: 'labels',
    'release-label': 'labels',
    'bootstrap-sha': 'string',
    'last-release-sha': 'string',
    'commit-search-depth': 'count',
    'release-search-depth': 'count',
    'always-update': 'boolean',
    plugins: 'plugins',
    // "Name <email>": a Signed-off-by trailer on the release PR's commit.
    signoff: 'string',
};
/** Keys release-please has that pyrelease accepts and does not act on, each with the reason. */
const ignoredKeyNotes = {
    'sequential-calls': 'pyrelease makes one release PR at a time anyway',
    'commit-batch-size': 'pyrelease reads history from git, not page by page from the API',
    'always-link-local': 'a node-workspace setting',
    'snapshot-label': 'snapshots are a Java feature',
    'skip-snapshot': 'snapshots are a Java feature',
    'initial-version': 'release-please ignores it for release-type python too (a first release is 0.1.0)',
    // The oracle agrees: parseConventionalCommits copies no author onto the commits it returns.
    'include-commit-authors': 'release-please 17.11.2 reads it but never shows an author: its commit parser drops the author (googleapis/release-please#2761), so pyrelease shows none either',
};
/** release-please-action inputs sometimes written into the config file, where release-please ignores them. */
const actionInputKeys = [
    'token', 'target-branch', 'config-file', 'manifest-file', 'repo-url', 'github-api-url', 'github-graphql-url',
    'fork', 'skip-labeling', 'skip-github-pull-request', 'proxy-server', 'path', 'versioning-strategy',
];
function isPackageOptionKey(key) {
    return Object.hasOwn(packageOptionKinds, key);
}
function isManifestOptionKey(key) {
    return Object.hasOwn(manifestOptionKinds, key);
}

;// CONCATENATED MODULE: ./src/core/config/key-notes.ts
/**
 * Keys that change nothing: unknown (usually a typo), misplaced (a top-level-only key inside a
 * package), action inputs written into the file, and keys release-please knows that pyrelease
 * does not act on. release-please silently ignores all of these; we say so, in two warnings.
 */


class KeyNotes {
    /** Formatted key path → why it does nothing; this is ReleaseConfig.unknownKeys. */
    unknown = new Map();
    ignored = new Map();
    /** Sorts the keys of the top level (scope "top") or of one package. */
    classify(obj, base, scope) {
        for (const key of Object.keys(obj)) {
            const at = formatKeyPath([...base, key]);
            if (isPackageOptionKey(key) || (scope === 'top' && (isManifestOptionKey(key) || key === 'packages')))
                continue;
            if (Object.hasOwn(ignoredKeyNotes, key))
                this.ignored.set(at, ignoredKeyNotes[key]);
            else if (isManifestOptionKey(key))
                this.unknown.set(at, 'read only at the top level, not inside a package');
            else if (actionInputKeys.includes(key))
                this.unknown.set(at, 'an input of release-please-action, not a config key');
            else
                this.unknown.set(at, suggest(key));
        }
    }
    /** Sub-keys of list entries (changelog-sections, extra-files) that nothing reads. */
    addUnknown(paths) {
        for (const p of paths)
            this.unknown.set(formatKeyPath(p), suggest(keyName(p)));
    }
    warnings(file) {
        const out = [];
        const list = (m) => [...m].map(([k, note]) => (note ? `${k} (${note})` : k)).join(', ');
        if (this.unknown.size > 0) {
            out.push(`${file}: ${this.unknown.size === 1 ? 'key' : 'keys'} ignored by release-please and pyrelease: ${list(this.unknown)} — check the spelling and place against release-please's config schema`);
        }
        if (this.ignored.size > 0)
            out.push(`${file}: pyrelease does not use ${list(this.ignored)}`);
        return out;
    }
}
const KNOWN = [...Object.keys(packageOptionKinds), ...Object.keys(manifestOptionKinds), ...Object.keys(ignoredKeyNotes), 'packages', 'type', 'section', 'hidden', 'scope', 'path', 'jsonpath', 'xpath', 'glob'];
/** "did you mean …" for a key within two edits of a known one (bump-minor-pre-majr). */
function suggest(key) {
    let best;
    let bestDistance = 3;
    for (const known of KNOWN) {
        const d = distance(key.toLowerCase(), known);
        if (d < bestDistance)
            [best, bestDistance] = [known, d];
    }
    return best === undefined ? '' : `did you mean "${best}"?`;
}
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[b.length];
}

// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
;// CONCATENATED MODULE: ./src/core/config/values.ts
/**
 * Typed readers for scalar config values. A wrong value is recorded with a fix written for the
 * value actually found ("yes" → write true), and the reader returns undefined so the default
 * applies and checking goes on.
 */

const TRUTHY = new Set(['true', 'yes', 'y', 'on', '1', 'True', 'TRUE', 'Yes']);
const FALSY = new Set(['false', 'no', 'n', 'off', '0', 'False', 'FALSE', 'No']);
function readBoolean(f, v, path) {
    if (typeof v === 'boolean')
        return v;
    const text = String(v);
    const guess = TRUTHY.has(text) ? 'true' : FALSY.has(text) ? 'false' : 'true or false';
    return f.wrongType(path, 'true or false', v, `write ${JSON.stringify(keyName(path))}: ${guess} without quotes`);
}
function readString(f, v, path) {
    if (typeof v === 'string')
        return v;
    const name = JSON.stringify(keyName(path));
    const fix = typeof v === 'number' || typeof v === 'boolean'
        ? `write ${name}: "${String(v)}" in double quotes`
        : `write ${name} as one string in double quotes`;
    return f.wrongType(path, 'a string', v, fix);
}
/** commit-search-depth, release-search-depth: release-please treats 0 as "use the default". */
function readCount(f, v, path, fallback) {
    if (typeof v === 'number' && Number.isInteger(v) && v > 0)
        return v;
    const name = JSON.stringify(keyName(path));
    const asNumber = typeof v === 'string' ? Number(v) : NaN;
    const fix = Number.isInteger(asNumber) && asNumber > 0 ? `write ${name}: ${asNumber} without quotes` : `write ${name}: ${fallback} (a whole number above 0), or remove it for the default`;
    return f.wrongType(path, 'a whole number above 0', v, fix);
}
function readPaths(f, v, path) {
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return v;
    const name = JSON.stringify(keyName(path));
    const fix = typeof v === 'string' ? `write ${name}: [${JSON.stringify(v)}] — a list, even of one path` : `write ${name}: ["docs/", "tests/"] — a list of path strings`;
    return f.wrongType(path, 'a list of path strings', v, fix);
}
/**
 * label, release-label, extra-label: one comma-separated string in release-please. It splits on
 * "," without trimming, so "a, b" asks GitHub for " b"; we trim and drop empty names, which
 * keeps the labels GitHub shows and lets the PR be found by them again.
 */
function readLabels(f, v, path) {
    const name = JSON.stringify(keyName(path));
    if (typeof v === 'string')
        return splitLabels(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
        return f.wrongType(path, 'one comma-separated string', v, `write ${name}: ${JSON.stringify(v.join(','))}`);
    }
    return f.wrongType(path, 'one comma-separated string', v, `write ${name}: "label one,label two"`);
}
function splitLabels(text) {
    return text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

;// CONCATENATED MODULE: ./src/core/config/changelog-sections.ts


const EXAMPLE = '{"type": "feat", "section": "Features"}';
const changelog_sections_KNOWN = new Set(['type', 'section', 'hidden', 'scope']);
function readChangelogSections(f, v, path) {
    if (!Array.isArray(v)) {
        return f.wrongType(path, `a list of ${EXAMPLE} objects`, v, `write "changelog-sections": [${EXAMPLE}, {"type": "fix", "section": "Bug Fixes"}]`);
    }
    const before = f.count;
    const sections = [];
    v.forEach((item, i) => {
        const at = [...path, i];
        const rec = (0,records/* asRecord */.qY)(item);
        if (!rec) {
            f.wrongType(at, `an object like ${EXAMPLE}`, item, `write ${EXAMPLE}`);
            return;
        }
        for (const key of Object.keys(rec))
            if (!changelog_sections_KNOWN.has(key))
                f.unknown([...at, key]);
        const type = required(f, rec, 'type', at);
        const section = required(f, rec, 'section', at);
        const hidden = rec.hidden === undefined ? undefined : readBoolean(f, rec.hidden, [...at, 'hidden']);
        const scope = rec.scope === undefined ? undefined : readString(f, rec.scope, [...at, 'scope']);
        if (type === undefined || section === undefined)
            return;
        const entry = { type, section };
        if (hidden !== undefined)
            entry.hidden = hidden;
        if (scope !== undefined)
            entry.scope = scope;
        sections.push(entry);
    });
    return f.count === before ? sections : undefined;
}
function required(f, rec, key, at) {
    if (rec[key] === undefined) {
        const example = key === 'type' ? '"type": "feat"' : '"section": "Features"';
        f.problem('CONFIG_MISSING_KEY', at, `has no "${key}"`, `add ${example} to this entry`);
        return undefined;
    }
    return readString(f, rec[key], [...at, key]);
}

;// CONCATENATED MODULE: ./src/core/config/extra-files.ts


const TYPES = ['generic', 'json', 'yaml', 'toml', 'xml', 'pom'];
const extra_files_KNOWN = new Set(['type', 'path', 'jsonpath', 'xpath', 'glob']);
const extra_files_EXAMPLE = '{"type": "toml", "path": "pyproject.toml", "jsonpath": "$.project.version"}';
function readExtraFiles(f, v, path) {
    if (!Array.isArray(v)) {
        const fix = typeof v === 'string' ? `write "extra-files": [${JSON.stringify(v)}] — a list, even of one file` : `write "extra-files": ["src/pkg/_version.py", ${extra_files_EXAMPLE}]`;
        return f.wrongType(path, 'a list of paths or {"type", "path"} objects', v, fix);
    }
    const before = f.count;
    const files = [];
    v.forEach((item, i) => {
        const at = [...path, i];
        if (typeof item === 'string') {
            if (item.trim() === '')
                f.problem('CONFIG_BAD_VALUE', at, 'is an empty path', 'remove the empty entry, or write the path of the file');
            else
                files.push(item);
            return;
        }
        const rec = (0,records/* asRecord */.qY)(item);
        if (!rec) {
            f.wrongType(at, 'a path or a {"type", "path"} object', item, `write "src/pkg/_version.py" or ${extra_files_EXAMPLE}`);
            return;
        }
        const entry = readObjectEntry(f, rec, at);
        if (entry)
            files.push(entry);
    });
    return f.count === before ? files : undefined;
}
function readObjectEntry(f, rec, at) {
    for (const key of Object.keys(rec))
        if (!extra_files_KNOWN.has(key))
            f.unknown([...at, key]);
    const type = readType(f, rec.type, at);
    const path = rec.path === undefined ? missing(f, at, 'path', '"path": "pyproject.toml"') : readString(f, rec.path, [...at, 'path']);
    const jsonpath = rec.jsonpath === undefined ? undefined : readString(f, rec.jsonpath, [...at, 'jsonpath']);
    const xpath = rec.xpath === undefined ? undefined : readString(f, rec.xpath, [...at, 'xpath']);
    const glob = rec.glob === undefined ? undefined : readBoolean(f, rec.glob, [...at, 'glob']);
    if ((type === 'json' || type === 'yaml' || type === 'toml') && rec.jsonpath === undefined) {
        f.problem('CONFIG_MISSING_JSONPATH', at, `of type ${type} has no "jsonpath"`, `add "jsonpath": "${type === 'toml' ? '$.project.version' : '$.version'}" (the path to the version value)`);
    }
    if (type === 'xml' && rec.xpath === undefined) {
        f.problem('CONFIG_MISSING_XPATH', at, 'of type xml has no "xpath"', 'add "xpath": "//version" (the path to the version element)');
    }
    if (type === undefined || path === undefined)
        return undefined;
    const entry = { type, path };
    if (jsonpath !== undefined)
        entry.jsonpath = jsonpath;
    if (xpath !== undefined)
        entry.xpath = xpath;
    if (glob !== undefined)
        entry.glob = glob;
    return entry;
}
function readType(f, v, at) {
    if (v === undefined)
        return missing(f, at, 'type', '"type": "generic" (or json, yaml, toml, xml, pom)');
    if (typeof v === 'string' && TYPES.includes(v))
        return v;
    const guess = typeof v === 'string' && /^(py|txt|cfg|ini|md)$/.test(v) ? ' — for a Python, text or ini file use "generic" with x-release-please-version markers' : '';
    f.problem('CONFIG_BAD_VALUE', [...at, 'type'], `must be one of ${TYPES.join(', ')}, got ${JSON.stringify(v)}`, `write "type": "generic"${guess || ' (or json, yaml, toml, xml, pom)'}`);
    return undefined;
}
function missing(f, at, key, example) {
    f.problem('CONFIG_MISSING_KEY', at, `has no "${key}"`, `add ${example} to this entry`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/config/plugins.ts

/** What each monorepo plugin does in release-please, for the refusal. */
const MONOREPO = {
    'node-workspace': 'bumps npm workspace packages that depend on each other',
    'cargo-workspace': 'bumps Cargo workspace crates that depend on each other',
    'maven-workspace': 'bumps Maven modules that depend on each other',
    // Not a plugin type release-please accepts ("Unknown plugin type: merge"): it applies its merge
    // plugin itself when separate-pull-requests is false. Named here because configs try it.
    merge: 'groups the release PRs of several packages into one (release-please applies it itself with "separate-pull-requests": false, and refuses it in plugins)',
};
const SENTENCE_CASE_KEYS = new Set(['type', 'specialWords']);
function readPlugins(f, v, path) {
    if (!Array.isArray(v))
        return f.wrongType(path, 'a list of plugin names or {"type": …} objects', v, 'write "plugins": ["sentence-case"]');
    const before = f.count;
    const plugins = [];
    v.forEach((item, i) => {
        const at = [...path, i];
        const rec = (0,records/* asRecord */.qY)(item);
        const type = typeof item === 'string' ? item : rec?.type;
        if (typeof item !== 'string' && !rec)
            return void f.wrongType(at, 'a plugin name or a {"type": …} object', item, 'write "sentence-case" or {"type": "sentence-case", "specialWords": ["gRPC", "npm"]}');
        if (typeof type !== 'string')
            return void f.problem('CONFIG_MISSING_KEY', at, 'has no "type"', 'add "type": "sentence-case" to this entry (the only plugin that applies to one Python package)');
        const typeAt = typeof item === 'string' ? at : [...at, 'type'];
        if (Object.hasOwn(MONOREPO, type)) {
            return void f.problem('CONFIG_MONOREPO_PLUGIN', typeAt, `is "${type}", a workspace plugin that ${MONOREPO[type]}; pyrelease releases Python packages`, `remove "${type}" from plugins (release that workspace with release-please-action itself)`);
        }
        if (type === 'linked-versions' || type === 'group-priority') {
            const read = readGroupPlugin(f, type, rec, at);
            if (read)
                plugins.push(read);
            return;
        }
        if (type !== 'sentence-case') {
            return void f.problem('CONFIG_UNKNOWN_PLUGIN', typeAt, `is "${type}", a plugin type release-please does not know (it stops with "Unknown plugin type: ${type}")`, 'check the spelling, or remove it; for one Python package only "sentence-case" changes the release PR');
        }
        const plugin = { type };
        if (rec) {
            for (const key of Object.keys(rec))
                if (!SENTENCE_CASE_KEYS.has(key))
                    f.unknown([...at, key]);
            const words = rec.specialWords;
            if (words !== undefined) {
                if (Array.isArray(words) && words.every((w) => typeof w === 'string'))
                    plugin.specialWords = words;
                else
                    f.wrongType([...at, 'specialWords'], 'a list of words', words, 'write "specialWords": ["gRPC", "npm"] — the words whose case is kept');
            }
        }
        plugins.push(plugin);
    });
    return f.count === before ? plugins : undefined;
}
/** linked-versions {groupName, components, merge?} and group-priority {groups}, as release-please's plugin factory reads them. */
function readGroupPlugin(f, type, rec, at) {
    const strings = (key, example) => {
        const v = rec?.[key];
        if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'))
            return v;
        if (v === undefined)
            return void f.problem('CONFIG_MISSING_KEY', at, `has no "${key}"`, `add "${key}": ${example}`);
        return void f.wrongType([...at, key], 'a list of names', v, `write "${key}": ${example}`);
    };
    if (type === 'group-priority') {
        const groups = strings('groups', '["snapshot"]');
        return groups && { type, groups };
    }
    const groupName = rec?.groupName;
    if (typeof groupName !== 'string' || groupName === '')
        return void f.problem('CONFIG_MISSING_KEY', at, 'has no "groupName"', 'add "groupName": "my-group" (it names the group\'s branch and PR title)');
    const components = strings('components', '["core", "cli"]');
    const merge = rec?.merge;
    if (merge !== undefined && typeof merge !== 'boolean')
        return void f.wrongType([...at, 'merge'], 'true or false', merge, 'write "merge": false, or remove it for true');
    return components && { type, groupName, components, merge: merge ?? true };
}

;// CONCATENATED MODULE: ./src/core/config/option-layer.ts
/**
 * One layer of package options: the top level of the config (defaults for every package) or one
 * entry of `packages`. Each value is type-checked where it is written, so a wrong top-level
 * default is reported once at its own key, not once per package that inherits it.
 */





function readOptionLayer(f, obj, base) {
    const layer = new Map();
    for (const [key, kind] of Object.entries(packageOptionKinds)) {
        if (obj[key] === undefined)
            continue;
        const path = [...base, key];
        const value = readValue(f, kind, obj[key], path);
        if (value !== undefined)
            layer.set(key, { value, path });
    }
    return layer;
}
function readValue(f, kind, v, path, countDefault = 1) {
    switch (kind) {
        case 'boolean':
            return readBoolean(f, v, path);
        case 'string':
            return readString(f, v, path);
        case 'count':
            return readCount(f, v, path, countDefault);
        case 'paths':
            return readPaths(f, v, path);
        case 'labels':
            return readLabels(f, v, path);
        case 'sections':
            return readChangelogSections(f, v, path);
        case 'extra-files':
            return readExtraFiles(f, v, path);
        case 'plugins':
            return readPlugins(f, v, path);
    }
}
/** A package's own value wins over the top-level default (release-please's mergeReleaserConfig). */
function mergeLayers(own, inherited) {
    return new Map([...inherited, ...own]);
}
/** Typed access to checked values; the readers above already checked each kind. */
class Options {
    layer;
    constructor(layer) {
        this.layer = layer;
    }
    path(key) {
        return this.layer.get(key)?.path ?? [key];
    }
    value(key) {
        return this.layer.get(key)?.value;
    }
    string(key) {
        const v = this.value(key);
        return typeof v === 'string' ? v : undefined;
    }
    boolean(key) {
        const v = this.value(key);
        return typeof v === 'boolean' ? v : undefined;
    }
    number(key) {
        const v = this.value(key);
        return typeof v === 'number' ? v : undefined;
    }
    list(key) {
        const v = this.value(key);
        return Array.isArray(v) ? v : undefined;
    }
}

// EXTERNAL MODULE: ./src/core/config/package-config.ts + 1 modules
var package_config = __webpack_require__(70534);
// EXTERNAL MODULE: ./src/core/package-path.ts
var package_path = __webpack_require__(86539);
// EXTERNAL MODULE: ./src/core/config/tag-style.ts
var tag_style = __webpack_require__(48102);
// EXTERNAL MODULE: ./src/core/version/notation.ts
var notation = __webpack_require__(66956);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version = __webpack_require__(42752);
;// CONCATENATED MODULE: ./src/core/config/manifest.ts
/**
 * The manifest (.release-please-manifest.json): package path → version last released, kept as
 * written. release-please reads each version with its unanchored pattern and throws on one it
 * cannot read; a package with no entry is a first release, which is not an error there either.
 */





function parseManifest(text, file) {
    const doc = (0,json_text/* parseJsonText */.l)(text, file, 'MANIFEST_INVALID_JSON');
    const f = new ConfigFindings(file);
    const root = (0,records/* asRecord */.qY)(doc.value);
    if (!root) {
        const v = Array.isArray(doc.value) && doc.value.length === 1 ? doc.value[0] : doc.value;
        const only = typeof v === 'string' && (0,version/* tryParseVersion */.z0)(v) ? v : '1.2.3';
        f.fileProblem('MANIFEST_NOT_OBJECT', `must be a JSON object of package path → version, got ${describeValue(doc.value)}`, `write {".": ${JSON.stringify(only)}}`);
        f.throwIfAny(doc.locate);
        return {};
    }
    const manifest = {};
    for (const [path, v] of Object.entries(root)) {
        if (typeof v === 'string' && (0,version/* tryParseVersion */.z0)(v)) {
            manifest[path] = v;
            continue;
        }
        const key = JSON.stringify(path);
        const fix = typeof v === 'number'
            ? `write ${key}: "${String(v).split('.').concat('0', '0').slice(0, 3).join('.')}" — a version is a string in quotes`
            : `write ${key}: "0.0.0" before a first release, or the version last released`;
        f.problem('MANIFEST_BAD_VERSION', [path], `must be a version like "1.2.3", got ${describeValue(v)}`, fix);
    }
    f.throwIfAny(doc.locate);
    return manifest;
}
/**
 * What the config and manifest mean together, as warnings: a package without a version is
 * released for the first time (0.1.0, every commit back to bootstrap-sha), which is right for
 * a new project and a surprise for one released before; entries no package uses are ignored.
 */
function crossCheckManifest(config, manifest, files) {
    const warnings = [];
    const paths = new Set(config.packages.map((p) => p.path));
    for (const pkg of config.packages) {
        const path = pkg.path;
        const text = manifest[path];
        const key = JSON.stringify(path);
        if (text === undefined) {
            const since = config.bootstrapSha ? ' since bootstrap-sha' : '';
            warnings.push(`${files.manifest}: no version for ${key}, so release-please treats the package as never released: the next release is a first release (0.1.0) of every commit${since} — if it was released before, write {${key}: "<last released version>"}`);
            continue;
        }
        // Under versioning: pep440 the manifest is read in PEP 440, so "1.2.0rc1" keeps its rc1.
        const read = (0,notation/* versionNotation */.t)(pkg) === 'semver' ? (0,version/* tryParseVersion */.z0)(text) : undefined;
        const as = read && (0,version/* formatVersion */.qh)(read);
        if (as && as !== text) {
            warnings.push(`${files.manifest}: ${key} is ${JSON.stringify(text)}, which release-please reads as ${as}; the next version is computed from ${as} — write it in that form (PEP 440 suffixes such as rc1 are understood only with "versioning": "pep440")`);
        }
    }
    const stray = Object.keys(manifest).filter((p) => !paths.has(p));
    if (stray.length > 0) {
        const names = stray.map((p) => JSON.stringify(p)).join(', ');
        warnings.push(`${files.manifest}: ${names} ${stray.length === 1 ? 'is not a package' : 'are not packages'} in ${files.config}; ignored`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/core/config/parse.ts
/**
 * release-please config text → ReleaseConfig, checked in full: every problem in the file is
 * collected and thrown together (PyreleaseErrors), each naming the file, key, line and fix.
 * Semantics are release-please 17.11.2's manifest mode (release-please-behaviour.md §1).
 */











const parse_EXAMPLE = '"packages": {".": {"release-type": "python"}}';
/** release-please's isValidSignoffUser: `Display Name <email>`. */
const SIGNOFF = /^([^<]+)\s*<([^>]+)>$/i;
/**
 * `onlyPath` is release-please-action's `path` input (Manifest.fromManifest's path): the config
 * is read as if that package were its only one.
 */
function parseReleaseConfig(text, file, onlyPath, derived) {
    const doc = (0,json_text/* parseJsonText */.l)(text, file, 'CONFIG_INVALID_JSON');
    const f = new ConfigFindings(file);
    const root = (0,records/* asRecord */.qY)(doc.value);
    if (!root) {
        f.fileProblem('CONFIG_NOT_OBJECT', `must be a JSON object, got ${describeValue(doc.value)}`, `write {${parse_EXAMPLE}}`);
        return f.throwAll(doc.locate);
    }
    const warnings = [];
    const notes = new KeyNotes();
    notes.classify(root, [], 'top');
    const top = readOptionLayer(f, root, []);
    const options = new Options(readManifestOptions(f, root));
    const packages = [];
    // The first package's merged options: manifest-level values release-please reads from it (separate-pull-requests, extra-label).
    let packageOptions;
    const written = readPackagesObject(f, root.packages);
    // "packages": {} beside a uv workspace: the packages are its members (core/workspace/workspace-config.ts).
    const rawPackages = written && Object.keys(written).length === 0 && derived ? derived : written;
    for (const [path, raw] of Object.entries(rawPackages ?? {})) {
        if (onlyPath !== undefined && (0,package_path/* normalizePackagePath */.dX)(path) !== onlyPath)
            continue;
        const at = ['packages', path];
        const obj = (0,records/* asRecord */.qY)(raw);
        if (!obj) {
            f.wrongType(at, 'an object of package options', raw, `write "packages": {${JSON.stringify(path)}: {"release-type": "python"}}`);
            continue;
        }
        notes.classify(obj, at, 'package');
        const merged = new Options(mergeLayers(readOptionLayer(f, obj, at), top));
        packageOptions ??= merged;
        const pkg = (0,package_config/* resolvePackage */.Ph)(f, path, merged, warnings);
        // Per package (the merge plugin leaves alone a package whose merged value is true; each strategy adds its own extra-label).
        pkg.separatePullRequests = merged.boolean('separate-pull-requests') ?? false;
        pkg.extraLabels = merged.list('extra-label') ?? [];
        packages.push(pkg);
    }
    if (rawPackages)
        checkPackageSet(f, Object.keys(rawPackages));
    if (rawPackages && onlyPath !== undefined && packages.length === 0 && Object.keys(rawPackages).length > 0) {
        const known = Object.keys(rawPackages).map((p) => JSON.stringify(p)).join(', ');
        f.problem('CONFIG_PATH_NOT_CONFIGURED', ['packages'], `has no package ${JSON.stringify(onlyPath)} (the path input); it has ${known}`, `set path: to one of ${known}, or add ${JSON.stringify(onlyPath)} to "packages"`);
    }
    checkComponents(f, packages);
    notes.addUnknown(f.unknownKeys);
    f.throwIfAny(doc.locate);
    const config = {
        packages,
        separatePullRequests: separatePullRequests(top.get('separate-pull-requests')?.value, packageOptions?.boolean('separate-pull-requests'), packages.length),
        labels: options.list('label') ?? [...defaults/* configDefaults */.bF.labels],
        releaseLabels: options.list('release-label') ?? [...defaults/* configDefaults */.bF.releaseLabels],
        // extra-label is a package option (the strategy adds it); with one package, its merged value.
        extraLabels: packageOptions?.list('extra-label') ?? [],
        commitSearchDepth: options.number('commit-search-depth') ?? defaults/* configDefaults */.bF.commitSearchDepth,
        releaseSearchDepth: options.number('release-search-depth') ?? defaults/* configDefaults */.bF.releaseSearchDepth,
        alwaysUpdate: options.boolean('always-update') ?? false,
        plugins: options.list('plugins') ?? [],
        unknownKeys: [...notes.unknown.keys()],
    };
    for (const [field, key] of [['groupPullRequestTitlePattern', 'group-pull-request-title-pattern'], ['bootstrapSha', 'bootstrap-sha'], ['lastReleaseSha', 'last-release-sha'], ['signoff', 'signoff']]) {
        const v = options.string(key);
        // release-please tests these for truthiness: "" is unset.
        if (v !== undefined && v !== '')
            config[field] = v;
    }
    return { config, warnings: [...notes.warnings(file), ...warnings] };
}
function readPackagesObject(f, v) {
    if (v === undefined) {
        f.fileProblem('CONFIG_NO_PACKAGES', 'has no "packages"', `add ${parse_EXAMPLE}`);
        return undefined;
    }
    const obj = (0,records/* asRecord */.qY)(v);
    if (!obj)
        f.problem('CONFIG_NO_PACKAGES', ['packages'], `must be an object keyed by package path, got ${describeValue(v)}`, `write ${parse_EXAMPLE}`);
    return obj;
}
/**
 * One package or several (a monorepo, planned as release-please's manifest plans it); each path
 * relative to the repository root, as release-please's addPath accepts it.
 */
function checkPackageSet(f, paths) {
    if (paths.length === 0)
        return void f.problem('CONFIG_NO_PACKAGES', ['packages'], 'is empty', `write ${parse_EXAMPLE}`);
    for (const path of paths) {
        const why = (0,package_path/* packagePathProblem */.L6)(path);
        if (why)
            f.problem('CONFIG_BAD_VALUE', ['packages', path], why, 'write the package directory relative to the repository root, e.g. "packages": {"packages/widget": {"release-type": "python"}}, or "." for the root');
    }
}
/**
 * release-please finds each package's releases by the component in their tags (getPathsByComponent):
 * two packages with the same one would take each other's tags and releases, so it is refused.
 */
function checkComponents(f, packages) {
    const seen = new Map();
    for (const pkg of packages) {
        const component = (0,tag_style/* tagComponent */.w2)(pkg);
        const first = seen.get(component);
        if (first === undefined) {
            seen.set(component, pkg.path);
            continue;
        }
        const what = component === '' ? 'no component in its tags' : `the component ${JSON.stringify(component)}`;
        f.problem('CONFIG_DUPLICATE_COMPONENT', ['packages', pkg.path], `has ${what}, as ${JSON.stringify(first)} has: their tags (and releases) would be the same`, `give each package its own "component" (e.g. "component": ${JSON.stringify(pkg.path.split('/').pop() ?? 'pkg')}), or a "package-name"`);
    }
}
function readManifestOptions(f, root) {
    const out = new Map();
    for (const [key, kind] of Object.entries(manifestOptionKinds)) {
        if (root[key] === undefined)
            continue;
        const fallback = key === 'release-search-depth' ? defaults/* configDefaults */.bF.releaseSearchDepth : defaults/* configDefaults */.bF.commitSearchDepth;
        const v = readValue(f, kind, root[key], [key], fallback);
        if (v === undefined)
            continue;
        if ((key === 'label' || key === 'release-label') && Array.isArray(v) && v.length === 0) {
            f.problem('CONFIG_BAD_VALUE', [key], 'names no label', `write "${key}": "${key === 'label' ? defaults/* configDefaults */.bF.labels[0] : defaults/* configDefaults */.bF.releaseLabels[0]}", or remove it for that default`);
            continue;
        }
        if (key === 'signoff' && typeof v === 'string' && v !== '' && !SIGNOFF.test(v)) {
            // release-please throws this when it writes the release commit, after planning: refused here, before anything.
            f.problem('CONFIG_BAD_VALUE', [key], `is ${JSON.stringify(v)}: release-please refuses it ("The format of '${v}' is not a valid email address with display name")`, 'write "signoff": "Your Name <you@example.com>"');
            continue;
        }
        if ((key === 'bootstrap-sha' || key === 'last-release-sha') && typeof v === 'string' && v !== '' && !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(v)) {
            // release-please compares it with each commit's full sha; anything else never matches.
            f.problem('CONFIG_BAD_SHA', [key], `is ${JSON.stringify(v)}, ${whyNotSha(v)}`, `write the full 40-character sha, as printed by: git rev-parse ${/^[\w./-]+$/.test(v) ? v : '<ref>'}`);
            continue;
        }
        out.set(key, { value: v, path: [key] });
    }
    return out;
}
function whyNotSha(v) {
    if (/^[0-9a-fA-F]{4,39}$/.test(v))
        return 'a short sha, which never matches: release-please compares full shas';
    if (/^[0-9a-fA-F]+$/.test(v) && /[A-F]/.test(v))
        return 'in upper case, which never matches: release-please compares lower-case shas';
    return 'not a commit sha';
}
/**
 * release-please: the manifest-level value (top level only; default true for one package);
 * when false, the merge plugin still leaves alone a package whose merged value is true.
 */
function separatePullRequests(top, merged, count) {
    const manifestLevel = typeof top === 'boolean' ? top : count === 1;
    return manifestLevel || merged === true;
}


/***/ }),

/***/ 88409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ parseDistributionName),
/* harmony export */   nK: () => (/* binding */ matchesRelease),
/* harmony export */   yz: () => (/* binding */ normalizeProjectName)
/* harmony export */ });
/* unused harmony export fileNameStem */
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98084);
/**
 * What a distribution's file name says: project, version, kind. PyPI refuses a file whose
 * name disagrees with its metadata, so pyrelease checks the same rules before uploading.
 */

/** PEP 503: lower case, runs of `-_.` become `-`. Two names are one project when these agree. */
function normalizeProjectName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The name part wheels and PEP 625 sdists use: normalised, with `_` for `-`. */
function fileNameStem(name) {
    return normalizeProjectName(name).replace(/-/g, '_');
}
function parseDistributionName(filename) {
    if (filename.endsWith('.whl')) {
        const parts = filename.slice(0, -'.whl'.length).split('-');
        // name-version[-build]-python-abi-platform
        if (parts.length !== 5 && parts.length !== 6)
            return undefined;
        const [project, version] = parts;
        const pythonTag = parts[parts.length - 3];
        if (!project || !version || !pythonTag)
            return undefined;
        return { filename, kind: 'wheel', project, version, pythonTag };
    }
    for (const ext of ['.tar.gz', '.zip']) {
        if (!filename.endsWith(ext))
            continue;
        const stem = filename.slice(0, -ext.length);
        // Legacy sdists may keep dashes in the name; the version never contains one.
        const dash = stem.lastIndexOf('-');
        if (dash <= 0)
            return undefined;
        return { filename, kind: 'sdist', project: stem.slice(0, dash), version: stem.slice(dash + 1) };
    }
    return undefined;
}
/** Whether the file belongs to this project and version (PEP 440 spellings compared canonically). */
function matchesRelease(name, project, version) {
    const v = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePep440 */ .Z)(name.version);
    return normalizeProjectName(name.project) === normalizeProjectName(project) && v !== undefined && v === (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePep440 */ .Z)(version);
}


/***/ }),

/***/ 39332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ parsePyprojectToml)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6376);
/**
 * pyproject.toml text → its TOML document, or the one PYPROJECT_INVALID error naming the file
 * and line. The publish guard and the release PR's updaters both read it; `fix` says what the
 * broken file would cost there.
 */


function parsePyprojectToml(text, file, fix) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const line = error.line;
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('PYPROJECT_INVALID', `${file} is not valid TOML: ${error.message.split('\n')[0]}`, { file, ...(line ? { line } : {}), fix });
    }
}


/***/ }),

/***/ 85033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export recordOrEmpty */
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The value as a record; undefined when it is not one. */
function asRecord(v) {
    return isRecord(v) ? v : undefined;
}
/** The value as a record; an empty one when it is not (an absent payload field reads as no fields). */
function recordOrEmpty(v) {
    return isRecord(v) ? v : {};
}


/***/ }),

/***/ 68617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z6: () => (/* binding */ extraFileReadPaths),
  nu: () => (/* binding */ extraFileUpdates),
  tX: () => (/* binding */ needsStructuredUpdaters),
  C0: () => (/* binding */ packagePath)
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version_version = __webpack_require__(42752);
// EXTERNAL MODULE: ./src/core/updaters/version-in-text.ts
var version_in_text = __webpack_require__(88398);
;// CONCATENATED MODULE: ./src/core/updaters/generic-markers.ts


const INLINE = /x-release-please-(major|minor|patch|version-date|version|date)/;
const BLOCK_START = /x-release-please-start-(major|minor|patch|version-date|version|date)/;
const BLOCK_END = /x-release-please-end/;
function updateGenericMarkers(content, version, date, dateFormat = '%Y-%m-%d') {
    if (!content)
        return '';
    const out = [];
    let block;
    for (const line of content.split(/\r?\n/)) {
        const inline = INLINE.exec(line);
        if (inline)
            out.push(replace(line, inline[1], version, date, dateFormat));
        else if (block) {
            out.push(replace(line, block, version, date, dateFormat));
            if (BLOCK_END.test(line))
                block = undefined;
        }
        else {
            const start = BLOCK_START.exec(line);
            if (start)
                block = start[1];
            out.push(line);
        }
    }
    return out.join('\n');
}
function replace(line, scope, v, date, dateFormat) {
    const formatted = formatDate(dateFormat, date);
    const dateRe = new RegExp(dateFormat.replace(/%[Ymd]/g, (m) => (m === '%Y' ? '(\\d{4})' : '(\\d{2})')));
    switch (scope) {
        case 'date':
            return isValidDate(formatted, dateFormat) ? line.replace(dateRe, formatted) : line;
        case 'version-date':
            return (isValidDate(formatted, dateFormat) ? line.replace(dateRe, formatted) : line).replace((0,version_in_text/* versionInText */.n)(v), (0,version_version/* formatVersion */.qh)(v));
        case 'major':
            return line.replace(/\d+\b/, String(v.major));
        case 'minor':
            return line.replace(/\b\d+\b/, String(v.minor));
        case 'patch':
            return line.replace(/\b\d+\b/, String(v.patch));
        default:
            return line.replace((0,version_in_text/* versionInText */.n)(v), (0,version_version/* formatVersion */.qh)(v));
    }
}
function formatDate(format, isoDate) {
    const [y, m, d] = isoDate.split('-');
    return format.replace(/%[Ymd]/g, (t) => (t === '%Y' ? y : t === '%m' ? m : d));
}
/**
 * release-please's isValidDate, quirk kept: it reads the n-th number of the formatted date at
 * index (position of %Y in the format) / 3, so only formats whose tokens sit three characters
 * apart ("%Y-%m-%d", "%d/%m/%Y") pass; with any other (e.g. "%Y%m%d") the date is left alone.
 */
function isValidDate(formatted, format) {
    const parts = formatted.match(/\d+/g);
    if (!parts)
        return false;
    const at = (token) => Number.parseInt(parts[format.indexOf(token) / 3] ?? '', 10);
    const [year, month, day] = [at('%Y'), at('%m'), at('%d')];
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

;// CONCATENATED MODULE: ./src/core/updaters/extra-files.ts
/**
 * extra-files → file updaters, as release-please's base strategy builds them (extraFileUpdates,
 * extraFilePaths): a string entry is dispatched by extension (its $.version or /*\/version, then
 * the markers), an object entry names its updater; `glob: true` expands the path with minimatch
 * over the tree (a leading "/" from the repository root, else from the package path), and every
 * path is then taken relative to the package unless it starts with "/".
 */



const STRUCTURED_EXTENSIONS = ['.json', '.yaml', '.yml', '.toml', '.xml'];
/** Whether any extra file of these packages is edited by a format's parser (else markers only). */
function needsStructuredUpdaters(packages) {
    return packages.some((pkg) => pkg.extraFiles.some((extra) => (typeof extra === 'string' ? STRUCTURED_EXTENSIONS.some((ext) => extra.endsWith(ext)) : extra.type !== 'generic')));
}
function extraFileUpdates(pkg, version, date, treePaths, warnings, formats) {
    const text = (0,version_version/* formatVersion */.qh)(version);
    const markers = (c) => updateGenericMarkers(c, version, date, pkg.dateFormat);
    const updates = [];
    for (const extra of pkg.extraFiles) {
        for (const entryPath of entryPaths(extra, pkg.path, treePaths)) {
            const path = packagePath(pkg.path, entryPath);
            const edit = { path, strict: typeof extra !== 'string', warnings };
            updates.push({ path, update: updaterFor(extra, text, version, markers, edit, formats) });
        }
    }
    return updates;
}
function updaterFor(extra, text, version, markers, edit, formats) {
    if (typeof extra === 'string' && !STRUCTURED_EXTENSIONS.some((ext) => extra.endsWith(ext)))
        return markers;
    if (typeof extra !== 'string' && extra.type === 'generic')
        return markers;
    // A caller that plans without them has not asked needsStructuredUpdaters: a bug, not bad input.
    if (!formats)
        throw new Error(`${edit.path}: the structured file updaters were not loaded (needsStructuredUpdaters)`);
    const f = formats;
    if (typeof extra === 'string') {
        if (extra.endsWith('.json'))
            return (c) => markers(f.json(c, '$.version', version, edit));
        if (extra.endsWith('.toml'))
            return (c) => markers(f.toml(c, '$.version', text, edit));
        // The version element that is a child of the root element.
        if (extra.endsWith('.xml'))
            return (c) => markers(f.xml(c, '/*/version', text, edit));
        return (c) => markers(f.yaml(c, '$.version', text, edit));
    }
    switch (extra.type) {
        case 'generic':
            return markers;
        case 'json':
            return (c) => f.json(c, extra.jsonpath, version, edit);
        case 'yaml':
            return (c) => f.yaml(c, extra.jsonpath, text, edit);
        case 'toml':
            return (c) => f.toml(c, extra.jsonpath, text, edit);
        case 'xml':
            return (c) => f.xml(c, extra.xpath, text, edit);
        case 'pom':
            return (c) => f.pom(c, text, edit);
    }
}
/**
 * release-please's extraFilePaths. The glob is matched on full tree paths (its git-file-utils);
 * for a package below the root only paths under the package are kept, with the prefix removed.
 */
function entryPaths(extra, pkgPath, treePaths) {
    if (typeof extra === 'string')
        return [extra];
    if (!extra.glob)
        return [extra.path];
    if (extra.path.startsWith('/'))
        return globTree(extra.path.slice(1), treePaths, '').map((p) => `/${p}`);
    return globTree(extra.path, treePaths, pkgPath === '.' ? '' : pkgPath.replace(/^\/|\/$/g, ''));
}
function globTree(glob, treePaths, prefix) {
    const mm = new esm/* Minimatch */.VR(glob);
    const inPackage = prefix ? treePaths.filter((p) => p.startsWith(`${prefix}/`)) : treePaths;
    return inPackage.filter((p) => mm.match(p)).map((p) => (prefix ? p.slice(prefix.length + 1) : p));
}
/** release-please's addPath: relative to the package, or to the repository root with a leading "/". */
function packagePath(pkgPath, file) {
    if (!pkgPath || pkgPath === '.' || file.startsWith('/'))
        return file.replace(/^\/+/, '');
    return `${pkgPath.replace(/\/+$/, '')}/${file}`.replace(/\/+$/, '');
}
/** Every path the extra-files updaters read, for the caller that loads files before planning. */
function extraFileReadPaths(pkg, treePaths) {
    return pkg.extraFiles.flatMap((extra) => entryPaths(extra, pkg.path, treePaths).map((p) => packagePath(pkg.path, p)));
}


/***/ }),

/***/ 27502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ stringifyLike)
/* harmony export */ });
/* harmony import */ var detect_indent__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99968);
/* harmony import */ var detect_indent__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(detect_indent__WEBPACK_IMPORTED_MODULE_0__);
/**
 * release-please's jsonStringify (util/json-stringify.js): JSON.stringify with the indent
 * detect-indent finds in the file (the most common step between lines, not the first one), and
 * the text before the first "{" and after the last "}" kept. The manifest and JSON extra files
 * are written through it.
 */

function stringifyLike(data, content) {
    return `${content.slice(0, content.indexOf('{'))}${JSON.stringify(data, null, detect_indent__WEBPACK_IMPORTED_MODULE_0___default()(content.trim()).indent)}${content.slice(content.lastIndexOf('}') + 1)}`;
}


/***/ }),

/***/ 26797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ updatePyproject)
});

// EXTERNAL MODULE: ./src/core/pyproject-toml.ts
var pyproject_toml = __webpack_require__(39332);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
;// CONCATENATED MODULE: ./src/core/updaters/toml-locate.ts
function lines(text) {
    const out = [];
    let offset = 0;
    for (const part of text.split('\n')) {
        out.push({ text: part, offset });
        offset += part.length + 1;
    }
    return out;
}
const unquote = (k) => k.trim().replace(/^"(.*)"$|^'(.*)'$/, (_m, a, b) => a ?? b ?? '');
const splitKey = (k) => k.split('.').map(unquote);
/** The span of the value of `key` in table `table` (each entry in the table path, every [[array]] entry when it is an array). */
function locateValues(text, table, key) {
    let current = [];
    const spans = [];
    for (const { text: line, offset } of lines(text)) {
        const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?\r?$/.exec(line);
        if (header) {
            current = splitKey(header[2]);
            continue;
        }
        const kv = /^(\s*)([A-Za-z0-9_."'-][^=]*?)\s*=\s*/.exec(line);
        if (!kv)
            continue;
        const fullKey = [...current, ...splitKey(kv[2])];
        if (fullKey.length !== table.length + 1 || fullKey[fullKey.length - 1] !== key || !table.every((t, i) => fullKey[i] === t))
            continue;
        const valueStart = offset + kv[0].length;
        const end = valueEnd(text, valueStart);
        if (end !== undefined)
            spans.push({ start: valueStart, end });
    }
    return spans;
}
/** End of a string value starting at `start` (basic or literal, single-line). */
function valueEnd(text, start) {
    const q = text.charAt(start);
    if (q !== '"' && q !== "'")
        return undefined;
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charAt(i);
        if (c === '\n')
            return undefined;
        if (q === '"' && c === '\\') {
            i++;
            continue;
        }
        if (c === q)
            return i + 1;
    }
    return undefined;
}
function replaceSpans(text, spans, replacement) {
    let out = text;
    for (const s of [...spans].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + replacement + out.slice(s.end);
    return out;
}

;// CONCATENATED MODULE: ./src/core/updaters/pyproject.ts
/** pyproject.toml: `[project].version`, else `[tool.poetry].version`, replaced in place. */



function updatePyproject(content, version, path = 'pyproject.toml') {
    const parsed = (0,pyproject_toml/* parsePyprojectToml */.w)(content, path, 'fix the TOML syntax (python -c "import tomllib; tomllib.load(open(\'pyproject.toml\', \'rb\'))" shows where)');
    const project = parsed.project;
    const poetry = parsed.tool?.poetry;
    const table = project ?? poetry;
    if (!table?.version) {
        const dynamic = table?.dynamic;
        if (Array.isArray(dynamic) && dynamic.includes('version'))
            return { content, warning: "dynamic version found in 'pyproject.toml'. Skipping update." };
        throw new pyrelease_error.PyreleaseError('PYPROJECT_NO_VERSION', `${path}: no [project].version or [tool.poetry].version`, {
            file: path,
            key: 'project.version',
            fix: 'add version = "0.1.0" under [project] (or declare dynamic = ["version"] and let your build backend read it)',
        });
    }
    const spans = locateValues(content, project ? ['project'] : ['tool', 'poetry'], 'version');
    if (spans.length === 0) {
        throw new pyrelease_error.PyreleaseError('PYPROJECT_VERSION_SHAPE', `${path}: the version is written in a form pyrelease cannot edit in place`, {
            file: path,
            fix: 'write it as version = "1.2.3" on its own line in the [project] table',
        });
    }
    // release-please writes the value with JSON.stringify, so a single-quoted version becomes double-quoted.
    return { content: replaceSpans(content, spans.slice(0, 1), JSON.stringify(version)) };
}


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ versionInText)
/* harmony export */ });
/* harmony import */ var _version_pep440_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94072);
/**
 * The version already written in a line or a JSON string, as the updaters find it before
 * replacing it: release-please's SemVer pattern, or any PEP 440 spelling under versioning: pep440
 * (where "1.2.0rc1" is more than SemVer's "1.2.0").
 */

const SEMVER_IN_TEXT = /(\d+)\.(\d+)\.(\d+)(-([\w.]+))?(\+([-\w.]+))?/;
function versionInText(v) {
    return v.notation === 'pep440' ? _version_pep440_version_js__WEBPACK_IMPORTED_MODULE_0__/* .PEP440_IN_TEXT */ .SX : SEMVER_IN_TEXT;
}


/***/ }),

/***/ 50393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ membersToRelease),
/* harmony export */   iq: () => (/* binding */ dependencyGraph),
/* harmony export */   p2: () => (/* binding */ membersToTest)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/**
 * The workspace's dependency graph (member → the members it requires), and what a release
 * touches, as release-please's WorkspacePlugin walks it (plugins/workspace.js): the graph is
 * inverted, each released member's dependents visited depth-first, and the result sorted by
 * name. A cycle is refused for the whole graph before anything is planned (release-please throws
 * only when its walk meets one), so the same workspace fails the same way whatever changed.
 */

function dependencyGraph(members) {
    const names = new Set(members.map((m) => m.name));
    const graph = new Map();
    for (const member of members) {
        const first = graph.get(member.name)?.member;
        // uv refuses two members of one name; pip and PyPI would take them for one project.
        if (first)
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('WORKSPACE_DUPLICATE_NAME', `${member.pyprojectPath}: the project name ${JSON.stringify(member.displayName)} is ${first.path}'s too (${JSON.stringify(first.displayName)}), once normalised`, { file: member.pyprojectPath, key: 'project.name', fix: 'give each workspace member its own project name' });
        const deps = [...new Set(member.requirements.map((r) => r.parsed.name).filter((n) => names.has(n) && n !== member.name))];
        graph.set(member.name, { member, deps });
    }
    assertNoCycle(graph);
    return graph;
}
function assertNoCycle(graph) {
    const done = new Set();
    const visit = (name, path) => {
        if (path.includes(name)) {
            const cycle = [...path.slice(path.indexOf(name)), name].map((n) => graph.get(n).member.displayName).join(' -> ');
            const first = graph.get(name).member;
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('WORKSPACE_DEPENDENCY_CYCLE', `${first.pyprojectPath}: the workspace members depend on each other in a cycle: ${cycle}`, { file: first.pyprojectPath, key: 'project.dependencies', fix: 'break the cycle (move the shared code into a member both depend on): a release could never bump one without the other' });
        }
        if (done.has(name))
            return;
        for (const dep of graph.get(name).deps)
            visit(dep, [...path, name]);
        done.add(name);
    };
    for (const name of graph.keys())
        visit(name, []);
}
/** The released members and every member that depends on them, directly or not: names sorted as release-please sorts them (localeCompare). */
function membersToRelease(graph, released) {
    const dependents = new Map([...graph.keys()].map((n) => [n, []]));
    for (const [name, node] of graph)
        for (const dep of node.deps)
            dependents.get(dep).push(name);
    const seen = new Set();
    const visit = (name) => {
        if (seen.has(name) || !graph.has(name))
            return;
        seen.add(name);
        for (const d of dependents.get(name))
            visit(d);
    };
    for (const name of released)
        visit(name);
    return [...seen].sort((a, b) => a.localeCompare(b));
}
/** Why a member is tested: its own change, or the changed members it depends on (directly or not). */
function membersToTest(graph, changed) {
    const closure = (name, seen = new Set()) => {
        for (const dep of graph.get(name)?.deps ?? [])
            if (!seen.has(dep))
                closure(dep, seen.add(dep));
        return seen;
    };
    return membersToRelease(graph, changed).map((name) => {
        if (changed.includes(name))
            return { name, why: 'changed' };
        const via = [...closure(name)].filter((d) => changed.includes(d)).map((d) => graph.get(d).member.displayName).sort();
        return { name, why: `depends on ${via.join(', ')}` };
    });
}


/***/ }),

/***/ 64482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ admitVersion),
/* harmony export */   p: () => (/* binding */ parseRequirement)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99687);
/* harmony import */ var _publish_distribution_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88409);
/**
 * A PEP 508 requirement string, and the rewrite a workspace release needs: where the
 * requirement's version specifier would exclude the dependency's new version, each clause that
 * excludes it is moved to admit it, at the precision it was written with (`==1.0.0` → `==1.1.0`,
 * `~=1.0` → `~=1.1`, `<1.1` → `<1.2`, `<=1.0.0` → `<=1.1.0`); every other byte stays. A clause
 * that excludes the version on purpose (`!=`) is not rewritten: the caller refuses the release.
 */


const REQUIREMENT = /^(\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*)([^;]*?)(\s*(?:;.*)?)$/s;
function parseRequirement(text) {
    const m = REQUIREMENT.exec(text);
    if (!m)
        return undefined;
    const [, head, name, specifier, tail] = m;
    return { name: (0,_publish_distribution_name_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeProjectName */ .yz)(name), head: head, specifier: specifier, tail: tail, directReference: specifier.trimStart().startsWith('@') };
}
/** The requirement made to admit `version`, or why it cannot be. */
function admitVersion(req, version) {
    const spec = req.specifier.trim();
    if (req.directReference || spec === '' || admits(spec, version))
        return { kind: 'admits' };
    const bare = spec.startsWith('(') && spec.endsWith(')') ? spec.slice(1, -1) : spec;
    const clauses = bare.split(',');
    const out = [];
    for (const raw of clauses) {
        const clause = raw.trim();
        if (admits(clause, version)) {
            out.push(raw);
            continue;
        }
        const moved = moveClause(clause, version);
        if (moved === undefined)
            return { kind: 'refused', why: `its clause ${clause} excludes ${version}` };
        // Keep the spacing the clause had around it.
        out.push(raw.replace(clause, moved));
    }
    const joined = out.join(',');
    const specifier = spec === bare ? joined : `(${joined})`;
    if (!admits(joined, version))
        return { kind: 'refused', why: `${spec} cannot be made to admit ${version}` };
    return { kind: 'rewritten', text: `${req.head}${req.specifier.replace(spec, specifier)}${req.tail}`, specifier };
}
function admits(spec, version) {
    try {
        // A pre-release of a member is what the release publishes: it counts as admitted where PEP 440 would let pip pick it when asked.
        return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(version, spec, { prereleases: true });
    }
    catch {
        return false;
    }
}
const CLAUSE = /^(===|==|~=|<=|<|!=|>=|>)\s*(.+)$/;
function moveClause(clause, version) {
    const m = CLAUSE.exec(clause);
    if (!m)
        return undefined;
    const [, op, written] = m;
    const release = releaseOf(version);
    const parts = releaseOf(written.replace(/\.\*$/, ''));
    switch (op) {
        case '===':
            return `===${version}`;
        case '==':
            return written.endsWith('.*') ? `==${release.slice(0, parts.length).join('.')}.*` : `==${version}`;
        case '~=':
            return `~=${release.slice(0, Math.max(2, parts.length)).join('.')}`;
        case '<=':
            return `<=${version}`;
        case '<': {
            // The same number of parts, the last one past the new version's: <2 → <3 for 2.0.1, <1.1 → <1.2 for 1.1.0.
            const width = Math.max(1, parts.length);
            const upper = padded(release, width).slice(0, width);
            upper[width - 1] = upper[width - 1] + 1;
            return `<${upper.join('.')}`;
        }
        default:
            // != and a lower bound above the new version: excluded on purpose.
            return undefined;
    }
}
function releaseOf(version) {
    const m = /^\s*(?:\d+!)?(\d+(?:\.\d+)*)/.exec(version);
    return m ? m[1].split('.').map(Number) : [0];
}
function padded(release, width) {
    return [...release, ...Array(Math.max(0, width - release.length)).fill(0)];
}


/***/ }),

/***/ 97338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ mayHoldMember),
/* harmony export */   KJ: () => (/* binding */ findUvWorkspace),
/* harmony export */   MN: () => (/* binding */ isWorkspaceMember),
/* harmony export */   PH: () => (/* binding */ readUvWorkspaceTable)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33581);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6376);
/* harmony import */ var _package_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86539);
/* harmony import */ var _pyproject_toml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39332);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85033);
/**
 * [tool.uv.workspace] in the root pyproject.toml → the workspace's member directories, as uv
 * finds them (docs.astral.sh/uv/concepts/projects/workspaces): `members` globs relative to the
 * workspace root, less the `exclude` globs; every matched directory must hold a pyproject.toml;
 * the root itself is a member when it has a [project] table. Pure: the caller lists the tree.
 */





const ROOT_FILE = 'pyproject.toml';
const FIX = 'fix the syntax; the workspace members cannot be found without it';
/** [tool.uv.workspace] of the root pyproject.toml, or undefined without one. */
function readUvWorkspaceTable(rootPyproject) {
    if (rootPyproject === undefined)
        return undefined;
    const doc = (0,_pyproject_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePyprojectToml */ .w)(rootPyproject, ROOT_FILE, FIX);
    const table = (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)((0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc.tool)?.uv)?.workspace;
    if (table === undefined)
        return undefined;
    // `workspace = "…"` is no workspace table: uv refuses it, and reading it as one with no members would plan a wrong release.
    if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(table))
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('WORKSPACE_INVALID', `${ROOT_FILE}: [tool.uv] workspace must be a table`, { file: ROOT_FILE, key: 'tool.uv.workspace', fix: 'write it as a table: [tool.uv.workspace] with members = ["packages/*"]' });
    return { members: globList(table.members, 'members').map(trimSlashes), exclude: globList(table.exclude, 'exclude').map(trimSlashes), rootIsMember: doc.project !== undefined };
}
/** Could a member lie in or below `dir`? (A walker of the tree descends only where one could.) */
function mayHoldMember(table, dir) {
    return table.members.some((glob) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(dir, glob, { partial: true }));
}
/**
 * Is the project at `dir` (relative to the workspace root, "/"-separated) a member, as uv decides
 * when it discovers the workspace from the project (uv-workspace's find_workspace): named by a
 * `members` glob and by no `exclude` glob. The root is a member when it has a [project] table.
 */
function isWorkspaceMember(table, dir) {
    if (dir === _package_path_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT_PATH */ .Dl || dir === '')
        return table.rootIsMember;
    return table.members.some((glob) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(dir, glob)) && !table.exclude.some((glob) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(dir, glob));
}
/** undefined when the root pyproject.toml has no [tool.uv.workspace] (or there is none); `root` is its text, or its table already read. */
function findUvWorkspace(root, treePaths) {
    const table = typeof root === 'object' ? root : readUvWorkspaceTable(root);
    if (table === undefined)
        return undefined;
    const { members, exclude } = table;
    const directories = directoriesOf(treePaths);
    const found = new Set(table.rootIsMember ? [_package_path_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT_PATH */ .Dl] : []);
    for (const glob of members) {
        const matched = [...directories].filter((d) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(d, glob, { dot: false }));
        // A plain path (no glob) that names nothing is a typo or a member not committed; uv stops on it too.
        if (matched.length === 0 && !/[*?[\]{}]/.test(glob)) {
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('WORKSPACE_MEMBER_PATH_MISSING', `${ROOT_FILE}: [tool.uv.workspace] members names ${JSON.stringify(glob)}, a directory that does not exist`, { file: ROOT_FILE, key: 'tool.uv.workspace.members', fix: `commit the member directory ${glob}/ with its pyproject.toml, or remove ${JSON.stringify(glob)} from members` });
        }
        for (const dir of matched)
            if (!exclude.some((e) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(dir, e)))
                found.add(dir);
    }
    const tree = new Set(treePaths);
    for (const dir of found) {
        if (dir === _package_path_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT_PATH */ .Dl || tree.has(`${dir}/${ROOT_FILE}`))
            continue;
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('WORKSPACE_MEMBER_NO_PYPROJECT', `${ROOT_FILE}: [tool.uv.workspace] members matches ${dir}, which has no pyproject.toml`, { file: ROOT_FILE, key: 'tool.uv.workspace.members', fix: `add ${dir}/pyproject.toml, or add ${JSON.stringify(dir)} to [tool.uv.workspace] exclude (uv requires a pyproject.toml in every member)` });
    }
    return { members: [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}
function globList(value, key) {
    if (value === undefined)
        return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value;
    throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('WORKSPACE_INVALID', `${ROOT_FILE}: [tool.uv.workspace] ${key} must be a list of globs`, { file: ROOT_FILE, key: `tool.uv.workspace.${key}`, fix: `write ${key} = ["packages/*"]` });
}
function trimSlashes(p) {
    return p.replace(/^\.\/+/, '').replace(/\/+$/, '');
}
/** Every directory that holds a committed file (git lists files only). */
function directoriesOf(treePaths) {
    const dirs = new Set();
    for (const p of treePaths) {
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(parts.slice(0, i).join('/'));
    }
    return dirs;
}


/***/ }),

/***/ 66222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wc: () => (/* binding */ WORKSPACE_LOCK),
  kB: () => (/* binding */ parseWorkspaceReleaseConfig),
  n1: () => (/* binding */ readWorkspaceMembers),
  pL: () => (/* binding */ workspaceMemberFiles),
  V3: () => (/* binding */ workspacePlanInput),
  dv: () => (/* binding */ workspaceWarnings)
});

// UNUSED EXPORTS: assertMembersConfigured, derivedPackages, workspaceNotice

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/core/config/json-text.ts
var json_text = __webpack_require__(14744);
// EXTERNAL MODULE: ./src/core/config/parse.ts + 9 modules
var parse = __webpack_require__(66266);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
// EXTERNAL MODULE: ./src/core/updaters/extra-files.ts + 1 modules
var extra_files = __webpack_require__(68617);
// EXTERNAL MODULE: ./src/core/workspace/dependency-graph.ts
var dependency_graph = __webpack_require__(50393);
// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
// EXTERNAL MODULE: ./src/core/pyproject-toml.ts
var pyproject_toml = __webpack_require__(39332);
// EXTERNAL MODULE: ./src/core/workspace/requirement.ts
var requirement = __webpack_require__(64482);
;// CONCATENATED MODULE: ./src/core/workspace/members.ts
/**
 * A uv workspace member as the dependency graph needs it: its project name (PEP 503
 * normalised, as uv and pip compare names) and every requirement of `[project] dependencies`
 * and `[project.optional-dependencies]`, each with where it is written.
 */





function readWorkspaceMember(path, pyprojectText) {
    const pyprojectPath = (0,extra_files/* packagePath */.C0)(path, 'pyproject.toml');
    const doc = (0,pyproject_toml/* parsePyprojectToml */.w)(pyprojectText, pyprojectPath, 'fix the syntax; the workspace dependency graph reads every member');
    const project = doc.project;
    if (typeof project?.name !== 'string') {
        throw new pyrelease_error.PyreleaseError('WORKSPACE_MEMBER_NO_NAME', `${pyprojectPath}: a uv workspace member without [project] name`, { file: pyprojectPath, key: 'project.name', fix: 'add [project] name = "…" (uv requires it of every member)' });
    }
    const requirements = [];
    const add = (group, list, extra) => {
        if (!Array.isArray(list))
            return;
        for (const text of list) {
            const parsed = typeof text === 'string' ? (0,requirement/* parseRequirement */.p)(text) : undefined;
            if (parsed)
                requirements.push({ group, ...(extra !== undefined && { extra }), text: text, parsed });
        }
    };
    add('dependencies', project.dependencies);
    const optional = project['optional-dependencies'];
    if (optional && typeof optional === 'object')
        for (const [extra, list] of Object.entries(optional))
            add('optional-dependencies', list, extra);
    const dynamic = Array.isArray(project.dynamic) ? project.dynamic : [];
    const dynamicDependencies = dynamic.includes('dependencies') || dynamic.includes('optional-dependencies');
    return { path, name: (0,distribution_name/* normalizeProjectName */.yz)(project.name), displayName: project.name, pyprojectPath, requirements, dynamicDependencies };
}

// EXTERNAL MODULE: ./src/core/workspace/uv-workspace.ts
var uv_workspace = __webpack_require__(97338);
;// CONCATENATED MODULE: ./src/core/workspace/workspace-config.ts
/**
 * The release-please config of a uv workspace: its packages are written out in "packages", or
 * derived from the workspace when "packages" is `{}` (each member a python package, its component
 * the project name); either way every member must be a package of the config, so no member is
 * silently never released while its dependents require its new versions. Pure: the caller reads.
 */








const WORKSPACE_LOCK = 'uv.lock';
/** The member directories' pyproject.toml paths, or undefined without [tool.uv.workspace] (the root's text, or its table already read). */
function workspaceMemberFiles(root, treePaths) {
    return (0,uv_workspace/* findUvWorkspace */.KJ)(root, treePaths)?.members.map((m) => (0,extra_files/* packagePath */.C0)(m, 'pyproject.toml'));
}
function readWorkspaceMembers(files, readFile) {
    return files.map((f) => readWorkspaceMember(f === 'pyproject.toml' ? '.' : f.slice(0, -'/pyproject.toml'.length), readFile(f) ?? ''));
}
/** "packages": {} spelled out: each member a python package named by its project. */
function derivedPackages(members) {
    return Object.fromEntries(members.map((m) => [m.path, { 'release-type': 'python', 'package-name': m.displayName }]));
}
/** Every member in the config (a path input plans one, but the others still take part). */
function assertMembersConfigured(config, members, configFile) {
    const paths = new Set(config.packages.map((p) => p.path));
    const missing = members.filter((m) => !paths.has(m.path));
    if (missing.length === 0)
        return;
    const list = missing.map((m) => `${m.displayName} (${m.path})`).join(', ');
    throw new pyrelease_error.PyreleaseError('WORKSPACE_MEMBER_NOT_CONFIGURED', `${configFile}: uv workspace member${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} not in "packages"`, { file: configFile, key: 'packages', fix: `add ${missing.map((m) => `"${m.path}": {"release-type": "python"}`).join(', ')} to "packages", or write "packages": {} to release every member of [tool.uv.workspace]` });
}
function workspacePlanInput(members) {
    return { graph: (0,dependency_graph/* dependencyGraph */.iq)(members), nameByPath: new Map(members.map((m) => [m.path, m.name])), lockPath: WORKSPACE_LOCK };
}
/** What the plan says of where its packages came from. */
function workspaceNotice(members, derived, configFile) {
    const list = members.map((m) => `${m.displayName} (${m.path})`).join(', ');
    return derived ? `packages derived from [tool.uv.workspace] in pyproject.toml ("packages": {} in ${configFile}): ${list}` : `packages listed in ${configFile}; uv workspace members: ${list}`;
}
/**
 * The config of a workspace: packages as written, or derived when "packages" is {}; a path
 * input is checked against them, but the whole workspace is planned (its dependents take part).
 */
function parseWorkspaceReleaseConfig(configText, configFile, onlyPath, members) {
    // Through the config's own JSON reader: a broken or non-object config gets its catalogue line, not an internal error.
    const raw = (0,json_text/* parseJsonText */.l)(configText, configFile, 'CONFIG_INVALID_JSON').value;
    const derived = (0,records/* isRecord */.u4)(raw) && isEmptyObject(raw.packages);
    const packages = derived ? derivedPackages(members) : undefined;
    if (onlyPath !== undefined)
        (0,parse/* parseReleaseConfig */.Xe)(configText, configFile, onlyPath, packages);
    const { config, warnings } = (0,parse/* parseReleaseConfig */.Xe)(configText, configFile, undefined, packages);
    assertMembersConfigured(config, members, configFile);
    return { config, warnings, notice: workspaceNotice(members, derived, configFile) };
}
function isEmptyObject(v) {
    return (0,records/* isRecord */.u4)(v) && Object.keys(v).length === 0;
}
/** Members whose requirements the graph cannot see: said once per plan, never guessed. */
function workspaceWarnings(members) {
    return members.filter((m) => m.dynamicDependencies).map((m) => `${m.pyprojectPath}: [project] dynamic names its dependencies, so pyrelease cannot tell whether ${m.displayName} requires another member; it is released with them only by its own commits (list the dependencies in [project] to have it bumped)`);
}


/***/ }),

/***/ 58179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ planFromRepository)
});

// EXTERNAL MODULE: ./src/core/version/tag-name.ts
var tag_name = __webpack_require__(98186);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version_version = __webpack_require__(42752);
;// CONCATENATED MODULE: ./src/core/previous-release.ts
/**
 * Which release the next one follows, found as release-please 17.11.2 finds it in manifest
 * mode (release-please-behaviour.md §2.1): the manifest's version decides, not the newest tag.
 */



function findPreviousRelease(manifestVersion, style, tagsNewestFirst, releaseSearchDepth = 400) {
    if (manifestVersion === undefined)
        return null;
    const wanted = (0,version_version/* tryParseVersion */.z0)(manifestVersion, style.notation);
    if (!wanted) {
        // Only PEP 440 is stricter than the manifest's own check: say so rather than start from scratch.
        throw new pyrelease_error.PyreleaseError('MANIFEST_BAD_VERSION', `the manifest's version ${JSON.stringify(manifestVersion)} is not a PEP 440 version pyrelease can continue from (versioning: pep440)`, {
            fix: 'write the version last released as X.Y.Z, X.Y.ZaN, X.Y.ZbN, X.Y.ZrcN or X.Y.Z.devN',
        });
    }
    const wantedText = (0,version_version/* formatVersion */.qh)(wanted);
    for (const tag of tagsNewestFirst.slice(0, releaseSearchDepth)) {
        const parsed = (0,tag_name/* parseTag */.ED)(tag.name, style.notation);
        // A tag of another component belongs to another package (release-please skips it).
        if (!parsed || parsed.component !== style.component)
            continue;
        if ((0,version_version/* formatVersion */.qh)(parsed.version) === wantedText)
            return { version: wantedText, tag: tag.name, sha: tag.sha, source: 'tag-with-manifest-version' };
    }
    const expected = (0,tag_name/* formatTag */._3)(wanted, style);
    const exact = tagsNewestFirst.find((t) => t.name === expected);
    if (exact)
        return { version: wantedText, tag: expected, sha: exact.sha, source: 'expected-tag-name' };
    if (wantedText === '0.0.0')
        return null;
    return { version: wantedText, tag: expected, sha: null, source: 'manifest-only' };
}
/**
 * Where release-please's walk ends (newest first, first one met): the previous release's
 * commit, `last-release-sha`, and `bootstrap-sha` when no release commit is known; always
 * within commit-search-depth commits.
 */
function walkStops(previous, opts) {
    const stops = new Set();
    if (opts.lastReleaseSha)
        stops.add(opts.lastReleaseSha);
    if (previous?.sha)
        stops.add(previous.sha);
    else if (opts.bootstrapSha)
        stops.add(opts.bootstrapSha);
    return stops;
}

;// CONCATENATED MODULE: ./src/adapters/git/release-history.ts

/** With `sink`, each commit goes there as git writes it, and none is kept. */
async function readReleaseHistory(git, req, known, sink) {
    const [listed, shallow] = known ? [known.tags, known.shallow] : await Promise.all([git.tagsReachableFrom(req.head), git.isShallow()]);
    const reachableTags = known?.reachableTags ?? (() => git.tagsReachableFrom(req.head));
    const proven = !known || known.reachable !== false;
    // A shallow clone deepens by what reachability finds, and past release-search-depth tags the
    // first ones listed may differ: both ask git which tags are on the branch first.
    if (proven || shallow || listed.length > req.releaseSearchDepth)
        return readFrom(git, req, proven ? listed : await reachableTags(), shallow, sink);
    const first = await readFrom(git, req, listed, shallow, sink);
    const picked = first.previous?.sha;
    if (!picked || first.stoppedAt === picked || (await git.isAncestor(picked, req.head)))
        return first;
    sink?.reset();
    return readFrom(git, req, await reachableTags(), shallow, sink);
}
async function readFrom(git, req, tags, shallow, sink) {
    const notices = [];
    let previous = findPreviousRelease(req.manifestVersion, req.tagStyle, tags, req.releaseSearchDepth);
    if (shallow) {
        let depth = 50;
        for (let attempt = 0; !previous?.sha && attempt < 4; attempt++, depth *= 4) {
            await git.deepen(depth);
            previous = await lookup(git, req);
        }
        if (!previous?.sha && (await git.isShallow())) {
            await git.unshallow();
            previous = await lookup(git, req);
        }
        notices.push(`the clone was shallow: fetched more history${previous?.sha ? ` until ${previous.tag}` : ''} (set fetch-depth: 0 on actions/checkout to skip this)`);
    }
    else if (!previous?.sha && (previous !== null || !(await git.hasTags()))) {
        // The manifest names a release whose tag this clone lacks (made after the checkout, e.g. by the
        // run a re-run resumes): fetch tags rather than plan from the beginning of history.
        await git.fetchTags();
        previous = await lookup(git, req);
    }
    const stops = walkStops(previous, req);
    const commits = [];
    const end = await git.eachCommit(req.head, stops, req.commitSearchDepth, sink ? (c) => sink.add(c) : (c) => void commits.push(c), { files: req.files ?? true });
    return { previous, commits, notices, ...(end.stoppedAt && { stoppedAt: end.stoppedAt }) };
}
async function lookup(git, req) {
    const tags = await git.tagsReachableFrom(req.head);
    return findPreviousRelease(req.manifestVersion, req.tagStyle, tags, req.releaseSearchDepth);
}

;// CONCATENATED MODULE: ./src/adapters/git/remote-name.ts
/** owner/name from a remote URL: https, ssh (git@host:o/r.git), ssh://, or a mirror path ending in o/r(.git). */
function ownerRepoFromUrl(url) {
    const m = /[/:]([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? { owner: m[1], repo: m[2] } : undefined;
}

// EXTERNAL MODULE: ./src/core/config/parse.ts + 9 modules
var parse = __webpack_require__(66266);
;// CONCATENATED MODULE: ./src/core/commits/sentence-case.ts
const SPECIAL_WORDS = ['gRPC', 'npm'];
function sentenceCase(commits, specialWords = SPECIAL_WORDS) {
    const special = new Set(specialWords);
    const upper = (word) => (special.has(word) || !/^[a-z]/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1));
    return commits.map((c) => {
        let header = c.header;
        if (header.includes(':')) {
            const [type, ...rest] = header.split(':');
            const suffix = rest.join(':').trim();
            const end = /\s|$/.exec(suffix).index;
            header = `${type}: ${upper(suffix.slice(0, end))}${suffix.slice(end)}`;
        }
        return { ...c, subject: upper(c.subject), header };
    });
}

;// CONCATENATED MODULE: ./src/core/changelog/sections.ts
/** release-please's CHANGELOG sections for release-type python (and simple uses the same writer defaults). */
const pythonSections = [
    { type: 'feat', section: 'Features' },
    { type: 'fix', section: 'Bug Fixes' },
    { type: 'perf', section: 'Performance Improvements' },
    { type: 'deps', section: 'Dependencies' },
    { type: 'revert', section: 'Reverts' },
    { type: 'docs', section: 'Documentation' },
    { type: 'style', section: 'Styles', hidden: true },
    { type: 'chore', section: 'Miscellaneous Chores', hidden: true },
    { type: 'refactor', section: 'Code Refactoring', hidden: true },
    { type: 'test', section: 'Tests', hidden: true },
    { type: 'build', section: 'Build System', hidden: true },
    { type: 'ci', section: 'Continuous Integration', hidden: true },
];
/** release-please's base strategy defaults, used by release-type simple. */
const simpleSections = [
    { type: 'feat', section: 'Features' },
    { type: 'feature', section: 'Features' },
    { type: 'fix', section: 'Bug Fixes' },
    { type: 'perf', section: 'Performance Improvements' },
    { type: 'revert', section: 'Reverts' },
    { type: 'docs', section: 'Documentation', hidden: true },
    { type: 'style', section: 'Styles', hidden: true },
    { type: 'chore', section: 'Miscellaneous Chores', hidden: true },
    { type: 'refactor', section: 'Code Refactoring', hidden: true },
    { type: 'test', section: 'Tests', hidden: true },
    { type: 'build', section: 'Build System', hidden: true },
    { type: 'ci', section: 'Continuous Integration', hidden: true },
];
/** A case-insensitive type match, narrowed by scope when the section names one. */
function findSection(sections, type, scope) {
    const key = type.toLowerCase();
    return sections.find((s) => s.type === key && (!s.scope || s.scope === scope));
}

;// CONCATENATED MODULE: ./src/core/changelog/render-entry.ts

const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i;
const BANG_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
function renderChangelogEntry(commits, ctx) {
    const base = `${ctx.host}/${ctx.owner}/${ctx.repo}`;
    const bullets = commits.map((c) => toBullet(c, ctx, base)).filter((b) => b !== undefined);
    const heading = ctx.previousTag
        ? `## [${ctx.version}](${base}/compare/${ctx.previousTag}...${ctx.currentTag}) (${ctx.date})`
        : `## ${ctx.version} (${ctx.date})`;
    let out = `${heading}\n\n`;
    const notes = bullets.flatMap((b) => b.notes.map((text) => `* ${b.scope ? `**${b.scope}:** ` : ''}${text}\n`));
    if (notes.length > 0)
        out += `\n### ⚠ BREAKING CHANGES\n\n${notes.join('')}`;
    for (const group of groupBullets(bullets, ctx.sections)) {
        out += `\n${group.title ? `### ${group.title}\n\n` : ''}${group.bullets.map((b) => renderBullet(b, base)).join('')}\n`;
    }
    return out.trim();
}
/** release-please's rule: an entry with only its heading means nothing to release. */
function isEntryEmpty(entry) {
    return entry.split('\n').length <= 1;
}
function toBullet(c, ctx, base) {
    const entry = findSection(ctx.sections, c.type, c.scope);
    // A hidden type with no notes and no "!: " in its header (what BANG_HEADER needs) is never kept:
    // decided before any text is rewritten (issue #21: a third of a history's commits).
    if ((entry === undefined || entry.hidden) && c.notes.length === 0 && !c.header.includes('!: '))
        return undefined;
    const notes = c.notes.filter((n) => n.title === 'BREAKING CHANGE').map((n) => n.text.replace(/\(#(\d+)\)/, `([#$1](${base}/issues/$1))`));
    const bang = BANG_HEADER.exec(c.header);
    if (bang && notes.length === 0)
        notes.push(bang[3]);
    const footer = c.notes.filter((n) => n.title === 'RELEASE AS').map((n) => `Release-As: ${n.text}`).join('\n');
    const keep = notes.length > 0 || RELEASE_AS.test(footer);
    if (!keep && (entry === undefined || entry.hidden))
        return undefined;
    const issues = [];
    const subject = htmlEscape(c.subject)
        .replace(/(#)([0-9]+)/g, (_m, prefix, issue) => {
        issues.push(prefix + issue);
        return `[${prefix}${issue}](${base}/issues/${issue})`;
    })
        .replace(/\B@([a-z0-9](?:-?[a-z0-9/]){0,38})/g, (_m, user) => (user.includes('/') ? `@${user}` : `[@${user}](${ctx.host}/${user})`));
    return {
        type: entry ? entry.section : c.type,
        scope: c.scope === '*' ? '' : c.scope,
        subject,
        header: c.header,
        hash: c.sha,
        shortHash: c.sha.slice(0, 7),
        references: c.references.filter((r) => !issues.includes(r.prefix + r.issue)),
        notes,
    };
}
/** Backtick spans stay as written; a lone < or > is escaped (release-please's htmlEscape). */
function htmlEscape(message) {
    return message.replace(/``[^`].*[^`]``|`[^`]*`|<|>/g, (m) => (m.length > 1 ? m : m === '<' ? '&lt;' : '&gt;'));
}
function groupBullets(bullets, sections) {
    const groups = new Map();
    for (const b of bullets) {
        const list = groups.get(b.type);
        if (list)
            list.push(b);
        else
            groups.set(b.type, [b]);
    }
    const order = sections.map((s) => s.section).filter(Boolean);
    const result = [...groups].map(([title, list]) => ({ title, bullets: sortByScopeThenSubject(list) }));
    // Same comparator as the preset, on the same engine: unknown titles (index -1) sort first.
    return result.sort((a, b) => order.indexOf(a.title) - order.indexOf(b.title));
}
/**
 * conventional-changelog-writer 6 turns commitsSort ['scope', 'subject'] into one string per
 * bullet, (scope || '') + (subject || ''), compared with localeCompare (ICU: case-insensitive
 * first, punctuation before letters); the subject is the rewritten one, links included. Each
 * key is built once and compared with one Intl.Collator, which is what localeCompare without
 * arguments is defined to use (ECMA-402), without building a collator and two strings per
 * comparison (issue #21: 10,000 bullets made this a tenth of the plan). The sort is stable, as before.
 */
let collator;
function sortByScopeThenSubject(list) {
    const compare = (collator ??= new Intl.Collator()).compare;
    const keyed = list.map((bullet) => ({ bullet, key: `${bullet.scope || ''}${bullet.subject || ''}` }));
    keyed.sort((a, b) => compare(a.key, b.key));
    return keyed.map((k) => k.bullet);
}
function renderBullet(b, base) {
    const refs = b.references.length > 0 ? `, refs${b.references.map((r) => ` [${r.prefix}${r.issue}](${base}/issues/${r.issue})`).join('')}` : '';
    // The writer's template links the commit only when it has a hash (linked-versions' synthetic commit has none).
    const link = b.hash ? ` ([${b.shortHash}](${base}/commit/${b.hash}))` : '';
    return `*${b.scope ? ` **${b.scope}:**` : ''} ${b.subject || b.header}${link}${refs}\n`;
}

;// CONCATENATED MODULE: ./src/core/release-pr/body.ts
/** The release PR body (release-please's PullRequestBody, one release) and the entry read back from it. */

const DEFAULT_HEADER = ':robot: I have created a release *beep* *boop*';
const DEFAULT_FOOTER = 'This PR was generated with [Release Please](https://github.com/googleapis/release-please). See [documentation](https://github.com/googleapis/release-please#release-please).';
const DELIMITER = '---';
/** `grouped` is release-please's merged PR (separate-pull-requests: false): the entry folds into <details>. */
function renderBody(entry, header = DEFAULT_HEADER, footer = DEFAULT_FOOTER, grouped) {
    return grouped ? renderGroupedBody([{ ...grouped, entry }], header, footer) : wrapNotes(entry, header, footer);
}
/** release-please's PullRequestBody with useComponents: one <details> per release, in order. */
function renderGroupedBody(releases, header = DEFAULT_HEADER, footer = DEFAULT_FOOTER) {
    const notes = releases.map((r) => `<details><summary>${r.component ? `${r.component}: ` : ''}${r.version}</summary>\n\n${r.entry}\n</details>`).join('\n\n');
    return wrapNotes(notes, header, footer);
}
function wrapNotes(notes, header, footer) {
    return `${header}\n${DELIMITER}\n\n\n${notes}\n\n${DELIMITER}\n${footer}`;
}
/** The notes between the first and the last `---` line, and the version of their first heading. */
function parseBody(body, notation = 'semver') {
    const lines = body.trim().replace(/\r\n/g, '\n').split('\n');
    const first = lines.indexOf(DELIMITER);
    if (first === -1)
        return undefined;
    let last = lines.lastIndexOf(DELIMITER);
    if (last === first)
        last = lines.length - 1;
    const entry = lines.slice(first + 1, last).join('\n').trim();
    const heading = /^#{2,3} \[?(\d+\.\d+\.\d+[^\]\s]*)/m.exec(entry);
    return { entry, version: heading ? tryParseVersion(heading[1], notation) : undefined };
}

;// CONCATENATED MODULE: ./src/core/release-pr/branch.ts
/** The release PR's head branch: how pyrelease (and release-please) recognise their PR. */
function releaseBranchName(targetBranch, component) {
    return component ? `release-please--branches--${targetBranch}--components--${component}` : `release-please--branches--${targetBranch}`;
}
/** linked-versions' group PR (release-please's BranchName.ofGroupTargetBranch, the group name made branch-safe). */
function linkedBranchName(targetBranch, groupName) {
    return `release-please--branches--${targetBranch}--groups--${groupName.replace(/[^\w\d]/g, '-').replace(/-+/g, '-')}`;
}

;// CONCATENATED MODULE: ./src/core/release-pr/title.ts
/** The release PR title from `pull-request-title-pattern`, and back (release-please's PullRequestTitle). */

const DEFAULT_TITLE_PATTERN = 'chore${scope}: release${component} ${version}';
/** separate-pull-requests: false ignores pull-request-title-pattern for this one (release-please's MANIFEST_PULL_REQUEST_TITLE_PATTERN). */
const GROUP_TITLE_PATTERN = 'chore: release ${branch}';
function renderTitle(p) {
    let pattern = p.pattern || DEFAULT_TITLE_PATTERN;
    const component = p.componentNoSpace ? p.component : p.component ? ` ${p.component}` : '';
    if (p.componentNoSpace && !component)
        pattern = pattern.replace('${component} ', '');
    // String.replace with a string pattern replaces the first occurrence only, as upstream.
    return pattern
        .replace('${scope}', p.targetBranch ? `(${p.targetBranch})` : '')
        .replace('${component}', component)
        .replace('${version}', p.version)
        .replace('${branch}', p.targetBranch)
        .trim();
}
function titleMatcher(pattern, componentNoSpace = false) {
    const source = (pattern || DEFAULT_TITLE_PATTERN)
        .replace(/\[/g, '\\[')
        .replace(/\]/g, '\\]')
        .replace(/\(/g, '\\(')
        .replace(/\)/g, '\\)')
        .replace('${scope}', '(\\((?<branch>[\\w-./]+)\\))?')
        .replace('${component}', componentNoSpace ? '?(?<component>@?[\\w-./]*)?' : ' ?(?<component>@?[\\w-./]*)?')
        .replace('${version}', 'v?(?<version>[0-9].*)')
        .replace('${branch}', '(?<branch>[\\w-./]+)?');
    return new RegExp(`^${source}$`);
}
/** The version a title names under the pattern, or undefined when the title does not match it. */
function parseTitleVersion(title, pattern, componentNoSpace = false, notation = 'semver') {
    const version = titleMatcher(pattern, componentNoSpace).exec(title)?.groups?.version;
    return version ? tryParseVersion(version, notation) : undefined;
}

// EXTERNAL MODULE: ./src/core/pyproject-toml.ts
var pyproject_toml = __webpack_require__(39332);
// EXTERNAL MODULE: ./src/core/config/json-text.ts
var json_text = __webpack_require__(14744);
;// CONCATENATED MODULE: ./src/core/changelog/changelog-json.ts
/**
 * changelog.json, the machine-readable changelog, as release-please's ChangelogJson updater writes
 * it for release-type python: only when the file exists at the repository root, with the commits
 * the CHANGELOG sections show (its filterCommits), the new release first in `entries`.
 *
 * Two values release-please takes from the moment are taken from the plan instead, so the same
 * plan gives the same bytes and a re-run does not rewrite an unchanged release PR: `createTime`
 * (and `updateTime`) is the plan's date at 12:00 UTC, and `id` is a UUID-shaped value made of
 * the newest commit's sha instead of a random one.
 */


const CHANGELOG_JSON = 'changelog.json';
const COMMIT_PREFIX = /^[^:]+: ?/;
const PR_SUFFIX = / ?\(#(?<pr>[0-9]+)\)$/;
function updateChangelogJson(content, input) {
    const parsed = (0,json_text/* parseJsonText */.l)(content, CHANGELOG_JSON, 'CHANGELOG_JSON_INVALID').value;
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.entries)) {
        throw new pyrelease_error.PyreleaseError('CHANGELOG_JSON_INVALID', `${CHANGELOG_JSON}: has no "entries" list, so the release cannot be added to it`, {
            file: CHANGELOG_JSON,
            fix: 'write {"repository": "owner/name", "entries": []} (the machine-readable changelog format), or delete the file',
        });
    }
    const changes = visibleCommits(input.commits, input.sections).map((c) => toChange(c, input.repositoryUrl));
    if (changes.length === 0)
        return content;
    const time = `${input.date}T12:00:00.000Z`;
    const newest = input.commits[0].sha;
    parsed.entries.unshift({ changes, version: input.version, language: 'PYTHON', artifactName: input.artifactName, id: uuidFromSha(newest), createTime: time });
    parsed.updateTime = time;
    return JSON.stringify(parsed, null, 2);
}
function toChange(commit, repositoryUrl) {
    const issues = new Set();
    let message = commit.header.replace(COMMIT_PREFIX, '');
    const pr = PR_SUFFIX.exec(message);
    if (pr?.groups?.pr) {
        message = message.replace(pr[0], '');
        issues.add(pr.groups.pr);
    }
    for (const ref of commit.references)
        issues.add(ref.issue);
    const change = { type: commit.type, sha: commit.sha, message, issues: [...issues] };
    if (commit.scope)
        change.scope = commit.scope;
    // release-please's CHANGELOG rendering rewrites the first (#N) of each breaking note into a link
    // on the commit objects themselves, before changelog.json is written: the file gets the link too.
    for (const note of commit.notes)
        if (note.title === 'BREAKING CHANGE')
            change.breakingChangeNote = note.text.replace(/\(#(\d+)\)/, `([#$1](${repositoryUrl}/issues/$1))`);
    return change;
}
/** release-please's filterCommits: a visible section's type (case-sensitive), or a breaking change of a hidden one. */
function visibleCommits(commits, sections) {
    const visible = sections.filter((s) => !s.hidden).map((s) => s.type);
    const hidden = sections.filter((s) => s.hidden).map((s) => s.type);
    return commits.filter((c) => visible.includes(c.type) || (c.notes.some((n) => n.title === 'BREAKING CHANGE') && hidden.includes(c.type)));
}
function uuidFromSha(sha) {
    const h = sha.padEnd(32, '0');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Number.parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./src/core/changelog/insert.ts
/** Puts the new entry into CHANGELOG.md where release-please does (release-please-behaviour.md §7). */
const VERSION_HEADING = /\n###? v?[0-9[]/s;
function insertChangelogEntry(existing, entry) {
    const content = existing ?? '';
    const at = content.search(VERSION_HEADING);
    if (at === -1) {
        // No version heading yet: a new file, or old text that moves below with every H1 demoted.
        return content ? `# Changelog\n\n${entry}\n\n${content.replace(/^#(\s)/gm, '##$1').trim()}\n` : `# Changelog\n\n${entry}\n`;
    }
    return `${content.slice(0, at)}\n${entry}\n${content.slice(at)}`.trim() + '\n';
}

// EXTERNAL MODULE: ./src/core/version/notation.ts
var version_notation = __webpack_require__(66956);
// EXTERNAL MODULE: ./src/core/updaters/extra-files.ts + 1 modules
var extra_files = __webpack_require__(68617);
// EXTERNAL MODULE: ./src/core/updaters/json-stringify.ts
var json_stringify = __webpack_require__(27502);
// EXTERNAL MODULE: ./src/core/updaters/pyproject.ts + 1 modules
var updaters_pyproject = __webpack_require__(26797);
// EXTERNAL MODULE: ./src/core/version/pep440-version.ts
var pep440_version = __webpack_require__(94072);
;// CONCATENATED MODULE: ./src/core/updaters/python-files.ts
/**
 * setup.py, setup.cfg and `__version__` files, with release-please's regexes — first match
 * only, `(-\w+)?` suffix (so dotted pre-releases are left stale), and setup.cfg's first
 * `version =` anywhere (even `python_version`): matched on purpose, see the README.
 * With versioning: pep440 the old version is matched in any PEP 440 spelling instead.
 */

const SEMVER_SUFFIXED = /[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?/.source;
function oldVersion(notation) {
    return notation === 'pep440' ? pep440_version/* PEP440_IN_TEXT */.SX.source : SEMVER_SUFFIXED;
}
function updateSetupPy(content, version, notation = 'semver') {
    return content.replace(new RegExp(`(version ?= ?["'])${oldVersion(notation)}(["'])`, notation === 'pep440' ? 'i' : ''), `$1${version}$2`);
}
function updateSetupCfg(content, version, notation = 'semver') {
    return content.replace(new RegExp(`(version ?= ?)${oldVersion(notation)}`, notation === 'pep440' ? 'i' : ''), `$1${version}`);
}
function updateVersionVariable(content, version, notation = 'semver') {
    return content.replace(new RegExp(`(__version__ ?= ?["'])${oldVersion(notation)}(["'])`, notation === 'pep440' ? 'i' : ''), `$1${version}$2`);
}

;// CONCATENATED MODULE: ./src/core/updaters/pyproject-requirements.ts
/**
 * pyproject.toml: requirement strings of [project] rewritten in place (a workspace dependent
 * admitting its dependency's new version). The string is found as TOML writes it, basic or
 * literal; one that is not written that plainly (escapes, a multi-line string) is refused rather
 * than left excluding the version the release publishes.
 */

function rewriteRequirements(content, file, rewrites) {
    let out = content;
    for (const { from, to } of rewrites) {
        const forms = [[JSON.stringify(from), JSON.stringify(to)], [`'${from}'`, `'${to}'`]];
        const form = forms.find(([written]) => out.includes(written));
        if (!form) {
            throw new pyrelease_error.PyreleaseError('WORKSPACE_DEPENDENT_NOT_BUMPABLE', `${file}: the requirement ${JSON.stringify(from)} is not written as a plain TOML string, so it cannot be rewritten to ${JSON.stringify(to)}`, { file, key: 'project.dependencies', fix: `write it as "${to}" on one line (no escapes, no multi-line string)` });
        }
        out = out.split(form[0]).join(form[1]);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
// EXTERNAL MODULE: ./src/core/publish/pep440.ts
var pep440 = __webpack_require__(98084);
;// CONCATENATED MODULE: ./src/core/updaters/uv-lock.ts
/**
 * uv.lock: a project's own `[[package]]` entry (its name, normalised as uv writes it, its source
 * the project's directory) gets the new version — and, in a workspace, the requires-dist
 * specifiers the release rewrote; every other byte stays as uv wrote it. release-please leaves it
 * stale, and `uv sync --locked` then fails on the release commit.
 */


const HEADER = /^\[\[package\]\]\s*$/;
function updateUvLock(content, projectName, version, edit = {}) {
    const eol = content.includes('\r\n') ? '\r\n' : '\n';
    const lines = content.split(eol);
    const wanted = (0,distribution_name/* normalizeProjectName */.yz)(projectName);
    const source = new RegExp(`^source\\s*=\\s*\\{\\s*(editable|virtual)\\s*=\\s*${uv_lock_escape(JSON.stringify(edit.memberPath ?? '.'))}\\s*\\}`);
    for (let i = 0; i < lines.length; i++) {
        if (!HEADER.test(lines[i]))
            continue;
        // The entry runs until the next table header; its [package.metadata] until the next [[package]].
        let end = i + 1;
        while (end < lines.length && !/^\s*\[/.test(lines[end]))
            end++;
        const entry = lines.slice(i + 1, end);
        const name = entry.map((l) => /^name\s*=\s*"([^"]*)"\s*$/.exec(l)?.[1]).find((n) => n !== undefined);
        if (name === undefined || (0,distribution_name/* normalizeProjectName */.yz)(name) !== wanted)
            continue;
        // Only the project itself (source editable/virtual at its directory), never a dependency that happens to share the name.
        if (!entry.some((l) => source.test(l)))
            continue;
        const at = entry.findIndex((l) => /^version\s*=\s*"[^"]*"\s*$/.test(l));
        if (at === -1)
            return { content, warning: `uv.lock: the entry of ${projectName} has no version line (a dynamic version): left as it is` };
        // uv writes the normalised PEP 440 form (1.2.0rc1, not 1.2.0-rc.1).
        lines[i + 1 + at] = lines[i + 1 + at].replace(/"[^"]*"/, JSON.stringify((0,pep440/* normalizePep440 */.Z)(version) ?? version));
        let blockEnd = end;
        while (blockEnd < lines.length && !HEADER.test(lines[blockEnd]))
            blockEnd++;
        for (const { name: dep, specifier } of edit.specifiers ?? []) {
            for (let j = end; j < blockEnd; j++)
                lines[j] = setSpecifier(lines[j], dep, specifier);
        }
        return { content: lines.join(eol) };
    }
    return { content, warning: `uv.lock: no [[package]] entry for ${projectName} (the project itself): left as it is; run uv lock` };
}
/** `{ name = "core", specifier = ">=1.0, <1.1" }` (inline tables of requires-dist): uv writes the clauses joined by ", ". */
function setSpecifier(line, dep, specifier) {
    const uvForm = specifier.replace(/^\((.*)\)$/, '$1').split(',').map((c) => c.trim()).join(', ');
    return line.replace(/\{\s*name\s*=\s*"([^"]*)"([^{}]*?)specifier\s*=\s*"[^"]*"/g, (whole, name, between) => (0,distribution_name/* normalizeProjectName */.yz)(name) === dep ? `{ name = "${name}"${between}specifier = ${JSON.stringify(uvForm)}` : whole);
}
function uv_lock_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/updaters/index.ts
/**
 * Every file edit of a release PR for release-type python (or simple), in release-please's
 * order, updaters for the same path applied one after another (its mergeUpdates).
 */











function planFileUpdates(input) {
    const { pkg } = input;
    const version = (0,version_version/* parseVersion */.ot)(input.version, 'version', (0,version_notation/* versionNotation */.t)(pkg));
    const warnings = [];
    const updates = new Map();
    // release-please's mergeUpdates: updaters of one path run one after another, in order.
    const addAt = (key, updater) => updates.set(key, [...(updates.get(key) ?? []), updater]);
    const add = (path, updater) => addAt((0,extra_files/* packagePath */.C0)(pkg.path, path), updater);
    const existing = (u) => (c) => (c === undefined ? undefined : u(c));
    if (!pkg.skipChangelog)
        add(pkg.changelogPath, (c) => insertChangelogEntry(c, input.changelogEntry));
    if (pkg.releaseType === 'python')
        addPythonUpdates(input, add, addAt, existing, warnings);
    else
        add('version.txt', existing(() => `${input.version}\n`));
    for (const extra of (0,extra_files/* extraFileUpdates */.nu)(pkg, version, input.date, input.treePaths, warnings, input.fileFormats))
        addAt(extra.path, existing(extra.update));
    const files = {};
    for (const [path, chain] of updates) {
        const original = input.readFile(path);
        let content = original;
        for (const u of chain)
            content = u(content);
        if (content !== undefined && content !== original)
            files[path] = content;
    }
    if (input.manifest) {
        const manifest = updateManifest(input.manifest.content, pkg.path, input.version);
        if (manifest !== input.manifest.content)
            files[input.manifest.path] = manifest;
    }
    return { files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings };
}
/**
 * The files the updaters may read beyond the fixed version files (pyproject.toml, setup.py, …):
 * extra files (globs expanded, package-relative) and changelog.json. A caller that loads files
 * before planning must load these too, or they are taken as missing and left unchanged.
 */
function updaterReadPaths(pkg, treePaths) {
    const paths = new Set((0,extra_files/* extraFileReadPaths */.Z6)(pkg, treePaths));
    if (treePaths.includes(CHANGELOG_JSON))
        paths.add(CHANGELOG_JSON);
    return [...paths];
}
function addPythonUpdates(input, add, addAt, existing, warnings) {
    const v = input.version;
    const notation = (0,version_notation/* versionNotation */.t)(input.pkg);
    add('setup.cfg', existing((c) => updateSetupCfg(c, v, notation)));
    add('setup.py', existing((c) => updateSetupPy(c, v, notation)));
    const pyprojectPath = (0,extra_files/* packagePath */.C0)(input.pkg.path, 'pyproject.toml');
    const pyproject = input.readFile(pyprojectPath);
    const project = pyproject === undefined ? undefined : projectTable(pyproject, pyprojectPath);
    // release-please's strategy component (component, else package-name, else ""), replaced by the
    // project's name when pyproject.toml has a project table — even by no name at all.
    const projectName = project ? (typeof project.name === 'string' ? project.name : undefined) : input.pkg.component || input.pkg.packageName || '';
    if (project) {
        add('pyproject.toml', (c) => {
            if (c === undefined)
                return c;
            const r = (0,updaters_pyproject/* updatePyproject */.e)(c, v, pyprojectPath);
            if (r.warning)
                warnings.push(r.warning);
            return r.content;
        });
    }
    const ws = input.workspace;
    if (ws && ws.rewrites.length > 0)
        add('pyproject.toml', existing((c) => rewriteRequirements(c, pyprojectPath, ws.rewrites)));
    if (projectName && typeof project?.name === 'string') {
        const name = project.name;
        // In a workspace, uv keeps one uv.lock at the root, naming each member by its directory.
        const edit = ws ? { memberPath: ws.memberPath, specifiers: ws.lockSpecifiers } : {};
        const lock = existing((c) => {
            const r = updateUvLock(c, name, v, edit);
            if (r.warning)
                warnings.push(r.warning);
            return r.content;
        });
        if (ws)
            addAt(ws.lockPath, lock);
        else
            add('uv.lock', lock);
    }
    if (projectName) {
        for (const name of [projectName, projectName.replace(/-/g, '_')]) {
            for (const p of [`${name}/__init__.py`, `src/${name}/__init__.py`])
                add(p, existing((c) => updateVersionVariable(c, v, notation)));
        }
    }
    const prefix = input.pkg.path === '.' ? '' : `${input.pkg.path}/`;
    for (const path of input.treePaths) {
        if (path.startsWith(prefix) && (path === `${prefix}version.py` || path.endsWith('/version.py')))
            add(path.slice(prefix.length), existing((c) => updateVersionVariable(c, v, notation)));
    }
    // release-please's python strategy: the project (else setup.py's) name; "" counts as a name
    // given, and then there is none. The path is the repository root's, whatever the package path.
    const artifactName = projectName ?? nameFromSetupPy(input);
    if (artifactName && !input.pkg.skipChangelog && input.commits.length > 0) {
        addAt(CHANGELOG_JSON, existing((c) => updateChangelogJson(c, { commits: input.commits, sections: input.sections, version: v, artifactName, date: input.date, repositoryUrl: input.repositoryUrl })));
    }
}
/** release-please's getNameFromSetupPy: the first `name = '…'` in setup.py. */
function nameFromSetupPy(input) {
    const text = input.readFile((0,extra_files/* packagePath */.C0)(input.pkg.path, 'setup.py'));
    return text ? /name *= *['"](?<name>.*)['"](\r|\n|$)/.exec(text)?.groups?.name || undefined : undefined;
}
/** release-please stops on a pyproject.toml it cannot parse; so does pyrelease, naming the line, rather than leave it stale. */
function projectTable(text, file) {
    const parsed = (0,pyproject_toml/* parsePyprojectToml */.w)(text, file, 'fix the syntax; the release PR would otherwise leave its version stale');
    return (parsed.project ?? parsed.tool?.poetry);
}
function updateManifest(content, pkgPath, version) {
    const parsed = content ? JSON.parse(content) : {};
    parsed[pkgPath] = version;
    return content ? (0,json_stringify/* stringifyLike */.d)(parsed, content) : JSON.stringify(parsed, null, 2);
}

;// CONCATENATED MODULE: ./src/core/workspace/dependency-notes.ts
/**
 * The "Dependencies" part of a workspace dependent's CHANGELOG entry, in the text release-please's
 * node-workspace and cargo-workspace plugins write (their getChangelogDepsNotes), appended to the
 * entry where their appendDependenciesSectionToChangelog (plugins/workspace.js) appends it.
 */
/** `* The following workspace dependencies were updated` with one indented list per group, or "" when none. */
function renderDependencyNotes(notes) {
    const groups = new Map();
    for (const n of notes) {
        // A requirement that still admits the version is release-please's `workspace:` case: "bumped to".
        const line = n.from === undefined ? `\n    * ${n.name} bumped to ${n.to}` : `\n    * ${n.name} bumped from ${n.from} to ${n.to}`;
        groups.set(n.group, (groups.get(n.group) ?? new Set()).add(line));
    }
    let text = '';
    for (const [group, lines] of groups)
        text += `\n  * ${group}${[...lines].join('')}`;
    return text ? `* The following workspace dependencies were updated${text}` : '';
}
/** release-please's appendDependenciesSectionToChangelog, line for line in behaviour. */
function appendDependenciesSection(changelog, notes) {
    if (!changelog)
        return `### Dependencies\n\n${notes}`;
    const out = [];
    let inSection = false;
    let spacer = false;
    let injected = false;
    for (const line of changelog.split('\n')) {
        if (inSection) {
            const trimmed = line.trim();
            // release-please pushes the whole changelog here (not the notes): kept, as its output is what users have.
            if (spacer && !injected && !trimmed.startsWith('*')) {
                out.push(changelog);
                injected = true;
            }
            if (trimmed === '')
                spacer = true;
        }
        if (/### Dependencies/.test(line))
            inSection = true;
        out.push(line);
    }
    if (injected)
        return out.join('\n');
    if (inSection)
        return `${changelog}\n${notes}`;
    return `${changelog}\n\n\n### Dependencies\n\n${notes}`;
}

// EXTERNAL MODULE: ./node_modules/@conventional-commits/parser/index.js
var parser = __webpack_require__(37397);
// EXTERNAL MODULE: ./node_modules/@conventional-commits/parser/lib/scanner.js
var scanner = __webpack_require__(3619);
var scanner_default = /*#__PURE__*/__webpack_require__.n(scanner);
;// CONCATENATED MODULE: ./src/core/commits/header-check.ts
/**
 * Whether @conventional-commits/parser 0.4.1 (the parser release-please 17.11.2 calls) accepts a
 * message, decided without calling it. Calling the parser on a message it rejects costs an
 * Error built per alternative tried and a throw (issue #21); this answers first. It throws in
 * two places only (lib/parser.js): when <summary> fails on the first line of the trimmed text,
 * and when scope() meets "(" without ")" — which, past the first line, happens where <token> is
 * tried, at the start of every line that is not a continuation (body() tries pre-footer there,
 * and the footer loop goes line by line). test/core/commits/header-check.test.ts proves it
 * agrees with the parser on the corpus, generated histories and strings built from every
 * character the grammar distinguishes.
 */
// <type> ends at parens, <whitespace> (lib/type-checks.js: ZWNBSP TAB VT FF SP NBSP), newlines, "!" and ":".
const TYPE_END = new Set(['(', ')', '\ufeff', '\t', '\v', '\f', ' ', '\u00a0', '\r', '\n', '!', ':']);
// token() at a line start that throws: not "BREAKING CHANGE"/"BREAKING-CHANGE" (tried first),
// then <type>, then "(" and a scope that meets "(", a newline or the end before any ")".
// After a newline, a <type> character is a line start (a newline is not one).
const UNCLOSED_SCOPE_AT_LINE_START = /[\r\n](?!BREAKING[ -]CHANGE)[^()\ufeff\t\v\f \u00a0\r\n!:]+\([^()\r\n]*(?:[(\r\n]|$)/;
function isConventionalMessage(message) {
    const s = message.trim();
    return summaryParses(s) && !UNCLOSED_SCOPE_AT_LINE_START.test(s);
}
/** <summary> ::= <type> ["(" <scope> ")"] ["!"] ":" … (a breaking-change literal is taken where "!" is). */
function summaryParses(s) {
    const i = afterType(s, 0);
    if (i === 0)
        return false;
    let j = i;
    if (s[j] === '(') {
        const close = scopeEnd(s, j + 1);
        // No ")" throws; an empty scope rewinds to the ")" itself, where neither "!" nor ":" follows.
        if (s[close] !== ')' || close === j + 1)
            return false;
        j = close + 1;
    }
    if (s[j] === '!')
        j++;
    else if (startsWithBreaking(s, j))
        j += 15;
    return s[j] === ':' || (s[j] === ' ' && s[j + 1] === '#');
}
/** Where a <type> starting at `start` ends (start itself when there is none). */
function afterType(s, start) {
    let i = start;
    while (i < s.length && !TYPE_END.has(s[i]))
        i++;
    return i;
}
/** Where a <scope> starting at `start` ends: at the first paren or newline, or the end. */
function scopeEnd(s, start) {
    let i = start;
    while (i < s.length && s[i] !== '(' && s[i] !== ')' && s[i] !== '\r' && s[i] !== '\n')
        i++;
    return i;
}
function startsWithBreaking(s, at) {
    return s.startsWith('BREAKING CHANGE', at) || s.startsWith('BREAKING-CHANGE', at);
}

;// CONCATENATED MODULE: ./src/core/commits/common-shapes.ts

const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const OPEN = 40;
const CLOSE = 41;
const COLON = 58;
const B = 66;
/** A reference's issue: what release-please keeps (a number). */
const ISSUE_NUMBER = /^[0-9]+$/;
// What a line after the header can be, as the parser's body and footer rules see it.
const PLAIN = 0;
const FOOTER = 1;
const CONTINUATION = 2;
const NOT_COMMON = 3;
/** `BREAKING CHANGE: …`, a footer whose text becomes the breaking note (the parser's breaking-change token). */
const BREAKING_FOOTER = 4;
const BREAKING_CHANGE = 'BREAKING CHANGE';
/** The parser's <whitespace>: ZWNBSP TAB VT FF SP NBSP (lib/type-checks.js). */
function isWhitespace(c) {
    return c === SPACE || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff;
}
function skipWhitespace(s, i) {
    while (isWhitespace(s.charCodeAt(i)))
        i++;
    return i;
}
function skipNewlines(s, i) {
    let c = s.charCodeAt(i);
    while (c === LF || c === CR)
        c = s.charCodeAt(++i);
    return i;
}
function lineEnd(s, i) {
    const n = s.length;
    let c = s.charCodeAt(i);
    while (i < n && c !== LF && c !== CR)
        c = s.charCodeAt(++i);
    return i;
}
function lineKind(s, start) {
    const c = s.charCodeAt(start);
    if (isWhitespace(c))
        return CONTINUATION;
    // <token> tries "!" and the BREAKING literals first (and the body reads them specially).
    if (c === B && s.startsWith(BREAKING_CHANGE, start) && s.charCodeAt(start + BREAKING_CHANGE.length) === COLON)
        return BREAKING_FOOTER;
    if (c === BANG || (c === B && (s.startsWith(BREAKING_CHANGE, start) || s.startsWith('BREAKING-CHANGE', start))))
        return NOT_COMMON;
    const end = afterType(s, start);
    if (end === start)
        return PLAIN;
    const d = s.charCodeAt(end);
    if (d === COLON || (d === SPACE && s.charCodeAt(end + 1) === HASH))
        return FOOTER;
    // A scope or "!" after a footer's type (and an unclosed scope, which the parser throws on).
    if (d === OPEN || d === BANG)
        return NOT_COMMON;
    return PLAIN;
}
/**
 * The commits parse-message.ts's toCommits makes of `message` (footer-commits first, then the
 * header commit), or undefined when the message is not of a common shape.
 */
function commonShapeCommits(message) {
    const s = message.trim();
    const typeEnd = afterType(s, 0);
    if (typeEnd === 0)
        return undefined;
    let at = typeEnd;
    let scope = null;
    if (s.charCodeAt(at) === OPEN) {
        const close = scopeEnd(s, at + 1);
        if (s.charCodeAt(close) !== CLOSE || close === at + 1)
            return undefined;
        scope = s.slice(at + 1, close);
        at = close + 1;
    }
    const bang = s.charCodeAt(at) === BANG;
    if (bang)
        at++;
    if (s.charCodeAt(at) !== COLON)
        return undefined;
    const subjectStart = skipWhitespace(s, at + 1);
    const headerEnd = lineEnd(s, subjectStart);
    const type = s.slice(0, typeEnd);
    const subject = s.slice(subjectStart, headerEnd);
    const head = { header: `${type}${scope === null ? '' : `(${scope})`}${bang ? '!' : ''}: ${subject}`, type, scope, subject, body: '', notes: [], references: [] };
    if (bang && subject !== '')
        head.notes.push({ title: 'BREAKING CHANGE', text: subject });
    // One pass over the lines: where the body starts, and where the last block of footers starts.
    let firstLine = -1;
    let footerStart = -1;
    let bodyEnd = -1;
    // A BREAKING CHANGE line the body turns out to hold (a plain line follows) is read by the body rule: the parser's.
    let breakingInBlock = false;
    for (let end = headerEnd; end < s.length;) {
        const start = skipNewlines(s, end);
        const kind = lineKind(s, start);
        if (kind === NOT_COMMON)
            return undefined;
        if (firstLine === -1)
            firstLine = start;
        if (kind === PLAIN) {
            if (breakingInBlock)
                return undefined;
            footerStart = -1;
        }
        else if ((kind === FOOTER || kind === BREAKING_FOOTER) && footerStart === -1) {
            footerStart = start;
            bodyEnd = end;
        }
        if (kind === BREAKING_FOOTER)
            breakingInBlock = true;
        end = lineEnd(s, start);
    }
    if (firstLine !== -1 && footerStart !== firstLine)
        head.body = s.slice(firstLine, footerStart === -1 ? s.length : bodyEnd);
    const commits = [];
    // The breaking note's text: the header's subject after "!", then each BREAKING CHANGE footer's last text (the last one wins).
    let breakingText;
    for (let start = footerStart; start !== -1 && start < s.length;) {
        const breaking = s.startsWith(BREAKING_CHANGE, start) && s.charCodeAt(start + BREAKING_CHANGE.length) === COLON;
        const tokenEnd = breaking ? start + BREAKING_CHANGE.length : afterType(s, start);
        const token = s.slice(start, tokenEnd);
        const hashSeparator = s.charCodeAt(tokenEnd) !== COLON;
        const valueStart = skipWhitespace(s, tokenEnd + (hashSeparator ? 2 : 1));
        let end = lineEnd(s, valueStart);
        let text = s.slice(valueStart, end);
        // The header release-please re-reads the footer as: separator ": " (" #" is left out), texts and newlines.
        let footerText = hashSeparator ? `${token}${text}` : `${token}: ${text}`;
        // A breaking-change token holds no <type>: its reference has no action.
        const reference = { prefix: '#', action: breaking ? '' : token, issue: '' };
        let hasReference = hashSeparator;
        for (let next = skipNewlines(s, end);; next = skipNewlines(s, end)) {
            // Each text of the footer in turn; the last one is the issue (and the Release-As version).
            if (text.charCodeAt(0) === HASH) {
                hasReference = true;
                reference.issue = text.substring(1);
            }
            else
                reference.issue = text;
            if (next >= s.length || !isWhitespace(s.charCodeAt(next))) {
                start = next;
                break;
            }
            const textStart = skipWhitespace(s, next);
            const newlines = s.slice(end, next);
            end = lineEnd(s, textStart);
            text = s.slice(textStart, end);
            footerText += newlines + text;
        }
        if (hasReference && ISSUE_NUMBER.test(reference.issue))
            head.references.push(reference);
        if (breaking) {
            if (text === '')
                return undefined;
            breakingText = text;
            continue;
        }
        if (token.toLowerCase() === 'release-as')
            head.notes.push({ title: 'RELEASE AS', text });
        if (isConventionalMessage(footerText)) {
            const nested = commonShapeCommits(footerText);
            if (!nested)
                return undefined;
            commits.push(...nested);
        }
    }
    if (breakingText !== undefined) {
        // One note, ahead of the Release-As ones, as the parser's walk makes it.
        if (bang && subject !== '')
            head.notes[0].text = breakingText;
        else
            head.notes.unshift({ title: 'BREAKING CHANGE', text: breakingText });
    }
    commits.push(head);
    return commits;
}

;// CONCATENATED MODULE: ./src/core/commits/parse-message.ts
/**
 * One message → the commits release-please 17.11.2 reads from it: the tree of
 * @conventional-commits/parser, the parser release-please calls, read by release-please's
 * `toConventionalChangelogFormat` and `postProcessCommits` (build/src/commit.js) step for step,
 * quirks included: the visitors pop the ancestor arrays the walk hands them (shared by
 * siblings), the body's `BREAKING-CHANGE:` check tests `String(node)` ("[object Object]") and
 * so never matches there, and the last text of a BREAKING CHANGE footer wins. A message the
 * parser rejects gives no commits (release-please drops it), decided by header-check.ts
 * without the parser's throw (issue #21).
 */




/**
 * unist-util-visit-parents 3 (what release-please walks the tree with), as its visitors use it:
 * pre-order, nodes of the given types (all when null), and the visitor gets the very array of
 * ancestors its siblings get, so what one visitor pops is missing for the next. It costs as much
 * as the parse itself in that library (a display name and closures per node), hence this; the
 * differential test against release-please's own parseConventionalCommits keeps it exact (ADR 4).
 */
function walkWithAncestors(node, types, visitor, ancestors = []) {
    // One array per parent, shared by its children, taken before the visitor may pop from
    // `ancestors` (unist's grandparents = parents.concat(node)); leaves need none.
    const children = node.children;
    const below = children && children.length > 0 ? [...ancestors, node] : undefined;
    if (!types || types.includes(node.type))
        visitor(node, ancestors);
    if (below)
        for (const child of children)
            walkWithAncestors(child, types, visitor, below);
}
/** unist-util-visit 2: the same pre-order walk; release-please's visitors use neither index nor parent, so no ancestors are kept. */
function walk(node, types, visitor) {
    if (!types || types.includes(node.type))
        visitor(node);
    const children = node.children;
    if (children)
        for (const child of children)
            walk(child, types, visitor);
}
/**
 * Footer-commits first, then the header commit (release-please's order). release-please also
 * passes the list through conventional-commits-filter, which only drops commits reverted by a
 * `revert` field; the walk never sets one, so the filter changes nothing and is left out.
 */
function parseMessage(message) {
    // Most messages are of a shape read directly, with the same result (common-shapes.ts, ADR 0006).
    const common = commonShapeCommits(message);
    return common ? common.map(postProcess) : parseWithParser(message);
}
/** The parser's path, for any message; the reference the common shapes are tested against. */
function parseWithParser(message) {
    if (!isConventionalMessage(message))
        return [];
    try {
        return toCommits(parse_message_parse(message)).map(postProcess);
    }
    catch {
        // header-check.ts rejects every message the parser throws on (test/core/commits/header-check.test.ts);
        // should one get through, it is still what release-please does with it: dropped.
        return [];
    }
}
/**
 * The parser's scanner builds an Error for every alternative it rules out (`abort`: a message
 * formatted from the position and the tokens expected, then a rewind), and the parser only
 * tests them with `instanceof Error`; they reach no one, since a message it would throw on is
 * never given to it (header-check.ts). Building them was most of its time, even without stack
 * traces (issue #21), so `abort` rewinds as before and returns one Error made once. `position`
 * copies the same three fields without a generic spread. The tree it builds is unchanged.
 */
const REJECTED = new Error('not this alternative');
(scanner_default()).prototype.abort = function abort(node) {
    this.rewind(node.position.start);
    return REJECTED;
};
(scanner_default()).prototype.position = function position() {
    const { line, column, offset } = this.pos;
    return { line, column, offset };
};
const parse_message_parse = (text) => (0,parser.parser)(text);
function blank() {
    return { header: '', type: '', scope: null, subject: '', body: '', notes: [], references: [] };
}
function toCommits(ast) {
    const commits = [];
    const head = blank();
    let body;
    let summary;
    walk(ast, ['body', 'summary'], (node) => {
        if (node.type === 'body')
            body = node;
        else
            summary = node;
    });
    // No test: every node of the summary, as release-please's visit(summary, visitor).
    walk(summary, null, (node) => {
        switch (node.type) {
            case 'type':
                head.type = node.value;
                head.header += node.value;
                break;
            case 'scope':
                head.scope = node.value;
                head.header += `(${node.value})`;
                break;
            case 'breaking-change':
                head.header += '!';
                break;
            case 'text':
                head.subject = node.value;
                head.header += `: ${node.value}`;
                break;
        }
    });
    if (body)
        walk(body, ['text', 'newline'], (node) => void (head.body += node.value));
    const breaking = { title: 'BREAKING CHANGE', text: '' };
    walkWithAncestors(ast, ['breaking-change'], (node, ancestors) => {
        let parent = ancestors.pop();
        if (!parent)
            return;
        if (parent.type === 'summary')
            breaking.text = head.subject;
        else if (parent.type === 'body') {
            breaking.text = '';
            let hit = false;
            walk(parent, ['breaking-change', 'text', 'newline'], (n) => {
                if (n.type === 'breaking-change')
                    hit = true;
                else if (hit)
                    breaking.text += n.value;
            });
        }
        else if (parent.type === 'token') {
            if (!node.value.includes('BREAKING'))
                return;
            parent = ancestors.pop();
            walk(parent, ['text', 'newline'], (n) => void (breaking.text = n.value));
        }
    });
    if (breaking.text !== '')
        head.notes.push(breaking);
    walk(ast, ['footer'], (footer) => {
        const reference = { prefix: '#', action: '', issue: '' };
        let hasRefSeparator = false;
        walk(footer, ['type', 'separator', 'text'], (n) => {
            if (n.type === 'type')
                reference.action = n.value;
            else if (n.type === 'separator') {
                if (n.value.includes('#'))
                    hasRefSeparator = true;
            }
            else if (n.value.charAt(0) === '#') {
                hasRefSeparator = true;
                reference.issue = n.value.substring(1);
            }
            else
                reference.issue = n.value;
        });
        if (hasRefSeparator && ISSUE_NUMBER.test(reference.issue))
            head.references.push(reference);
    });
    // Footers that look like headers ("fix: a\nfeat: b") are commits of their own.
    walkWithAncestors(ast, ['type'], (node, ancestors) => {
        let parent = ancestors.pop();
        if (!parent || parent.type !== 'token')
            return;
        parent = ancestors.pop();
        let footerText = '';
        walk(parent, ['type', 'scope', 'breaking-change', 'separator', 'text', 'newline'], (n) => {
            if (n.type === 'scope')
                footerText += `(${n.value})`;
            else if (n.type === 'separator') {
                if (!n.value.includes('#'))
                    footerText += `${n.value} `;
            }
            else
                footerText += n.value;
        });
        if (node.value.toLowerCase() === 'release-as') {
            let releaseAs = '';
            walk(parent, ['text'], (n) => void (releaseAs = n.value));
            head.notes.push({ title: 'RELEASE AS', text: releaseAs });
        }
        // A footer that is not a header is just a footer.
        if (isConventionalMessage(footerText))
            commits.push(...toCommits(parse_message_parse(footerText)));
    });
    commits.push(head);
    return commits;
}
/** Note text: first paragraph joined with spaces; "* ", "- ", "#### " lines kept as indented lines. */
function postProcess(commit) {
    for (const note of commit.notes) {
        let text = '';
        let extended = false;
        let i = 0;
        for (const chunk of note.text.split(/\r?\n/)) {
            if (i > 0 && /^#### |^[*-] /.test(chunk) && !extended) {
                text = `${text.trim()}\n`;
                extended = true;
            }
            if (chunk === '')
                break;
            text += extended ? `    ${chunk}\n` : `${chunk} `;
            i++;
        }
        note.text = text.trim();
    }
    const hyphenated = /BREAKING-CHANGE:\s*(.*)/.exec(commit.body);
    if (hyphenated?.[1]) {
        const existing = commit.notes.find((n) => n.title === 'BREAKING CHANGE');
        if (existing)
            existing.text += `\n${hyphenated[1].trim()}`;
        else
            commit.notes.push({ title: 'BREAKING CHANGE', text: hyphenated[1].trim() });
    }
    return commit;
}

;// CONCATENATED MODULE: ./src/core/commits/parse.ts

const SPLIT = /\r?\n\r?\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?: )/;
const BEGIN = 'BEGIN_COMMIT_OVERRIDE';
const END = 'END_COMMIT_OVERRIDE';
function splitMessages(message) {
    // Nearly every message is one message: said without the four arrays below (issue #21).
    if (!message.includes('BEGIN_NESTED_COMMIT') && !SPLIT.test(message))
        return message === '' ? [] : [message];
    const parts = message.split('BEGIN_NESTED_COMMIT');
    let main = parts.shift() ?? '';
    const nested = [];
    for (const part of parts) {
        const [inner, ...rest] = part.split('END_NESTED_COMMIT');
        nested.push(inner ?? '');
        main += rest.join('END_NESTED_COMMIT');
    }
    return [...main.split(SPLIT).filter(Boolean), ...nested];
}
/**
 * release-please's preprocessCommitMessage: the trimmed text after the first BEGIN marker, up to
 * the next END marker, replaces the message of every commit of that PR. Without an END marker it
 * takes the rest of the body; release-please says nothing then, pyrelease keeps that plan and warns.
 */
function effectiveMessage(commit, warnings) {
    const pr = commit.pullRequest;
    const body = pr?.body;
    if (!pr || !body)
        return commit.message;
    const after = body.split(BEGIN)[1];
    const override = (after ?? '').split(END)[0].trim();
    if (!override)
        return commit.message;
    if (!after.includes(END)) {
        warnings.add(`pull request #${pr.number}: its body opens ${BEGIN} without ${END}; release-please (and so pyrelease) uses the rest of the body as the commit message — close the block with ${END} on its own line`);
    }
    return override;
}
function parseConventionalCommits(commits) {
    const out = [];
    const warnings = new Set();
    for (const commit of commits)
        parseCommitInto(commit, out, warnings);
    return { commits: out, warnings: [...warnings] };
}
/**
 * One raw commit's conventional commits appended to `out` (a planner streaming the log calls it
 * per commit). The commit's files are not kept: the package filter has read them already, and
 * 10,000 kept lists were 6 MiB of the plan's peak memory (issue #21).
 */
function parseCommitInto(commit, out, warnings) {
    for (const message of splitMessages(effectiveMessage(commit, warnings))) {
        for (const p of parseMessage(message)) {
            const c = { sha: commit.sha, ...p, header: flat(p.header), subject: flat(p.subject), body: flat(p.body), breaking: p.notes.some((n) => n.title === 'BREAKING CHANGE') };
            for (const n of c.notes)
                n.text = flat(n.text);
            if (commit.pullRequest)
                c.pullRequest = commit.pullRequest;
            out.push(c);
        }
    }
}
/**
 * The parser builds each text a character at a time (`value += next()`), which V8 keeps as a
 * tree of pieces, about 30 bytes a character; converting it to a number flattens it in place
 * to one run of characters (what npm's flatstr does). The commits a plan keeps are then a
 * fraction of the memory (issue #21); the value is the same string.
 */
function flat(text) {
    void (text | 0);
    return text;
}

// EXTERNAL MODULE: ./src/core/package-path.ts
var package_path = __webpack_require__(86539);
;// CONCATENATED MODULE: ./src/core/own-commits.ts


function collectOwnCommits(pkg, view) {
    const belongs = (0,package_path/* packageFilter */.Z6)(pkg.path, pkg.excludePaths);
    const commits = [];
    const warnings = new Set();
    let count = 0;
    return {
        add(raw) {
            const seen = view ? view.commit(raw) : raw;
            if (!seen || !belongs(seen))
                return;
            count++;
            parseCommitInto(seen, commits, warnings);
        },
        reset() {
            commits.length = 0;
            warnings.clear();
            count = 0;
        },
        done: () => ({ count, parsed: { commits, warnings: [...warnings] } }),
    };
}
/** The same for commits already read (tests, the preview's rewritten commits). */
function ownCommitsOf(commits, pkg) {
    const collector = collectOwnCommits(pkg);
    for (const c of commits)
        collector.add(c);
    return collector.done();
}

;// CONCATENATED MODULE: ./src/core/version/pep440-bump.ts


/** A new pre-release line starts at alpha unless prerelease-type says otherwise. */
const FIRST_PHASE = 'a';
function pep440Bump(previous, kind, pkg, reasons) {
    const prev = { ...previous, notation: 'pep440' };
    const current = (0,pep440_version/* leadingPhase */.CC)(prev);
    const wanted = (0,pep440_version/* pep440Phase */.Lh)(pkg.prereleaseType);
    const release = { major: prev.major, minor: prev.minor, patch: prev.patch, notation: 'pep440' };
    // Does the change fit the release the pre-release leads to? (1.3.0rc1 + feat: yes; 1.2.3rc1 + feat: no.)
    const fits = current !== undefined && (kind === 'patch' || (kind === 'minor' && prev.patch === 0) || (kind === 'major' && prev.minor === 0 && prev.patch === 0));
    const prevText = (0,version_version/* formatVersion */.qh)(prev);
    if (!pkg.prerelease) {
        if (fits)
            return { version: release, reasons: [...reasons, `prerelease is off: ${prevText} becomes the final ${(0,version_version/* formatVersion */.qh)(release)}`] };
        return { version: nextLine(release, kind), reasons };
    }
    if (fits) {
        const phase = wanted && (0,pep440_version/* phaseRank */.i$)(wanted) > (0,pep440_version/* phaseRank */.i$)(current.phase) ? wanted : current.phase;
        const number = phase === current.phase ? current.number + 1 : 1;
        const next = { ...release, preRelease: `${phase}.${number}` };
        const note = wanted && (0,pep440_version/* phaseRank */.i$)(wanted) < (0,pep440_version/* phaseRank */.i$)(current.phase) ? ` (prerelease-type ${wanted} would go back from ${current.phase}; PEP 440 orders dev < a < b < rc)` : '';
        return { version: next, reasons: [...reasons, `${prevText} is a pre-release of ${(0,version_version/* formatVersion */.qh)(release)}: the next one is ${(0,version_version/* formatVersion */.qh)(next)}${note}`] };
    }
    const line = nextLine(release, kind);
    const next = { ...line, preRelease: `${wanted ?? FIRST_PHASE}.1` };
    return { version: next, reasons: [...reasons, `prerelease is on: ${(0,version_version/* formatVersion */.qh)(next)} is the first pre-release of ${(0,version_version/* formatVersion */.qh)(line)}`] };
}
function nextLine(v, kind) {
    return kind === 'major' ? (0,version_version/* bumpMajor */.i9)(v) : kind === 'minor' ? (0,version_version/* bumpMinor */.OJ)(v) : (0,version_version/* bumpPatch */.nn)(v);
}

;// CONCATENATED MODULE: ./src/core/version/bump.ts



/** What the commits ask for, newest first; a Release-As footer (newest wins) short-circuits. */
function classifyCommits(commits) {
    const breaking = [];
    const features = [];
    for (const c of commits) {
        const releaseAs = c.notes.find((n) => n.title === 'RELEASE AS');
        if (releaseAs)
            return { releaseAs: releaseAs.text, breaking, features };
        if (c.breaking)
            breaking.push(c);
        // The bump compares types case-sensitively (FEAT: only patches), unlike the sections.
        else if (c.type === 'feat' || c.type === 'feature')
            features.push(c);
    }
    return { breaking, features };
}
function nextVersion(previous, commits, pkg) {
    const { releaseAs, breaking, features } = classifyCommits(commits);
    if (releaseAs !== undefined)
        return { version: (0,version_version/* parseVersion */.ot)(releaseAs, 'Release-As footer', (0,version_notation/* versionNotation */.t)(pkg)), reasons: [`a Release-As: ${releaseAs} footer forces the version`] };
    const preMajor = previous.major < 1;
    let kind = 'patch';
    const reasons = [];
    if (breaking.length > 0) {
        kind = preMajor && pkg.bumpMinorPreMajor ? 'minor' : 'major';
        reasons.push(...breaking.map((c) => `${describe(c)} is a breaking change → ${kind}${kind === 'minor' ? ' (bump-minor-pre-major)' : ''}`));
    }
    else if (features.length > 0) {
        kind = preMajor && pkg.bumpPatchForMinorPreMajor ? 'patch' : 'minor';
        reasons.push(...features.map((c) => `${describe(c)} is a feature → ${kind}${kind === 'patch' ? ' (bump-patch-for-minor-pre-major)' : ''}`));
    }
    else {
        reasons.push(`no feature or breaking change among ${commits.length} commit${commits.length === 1 ? '' : 's'} → patch`);
    }
    switch (pkg.versioning) {
        case 'always-bump-patch':
            return { version: (0,version_version/* bumpPatch */.nn)(previous), reasons: ['versioning: always-bump-patch'] };
        case 'always-bump-minor':
            return { version: (0,version_version/* bumpMinor */.OJ)(previous), reasons: ['versioning: always-bump-minor'] };
        case 'always-bump-major':
            return { version: (0,version_version/* bumpMajor */.i9)(previous), reasons: ['versioning: always-bump-major'] };
        case 'prerelease':
            return { version: prereleaseBump(previous, kind, pkg), reasons };
        case 'pep440':
            return pep440Bump(previous, kind, pkg, reasons);
        default:
            return { version: plainBump(previous, kind), reasons };
    }
}
function plainBump(v, kind) {
    return kind === 'major' ? (0,version_version/* bumpMajor */.i9)(v) : kind === 'minor' ? (0,version_version/* bumpMinor */.OJ)(v) : (0,version_version/* bumpPatch */.nn)(v);
}
const PRERELEASE_NUMBER = /(\d+)(?=\D*$)/;
/** "beta.01" → "beta.02" (width kept); a suffix without a number gets ".1". */
function bumpPrereleaseSuffix(pre) {
    const m = PRERELEASE_NUMBER.exec(pre);
    if (!m)
        return `${pre}.1`;
    return pre.replace(PRERELEASE_NUMBER, String(Number(m[1]) + 1).padStart(m[1].length, '0'));
}
function prereleaseBump(v, kind, pkg) {
    const type = pkg.prereleaseType;
    let next;
    if (kind === 'patch') {
        next = v.preRelease ? (0,version_version/* withPreRelease */.D2)(v, bumpPrereleaseSuffix(v.preRelease)) : (0,version_version/* withPreRelease */.D2)({ ...v, patch: v.patch + 1 }, type);
    }
    else if (kind === 'minor') {
        if (v.preRelease)
            next = v.patch === 0 ? (0,version_version/* withPreRelease */.D2)(v, bumpPrereleaseSuffix(v.preRelease)) : (0,version_version/* bumpMinor */.OJ)(v);
        else
            next = (0,version_version/* withPreRelease */.D2)({ ...v, minor: v.minor + 1, patch: 0 }, type);
    }
    else if (v.preRelease) {
        next = v.patch === 0 && v.minor === 0 ? (0,version_version/* withPreRelease */.D2)(v, bumpPrereleaseSuffix(v.preRelease)) : (0,version_version/* bumpMajor */.i9)(v);
    }
    else {
        next = (0,version_version/* withPreRelease */.D2)({ ...v, major: v.major + 1, minor: 0, patch: 0 }, type);
    }
    // Without `prerelease: true` the strategy drops the suffix it computed.
    return pkg.prerelease ? next : { major: next.major, minor: next.minor, patch: next.patch };
}
function describe(c) {
    return `${c.header} (${c.sha.slice(0, 7)})`;
}


// EXTERNAL MODULE: ./src/core/config/tag-style.ts
var tag_style = __webpack_require__(48102);
;// CONCATENATED MODULE: ./src/core/plan.ts














function planNextRelease(input) {
    const { pkg, config } = input;
    // release-please plans a package from the commits that touch its path (or nothing), less exclude-paths.
    const { count, parsed } = 'ownCommits' in input ? input.ownCommits : ownCommitsOf(input.commits, pkg);
    // release-please runs each plugin's processCommits in the order configured.
    const commits = config.plugins.reduce((list, plugin) => (plugin.type === 'sentence-case' ? sentenceCase(list, plugin.specialWords) : list), parsed.commits);
    const base = {
        version: null,
        tag: null,
        previousVersion: input.previous?.version ?? null,
        previousTag: input.previous?.tag ?? null,
        title: null,
        body: null,
        changelogEntry: null,
        files: {},
        commits: count,
        reasons: [],
        // A grouped PR (separate-pull-requests: false) lives on the plain branch, whatever the component.
        headBranch: releaseBranchName(input.targetBranch, config.separatePullRequests ? (0,tag_style/* branchComponent */.k5)(pkg) : ''),
        labels: [...config.labels, ...config.extraLabels],
        draftPullRequest: pkg.draftPullRequest,
        releaseName: null,
        draftRelease: pkg.draft,
        prerelease: false,
        warnings: parsed.warnings,
    };
    const bump = input.workspace?.bump;
    if (commits.length === 0 && !bump)
        return { ...base, reasons: [nothingReason(count, 'none is a conventional commit')] };
    const { version, reasons } = bump ? dependentVersion(commits, input, pkg, bump) : decideVersion(commits, input, pkg);
    const versionText = (0,version_version/* formatVersion */.qh)(version);
    const style = (0,tag_style/* tagStyleOf */.Hn)(pkg);
    const { component } = style;
    const tag = (0,tag_name/* formatTag */._3)(version, style);
    const sections = pkg.changelogSections ?? (pkg.releaseType === 'simple' ? simpleSections : pythonSections);
    const github = pkg.changelogType === 'github';
    const own = github && input.githubNotes !== undefined ? githubEntry(versionText, input.date, input.githubNotes) : renderChangelogEntry(commits, {
        host: pkg.changelogHost,
        owner: input.owner,
        repo: input.repo,
        version: versionText,
        previousTag: input.previous?.tag ?? null,
        currentTag: tag,
        date: input.date,
        sections,
    });
    // release-please's workspace plugins append the bumped dependencies to the entry (and so to the PR body).
    const entry = bump?.notes ? appendDependenciesSection(own, bump.notes) : own;
    // GitHub's notes always hold more than the heading: release-please then releases for any conventional commit.
    if (!github && !bump && isEntryEmpty(entry))
        return { ...base, reasons: [nothingReason(count, 'only hidden types (chore, ci, test, refactor, build, style…)')] };
    const notesWarning = github && input.githubNotes === undefined ? ['changelog-type github: GitHub writes these release notes (its generate-notes API), which needs a token; this plan shows the default CHANGELOG entry instead'] : [];
    const { files, warnings } = planFileUpdates({ pkg, version: versionText, date: input.date, changelogEntry: entry, commits, sections, repositoryUrl: `${pkg.changelogHost}/${input.owner}/${input.repo}`, manifest: input.manifest, readFile: input.readFile, treePaths: input.treePaths, ...(input.fileFormats && { fileFormats: input.fileFormats }), ...(input.workspace && { workspace: { lockPath: input.workspace.lockPath, memberPath: input.workspace.memberPath, rewrites: bump?.rewrites ?? [], lockSpecifiers: bump?.lockSpecifiers ?? [] } }) });
    return {
        ...base,
        version: versionText,
        tag,
        title: config.separatePullRequests
            ? renderTitle({ component, targetBranch: input.targetBranch, version: versionText, pattern: pkg.pullRequestTitlePattern, componentNoSpace: pkg.componentNoSpace })
            : renderTitle({ component, targetBranch: input.targetBranch, version: versionText, pattern: config.groupPullRequestTitlePattern ?? GROUP_TITLE_PATTERN, componentNoSpace: pkg.componentNoSpace }),
        body: renderBody(entry, pkg.pullRequestHeader ?? DEFAULT_HEADER, pkg.pullRequestFooter ?? DEFAULT_FOOTER, config.separatePullRequests ? undefined : { component, version: versionText }),
        changelogEntry: entry,
        files,
        reasons,
        releaseName: `${component ? `${component}: ` : ''}${pkg.includeVInReleaseName ? 'v' : ''}${versionText}`,
        // release-please marks the GitHub release a prerelease only for pre-release or 0.x versions.
        prerelease: pkg.prerelease && (version.preRelease !== undefined || version.major === 0),
        warnings: [...parsed.warnings, ...notesWarning, ...warnings],
    };
}
/** release-please's GitHubChangelogNotes: `## <version> (<date>)`, a blank line, GitHub's body as it came. */
function githubEntry(version, date, body) {
    return `## ${version} (${date})\n\n${body}`;
}
function decideVersion(commits, input, pkg) {
    const notation = (0,version_notation/* versionNotation */.t)(pkg);
    if (pkg.releaseAs)
        return { version: (0,version_version/* parseVersion */.ot)(pkg.releaseAs, 'release-as', notation), reasons: [`release-as: ${pkg.releaseAs} in the config forces the version (remove it after this release)`] };
    if (!input.previous) {
        const footer = commits.find((c) => c.notes.some((n) => n.title === 'RELEASE AS'));
        const text = footer?.notes.find((n) => n.title === 'RELEASE AS')?.text;
        if (text)
            return { version: (0,version_version/* parseVersion */.ot)(text, 'Release-As footer', notation), reasons: [`a Release-As: ${text} footer forces the version`] };
        const initial = pkg.releaseType === 'python' ? '0.1.0' : '1.0.0';
        return { version: (0,version_version/* parseVersion */.ot)(initial), reasons: [`no previous release: the first release is ${initial}`] };
    }
    return nextVersion((0,version_version/* parseVersion */.ot)(input.previous.version, 'previous version', notation), commits, pkg);
}
/**
 * A member released because members it depends on are: release-please's workspace plugins give
 * it a patch bump through its versioning strategy (no commits), or keep the version its own
 * commits already decide.
 */
function dependentVersion(commits, input, pkg, bump) {
    const why = `depends on ${bump.dependsOn.join(', ')}, released with it`;
    if (commits.length > 0) {
        const own = decideVersion(commits, input, pkg);
        return { version: own.version, reasons: [...own.reasons, `${why}: its Dependencies entry says so`] };
    }
    if (pkg.releaseAs || !input.previous)
        return { version: decideVersion(commits, input, pkg).version, reasons: [`${why} (no commits of its own)`] };
    const { version } = nextVersion((0,version_version/* parseVersion */.ot)(input.previous.version, 'previous version', (0,version_notation/* versionNotation */.t)(pkg)), [], pkg);
    return { version, reasons: [`${why}: a patch release with a Dependencies entry (no commits of its own)`] };
}
function nothingReason(count, why) {
    if (count === 0)
        return 'no commits since the last release';
    return `${count} commit${count === 1 ? '' : 's'} since the last release: ${why}`;
}

// EXTERNAL MODULE: ./src/core/config/config-path.ts
var config_path = __webpack_require__(73916);
// EXTERNAL MODULE: ./src/core/config/defaults.ts
var defaults = __webpack_require__(3902);
;// CONCATENATED MODULE: ./src/stages/package-files.ts
/**
 * What the planner reads of a package's tree: the check that its directory exists, and the
 * files its updaters may edit (release-please-behaviour.md §9), by repository path.
 */




const VERSION_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'version.py', 'version.txt', 'CHANGELOG.md', 'uv.lock']);
/** Version files, plus what the configured updaters read (extra files by path or glob, changelog.json). */
function packageReadPaths(pkg, treePaths) {
    return [...new Set([...treePaths.filter((p) => isVersionFileCandidate(p, pkg.path, (0,extra_files/* packagePath */.C0)(pkg.path, pkg.changelogPath))), ...updaterReadPaths(pkg, treePaths)])];
}
/** A package path release-please would plan against a directory the repository does not have: refused before anything is written. */
function assertPackageDirectory(pkgPath, treePaths, configFile, ref) {
    if (pkgPath === package_path/* ROOT_PATH */.Dl || treePaths.some((p) => (0,package_path/* isUnderPackage */.PO)(p, pkgPath)))
        return;
    throw new pyrelease_error.PyreleaseError('CONFIG_PACKAGE_PATH_MISSING', `${configFile}: packages ${JSON.stringify(pkgPath)} names a directory that does not exist at ${ref}`, {
        file: configFile,
        key: `packages.${JSON.stringify(pkgPath)}`,
        fix: `key the package by the directory that holds its pyproject.toml, relative to the repository root (or "." for the root), and commit that directory`,
    });
}
/** Files the Python updaters may edit, by their path inside the package (release-please-behaviour.md §9). */
function isVersionFileCandidate(path, pkgPath, changelogPath) {
    if (path === changelogPath)
        return true;
    if (!(0,package_path/* isUnderPackage */.PO)(path, pkgPath))
        return false;
    const parts = (pkgPath === package_path/* ROOT_PATH */.Dl ? path : path.slice(pkgPath.length + 1)).split('/');
    const base = parts[parts.length - 1];
    if (base === '__init__.py')
        return parts.length <= 3;
    return VERSION_FILES.has(base);
}

;// CONCATENATED MODULE: ./src/stages/file-formats.ts
/**
 * Loads the format updaters of extra-files (YAML, XML, TOML, JSONPath: core/updaters/structured-files.ts)
 * only for a config that names such a file. They are most of the planner's bundle and most
 * configs never use them: `pyrelease plan` starts ~20 ms sooner without (issue #21).
 */

async function fileFormatsFor(packages) {
    if (!(0,extra_files/* needsStructuredUpdaters */.tX)(packages))
        return {};
    return { fileFormats: (await Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(920)]).then(__webpack_require__.bind(__webpack_require__, 32920))).structuredFileUpdaters };
}

;// CONCATENATED MODULE: ./src/core/manifest-walk.ts
function manifestWalk(releaseShas, opts) {
    const needsBootstrap = releaseShas.some((s) => !s);
    const shas = new Set(releaseShas.filter((s) => !!s));
    const stops = new Set();
    if (opts.lastReleaseSha)
        stops.add(opts.lastReleaseSha);
    if (needsBootstrap && opts.bootstrapSha)
        stops.add(opts.bootstrapSha);
    // One release commit for all (one grouped PR released them): git stops there itself.
    if (!needsBootstrap && shas.size === 1)
        stops.add([...shas][0]);
    return {
        stops,
        cut(commits) {
            const out = [];
            let found = 0;
            for (const c of commits) {
                if (shas.has(c.sha))
                    found++;
                if (opts.lastReleaseSha === c.sha)
                    break;
                if (needsBootstrap && c.sha === opts.bootstrapSha)
                    break;
                if (!needsBootstrap && found >= shas.size)
                    break;
                out.push(c);
            }
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/git/manifest-history.ts


async function readManifestHistory(git, req, known) {
    const notices = [];
    const find = (tags) => Object.fromEntries(req.packages.map((p) => [p.path, findPreviousRelease(p.manifestVersion, p.tagStyle, tags, req.releaseSearchDepth)]));
    let previous = find(known.tags);
    const missing = () => Object.values(previous).some((p) => p !== null && !p.sha);
    if (known.shallow) {
        await git.unshallow();
        previous = find(await git.tagsReachableFrom(req.head));
        notices.push('the clone was shallow: fetched the whole history, as several packages may each stop at their own release (set fetch-depth: 0 on actions/checkout to skip this)');
    }
    else if (missing()) {
        await git.fetchTags();
        previous = find(await git.tagsReachableFrom(req.head));
    }
    const walk = manifestWalk(Object.values(previous).map((p) => p?.sha ?? null), req);
    const commits = walk.cut(await git.log(req.head, walk.stops, req.commitSearchDepth));
    return { previous, commits, notices };
}

;// CONCATENATED MODULE: ./src/core/commit-split.ts

/** The commits of each package path, newest first, from the whole walk (newest first). */
function commitsPerPath(commits, packages, releaseShas) {
    const split = splitCommits(commits, packages.map((p) => p.path));
    const out = {};
    for (const pkg of packages) {
        const own = commitsAfterSha(pkg.path === package_path/* ROOT_PATH */.Dl ? [...commits] : (split.get(pkg.path) ?? []), releaseShas[pkg.path]);
        const excluded = pkg.excludePaths.map(package_path/* normalizePackagePath */.dX);
        out[pkg.path] = own.filter((c) => !(0,package_path/* isExcluded */.RF)(c, pkg.path, excluded));
    }
    return out;
}
/** CommitSplit with includeEmpty and packagePaths (the root left out: it is given every commit). */
function splitCommits(commits, paths) {
    const longestFirst = paths.map(package_path/* normalizePackagePath */.dX).filter((p) => p !== package_path/* ROOT_PATH */.Dl).sort((a, b) => b.length - a.length);
    const out = new Map();
    const add = (path, c) => (out.get(path) ?? out.set(path, []).get(path)).push(c);
    for (const c of commits) {
        // A commit whose files are not known (a preview's synthetic squash) counts as touching nothing.
        const files = c.files ?? [];
        const seen = new Set();
        for (const file of files) {
            // A file at the top level of the repository is no package's.
            if (!file.includes('/'))
                continue;
            const path = longestFirst.find((p) => file.startsWith(`${p}/`));
            if (path === undefined || seen.has(path))
                continue;
            seen.add(path);
            add(path, c);
        }
        if (files.length === 0)
            for (const path of longestFirst)
                add(path, c);
    }
    return out;
}
/** The commits before (newer than) the package's release commit; all of them when it is not in the list. */
function commitsAfterSha(commits, sha) {
    const index = commits.findIndex((c) => c.sha === sha);
    return index === -1 ? commits : commits.slice(0, index);
}

;// CONCATENATED MODULE: ./src/core/linked-versions.ts



function linkVersions(plugin, packages, commitsOf, planAlone) {
    const group = packages.filter((p) => (0,tag_style/* tagComponent */.w2)(p) !== '' && plugin.components.includes((0,tag_style/* tagComponent */.w2)(p)));
    const planned = group.map((pkg) => ({ pkg, version: planAlone(pkg).version }));
    const versions = planned.flatMap((p) => (p.version === null ? [] : [(0,version_version/* parseVersion */.ot)(p.version, 'linked version', (0,version_notation/* versionNotation */.t)(p.pkg))]));
    if (versions.length === 0)
        return packages;
    // The first of the highest (release-please's reduce keeps the collector when it compares greater).
    const primary = versions.reduce((a, b) => ((0,version_version/* compareVersions */.Zy)(a, b) > 0 ? a : b), versions[0]);
    const text = planned.find((p) => p.version !== null && (0,version_version/* compareVersions */.Zy)((0,version_version/* parseVersion */.ot)(p.version, 'linked version', (0,version_notation/* versionNotation */.t)(p.pkg)), primary) === 0).version;
    return packages.map((pkg) => {
        const member = planned.find((p) => p.pkg === pkg);
        if (!member)
            return pkg;
        if (member.version === null) {
            // No files, as release-please's: exclude-paths (applied before this plugin there) leave it alone.
            commitsOf[pkg.path] = [...(commitsOf[pkg.path] ?? []), { sha: '', message: `chore(${(0,tag_style/* tagComponent */.w2)(pkg)}): Synchronize ${plugin.groupName} versions\n\nRelease-As: ${text}` }];
        }
        return { ...pkg, releaseAs: text };
    });
}

;// CONCATENATED MODULE: ./src/core/release-pr/merge.ts




function mergeCandidates(candidates, targetBranch, o) {
    // release-please keeps the last candidate at "." as the root release.
    const root = [...candidates].reverse().find((c) => c.path === package_path/* ROOT_PATH */.Dl);
    const releases = candidates.flatMap((c) => c.plan.releases ?? []);
    const lead = candidates[0]?.plan;
    const files = {};
    for (const c of candidates)
        Object.assign(files, c.plan.files);
    const titleParts = { component: root?.titleParts.component ?? '', version: root?.titleParts.version ?? '' };
    const plan = {
        version: lead?.version ?? null,
        tag: lead?.tag ?? null,
        previousVersion: lead?.previousVersion ?? null,
        previousTag: lead?.previousTag ?? null,
        title: renderTitle({ ...titleParts, targetBranch, pattern: o.pattern, ...(o.componentNoSpace !== undefined && { componentNoSpace: o.componentNoSpace }) }),
        // release-please: `header || DEFAULT_HEADER`, so an empty one is the default.
        body: renderGroupedBody(releases.map((r) => ({ component: r.component, version: r.version, entry: r.changelogEntry })), o.header || DEFAULT_HEADER, o.footer || DEFAULT_FOOTER),
        changelogEntry: lead?.changelogEntry ?? null,
        files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        commits: candidates.reduce((n, c) => n + c.plan.commits, 0),
        reasons: candidates.flatMap((c) => c.plan.reasons),
        headBranch: o.headBranch,
        labels: [...new Set(candidates.flatMap((c) => c.plan.labels))],
        draftPullRequest: candidates.length > 0 && candidates.every((c) => c.plan.draftPullRequest),
        releaseName: lead?.releaseName ?? null,
        draftRelease: lead?.draftRelease ?? false,
        prerelease: lead?.prerelease ?? false,
        warnings: candidates.flatMap((c) => c.plan.warnings),
        releases,
    };
    return { path: package_path/* ROOT_PATH */.Dl, plan, members: candidates.flatMap((c) => c.members), separate: false, configuredComponent: '', titleParts };
}
/** A package's own release PR as a candidate. */
function packageCandidate(pkg, plan) {
    const release = packageRelease(pkg, plan);
    return {
        path: pkg.path,
        plan: { ...plan, reasons: plan.reasons.map((r) => `${pkg.path}: ${r}`), releases: [release] },
        members: [pkg],
        separate: pkg.separatePullRequests === true,
        configuredComponent: pkg.component ?? '',
        titleParts: { component: release.component, version: release.version },
    };
}
/** The merge the manifest itself applies (separate-pull-requests false). */
function manifestMergeOptions(config, headBranch, pattern) {
    const first = config.packages[0];
    return { pattern, headBranch, componentNoSpace: first.componentNoSpace, ...(first.pullRequestHeader !== undefined && { header: first.pullRequestHeader }), ...(first.pullRequestFooter !== undefined && { footer: first.pullRequestFooter }) };
}
/** A package's planned release, as the release PR and the release stage read it. */
function packageRelease(pkg, plan) {
    return {
        path: pkg.path,
        component: (0,tag_style/* tagComponent */.w2)(pkg),
        version: plan.version,
        tag: plan.tag,
        previousVersion: plan.previousVersion,
        previousTag: plan.previousTag,
        releaseName: plan.releaseName,
        changelogEntry: plan.changelogEntry,
        draftRelease: plan.draftRelease,
        prerelease: plan.prerelease,
    };
}

// EXTERNAL MODULE: ./src/core/workspace/dependency-graph.ts
var dependency_graph = __webpack_require__(50393);
// EXTERNAL MODULE: ./src/core/workspace/requirement.ts
var requirement = __webpack_require__(64482);
;// CONCATENATED MODULE: ./src/core/workspace/dependents.ts
/**
 * What a workspace release does to the members that depend on a released one: each requirement
 * on a released member is made to admit its new version (requirement.ts), and the dependent gets
 * a release whose entry says so (dependency-notes.ts). Pure: versions in, edits out.
 */



/** `versions`: every member this release bumps (normalised name → new version). */
function dependencyBumps(graph, versions) {
    const bumps = new Map();
    for (const name of versions.keys()) {
        const node = graph.get(name);
        if (!node)
            continue;
        const notes = [];
        const rewrites = [];
        const lockSpecifiers = [];
        const dependsOn = new Set();
        for (const req of node.member.requirements) {
            const version = versions.get(req.parsed.name);
            if (version === undefined || req.parsed.name === name)
                continue;
            const dep = graph.get(req.parsed.name).member.displayName;
            dependsOn.add(dep);
            const group = req.group === 'dependencies' ? 'dependencies' : `optional-dependencies.${req.extra}`;
            const r = (0,requirement/* admitVersion */.c)(req.parsed, version);
            if (r.kind === 'refused') {
                throw new pyrelease_error.PyreleaseError('WORKSPACE_DEPENDENT_NOT_BUMPABLE', `${node.member.pyprojectPath}: ${node.member.displayName} requires ${JSON.stringify(req.text)}, which cannot admit ${dep} ${version}: ${r.why}`, { file: node.member.pyprojectPath, key: `project.${req.group}${req.extra ? `.${req.extra}` : ''}`, fix: `widen the requirement to admit ${version} (e.g. ${dep}>=${version}), or keep ${dep} out of this release` });
            }
            if (r.kind === 'admits')
                notes.push({ group, name: dep, to: version });
            else {
                notes.push({ group, name: dep, from: req.parsed.specifier.trim(), to: r.specifier });
                rewrites.push({ from: req.text, to: r.text });
                lockSpecifiers.push({ name: req.parsed.name, specifier: r.specifier });
            }
        }
        if (dependsOn.size > 0)
            bumps.set(name, { dependsOn: [...dependsOn].sort(), notes: renderDependencyNotes(notes), rewrites, lockSpecifiers });
    }
    return bumps;
}

;// CONCATENATED MODULE: ./src/core/workspace/workspace-release.ts
/**
 * A uv workspace inside a manifest plan: from each package's own plan, the members released,
 * the dependents released with them (dependency-graph.ts) at the version their versioning
 * strategy gives a release without commits, and what each dependent's release edits
 * (dependents.ts). Pure; called by plan-manifest.ts between planning and grouping.
 */



/**
 * `versionWith(pkg, bumps)` plans `pkg` as if `bumps` were in force and returns its version: a
 * dependent with no commits of its own gets one only through its bump.
 */
function workspaceBumps(ws, planned, versionWith) {
    const byName = new Map();
    for (const p of planned) {
        const name = ws.nameByPath.get(p.pkg.path);
        if (name !== undefined)
            byName.set(name, p);
    }
    const released = [...byName].filter(([, p]) => p.plan.version !== null).map(([name]) => name);
    const versions = new Map();
    for (const name of (0,dependency_graph/* membersToRelease */.IQ)(ws.graph, released)) {
        const p = byName.get(name);
        if (!p) {
            const member = ws.graph.get(name).member;
            throw new pyrelease_error.PyreleaseError('WORKSPACE_MEMBER_NOT_CONFIGURED', `${member.pyprojectPath}: workspace member ${member.displayName} depends on a released member but is not a package of the config`, { file: member.pyprojectPath, fix: `add "${member.path}": {"release-type": "python"} to "packages"` });
        }
        const placeholder = { dependsOn: ws.graph.get(name).deps, notes: '', rewrites: [], lockSpecifiers: [] };
        const version = p.plan.version ?? versionWith(p.pkg, new Map([[name, placeholder]]));
        if (version !== null)
            versions.set(name, version);
    }
    return dependencyBumps(ws.graph, versions);
}

;// CONCATENATED MODULE: ./src/core/plan-manifest.ts







function planManifest(input) {
    const { config, githubNotes, commits: walk, previous: previousByPath, workspace, ...shared } = input;
    const shas = Object.fromEntries(Object.entries(previousByPath).map(([p, r]) => [p, r?.sha ?? undefined]));
    const commitsOf = commitsPerPath(walk, config.packages, shas);
    // Each package is planned as its own PR would be; the merge plugins regroup them afterwards.
    const alone = { ...config, separatePullRequests: true };
    let bumps = new Map();
    const plan = (pkg, files) => {
        const previous = previousByPath[pkg.path];
        const member = workspace?.graph.get(workspace.nameByPath.get(pkg.path) ?? '');
        const bump = member && bumps.get(member.member.name);
        return planNextRelease({
            ...shared,
            commits: commitsOf[pkg.path] ?? [],
            pkg,
            config: { ...alone, extraLabels: pkg.extraLabels ?? [] },
            previous: previous ? { version: previous.version, tag: previous.tag } : null,
            ...(files && { manifest: { path: input.manifest.path, content: files.manifest }, readFile: files.readFile }),
            ...(githubNotes?.[pkg.path] !== undefined && { githubNotes: githubNotes[pkg.path] }),
            ...(member && workspace && { workspace: { lockPath: workspace.lockPath, memberPath: pkg.path, ...(bump && { bump }) } }),
        });
    };
    let packages = config.packages;
    for (const plugin of config.plugins)
        if (plugin.type === 'linked-versions')
            packages = linkVersions(plugin, packages, commitsOf, (pkg) => plan(pkg));
    let planned = packages.map((pkg) => ({ pkg, plan: plan(pkg) }));
    if (workspace) {
        // release-please's WorkspacePlugin: the released members, then every dependent, each bumped
        // (a dependent without commits has a version only under a bump: planned once with a placeholder).
        bumps = workspaceBumps(workspace, planned, (pkg, placeholder) => {
            bumps = placeholder;
            return plan(pkg).version;
        });
        planned = planned.map((p) => ({ pkg: p.pkg, plan: plan(p.pkg) }));
    }
    let candidates = planned.filter((p) => p.plan.version !== null).map((p) => packageCandidate(p.pkg, p.plan));
    for (const plugin of config.plugins) {
        if (plugin.type !== 'linked-versions' || !plugin.merge)
            continue;
        const inScope = candidates.filter((c) => plugin.components.includes(c.configuredComponent));
        if (inScope.length === 0)
            continue;
        const headBranch = linkedBranchName(input.targetBranch, plugin.groupName);
        const group = mergeCandidates(inScope, input.targetBranch, { pattern: `chore\${scope}: release ${plugin.groupName} libraries`, headBranch });
        candidates = [...candidates.filter((c) => !inScope.includes(c)), group];
    }
    if (!config.separatePullRequests && candidates.length > 0) {
        const inScope = candidates.filter((c) => !c.separate);
        const options = manifestMergeOptions(config, releaseBranchName(input.targetBranch, ''), config.groupPullRequestTitlePattern ?? GROUP_TITLE_PATTERN);
        // release-please's merge plugin puts the grouped PR first (it would open an empty one when every package is separate: not done here).
        candidates = [...(inScope.length > 0 ? [mergeCandidates(inScope, input.targetBranch, options)] : []), ...candidates.filter((c) => c.separate)];
    }
    return { packages: planned.map(({ pkg, plan: p }) => ({ path: pkg.path, plan: p })), pullRequests: candidates.map((c) => withChainedFiles(c, plan, input)) };
}
/**
 * A PR releasing several packages edits shared files (the manifest, changelog.json) once per
 * package, in body order, each edit on the last one's output (release-please's CompositeUpdater).
 */
function withChainedFiles(c, plan, input) {
    if (c.members.length < 2)
        return c.plan;
    const edited = new Map();
    let manifest = input.manifest.content;
    for (const pkg of c.members) {
        const p = plan(pkg, { manifest, readFile: (path) => (edited.has(path) ? edited.get(path) : input.readFile(path)) });
        for (const [path, text] of Object.entries(p.files))
            edited.set(path, text);
        manifest = p.files[input.manifest.path] ?? manifest;
    }
    return { ...c.plan, files: Object.fromEntries([...edited].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

// EXTERNAL MODULE: ./src/core/workspace/workspace-config.ts + 1 modules
var workspace_config = __webpack_require__(66222);
;// CONCATENATED MODULE: ./src/stages/plan-manifest-from-repository.ts
/**
 * planFromRepository for a config with several packages: each package's previous release, the
 * one walk for all (adapters/git/manifest-history.ts), every package's files, then the release
 * PRs release-please would open (core/plan-manifest.ts). changelog-type github is not asked of
 * GitHub here: each such package's plan says it shows the default entry.
 */








async function planSeveralPackages(git, req, read) {
    const { config, view, headSha } = read;
    for (const pkg of config.packages)
        assertPackageDirectory(pkg.path, read.treePaths, read.configFile, req.ref);
    const lock = read.workspace && read.treePaths.includes(workspace_config/* WORKSPACE_LOCK */.Wc) ? [workspace_config/* WORKSPACE_LOCK */.Wc] : [];
    const wanted = [...new Set([...config.packages.flatMap((pkg) => packageReadPaths(pkg, read.treePaths)), ...lock])];
    const packages = config.packages.map((pkg) => ({ path: pkg.path, manifestVersion: read.manifest[pkg.path], tagStyle: (0,tag_style/* tagStyleOf */.Hn)(pkg) }));
    const historyRequest = { head: headSha, packages, bootstrapSha: config.bootstrapSha, lastReleaseSha: config.lastReleaseSha, commitSearchDepth: config.commitSearchDepth, releaseSearchDepth: config.releaseSearchDepth };
    const [history, files, formats] = await Promise.all([readManifestHistory(git, historyRequest, { tags: read.tags, shallow: read.shallow }), git.readFiles(headSha, wanted.map(view.outside)), fileFormatsFor(config.packages)]);
    const repository = req.repository ?? ownerRepoFromUrl(read.originUrl ?? '');
    if (!repository) {
        throw new pyrelease_error.PyreleaseError('REPOSITORY_UNKNOWN', 'cannot tell the repository owner/name for links', { fix: 'set GITHUB_REPOSITORY=owner/name, or add an origin remote (git remote add origin https://github.com/owner/name)' });
    }
    const targetBranch = req.targetBranch ?? read.branch ?? 'main';
    const withGitHub = req.readPullRequests ? await req.readPullRequests(history.commits, { repository, targetBranch, maxCommits: config.commitSearchDepth }) : { commits: history.commits };
    const commits = req.rewriteCommits ? await req.rewriteCommits(withGitHub.commits, headSha) : withGitHub.commits;
    const planned = planManifest({
        commits: view.commits(commits),
        config,
        previous: history.previous,
        date: req.date,
        owner: repository.owner,
        repo: repository.repo,
        targetBranch,
        manifest: { path: req.manifestFile, content: read.manifestText },
        readFile: (p) => files.get(view.outside(p)),
        treePaths: read.treePaths,
        ...formats,
        ...(read.workspace && { workspace: (0,workspace_config/* workspacePlanInput */.V3)(read.workspace) }),
    });
    const inRepository = (plan) => ({ ...plan, files: Object.fromEntries(Object.entries(plan.files).map(([p, c]) => [view.outside(p), c])) });
    const notices = [...(read.notice ? [read.notice] : []), ...history.notices];
    const each = { packages: planned.packages, ...(read.workspace && { workspace: read.workspace }) };
    // The path input with a workspace: that member's own release PR, as release-please plans one package.
    const only = req.onlyPath !== undefined ? planned.packages.find((p) => p.path === req.onlyPath) : undefined;
    if (only) {
        const plan = inRepository(only.plan);
        return { ...each, plan, pullRequests: plan.version === null ? [] : [plan], headSha, notices, warnings: [...read.warnings, ...only.plan.warnings], ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
    }
    const pullRequests = planned.pullRequests.map(inRepository);
    const nothing = planned.packages[0].plan;
    const plan = pullRequests[0] ?? { ...nothing, reasons: planned.packages.flatMap((p) => p.plan.reasons.map((r) => `${p.path}: ${r}`)) };
    const warnings = [...read.warnings, ...planned.packages.flatMap((p) => p.plan.warnings)];
    return { ...each, plan, pullRequests, headSha, notices, warnings, ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
}

;// CONCATENATED MODULE: ./src/stages/workspace-members.ts

/** undefined without [tool.uv.workspace]: the config is read as it always was. */
async function readWorkspaceConfig(git, at, rootPyproject, configText, configFile, onlyPath) {
    const files = (0,workspace_config/* workspaceMemberFiles */.pL)(rootPyproject, at.treePaths);
    if (!files)
        return undefined;
    const read = await git.readFiles(at.sha, files.map(at.view.outside));
    const members = (0,workspace_config/* readWorkspaceMembers */.n1)(files, (p) => read.get(at.view.outside(p)));
    const parsed = (0,workspace_config/* parseWorkspaceReleaseConfig */.kB)(configText, configFile, onlyPath, members);
    return { members, ...parsed, warnings: [...parsed.warnings, ...(0,workspace_config/* workspaceWarnings */.dv)(members)] };
}

// EXTERNAL MODULE: ./src/core/config/manifest-less.ts
var manifest_less = __webpack_require__(89191);
;// CONCATENATED MODULE: ./src/core/latest-release.ts




/** release-please reads this many commits of the target branch to tell its releases from others'. */
const LATEST_RELEASE_COMMIT_WINDOW = 250;
/** `recentShas`: the target branch's last LATEST_RELEASE_COMMIT_WINDOW commits. */
function latestReleaseVersion(pkg, tags, recentShas) {
    // tagMatchesConfig: with the component in tags, the tag's component must be the branch component; without, the tag has none.
    const component = pkg.includeComponentInTag ? (0,tag_style/* branchComponent */.k5)(pkg) : '';
    let best;
    for (const tag of tags) {
        const parsed = (0,tag_name/* parseTag */.ED)(tag.name, (0,version_notation/* versionNotation */.t)(pkg));
        if (!parsed || parsed.component !== component || !recentShas.has(tag.sha))
            continue;
        if (!best || (0,version_version/* compareVersions */.Zy)(parsed.version, best) > 0)
            best = parsed.version;
    }
    return best && (0,version_version/* formatVersion */.qh)(best);
}

;// CONCATENATED MODULE: ./src/stages/plan-from-repository.ts
/**
 * Plans the next release from a local repository at a ref: what `pyrelease plan` prints and
 * what the release stage writes to the release PR. Reads git through the adapter, decides in core.
 */
















async function planFromRepository(git, req) {
    // git reads files at a ref by repository path: the config and manifest of a working-directory
    // inside the repository are read under its prefix, and the plan is made in its view. Where
    // the run starts (the commit, the prefix, shallowness) is one process.
    const { sha: headSha, prefix, shallow } = await git.locate(req.ref);
    const candidates = req.manifestLess ? [] : req.configFile ? [req.configFile] : [defaults/* PYRELEASE_CONFIG_FILE */.fH, defaults/* RELEASE_PLEASE_CONFIG_FILE */.VJ];
    const view = (0,package_path/* directoryView */.tm)(prefix);
    // Independent reads in one round: each git call costs a process start.
    // Every tag, not only those on the branch: the walk proves the one picked (release-history.ts).
    const [head, listed, repoTree, originUrl, branch] = await Promise.all([
        git.readFiles(headSha, [...candidates, req.manifestFile, 'pyproject.toml'].map(view.outside)),
        git.allTags(),
        git.listTree(headSha),
        req.repository ? Promise.resolve(undefined) : git.originUrl(),
        req.targetBranch ? Promise.resolve(undefined) : git.currentBranch(),
    ]);
    const at = (p) => head.get(view.outside(p));
    const withKnown = (tags) => [...(req.knownTags ?? []), ...tags.filter((t) => !req.knownTags?.some((k) => k.name === t.name))];
    const treePaths = repoTree.flatMap((p) => view.inside(p) ?? []);
    const reachableTags = async () => withKnown(await git.tagsReachableFrom(headSha));
    const source = req.manifestLess ? await fromInputs(git, req.manifestLess, headSha, withKnown(listed), shallow, at(req.manifestFile)) : { ...(await fromFiles(git, req, at, { sha: headSha, view, treePaths })), tags: withKnown(listed), shallow };
    const { config, configFile, manifest, manifestText, warnings, tags } = source;
    if (req.changelogHost)
        for (const p of config.packages)
            p.changelogHost = req.changelogHost;
    if (config.packages.length > 1) {
        const workspace = source.workspace;
        // Several packages stop at several releases: the tags on the branch are asked for at once.
        return planSeveralPackages(git, req, { headSha, view, tags: await reachableTags(), shallow: source.shallow, treePaths, configFile, config, manifest, manifestText: manifestText ?? '', originUrl, branch, warnings, ...(workspace && { workspace: workspace.members, notice: workspace.notice }) });
    }
    const pkg = config.packages[0];
    assertPackageDirectory(pkg.path, treePaths, configFile, req.ref);
    // Version files, plus what the configured updaters read (extra files by path or glob, changelog.json).
    const wanted = packageReadPaths(pkg, treePaths);
    const historyRequest = {
        head: headSha,
        manifestVersion: manifest[pkg.path],
        tagStyle: (0,tag_style/* tagStyleOf */.Hn)(pkg),
        bootstrapSha: config.bootstrapSha,
        lastReleaseSha: config.lastReleaseSha,
        commitSearchDepth: config.commitSearchDepth,
        releaseSearchDepth: config.releaseSearchDepth,
        files: (0,package_path/* commitFilesMatter */.C$)(pkg, prefix),
    };
    // Without GitHub or a rewrite to wait for, each commit is kept and parsed as git writes it
    // (issue #21): the parse runs while git walks, and no raw message is held.
    const streamed = req.readPullRequests || req.rewriteCommits ? undefined : collectOwnCommits(pkg, view);
    const known = { tags, shallow: source.shallow, reachable: false, reachableTags };
    const [history, files, formats] = await Promise.all([readReleaseHistory(git, historyRequest, known, streamed), git.readFiles(headSha, wanted.map(view.outside)), fileFormatsFor([pkg])]);
    const repository = req.repository ?? ownerRepoFromUrl(originUrl ?? '');
    if (!repository) {
        throw new pyrelease_error.PyreleaseError('REPOSITORY_UNKNOWN', 'cannot tell the repository owner/name for links', { fix: 'set GITHUB_REPOSITORY=owner/name, or add an origin remote (git remote add origin https://github.com/owner/name)' });
    }
    const targetBranch = req.targetBranch ?? branch ?? 'main';
    const withGitHub = req.readPullRequests ? await req.readPullRequests(history.commits, { repository, targetBranch, ...(history.previous?.sha ? { stopSha: history.previous.sha } : {}), maxCommits: config.commitSearchDepth }) : { commits: history.commits };
    const read = req.rewriteCommits ? await req.rewriteCommits(withGitHub.commits, headSha) : withGitHub.commits;
    const commits = streamed ? { ownCommits: streamed.done() } : { commits: view.commits(read) };
    const input = {
        ...commits,
        pkg,
        config,
        previous: history.previous ? { version: history.previous.version, tag: history.previous.tag } : null,
        date: req.date,
        owner: repository.owner,
        repo: repository.repo,
        targetBranch,
        // release-please updates a manifest that exists (createIfMissing: false); manifest-less mode may have none.
        ...(manifestText !== undefined && { manifest: { path: req.manifestFile, content: manifestText } }),
        readFile: (p) => files.get(view.outside(p)),
        treePaths,
        ...formats,
    };
    const first = planNextRelease(input);
    // The notes need the tag, so GitHub is asked once the version is known, and the plan made again with them.
    const notes = first.version !== null && pkg.changelogType === 'github' && req.generateNotes ? await req.generateNotes({ repository, tag: first.tag, previousTag: first.previousTag, targetBranch }) : undefined;
    const plan = notes === undefined ? first : planNextRelease({ ...input, githubNotes: notes });
    const inRepository = { ...plan, files: Object.fromEntries(Object.entries(plan.files).map(([p, c]) => [view.outside(p), c])) };
    return { plan: inRepository, headSha, notices: history.notices, warnings: [...warnings, ...plan.warnings], ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
}
/** The config and manifest files at the ref, both required; a uv workspace is read whole (its dependents take part, even for one path). */
async function fromFiles(git, req, at, where) {
    const choice = (0,config_path/* resolveConfigPath */.c)(req.configFile, (p) => at(p) !== undefined);
    if (!choice.found)
        throw new pyrelease_error.PyreleaseError('CONFIG_MISSING', `${choice.file}: release-please config file not found at ${req.ref}`, { file: choice.file, fix: choice.fix });
    const manifestText = at(req.manifestFile);
    if (manifestText === undefined) {
        throw new pyrelease_error.PyreleaseError('MANIFEST_MISSING', `${req.manifestFile}: release-please manifest not found at ${req.ref}`, { file: req.manifestFile, fix: `commit ${req.manifestFile} with {".": "0.0.0"} for a first release` });
    }
    const workspace = await readWorkspaceConfig(git, where, at('pyproject.toml'), at(choice.file), choice.file, req.onlyPath);
    const { config, warnings } = workspace ?? (0,parse/* parseReleaseConfig */.Xe)(at(choice.file), choice.file, req.onlyPath);
    return { config, configFile: choice.file, manifest: (0,parse/* parseManifest */.Ng)(manifestText, req.manifestFile), manifestText, warnings: [...(choice.warning ? [choice.warning] : []), ...warnings], ...(workspace && { workspace }) };
}
/**
 * Manifest-less: the version Manifest.fromConfig would find from the releases and tags of the
 * branch's last 250 commits stands in for the manifest's (a shallow clone is deepened to see them).
 * A manifest file that happens to exist is updated, as release-please does (createIfMissing: false).
 */
async function fromInputs(git, given, headSha, listed, shallow, manifestText) {
    // Every tag: only those among the branch's recent commits count (latestReleaseVersion).
    let tags = listed;
    if (shallow) {
        await git.deepen(LATEST_RELEASE_COMMIT_WINDOW);
        tags = [...tags, ...(await git.tagsReachableFrom(headSha)).filter((t) => !tags.some((k) => k.name === t.name))];
    }
    const recent = new Set(await git.recentCommits(headSha, LATEST_RELEASE_COMMIT_WINDOW));
    // A copy: the changelog-host input is applied to it, and the caller's config is planned again later.
    const config = { ...given, packages: given.packages.map((p) => ({ ...p })) };
    const pkg = config.packages[0];
    const latest = latestReleaseVersion(pkg, tags, recent);
    return { config, configFile: manifest_less/* MANIFEST_LESS_SOURCE */.y, manifest: latest === undefined ? {} : { [pkg.path]: latest }, manifestText, warnings: [], tags, shallow: shallow && (await git.isShallow()) };
}


/***/ })

};

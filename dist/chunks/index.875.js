export const id = 875;
export const ids = [875];
export const modules = {

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony export validationCodes */
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
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('GITHUB_BAD_CREDENTIALS', `GitHub refused the token while ${doing}: Bad credentials`, { key: 'token', fix: 'pass a valid token (the default token: ${{ github.token }}), and check it has not expired' });
    }
    if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('GITHUB_ACTIONS_CANNOT_CREATE_PR', `GitHub Actions is not permitted to create pull requests in this repository (${doing})`, {
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
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('NETWORK_FAILED', `${doing}: GitHub (${new URL(url).host}) is unreachable${via ? ` through the proxy ${via}` : ''} (${(0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNetworkError */ .gl)(e.cause ?? error, 0)})`, {
            fix: via ? `check that the proxy ${via} (HTTPS_PROXY) reaches ${new URL(url).host}, or add the host to NO_PROXY; then re-run` : 're-run the job: every step is safe to repeat; if it persists, check the runner\'s network and GITHUB_API_URL',
        });
    }
    if (status === 403 && /Resource not accessible by integration/i.test(message)) {
        const yaml = acceptedPermissions(e);
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('GITHUB_MISSING_PERMISSION', `the token lacks a permission for ${doing}${yaml.length ? ` (${yaml.join(', ')})` : ''}`, {
            key: 'permissions',
            fix: `add to the job:  permissions: { ${(yaml.length ? yaml : ['contents: write', 'pull-requests: write', 'issues: write']).join(', ')} }`,
        });
    }
    if (status === 429 || (status === 403 && ((0,_request_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitWaitS */ .cB)(error, Date.now()) !== undefined || /rate limit/i.test(message)))) {
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('GITHUB_RATE_LIMITED', `GitHub's rate limit stopped pyrelease while ${doing}`, { fix: 're-run the job later; nothing was left half-written (a re-run picks up where this one stopped)' });
    }
    if (status === 403) {
        // Not a rate limit: GitHub's own message says what (SAML SSO, a protected tag, a workflow file…).
        const yaml = acceptedPermissions(e);
        const sso = e.response?.headers?.['x-github-sso'];
        const ssoUrl = sso ? /url=(\S+)/.exec(sso)?.[1] : undefined;
        return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('GITHUB_FORBIDDEN', `GitHub refused ${doing} (403): ${message.split('\n')[0]}`, {
            ...(yaml.length > 0 ? { key: 'permissions' } : {}),
            fix: ssoUrl
                ? `authorise the token for the organisation's SAML single sign-on (${ssoUrl}), then re-run`
                : yaml.length > 0
                    ? `add to the job:  permissions: { ${yaml.join(', ')} }${yaml.some((y) => y.startsWith('workflows')) ? ' — GITHUB_TOKEN can never change workflow files: use a GitHub App or a fine-grained token with workflows access' : ''}`
                    : 'do what GitHub\'s message says (a tag or branch protection rule, an organisation policy, SAML SSO), then re-run',
        });
    }
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('GITHUB_REQUEST_FAILED', `GitHub answered ${status ?? 'no response'} while ${doing}: ${message.split('\n')[0]}`, {
        fix: 're-run the job: every step pyrelease takes is safe to repeat',
    });
}
function statusOf(error) {
    return error.status;
}
function validationCodes(error) {
    const data = (error.response?.data ?? {});
    return [...(data.errors ?? []).map((x) => `${x.code ?? ''} ${x.message ?? ''}`), data.message ?? ''];
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
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PyreleaseError */ .dT('PYPROJECT_INVALID', `${file} is not valid TOML: ${error.message.split('\n')[0]}`, { file, ...(line ? { line } : {}), fix });
    }
}


/***/ }),

/***/ 52550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  previewStage: () => (/* binding */ previewStage)
});

// EXTERNAL MODULE: ./src/core/preview/merge-basis.ts
var merge_basis = __webpack_require__(12511);
// EXTERNAL MODULE: ./src/core/commits/parse-message.ts + 1 modules
var parse_message = __webpack_require__(14299);
;// CONCATENATED MODULE: ./src/core/preview/pr-title.ts
/**
 * PR-title lint: the title must be a conventional commit whose type the project knows — the
 * standard types plus those of its changelog-sections, the same config the planner reads.
 */

const STANDARD_TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert', 'deps'];
function lintPrTitle(title, body, sections) {
    const allowed = [...new Set([...STANDARD_TYPES, ...(sections ?? []).map((s) => s.type)])];
    const [head] = (0,parse_message/* parseMessage */.v)(title.trim()).slice(-1);
    const type = head?.type ?? '';
    const bang = head?.header.includes('!:') ?? false;
    if (!type)
        return { ok: false, problem: `the pull request title ${JSON.stringify(title)} is not a conventional commit`, allowed };
    if (!allowed.includes(type))
        return { ok: false, problem: `the pull request title uses type "${type}", which this project does not know`, allowed };
    // A breaking change may be declared in the body instead of with "!".
    return { ok: true, type, breaking: bang || /^BREAKING[ -]CHANGE:/m.test(body) };
}
function titleFix(allowed) {
    return `write the title as "type(scope)!: description", e.g. "fix(cli): keep trailing punctuation"; types: ${allowed.join(', ')}`;
}
const PREVIEW_MARKER = '<!-- pyrelease:preview -->';

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/stages/plan-from-repository.ts + 35 modules
var plan_from_repository = __webpack_require__(47033);
// EXTERNAL MODULE: ./src/core/preview/squash-commit.ts
var squash_commit = __webpack_require__(62465);
;// CONCATENATED MODULE: ./src/stages/preview/apply-merge-basis.ts


/** Far beyond GitHub's 250-commit pull request; only a bound on a runaway walk. */
const MAX_PR_COMMITS = 10_000;
/** `history` as planned from HEAD (`mergeSha`), possibly with the PR's commits squashed into one. */
async function applyMergeBasis(ctx, history, mergeSha) {
    const { settings, services } = ctx;
    const pr = settings.pullRequest;
    const parents = await services.git.parents(mergeSha);
    const [base, head] = parents;
    const prCommits = parents.length === 2 ? await services.git.log(head, new Set(), MAX_PR_COMMITS, base) : undefined;
    const read = settings.previewFrom === 'commits' || !prCommits ? undefined : await readMergeSettings(ctx);
    // git log lists newest first; GitHub lists a PR's commits oldest first.
    const basis = (0,merge_basis/* decideMergeBasis */.b4)(settings.previewFrom, read, { ...pr, commitMessages: prCommits?.map((c) => c.message).reverse() });
    if (!prCommits)
        return { commits: history, basis };
    const planned = basis.basis === 'title' ? (0,squash_commit/* replacePullRequestCommits */.R)(history, { mergeSha, headSha: head, commits: prCommits }, basis.message) : history;
    // Once merged, GitHub associates this PR with its commits, its merge commit and its squash commit:
    // its body's BEGIN_COMMIT_OVERRIDE applies to them, as release-please will read it then.
    const own = new Set([mergeSha, head, ...prCommits.map((c) => c.sha)]);
    const pullRequest = { number: pr.number, title: pr.title, body: pr.body };
    return { commits: planned.map((c) => (own.has(c.sha) && !c.pullRequest ? { ...c, pullRequest } : c)), basis };
}
/** A token that may not read the repository (403, 404) or none at all is a reason, not a failure. */
async function readMergeSettings(ctx) {
    if (!ctx.settings.token)
        return { ok: false, why: 'there is no token to read the repository merge settings with' };
    try {
        return { ok: true, settings: await ctx.services.github().getMergeSettings() };
    }
    catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 404)
            throw error;
        return { ok: false, why: `the token may not read the repository merge settings (GitHub answered ${status})` };
    }
}

// EXTERNAL MODULE: ./src/stages/pull-requests-of-commits.ts
var pull_requests_of_commits = __webpack_require__(96130);
// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/stages/github-notes.ts

async function generatedNotesIfAllowed(gh, runtime, r) {
    try {
        return await gh.generateReleaseNotes({ tagName: r.tag, targetCommitish: r.targetBranch, previousTagName: r.previousTag });
    }
    catch (error) {
        // The client's errors are already explained (a PyreleaseError carrying GitHub's status).
        const status = (0,errors/* statusOf */.c2)(error);
        if (status !== 401 && status !== 403 && status !== 404)
            throw error;
        runtime.warning(`changelog-type github: GitHub would not generate the release notes for this token (${status}); the default CHANGELOG entry is shown instead`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/stages/preview.ts







const previewStage = {
    name: 'preview',
    title: 'Release preview',
    blocking: true,
    dryRunSafe: true,
    shouldRun: (ctx) => (ctx.settings.pullRequest ? { run: true } : { run: false, reason: 'not a pull_request event: there is nothing to preview', fix: 'run stage: preview in a workflow on: pull_request' }),
    run: runPreview,
};
async function runPreview(ctx) {
    const { settings, services, runtime, clock } = ctx;
    const pr = settings.pullRequest;
    const loaded = services.releaseConfig;
    const sections = loaded?.config.packages[0]?.changelogSections;
    const lint = lintPrTitle(pr.title, pr.body, sections);
    if (settings.lintPrTitle && !lint.ok)
        throw new pyrelease_error/* PyreleaseError */.dT('PR_TITLE_INVALID', lint.problem, { key: 'lint-pr-title', fix: titleFix(lint.allowed) });
    // actions/checkout of a pull_request is the merge commit: the history as if the PR were merged,
    // with the PR's commits squashed into its title when that is what GitHub would do.
    const decided = {};
    const rewriteCommits = async (history, headSha) => {
        const applied = await applyMergeBasis(ctx, history, headSha);
        decided.basis = applied.basis;
        return applied.commits;
    };
    // The base's commits carry their merged PRs (overrides) from GitHub; without a token, say so once.
    const readPullRequests = settings.token ? (commits, where) => (0,pull_requests_of_commits/* readPullRequestsOfCommits */.p)(services.github(), where.targetBranch, commits, where) : undefined;
    if (!readPullRequests)
        runtime.notice((0,pull_requests_of_commits/* notRead */.Q)('no GitHub token'));
    const generateNotes = settings.token ? (r) => generatedNotesIfAllowed(services.github(), runtime, r) : undefined;
    const outcome = await (0,plan_from_repository/* planFromRepository */.U)(services.git, { ref: 'HEAD', date: clock.today(), configFile: loaded?.configFile, manifestFile: settings.manifestFile, ...(settings.packagePath !== undefined && { onlyPath: settings.packagePath }), targetBranch: settings.targetBranch, repository: settings.repository, rewriteCommits, ...(readPullRequests && { readPullRequests }), ...(generateNotes && { generateNotes }) });
    if (outcome.pullRequestsWarning)
        runtime.warning(outcome.pullRequestsWarning);
    const plan = outcome.plan;
    // planFromRepository always hands the history to rewriteCommits before it plans.
    const basis = decided.basis;
    const basisLine = (0,merge_basis/* describeBasis */.UY)(basis);
    runtime.info(`  ${basisLine}`);
    const text = plan.version
        ? [`${PREVIEW_MARKER}`, `### 📦 Merging this releases **${plan.version}** (\`${plan.tag}\`)`, '', `_${basisLine}_`, '', ...plan.reasons.map((r) => `- ${escapeHtml(r)}`), '', '<details><summary>CHANGELOG entry</summary>', '', plan.changelogEntry ?? '', '', '</details>', ''].join('\n')
        : [`${PREVIEW_MARKER}`, '### 📦 Merging this makes no release', '', `_${basisLine}_`, '', `${plan.reasons.map(escapeHtml).join('; ')}.`, ''].join('\n');
    let where;
    if (settings.dryRun)
        where = 'dry run: no comment written';
    else if (pr.fromFork || !settings.token)
        where = `pull request from a fork: its token cannot comment, so the preview is in this summary and the \`preview\` output only`;
    else {
        const gh = services.github();
        try {
            const existing = (await gh.listComments(pr.number)).find((c) => c.body.startsWith(PREVIEW_MARKER));
            if (existing)
                await gh.updateComment(existing.id, text);
            else
                await gh.createComment(pr.number, text);
            where = existing ? `comment on #${pr.number} updated` : `commented on #${pr.number}`;
        }
        catch (error) {
            // A read-only token (forks, restricted permissions): the preview still reaches the summary.
            if (error.status !== 403)
                throw error;
            where = 'the token may not comment here (403): the preview is in this summary and the `preview` output only';
        }
    }
    runtime.info(`  ${where}`);
    const outputs = { preview: JSON.stringify({ version: plan.version, tag: plan.version ? plan.tag : null, basis: basis.basis, reasons: plan.reasons, changelog: plan.changelogEntry }), pr_title_valid: String(lint.ok) };
    const titleNote = lint.ok ? '' : `\n> ⚠️ ${lint.problem} — ${titleFix(lint.allowed)}\n`;
    return { outputs, headline: `${plan.version ? `would release ${plan.version}` : 'no release'}; ${where}`, summary: `${text.replace(PREVIEW_MARKER, '### Release preview')}${titleNote}\n_${where}._\n` };
}
function escapeHtml(text) {
    return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}


/***/ }),

/***/ 96130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ notRead),
/* harmony export */   p: () => (/* binding */ readPullRequestsOfCommits)
/* harmony export */ });
/* harmony import */ var _adapters_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4807);

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
            throw (0,_adapters_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .Pm)(error, 'reading the pull requests of the commits (GraphQL)');
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
    const status = (0,_adapters_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error);
    const message = error.message;
    return status === 401 || status === 404 || (status === 403 && typeof message === 'string' && !/rate limit/i.test(message));
}
function refusalText(error) {
    const e = error;
    const first = Array.isArray(e.errors) ? e.errors.find((x) => typeof x.message === 'string')?.message : e.response?.data?.message;
    const text = typeof first === 'string' ? first : typeof e.message === 'string' ? e.message : String(error);
    return `${e.status ? `${e.status} ` : ''}${text.split('\n')[0].slice(0, 160)}`;
}


/***/ })

};

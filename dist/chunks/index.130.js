export const id = 130;
export const ids = [130];
export const modules = {

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
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('NETWORK_FAILED', `${opts.doing}: ${new URL(url).host} is unreachable${via ? ` through the proxy ${via}` : ''} after ${attempt + 1} attempts (${lastProblem})`, {
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
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('NETWORK_PROXY_REFUSED', `${doing}: the proxy ${via} refused to connect to ${host} (HTTP ${status}${status === 407 ? ' Proxy Authentication Required' : ''})`, {
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
        ? __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19)).then((undici) => ({ undici, dispatcher: new undici.EnvHttpProxyAgent({ httpProxy: proxy.httpProxy || undefined, httpsProxy: proxy.httpsProxy || proxy.httpProxy || undefined, noProxy: proxy.noProxy }) }))
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
            throw (0,_adapters_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainGitHubError */ .P)(error, 'reading the pull requests of the commits (GraphQL)');
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
    const status = (0,_adapters_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(error);
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

export const id = 853;
export const ids = [853];
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

/***/ 86737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ActionsIdTokens),
/* harmony export */   o: () => (/* binding */ noIdToken)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/* harmony import */ var _http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/**
 * Responsible for asking the Actions runtime for an OIDC ID token (protocols.md §2.6): a new
 * one per call, because PyPI refuses a token presented twice. The token is handed to the
 * secret masker before anything can print it.
 */


class ActionsIdTokens {
    request;
    policy;
    clock;
    mask;
    constructor(request, policy, clock, mask) {
        this.request = request;
        this.policy = policy;
        this.clock = clock;
        this.mask = mask;
    }
    get available() {
        return this.request !== undefined;
    }
    async get(audience) {
        if (!this.request)
            throw noIdToken();
        const url = new URL(this.request.url);
        url.searchParams.set('audience', audience);
        const answer = await (0,_http_fetch_with_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithRetry */ .J5)(url.href, { headers: { authorization: `Bearer ${this.request.token}`, accept: 'application/json' } }, {
            policy: this.policy,
            clock: this.clock,
            doing: 'requesting the GitHub Actions OIDC token',
            retryable: (s) => s >= 500,
        });
        const value = answer.json()?.value;
        if (answer.status !== 200 || typeof value !== 'string' || value === '') {
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('OIDC_TOKEN_FAILED', `the Actions runtime did not hand out an OIDC token (HTTP ${answer.status})`, {
                fix: 'check that the job has permissions: id-token: write, then re-run',
            });
        }
        this.mask(value);
        return value;
    }
}
function noIdToken() {
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('OIDC_UNAVAILABLE', 'trusted publishing needs an OIDC token, and this job cannot get one (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', {
        key: 'id-token',
        fix: 'give the publish job "permissions: id-token: write" (job level); runs from pull requests of forks never get a token — publish from push, release or workflow_dispatch; or pass an API token in the password input',
        more: ['```yaml', 'jobs:', '  publish:', '    permissions:', '      id-token: write   # trusted publishing', '      contents: write   # release assets', '```'],
    });
}


/***/ }),

/***/ 74698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ workflowFileName),
/* harmony export */   K3: () => (/* binding */ claimLines),
/* harmony export */   Kd: () => (/* binding */ decodeJwtPayload),
/* harmony export */   NM: () => (/* binding */ isReusableWorkflow),
/* harmony export */   k4: () => (/* binding */ decodeIdTokenClaims)
/* harmony export */ });
/* unused harmony export MATCHED_CLAIMS */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85033);
/**
 * The claims of a GitHub Actions OIDC token, read without verifying it: only to explain to a
 * maintainer what PyPI compared (the index verifies; pyrelease never trusts these).
 */

/** The claims PyPI matches a publisher on, in the order the PyPA action prints them. */
const MATCHED_CLAIMS = ['sub', 'repository', 'repository_owner', 'repository_owner_id', 'workflow_ref', 'job_workflow_ref', 'ref', 'environment', 'event_name'];
function decodeIdTokenClaims(jwt) {
    const record = decodeJwtPayload(jwt);
    if (!record)
        return undefined;
    const out = {};
    for (const key of [...MATCHED_CLAIMS, 'iss'])
        if (typeof record[key] === 'string')
            out[key] = record[key];
    if (typeof record.exp === 'number')
        out.exp = record.exp;
    if (typeof record.aud === 'string' || Array.isArray(record.aud))
        out.aud = record.aud;
    return out;
}
/** A JWT's payload object, unverified; undefined when it is not a JSON object. */
function decodeJwtPayload(jwt) {
    const payload = jwt.split('.')[1];
    if (payload === undefined)
        return undefined;
    try {
        const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(value);
    }
    catch {
        return undefined;
    }
}
/** `acme/widget/.github/workflows/release.yml@refs/heads/main` → `release.yml`. */
function workflowFileName(ref) {
    if (!ref)
        return undefined;
    return /\/([^/@]+\.ya?ml)@/.exec(ref)?.[1];
}
/** The job runs in a reusable workflow: PyPI matches the called file, which surprises people. */
function isReusableWorkflow(claims) {
    return !!claims.workflow_ref && !!claims.job_workflow_ref && claims.workflow_ref !== claims.job_workflow_ref;
}
function claimLines(claims) {
    if (!claims)
        return ['(the token could not be decoded)'];
    return MATCHED_CLAIMS.map((k) => `${k}: ${claims[k] ?? '(absent)'}`);
}


/***/ }),

/***/ 61044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ indexEndpoints),
/* harmony export */   Cf: () => (/* binding */ simpleIndexUrl),
/* harmony export */   g2: () => (/* binding */ projectPageUrl),
/* harmony export */   jd: () => (/* binding */ releaseJsonUrl)
/* harmony export */ });
/**
 * One `repository-url` → every address pyrelease needs on that index. On PyPI the upload host
 * (upload.pypi.org) is not the read host (pypi.org); elsewhere both live on one server.
 */
const KNOWN = {
    'upload.pypi.org': { trustedPublishingBase: 'https://upload.pypi.org/', readBase: 'https://pypi.org/', webBase: 'https://pypi.org/', label: 'PyPI' },
    'test.pypi.org': { trustedPublishingBase: 'https://test.pypi.org/', readBase: 'https://test.pypi.org/', webBase: 'https://test.pypi.org/', label: 'TestPyPI' },
};
/**
 * `indexUrl` (the `index-url` input) overrides the read base; it may be given as the simple
 * index (`…/simple/`), as pip users know it.
 */
function indexEndpoints(uploadUrl, indexUrl) {
    const url = new URL(uploadUrl);
    const known = KNOWN[url.host];
    // A private index serves everything under the path that holds `legacy/` (devpi, pypiserver, the stand-in).
    const base = `${url.origin}${url.pathname.replace(/legacy\/?$/, '')}`;
    const endpoints = known ? { uploadUrl, ...known } : { uploadUrl, trustedPublishingBase: base, readBase: base, webBase: base, label: url.host };
    if (indexUrl)
        endpoints.readBase = withSlash(indexUrl.replace(/simple\/?$/, ''));
    return endpoints;
}
const withSlash = (u) => (u.endsWith('/') ? u : `${u}/`);
function projectPageUrl(e, project, version) {
    return `${e.webBase}project/${project}/${version}/`;
}
function releaseJsonUrl(e, project, version) {
    return `${e.readBase}pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
}
function simpleIndexUrl(e) {
    return `${e.readBase}simple/`;
}


/***/ }),

/***/ 25069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   hy: () => (/* binding */ statementProblem),
/* harmony export */   zj: () => (/* binding */ publishStatement)
/* harmony export */ });
/* unused harmony export PUBLISH_PREDICATE_TYPE */
/**
 * The in-toto statement PyPI's publish attestation signs (PEP 740): exactly one subject, the
 * distribution's file name and sha256, predicate type publish/v1 with no predicate.
 */
const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
function publishStatement(filename, sha256) {
    const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: filename, digest: { sha256: sha256.toLowerCase() } }],
        predicateType: PUBLISH_PREDICATE_TYPE,
        predicate: null,
    };
    return Buffer.from(JSON.stringify(statement));
}
/** The statement a bundle or attestation carries, checked against the file it must describe. */
function statementProblem(payload, filename, sha256) {
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return 'the signed statement is not JSON';
    }
    if (statement._type !== 'https://in-toto.io/Statement/v1')
        return 'the signed statement is not an in-toto v1 statement';
    if (statement.predicateType !== PUBLISH_PREDICATE_TYPE)
        return `the signed statement has predicate type ${String(statement.predicateType)}`;
    if (!Array.isArray(statement.subject) || statement.subject.length !== 1)
        return 'the signed statement must have exactly one subject';
    const [subject] = statement.subject;
    if (subject?.name !== filename)
        return `the signed statement names ${String(subject?.name)}, not ${filename}`;
    if (subject.digest?.sha256 !== sha256.toLowerCase())
        return `the signed digest ${String(subject.digest?.sha256)} is not the file's sha256 ${sha256}`;
    return undefined;
}


/***/ }),

/***/ 85853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createServices: () => (/* binding */ createServices),
  githubFor: () => (/* binding */ githubFor)
});

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
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
        this.git = new git_runner/* GitRunner */.b(dir, options);
    }
    async assertRepository() {
        const r = await this.git.run(['rev-parse', '--git-dir'], true);
        if (r.exitCode !== 0) {
            throw new pyrelease_error/* PyreleaseError */.dT('GIT_NOT_A_REPO', `${this.dir} is not a git repository`, { fix: 'run pyrelease in a clone (actions/checkout before this step), or pass --cwd DIR' });
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
            throw new pyrelease_error/* PyreleaseError */.dT('GIT_UNKNOWN_REF', `cannot read the commit time of ${ref} in ${this.dir}`, { fix: 'check out the repository with actions/checkout' });
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
    return new pyrelease_error/* PyreleaseError */.dT('GIT_UNKNOWN_REF', `${JSON.stringify(ref)} is not a commit in ${dir}`, { key: 'ref', fix: 'give a branch, tag or sha that exists (git log --oneline shows them); fetch it first if it is remote' });
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
    constructor(token, where, policy, clock = adapters_clock/* systemClock */.m) {
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

// EXTERNAL MODULE: ./src/adapters/oidc/actions-id-token.ts
var actions_id_token = __webpack_require__(86737);
// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
// EXTERNAL MODULE: ./src/core/publish/index-endpoints.ts
var index_endpoints = __webpack_require__(61044);
// EXTERNAL MODULE: ./src/adapters/http/fetch-with-retry.ts
var fetch_with_retry = __webpack_require__(265);
;// CONCATENATED MODULE: ./src/adapters/pypi/simple-api.ts
/**
 * Responsible for reading a project's page of the simple index as pip does (PEP 691 JSON,
 * with the HTML form as fallback): the file names and sha256 digests it lists.
 */


const ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01';
/** Files listed on `<simple>/<project>/`, or null when the project has no page (404). */
async function readSimpleFiles(pageUrl, policy, clock) {
    let url = pageUrl;
    for (let hops = 0; hops < 3; hops++) {
        const answer = await (0,fetch_with_retry/* fetchWithRetry */.J5)(url, { headers: { accept: ACCEPT, 'cache-control': 'max-age=0' } }, { policy, clock, doing: `reading ${url}` });
        if (answer.status === 404)
            return null;
        const location = answer.headers.get('location');
        if (answer.status >= 300 && answer.status < 400 && location) {
            url = new URL(location, url).href;
            continue;
        }
        if (answer.status !== 200)
            throw new pyrelease_error/* PyreleaseError */.dT('INDEX_UNREADABLE', `the simple index answered ${url} with HTTP ${answer.status}`, { key: 'index-url', fix: 'check index-url / repository-url; re-run if the index had a hiccup' });
        const type = answer.headers.get('content-type') ?? '';
        if (type.startsWith('application/vnd.pypi.simple.v1+json')) {
            const files = answer.json()?.files;
            return Array.isArray(files)
                ? files.flatMap((f) => {
                    const r = f;
                    return typeof r?.filename === 'string' && typeof r.hashes?.sha256 === 'string' ? [{ filename: r.filename, sha256: r.hashes.sha256, yanked: r.yanked !== undefined && r.yanked !== false }] : [];
                })
                : [];
        }
        // PEP 503 HTML: <a href="…#sha256=<hex>">filename</a>
        return [...answer.text().matchAll(/<a\s[^>]*href="[^"#]*#sha256=([0-9a-f]{64})"[^>]*>([^<]+)<\/a>/gi)].map((m) => ({ filename: m[2].trim(), sha256: m[1], yanked: /data-yanked/.test(m[0]) }));
    }
    throw new pyrelease_error/* PyreleaseError */.dT('INDEX_UNREADABLE', `the simple index redirected ${pageUrl} too many times`, { key: 'index-url', fix: 'check index-url / repository-url' });
}

;// CONCATENATED MODULE: ./src/adapters/oidc/trusted-publishing.ts


class TrustedPublishingEndpoint {
    base;
    label;
    policy;
    clock;
    constructor(base, label, policy, clock) {
        this.base = base;
        this.label = label;
        this.policy = policy;
        this.clock = clock;
    }
    /** The audience the index wants in the token; a clear error when it has no trusted publishing. */
    async audience() {
        const answer = await (0,fetch_with_retry/* fetchWithRetry */.J5)(`${this.base}_/oidc/audience`, { headers: { accept: 'application/json' } }, { policy: this.policy, clock: this.clock, doing: `asking ${this.label} for its trusted-publishing audience` });
        const audience = answer.json()?.audience;
        if (answer.status === 200 && typeof audience === 'string')
            return audience;
        const disabled = answer.status === 403;
        throw new pyrelease_error/* PyreleaseError */.dT('TRUSTED_PUBLISHING_UNSUPPORTED', `${this.label} ${disabled ? 'has trusted publishing switched off' : `does not offer trusted publishing (GET ${this.base}_/oidc/audience answered ${answer.status})`}`, {
            key: 'repository-url',
            fix: 'check repository-url (PyPI: https://upload.pypi.org/legacy/, TestPyPI: https://test.pypi.org/legacy/); for an index without trusted publishing pass an API token in the password input',
        });
    }
    async mint(jwt) {
        const answer = await (0,fetch_with_retry/* fetchWithRetry */.J5)(`${this.base}_/oidc/mint-token`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ token: jwt }) }, { policy: this.policy, clock: this.clock, doing: `exchanging the OIDC token at ${this.label}` });
        const body = answer.json();
        if (answer.status === 200 && typeof body?.token === 'string') {
            return { ok: true, token: body.token, expiresAt: typeof body.expires === 'number' ? body.expires * 1000 : undefined };
        }
        const errors = Array.isArray(body?.errors)
            ? body.errors.flatMap((e) => {
                const r = e;
                return typeof r?.code === 'string' ? [{ code: r.code, description: typeof r.description === 'string' ? r.description : '' }] : [];
            })
            : [];
        return { ok: false, refusal: { status: answer.status, errors, text: answer.text().slice(0, 300) } };
    }
}

;// CONCATENATED MODULE: ./src/adapters/pypi/json-api.ts
/**
 * Responsible for reading what an index holds for one release through its JSON API
 * (`/pypi/<project>/<version>/json`): the files and their sha256, or "no such release".
 */


/** The release's files, or null when the index has no such project or version (404). */
async function readReleaseFiles(jsonUrl, policy, clock) {
    let url = jsonUrl;
    for (let hops = 0; hops < 3; hops++) {
        const answer = await (0,fetch_with_retry/* fetchWithRetry */.J5)(url, { headers: { accept: 'application/json', 'cache-control': 'no-cache' } }, { policy, clock, doing: `reading ${url}` });
        if (answer.status === 404)
            return null;
        const location = answer.headers.get('location');
        // A non-normalised project name is redirected (relative Location).
        if (answer.status >= 300 && answer.status < 400 && location) {
            url = new URL(location, url).href;
            continue;
        }
        const urls = answer.json()?.urls;
        if (answer.status !== 200 || !Array.isArray(urls)) {
            throw new pyrelease_error/* PyreleaseError */.dT('INDEX_UNREADABLE', `the index answered ${url} with HTTP ${answer.status} and no release JSON`, { key: 'index-url', fix: 'check index-url / repository-url; re-run if the index had a hiccup' });
        }
        return urls.flatMap((u) => {
            const f = u;
            return typeof f?.filename === 'string' && typeof f.digests?.sha256 === 'string' ? [{ filename: f.filename, sha256: f.digests.sha256, yanked: f.yanked === true }] : [];
        });
    }
    throw new pyrelease_error/* PyreleaseError */.dT('INDEX_UNREADABLE', `the index redirected ${jsonUrl} too many times`, { key: 'index-url', fix: 'check index-url / repository-url' });
}

;// CONCATENATED MODULE: ./src/adapters/pypi/legacy-upload.ts



async function postDistribution(req, policy, clock, onRetry) {
    const form = await (0,transport/* newFormData */.Pq)();
    for (const [key, value] of req.fields)
        form.append(key, value);
    form.append('content', new Blob([req.bytes], { type: 'application/octet-stream' }), req.filename);
    const answer = await (0,fetch_with_retry/* fetchWithRetry */.J5)(req.uploadUrl, { method: 'POST', body: form, headers: { authorization: `Basic ${Buffer.from(`__token__:${req.token}`).toString('base64')}`, 'user-agent': 'pyrelease' } }, { policy, clock, doing: `uploading ${req.filename}`, extraTimeoutMs: (0,adapters_policy/* transferAllowanceMs */.Ep)(req.bytes.length), onRetry: onRetry && ((n, why) => onRetry(n, why)) });
    return { status: answer.status, reason: answer.statusText, body: answer.text().slice(0, 2000) };
}

;// CONCATENATED MODULE: ./src/adapters/pypi/package-index.ts
/**
 * Responsible for one package index as the publish stage sees it: read a release's files,
 * upload a file, and its trusted-publishing endpoint — all under policy.pypi / policy.oidc.
 */






class PackageIndex {
    endpoints;
    policy;
    clock;
    trustedPublishing;
    constructor(endpoints, policy, clock) {
        this.endpoints = endpoints;
        this.policy = policy;
        this.clock = clock;
        this.trustedPublishing = new TrustedPublishingEndpoint(endpoints.trustedPublishingBase, endpoints.label, policy.oidc, clock);
    }
    /** Files of a release, or null when the index does not have it. */
    releaseFiles(project, version) {
        return readReleaseFiles((0,index_endpoints/* releaseJsonUrl */.jd)(this.endpoints, project, version), this.policy.pypi, this.clock);
    }
    /** Files listed on the project's simple-index page, or null when it has none. */
    simpleFiles(project) {
        return readSimpleFiles(`${(0,index_endpoints/* simpleIndexUrl */.Cf)(this.endpoints)}${(0,distribution_name/* normalizeProjectName */.yz)(project)}/`, this.policy.pypi, this.clock);
    }
    upload(req, onRetry) {
        return postDistribution({ ...req, uploadUrl: this.endpoints.uploadUrl }, this.policy.pypi, this.clock, onRetry);
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/core/publish/id-token-claims.ts
var id_token_claims = __webpack_require__(74698);
// EXTERNAL MODULE: ./src/core/sigstore/publish-statement.ts
var publish_statement = __webpack_require__(25069);
;// CONCATENATED MODULE: ./src/adapters/sigstore/bundle-signer.ts
/**
 * Responsible for keyless signing with @sigstore/sign: an Actions OIDC token (audience
 * `sigstore`, masked, refused when expired) → a Fulcio certificate → a DSSE signature over the
 * statement → a Rekor v1 `dsse` entry → a bundle. Timeouts and retries come from policy.sigstore
 * (the library's own classes default to none). Failures become one clear error each.
 */







class BundleSigner {
    endpoints;
    idTokens;
    policy;
    clock;
    /** Claims of the last identity token (the identity the certificate will carry). */
    lastClaims;
    constructor(endpoints, idTokens, policy, clock) {
        this.endpoints = endpoints;
        this.idTokens = idTokens;
        this.policy = policy;
        this.clock = clock;
    }
    /** Signs the statement; the bundle comes back as protobuf-JSON (what `.sigstore.json` files hold). */
    async sign(statement, what) {
        const retry = { retries: this.policy.retries, factor: 2, minTimeout: this.policy.retryBaseMs, maxTimeout: this.policy.retryBaseMs * 8 };
        const signer = new dist/* FulcioSigner */.$o({
            identityProvider: { getToken: () => this.identityToken() },
            fulcioBaseURL: this.endpoints.fulcioUrl,
            timeout: this.policy.attemptTimeoutMs,
            retry,
        });
        const rekor = new dist/* RekorWitness */.fU({ rekorBaseURL: this.endpoints.rekorUrl, entryType: 'dsse', fetchOnConflict: true, timeout: this.policy.attemptTimeoutMs, retry });
        const builder = new dist/* DSSEBundleBuilder */.VV({ signer, witnesses: [rekor] });
        try {
            const bundle = await builder.create({ data: statement, type: publish_statement/* IN_TOTO_PAYLOAD_TYPE */.T4 });
            return (0,bundle_dist.bundleToJSON)(bundle);
        }
        catch (error) {
            throw this.explain(error, what);
        }
    }
    async identityToken() {
        const token = await this.idTokens.get('sigstore');
        const claims = (0,id_token_claims/* decodeIdTokenClaims */.k4)(token);
        this.lastClaims = claims;
        if (claims?.exp !== undefined && claims.exp * 1000 <= this.clock.now()) {
            throw new pyrelease_error/* PyreleaseError */.dT('SIGNING_TOKEN_EXPIRED', 'the OIDC token for Sigstore was already expired when it arrived', { fix: "check the runner's clock, then re-run" });
        }
        return token;
    }
    explain(error, what) {
        if ((0,pyrelease_error/* isPyreleaseError */.FR)(error))
            return error;
        // The library's token errors embed the raw token in their message: never show it, only the code.
        if (!(error instanceof dist/* InternalError */.Gd))
            return new pyrelease_error/* PyreleaseError */.dT('SIGNING_FAILED', `signing ${what} failed`, { fix: 're-run; if it persists, set sign: false to publish unsigned' });
        const cause = error.cause;
        if ((0,pyrelease_error/* isPyreleaseError */.FR)(cause))
            return cause;
        const status = typeof cause?.statusCode === 'number' ? cause.statusCode : undefined;
        const attempts = this.policy.retries + 1;
        switch (error.code) {
            case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
                return this.serviceFailure('Fulcio', this.endpoints.fulcioUrl, 'fulcio-url', status, cause, attempts, `gave no certificate for ${what}`, () => new pyrelease_error/* PyreleaseError */.dT('SIGNING_IDENTITY_REFUSED', `Fulcio (${new URL(this.endpoints.fulcioUrl).host}) refused the identity for ${what} (HTTP ${status}): ${messageOf(cause)}`, { key: 'fulcio-url', fix: 'the Actions OIDC token must be accepted by this Fulcio: for a private Sigstore, check fulcio-url and its OIDC issuer configuration' }));
            case 'TLOG_CREATE_ENTRY_ERROR':
            case 'TLOG_FETCH_ENTRY_ERROR':
                return this.serviceFailure('Rekor', this.endpoints.rekorUrl, 'rekor-url', status, cause, attempts, `did not record the signature of ${what}`, () => new pyrelease_error/* PyreleaseError */.dT('SIGNING_UNAVAILABLE', `Rekor (${new URL(this.endpoints.rekorUrl).host}) refused the signature of ${what} (HTTP ${status}): ${messageOf(cause)}`, { key: 'rekor-url', fix: 'check rekor-url (it must belong to the same Sigstore instance as fulcio-url), then re-run' }));
            case 'IDENTITY_TOKEN_READ_ERROR':
            case 'IDENTITY_TOKEN_PARSE_ERROR':
                return new pyrelease_error/* PyreleaseError */.dT('SIGNING_FAILED', `the OIDC token for Sigstore could not be read (${error.code})`, { fix: 'check that the job has permissions: id-token: write, then re-run' });
            default:
                return new pyrelease_error/* PyreleaseError */.dT('SIGNING_FAILED', `signing ${what} failed (${error.code})`, { fix: 're-run; if it persists, set sign: false to publish unsigned' });
        }
    }
    /**
     * Unreachable (no answer: DNS, refused connection, a proxy in between), rate-limited (429) or
     * refused (another 4xx) — told apart, with the host, and the proxy when one is in the way.
     */
    serviceFailure(service, url, key, status, cause, attempts, outcome, refused) {
        const host = new URL(url).host;
        const via = (0,transport/* proxyFor */.iJ)(url);
        if (status === undefined) {
            return new pyrelease_error/* PyreleaseError */.dT('SIGNING_UNAVAILABLE', `${service} (${host}) is unreachable${via ? ` through the proxy ${via}` : ''}: it ${outcome} after ${attempts} attempts (${(0,fetch_with_retry/* describeNetworkError */.gl)(cause, this.policy.attemptTimeoutMs)})`, {
                key,
                fix: via ? `check that the proxy ${via} (HTTPS_PROXY) reaches ${host}, or add it to NO_PROXY; nothing was uploaded` : `check the runner's network (DNS, firewall) reaches ${host}, then re-run (nothing was uploaded), or set sign: false to publish unsigned`,
            });
        }
        if (status === 429)
            return new pyrelease_error/* PyreleaseError */.dT('SIGNING_UNAVAILABLE', `${service} (${host}) rate-limited the signing: it ${outcome} after ${attempts} attempts (HTTP 429)`, { key, fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
        if (status === 407)
            return new pyrelease_error/* PyreleaseError */.dT('NETWORK_PROXY_REFUSED', `the proxy ${via ?? ''} refused to connect to ${host} (HTTP 407 Proxy Authentication Required)`.replace('proxy  ', 'proxy '), { key: 'HTTPS_PROXY', fix: `give the proxy's credentials in HTTPS_PROXY (from a secret), or add ${host} to NO_PROXY` });
        if (status >= 400 && status < 500 && status !== 408) {
            const error = refused();
            // Behind a proxy, a 403 may be the proxy's own refusal replayed to the client (https-proxy-agent does that).
            return via ? new pyrelease_error/* PyreleaseError */.dT(error.code, `${error.message} — through the proxy ${via}, which may have sent it`, { ...error.details, fix: `${error.details.fix ?? ''}; if the proxy refused, allow ${host} on it or add it to NO_PROXY` }) : error;
        }
        return new pyrelease_error/* PyreleaseError */.dT('SIGNING_UNAVAILABLE', `${service} (${host}) ${outcome} after ${attempts} attempts (HTTP ${status})`, { key, fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
    }
}
function messageOf(cause) {
    // @sigstore/sign's HTTPError says "(<status>) <message>": the status is already named.
    return (cause instanceof Error ? cause.message.split('\n')[0] : String(cause)).replace(/^\(\d{3}\)\s*/, '').slice(0, 200);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
;// CONCATENATED MODULE: ./src/adapters/sigstore/trusted-root.ts
/**
 * Responsible for the trust root bundles are verified against: a `trusted_root.json` the user
 * names (a private Sigstore), else the public-good root through Sigstore's TUF repository,
 * cached under the runner's temp directory.
 */





async function loadTrustedRoot(path, tempDir, timeoutMs) {
    if (path) {
        try {
            return protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')));
        }
        catch (error) {
            throw new pyrelease_error/* PyreleaseError */.dT('SIGSTORE_TRUST_ROOT_INVALID', `the trusted root ${path} cannot be read: ${error.message}`, { key: 'trusted-root', file: path, fix: 'give the trusted_root.json of your Sigstore instance (cosign/sigstore tooling can print it), or leave trusted-root empty for the public-good instance' });
        }
    }
    try {
        return await (0,tuf_dist.getTrustedRoot)({ cachePath: (0,external_node_path_.join)(tempDir, 'pyrelease-sigstore-tuf'), timeout: timeoutMs, retry: 2 });
    }
    catch (error) {
        throw new pyrelease_error/* PyreleaseError */.dT('SIGSTORE_TRUST_ROOT_UNAVAILABLE', `the Sigstore trust root could not be fetched from its TUF repository: ${error.message}`, { key: 'trusted-root', fix: 're-run (nothing was uploaded); the runner needs https access to tuf-repo-cdn.sigstore.dev, or pass trusted-root with a local trusted_root.json' });
    }
}

;// CONCATENATED MODULE: ./src/services.ts










/** The real adapters for a run; tests pass a faster policy table. */
/** `gitEnv`: what every git process on the repository needs (a blob-less clone's credentials, stages/workspace-source.ts). */
function createServices(settings, runtime, clock, policies = adapters_policy/* policy */.JN, gitEnv) {
    (0,transport/* useProxy */.C)(settings.proxy);
    const idTokens = new actions_id_token/* ActionsIdTokens */.P(settings.idTokenRequest, policies.oidc, clock, (secret) => runtime.setSecret(secret));
    return {
        git: new GitRepository(settings.workingDirectory, gitEnv && { env: gitEnv }),
        github: githubFor(settings, policies, clock),
        index: once(() => new PackageIndex((0,index_endpoints/* indexEndpoints */.$G)(settings.repositoryUrl, settings.indexUrl || undefined), policies, clock)),
        idTokens,
        signer: once(() => new BundleSigner({ fulcioUrl: settings.fulcioUrl, rekorUrl: settings.rekorUrl }, idTokens, policies.sigstore, clock)),
        trustedRoot: once(() => loadTrustedRoot(settings.trustedRoot, settings.tempDir, policies.sigstore.attemptTimeoutMs)),
    };
}
function once(make) {
    let value;
    return () => (value ??= make());
}
function githubFor(settings, policies, clock) {
    let client;
    return () => {
        if (client)
            return client;
        if (!settings.token)
            throw new pyrelease_error/* PyreleaseError */.dT('GITHUB_NO_TOKEN', 'no GitHub token was given', { key: 'token', fix: 'leave the token input at its default (${{ github.token }}) or pass a GitHub App token' });
        if (!settings.repository)
            throw new pyrelease_error/* PyreleaseError */.dT('REPOSITORY_UNKNOWN', 'cannot tell which repository to release', { fix: 'run in GitHub Actions (GITHUB_REPOSITORY is set there)' });
        client = new GitHubClient(settings.token, { apiUrl: settings.apiUrl, ...(settings.graphqlUrl && { graphqlUrl: settings.graphqlUrl }), ...settings.repository }, policies.github, clock);
        return client;
    };
}


/***/ })

};

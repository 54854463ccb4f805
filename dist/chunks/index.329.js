export const id = 329;
export const ids = [329];
export const modules = {

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

/***/ 9033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ releasedComment),
/* harmony export */   m0: () => (/* binding */ webhookPayload),
/* harmony export */   wH: () => (/* binding */ releasedMarker)
/* harmony export */ });
function releasedMarker(tag) {
    return `<!-- pyrelease:released ${tag.replace(/-->/g, '')} -->`;
}
function releasedComment(r) {
    const release = r.releaseUrl ? `[${r.tag}](${r.releaseUrl})` : `\`${r.tag}\``;
    return `${releasedMarker(r.tag)}\n🚀 Released in ${release} and published to ${r.indexLabel}: [${r.project} ${r.version}](${r.projectUrl})\n\n\`\`\`\npip install ${r.project}==${r.version}\n\`\`\`\n`;
}
/** Slack-compatible: `text` (mrkdwn) plus the facts as fields for other receivers. */
function webhookPayload(r) {
    const where = r.repository ?? 'pyrelease';
    const run = r.runUrl ? ` (<${r.runUrl}|run>)` : '';
    const text = r.ok
        ? r.release
            ? `✅ ${where}: ${r.release.project} ${r.release.version} released — <${r.release.projectUrl}|${r.release.indexLabel}>${r.release.releaseUrl ? `, <${r.release.releaseUrl}|${r.release.tag}>` : ''}${run}`
            : `✅ ${where}: pyrelease run passed, nothing released${run}`
        : `❌ ${where}: pyrelease failed in stage ${r.failure?.stage ?? '?'}: ${slackEscape(r.failure?.line ?? '')}${run}`;
    return { text, ok: r.ok, repository: r.repository, run_url: r.runUrl, release: r.release, failure: r.failure };
}
/** Slack's three control characters, so commit text cannot forge links or mentions. */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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

/***/ 92329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyWebhook: () => (/* binding */ notifyWebhook)
});

// EXTERNAL MODULE: ./src/adapters/http/fetch-with-retry.ts
var fetch_with_retry = __webpack_require__(265);
;// CONCATENATED MODULE: ./src/adapters/notify/webhook.ts

async function postWebhook(url, payload, policy, clock) {
    const answer = await (0,fetch_with_retry/* fetchWithRetry */.J5)(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }, { policy, clock, doing: 'posting to notify-webhook' });
    return { ok: answer.status >= 200 && answer.status < 300, status: answer.status };
}

// EXTERNAL MODULE: ./src/core/notify/messages.ts
var messages = __webpack_require__(9033);
// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
// EXTERNAL MODULE: ./src/core/publish/index-endpoints.ts
var index_endpoints = __webpack_require__(61044);
;// CONCATENATED MODULE: ./src/stages/notify.ts




async function notifyWebhook(settings, results, reports, o) {
    if (!settings.notifyWebhook)
        return;
    const failed = reports.find((r) => r.status === 'failed');
    const report = { ok: !failed, repository: settings.repository ? `${settings.repository.owner}/${settings.repository.repo}` : undefined, runUrl: settings.runUrl };
    if (failed)
        report.failure = { stage: failed.stage, line: failed.headline };
    const published = results.publish?.published ? results.publish : undefined;
    const wheel = published?.files.map((f) => (0,distribution_name/* parseDistributionName */.dM)(f.name)).find((n) => n !== undefined);
    if (published && wheel && published.version) {
        const e = (0,index_endpoints/* indexEndpoints */.$G)(settings.repositoryUrl, settings.indexUrl || undefined);
        const project = (0,distribution_name/* normalizeProjectName */.yz)(wheel.project);
        report.release = { project, version: published.version, tag: results.release?.tagName ?? settings.handoff.release?.tagName ?? published.version, releaseUrl: results.release?.htmlUrl, projectUrl: (0,index_endpoints/* projectPageUrl */.g2)(e, project, published.version), indexLabel: e.label };
    }
    try {
        const r = await postWebhook(settings.notifyWebhook, (0,messages/* webhookPayload */.m0)(report), o.policy, o.clock);
        if (!r.ok)
            o.runtime.warning(`notify-webhook answered HTTP ${r.status}: the notification was not delivered`);
    }
    catch {
        o.runtime.warning('notify-webhook could not be reached after retries: the notification was not delivered');
    }
}


/***/ })

};

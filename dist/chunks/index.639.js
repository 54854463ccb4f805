export const id = 639;
export const ids = [639];
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

/***/ 22767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ installFromIndex),
/* harmony export */   Ff: () => (/* binding */ environmentAt),
/* harmony export */   G1: () => (/* binding */ runInEnvironment),
/* harmony export */   MO: () => (/* binding */ createEnvironment),
/* harmony export */   th: () => (/* binding */ installFromFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_run_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56602);
/**
 * Responsible for installing a release the way a user would: a brand-new virtual environment
 * (uv venv when the project uses uv, else python -m venv), the package from the index with no
 * cache, then a fixed check program and an optional smoke command inside it.
 */


const WINDOWS = process.platform === 'win32';
function environmentAt(dir) {
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, WINDOWS ? 'Scripts' : 'bin');
    return { dir, bin, python: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(bin, WINDOWS ? 'python.exe' : 'python') };
}
const quiet = { PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONDONTWRITEBYTECODE: '1', PIP_NO_INPUT: '1' };
// A fresh environment is what a user gets from pip install: a workflow's PYTHONPATH=src (or a
// user site) would let the import check pass on the checkout instead of the installed release.
const unset = ['PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONUSERBASE', 'PIP_TARGET', 'PIP_PREFIX', 'PIP_USER'];
async function createEnvironment(dir, uv, cwd, timeoutMs) {
    return uv ? (0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)('uv', ['venv', '--quiet', dir], { cwd, timeoutMs, env: quiet, unset }) : (0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)('python3', ['-m', 'venv', dir], { cwd, timeoutMs, env: quiet, unset });
}
/** Several requirements (a monorepo release) are installed by one resolver run, so they must install together. */
async function installFromIndex(env, requirement, simpleUrl, uv, cwd, timeoutMs) {
    const requirements = typeof requirement === 'string' ? [requirement] : requirement;
    return uv
        ? (0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)('uv', ['pip', 'install', '--python', env.python, '--no-cache', '--index-url', simpleUrl, ...requirements], { cwd, timeoutMs, env: quiet, unset })
        : (0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)(env.python, ['-m', 'pip', 'install', '--no-cache-dir', '--index-url', simpleUrl, ...requirements], { cwd, timeoutMs, env: quiet, unset });
}
/** Runs a program with the environment's bin first on PATH (its python, its console scripts). */
function runInEnvironment(env, program, args, cwd, timeoutMs) {
    const path = `${env.bin}${WINDOWS ? ';' : ':'}${(0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .processEnv */ .Hb)().PATH ?? ''}`;
    return (0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)(program, args, { cwd, timeoutMs, env: { ...quiet, PATH: path, VIRTUAL_ENV: env.dir }, unset });
}
/**
 * Installs `requirement` from the distributions in `dir` alone (the installer picks the wheel
 * that fits this runner), then — when it declares dependencies — lets the installer fetch those
 * from its usual index: the release itself never comes from anywhere but `dir`.
 */
async function installFromFiles(env, dir, requirement, o) {
    const pip = (extra) => o.uv
        ? (0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)('uv', ['pip', 'install', '--python', env.python, '--no-cache', '--find-links', dir, ...extra, requirement], { cwd: o.cwd, timeoutMs: o.timeoutMs, env: quiet, unset })
        : (0,_process_run_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)(env.python, ['-m', 'pip', 'install', '--no-cache-dir', '--find-links', dir, ...extra, requirement], { cwd: o.cwd, timeoutMs: o.timeoutMs, env: quiet, unset });
    const own = await pip(['--no-index', '--no-deps', '--only-binary', ':all:']);
    if (own.exitCode !== 0 || !o.withDependencies)
        return own;
    return pip([]);
}


/***/ }),

/***/ 21181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ readProject)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/core/pyproject-toml.ts
var pyproject_toml = __webpack_require__(39332);
;// CONCATENATED MODULE: ./src/core/publish/project-identity.ts
/** pyproject.toml → the project's name and static version, which the publish guard compares with the release. */


function readProjectIdentity(text, file = 'pyproject.toml') {
    const doc = (0,pyproject_toml/* parsePyprojectToml */.w)(text, file, 'fix the syntax (python -c "import tomllib; tomllib.load(open(\'pyproject.toml\', \'rb\'))" shows the same error)');
    const project = doc.project;
    if (typeof project !== 'object' || project === null || typeof project.name !== 'string') {
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_NO_NAME', `${file} has no [project] name`, { file, key: 'project.name', fix: 'add [project] with name = "your-package" (PEP 621): publishing needs the project name' });
    }
    const p = project;
    const dynamic = Array.isArray(p.dynamic) && p.dynamic.includes('version');
    if (!dynamic && typeof p.version !== 'string') {
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_NO_VERSION', `${file} has neither [project] version nor dynamic = ["version"]`, { file, key: 'project.version', fix: 'add version = "0.1.0" to [project] (release PRs keep it current)' });
    }
    return { name: p.name, version: dynamic ? undefined : p.version };
}

;// CONCATENATED MODULE: ./src/adapters/workspace/project-file.ts
/** Responsible for reading the Python project's identity (name, static version) from its pyproject.toml. */




function readProject(dir) {
    const path = (0,external_node_path_.join)(dir, 'pyproject.toml');
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_MISSING', `no pyproject.toml in ${dir}`, { file: 'pyproject.toml', fix: 'set working-directory to the Python project (--cwd DIR for the CLI), or add a pyproject.toml with a [project] table' });
    }
    return readProjectIdentity((0,external_node_fs_.readFileSync)(path, 'utf8'));
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

/***/ 33025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ outputTail)
/* harmony export */ });
/**
 * The end of a tool's output as an error's details (`more`): the last lines, fenced, so the summary
 * shows them as a block and the log keeps them short. One helper for every stage that reports a
 * failed build, check, install or smoke test.
 */
function outputTail(text, lines = 20) {
    return ['```', ...text.trim().split('\n').slice(-lines), '```'];
}


/***/ }),

/***/ 37639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePublish: () => (/* binding */ preparePublish),
  publishPreflightAtHead: () => (/* binding */ publishPreflightAtHead),
  publishStage: () => (/* binding */ publishStage)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@noble/hashes/blake2.js + 4 modules
var blake2 = __webpack_require__(10904);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/adapters/distribution/tar-entry.ts
/**
 * Reads one member of a gzip'd tar archive (an sdist) from its bytes: ustar headers with the
 * pax (`x`) and GNU (`L`) long-name extensions that build backends write. The archive is inflated
 * as a stream and left as soon as the member is found (PKG-INFO comes first in every backend's
 * sdist), so a large sdist is never held in memory a second time, decompressed.
 */

function readTarGzEntry(tgz, match) {
    return new Promise((resolve, reject) => {
        const gunzip = (0,external_node_zlib_.createGunzip)();
        let pending = Buffer.alloc(0);
        // Bytes of a member that is not wanted, still to come: dropped as they arrive, never kept.
        let skip = 0;
        let longName;
        let settled = false;
        const settle = (fn) => {
            if (settled)
                return;
            settled = true;
            gunzip.destroy();
            fn();
        };
        const parse = () => {
            for (;;) {
                if (pending.length < 512)
                    return;
                const header = pending.subarray(0, 512);
                if (header.every((b) => b === 0))
                    return settle(() => resolve(undefined));
                const size = parseOctal(header.subarray(124, 136));
                const total = 512 + Math.ceil(size / 512) * 512;
                const type = String.fromCharCode(header[156] ?? 0);
                if (type === 'x' || type === 'L') {
                    if (pending.length < total)
                        return;
                    const data = pending.subarray(512, 512 + size);
                    longName = type === 'x' ? (paxPath(data) ?? longName) : cString(data);
                    pending = pending.subarray(total);
                    continue;
                }
                const prefix = cString(header.subarray(345, 500));
                const name = longName ?? (prefix ? `${prefix}/${cString(header.subarray(0, 100))}` : cString(header.subarray(0, 100)));
                if ((type === '0' || type === '\0') && match(name)) {
                    if (pending.length < 512 + size)
                        return;
                    const found = Buffer.from(pending.subarray(512, 512 + size));
                    return settle(() => resolve(found));
                }
                longName = undefined;
                if (pending.length >= total) {
                    pending = pending.subarray(total);
                    continue;
                }
                skip = total - pending.length;
                pending = Buffer.alloc(0);
                return;
            }
        };
        gunzip.on('data', (chunk) => {
            if (settled)
                return;
            if (skip > 0) {
                const dropped = Math.min(skip, chunk.length);
                skip -= dropped;
                chunk = chunk.subarray(dropped);
                if (chunk.length === 0)
                    return;
            }
            pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
            try {
                parse();
            }
            catch (error) {
                settle(() => reject(error));
            }
        });
        gunzip.on('end', () => settle(() => resolve(undefined)));
        gunzip.on('error', (error) => settle(() => reject(error)));
        gunzip.end(tgz);
    });
}
function cString(bytes) {
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}
function parseOctal(bytes) {
    const text = cString(bytes).trim();
    if (text === '')
        return 0;
    const value = parseInt(text, 8);
    if (Number.isNaN(value))
        throw new Error('damaged tar: bad size field');
    return value;
}
/** pax records are `<len> <key>=<value>\n`. */
function paxPath(data) {
    for (const record of data.toString('utf8').split('\n')) {
        const m = /^\d+ path=(.*)$/.exec(record);
        if (m)
            return m[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/distribution/zip-entry.ts
/**
 * Reads one member of a zip archive (a wheel) from its bytes: the central directory, then the
 * member's local header and data, stored or deflated. Zip64 archives (more than 65 535 members,
 * or past 4 GiB — large data wheels) are read through the zip64 end record and extra fields
 * (APPNOTE.TXT 4.3.14–4.3.15, 4.5.3). Members are sliced from the file's own bytes, never copied.
 */

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
/** The first member whose path matches, or undefined. Throws on a damaged archive. */
function readZipEntry(zip, match) {
    const { count, offset } = centralDirectory(zip);
    let at = offset;
    for (let i = 0; i < count; i++) {
        if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL)
            throw new Error('damaged zip: bad central directory entry');
        const method = zip.readUInt16LE(at + 10);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const path = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        if (match(path)) {
            const sizes = zip64Sizes(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), {
                uncompressed: zip.readUInt32LE(at + 24),
                compressed: zip.readUInt32LE(at + 20),
                localOffset: zip.readUInt32LE(at + 42),
            });
            const local = sizes.localOffset;
            if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL)
                throw new Error(`damaged zip: bad local header for ${path}`);
            const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
            const data = zip.subarray(dataStart, dataStart + sizes.compressed);
            if (method === 0)
                return Buffer.from(data);
            if (method === 8)
                return (0,external_node_zlib_.inflateRawSync)(data);
            throw new Error(`unsupported zip compression method ${method} for ${path}`);
        }
        at += 46 + nameLength + extraLength + commentLength;
    }
    return undefined;
}
function centralDirectory(zip) {
    const eocd = findEndOfCentralDirectory(zip);
    const count = zip.readUInt16LE(eocd + 10);
    const offset = zip.readUInt32LE(eocd + 16);
    if (count !== 0xffff && offset !== 0xffffffff)
        return { count, offset };
    // Zip64: the locator sits right before the classic record and points at the zip64 end record.
    const locator = eocd - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== EOCD64_LOCATOR)
        throw new Error('damaged zip: zip64 locator missing');
    const end64 = Number(zip.readBigUInt64LE(locator + 8));
    if (end64 + 56 > zip.length || zip.readUInt32LE(end64) !== EOCD64)
        throw new Error('damaged zip: bad zip64 end of central directory');
    return { count: Number(zip.readBigUInt64LE(end64 + 32)), offset: Number(zip.readBigUInt64LE(end64 + 48)) };
}
/** The zip64 extra field holds, in this order, whichever of the three 32-bit fields are 0xFFFFFFFF. */
function zip64Sizes(extra, classic) {
    const out = { ...classic };
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (id === ZIP64_EXTRA) {
            let field = at + 4;
            const next = () => {
                const v = Number(extra.readBigUInt64LE(field));
                field += 8;
                return v;
            };
            if (classic.uncompressed === 0xffffffff)
                out.uncompressed = next();
            if (classic.compressed === 0xffffffff)
                out.compressed = next();
            if (classic.localOffset === 0xffffffff)
                out.localOffset = next();
            break;
        }
        at += 4 + size;
    }
    return out;
}
function findEndOfCentralDirectory(zip) {
    // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === EOCD)
            return at;
    }
    throw new Error('not a zip archive (no end of central directory)');
}

;// CONCATENATED MODULE: ./src/adapters/distribution/read-distribution.ts
/**
 * Responsible for a built distribution's facts: bytes, sha256, and its core metadata (a wheel's
 * `*.dist-info/METADATA`, an sdist's top-level `PKG-INFO`). Read once; the bytes uploaded are
 * the bytes hashed, and the metadata is found in them without a second copy of the archive.
 */






function sha256Of(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** For print-hash: the digest twine and the JSON API also list (not a security check). */
function md5Of(bytes) {
    return (0,external_node_crypto_.createHash)('md5').update(bytes).digest('hex');
}
/**
 * For print-hash: BLAKE2b with a 256-bit digest, as pypa's print-hash.py (hashlib.blake2b(digest_size=32))
 * and PyPI's own file listing have it. Node's OpenSSL has only the 512-bit BLAKE2b, and the digest
 * size is a parameter of the hash, not a truncation.
 */
function blake2b256Of(bytes) {
    return Buffer.from((0,blake2/* blake2b */.Sx)(bytes, { dkLen: 32 })).toString('hex');
}
async function readDistribution(path) {
    const bytes = (0,external_node_fs_.readFileSync)(path);
    const filename = (0,external_node_path_.basename)(path);
    let metadata;
    if (filename.endsWith('.whl'))
        metadata = readZipEntry(bytes, (p) => /^[^/]+\.dist-info\/METADATA$/.test(p));
    else if (filename.endsWith('.tar.gz'))
        metadata = await readTarGzEntry(bytes, (p) => /^[^/]+\/PKG-INFO$/.test(p));
    return { path, filename, bytes, sha256: sha256Of(bytes), size: bytes.length, metadataText: metadata?.toString('utf8') };
}

// EXTERNAL MODULE: ./src/adapters/workspace/project-file.ts + 1 modules
var project_file = __webpack_require__(21181);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/core/publish/pep440.ts
var pep440 = __webpack_require__(98084);
;// CONCATENATED MODULE: ./src/core/publish/publish-target.ts
/**
 * The publish guard: from what the release stage decided (or force_publish) and what is checked
 * out, decide the one project version to publish — or refuse before anything is built. Publishing
 * a commit other than the tagged release commit is how wrong code reaches PyPI.
 */


const CHECKOUT_FIX = 'check out the release commit in the publish job: actions/checkout with ref: ${{ needs.release.outputs.sha }}';
function decidePublishTarget(f) {
    const { project, release } = f;
    const fixes = f.fixes ?? { checkout: CHECKOUT_FIX, version: CHECKOUT_FIX };
    if (!release.version) {
        if (f.forcePublish && project.version !== undefined && (0,pep440/* normalizePep440 */.Z)(project.version) === undefined) {
            throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_VERSION_SHAPE', `pyproject.toml has version ${JSON.stringify(project.version)}, which is not a PEP 440 version`, { file: 'pyproject.toml', key: 'project.version', fix: 'write a version like 1.2.3 (or 1.2.3rc1) in [project]' });
        }
        if (f.forcePublish)
            return { project: project.name, version: project.version, tagName: release.tagName, sha: f.headSha, mode: 'force' };
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_NO_RELEASE', 'nothing to publish: no release was created, and no version was handed to this job', {
            key: 'version',
            fix: 'run publish after the release stage (stage: all), or pass the release job\'s outputs (release_created, version, tag_name, sha) as inputs; force_publish: true publishes the version at HEAD',
        });
    }
    if (project.version !== undefined && !(0,pep440/* sameRelease */.O)(project.version, release.version)) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_VERSION_MISMATCH', `pyproject.toml has version ${project.version}, but the release is ${release.version}: this checkout is not the release commit`, { file: 'pyproject.toml', key: 'project.version', fix: fixes.version });
    }
    if (release.sha && release.sha !== f.headSha) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_WRONG_COMMIT', `the release ${release.tagName ?? release.version} is commit ${release.sha.slice(0, 7)}, but ${f.headSha.slice(0, 7)} is checked out`, { key: 'sha', fix: fixes.checkout });
    }
    if (f.tagSha !== undefined && f.tagSha !== f.headSha) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_TAG_ELSEWHERE', `tag ${release.tagName} points at ${f.tagSha.slice(0, 7)}, not at the checked-out ${f.headSha.slice(0, 7)}`, { key: 'tag_name', fix: fixes.checkout });
    }
    return { project: project.name, version: release.version, tagName: release.tagName, sha: f.headSha, mode: f.forcePublish && !release.tagName ? 'force' : 'release' };
}

;// CONCATENATED MODULE: ./src/core/publish/release-source.ts
/**
 * Which release a publish step publishes, decided from what it knows, in this order: the release
 * stage of this same step (stage: all), the release job's outputs handed over as inputs (ours or
 * release-please-action's `release_created` + `tag_name`), the run's own event (a published GitHub
 * release, a tag push), then force_publish. None of these is "nothing to do", with why and what to
 * pass: the runner turns that into a skip under stage: all and a failure when publish was asked for.
 */
const FIX = 'run publish where a release is known: after the release stage (stage: all), with the release job\'s outputs (release_created: ${{ needs.release.outputs.release_created }} and tag_name: ${{ needs.release.outputs.tag_name }}), on: release: types: [published], or on: push: tags; force_publish: true publishes the version at HEAD';
function chooseRelease(f) {
    const { inRun, handoff, event } = f;
    if (inRun?.notCheckedOut && !f.forcePublish) {
        return { kind: 'none', reason: `the release ${inRun.tagName ?? ''} is of the target branch, not of the checked-out commit: the run on the target branch publishes it`, fix: 'nothing to do here; to publish from this job, check out the target branch' };
    }
    if (inRun && (inRun.releaseCreated === true || inRun.atHead === true))
        return { kind: 'release', from: 'this run', ...pick(inRun), prerelease: false };
    if (handoff?.releaseCreated === true)
        return { kind: 'release', from: 'handoff', ...pick(handoff), prerelease: false };
    if (event)
        return { kind: 'release', from: 'event', tagName: event.tagName, ...(event.sha && { sha: event.sha }), prerelease: event.prerelease };
    if (f.forcePublish)
        return { kind: 'force', ...(handoff?.tagName && { tagName: handoff.tagName }) };
    if (inRun)
        return { kind: 'none', reason: 'no release was created in this run (and force_publish is off)', fix: FIX };
    if (handoff?.releaseCreated === false)
        return { kind: 'none', reason: 'release_created is false: the release job made no release', fix: `skip the job when nothing was released (if: \${{ needs.release.outputs.release_created }}), or ${FIX}` };
    return { kind: 'none', reason: 'this job knows of no release: no release_created input, and the event is neither a published release nor a tag push (and force_publish is off)', fix: FIX };
}
function pick(r) {
    return { ...(r.tagName && { tagName: r.tagName }), ...(r.version && { version: r.version }), ...(r.sha && { sha: r.sha }) };
}

// EXTERNAL MODULE: ./src/core/publish/released-paths.ts
var released_paths = __webpack_require__(7137);
// EXTERNAL MODULE: ./src/core/version/tag-name.ts
var tag_name = __webpack_require__(98186);
;// CONCATENATED MODULE: ./src/core/publish/tag-version.ts
/**
 * The version a release tag stands for, read with the project's own tag format (the one the
 * release stage writes tags with), and the GitHub release's pre-release flag held against it.
 */



function versionOfReleaseTag(tagName, style, where) {
    // Tags written by hand for a PEP 440 pre-release (v1.2.0rc1) are read too when the config writes SemVer (v1.2.0-rc.1), and the other way round.
    const other = { ...style, notation: style.notation === 'pep440' ? 'semver' : 'pep440' };
    const version = (0,tag_name/* versionOfTagInStyle */.Kj)(tagName, style) ?? (0,tag_name/* versionOfTagInStyle */.Kj)(tagName, other);
    if (version !== undefined)
        return version;
    const example = (0,tag_name/* formatTag */._3)(style.notation === 'pep440' ? '1.2.3rc1' : '1.2.3', style);
    throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_TAG_NOT_A_RELEASE', `${where.input} ${JSON.stringify(tagName)} is not a release tag of this project: ${where.configFile} makes tags like ${example}`, {
        key: where.input,
        fix: `publish a tag written as ${example} (component, tag-separator, include-v-in-tag and include-component-in-tag of ${where.configFile} decide the form), or pass version: with the version it stands for`,
    });
}
/** PEP 440 pre-releases: a, b, rc and dev releases (what pip skips without --pre). */
function isPep440PreRelease(version) {
    const normal = (0,pep440/* normalizePep440 */.Z)(version);
    return normal !== undefined && /(a|b|rc)\d+|\.dev\d+/.test(normal.split('+')[0]);
}
function assertPreReleaseMatches(tagName, version) {
    if (isPep440PreRelease(version))
        return;
    throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_PRERELEASE_MISMATCH', `the GitHub release ${tagName} is marked pre-release, but ${version} is a final release in PEP 440 (pip would install it as the latest)`, {
        key: 'release.prerelease',
        fix: 'untick "Set as a pre-release" on the GitHub release, or release a pre-release version such as 1.2.3rc1 (versioning: pep440 writes those)',
    });
}

// EXTERNAL MODULE: ./src/core/config/tag-style.ts
var tag_style = __webpack_require__(48102);
;// CONCATENATED MODULE: ./src/core/publish/upload-plan.ts
/**
 * Local files + what the index already holds → what to upload. A file already there with the
 * same sha256 is done (an interrupted run converges); another sha256 under the same name can
 * never be replaced, so it stops the publish before anything is sent.
 */

/**
 * `nameIsEnough` (dev builds): a file of the same name already there counts as done whatever its
 * digest, as pypa's skip-existing has it — a dev build's version is a run's, and a re-run of that
 * run has nothing newer to say.
 */
function planUploads(local, remote, o) {
    const byName = new Map((remote ?? []).map((r) => [r.filename, r.sha256]));
    const conflicts = local.filter((l) => byName.has(l.filename) && byName.get(l.filename) !== l.sha256);
    if (conflicts.length > 0 && !o.nameIsEnough) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_FILE_CONFLICT', `${o.indexLabel} already has ${conflicts.map((c) => c.filename).join(', ')} with a different sha256 than the file built now`, {
            fix: 'a file name can never be reused on the index: if the published files are right, there is nothing to do; otherwise release a new version. Builds are reproducible from the release commit, so a difference means the commit or the build tools changed',
            more: conflicts.map((c) => `${c.filename}: index ${byName.get(c.filename)}, built ${c.sha256}`),
        });
    }
    if (o.force && !o.skipExisting && remote !== null && remote.length > 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_VERSION_EXISTS', `${o.indexLabel} already has version ${o.version} (${remote.length} file${remote.length === 1 ? '' : 's'}); force_publish does not overwrite a release`, {
            key: 'force_publish',
            fix: 'bump the version in pyproject.toml for an emergency release, or set skip-existing: true to upload only the files that are missing',
        });
    }
    return { toUpload: local.filter((l) => !byName.has(l.filename)).map((l) => l.filename), alreadyThere: local.filter((l) => byName.has(l.filename)).map((l) => l.filename) };
}

// EXTERNAL MODULE: ./src/settings/handoff.ts
var settings_handoff = __webpack_require__(9975);
;// CONCATENATED MODULE: ./src/core/publish/checksums.ts
/** SHA256SUMS in the format `sha256sum --check` reads: hex digest, two spaces, file name. */
function renderSha256Sums(files) {
    return [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}\n`).join('');
}
/** The entries of a SHA256SUMS text (`<hex>  <name>` or `<hex> *<name>`); lines in another form are skipped. */
function parseSha256Sums(text) {
    return text.split('\n').flatMap((line) => {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
        return m ? [{ sha256: m[1], name: m[2] }] : [];
    });
}

// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
;// CONCATENATED MODULE: ./src/stages/publish/kept-distributions.ts
/**
 * Build once: the exact files of the first attempt, kept on the GitHub release (attached before
 * the first upload, with SHA256SUMS last), are what a re-run publishes — downloaded and verified
 * by their sha256 — instead of a rebuild whose bytes may differ (a backend upgrade, a
 * non-reproducible sdist) and would meet PUBLISH_FILE_CONFLICT with the half on the index.
 */






const SUMS = 'SHA256SUMS';
/** Whether the release holds a kept set (SHA256SUMS is attached only once every file of the set is). */
function hasKeptSet(onRelease) {
    return onRelease?.assets.some((a) => a.name === SUMS && a.state === 'uploaded') === true;
}
/** The first attempt's distributions of `project` `version`, written to a fresh directory; undefined when the release keeps none. */
async function keptDistributions(gh, onRelease, o) {
    if (!onRelease || !hasKeptSet(onRelease))
        return undefined;
    const byName = new Map(onRelease.assets.map((a) => [a.name, a]));
    const sums = byName.get(SUMS);
    const listed = parseSha256Sums((await gh.downloadReleaseAsset(sums.id, sums.size)).toString('utf8')).filter((e) => {
        const name = (0,distribution_name/* parseDistributionName */.dM)(e.name);
        return name !== undefined && (o.version === undefined ? (0,distribution_name/* normalizeProjectName */.yz)(name.project) === (0,distribution_name/* normalizeProjectName */.yz)(o.project) : (0,distribution_name/* matchesRelease */.nK)(name, o.project, o.version));
    });
    if (listed.length === 0)
        return undefined;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.tempDir, 'pyrelease-kept-'));
    const paths = [];
    for (const entry of listed) {
        const asset = byName.get(entry.name);
        const broken = (why) => new pyrelease_error/* PyreleaseError */.dT('PUBLISH_KEPT_FILE_MISMATCH', `the first attempt's ${entry.name} on the GitHub release ${onRelease.release.tagName} ${why}`, {
            key: 'tag_name',
            fix: `nothing was uploaded in this run: restore ${entry.name} on the release from the artifact of the first run, or, if nothing of this version is on the index yet, delete ${SUMS} from the release so that the next run builds afresh`,
        });
        if (!asset || asset.state !== 'uploaded')
            throw broken(`is listed in ${SUMS} but is not attached`);
        if (asset.sha256 !== undefined && asset.sha256 !== entry.sha256)
            throw broken(`has sha256 ${asset.sha256}, but ${SUMS} says ${entry.sha256}`);
        const bytes = await gh.downloadReleaseAsset(asset.id, asset.size);
        const got = sha256Of(bytes);
        if (got !== entry.sha256)
            throw broken(`downloads with sha256 ${got}, but ${SUMS} says ${entry.sha256}`);
        const path = (0,external_node_path_.join)(dir, entry.name);
        (0,external_node_fs_.writeFileSync)(path, bytes);
        paths.push(path);
    }
    const version = o.version ?? (0,distribution_name/* parseDistributionName */.dM)(listed[0].name).version;
    return { origin: 'first attempt', dir, paths: paths.sort(), version, leftOut: [] };
}

;// CONCATENATED MODULE: ./src/stages/publish/attach-assets.ts


async function readReleaseAssets(gh, tag) {
    const release = await gh.getReleaseByTag(tag);
    return release ? { release, assets: await gh.listReleaseAssets(release.id) } : undefined;
}
async function attachAssets(gh, tag, found, assets, runtime) {
    if (!found) {
        runtime.warning(`no GitHub release for ${tag}: the distributions were not attached`);
        return undefined;
    }
    const { release } = found;
    const existing = new Map(found.assets.map((a) => [a.name, a]));
    const kept = hasKeptSet(found);
    const outcome = { releaseUrl: release.htmlUrl, attached: [], kept: [] };
    for (const asset of assets) {
        const there = existing.get(asset.name);
        const differs = there?.sha256 !== undefined && there.sha256 !== asset.sha256;
        if (there && there.state === 'uploaded' && (kept || !differs)) {
            // A kept set's bundles and SHA256SUMS are the first attempt's (valid signatures of the same files): no warning for those.
            if (differs && (0,distribution_name/* parseDistributionName */.dM)(asset.name))
                runtime.warning(`release asset ${asset.name} differs from the file published now; it was left as it is`);
            outcome.kept.push(asset.name);
            continue;
        }
        if (there)
            await gh.deleteReleaseAsset(there.id);
        await uploadOnce(gh, release.id, release.uploadUrl, asset);
        outcome.attached.push(asset.name);
    }
    return outcome;
}
/**
 * An asset upload is not retried blindly: after a failure the release is read again. The asset
 * may be there after all (the answer was lost), or a `starter` left by a 502 may block its name.
 */
const UPLOAD_ATTEMPTS = 3;
async function uploadOnce(gh, releaseId, uploadUrl, asset) {
    for (let attempt = 1;; attempt++) {
        try {
            await gh.uploadReleaseAsset(uploadUrl, asset.name, asset.bytes, contentType(asset.name));
            return;
        }
        catch (error) {
            const now = (await gh.listReleaseAssets(releaseId)).find((a) => a.name === asset.name);
            if (now?.state === 'uploaded' && (now.sha256 === undefined || now.sha256 === asset.sha256))
                return;
            if (now)
                await gh.deleteReleaseAsset(now.id);
            // A timeout or dropped connection comes back from Octokit as a 500: retried like a 5xx, within the attempts.
            if ((!now && !isServerError(error)) || attempt >= UPLOAD_ATTEMPTS)
                throw error;
        }
    }
}
function isServerError(error) {
    const status = error.status;
    return typeof status !== 'number' || status >= 500;
}
function contentType(name) {
    if (name.endsWith('.whl'))
        return 'application/zip';
    if (name.endsWith('.tar.gz'))
        return 'application/gzip';
    return 'text/plain; charset=utf-8';
}

// EXTERNAL MODULE: ./src/core/gates/tool-pins.ts
var tool_pins = __webpack_require__(62029);
// EXTERNAL MODULE: ./src/adapters/process/run-process.ts + 1 modules
var run_process = __webpack_require__(56602);
;// CONCATENATED MODULE: ./src/adapters/python-tools/packaging-tools.ts
/**
 * Responsible for building distributions and checking them with twine: `uv build` when the
 * project uses uv — a uv workspace member by name from the workspace root (`uv build --package`,
 * #22) — else `python -m build` in the project's directory; `twine check --strict` through uvx or
 * the interpreter.
 * Builds are made reproducible with SOURCE_DATE_EPOCH, so a re-run rebuilds the same bytes and
 * converges with what an interrupted run already uploaded.
 */


/** twine as a uv tool when the project locks none: uvx alone would run whatever release is newest. */
const TWINE_PIN = '7.0.0';
function buildCommand(tc, o) {
    if (tc.uv) {
        const noIsolation = o.isolation ? [] : ['--no-build-isolation'];
        // A workspace member by name from the root, as uv documents for workspaces; a copy of the project (a dev build) is built where it is.
        const member = o.dir === tc.project.dir ? tc.project.uvWorkspace : undefined;
        if (member)
            return { command: { program: 'uv', args: ['build', '--package', member.name, '--out-dir', o.outDir, ...noIsolation] }, cwd: member.root, shown: { command: ['uv build --package', member.name, ...noIsolation].join(' '), where: 'from the workspace root' } };
        return { command: { program: 'uv', args: ['build', '--out-dir', o.outDir, ...noIsolation] }, cwd: o.dir, shown: { command: ['uv build', ...noIsolation].join(' '), where: "in the project's directory" } };
    }
    // Without isolation the backend comes from the runner's environment; its own dependency check is the user's choice then.
    // No `import build` probe first: a Python start-up saved; a missing module is recognised from the run itself.
    const flags = o.isolation ? [] : ['--no-isolation', '--skip-dependency-check'];
    return { command: { program: 'python3', args: ['-m', 'build', '--outdir', o.outDir, ...flags] }, cwd: o.dir, shown: { command: ['python -m build', ...flags].join(' '), where: "in the project's directory" } };
}
async function twineCheckCommand(tc, files) {
    if (tc.uv) {
        const pin = (0,tool_pins/* pinTool */.K)({ tool: 'twine', locked: (0,tool_pins/* lockedVersion */.X)(tc.project.uvLock?.doc, 'twine'), input: tc.twineVersion, fallback: TWINE_PIN });
        return { ok: true, command: { program: 'uvx', args: [pin.spec, 'check', '--strict', ...files] }, note: pin.why };
    }
    return { ok: true, command: { program: 'python3', args: ['-m', 'twine', 'check', '--strict', ...files] } };
}
function runPackagingTool(r, cwd, timeoutMs, sourceDateEpoch) {
    const env = { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
    if (sourceDateEpoch !== undefined)
        env.SOURCE_DATE_EPOCH = String(sourceDateEpoch);
    return (0,run_process/* runProcess */.R3)(r.command.program, r.command.args, { cwd, timeoutMs, env, installHint: 'pip install build twine (or use uv)' });
}

// EXTERNAL MODULE: ./src/adapters/python-tools/toolchain.ts + 5 modules
var toolchain = __webpack_require__(8154);
;// CONCATENATED MODULE: ./src/core/publish/upload-set.ts
/**
 * Built files + project + version → exactly the wheel(s) and the sdist to upload. Anything
 * else in the build directory (signatures, SBOMs, other versions) is named and left out: a
 * stray `.sigstore.json` in `dist/` is what broke the seed's upload.
 */

function selectUploadSet(filenames, project, version) {
    const upload = [];
    const leftOut = [];
    for (const filename of [...filenames].sort()) {
        const name = (0,distribution_name/* parseDistributionName */.dM)(filename);
        if (!name || filename.endsWith('.zip'))
            leftOut.push({ filename, reason: 'not a wheel or a .tar.gz sdist' });
        else if (!(0,distribution_name/* matchesRelease */.nK)(name, project, version))
            leftOut.push({ filename, reason: `a distribution of ${name.project} ${name.version}, not of ${project} ${version}` });
        else
            upload.push(name);
    }
    const problems = [];
    const sdists = upload.filter((u) => u.kind === 'sdist');
    if (!upload.some((u) => u.kind === 'wheel'))
        problems.push(`no wheel of ${project} ${version} was built`);
    if (sdists.length > 1)
        problems.push(`more than one sdist (${sdists.map((s) => s.filename).join(', ')}): PyPI takes one per release`);
    return { upload, leftOut, problems };
}

// EXTERNAL MODULE: ./src/errors/output-tail.ts
var output_tail = __webpack_require__(33025);
;// CONCATENATED MODULE: ./src/stages/publish/build-distributions.ts
/**
 * Build: `uv build` (a workspace member: `uv build --package NAME` from the workspace root) /
 * `python -m build` into a fresh directory, and the upload set picked by name
 * (nothing else can slip in). What was built is then proved by check-distributions.ts, as a
 * packages-dir or a kept first build is.
 */








const BUILD_TIMEOUT = 15 * 60_000;
async function buildDistributions(tc, o) {
    (0,external_node_fs_.mkdirSync)(o.tempDir, { recursive: true });
    const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.tempDir, 'pyrelease-dist-'));
    const build = buildCommand(tc, { dir: o.dir, outDir, isolation: o.isolation });
    o.runtime.info(`  build: ${build.shown.command} (${build.shown.where})`);
    const built = await runPackagingTool(build, build.cwd, BUILD_TIMEOUT, o.sourceDateEpoch);
    o.runtime.toolOutput(`build: exit ${built.exitCode}`, `${built.stdout}${built.stderr}`);
    if ((0,toolchain/* missingModule */.$U)(built, 'build'))
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_TOOL_MISSING', 'cannot build: the build module is not installed for python3', { fix: 'pip install build on the runner (or add it to your dev dependencies), or use uv' });
    if (built.exitCode !== 0) {
        const offline = /No matching distribution|Could not find a version|Failed to establish a new connection|network/i.test(built.stderr + built.stdout);
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BUILD_FAILED', `building the distributions failed (${build.command.program} exited ${built.exitCode})`, {
            fix: offline && o.isolation ? 'the isolated build could not fetch the build backend: give the runner access to the index, or set build-isolation: false with the backend installed' : `run the same build locally (${build.shown.command}, ${build.shown.where}) and fix the error shown in the build log group`,
            more: (0,output_tail/* outputTail */.c)(`${built.stdout}${built.stderr}`),
        });
    }
    const names = (0,external_node_fs_.readdirSync)(outDir);
    const version = o.version ?? versionFromBuild(names, o.project);
    const set = selectUploadSet(names, o.project, version);
    if (set.problems.length > 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BAD_DISTRIBUTION', `the build did not produce a publishable set: ${set.problems.join('; ')}`, { fix: 'check [project] name and version and the build backend configuration', more: set.leftOut.map((l) => `${l.filename}: ${l.reason}`) });
    }
    return { origin: 'built', dir: outDir, paths: set.upload.map((n) => (0,external_node_path_.join)(outDir, n.filename)), version, leftOut: set.leftOut, builtWith: build.shown };
}
function versionFromBuild(names, project) {
    const wheel = names.map(distribution_name/* parseDistributionName */.dM).find((n) => n?.kind === 'wheel');
    if (!wheel)
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BAD_DISTRIBUTION', `the build produced no wheel of ${project}`, { fix: 'check the build backend configuration' });
    return wheel.version;
}

;// CONCATENATED MODULE: ./src/core/publish/wheel-platform.ts
/**
 * Whether PyPI takes a wheel's platform tags: Warehouse's allow list (warehouse/utils/wheel.py,
 * `_valid_platform_tag`), so a wheel it would refuse with "Binary wheel … has an unsupported
 * platform tag" is refused here before anything is sent. A bare `linux_x86_64` (a wheel built on
 * a Linux runner and never repaired into a manylinux one) is the usual case.
 */
const STATIC = new Set(['any', 'win32', 'win_arm64', 'win_amd64', 'win_ia64', 'manylinux1_x86_64', 'manylinux1_i686', 'manylinux2010_x86_64', 'manylinux2010_i686', 'manylinux2014_x86_64', 'manylinux2014_i686', 'manylinux2014_aarch64', 'manylinux2014_armv7l', 'manylinux2014_ppc64', 'manylinux2014_ppc64le', 'manylinux2014_s390x', 'linux_armv6l', 'linux_armv7l']);
const MACOSX_ARCHES = new Set(['ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat64', 'universal', 'universal2']);
// macOS 10 is `macosx_10_<minor>`; from 11 on only `macosx_<major>_0` exists.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX_ARCHES = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
function isPlatformTagAccepted(tag) {
    if (STATIC.has(tag))
        return true;
    let m = /^macosx_(\d+)_(\d+)_(.*)$/.exec(tag);
    if (m)
        return MACOSX_ARCHES.has(m[3]) && (m[1] === '10' || (MACOSX_MAJORS.has(m[1]) && m[2] === '0'));
    m = /^(many|musl)linux_\d+_\d+_(.*)$/.exec(tag);
    if (m)
        return LINUX_ARCHES.has(m[2]) || (m[1] === 'many' && m[2] === 'ppc64');
    m = /^ios_\d+_\d+_(.*)_(iphoneos|iphonesimulator)$/.exec(tag);
    if (m)
        return IOS_ARCHES.has(m[1]);
    m = /^android_\d+_(.*)$/.exec(tag);
    if (m)
        return ANDROID_ARCHES.has(m[1]);
    return /^pyemscripten_\d+_\d+_wasm32$/.test(tag);
}
/** The platform tags of a wheel file name PyPI would refuse (a compressed tag set `a.b` is checked tag by tag). */
function refusedPlatformTags(wheelFilename) {
    const platforms = wheelFilename.replace(/\.whl$/, '').split('-').at(-1) ?? '';
    return platforms.split('.').filter((t) => !isPlatformTagAccepted(t));
}
/** What to do about a refused tag, in one clause. */
function platformTagFix(tag) {
    if (/^linux_/.test(tag))
        return 'PyPI takes Linux wheels only with a manylinux or musllinux tag: repair it with auditwheel (cibuildwheel does this for you), or leave it out';
    return 'build it for a platform PyPI knows (manylinux/musllinux, macosx, win, ios, android, pyemscripten), or leave it out';
}

;// CONCATENATED MODULE: ./src/core/publish/prebuilt-set.ts
/**
 * A `packages-dir` handed over by another job (cibuildwheel, a build matrix) → exactly the files
 * to upload, or the first thing wrong with it. Stricter than a build pyrelease ran itself: every
 * file in the directory must be a distribution of this release, since nothing else may ride along
 * (pypa/gh-action-pypi-publish#357: a `.sigstore.json` in `dist/` broke the upload).
 */


const SIGNATURE = /\.(sigstore(\.json)?|sig|pem|crt|asc|bundle|intoto\.jsonl|(publish\.)?attestation)$/;
/** `dir` names the directory in messages, as the user wrote it. */
function judgePrebuiltSet(entries, dir, project, version, o = {}) {
    const others = [];
    const problems = [];
    const upload = [];
    // Dot files are git placeholders (.gitkeep) or tool state, never distributions.
    const ignored = entries.filter((e) => e.name.startsWith('.')).map((e) => e.name);
    const problem = (code, filename, message, fix) => problems.push({ code, filename, message, fix });
    const notDistribution = (filename, why, fix) => problem('PUBLISH_PACKAGES_NOT_DISTRIBUTION', filename, `packages-dir ${dir} holds ${filename}, ${why}`, fix);
    for (const entry of [...entries].filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const filename = entry.name;
        if (entry.isDirectory) {
            notDistribution(filename, 'a directory', 'put the distributions themselves in packages-dir: with actions/download-artifact use merge-multiple: true (or pattern + path: dist)');
            continue;
        }
        if (SIGNATURE.test(filename)) {
            notDistribution(filename, 'a signature or attestation, not a distribution', 'remove it from packages-dir: pyrelease signs every file itself and keeps the bundles outside the upload set (sign: true)');
            continue;
        }
        if (filename.endsWith('.egg')) {
            notDistribution(filename, 'an egg, which PyPI no longer accepts', 'build a wheel instead (python -m build) and remove the .egg from packages-dir');
            continue;
        }
        const name = (0,distribution_name/* parseDistributionName */.dM)(filename);
        if (!name || filename.endsWith('.zip')) {
            notDistribution(filename, filename.endsWith('.zip') ? 'a .zip sdist, which PyPI refuses (PEP 625 sdists are .tar.gz)' : 'which is not a wheel or a .tar.gz sdist', 'packages-dir must hold only the wheels and the sdist to publish: move anything else out of it');
            continue;
        }
        // upload-all-projects: another project's file is its own set (judged on its own later); this project's other versions are still foreign.
        if (o.otherProjects && (0,distribution_name/* normalizeProjectName */.yz)(name.project) !== (0,distribution_name/* normalizeProjectName */.yz)(project)) {
            others.push(name);
            continue;
        }
        if (!(0,distribution_name/* matchesRelease */.nK)(name, project, version)) {
            problem('PUBLISH_PACKAGES_FOREIGN', filename, `packages-dir ${dir} holds ${filename}, a distribution of ${name.project} ${name.version}, not of ${project} ${version}`, `give the publish job only the files built from the release commit of ${project} ${version} (a fresh artifact of this run)`);
            continue;
        }
        const refused = name.kind === 'wheel' ? refusedPlatformTags(filename) : [];
        if (refused.length > 0) {
            problem('PUBLISH_WHEEL_PLATFORM_REFUSED', filename, `${filename} has the platform tag ${refused[0]}, which PyPI refuses`, platformTagFix(refused[0]));
            continue;
        }
        upload.push(name);
    }
    const sdists = upload.filter((u) => u.kind === 'sdist');
    if (sdists.length > 1)
        problem('PUBLISH_PACKAGES_TWO_SDISTS', sdists[1].filename, `packages-dir ${dir} holds two sdists (${sdists.map((s) => s.filename).join(', ')}); PyPI takes one per release`, `keep one sdist of ${project} ${version} in packages-dir (build the sdist in one job only)`);
    if (problems.length === 0 && upload.length === 0)
        problem('PUBLISH_PACKAGES_EMPTY', '', `packages-dir ${dir} holds no distribution${entries.length > 0 ? ` (only ${ignored.join(', ')})` : ''}`, "download the build job's artifact into it first (actions/download-artifact with path: dist), or leave packages-dir empty to let pyrelease build");
    return problems.length > 0 ? { ok: false, problems } : { ok: true, upload, ignored, others };
}

;// CONCATENATED MODULE: ./src/stages/publish/prebuilt-distributions.ts
/**
 * The files of a `packages-dir` (a build job's artifact): listed, judged as a whole against the
 * release (core/publish/prebuilt-set.ts), and refused with the first problem — naming the file and
 * the fix — before anything is checked, signed or sent.
 */






/**
 * `label` is packages-dir as the user gave it; `version` undefined = forced with a dynamic version
 * (the wheels say). `allProjects` (upload-all-projects): other projects' files are not refused but
 * returned as companions, each judged as a set of its own (one version, one sdist, its wheels).
 */
function prebuiltDistributions(dir, label, project, version, allProjects = false) {
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
    const wanted = version ?? versionFromBuild(entries.map((e) => e.name), project);
    const judged = accepted(judgePrebuiltSet(entries, label, project, wanted, { otherProjects: allProjects }), label);
    const source = { origin: 'packages-dir', dir, paths: judged.upload.map((n) => (0,external_node_path_.join)(dir, n.filename)), version: wanted, leftOut: judged.ignored.map((filename) => ({ filename, reason: 'a dot file, never a distribution' })) };
    const byProject = new Map();
    for (const n of judged.others)
        byProject.set((0,distribution_name/* normalizeProjectName */.yz)(n.project), [...(byProject.get((0,distribution_name/* normalizeProjectName */.yz)(n.project)) ?? []), n.filename]);
    if (byProject.size > 0) {
        source.companions = [...byProject].map(([other, names]) => {
            const set = accepted(judgePrebuiltSet(names.map((name) => ({ name, isDirectory: false })), label, other, versionFromBuild(names, other)), label);
            return { project: other, source: { origin: 'packages-dir', dir, paths: set.upload.map((n) => (0,external_node_path_.join)(dir, n.filename)), version: versionFromBuild(names, other), leftOut: [] } };
        });
    }
    return source;
}
/** The judged set, or its first problem as the error (every problem in the details). */
function accepted(judged, label) {
    if (judged.ok)
        return judged;
    const [first, ...rest] = judged.problems;
    throw new pyrelease_error/* PyreleaseError */.dT(first.code, `${first.message}${rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''}`, {
        key: 'packages-dir',
        ...(first.filename ? { file: (0,external_node_path_.join)(label, first.filename) } : {}),
        fix: `${first.fix}; nothing was uploaded`,
        more: judged.problems.map((p) => `${p.filename || label}: ${p.message}`),
    });
}

;// CONCATENATED MODULE: ./src/stages/publish/run-build-command.ts
/**
 * `build-command` (poetry build, hatch build, make dist, uv build --all-packages): the project's own
 * build, run with no shell in the project directory, in place of pyrelease's. Its output directory
 * must start empty — a stale file there would be published as this release's — and what it writes
 * is judged exactly as a handed-over packages-dir is (core/publish/prebuilt-set.ts).
 */






const run_build_command_BUILD_TIMEOUT = 15 * 60_000;
async function runBuildCommand(b, o) {
    const out = b.outDir ?? { path: (0,external_node_path_.join)(o.projectDir, 'dist'), label: (0,external_node_path_.relative)(o.projectDir, (0,external_node_path_.join)(o.projectDir, 'dist')) };
    const shown = b.argv.join(' ');
    const before = (0,external_node_fs_.existsSync)(out.path) ? (0,external_node_fs_.readdirSync)(out.path).filter((n) => !n.startsWith('.')) : [];
    if (before.length > 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('INPUT_CONFLICT', `build-command writes into ${out.label}, which already holds ${before.slice(0, 3).join(', ')}${before.length > 3 ? ' …' : ''} before it runs`, {
            key: 'packages-dir',
            fix: `start from a clean checkout (nothing built in ${out.label}), or give the command an empty output directory with packages-dir:; nothing was uploaded`,
        });
    }
    const [program, ...args] = b.argv;
    const env = { PYTHONDONTWRITEBYTECODE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
    if (o.sourceDateEpoch !== undefined)
        env.SOURCE_DATE_EPOCH = String(o.sourceDateEpoch);
    const r = await (0,run_process/* runProcess */.R3)(program, args, { cwd: o.projectDir, timeoutMs: run_build_command_BUILD_TIMEOUT, env, installHint: `install ${program} on the runner before this step` });
    o.runtime.toolOutput(`build-command (${shown}): exit ${r.exitCode}`, `${r.stdout}${r.stderr}`);
    if (r.exitCode !== 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BUILD_COMMAND_FAILED', `build-command \`${shown}\` exited ${r.exitCode}`, { key: 'build-command', fix: 'run the same command locally and fix the error its log group shows; nothing was uploaded', more: (0,output_tail/* outputTail */.c)(`${r.stdout}${r.stderr}`) });
    }
    const after = (0,external_node_fs_.existsSync)(out.path) ? (0,external_node_fs_.readdirSync)(out.path).filter((n) => !n.startsWith('.')) : [];
    if (after.length === 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BUILD_COMMAND_EMPTY', `build-command \`${shown}\` succeeded but wrote nothing into ${out.label}`, {
            key: 'build-command',
            fix: `make it write the wheel and sdist into ${out.label} (e.g. uv build --out-dir ${out.label}, or set packages-dir: to where it writes: poetry and hatch write dist/, cibuildwheel wheelhouse/); nothing was uploaded`,
        });
    }
    o.runtime.info(`  build-command \`${shown}\` wrote ${after.length} file(s) into ${out.label}`);
    return prebuiltDistributions(out.path, out.label, o.project, o.version, o.allProjects);
}

;// CONCATENATED MODULE: ./src/core/publish/dev-version.ts
/**
 * The version of a dev build: `X.Y.Z.devN` of the release the planner would cut next (PEP 440
 * developmental release, ordered before X.Y.Z itself, so installers never prefer it to the
 * release). With nothing releasable yet (only chores since the last release) the next patch is
 * used, as a `fix:` would make it.
 */

function devVersion(planned, current, n) {
    if (planned !== null)
        return { version: `${planned}.dev${n}`, base: planned, from: 'plan' };
    const m = current === undefined ? null : /^(\d+)\.(\d+)\.(\d+)$/.exec(current);
    if (!m) {
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_VERSION_SHAPE', `dev-build: nothing is releasable since the last release, and the current version ${JSON.stringify(current ?? '')} is not X.Y.Z to take the next patch of`, {
            file: 'pyproject.toml',
            key: 'project.version',
            fix: 'write [project] version = "X.Y.Z" (release-please keeps it so), or push a feat: or fix: commit',
        });
    }
    const base = `${m[1]}.${m[2]}.${Number(m[3]) + 1}`;
    return { version: `${base}.dev${n}`, base, from: 'next patch' };
}

// EXTERNAL MODULE: ./src/core/updaters/pyproject.ts + 1 modules
var updaters_pyproject = __webpack_require__(26797);
// EXTERNAL MODULE: ./src/stages/plan-from-repository.ts + 31 modules
var plan_from_repository = __webpack_require__(39896);
// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __webpack_require__(77089);
;// CONCATENATED MODULE: ./src/stages/publish/dev-build.ts
/**
 * dev-build: X.Y.Z.devN of the next planned release, built from a copy of the project with that
 * version written into its pyproject.toml — the checkout is never edited — and published like
 * any build but with no tag, no GitHub release and no attachment. N is the run number (a re-run
 * of the run keeps it, so it rebuilds the same version from the same commit and converges).
 */








/** Never copied from the project's top level: the repository, environments and earlier builds (a stale dist/ must not ride along). */
const SKIP_TOP = new Set(['.git', '.venv', 'venv', 'node_modules', 'dist', 'build', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);
const skipped = (source, src) => {
    const rel = (0,external_node_path_.relative)(source, src);
    return (rel !== '' && !rel.includes(external_node_path_.sep) && SKIP_TOP.has(rel)) || (0,external_node_path_.basename)(src) === '__pycache__' || (0,external_node_path_.basename)(src) === '.git';
};
async function prepareDevBuild(ctx) {
    const { settings, services, clock } = ctx;
    const dev = settings.devBuild;
    const source = (0,stage/* projectDirectory */.t)(ctx, 'a dev build');
    const project = (0,project_file/* readProject */.W)(source);
    const planned = await (0,plan_from_repository/* planFromRepository */.U)(services.git, { ref: 'HEAD', date: clock.today(), configFile: settings.configFile, manifestFile: settings.manifestFile, ...(services.releaseConfig?.manifestLess && { manifestLess: services.releaseConfig.config }), targetBranch: settings.targetBranch, repository: settings.repository });
    const n = dev.number ?? planned.plan.commits;
    const v = devVersion(planned.plan.version, project.version, n);
    const dir = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(settings.tempDir, 'pyrelease-dev-')), (0,external_node_path_.basename)(source));
    (0,external_node_fs_.cpSync)(source, dir, { recursive: true, filter: (src) => !skipped(source, src) });
    const pyproject = (0,external_node_path_.join)(dir, 'pyproject.toml');
    const updated = (0,updaters_pyproject/* updatePyproject */.e)((0,external_node_fs_.readFileSync)(pyproject, 'utf8'), v.version);
    if (updated.warning) {
        throw new pyrelease_error/* PyreleaseError */.dT('INPUT_UNSUPPORTED', 'dev-build: pyproject.toml declares a dynamic version, which pyrelease cannot set for the build', {
            key: 'dev-build',
            fix: 'write the version in [project] version (release-please keeps it there), or build dev versions with your backend\'s own scheme (setuptools-scm, hatch-vcs) and hand them over with packages-dir',
        });
    }
    (0,external_node_fs_.writeFileSync)(pyproject, updated.content);
    const how = dev.number !== undefined ? `run number ${n}` : `${n} commit(s) since the last release`;
    const note = `dev build ${v.version} (${v.from === 'plan' ? `next planned release ${v.base}` : `no releasable commit: next patch ${v.base}`}, ${how}); nothing is tagged or released, the checkout is untouched`;
    return { target: { project: project.name, version: v.version, tagName: undefined, sha: planned.headSha, mode: 'release' }, dir, note };
}

;// CONCATENATED MODULE: ./src/core/publish/core-metadata.ts
/**
 * Core metadata (the METADATA of a wheel, the PKG-INFO of an sdist) → the form fields the
 * legacy upload API reads, named and repeated as twine sends them (protocols.md §3.3).
 */
/** Parses the RFC 822-style text; continuation lines (leading whitespace) extend the previous value. */
function parseCoreMetadata(text) {
    const normalized = text.replace(/\r\n?/g, '\n');
    const split = normalized.indexOf('\n\n');
    const head = split === -1 ? normalized : normalized.slice(0, split);
    const body = split === -1 ? '' : normalized.slice(split + 2);
    const fields = new Map();
    let last;
    for (const line of head.split('\n')) {
        if (/^[ \t]/.test(line) && last) {
            const values = fields.get(last.key);
            // Old metadata indents Description continuation lines with 8 spaces and a `|`.
            values[last.index] += `\n${line.replace(/^ {0,8}\|?/, '')}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const key = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        const canonical = [...fields.keys()].find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
        const values = fields.get(canonical) ?? [];
        values.push(value);
        fields.set(canonical, values);
        last = { key: canonical, index: values.length - 1 };
    }
    const description = body.trim() !== '' ? body : (first({ fields, description: '' }, 'Description') ?? '');
    return { fields, description };
}
function first(metadata, name) {
    for (const [key, values] of metadata.fields)
        if (key.toLowerCase() === name.toLowerCase())
            return values[0];
    return undefined;
}
// Form keys that are not simply the header lower-cased with `_` for `-` (twine's names).
const FORM_KEY = { classifier: 'classifiers', 'project-url': 'project_urls' };
/** The form fields for one file, in twine's order: metadata, file facts, digest, protocol. The file part comes last. */
function uploadFormFields(metadata, file) {
    const out = [];
    for (const [header, values] of metadata.fields) {
        const lower = header.toLowerCase();
        if (lower === 'description')
            continue;
        const key = FORM_KEY[lower] ?? lower.replace(/-/g, '_');
        if (key === 'keywords')
            out.push([key, values.join(',')]);
        else
            for (const v of values)
                out.push([key, v]);
    }
    if (metadata.description !== '')
        out.push(['description', metadata.description]);
    out.push(['pyversion', file.kind === 'wheel' ? (file.pythonTag ?? 'py3') : 'source']);
    out.push(['filetype', file.kind === 'wheel' ? 'bdist_wheel' : 'sdist']);
    out.push(['sha256_digest', file.sha256]);
    out.push([':action', 'file_upload']);
    out.push(['protocol_version', '1']);
    return out;
}

;// CONCATENATED MODULE: ./src/core/publish/check-distribution.ts
/**
 * A built file against its own metadata and the release: the checks PyPI would make on upload
 * (name, version, metadata present), made before anything is sent, so a tampered or stale file
 * stops the publish with nothing uploaded.
 */



function checkDistribution(name, metadataText, project, version) {
    if (metadataText === undefined)
        return { ok: false, problem: `${name.filename} holds no ${name.kind === 'wheel' ? '*.dist-info/METADATA' : 'PKG-INFO'}: it is not a valid distribution` };
    const metadata = parseCoreMetadata(metadataText);
    const metaName = first(metadata, 'Name');
    const metaVersion = first(metadata, 'Version');
    if (!first(metadata, 'Metadata-Version') || !metaName || !metaVersion)
        return { ok: false, problem: `${name.filename}: its metadata lacks Metadata-Version, Name or Version` };
    if ((0,distribution_name/* normalizeProjectName */.yz)(metaName) !== (0,distribution_name/* normalizeProjectName */.yz)(project))
        return { ok: false, problem: `${name.filename}: its metadata names project ${metaName}, not ${project}` };
    if ((0,pep440/* normalizePep440 */.Z)(metaVersion) === undefined || (0,pep440/* normalizePep440 */.Z)(metaVersion) !== (0,pep440/* normalizePep440 */.Z)(version))
        return { ok: false, problem: `${name.filename}: its metadata has version ${metaVersion}, not ${version}` };
    if ((0,pep440/* normalizePep440 */.Z)(name.version) !== (0,pep440/* normalizePep440 */.Z)(metaVersion))
        return { ok: false, problem: `${name.filename}: the file name says ${name.version}, its metadata ${metaVersion}` };
    return { ok: true, metadata };
}

;// CONCATENATED MODULE: ./src/stages/publish/check-distributions.ts
/**
 * Proves a set of distributions before anything is signed or sent, wherever it came from (a build
 * of this run, a packages-dir, the first attempt's files kept on the GitHub release): each file
 * read once, its own metadata against the release, its wheel tags against what PyPI takes, and
 * `twine check --strict` on exactly those files.
 */








async function checkDistributions(tc, source, o) {
    const files = [];
    const problems = [];
    for (const path of source.paths) {
        const file = await readDistributionSafely(path);
        const name = (0,distribution_name/* parseDistributionName */.dM)(file.filename);
        if (!name)
            throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BAD_DISTRIBUTION', `refusing to upload ${file.filename}: it is not named as a wheel or an sdist`, { fix: 'nothing was uploaded; publish only .whl and .tar.gz files' });
        const refused = name.kind === 'wheel' ? refusedPlatformTags(file.filename) : [];
        if (refused.length > 0)
            throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_WHEEL_PLATFORM_REFUSED', `${file.filename} has the platform tag ${refused[0]}, which PyPI refuses`, { file: file.filename, fix: `${platformTagFix(refused[0])}; nothing was uploaded` });
        const check = checkDistribution(name, file.metadataText, o.project, source.version);
        if (check.ok)
            files.push({ file, name, metadata: check.metadata });
        else
            problems.push(check.problem);
    }
    if (problems.length > 0)
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BAD_DISTRIBUTION', `refusing to upload: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, { fix: source.origin === 'packages-dir' ? 'publish the files built from the release commit; nothing was uploaded' : 'rebuild from the release commit; nothing was uploaded', more: problems });
    const twine = await twineCheck(tc, files, o.cwd, o.runtime);
    return { source, files, twine };
}
async function readDistributionSafely(path) {
    try {
        return await readDistribution(path);
    }
    catch (error) {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_BAD_DISTRIBUTION', `refusing to upload ${path}: the archive cannot be read (${error.message})`, { fix: 'rebuild from the release commit; nothing was uploaded' });
    }
}
async function twineCheck(tc, files, cwd, runtime) {
    const command = await twineCheckCommand(tc, files.map((f) => f.file.path));
    if (!command.ok)
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_TOOL_MISSING', `cannot run twine check: ${command.reason}`, { fix: command.fix });
    if (command.note)
        runtime.info(`  twine: ${command.note}`);
    const r = await runPackagingTool(command, cwd, 5 * 60_000);
    const output = `${r.stdout}${r.stderr}`;
    runtime.toolOutput(`twine check --strict: exit ${r.exitCode}`, output);
    if ((0,toolchain/* missingModule */.$U)(r, 'twine'))
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_TOOL_MISSING', 'cannot run twine check: twine is not installed for python3', { fix: 'pip install twine on the runner, or use uv (uvx runs it without installing)' });
    if (r.exitCode === 0)
        return output;
    const tooOld = /supported Metadata-Version|Metadata is missing required fields/i.test(output);
    throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_TWINE_CHECK_FAILED', tooOld ? 'twine check could not read the metadata: this twine is older than the Metadata-Version the build wrote' : `twine check --strict failed: ${firstFailure(output)}`, {
        fix: tooOld ? 'upgrade twine on the runner (pip install -U twine), or use uv (uvx runs a current twine)' : 'fix the long description (README) or metadata it names; with Markdown, set readme = "README.md" so the content type is declared',
        more: (0,output_tail/* outputTail */.c)(output),
    });
}
function firstFailure(output) {
    const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
    const failed = lines.findIndex((l) => /FAILED|ERROR/i.test(l));
    return (failed >= 0 ? lines.slice(failed, failed + 2).join(' ') : lines[lines.length - 1] ?? 'no output').slice(0, 300);
}

// EXTERNAL MODULE: ./src/adapters/oidc/actions-id-token.ts
var actions_id_token = __webpack_require__(86737);
;// CONCATENATED MODULE: ./src/core/sigstore/signing-identity.ts
/**
 * Whom the Fulcio certificate names, against whom PyPI will expect: the GitHub issuer, this
 * repository, and a Build Config URI for the publisher's workflow file. PyPI refuses a mismatch
 * only after the upload started; pyrelease refuses it before.
 */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const GITHUB_SERVER = 'https://github.com';
/** The Actions OIDC issuer of a GitHub server: github.com's own host, `<server>/_services/token` on GHES. */
function actionsIssuerFor(serverUrl) {
    const server = serverUrl.replace(/\/$/, '');
    return server === GITHUB_SERVER ? GITHUB_ISSUER : `${server}/_services/token`;
}
/** Whether the public-good Sigstore trusts this server's Actions tokens (only github.com's). */
function isPublicGoodTrusted(serverUrl) {
    return serverUrl.replace(/\/$/, '') === GITHUB_SERVER;
}
function identityProblem(id, expected) {
    const server = (expected.serverUrl ?? GITHUB_SERVER).replace(/\/$/, '');
    const issuer = expected.issuer ?? actionsIssuerFor(server);
    if (id.issuer !== issuer)
        return `the certificate's issuer is ${id.issuer ?? '(none)'}, not GitHub Actions (${issuer})`;
    const repoUri = `${server}/${expected.repository}`;
    if (id.sourceRepositoryUri?.toLowerCase() !== repoUri.toLowerCase())
        return `the certificate names repository ${id.sourceRepositoryUri ?? '(none)'}, not ${repoUri}`;
    const prefix = `${repoUri}/.github/workflows/${expected.workflowFile}@`.toLowerCase();
    if (!id.buildConfigUri?.toLowerCase().startsWith(prefix)) {
        return `the certificate's Build Config URI (${id.buildConfigUri ?? 'none'}) does not name ${expected.workflowFile} in ${expected.repository}, the trusted publisher PyPI will check it against`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __webpack_require__(27100);
;// CONCATENATED MODULE: ./src/stages/publish/preflight.ts




/** Public-good Fulcio trusts github.com's Actions issuer only: a GHES token would be refused after the build. */
function publicGoodRefusal(t) {
    if (isPublicGoodTrusted(t.serverUrl) || t.fulcioUrl.replace(/\/$/, '') !== settings/* DEFAULT_FULCIO_URL */.jl)
        return undefined;
    const host = new URL(t.serverUrl).host;
    return new pyrelease_error/* PyreleaseError */.dT('SIGNING_GHES_PUBLIC_GOOD', `this run is on GitHub Enterprise Server (${host}), whose Actions tokens the public-good Sigstore (${new URL(settings/* DEFAULT_FULCIO_URL */.jl).host}) does not trust: signing would fail after the build`, {
        key: 'sign',
        fix: `set sign: false to publish unsigned, or sign with a private Sigstore that trusts ${actionsIssuerFor(t.serverUrl)}: fulcio-url, rekor-url and trusted-root of that instance`,
    });
}
async function publishPreflight(o) {
    const checks = [];
    const label = o.index.endpoints.label;
    if (o.sign && o.signing) {
        // Stops before any request and any build: the signature would fail only after both.
        const ghes = publicGoodRefusal(o.signing);
        if (ghes)
            return { checks: [{ name: 'credentials', level: 'fail', detail: ghes.message, error: ghes }], audience: undefined, remote: undefined };
    }
    const trusted = !o.password;
    if (!trusted && o.sign && !o.idTokens.available && o.inActions) {
        const error = new pyrelease_error/* PyreleaseError */.dT('SIGNING_NEEDS_OIDC', 'Sigstore signing needs an OIDC token, and this job cannot get one', { key: 'sign', fix: 'give the publish job "permissions: id-token: write" (job level), or set sign: false to publish unsigned' });
        checks.push({ name: 'credentials', level: 'fail', detail: error.message, error });
    }
    else if (!trusted)
        checks.push({ name: 'credentials', level: 'ok', detail: `API token from the password input${o.sign ? '; the job can request an OIDC token for Sigstore' : ''}` });
    else if (o.idTokens.available)
        checks.push({ name: 'credentials', level: 'ok', detail: 'trusted publishing: the job can request an OIDC token (id-token: write)' });
    else {
        const error = (0,actions_id_token/* noIdToken */.o)();
        checks.push({ name: 'credentials', level: o.inActions ? 'fail' : 'warn', detail: o.inActions ? error.message : 'trusted publishing works only in GitHub Actions with id-token: write (not checked here)', error });
    }
    let audience;
    if (trusted) {
        try {
            audience = await o.index.trustedPublishing.audience();
            checks.push({ name: 'index', level: 'ok', detail: `${label} offers trusted publishing (audience "${audience}")` });
        }
        catch (error) {
            checks.push(failed('index', error));
        }
    }
    let remote;
    if (o.version !== undefined) {
        try {
            remote = await o.index.releaseFiles(o.project, o.version);
            if (!trusted)
                checks.push({ name: 'index', level: 'ok', detail: `${label} is reachable` });
            if (remote === null || remote.length === 0)
                checks.push({ name: 'version', level: 'ok', detail: `${o.project} ${o.version} is not on ${label} yet` });
            else if (o.force && !o.skipExisting) {
                const error = new pyrelease_error/* PyreleaseError */.dT('PUBLISH_VERSION_EXISTS', `${label} already has ${o.project} ${o.version}; force_publish does not overwrite a release`, { key: 'force_publish', fix: 'bump the version in pyproject.toml for an emergency release, or set skip-existing: true to upload only the missing files' });
                checks.push({ name: 'version', level: 'fail', detail: error.message, error });
            }
            else
                checks.push({ name: 'version', level: 'warn', detail: `${label} already has ${remote.length} file(s) of ${o.project} ${o.version}: files with the same sha256 are not sent again` });
        }
        catch (error) {
            checks.push(failed(trusted ? 'version' : 'index', error));
        }
    }
    return { checks, audience, remote };
}
function failed(name, error) {
    if (!(0,pyrelease_error/* isPyreleaseError */.FR)(error))
        throw error;
    return { name, level: 'fail', detail: error.message, error };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/adapters/sigstore/bundle-verifier.ts
/**
 * Responsible for checking a bundle before anything is uploaded, with @sigstore/verify against
 * the trust root in use: certificate chain and SCT, the Rekor entry, the DSSE signature. Returns
 * what the certificate says about the signer, for the identity check and the summary.
 */



const OID = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
};
function verifyBundle(json, root) {
    try {
        const bundle = (0,dist.bundleFromJSON)(json);
        const verifier = new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
        verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
        const material = bundle.verificationMaterial.content;
        const der = material.$case === 'certificate' ? material.certificate.rawBytes : material.$case === 'x509CertificateChain' ? material.x509CertificateChain.certificates[0]?.rawBytes : undefined;
        if (!der)
            return { ok: false, reason: 'the bundle has no certificate' };
        if (bundle.content.$case !== 'dsseEnvelope')
            return { ok: false, reason: 'the bundle holds no DSSE envelope' };
        return { ok: true, identity: certificateIdentity(core_dist.X509Certificate.parse(Buffer.from(der))), payload: Buffer.from(bundle.content.dsseEnvelope.payload) };
    }
    catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
}
function certificateIdentity(cert) {
    const text = (oid) => {
        const ext = cert.extension(oid);
        if (!ext)
            return undefined;
        return derUtf8(ext.valueObj.value);
    };
    return {
        issuer: text(OID.issuer),
        sourceRepositoryUri: text(OID.sourceRepositoryUri),
        sourceRepositoryRef: text(OID.sourceRepositoryRef),
        buildConfigUri: text(OID.buildConfigUri),
        subjectAlternativeName: cert.subjectAltName,
    };
}
/** Fulcio's v2 extensions (1.8 and up) hold a DER UTF8String (tag 0x0c); the legacy ones, raw text. */
function derUtf8(bytes) {
    if (bytes[0] !== 0x0c || bytes.length < 2)
        return bytes.toString('utf8');
    const first = bytes[1];
    if (first < 0x80)
        return bytes.subarray(2, 2 + first).toString('utf8');
    const size = first & 0x7f;
    let length = 0;
    for (let i = 0; i < size; i++)
        length = length * 256 + bytes[2 + i];
    return bytes.subarray(2 + size, 2 + size + length).toString('utf8');
}

// EXTERNAL MODULE: ./src/core/publish/id-token-claims.ts
var id_token_claims = __webpack_require__(74698);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
;// CONCATENATED MODULE: ./src/core/sigstore/pep740-attestation.ts
/**
 * A Sigstore DSSE bundle (protobuf-JSON, v0.2 or v0.3) → the PEP 740 attestation object PyPI
 * takes in the upload's `attestations` field: the leaf certificate, the one Rekor entry as the
 * bundle has it, the statement and the one signature (protocols.md §4.4).
 */

function bundleToAttestation(bundle) {
    const b = (0,records/* asRecord */.qY)(bundle);
    const material = (0,records/* asRecord */.qY)(b?.verificationMaterial);
    const certificate = typeof (0,records/* asRecord */.qY)(material?.certificate)?.rawBytes === 'string'
        ? (0,records/* asRecord */.qY)(material?.certificate).rawBytes
        : (0,records/* asRecord */.qY)((0,records/* asRecord */.qY)(material?.x509CertificateChain)?.certificates?.[0])?.rawBytes;
    const entries = Array.isArray(material?.tlogEntries) ? material.tlogEntries : [];
    const envelope = (0,records/* asRecord */.qY)(b?.dsseEnvelope);
    const signatures = Array.isArray(envelope?.signatures) ? envelope.signatures : [];
    const signature = (0,records/* asRecord */.qY)(signatures[0])?.sig;
    if (!certificate)
        throw new Error('the bundle has no signing certificate (a key-signed bundle cannot become a PEP 740 attestation)');
    if (entries.length !== 1)
        throw new Error(`the bundle has ${entries.length} transparency-log entries; PEP 740 needs exactly one`);
    if (!envelope || typeof envelope.payload !== 'string')
        throw new Error('the bundle has no DSSE envelope');
    if (signatures.length !== 1 || typeof signature !== 'string')
        throw new Error(`the envelope has ${signatures.length} signatures; PEP 740 needs exactly one`);
    return { version: 1, verification_material: { certificate, transparency_entries: [entries[0]] }, envelope: { statement: envelope.payload, signature } };
}
/** The Rekor log index of the bundle's entry, for the summary. */
function logIndexOf(bundle) {
    const entry = (0,records/* asRecord */.qY)((0,records/* asRecord */.qY)((0,records/* asRecord */.qY)(bundle)?.verificationMaterial)?.tlogEntries?.[0]);
    return typeof entry?.logIndex === 'string' || typeof entry?.logIndex === 'number' ? String(entry.logIndex) : undefined;
}

// EXTERNAL MODULE: ./src/core/sigstore/publish-statement.ts
var publish_statement = __webpack_require__(25069);
;// CONCATENATED MODULE: ./src/stages/publish/sign-distributions.ts
/**
 * Signs each distribution keylessly (statement → bundle), writes `<file>.sigstore.json` beside —
 * never inside — the upload directory, verifies every bundle against the trust root and checks
 * its statement and signer identity, then turns it into the PEP 740 attestation sent with the
 * upload. Any bundle that does not verify stops the publish before anything is uploaded.
 */








async function signDistributions(files, o) {
    if (files.length === 0)
        return [];
    (0,external_node_fs_.mkdirSync)(o.tempDir, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.tempDir, 'pyrelease-attestations-'));
    // The trust root (a TUF fetch on public good) and the signatures proceed at once.
    const [root, bundles] = await Promise.all([o.trustedRoot(), Promise.all(files.map((f) => o.signer.sign((0,publish_statement/* publishStatement */.zj)(f.file.filename, f.file.sha256), f.file.filename)))]);
    return files.map((f, i) => {
        const bundle = bundles[i];
        const filename = f.file.filename;
        const bundleBytes = Buffer.from(`${JSON.stringify(bundle)}\n`);
        const bundlePath = (0,external_node_path_.join)(dir, `${filename}.sigstore.json`);
        (0,external_node_fs_.writeFileSync)(bundlePath, bundleBytes);
        const verified = verifyBundle(bundle, root);
        if (!verified.ok)
            throw invalid(filename, `it does not verify against the Sigstore trust root: ${verified.reason}`);
        const statement = (0,publish_statement/* statementProblem */.hy)(verified.payload, filename, f.file.sha256);
        if (statement)
            throw invalid(filename, statement);
        const claims = o.signer.lastClaims;
        const workflowFile = (0,id_token_claims/* workflowFileName */.Jo)(claims?.job_workflow_ref);
        if (claims?.repository && workflowFile) {
            // The identity follows the run's GitHub (GITHUB_SERVER_URL) and the issuer its token named: GHES has its own.
            const problem = identityProblem(verified.identity, { repository: claims.repository, workflowFile, serverUrl: o.serverUrl, issuer: claims.iss });
            // A reusable workflow signs with its own identity (sign, don't refuse); only another mismatch is an error.
            if (problem && (0,id_token_claims/* isReusableWorkflow */.NM)(claims))
                return { ...signed(filename, bundlePath, bundleBytes, bundle, verified.identity), notForIndex: `signed in the reusable workflow ${claims.job_workflow_ref ?? ''}, whose certificate the index checks against the calling workflow (${claims.workflow_ref ?? ''}): ${problem}` };
            if (problem)
                throw new pyrelease_error/* PyreleaseError */.dT('SIGNATURE_IDENTITY_MISMATCH', `the signature of ${filename} would be refused by the index: ${problem}`, { fix: 're-run; if it persists, set sign: false and report the certificate shown' });
        }
        return signed(filename, bundlePath, bundleBytes, bundle, verified.identity);
    });
}
function signed(filename, bundlePath, bundleBytes, bundle, identity) {
    return { filename, bundlePath, bundleBytes, attestation: bundleToAttestation(bundle), logIndex: logIndexOf(bundle), identity };
}
function invalid(filename, why) {
    return new pyrelease_error/* PyreleaseError */.dT('SIGNATURE_INVALID', `the Sigstore bundle made for ${filename} is not valid: ${why}`, { fix: 'nothing was uploaded; re-run, and if it persists check fulcio-url, rekor-url and trusted-root (they must belong to one Sigstore instance)' });
}

;// CONCATENATED MODULE: ./src/core/attest/build-provenance.ts
/**
 * The SLSA build-provenance statement actions/attest-build-provenance signs for one file: an
 * in-toto v1 statement with one subject {name, digest.sha256} and the predicate that
 * @actions/attest's `buildSLSAProvenancePredicate` (lib/provenance.js, 3.2.0) builds from the run's
 * OIDC claims, field for field (ADR 5). Pure: claims and the server URL come in as values.
 */

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The claims @actions/attest requires (its REQUIRED_CLAIMS, oidc.js). */
const PROVENANCE_CLAIMS = ['iss', 'ref', 'sha', 'repository', 'event_name', 'job_workflow_ref', 'workflow_ref', 'repository_id', 'repository_owner_id', 'runner_environment', 'run_id', 'run_attempt'];
/** The provenance claims of an Actions ID token, or the names of those it lacks. */
function provenanceClaims(jwt) {
    const record = (0,id_token_claims/* decodeJwtPayload */.Kd)(jwt) ?? {};
    const missing = PROVENANCE_CLAIMS.filter((k) => typeof record[k] !== 'string' || record[k] === '');
    if (missing.length > 0)
        return { missing };
    return { claims: Object.fromEntries(PROVENANCE_CLAIMS.map((k) => [k, record[k]])) };
}
function provenancePredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/$/, '');
    // owner/repo/.github/workflows/main.yml@refs/heads/main → .github/workflows/main.yml
    const [workflowPath] = claims.workflow_ref.replace(`${claims.repository}/`, '').split('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: { workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath } },
            internalParameters: { github: { event_name: claims.event_name, repository_id: claims.repository_id, repository_owner_id: claims.repository_owner_id, runner_environment: claims.runner_environment } },
            resolvedDependencies: [{ uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: { invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}` },
        },
    };
}
function provenanceStatement(subject, predicate) {
    const statement = { _type: IN_TOTO_STATEMENT_V1, subject: [{ name: subject.name, digest: { sha256: subject.sha256.toLowerCase() } }], predicateType: SLSA_PROVENANCE_V1, predicate };
    return Buffer.from(JSON.stringify(statement));
}
/**
 * Whether a signed payload is a provenance statement for this file's digest (the re-run check and
 * the check after signing). The name is not compared for a stored one: GitHub finds it by digest.
 */
function provenanceProblem(payload, subject) {
    let s;
    try {
        s = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return 'the signed statement is not JSON';
    }
    if (s._type !== IN_TOTO_STATEMENT_V1)
        return 'the signed statement is not an in-toto v1 statement';
    if (s.predicateType !== SLSA_PROVENANCE_V1)
        return `the signed statement has predicate type ${String(s.predicateType)}, not ${SLSA_PROVENANCE_V1}`;
    const match = Array.isArray(s.subject) ? s.subject.find((x) => x.digest?.sha256 === subject.sha256.toLowerCase()) : undefined;
    if (!match)
        return `the signed statement has no subject with the file's sha256 ${subject.sha256}`;
    if (subject.name !== undefined && match.name !== subject.name)
        return `the signed statement names ${String(match.name)}, not ${subject.name}`;
    return undefined;
}
/** The attestation's page on GitHub (what attest-build-provenance prints as its URL). */
function attestationUrl(serverUrl, repository, id) {
    return `${serverUrl.replace(/\/$/, '')}/${repository}/attestations/${id}`;
}

;// CONCATENATED MODULE: ./src/stages/publish/github-attestations.ts



async function attestOnGitHub(files, o) {
    const found = await Promise.all(files.map(async (f) => ({ f, stored: existingProvenance(await o.github.listAttestations(`sha256:${f.file.sha256}`, SLSA_PROVENANCE_V1), f.file.sha256) })));
    const missing = found.filter((x) => !x.stored).map((x) => x.f);
    const made = missing.length === 0 ? new Map() : await attestMissing(missing, o);
    return found.map(({ f, stored }) => made.get(f.file.filename) ?? { filename: f.file.filename, sha256: f.file.sha256, url: stored.id !== undefined ? attestationUrl(o.serverUrl, o.repository, stored.id) : (stored.bundleUrl ?? `${o.serverUrl.replace(/\/$/, '')}/${o.repository}/attestations`), created: false });
}
async function attestMissing(files, o) {
    // The predicate comes from the claims of the same kind of token the signature uses (audience sigstore).
    const read = provenanceClaims(await o.idTokens.get('sigstore'));
    if ('missing' in read) {
        throw new pyrelease_error/* PyreleaseError */.dT('GITHUB_ATTESTATION_CLAIMS_MISSING', `the Actions OIDC token lacks the claims the build provenance is made of: ${read.missing.join(', ')}`, { key: 'permissions', fix: 'run the publish job in GitHub Actions with permissions: id-token: write; nothing was uploaded' });
    }
    const predicate = provenancePredicate(read.claims, o.serverUrl);
    const [root, bundles] = await Promise.all([o.trustedRoot(), Promise.all(files.map((f) => o.signer.sign(provenanceStatement({ name: f.file.filename, sha256: f.file.sha256 }, predicate), `the provenance of ${f.file.filename}`)))]);
    // Every bundle is checked before the first one is stored: a bad one leaves the repository untouched.
    files.forEach((f, i) => {
        const verified = verifyBundle(bundles[i], root);
        const problem = verified.ok ? provenanceProblem(verified.payload, { name: f.file.filename, sha256: f.file.sha256 }) : `it does not verify against the Sigstore trust root: ${verified.reason}`;
        if (problem)
            throw new pyrelease_error/* PyreleaseError */.dT('GITHUB_ATTESTATION_INVALID', `the build-provenance bundle made for ${f.file.filename} is not valid: ${problem}`, { fix: 'nothing was uploaded or stored; re-run, and if it persists check fulcio-url, rekor-url and trusted-root (they must belong to one Sigstore instance)' });
    });
    const made = new Map();
    // One at a time: GitHub spaces content-creating requests (secondary rate limit).
    for (const [i, f] of files.entries()) {
        const id = await o.github.createAttestation(bundles[i], f.file.filename);
        made.set(f.file.filename, { filename: f.file.filename, sha256: f.file.sha256, url: attestationUrl(o.serverUrl, o.repository, id), created: true });
    }
    return made;
}
/** A stored attestation whose DSSE statement is SLSA provenance for this digest (the listing is filtered by GitHub; checked again here). */
function existingProvenance(list, sha256) {
    return list.find((a) => {
        const payload = a.bundle.dsseEnvelope?.payload;
        return typeof payload === 'string' && provenanceProblem(Buffer.from(payload, 'base64'), { sha256 }) === undefined;
    });
}
/** The job summary's lines: one row per file, with the link. */
function renderAttestationSummary(list) {
    if (list.length === 0)
        return '';
    const lines = ['', '#### GitHub artifact attestations (SLSA build provenance)', '', '| File | Attestation | |', '|---|---|---|'];
    for (const a of list)
        lines.push(`| \`${a.filename}\` | [${a.url}](${a.url}) | ${a.created ? 'created' : 'already there'} |`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
;// CONCATENATED MODULE: ./src/stages/publish/sign-inputs.ts
/**
 * sigstore-action's `inputs` (the files to sign) in a pyrelease publish job. pyrelease signs every
 * distribution it publishes and nothing else, so the patterns must name those files (the usual
 * `./dist/*.whl ./dist/*.tar.gz` with packages-dir: dist); a pattern that matches nothing, or a
 * file outside the upload set, is refused with one line before anything is signed or sent.
 */




const GLOB = /[*?[\]{}]/;
const sign_inputs_FIX = 'pyrelease signs every distribution it publishes, and only those: drop inputs:, or hand the built files over with packages-dir: and name them there';
/** Checks the patterns against the files to publish; returns the log line saying what was matched. */
function checkSignInputs(patterns, workspace, published) {
    if (patterns.length === 0)
        return undefined;
    const wanted = new Set(published);
    const matched = new Set();
    for (const pattern of patterns) {
        const clean = external_node_path_.posix.normalize(pattern.replace(/\\/g, '/'));
        const dir = external_node_path_.posix.dirname(clean);
        const base = external_node_path_.posix.basename(clean);
        if (GLOB.test(dir))
            throw refuse(`input 'inputs' has ${JSON.stringify(pattern)}: only the file name part may be a glob here`, 'write the directory plainly, e.g. inputs: ./dist/*.whl ./dist/*.tar.gz');
        const abs = (0,external_node_path_.join)(workspace, dir);
        const names = (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory() ? (0,external_node_fs_.readdirSync)(abs).filter((n) => (GLOB.test(base) ? (0,esm/* minimatch */.xF)(n, base, { dot: false }) : n === base)) : [];
        if (names.length === 0)
            throw refuse(`input 'inputs' has ${JSON.stringify(pattern)}, which matches no file in ${(0,external_node_path_.dirname)((0,external_node_path_.join)(workspace, clean))}`, sign_inputs_FIX);
        const stranger = names.find((n) => !wanted.has(n));
        if (stranger)
            throw refuse(`input 'inputs' matches ${external_node_path_.posix.join(dir, stranger)}, which is not one of the distributions published (${published.join(', ')})`, `${sign_inputs_FIX}; sign other files with sigstore/gh-action-sigstore-python in a step of their own`);
        for (const n of names)
            matched.add(n);
    }
    const unnamed = published.filter((p) => !matched.has(p));
    return `  inputs (sigstore-action): ${matched.size} file(s) named${unnamed.length > 0 ? `; ${unnamed.join(', ')} signed as well (every published file is)` : ''}`;
}
function refuse(message, fix) {
    return new pyrelease_error/* PyreleaseError */.dT('PUBLISH_SIGN_INPUTS_MISMATCH', message, { key: 'inputs', fix: `${fix}; nothing was uploaded` });
}

// EXTERNAL MODULE: ./src/adapters/python-tools/fresh-install.ts
var fresh_install = __webpack_require__(22767);
// EXTERNAL MODULE: ./src/core/validate/import-check.ts
var import_check = __webpack_require__(98556);
;// CONCATENATED MODULE: ./src/stages/publish/smoke-test.ts
/**
 * smoke-test before the upload: the built wheel (the one this runner can install) goes into a
 * brand-new virtual environment from the checked files alone, is imported with validation's own
 * check program, and the smoke-test command runs there. Any failure stops the publish with
 * nothing signed, uploaded or attached — a broken wheel never reaches the index.
 */







const TIMEOUT = 10 * 60_000;
async function smokeTestBeforeUpload(set, o) {
    const wheels = set.files.filter((f) => f.name.kind === 'wheel');
    if (wheels.length === 0)
        throw smoke_test_failed(`there is no wheel of ${o.project} ${o.version} to install (only an sdist)`, 'build a wheel as well, or remove smoke-test');
    const env = (0,fresh_install/* environmentAt */.Ff)((0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.tempDir, 'pyrelease-smoke-')), 'venv'));
    const created = await (0,fresh_install/* createEnvironment */.MO)(env.dir, o.uv, o.tempDir, TIMEOUT);
    if (created.exitCode !== 0)
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_NO_ENVIRONMENT', `a fresh virtual environment could not be created for the smoke test (exit ${created.exitCode})`, { fix: 'install python3-venv (Debian/Ubuntu) or use uv; nothing was uploaded', more: (0,output_tail/* outputTail */.c)(created.stderr) });
    const requirement = `${o.project}==${o.version}`;
    const withDependencies = wheels.some((w) => (w.metadata.fields.get('Requires-Dist') ?? []).length > 0);
    const installed = await (0,fresh_install/* installFromFiles */.th)(env, set.source.dir, requirement, { uv: o.uv, cwd: o.tempDir, timeoutMs: TIMEOUT, withDependencies });
    o.runtime.toolOutput(`smoke test: install ${requirement} from the built files: exit ${installed.exitCode}`, installed.stdout + installed.stderr);
    if (installed.exitCode !== 0)
        throw smoke_test_failed(`${requirement} does not install from the built files into a fresh environment (exit ${installed.exitCode})`, 'a wheel for another platform or Python only, a requires-python excluding this interpreter, or a dependency not on the index are the usual causes: see the install log group', (0,output_tail/* outputTail */.c)(installed.stderr || installed.stdout));
    const check = await (0,fresh_install/* runInEnvironment */.G1)(env, env.python, ['-c', import_check/* IMPORT_CHECK_PROGRAM */.oB, o.project, ...o.importNames], o.tempDir, TIMEOUT);
    o.runtime.toolOutput(`smoke test: import check: exit ${check.exitCode}`, check.stdout + check.stderr);
    const result = (0,import_check/* parseImportCheck */.j)(check.stdout);
    if (!result)
        throw smoke_test_failed(`${requirement} installed from the built files, but its metadata could not be read`, 'see the import check log group', (0,output_tail/* outputTail */.c)(check.stderr));
    if (!(0,pep440/* sameRelease */.O)(result.version, o.version))
        throw smoke_test_failed(`the built wheel installs as ${o.project} ${result.version}, not ${o.version}`, 'rebuild from the release commit');
    const errors = Object.entries(result.errors);
    if (result.modules.length === 0)
        throw smoke_test_failed(`${requirement} has no top-level module to import`, 'name the module with import-name (e.g. import-name: demo_pkg)');
    if (errors.length > 0)
        throw smoke_test_failed(`the built wheel installs, but import ${errors[0][0]} fails: ${errors[0][1]}`, 'a missing dependency in [project].dependencies, or a module left out of the wheel, are the usual causes', errors.map(([m, e]) => `${m}: ${e}`));
    if (o.command.length > 0) {
        const [program, ...args] = o.command;
        const smoke = await (0,fresh_install/* runInEnvironment */.G1)(env, program, args, o.tempDir, TIMEOUT);
        o.runtime.toolOutput(`smoke test (${o.command.join(' ')}): exit ${smoke.exitCode}`, smoke.stdout + smoke.stderr);
        if (smoke.exitCode !== 0)
            throw smoke_test_failed(`the smoke test \`${o.command.join(' ')}\` exited ${smoke.exitCode} with the built wheel installed`, 'fix the command or the package; see the smoke test log group', (0,output_tail/* outputTail */.c)(smoke.stdout + smoke.stderr));
    }
    return `  smoke test: ${requirement} installed from the built files, imported ${result.modules.join(', ')}${o.command.length > 0 ? `, \`${o.command.join(' ')}\` passed` : ''} — before any upload`;
}
function smoke_test_failed(message, fix, more) {
    return new pyrelease_error/* PyreleaseError */.dT('PUBLISH_SMOKE_TEST_FAILED', message, { key: 'smoke-test', fix: `${fix}; nothing was uploaded`, ...(more ? { more } : {}) });
}

// EXTERNAL MODULE: ./src/core/publish/index-endpoints.ts
var index_endpoints = __webpack_require__(61044);
;// CONCATENATED MODULE: ./src/stages/publish/distributions-dir.ts
/**
 * The published files, for the steps after this one (actions/attest-build-provenance's
 * subject-path, actions/upload-artifact): copied into a directory of their own under the runner's
 * temp dir (RUNNER_TEMP), holding exactly the checked set and kept until the job ends — the build
 * directory may hold files that were left out, and a handed-over packages-dir is the user's.
 */


function keepDistributions(files, tempDir) {
    (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempDir, 'pyrelease-distributions-'));
    // The bytes written are the bytes that were checked, hashed and uploaded.
    const paths = files.map((f) => {
        const path = (0,external_node_path_.join)(dir, f.file.filename);
        (0,external_node_fs_.writeFileSync)(path, f.file.bytes);
        return path;
    });
    return { dir, paths };
}

;// CONCATENATED MODULE: ./src/stages/publish/summary.ts
function renderPublishSummary(r) {
    const lines = ['### Publish', ''];
    if (r.forced)
        lines.push('> ⚠️ **force_publish**: published without a release PR (emergency path).', '');
    lines.push(r.dryRun ? `Dry run: built and checked **${r.project} ${r.version}**; nothing was uploaded.` : `**${r.project} ${r.version}** on ${r.indexLabel}: [${r.projectUrl}](${r.projectUrl}) — ${r.credentials}.`, '');
    if (r.builtWith)
        lines.push(`Built with \`${r.builtWith.command}\` ${r.builtWith.where}.`, '');
    lines.push('| File | sha256 | Size | Result |', '|---|---|---|---|');
    for (const f of r.files)
        lines.push(`| \`${f.file.filename}\` | \`${f.file.sha256}\` | ${f.file.size} B | ${r.dryRun ? 'checked' : (r.outcomes.get(f.file.filename) ?? 'not sent')} |`);
    if (r.leftOut.length > 0)
        lines.push('', `Left out of the upload: ${r.leftOut.map((l) => `\`${l.filename}\` (${l.reason})`).join(', ')}.`);
    if (r.signed.length > 0) {
        const id = r.signed[0].identity;
        lines.push('', `Signed with Sigstore (PEP 740 attestations): certificate for \`${id.buildConfigUri ?? id.subjectAlternativeName ?? 'unknown'}\`${id.sourceRepositoryRef ? ` at \`${id.sourceRepositoryRef}\`` : ''}.`, '', '| File | Rekor log index | Bundle |', '|---|---|---|');
        for (const s of r.signed)
            lines.push(`| \`${s.filename}\` | ${s.logIndex ?? '?'} | \`${s.filename}.sigstore.json\` |`);
    }
    if (r.signingNote)
        lines.push('', r.signingNote);
    if (r.attach) {
        lines.push('', `GitHub release assets ([release](${r.attach.releaseUrl})): ${[...r.attach.attached.map((a) => `\`${a}\` attached`), ...r.attach.kept.map((a) => `\`${a}\` already there`)].join(', ')}.`);
    }
    else if (r.attachNote)
        lines.push('', r.attachNote);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/core/publish/upload-answer.ts
/**
 * The legacy upload API's answer → what to do. PyPI puts the reason in the status line; each
 * known reason gets the fix a maintainer needs (protocols.md §3.3).
 */
function judgeUploadAnswer(status, reason, body) {
    const text = reason || firstLine(body);
    if (status >= 200 && status < 300)
        return { kind: 'stored' };
    if (status >= 500 || status === 408 || status === 429)
        return { kind: 'retry', reason: `HTTP ${status} ${text}`.trim() };
    if (status === 409 || (status === 400 && /already exist/i.test(`${reason} ${body}`)))
        return { kind: 'exists', reason: text };
    if (status === 403 && /token is expired/i.test(text))
        return { kind: 'token-expired', reason: text };
    return { kind: 'refused', reason: `HTTP ${status} ${text}`.trim(), fix: fixFor(status, text) };
}
function fixFor(status, reason) {
    const rules = [
        [/previously used by a file that has since been deleted/i, 'a deleted file name can never be reused: release a new version'],
        [/Non-user identities cannot create new projects/i, "the pending publisher was registered for another project name: make [project].name match it, or fix the pending publisher"],
        [/not valid for project|isn't allowed to upload to project/i, 'add this workflow as a trusted publisher of the project (or use a token scoped to it)'],
        [/Invalid or non-existent authentication/i, 'the password input holds no valid token for this index: use trusted publishing (id-token: write) or a current API token'],
        [/description failed to render/i, 'fix the README\'s markup, or declare its type: readme = "README.md" in [project] sets text/markdown'],
        [/older than 14 days/i, 'this release is too old to take new files: release a new version'],
        [/File too large|Project size too large/i, 'ask the index for a larger limit, or make the distribution smaller'],
        [/digest supplied does not match/i, 'the file changed while it was uploaded: re-run'],
        [/Version in filename|Start filename|should contain the normalized project name|is invalid, should be/i, 'the file name disagrees with its metadata: rebuild with a current build backend'],
        [/is an invalid value for/i, 'fix the metadata field the message names in pyproject.toml'],
        [/Only one sdist/i, 'the release already has another sdist: upload exactly one per version'],
        [/Too many new projects/i, 'the index limits new projects per hour: re-run later'],
    ];
    for (const [pattern, fix] of rules)
        if (pattern.test(reason))
            return fix;
    return status === 403 ? 'check the credentials for this index' : 'fix what the message says and re-run';
}
function firstLine(body) {
    // PyPI's HTML error page repeats the reason; keep it short and tag-free.
    return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./src/stages/publish/upload-files.ts



async function uploadFiles(files, o) {
    const outcomes = new Map();
    for (const f of files) {
        const fields = uploadFormFields(f.metadata, { kind: f.name.kind, pythonTag: f.name.pythonTag, sha256: f.file.sha256 });
        const attestations = o.attestations.get(f.file.filename);
        if (attestations !== undefined)
            fields.splice(fields.length - 2, 0, ['attestations', attestations]);
        let renewed = false;
        for (;;) {
            const answer = await o.index.upload({ token: await o.token.value(), fields, filename: f.file.filename, bytes: f.file.bytes }, (n, why) => o.runtime.info(`  retrying ${f.file.filename} (attempt ${n + 1}): ${why}`));
            // verbose: the index's own answer, as `twine upload --verbose` prints it (the body holds PyPI's warnings).
            if (o.verbose)
                o.runtime.info(`  ${o.index.endpoints.label} answered ${f.file.filename}: HTTP ${answer.status} ${answer.reason}${answer.body.trim() ? ` — ${answer.body.trim().slice(0, 500)}` : ''}`);
            const verdict = judgeUploadAnswer(answer.status, answer.reason, answer.body);
            if (verdict.kind === 'stored') {
                outcomes.set(f.file.filename, 'uploaded');
                o.runtime.info(`  uploaded ${f.file.filename} (sha256 ${f.file.sha256})`);
                break;
            }
            if (verdict.kind === 'token-expired' && !renewed && (await o.token.renew())) {
                renewed = true;
                o.runtime.info('  the upload token expired: minted a new one');
                continue;
            }
            if (verdict.kind === 'exists') {
                // "Already exists" means other bytes under this name — unless a lost answer hid our own earlier upload.
                const remote = (await o.index.releaseFiles(o.project, o.version))?.find((r) => r.filename === f.file.filename);
                if (remote?.sha256 === f.file.sha256) {
                    outcomes.set(f.file.filename, 'already there');
                    break;
                }
                throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_FILE_CONFLICT', `${o.index.endpoints.label} already has ${f.file.filename} with other content (${verdict.reason})`, {
                    fix: 'a file name can never be reused on the index: release a new version',
                });
            }
            const more = outcomes.size > 0 ? [`Already uploaded in this run: ${[...outcomes.keys()].join(', ')}. A re-run uploads only the rest.`] : [];
            // Rate-limited and unavailable are not refusals: the index would take the file later.
            if (verdict.kind === 'retry' && verdict.reason.startsWith('HTTP 429')) {
                throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_RATE_LIMITED', `${o.index.endpoints.label} rate-limited the upload of ${f.file.filename} (${verdict.reason}) after retries`, { fix: 're-run the job later: files already uploaded are recognised by their digest and not sent again', more });
            }
            if (verdict.kind === 'retry') {
                throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_UPLOAD_REFUSED', `${o.index.endpoints.label} was unavailable for ${f.file.filename}: ${verdict.reason} after retries`, { fix: 're-run the job: files already uploaded are recognised by their digest and not sent again', more });
            }
            throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_UPLOAD_REFUSED', `${o.index.endpoints.label} refused ${f.file.filename}: ${verdict.reason}`, {
                fix: verdict.kind === 'refused' ? verdict.fix : 're-run the job: files already uploaded are recognised by their digest and not sent again',
                more: outcomes.size > 0 ? [`Already uploaded in this run: ${[...outcomes.keys()].join(', ')}. A re-run uploads only the rest.`] : [],
            });
        }
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./src/stages/publish/finish-publish.ts
/**
 * The writing half of publishing one package: attach its files (and bundles, SHA256SUMS last) to
 * its GitHub release, upload what the index lacks with the token given, and report the result.
 * Everything that can fail without writing was done before, in preparePublish (publish.ts).
 */










async function finishPublish(ctx, p, token) {
    const { settings, runtime } = ctx;
    const { target, dev, index, label, source, build, version, plan, signed, provenance, onRelease } = p;
    // Attached before the first upload (SHA256SUMS last): from then on a re-run publishes exactly these files.
    const assets = [
        ...build.files.map((f) => ({ name: f.file.filename, bytes: f.file.bytes, sha256: f.file.sha256 })),
        ...signed.map((s) => ({ name: `${s.filename}.sigstore.json`, bytes: s.bundleBytes, sha256: sha256Of(s.bundleBytes) })),
    ];
    const { attach, note } = p.attachNote ? { attach: undefined, note: p.attachNote } : settings.dryRun || dev ? { attach: undefined, note: dev ? `Dev build ${version}: nothing was tagged, released or attached to a GitHub release.` : undefined } : await attachToRelease(ctx, target, onRelease, assets);
    const outcomes = new Map(plan.alreadyThere.map((f) => [f, 'already there']));
    let credentials = 'nothing to send';
    let attestationNote;
    if (token) {
        credentials = token.kind === 'api-token' ? 'uploaded with the API token from the password input' : 'uploaded with trusted publishing';
        // PyPI takes attestations only from trusted publishing; with an API token the bundles still go to the GitHub release.
        const forIndex = signed.filter((s) => s.notForIndex === undefined);
        const attestations = new Map(token.kind === 'trusted-publishing' ? forIndex.map((s) => [s.filename, JSON.stringify([s.attestation])]) : []);
        if (token.kind === 'api-token' && signed.length > 0)
            attestationNote = `${label} accepts attestations only with trusted publishing: the Sigstore bundles were attached to the GitHub release but not sent to the index.`;
        const kept = signed.find((s) => s.notForIndex !== undefined);
        if (token.kind === 'trusted-publishing' && kept) {
            attestationNote = `The files were signed, but their attestations were not sent to ${label}: ${kept.notForIndex}. The Sigstore bundles are on the GitHub release; publish from the top-level workflow to attach them on ${label}.`;
            runtime.warning(attestationNote);
        }
        const sent = await uploadFiles(build.files.filter((f) => plan.toUpload.includes(f.file.filename)), { index, token, project: target.project, version, runtime, attestations, verbose: settings.verbose });
        for (const [k, v] of sent)
            outcomes.set(k, v);
    }
    else if (!settings.upload)
        credentials = 'upload: false — attached to the GitHub release only, nothing was sent to an index';
    else if (plan.toUpload.length === 0)
        credentials = `every file was already on ${label} with the same sha256`;
    const files = build.files.map((f) => ({ name: f.file.filename, sha256: f.file.sha256 }));
    const result = { published: !settings.dryRun && settings.upload, version, files, repositoryUrl: index.endpoints.uploadUrl, signed: signed.length > 0, attestations: signed.map((s) => s.bundlePath) };
    const keptForLater = keepDistributions(build.files, settings.tempDir);
    result.distributionsDir = keptForLater.dir;
    result.distributionPaths = keptForLater.paths;
    if (settings.githubAttestations)
        result.githubAttestations = provenance.map((a) => a.url);
    const uploaded = [...outcomes.values()].filter((o) => o === 'uploaded').length;
    const headline = settings.dryRun ? `dry run: built and checked ${files.length} files of ${version}` : !settings.upload ? `${target.project} ${version}: ${files.length} file(s) attached to the GitHub release, nothing uploaded (upload: false)` : `${target.project} ${version} on ${label}: ${uploaded} uploaded, ${files.length - uploaded} already there${signed.length > 0 ? `, ${signed.length} signed` : ''}`;
    const signingNote = !settings.sign ? '⚠️ **sign: false** — published without Sigstore attestations.' : settings.dryRun ? 'Dry run: nothing was signed (a signature writes a public transparency-log entry).' : attestationNote;
    const summary = renderPublishSummary({
        project: target.project, version, indexLabel: label, projectUrl: (0,index_endpoints/* projectPageUrl */.g2)(index.endpoints, target.project, version), files: build.files, outcomes, credentials,
        attach, attachNote: note, leftOut: source.leftOut, builtWith: source.builtWith, dryRun: settings.dryRun, forced: target.mode === 'force', signed, signingNote,
    }) + renderAttestationSummary(provenance);
    return { result, headline, summary };
}
async function attachToRelease(ctx, target, onRelease, dists) {
    const { settings, services, runtime } = ctx;
    if (!target.tagName)
        return { attach: undefined, note: 'No release tag (force_publish at HEAD): nothing was attached to a GitHub release.' };
    if (!settings.token || !settings.repository)
        return { attach: undefined, note: 'No GitHub token: the files were not attached to the GitHub release.' };
    const sums = renderSha256Sums(dists.map((d) => ({ name: d.name, sha256: d.sha256 })));
    // SHA256SUMS lives beside, never inside, the upload directory.
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(settings.tempDir, 'pyrelease-assets-'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'SHA256SUMS'), sums);
    const sumsBytes = Buffer.from(sums);
    const attach = await attachAssets(services.github(), target.tagName, onRelease, [...dists, { name: 'SHA256SUMS', bytes: sumsBytes, sha256: sha256Of(sumsBytes) }], runtime);
    return { attach, note: attach ? undefined : `No GitHub release for ${target.tagName}: nothing was attached.` };
}

;// CONCATENATED MODULE: ./src/core/publish/explain-trusted-publishing.ts
/**
 * Why trusted publishing failed, in the maintainer's terms: the cause PyPI's answer points to,
 * the claims it compared, and the exact fix — one template per cause, as the PyPA action has,
 * plus the publisher-settings link pre-filled from the token.
 */


function publisherSettingsUrl(e, project, claims) {
    const [owner, repository] = (claims?.repository ?? '/').split('/');
    const params = new URLSearchParams({ provider: 'github', owner: owner ?? '', repository: repository ?? '', workflow_filename: (0,id_token_claims/* workflowFileName */.Jo)(claims?.job_workflow_ref) ?? '' });
    if (claims?.environment)
        params.set('environment', claims.environment);
    return `${e.webBase}manage/project/${project}/settings/publishing/?${params.toString()}`;
}
function explainMintRefusal(refusal, claims, project, e) {
    const first = refusal.errors[0];
    const description = first ? `${first.code}: ${first.description}` : `HTTP ${refusal.status} ${refusal.text}`.trim();
    const settings = publisherSettingsUrl(e, project, claims);
    const file = (0,id_token_claims/* workflowFileName */.Jo)(claims?.job_workflow_ref) ?? '<workflow file>';
    const cause = causeOf(refusal, claims, file, e);
    const more = [
        `${e.label} answered: ${description}`,
        `Likely cause: ${cause.why}`,
        'The claims of the token pyrelease presented (what the index compares with the publisher):',
        ...(0,id_token_claims/* claimLines */.K3)(claims).map((l) => `  ${l}`),
        `Publisher settings: ${settings}`,
        `A project not yet on ${e.label} needs a pending publisher: ${e.webBase}manage/account/publishing/`,
    ];
    return new pyrelease_error/* PyreleaseError */.dT('TRUSTED_PUBLISHING_REFUSED', `${e.label} refused to exchange the GitHub OIDC token for an upload token: ${cause.why}`, { key: cause.key, fix: cause.fix, more });
}
function causeOf(refusal, claims, file, e) {
    const code = refusal.errors[0]?.code ?? '';
    const description = refusal.errors[0]?.description ?? '';
    const repo = claims?.repository ?? '<owner>/<repo>';
    if (code === 'invalid-publisher') {
        if (/pull_request_target/.test(description))
            return { why: 'the run was started by pull_request_target, which PyPI never trusts', fix: 'publish from push, release or workflow_dispatch events', key: 'event_name' };
        if (/claim 'environment'/.test(description)) {
            return { why: `the publisher requires a GitHub environment and this job ${claims?.environment ? `runs in "${claims.environment}"` : 'declares none'}`, fix: 'add the publisher\'s environment to the publish job (environment: pypi), or remove it from the publisher', key: 'environment' };
        }
        if (claims && (0,id_token_claims/* isReusableWorkflow */.NM)(claims)) {
            // PyPI rebuilds job_workflow_ref from the token's repository (protocols.md §3.2), so only a reusable workflow of this same repository can match (pypi/warehouse#11096).
            const elsewhere = !claims.job_workflow_ref?.toLowerCase().startsWith(`${repo.toLowerCase()}/`);
            const supports = elsewhere
                ? `a reusable workflow of another repository can never be a trusted publisher on ${e.label} (it expects ${repo}/.github/workflows/<file>@<ref>)`
                : `${e.label} matches that file (${file}), not the calling workflow (workflow_ref ${claims.workflow_ref ?? '?'})`;
            return {
                why: `this job runs in the reusable workflow ${claims.job_workflow_ref} (job_workflow_ref), called from ${claims.workflow_ref ?? '?'} (workflow_ref): ${supports}`,
                fix: elsewhere ? 'move the publish step into a workflow of this repository (the reusable workflow can still build: hand the files over with packages-dir)' : `register ${file} as the publisher's workflow, or move the publish step into the calling workflow`,
                key: 'job_workflow_ref',
            };
        }
        if (claims?.event_name === 'pull_request')
            return { why: 'the run was started by a pull request, which should not publish', fix: 'publish from push, release or workflow_dispatch events' };
        return {
            why: `no trusted publisher on ${e.label} matches repository ${repo}, workflow ${file}${claims?.environment ? `, environment ${claims.environment}` : ''}`,
            fix: `on the publisher settings page (link below), add a GitHub publisher with exactly these values — a renamed workflow file or repository, or a publisher added on the other index (PyPI vs TestPyPI), all end here${claims?.environment ? '' : '; a publisher that names an environment matches only a job that declares it (environment: pypi)'}`,
            key: 'job_workflow_ref',
        };
    }
    if (code === 'invalid-token')
        return { why: `the token was refused (audience, age or signature): it must be fresh and for audience "${audienceOf(claims)}" of this index`, fix: 'check that repository-url is the index whose publisher you configured, and that the runner\'s clock is right; re-run' };
    if (code === 'invalid-reuse-token')
        return { why: 'the same OIDC token was presented twice', fix: 're-run the job: pyrelease asks for a new token per exchange' };
    if (code === 'invalid-pending-publisher')
        return { why: 'the publisher is a pending one, but the project already exists', fix: 'add a normal (not pending) publisher on the project\'s own publishing settings' };
    if (code === 'not-enabled')
        return { why: `${e.label} has trusted publishing for GitHub switched off`, fix: 'use an API token in the password input for this index' };
    if (/issuer/.test(description))
        return { why: `${e.label} does not trust this token's issuer (${claims?.iss ?? 'unknown'})`, fix: 'trusted publishing needs github.com Actions (or an index that trusts your issuer); otherwise pass an API token in the password input' };
    return { why: `the exchange failed (${code || `HTTP ${refusal.status}`})`, fix: 're-run; if it persists, check the index status page or use an API token in the password input' };
}
function audienceOf(claims) {
    const aud = claims?.aud;
    return Array.isArray(aud) ? aud.join(', ') : (aud ?? 'unknown');
}

;// CONCATENATED MODULE: ./src/core/publish/upload-permission.ts
/**
 * What a permission probe's answer says. Warehouse's upload view (forklift/legacy.py
 * file_upload) checks, in this order: the credentials, the metadata form, the project (a non-user
 * identity may not create one), the identity's upload permission on it — and only then the file:
 * name, size, digests, duplicates. A form for the real file with a body whose digest does not
 * match therefore gets the permission answer (403) when the token may not upload to the
 * project, and the digest answer (400) when it may; the request fails in either case, and
 * Warehouse stores nothing of a failed request. So every project of a monorepo release is
 * checked before the first file of any of them is sent.
 */




/** The body a probe sends: never a distribution, so its digest can never match the real file's. */
const PROBE_BYTES = Buffer.from('pyrelease upload-permission probe: not a distribution\n');
function judgeProbeAnswer(status, reason, body, o) {
    // The digest check comes after the permission check: reaching it proves the token may upload here.
    if (status === 400 && /digest supplied does not match/i.test(reason))
        return { kind: 'permitted' };
    const verdict = judgeUploadAnswer(status, reason, body);
    if (verdict.kind === 'retry')
        return verdict;
    if (verdict.kind === 'token-expired')
        return { kind: 'retry', reason: verdict.reason };
    const { pkg, endpoints: e } = o;
    const answered = `${e.label} answered: HTTP ${status} ${reason}`.trim();
    const nothing = `Nothing was uploaded for any package${o.others.length > 0 ? ` (${o.others.join(', ')} included)` : ''}; a re-run after the fix uploads every package.`;
    const claims = o.tokenKind === 'trusted-publishing' ? ['The claims of the token (what the index compares with the publisher):', ...(0,id_token_claims/* claimLines */.K3)(o.claims).map((l) => `  ${l}`)] : [];
    const link = publisherSettingsUrl(e, pkg.project, o.claims);
    if (/not valid for project|isn't allowed to upload to project|not allowed to upload/i.test(reason)) {
        const trusted = o.tokenKind === 'trusted-publishing';
        return refused(`${e.label} would refuse ${pkg.project} (package ${pkg.path}): ${trusted ? 'its trusted publishers do not include this workflow' : 'the API token is not scoped to it'}`, {
            key: `packages.${JSON.stringify(pkg.path)}`,
            fix: trusted ? `add this workflow as a trusted publisher of ${pkg.project}: ${link}` : `use a token scoped to every project released (or trusted publishing), for ${pkg.project} too`,
            more: [answered, nothing, ...claims, ...(trusted ? [`Publisher settings: ${link}`] : [])],
        });
    }
    if (/Non-user identities cannot create new projects/i.test(reason)) {
        return refused(`${pkg.project} (package ${pkg.path}) is not on ${e.label}, and no pending publisher of this workflow creates it`, {
            key: `packages.${JSON.stringify(pkg.path)}`,
            fix: `add a pending publisher for ${pkg.project} (${e.webBase}manage/account/publishing/), or make [project].name match the one registered`,
            more: [answered, nothing, ...claims],
        });
    }
    const fix = verdict.kind === 'refused' ? verdict.fix : 'fix what the message says and re-run';
    return refused(`${e.label} would refuse ${pkg.filename} of ${pkg.project} (package ${pkg.path}): ${reason || `HTTP ${status}`}`, { key: `packages.${JSON.stringify(pkg.path)}`, fix, more: [answered, nothing] });
}
function refused(message, details) {
    return { kind: 'refused', error: new pyrelease_error/* PyreleaseError */.dT('PUBLISH_PROJECT_NOT_PERMITTED', message, details) };
}

;// CONCATENATED MODULE: ./src/stages/publish/confirm-upload-permission.ts



async function confirmUploadPermission(packages, o) {
    for (const p of packages) {
        const f = p.file;
        // The real file's form and digest, with a body that is not the file: the answer is the permission check's.
        const fields = uploadFormFields(f.metadata, { kind: f.name.kind, pythonTag: f.name.pythonTag, sha256: f.file.sha256 });
        const pkg = { path: p.path, project: p.project, filename: f.file.filename };
        const others = packages.filter((x) => x !== p).map((x) => x.project);
        let renewed = false;
        for (;;) {
            const answer = await o.index.upload({ token: await o.token.value(), fields, filename: f.file.filename, bytes: PROBE_BYTES });
            const verdict = judgeProbeAnswer(answer.status, answer.reason, answer.body, { pkg, tokenKind: o.token.kind, claims: o.token.claims, endpoints: o.index.endpoints, others });
            if (verdict.kind === 'permitted')
                break;
            if (verdict.kind === 'refused')
                throw verdict.error;
            if (!renewed && /expired/i.test(verdict.reason) && (await o.token.renew())) {
                renewed = true;
                continue;
            }
            throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_UPLOAD_REFUSED', `${o.index.endpoints.label} did not answer the upload check for ${p.project}: ${verdict.reason}`, { fix: 're-run the job: nothing was uploaded for any package' });
        }
        o.runtime.info(`  ${p.project} (${p.path}): ${o.index.endpoints.label} takes uploads from this ${o.token.kind === 'trusted-publishing' ? 'publisher' : 'token'}`);
    }
}

;// CONCATENATED MODULE: ./src/stages/publish/upload-token.ts




async function obtainUploadToken(o) {
    if (o.password)
        return { kind: 'api-token', value: async () => o.password, renew: async () => false, claims: undefined };
    if (!o.idTokens.available)
        throw (0,actions_id_token/* noIdToken */.o)();
    const audience = o.audience ?? (await o.index.trustedPublishing.audience());
    let current = '';
    let claims;
    const mint = async () => {
        // One retry with a brand-new OIDC token: a replayed or expired JWT is refused, a fresh one is not.
        for (let attempt = 0;; attempt++) {
            const jwt = await o.idTokens.get(audience);
            claims = (0,id_token_claims/* decodeIdTokenClaims */.k4)(jwt);
            if (attempt === 0 && claims?.event_name === 'pull_request_target') {
                throw new pyrelease_error/* PyreleaseError */.dT('TRUSTED_PUBLISHING_REFUSED', 'this run was started by pull_request_target, which trusted publishing never accepts', { key: 'event_name', fix: 'publish from push, release or workflow_dispatch events' });
            }
            if (attempt === 0 && claims && (0,id_token_claims/* isReusableWorkflow */.NM)(claims)) {
                o.runtime.warning(`the publish job runs in a reusable workflow (${claims.job_workflow_ref}): ${o.index.endpoints.label} matches that file, not ${claims.workflow_ref}`);
            }
            const result = await o.index.trustedPublishing.mint(jwt);
            if (result.ok) {
                o.runtime.setSecret(result.token);
                return result.token;
            }
            const code = result.refusal.errors[0]?.code;
            if (attempt === 0 && (code === 'invalid-reuse-token' || code === 'invalid-token'))
                continue;
            throw explainMintRefusal(result.refusal, claims, o.project, o.index.endpoints);
        }
    };
    current = await mint();
    return {
        kind: 'trusted-publishing',
        value: async () => current,
        renew: async () => {
            current = await mint();
            return true;
        },
        get claims() {
            return claims;
        },
    };
}

;// CONCATENATED MODULE: ./src/stages/publish/publish-packages.ts
/**
 * Publishing a monorepo release (#22, #24): every package released in this run or handed over
 * (the releases input) is prepared as a single package is — guarded, built in its own directory,
 * set-checked against its own name and version, twine-checked, signed — before anything is
 * written for any of them. Then one upload token (trusted publishing mints one token for every
 * project that trusts the publisher) is checked against each project, and only then are the
 * packages attached and uploaded, in release order. A refusal names the package; a re-run
 * uploads only what is missing (each package's plan reads the index first).
 */









async function publishPackages(ctx, releases, prepare) {
    const { runtime } = ctx;
    // Several packages and no path: the whole config (no path input narrows it).
    const loaded = (0,stage/* releaseConfigOf */.n)(ctx);
    runtime.info(`publishing ${releases.length} released package(s): ${releases.map((r) => `${r.path} (${r.tagName})`).join(', ')}`);
    // Every package built, checked and signed before anything is written for any of them.
    const runs = [];
    for (const release of releases) {
        const scoped = scopedTo(ctx, loaded, packageAt(loaded, release.path), release);
        runtime.info(`— ${release.path}: ${release.tagName}`);
        runs.push({ release, ctx: scoped, prepared: await prepare(scoped) });
    }
    assertDistinctProjects(runs);
    // upload-all-projects in a member's build: its other projects ride along, keyed by project.
    return uploadTogether(ctx, runs.flatMap((r) => [{ key: r.release.path, ctx: r.ctx, prepared: r.prepared }, ...(r.prepared.companions ?? []).map((c) => ({ key: c.target.project, ctx: r.ctx, prepared: c }))]));
}
/**
 * The writing half for several sets (a monorepo release, or upload-all-projects): one token, every
 * project's permission asked before the first file is sent, then each set attached and uploaded.
 */
async function uploadTogether(ctx, sets) {
    const { settings } = ctx;
    const token = await uploadTokenFor(ctx, sets, { askEachProject: true });
    const finished = [];
    for (const r of sets)
        finished.push({ path: r.key, done: await finishPublish(r.ctx, r.prepared, token) });
    const combined = combine(finished.map((f) => f.done.result), sets, settings.tempDir);
    ctx.results.publish = combined;
    const summary = finished.map((f, i) => f.done.summary.replace(/^### Publish\n/, `### Publish: ${sets[i].prepared.target.project} (\`${f.path}\`)\n`)).join('\n');
    return { outputs: (0,settings_handoff/* packagesPublishOutputs */.jA)(combined, finished.map((f) => ({ path: f.path, result: f.done.result }))), headline: finished.map((f) => f.done.headline).join('; '), summary };
}
/**
 * The upload token, before anything is written (a refused exchange leaves every release
 * untouched), or undefined when nothing is to be sent. One token for all: trusted publishing
 * mints one for every project that trusts the publisher. With `askEachProject`, a project
 * without this publisher — which only shows at upload, as a 403 — is asked of every project
 * before the first file is sent.
 */
async function uploadTokenFor(ctx, sets, o) {
    const { settings, services, runtime } = ctx;
    const needing = sets.filter((r) => r.prepared.plan.toUpload.length > 0);
    const first = needing[0]?.prepared;
    if (settings.dryRun || !first)
        return undefined;
    const token = await obtainUploadToken({ password: settings.password, index: first.index, idTokens: services.idTokens, project: first.target.project, runtime, audience: first.audience });
    if (o.askEachProject) {
        const probes = needing.map((r) => ({ path: r.key, project: r.prepared.target.project, file: r.prepared.build.files.find((f) => r.prepared.plan.toUpload.includes(f.file.filename)) }));
        await confirmUploadPermission(probes, { index: first.index, token, runtime });
    }
    return token;
}
function packageAt(loaded, path) {
    const pkg = loaded.config.packages.find((p) => p.path === path);
    if (pkg)
        return pkg;
    throw new pyrelease_error/* PyreleaseError */.dT('INPUT_INVALID', `the release names the path ${JSON.stringify(path)}, which is not a package of ${loaded.configFile}`, {
        key: 'releases',
        file: loaded.configFile,
        fix: "pass the release job's outputs unchanged (releases: ${{ toJSON(needs.release.outputs) }}) from a release job reading the same config",
    });
}
/** The stage as it runs for one package: its directory, its config entry, its release as the handoff. */
function scopedTo(ctx, loaded, pkg, r) {
    const dir = (0,external_node_path_.join)(ctx.settings.workingDirectory, pkg.path);
    const release = { releaseCreated: true, tagName: r.tagName, ...(r.version && { version: r.version }), ...(r.sha && { sha: r.sha }) };
    const { severalPackages: _, ...services } = ctx.services;
    return {
        ...ctx,
        settings: { ...ctx.settings, packagePath: pkg.path, handoff: { release } },
        results: {},
        services: { ...services, projectDir: dir, releaseConfig: { ...loaded, config: { ...loaded.config, packages: [pkg] }, projectDir: dir } },
    };
}
/** Two packages building the same project would upload each other's version: refused before anything is sent. */
function assertDistinctProjects(runs) {
    const seen = new Map();
    for (const r of runs) {
        const name = (0,distribution_name/* normalizeProjectName */.yz)(r.prepared.target.project);
        const other = seen.get(name);
        if (other !== undefined) {
            throw new pyrelease_error/* PyreleaseError */.dT('INPUT_INVALID', `packages ${JSON.stringify(other)} and ${JSON.stringify(r.release.path)} both build the PyPI project ${r.prepared.target.project}`, {
                key: `packages.${JSON.stringify(r.release.path)}`,
                fix: 'give each package its own [project].name: one PyPI project per package',
            });
        }
        seen.set(name, r.release.path);
    }
}
/** The step's combined result: every package's files as one set (validate checks them together). */
function combine(results, sets, tempDir) {
    const kept = keepDistributions(sets.flatMap((r) => r.prepared.build.files), tempDir);
    const versions = [...new Set(results.map((r) => r.version).filter((v) => v !== undefined))];
    const combined = {
        published: results.every((r) => r.published),
        files: results.flatMap((r) => r.files),
        signed: results.some((r) => r.signed),
        attestations: results.flatMap((r) => r.attestations),
        distributionsDir: kept.dir,
        distributionPaths: kept.paths,
        ...(results[0]?.repositoryUrl && { repositoryUrl: results[0].repositoryUrl }),
        ...(versions.length === 1 && { version: versions[0] }),
    };
    if (results.some((r) => r.githubAttestations))
        combined.githubAttestations = results.flatMap((r) => r.githubAttestations ?? []);
    combined.tags = sets.flatMap(({ prepared: { target } }) => (target.tagName ? [{ project: target.project, tagName: target.tagName }] : []));
    return combined;
}

// EXTERNAL MODULE: ./src/stages/toolchain-for.ts + 1 modules
var toolchain_for = __webpack_require__(43447);
;// CONCATENATED MODULE: ./src/stages/publish.ts
/**
 * stage: publish — what pypa/gh-action-pypi-publish and the seed's build steps did, without
 * Docker: guard (the release commit, the release version), preflight, build and check, upload
 * what the index lacks with a trusted-publishing token, attach the files to the GitHub release.
 */


























const publishStage = {
    name: 'publish',
    title: 'Publish',
    blocking: true,
    fedBy: 'release',
    dryRunSafe: true,
    shouldRun: (ctx) => {
        // A dev build publishes X.Y.Z.devN of the next planned version: it needs no release.
        if (ctx.settings.devBuild !== undefined)
            return { run: true };
        const several = severalToPublish(ctx);
        if (several)
            return several.length > 0 ? { run: true } : { run: false, reason: 'the release job released none of the packages', fix: 'skip the job when nothing was released (if: ${{ needs.release.outputs.releases_created == \'true\' }})' };
        const choice = releaseToPublish(ctx);
        return choice.kind === 'none' ? { run: false, reason: choice.reason, fix: choice.fix } : { run: true };
    },
    run: runPublish,
};
async function runPublish(ctx) {
    const several = severalToPublish(ctx);
    if (several)
        return publishPackages(ctx, several, preparePublish);
    const prepared = await preparePublish(ctx);
    // upload-all-projects: the released package and the other projects of its build, uploaded together.
    if (prepared.companions)
        return uploadTogether(ctx, [{ key: '.', ctx, prepared }, ...prepared.companions.map((c) => ({ key: c.target.project, ctx, prepared: c }))]);
    // One project: its token is its permission (a refusal is the exchange's, before anything is written).
    const token = await uploadTokenFor(ctx, [{ key: '.', ctx, prepared }], { askEachProject: false });
    const done = await finishPublish(ctx, prepared, token);
    ctx.results.publish = done.result;
    return { outputs: (0,settings_handoff/* publishOutputs */.eB)(done.result), headline: done.headline, summary: done.summary };
}
/**
 * Everything that can be done before anything is written: the guard, the preflight, the build
 * and its checks, the upload plan, signing and build provenance. A monorepo prepares every
 * package this way before the first upload for any of them (publish-packages.ts).
 */
async function preparePublish(ctx) {
    const { settings, services, runtime } = ctx;
    // A dev build publishes X.Y.Z.devN from a copy of the project; it has no release to guard.
    const dev = settings.devBuild ? await prepareDevBuild(ctx) : undefined;
    if (dev)
        runtime.info(dev.note);
    const target = dev?.target ?? (await guard(ctx));
    const index = services.index();
    runtime.info(`publishing ${target.project} ${target.version ?? '(version from the build)'} from ${target.sha.slice(0, 7)} to ${index.endpoints.uploadUrl}`);
    // A handed-over set is judged before anything else: a wrong file stops the run with no request sent.
    const prebuilt = settings.packagesDir ? prebuiltDistributions(settings.packagesDir.path, settings.packagesDir.label, target.project, target.version, settings.uploadAllProjects) : undefined;
    if (prebuilt)
        runtime.info(`  packages-dir ${settings.packagesDir.label}: ${prebuilt.paths.length} distribution(s), nothing is built`);
    const dir = dev?.dir ?? (0,stage/* projectDirectory */.t)(ctx, 'stage publish');
    const tc = await (0,toolchain_for/* toolchainFor */.r)(ctx);
    // Files known up front are checked (twine's interpreter start included) while the preflight asks the index.
    const prebuiltCheck = prebuilt ? checkDistributions(tc, prebuilt, { project: target.project, cwd: dir, runtime }) : undefined;
    prebuiltCheck?.catch(() => undefined);
    // upload: false asks nothing of an index: no credentials, no version check (the files go to the GitHub release only).
    const preflight = !settings.upload ? { checks: [], audience: undefined, remote: null } : await publishPreflight({ password: settings.password, sign: settings.sign && !settings.dryRun, signing: { serverUrl: settings.serverUrl, fulcioUrl: settings.fulcioUrl, rekorUrl: settings.rekorUrl, trustedRoot: settings.trustedRoot }, idTokens: services.idTokens, index, project: target.project, version: target.version, force: target.mode === 'force', skipExisting: settings.skipExisting, inActions: runtime.kind === 'action' && !settings.dryRun });
    for (const c of preflight.checks)
        runtime.info(`  preflight ${c.name}: ${c.level} — ${c.detail}`);
    const failed = preflight.checks.find((c) => c.level === 'fail');
    if (failed?.error)
        throw failed.error;
    // The release's assets, read once: the first attempt's files (build once) and what still lacks a bundle.
    const onRelease = settings.dryRun || !target.tagName || !settings.token || !settings.repository ? undefined : await readReleaseAssets(services.github(), target.tagName);
    const kept = prebuilt || !onRelease ? undefined : await keptDistributions(services.github(), onRelease, { project: target.project, version: target.version, tempDir: settings.tempDir });
    if (!settings.upload && !settings.dryRun && !onRelease)
        throw nothingToAttach(target.tagName);
    if (kept)
        runtime.info(`  ${kept.paths.length} distribution(s) of the first attempt, kept on the GitHub release and verified by sha256: nothing is rebuilt`);
    const source = prebuilt ??
        kept ??
        (settings.buildCommand ? await runBuildCommand(settings.buildCommand, { projectDir: dir, project: target.project, version: target.version, sourceDateEpoch: await services.git.commitTime(target.sha), runtime, allProjects: settings.uploadAllProjects }) : undefined) ??
        (await buildDistributions(tc, {
            dir,
            tempDir: settings.tempDir,
            project: target.project,
            version: target.version,
            isolation: settings.buildIsolation,
            sourceDateEpoch: await services.git.commitTime(target.sha),
            runtime,
        }));
    const prepared = await prepareSet(ctx, { target, dev, index, source, tc, dir, onRelease, audience: preflight.audience, checked: prebuiltCheck, known: preflight.remote });
    // upload-all-projects: each other project of the same build is a set of its own, prepared before anything is sent.
    const companions = [];
    for (const c of source.companions ?? []) {
        runtime.info(`  upload-all-projects: ${c.project} ${c.source.version} from the same build`);
        companions.push(await prepareSet(ctx, { target: { ...target, project: c.project, version: c.source.version }, dev, index, source: c.source, tc, dir, onRelease, audience: preflight.audience, companion: true }));
    }
    return companions.length > 0 ? { ...prepared, companions } : prepared;
}
/** One project's set, from its files to its plan: checked, planned against the index, signed, attested. */
async function prepareSet(ctx, o) {
    const { settings, services, runtime } = ctx;
    const { target, dev, index, source, tc, dir, checked, known, companion } = o;
    const label = index.endpoints.label;
    // Another project of the same build is not attached to this release: the release is the released package's.
    const onRelease = companion ? undefined : o.onRelease;
    const build = checked ? await checked : await checkDistributions(tc, source, { project: target.project, cwd: dir, runtime });
    const version = source.version;
    const signInputsNote = settings.sign ? checkSignInputs(settings.signInputs, settings.workingDirectory, build.files.map((f) => f.file.filename)) : undefined;
    if (signInputsNote)
        runtime.info(signInputsNote);
    // print-hash: the three digests pypa's print-hash.py shows, before anything is sent.
    if (settings.printHash)
        for (const f of build.files)
            runtime.info(`  ${f.file.filename}: sha256 ${f.file.sha256}, md5 ${md5Of(f.file.bytes)}, blake2b-256 ${blake2b256Of(f.file.bytes)}`);
    const local = build.files.map((f) => ({ filename: f.file.filename, sha256: f.file.sha256 }));
    const remote = known !== undefined ? known : await index.releaseFiles(target.project, version);
    const plan = settings.upload ? planUploads(local, remote, { force: target.mode === 'force', skipExisting: settings.skipExisting, version, indexLabel: label, nameIsEnough: dev !== undefined }) : { toUpload: [], alreadyThere: [] };
    if (settings.smokeTestBeforeUpload && !companion)
        runtime.info(await smokeTestBeforeUpload(build, { project: target.project, version, importNames: settings.importNames, command: settings.smokeTest, uv: tc.uv, tempDir: settings.tempDir, runtime }));
    // Sign what is uploaded now, and what lacks its bundle on the GitHub release (a re-run after a failed attach).
    const attached = new Set(onRelease?.assets.filter((a) => a.state === 'uploaded').map((a) => a.name));
    const toSign = !settings.sign || settings.dryRun ? [] : build.files.filter((f) => plan.toUpload.includes(f.file.filename) || (onRelease !== undefined && !attached.has(`${f.file.filename}.sigstore.json`)));
    const signed = await signDistributions(toSign, { signer: services.signer(), trustedRoot: () => services.trustedRoot(), tempDir: settings.tempDir, serverUrl: settings.serverUrl });
    for (const s of signed)
        runtime.info(`  signed ${s.filename}: Rekor log index ${s.logIndex ?? '?'}, bundle ${s.bundlePath}`);
    // github-attestations: before anything is attached or uploaded (a missing attestations: write stops here, nothing sent).
    const provenance = settings.githubAttestations && !settings.dryRun && settings.repository ? await attestOnGitHub(build.files, { github: services.github(), idTokens: services.idTokens, signer: services.signer(), trustedRoot: () => services.trustedRoot(), serverUrl: settings.serverUrl, repository: `${settings.repository.owner}/${settings.repository.repo}` }) : [];
    for (const a of provenance)
        runtime.info(`  build provenance of ${a.filename}: ${a.url}${a.created ? '' : ' (already there)'}`);
    return { target, dev, index, label, source, build, version, plan, signed, provenance, onRelease, audience: o.audience, ...(companion && { attachNote: `${target.project} ${version} comes from the same build as the released package: uploaded, not attached to its GitHub release.` }) };
}
/** `pyrelease check --publish`: the preflight alone, for the version at HEAD (nothing is built or sent). */
async function publishPreflightAtHead(ctx) {
    const { settings, services } = ctx;
    const project = (0,project_file/* readProject */.W)((0,stage/* projectDirectory */.t)(ctx, 'stage publish'));
    // upload: false asks nothing of an index: no credentials, no version check (the files go to the GitHub release only).
    const preflight = !settings.upload ? { checks: [], audience: undefined, remote: null } : await publishPreflight({ password: settings.password, sign: false, idTokens: services.idTokens, index: services.index(), project: project.name, version: project.version, force: false, skipExisting: false, inActions: ctx.runtime.kind === 'action' });
    return preflight.checks;
}
/** Reads what the checkout and the release say, and lets core decide (no build before this passes). */
async function guard(ctx) {
    const { settings, services } = ctx;
    const choice = releaseToPublish(ctx);
    if (choice.kind === 'none')
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_NO_RELEASE', `nothing to publish: ${choice.reason}`, { key: 'release_created', fix: choice.fix });
    const project = (0,project_file/* readProject */.W)((0,stage/* projectDirectory */.t)(ctx, 'stage publish'));
    const headSha = await services.git.resolveCommit('HEAD');
    if (choice.kind === 'force')
        return decidePublishTarget({ forcePublish: true, release: { tagName: choice.tagName }, project, headSha });
    const { tagName } = choice;
    // release-please-action hands over tag_name, often without version: the tag says it, in the project's own tag format.
    const version = choice.version ?? (tagName ? versionOfReleaseTag(tagName, (0,tag_style/* tagStyleOf */.Hn)(releasePackage(ctx)), { input: choice.from === 'event' ? `the ${settings.eventName} event's tag` : 'input tag_name', configFile: (0,stage/* releaseConfigOf */.n)(ctx).configFile }) : undefined);
    if (choice.prerelease && tagName && version)
        assertPreReleaseMatches(tagName, version);
    const tagSha = tagName ? await tagCommit(ctx, tagName) : undefined;
    // A tag from an event exists (GitHub made the event from it); one handed over must be found, or its commit given as sha.
    const eventSha = choice.from === 'event' ? settings.eventRelease?.sha : undefined;
    if (tagName && tagSha === undefined && !choice.sha && !eventSha && choice.from !== 'this run') {
        throw new pyrelease_error/* PyreleaseError */.dT('PUBLISH_TAG_UNKNOWN', `tag ${tagName} is neither in this checkout nor on GitHub, so the commit to publish is unknown`, { key: 'tag_name', fix: "pass the release job's sha (sha: ${{ needs.release.outputs.sha }}), or check out with fetch-tags: true after the tag is pushed" });
    }
    const fixes = choice.from === 'event' ? EVENT_FIXES : undefined;
    return decidePublishTarget({ forcePublish: settings.forcePublish, release: { version, tagName, sha: choice.sha }, project, headSha, tagSha: tagSha ?? eventSha, ...(fixes && { fixes }) });
}
/** On a release event or a tag push the checkout is the tag, so a mismatch is in the tag itself. */
const EVENT_FIXES = {
    checkout: 'check out the tag (actions/checkout with no ref: on a release or tag event it checks out the tag)',
    version: 'the tag was put on a commit whose pyproject.toml has another version: merge the release PR and tag its merge commit, or bump [project] version before tagging',
};
/** Where the release tag points: GitHub's tag when the job can read it (the ground truth), else the checkout's own. */
async function tagCommit(ctx, tagName) {
    const { settings, services } = ctx;
    const remote = settings.token && settings.repository ? await services.github().getTagCommit(tagName) : undefined;
    return remote ?? (await services.git.tagCommit(tagName));
}
function releaseToPublish(ctx) {
    const { settings, results, services } = ctx;
    // The releases input names each path's release; one package's step (path:, or a config of one) takes its own.
    const handoff = settings.handoff.releases ? (0,settings_handoff/* selectPathRelease */.b2)(settings.handoff, settings.packagePath ?? services.releaseConfig?.config.packages[0]?.path ?? '.').release : settings.handoff.release;
    return chooseRelease({ inRun: results.release, handoff, event: settings.eventRelease, forcePublish: settings.forcePublish });
}
/**
 * A config with several packages and no path: the packages released in this step (the release
 * stage's per-path outputs, read as a later job reads them) or handed over in the releases
 * input. Undefined when neither says (a tag push, a dev build): those act on one package.
 */
function severalToPublish(ctx) {
    if (!ctx.services.severalPackages || ctx.settings.devBuild !== undefined)
        return undefined;
    const inRun = ctx.results.outputs?.release;
    if (inRun) {
        const read = (0,released_paths/* releasedPaths */.K)(inRun);
        const released = read.ok ? read.releases : [];
        return released.length > 0 ? released : (ctx.results.releasesAtHead ?? []);
    }
    return ctx.settings.handoff.releases;
}
function releasePackage(ctx) {
    const { config } = (0,stage/* releaseConfigOf */.n)(ctx);
    return config.packages.find((p) => p.path === (ctx.settings.packagePath ?? '.')) ?? config.packages[0];
}
/** upload: false has one job, attaching to the release: without one, the run fails rather than pass having done nothing. */
function nothingToAttach(tag) {
    return new pyrelease_error/* PyreleaseError */.dT('PUBLISH_NOTHING_TO_ATTACH', `upload: false attaches the files to the GitHub release, but ${tag ? `there is no release for ${tag}` : 'this run has no release tag'} (or no token to reach it)`, {
        key: 'upload',
        fix: 'publish for a release (stage: all, or the release job\'s outputs release_created, tag_name, sha) with token: and permissions: contents: write; nothing was built or uploaded',
    });
}


/***/ })

};

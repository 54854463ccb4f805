export const id = 791;
export const ids = [791];
export const modules = {

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
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('OIDC_TOKEN_FAILED', `the Actions runtime did not hand out an OIDC token (HTTP ${answer.status})`, {
                fix: 'check that the job has permissions: id-token: write, then re-run',
            });
        }
        this.mask(value);
        return value;
    }
}
function noIdToken() {
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('OIDC_UNAVAILABLE', 'trusted publishing needs an OIDC token, and this job cannot get one (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', {
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

/***/ 12791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createServices: () => (/* binding */ createServices),
  githubFor: () => (/* binding */ githubFor)
});

// EXTERNAL MODULE: ./src/adapters/git/repository.ts + 1 modules
var repository = __webpack_require__(18249);
// EXTERNAL MODULE: ./src/adapters/github/client.ts + 2 modules
var github_client = __webpack_require__(83675);
// EXTERNAL MODULE: ./src/adapters/http/transport.ts
var transport = __webpack_require__(34640);
// EXTERNAL MODULE: ./src/adapters/policy.ts
var adapters_policy = __webpack_require__(38404);
// EXTERNAL MODULE: ./src/adapters/oidc/actions-id-token.ts
var actions_id_token = __webpack_require__(86737);
// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
// EXTERNAL MODULE: ./src/core/publish/index-endpoints.ts
var index_endpoints = __webpack_require__(61044);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
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
            throw new pyrelease_error.PyreleaseError('INDEX_UNREADABLE', `the simple index answered ${url} with HTTP ${answer.status}`, { key: 'index-url', fix: 'check index-url / repository-url; re-run if the index had a hiccup' });
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
    throw new pyrelease_error.PyreleaseError('INDEX_UNREADABLE', `the simple index redirected ${pageUrl} too many times`, { key: 'index-url', fix: 'check index-url / repository-url' });
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
        throw new pyrelease_error.PyreleaseError('TRUSTED_PUBLISHING_UNSUPPORTED', `${this.label} ${disabled ? 'has trusted publishing switched off' : `does not offer trusted publishing (GET ${this.base}_/oidc/audience answered ${answer.status})`}`, {
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
            throw new pyrelease_error.PyreleaseError('INDEX_UNREADABLE', `the index answered ${url} with HTTP ${answer.status} and no release JSON`, { key: 'index-url', fix: 'check index-url / repository-url; re-run if the index had a hiccup' });
        }
        return urls.flatMap((u) => {
            const f = u;
            return typeof f?.filename === 'string' && typeof f.digests?.sha256 === 'string' ? [{ filename: f.filename, sha256: f.digests.sha256, yanked: f.yanked === true }] : [];
        });
    }
    throw new pyrelease_error.PyreleaseError('INDEX_UNREADABLE', `the index redirected ${jsonUrl} too many times`, { key: 'index-url', fix: 'check index-url / repository-url' });
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
            throw new pyrelease_error.PyreleaseError('SIGNING_TOKEN_EXPIRED', 'the OIDC token for Sigstore was already expired when it arrived', { fix: "check the runner's clock, then re-run" });
        }
        return token;
    }
    explain(error, what) {
        if ((0,pyrelease_error.isPyreleaseError)(error))
            return error;
        // The library's token errors embed the raw token in their message: never show it, only the code.
        if (!(error instanceof dist/* InternalError */.Gd))
            return new pyrelease_error.PyreleaseError('SIGNING_FAILED', `signing ${what} failed`, { fix: 're-run; if it persists, set sign: false to publish unsigned' });
        const cause = error.cause;
        if ((0,pyrelease_error.isPyreleaseError)(cause))
            return cause;
        const status = typeof cause?.statusCode === 'number' ? cause.statusCode : undefined;
        const attempts = this.policy.retries + 1;
        switch (error.code) {
            case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
                return this.serviceFailure('Fulcio', this.endpoints.fulcioUrl, 'fulcio-url', status, cause, attempts, `gave no certificate for ${what}`, () => new pyrelease_error.PyreleaseError('SIGNING_IDENTITY_REFUSED', `Fulcio (${new URL(this.endpoints.fulcioUrl).host}) refused the identity for ${what} (HTTP ${status}): ${messageOf(cause)}`, { key: 'fulcio-url', fix: 'the Actions OIDC token must be accepted by this Fulcio: for a private Sigstore, check fulcio-url and its OIDC issuer configuration' }));
            case 'TLOG_CREATE_ENTRY_ERROR':
            case 'TLOG_FETCH_ENTRY_ERROR':
                return this.serviceFailure('Rekor', this.endpoints.rekorUrl, 'rekor-url', status, cause, attempts, `did not record the signature of ${what}`, () => new pyrelease_error.PyreleaseError('SIGNING_UNAVAILABLE', `Rekor (${new URL(this.endpoints.rekorUrl).host}) refused the signature of ${what} (HTTP ${status}): ${messageOf(cause)}`, { key: 'rekor-url', fix: 'check rekor-url (it must belong to the same Sigstore instance as fulcio-url), then re-run' }));
            case 'IDENTITY_TOKEN_READ_ERROR':
            case 'IDENTITY_TOKEN_PARSE_ERROR':
                return new pyrelease_error.PyreleaseError('SIGNING_FAILED', `the OIDC token for Sigstore could not be read (${error.code})`, { fix: 'check that the job has permissions: id-token: write, then re-run' });
            default:
                return new pyrelease_error.PyreleaseError('SIGNING_FAILED', `signing ${what} failed (${error.code})`, { fix: 're-run; if it persists, set sign: false to publish unsigned' });
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
            return new pyrelease_error.PyreleaseError('SIGNING_UNAVAILABLE', `${service} (${host}) is unreachable${via ? ` through the proxy ${via}` : ''}: it ${outcome} after ${attempts} attempts (${(0,fetch_with_retry/* describeNetworkError */.gl)(cause, this.policy.attemptTimeoutMs)})`, {
                key,
                fix: via ? `check that the proxy ${via} (HTTPS_PROXY) reaches ${host}, or add it to NO_PROXY; nothing was uploaded` : `check the runner's network (DNS, firewall) reaches ${host}, then re-run (nothing was uploaded), or set sign: false to publish unsigned`,
            });
        }
        if (status === 429)
            return new pyrelease_error.PyreleaseError('SIGNING_UNAVAILABLE', `${service} (${host}) rate-limited the signing: it ${outcome} after ${attempts} attempts (HTTP 429)`, { key, fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
        if (status === 407)
            return new pyrelease_error.PyreleaseError('NETWORK_PROXY_REFUSED', `the proxy ${via ?? ''} refused to connect to ${host} (HTTP 407 Proxy Authentication Required)`.replace('proxy  ', 'proxy '), { key: 'HTTPS_PROXY', fix: `give the proxy's credentials in HTTPS_PROXY (from a secret), or add ${host} to NO_PROXY` });
        if (status >= 400 && status < 500 && status !== 408) {
            const error = refused();
            // Behind a proxy, a 403 may be the proxy's own refusal replayed to the client (https-proxy-agent does that).
            return via ? new pyrelease_error.PyreleaseError(error.code, `${error.message} — through the proxy ${via}, which may have sent it`, { ...error.details, fix: `${error.details.fix ?? ''}; if the proxy refused, allow ${host} on it or add it to NO_PROXY` }) : error;
        }
        return new pyrelease_error.PyreleaseError('SIGNING_UNAVAILABLE', `${service} (${host}) ${outcome} after ${attempts} attempts (HTTP ${status})`, { key, fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
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
            throw new pyrelease_error.PyreleaseError('SIGSTORE_TRUST_ROOT_INVALID', `the trusted root ${path} cannot be read: ${error.message}`, { key: 'trusted-root', file: path, fix: 'give the trusted_root.json of your Sigstore instance (cosign/sigstore tooling can print it), or leave trusted-root empty for the public-good instance' });
        }
    }
    try {
        return await (0,tuf_dist.getTrustedRoot)({ cachePath: (0,external_node_path_.join)(tempDir, 'pyrelease-sigstore-tuf'), timeout: timeoutMs, retry: 2 });
    }
    catch (error) {
        throw new pyrelease_error.PyreleaseError('SIGSTORE_TRUST_ROOT_UNAVAILABLE', `the Sigstore trust root could not be fetched from its TUF repository: ${error.message}`, { key: 'trusted-root', fix: 're-run (nothing was uploaded); the runner needs https access to tuf-repo-cdn.sigstore.dev, or pass trusted-root with a local trusted_root.json' });
    }
}

;// CONCATENATED MODULE: ./src/services.ts










/** The real adapters for a run; tests pass a faster policy table. */
/** `gitEnv`: what every git process on the repository needs (a blob-less clone's credentials, stages/workspace-source.ts). */
function createServices(settings, runtime, clock, policies = adapters_policy/* policy */.JN, gitEnv) {
    (0,transport/* useProxy */.C)(settings.proxy);
    const idTokens = new actions_id_token/* ActionsIdTokens */.P(settings.idTokenRequest, policies.oidc, clock, (secret) => runtime.setSecret(secret));
    return {
        git: new repository/* GitRepository */.x(settings.workingDirectory, gitEnv && { env: gitEnv }),
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
            throw new pyrelease_error.PyreleaseError('GITHUB_NO_TOKEN', 'no GitHub token was given', { key: 'token', fix: 'leave the token input at its default (${{ github.token }}) or pass a GitHub App token' });
        if (!settings.repository)
            throw new pyrelease_error.PyreleaseError('REPOSITORY_UNKNOWN', 'cannot tell which repository to release', { fix: 'run in GitHub Actions (GITHUB_REPOSITORY is set there)' });
        client = new github_client.GitHubClient(settings.token, { apiUrl: settings.apiUrl, ...(settings.graphqlUrl && { graphqlUrl: settings.graphqlUrl }), ...settings.repository }, policies.github, clock);
        return client;
    };
}


/***/ })

};

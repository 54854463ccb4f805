export const id = 721;
export const ids = [721];
export const modules = {

/***/ 98556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseImportCheck),
/* harmony export */   oB: () => (/* binding */ IMPORT_CHECK_PROGRAM)
/* harmony export */ });
/* unused harmony export parseImportNames */
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/**
 * What the installed-package check runs inside the fresh environment: a fixed Python program
 * (never built from input) that finds the distribution's top-level import names from its
 * metadata, imports them and prints one JSON line. Overridable import names are validated as
 * dotted identifiers before they reach the program's argv.
 */

const IMPORT_CHECK_PROGRAM = `
import importlib, importlib.metadata as md, json, sys
name, wanted = sys.argv[1], [m for m in sys.argv[2:] if m]
dist = md.distribution(name)
def top_level():
    text = dist.read_text("top_level.txt")
    if text:
        return [l.strip() for l in text.splitlines() if l.strip()]
    found = []
    for f in dist.files or []:
        parts = f.parts
        if not parts or parts[0].endswith((".dist-info", ".data")) or parts[0] == ".." or parts[0].startswith("__"):
            continue
        if len(parts) == 1 and parts[0].endswith(".py"):
            mod = parts[0][:-3]
        elif len(parts) > 1 and parts[1] == "__init__.py":
            mod = parts[0]
        else:
            continue
        if mod not in found:
            found.append(mod)
    return found
modules = wanted or top_level()
errors = {}
for m in modules:
    try:
        importlib.import_module(m)
    except Exception as e:
        errors[m] = "%s: %s" % (type(e).__name__, e)
print(json.dumps({"version": dist.version, "modules": modules, "errors": errors}))
`;
function parseImportCheck(stdout) {
    const line = stdout.trim().split('\n').pop() ?? '';
    try {
        const v = JSON.parse(line);
        if (typeof v.version === 'string' && Array.isArray(v.modules) && typeof v.errors === 'object' && v.errors !== null)
            return v;
    }
    catch {
        // fall through
    }
    return undefined;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function parseImportNames(raw) {
    const names = raw.split(/[\s,]+/).filter(Boolean);
    const bad = names.filter((n) => !IDENTIFIER.test(n));
    if (bad.length > 0) {
        throw new PyreleaseError('INPUT_BAD_IMPORT_NAME', `input 'import-name' has ${bad.map((b) => JSON.stringify(b)).join(', ')}, which ${bad.length > 1 ? 'are not module names' : 'is not a module name'}`, { key: 'import-name', fix: 'give the dotted module names to import, separated by spaces, e.g. import-name: demo_pkg' });
    }
    return names;
}


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b2: () => (/* binding */ selectPathRelease),
/* harmony export */   eB: () => (/* binding */ publishOutputs),
/* harmony export */   jA: () => (/* binding */ packagesPublishOutputs)
/* harmony export */ });
/* unused harmony exports releaseOutputs, manifestReleaseOutputs, validateOutputs, readHandoff */
/* harmony import */ var _core_publish_pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98084);
/* harmony import */ var _core_version_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42752);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6376);
/* harmony import */ var _parse_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12085);
/**
 * A stage's typed results ⇄ action outputs. With `stage: all` results flow in memory; when
 * stages run in separate jobs, the next job passes the previous job's outputs back as inputs
 * of the same names, and readHandoff() turns them back into these types.
 */







/**
 * release-please-action's output names and value forms (release-please-behaviour.md §11): a
 * release of the root package sets `release_created`, `tag_name`, …; one of a package at another
 * path sets them as `<path>--release_created`, `<path>--tag_name`, … and leaves the plain names empty.
 */
function releaseOutputs(r) {
    const path = r.path ?? '.';
    const out = { releases_created: String(r.releaseCreated), prs_created: String(r.prsCreated), paths_released: JSON.stringify(r.releaseCreated ? [path] : []) };
    const set = (key, value) => void (out[path === '.' ? key : `${path}--${key}`] = value);
    // release-please leaves release_created empty (not "false") when the package did not release.
    if (r.releaseCreated) {
        set('release_created', 'true');
        set('path', path);
        if (r.tagName)
            set('tag_name', r.tagName);
        if (r.sha)
            set('sha', r.sha);
        if (r.htmlUrl)
            set('html_url', r.htmlUrl);
        if (r.uploadUrl)
            set('upload_url', r.uploadUrl);
        if (r.name !== undefined)
            set('name', r.name);
        if (r.body !== undefined)
            set('body', r.body);
        if (r.id !== undefined)
            set('id', String(r.id));
        if (r.draft !== undefined)
            set('draft', String(r.draft));
        if (r.prNumber !== undefined)
            set('prNumber', String(r.prNumber));
        if (r.version)
            for (const [k, v] of Object.entries(versionParts(r.version)))
                set(k, v);
    }
    if (r.pr && r.prsCreated) {
        out.pr = JSON.stringify(r.pr);
        out.prs = JSON.stringify([r.pr]);
    }
    return out;
}
/**
 * release-please-action's outputs for several paths (outputReleases, outputPRs): each release's
 * keys under its path (plain for "."), `releases_created` and `paths_released` for all of them,
 * `prs_created`, `pr` (the first) and `prs`.
 */
function manifestReleaseOutputs(releases, prs) {
    const out = {};
    for (const r of releases)
        Object.assign(out, releaseOutputs({ ...r, prsCreated: false }));
    out.releases_created = String(releases.length > 0);
    out.paths_released = JSON.stringify(releases.map((r) => r.path ?? '.'));
    out.prs_created = String(prs.length > 0);
    if (prs.length > 0) {
        out.pr = JSON.stringify(prs[0]);
        out.prs = JSON.stringify(prs);
    }
    return out;
}
function publishOutputs(p) {
    const out = { published: String(p.published), files: JSON.stringify(p.files), signed: String(p.signed), attestations: JSON.stringify(p.attestations) };
    if (p.version)
        out.version = p.version;
    if (p.repositoryUrl)
        out.repository_url = p.repositoryUrl;
    if (p.distributionsDir)
        out.distributions_dir = p.distributionsDir;
    if (p.distributionPaths)
        out.distributions = p.distributionPaths.join('\n');
    if (p.githubAttestations)
        out.github_attestations = p.githubAttestations.join('\n');
    return out;
}
/**
 * Several packages published in one step: the combined outputs (every file, as one set), plus
 * each package's own under its path, as release-please-action names per-path outputs
 * (`<path>--files`, `<path>--distributions`, …). The root package "." has only the combined ones.
 */
function packagesPublishOutputs(combined, perPath) {
    const out = publishOutputs(combined);
    out.paths_published = JSON.stringify(perPath.map((p) => p.path));
    for (const { path, result } of perPath) {
        if (path === '.')
            continue;
        for (const [k, v] of Object.entries(publishOutputs(result)))
            out[`${path}--${k}`] = v;
    }
    return out;
}
function validateOutputs(v) {
    const out = { validated: String(v.validated) };
    if (v.visibleAfterSeconds !== undefined)
        out.visible_after = String(v.visibleAfterSeconds);
    if (v.installableAfterSeconds !== undefined)
        out.installable_after = String(v.installableAfterSeconds);
    return out;
}
function versionParts(version) {
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
    return m ? { version, major: m[1], minor: m[2], patch: m[3] } : { version };
}
/**
 * Reads earlier jobs' outputs given back as inputs (`version`, `tag_name`, `sha`, `release_created`,
 * `files`). Each is checked in the form the release and publish stages output it, so a value that
 * was not passed through unchanged fails here, before anything is built or written; every
 * problem is reported at once.
 */
function readHandoff(get) {
    const p = new ProblemCollector();
    const handoff = {};
    const release = {};
    const created = get('release_created');
    // release-please-action leaves release_created empty (not "false") when nothing was released.
    if (created !== '')
        release.releaseCreated = p.take(() => parseBoolean('release_created', created, false), false);
    const version = get('version');
    if (version !== '')
        release.version = p.take(() => checked('version', version, isVersion, 'a version like 1.2.3', 'version: ${{ needs.release.outputs.version }} (for stage: rollback, the version to roll back, e.g. version: 1.3.0)'), undefined);
    const tagName = get('tag_name');
    if (tagName !== '')
        release.tagName = p.take(() => checked('tag_name', tagName, (t) => tagNameProblem(t) === undefined, 'a tag name git accepts', 'tag_name: ${{ needs.release.outputs.tag_name }}'), undefined);
    const sha = get('sha');
    if (sha !== '')
        release.sha = p.take(() => checked('sha', sha, (s) => /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(s), 'a full commit sha', 'sha: ${{ needs.release.outputs.sha }}'), undefined);
    for (const key of ['releaseCreated', 'version', 'tagName', 'sha'])
        if (release[key] === undefined)
            delete release[key];
    if (Object.keys(release).length > 0)
        handoff.release = release;
    const releases = get('releases');
    if (releases !== '') {
        const parsed = p.take(() => parseReleases(releases), undefined);
        if (parsed)
            handoff.releases = parsed;
    }
    const files = get('files');
    if (files !== '') {
        const parsed = p.take(() => parseFiles(files), undefined);
        if (parsed)
            handoff.publish = { files: parsed };
    }
    if (p.problems.length > 0)
        throw new PyreleaseErrors(p.problems);
    return handoff;
}
function isVersion(text) {
    return normalizePep440(text) !== undefined || tryParseVersion(text) !== undefined;
}
function checked(name, raw, ok, form, passThrough) {
    if (ok(raw))
        return raw;
    throw new PyreleaseError('INPUT_INVALID', `input '${name}' must be ${form}, got ${JSON.stringify(raw.slice(0, 60))}`, {
        key: name,
        fix: `pass the earlier job's output through unchanged: ${passThrough}`,
    });
}
const RELEASES_FIX = 'pass the release job\'s outputs as one object: releases: ${{ toJSON(needs.release.outputs) }}';
/** The `releases` input: release-please-action's outputs object; each path's tag and sha in the form the single inputs take. */
function parseReleases(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        value = undefined;
    }
    if (!isRecord(value)) {
        throw new PyreleaseError('INPUT_INVALID', `input 'releases' must be the release job's outputs as a JSON object, got ${JSON.stringify(text.slice(0, 60))}`, { key: 'releases', fix: RELEASES_FIX });
    }
    const read = releasedPaths(value);
    if (!read.ok)
        throw new PyreleaseError('INPUT_INVALID', `input 'releases' ${read.problem}`, { key: 'releases', fix: RELEASES_FIX });
    for (const r of read.releases) {
        checked('releases', r.tagName, (t) => tagNameProblem(t) === undefined, `a tag name git accepts for ${JSON.stringify(r.path)}`, RELEASES_FIX);
        if (r.version !== undefined)
            checked('releases', r.version, isVersion, `a version like 1.2.3 for ${JSON.stringify(r.path)}`, RELEASES_FIX);
        if (r.sha !== undefined)
            checked('releases', r.sha, (s) => /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(s), `a full commit sha for ${JSON.stringify(r.path)}`, RELEASES_FIX);
    }
    return read.releases;
}
/**
 * With `path:` (a matrix over paths_released) the `releases` input names that path's release:
 * it becomes the single handoff, as if release_created and tag_name had been passed for it. A
 * path the release job did not release hands over release_created: false (nothing to publish).
 */
function selectPathRelease(handoff, path) {
    if (!handoff.releases || handoff.release?.releaseCreated !== undefined)
        return handoff;
    const r = handoff.releases.find((x) => x.path === path);
    return { ...handoff, release: r ? { releaseCreated: true, tagName: r.tagName, ...(r.version && { version: r.version }), ...(r.sha && { sha: r.sha }) } : { releaseCreated: false } };
}
function parseFiles(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw filesError(text);
    }
    if (!Array.isArray(value))
        throw filesError(text);
    return value.map((f) => {
        if (typeof f !== 'object' || f === null)
            throw filesError(text);
        const { name, sha256 } = f;
        if (typeof name !== 'string' || typeof sha256 !== 'string')
            throw filesError(text);
        return { name, sha256 };
    });
}
function filesError(text) {
    return new PyreleaseError('INPUT_INVALID', `input 'files' must be the JSON list the publish stage outputs, got ${JSON.stringify(text.slice(0, 60))}`, {
        key: 'files',
        fix: 'pass it through unchanged: files: ${{ needs.<publish-job>.outputs.files }}',
    });
}


/***/ }),

/***/ 12085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Z0: () => (/* binding */ parseIndexUrl),
/* harmony export */   kE: () => (/* binding */ proxyFromEnv),
/* harmony export */   ln: () => (/* binding */ parsePythonVersions),
/* harmony export */   mR: () => (/* binding */ parseToolVersion),
/* harmony export */   o2: () => (/* binding */ parsePytestArgs),
/* harmony export */   tH: () => (/* binding */ ProblemCollector),
/* harmony export */   uf: () => (/* binding */ parseUploadUrl),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseShellFreeArgs, parseServiceUrl, parseSeconds, existingFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6376);
/** Value parsers shared by the action and CLI readers; each names the input it failed on. */



const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans, like core.getBooleanInput, but with an error that says what to write. */
function parseBoolean(name, raw, fallback) {
    if (raw === '')
        return fallback;
    if (TRUE.has(raw))
        return true;
    if (FALSE.has(raw))
        return false;
    throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_NOT_BOOLEAN', `input '${name}' must be true or false, got ${JSON.stringify(raw)}`, {
        key: name,
        fix: `write ${name}: true or ${name}: false`,
    });
}
const PYTHON_VERSION = /^(pypy)?3\.\d{1,2}(\.\d{1,2})?(t)?$/;
function parsePythonVersions(name, raw) {
    const versions = raw.split(/[\s,]+/).filter((v) => v !== '');
    const bad = versions.filter((v) => !PYTHON_VERSION.test(v));
    if (bad.length > 0) {
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_BAD_PYTHON_VERSION', `input '${name}' has ${bad.map((b) => JSON.stringify(b)).join(', ')}, which ${bad.length > 1 ? 'are not Python versions' : 'is not a Python version'}`, {
            key: name,
            fix: `list versions separated by spaces, e.g. ${name}: "3.10 3.11 3.12"`,
        });
    }
    return [...new Set(versions)];
}
/**
 * pytest-args is split on whitespace and handed to pytest as an argument list, with no shell: a
 * quote, `$`, a backtick or a shell operator in it would reach pytest literally, so it is refused
 * with where such arguments belong instead.
 */
function parsePytestArgs(name, raw) {
    return parseShellFreeArgs(name, raw, `put arguments that need quoting in pyproject.toml, e.g. [tool.pytest.ini_options] addopts = "-m 'not slow'", and keep ${name} to plain words (-x --maxfail=2 -k=smoke)`);
}
/**
 * A command line split on whitespace into an argument array, run with no shell (pytest-args,
 * build-command): anything only a shell would understand is refused with `fix`, never passed on.
 */
function parseShellFreeArgs(name, raw, fix) {
    const args = raw.split(/\s+/).filter((a) => a !== '');
    const bad = args.find((a) => /["'`$\\;&|<>]/.test(a));
    if (bad !== undefined) {
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_NEEDS_SHELL', `input '${name}' has ${JSON.stringify(bad.slice(0, 40))}, which only a shell would understand: pyrelease passes ${name} split on spaces, with no shell`, { key: name, fix });
    }
    return args;
}
/** A tool release for uvx (`0.6.9`); "" and "latest" mean: the project's, else the newest. */
function parseToolVersion(name, raw) {
    const v = raw.trim().replace(/^v(?=\d)/, '');
    if (v === '' || v === 'latest')
        return '';
    if (/^\d+(\.\d+)*([a-z]+\d*)?(\.post\d+)?(\.dev\d+)?$/i.test(v))
        return v;
    throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_INVALID', `input '${name}' must be one release (e.g. 0.6.9) or latest, got ${JSON.stringify(raw.slice(0, 40))}`, {
        key: name,
        fix: `write ${name}: 0.6.9 (ranges are not supported: pin the release the project is formatted and checked with)`,
    });
}
const LOOPBACK_HOSTNAME = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/i;
/** What to write instead, per URL input (each takes a different kind of URL); `name` as the user spells it (`--index-url` in the CLI). */
const URL_EXAMPLES = {
    'repository-url': (n) => `for TestPyPI write ${n}: https://test.pypi.org/legacy/`,
    'index-url': (n) => `write ${n}: https://test.pypi.org/simple/, or leave it empty to derive it from repository-url`,
    'fulcio-url': (n) => `write ${n}: https://fulcio.sigstore.dev, or leave it empty for the public-good instance`,
    'rekor-url': (n) => `write ${n}: https://rekor.sigstore.dev, or leave it empty for the public-good instance`,
    'notify-webhook': (n) => `pass the whole https:// webhook URL from a secret: ${n}: \${{ secrets.SLACK_WEBHOOK_URL }}`,
};
/** An http(s) URL; upload endpoints get the trailing slash PyPI needs (`/legacy` answers 308 and twine refuses redirects). */
function parseUploadUrl(name, raw, fallback, opts = {}) {
    if (raw === '')
        return fallback;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw badUrl(name, raw, opts);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw badUrl(name, raw, opts);
    if (url.username || url.password) {
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_BAD_URL', `input '${name}' must not contain credentials`, {
            key: name,
            fix: 'remove user:password@ from the URL; pyrelease uses trusted publishing or the password input',
        });
    }
    if (opts.carriesToken && url.protocol === 'http:' && !LOOPBACK_HOSTNAME.test(url.hostname)) {
        // The upload (or OIDC) token would cross the network in clear text; a loopback index (a local devpi, a test) is fine.
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_INSECURE_URL', `input '${name}' is plain http:// to ${url.host}: the token pyrelease sends there would travel unencrypted`, {
            key: name,
            fix: `use https:// (${name}: https://${url.host}${url.pathname}); plain http:// is accepted only for a loopback host (127.0.0.1, localhost)`,
        });
    }
    return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}
/** A read URL for the index: "" stays "" (derived later); otherwise http(s) with a trailing slash. */
function parseIndexUrl(name, raw) {
    return raw === '' ? '' : parseUploadUrl(name, raw, '');
}
/** A service base URL (Fulcio, Rekor, a webhook): http(s), no credentials, no trailing slash. */
function parseServiceUrl(name, raw, fallback, opts = {}) {
    if (raw === '')
        return fallback;
    return parseUploadUrl(name, raw, fallback, opts).replace(/\/$/, '');
}
/** A whole number of seconds, 1 to 86400. */
function parseSeconds(name, raw, fallback) {
    if (raw === '')
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 86_400) {
        throw new PyreleaseError('INPUT_INVALID', `input '${name}' must be a number of seconds between 1 and 86400, got ${JSON.stringify(raw)}`, { key: name, fix: `e.g. ${name}: 600` });
    }
    return n;
}
/** A file the user names, relative to the workspace; "" stays "". */
function existingFile(name, workspace, raw) {
    if (raw === '')
        return '';
    const path = isAbsolute(raw) ? raw : resolve(workspace, raw);
    if (!existsSync(path) || !statSync(path).isFile()) {
        throw new PyreleaseError('INPUT_BAD_FILE', `input '${name}' names ${JSON.stringify(raw)}, which is not a file`, { key: name, fix: 'give a path relative to the repository root (check it out first)' });
    }
    return path;
}
function badUrl(name, raw, opts) {
    // A webhook URL is its own credential: the runner masks it in the log, but the line also goes to the job summary.
    const got = opts.secret ? ' (its value is a secret and is not shown)' : `, got ${JSON.stringify(raw.slice(0, 80))}`;
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_BAD_URL', `input '${name}' must be an http(s) URL${got}`, {
        key: name,
        fix: URL_EXAMPLES[name.replace(/^--/, '')]?.(name) ?? `write ${name}: https://…`,
    });
}
function parseChoice(name, raw, choices, fallback) {
    if (raw === '')
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError('INPUT_BAD_CHOICE', `input '${name}' must be one of ${choices.join(', ')}, got ${JSON.stringify(raw)}`, {
        key: name,
        fix: `write ${name}: ${fallback} (or one of ${choices.join(' | ')})`,
    });
}
/** Runs every parser, collecting all problems so a user fixes them in one go. */
class ProblemCollector {
    problems = [];
    take(fn, fallback) {
        try {
            return fn();
        }
        catch (e) {
            if (e instanceof _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseErrors) {
                this.problems.push(...e.problems);
                return fallback;
            }
            if (e instanceof _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__.PyreleaseError) {
                this.problems.push(e);
                return fallback;
            }
            throw e;
        }
    }
}
/** The proxy variables as curl, pip and @actions/http-client read them: lower case first, then upper case. */
function proxyFromEnv(env) {
    const read = (name) => (env(name.toLowerCase()) ?? env(name.toUpperCase()) ?? '').trim();
    return { httpProxy: read('http_proxy'), httpsProxy: read('https_proxy'), noProxy: read('no_proxy') };
}


/***/ }),

/***/ 27100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ DEFAULT_REKOR_URL),
/* harmony export */   dK: () => (/* binding */ DEFAULT_REPOSITORY_URL),
/* harmony export */   jl: () => (/* binding */ DEFAULT_FULCIO_URL),
/* harmony export */   zb: () => (/* binding */ DEFAULT_MANIFEST_FILE)
/* harmony export */ });
/* unused harmony export stageNames */
const stageNames = (/* unused pure expression or super */ null && (['quality', 'security', 'release', 'publish', 'validate', 'rollback', 'preview']));
const DEFAULT_MANIFEST_FILE = '.release-please-manifest.json';
const DEFAULT_REPOSITORY_URL = 'https://upload.pypi.org/legacy/';
const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';


/***/ })

};

#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    today: () => new Date().toISOString().slice(0, 10),
};


/***/ }),

/***/ 325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ CliRuntime)
});

;// CONCATENATED MODULE: ./src/adapters/runtime/secrets.ts
/**
 * Encoded forms a secret can leak in: a log may show it base64'd (Basic auth), URL-encoded
 * (query strings) or JSON-escaped. Masking only the raw value is how tokens end up in logs.
 */
function secretForms(value) {
    if (value.length < 4)
        return [];
    const forms = new Set([
        value,
        Buffer.from(value).toString('base64'),
        Buffer.from(`__token__:${value}`).toString('base64'),
        Buffer.from(`x-access-token:${value}`).toString('base64'),
        encodeURIComponent(value),
        JSON.stringify(value).slice(1, -1),
    ]);
    return [...forms].filter((f) => f.length >= 4);
}

;// CONCATENATED MODULE: ./src/adapters/runtime/cli-runtime.ts

/**
 * The CLI twin of the Actions runtime: plain text on stderr (so stdout stays clean for
 * `--json`), outputs collected in memory, summary kept for `--summary` style printing.
 */
class CliRuntime {
    isDebug;
    write;
    kind = 'cli';
    outputs = new Map();
    summary = [];
    secrets = [];
    constructor(isDebug = process.env.PYRELEASE_DEBUG === '1', write = (t) => process.stderr.write(t)) {
        this.isDebug = isDebug;
        this.write = write;
    }
    getInput(_name) {
        return '';
    }
    env(name) {
        const v = process.env[name];
        return v === undefined || v === '' ? undefined : v;
    }
    line(text) {
        let safe = text;
        for (const s of this.secrets)
            safe = safe.split(s).join('***');
        this.write(safe + '\n');
    }
    info(message) {
        this.line(message);
    }
    debug(message) {
        if (this.isDebug)
            this.line(`debug: ${message}`);
    }
    notice(message, props) {
        this.line(`notice: ${where(props)}${message}`);
    }
    warning(message, props) {
        this.line(`warning: ${where(props)}${message}`);
    }
    error(message, props) {
        this.line(`error: ${where(props)}${message}`);
    }
    async group(title, fn) {
        this.line(`── ${title}`);
        return fn();
    }
    setSecret(value) {
        // Longest first, so a short form never masks half of a longer one.
        this.secrets.push(...secretForms(value));
        this.secrets.sort((a, b) => b.length - a.length);
    }
    setOutput(name, value) {
        this.outputs.set(name, value);
    }
    async appendSummary(markdown) {
        this.summary.push(markdown);
    }
    fail(line, exitCode = 1) {
        this.line(`error: ${line}`);
        process.exitCode = exitCode;
    }
}
function where(props) {
    if (!props?.file)
        return '';
    return `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: `;
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ runCliCommand)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(376);

async function runCliCommand(request, _runtime, _clock) {
    switch (request.command.name) {
        case 'plan':
        case 'check':
        case 'demo':
            throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('STAGE_NOT_IMPLEMENTED', `pyrelease ${request.command.name} is not implemented yet`, {
                fix: 'see the README for what this version can do',
            });
    }
}


/***/ }),

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(350);
/* harmony import */ var _adapters_runtime_cli_runtime_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(325);
/* harmony import */ var _cli_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(16);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(376);
/* harmony import */ var _errors_render_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(899);
/* harmony import */ var _settings_cli_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(109);
/* harmony import */ var _settings_from_argv_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(863);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(311);
// The CLI's entry: argv → the same stage code as the action. Text on stderr, or with --json
// exactly one JSON object on stdout. Exit 0 ok, 1 failure, 2 usage or not implemented.








const runtime = new _adapters_runtime_cli_runtime_js__WEBPACK_IMPORTED_MODULE_6__/* .CliRuntime */ .N();
try {
    const request = (0,_settings_from_argv_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCliArgs */ .h)(process.argv.slice(2));
    if (request.kind === 'help')
        process.stdout.write((0,_settings_cli_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .renderHelp */ .W5)(_version_js__WEBPACK_IMPORTED_MODULE_7__/* .packageVersion */ .T, request.command));
    else if (request.kind === 'version')
        process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .packageVersion */ .T}\n`);
    else
        await (0,_cli_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .runCliCommand */ .b)(request, runtime, _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m);
}
catch (error) {
    const usage = (0,_errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyreleaseError */ .FR)(error) && (error.code === 'CLI_USAGE' || error.code === 'STAGE_NOT_IMPLEMENTED');
    runtime.fail((0,_errors_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderErrorLine */ .J)(error), usage ? 2 : 1);
    if (!(0,_errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyreleaseError */ .FR)(error) && error instanceof Error && error.stack)
        runtime.debug(error.stack);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ isPyreleaseError),
/* harmony export */   dT: () => (/* binding */ PyreleaseError)
/* harmony export */ });
/* unused harmony export PyreleaseErrors */
class PyreleaseError extends Error {
    code;
    details;
    name = 'PyreleaseError';
    constructor(code, message, details = {}, options) {
        super(message, options);
        this.code = code;
        this.details = details;
    }
}
/** Several problems found at once (configuration is checked in full, all problems reported). */
class PyreleaseErrors extends PyreleaseError {
    problems;
    constructor(problems) {
        const first = problems[0];
        super(first?.code ?? 'INTERNAL', problems.length === 1 || !first
            ? (first?.message ?? 'unknown problem')
            : `${first.message} (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`, first?.details ?? {});
        this.problems = problems;
    }
}
function isPyreleaseError(e) {
    return e instanceof PyreleaseError;
}


/***/ }),

/***/ 899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ renderErrorLine)
/* harmony export */ });
/* unused harmony export renderErrorMarkdown */
/* harmony import */ var _pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(376);
/** Errors for people: one line for the log, a longer Markdown form for the job summary; never a stack. */

function renderErrorLine(error) {
    if (!(0,_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isPyreleaseError */ .FR)(error))
        return `internal error, please report it: ${error instanceof Error ? error.message : String(error)}`;
    const fix = error.details.fix ? ` — fix: ${error.details.fix}` : '';
    return oneLine(`${error.message}${fix} [${error.code}]`);
}
function renderErrorMarkdown(error) {
    if (!isPyreleaseError(error))
        return `### ❌ pyrelease failed\n\nInternal error, please report it: \`${oneLine(error instanceof Error ? error.message : String(error))}\`\n`;
    const problems = error instanceof PyreleaseErrors ? error.problems : [error];
    const lines = [`### ❌ pyrelease failed`, '', problems.length > 1 ? `${problems.length} problems, all to fix before a re-run:` : ''];
    for (const p of problems) {
        lines.push(`- **${escapeMd(p.message)}** \`${p.code}\``);
        if (p.details.fix)
            lines.push(`  - fix: ${escapeMd(p.details.fix)}`);
        for (const more of p.details.more ?? [])
            lines.push(`  - ${escapeMd(more)}`);
    }
    return lines.filter((l, i) => l !== '' || i < 2).join('\n') + '\n';
}
function oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ');
}
function escapeMd(text) {
    return oneLine(text).replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}


/***/ }),

/***/ 109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ commonFlags),
/* harmony export */   Pi: () => (/* binding */ commands),
/* harmony export */   W5: () => (/* binding */ renderHelp)
/* harmony export */ });
const commonFlags = [
    { name: 'cwd', type: 'string', value: 'DIR', description: 'repository to work on (default: the current directory)' },
    { name: 'help', type: 'boolean', description: 'show help for the command' },
];
const configFlags = [
    { name: 'config-file', type: 'string', value: 'FILE', description: 'release-please config (default .release-please-config.json, else release-please-config.json)' },
    { name: 'manifest-file', type: 'string', value: 'FILE', description: 'release-please manifest (default .release-please-manifest.json)' },
];
const commands = [
    {
        name: 'plan',
        summary: 'preview the next release: version, why, CHANGELOG entry and file edits (read-only)',
        flags: [
            { name: 'ref', type: 'string', value: 'REV', description: 'plan as if the release branch were at REV (default HEAD)' },
            { name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'date for the CHANGELOG heading (default: today, UTC)' },
            { name: 'branch', type: 'string', value: 'NAME', description: 'target branch named in the PR title and head branch (default: the current branch, else main)' },
            ...configFlags,
            { name: 'json', type: 'boolean', description: 'print exactly one JSON object on stdout' },
        ],
    },
    {
        name: 'check',
        summary: 'run the quality gates and security scan locally, as the action does',
        flags: [
            { name: 'python-versions', type: 'string', value: 'LIST', description: 'Python versions to test, e.g. "3.11 3.12"' },
            { name: 'skip-tests', type: 'boolean', description: 'skip pytest' },
            { name: 'publish', type: 'boolean', description: 'also run the publish preflight' },
            { name: 'json', type: 'boolean', description: 'print exactly one JSON object on stdout' },
        ],
    },
    {
        name: 'demo',
        summary: 'run the whole pipeline on a copy of the demo package against loopback stand-ins',
        flags: [{ name: 'json', type: 'boolean', description: 'print exactly one JSON object on stdout' }],
    },
];
function renderHelp(version, command) {
    if (command) {
        const lines = [`pyrelease ${command.name} — ${command.summary}`, '', `usage: pyrelease ${command.name} [flags]`, '', 'flags:'];
        for (const f of [...command.flags, ...commonFlags])
            lines.push(flagLine(f));
        return lines.join('\n') + '\n';
    }
    const lines = [
        `pyrelease ${version} — the release pipeline of a Python package, locally`,
        '',
        'usage: pyrelease <command> [flags]',
        '',
        'commands:',
        ...commands.map((c) => `  ${c.name.padEnd(8)}${c.summary}`),
        '',
        'flags:',
        flagLine({ name: 'version', type: 'boolean', description: 'print the version' }),
        ...commonFlags.map(flagLine),
        '',
        "run 'pyrelease <command> --help' for a command's flags",
    ];
    return lines.join('\n') + '\n';
}
function flagLine(f) {
    const left = `--${f.name}${f.value ? ` ${f.value}` : ''}`;
    return `  ${left.padEnd(28)}${f.description}`;
}


/***/ }),

/***/ 863:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parseCliArgs)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __nccwpck_require__(376);
// EXTERNAL MODULE: ./src/settings/cli-flags.ts
var cli_flags = __nccwpck_require__(109);
;// CONCATENATED MODULE: ./src/settings/parse-values.ts
/** Value parsers shared by the action and CLI readers; each names the input it failed on. */

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans, like core.getBooleanInput, but with an error that says what to write. */
function parse_values_parseBoolean(name, raw, fallback) {
    if (raw === '')
        return fallback;
    if (TRUE.has(raw))
        return true;
    if (FALSE.has(raw))
        return false;
    throw new PyreleaseError('INPUT_NOT_BOOLEAN', `input '${name}' must be true or false, got ${JSON.stringify(raw)}`, {
        key: name,
        fix: `write ${name}: true or ${name}: false`,
    });
}
const PYTHON_VERSION = /^(pypy)?3\.\d{1,2}(\.\d{1,2})?(t)?$/;
function parse_values_parsePythonVersions(name, raw) {
    const versions = raw.split(/[\s,]+/).filter((v) => v !== '');
    const bad = versions.filter((v) => !PYTHON_VERSION.test(v));
    if (bad.length > 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('INPUT_BAD_PYTHON_VERSION', `input '${name}' has ${bad.map((b) => JSON.stringify(b)).join(', ')}, which ${bad.length > 1 ? 'are not Python versions' : 'is not a Python version'}`, {
            key: name,
            fix: `list versions separated by spaces, e.g. ${name}: "3.10 3.11 3.12"`,
        });
    }
    return [...new Set(versions)];
}
/** An http(s) URL; upload endpoints get the trailing slash PyPI needs (`/legacy` answers 308 and twine refuses redirects). */
function parse_values_parseUploadUrl(name, raw, fallback) {
    if (raw === '')
        return fallback;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw badUrl(name, raw);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw badUrl(name, raw);
    if (url.username || url.password) {
        throw new PyreleaseError('INPUT_BAD_URL', `input '${name}' must not contain credentials`, {
            key: name,
            fix: 'remove user:password@ from the URL; pyrelease uses trusted publishing or the password input',
        });
    }
    return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}
function badUrl(name, raw) {
    return new PyreleaseError('INPUT_BAD_URL', `input '${name}' must be an http(s) URL, got ${JSON.stringify(raw.slice(0, 80))}`, {
        key: name,
        fix: `for TestPyPI write ${name}: https://test.pypi.org/legacy/`,
    });
}
function parse_values_parseChoice(name, raw, choices, fallback) {
    if (raw === '')
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new PyreleaseError('INPUT_BAD_CHOICE', `input '${name}' must be one of ${choices.join(', ')}, got ${JSON.stringify(raw)}`, {
        key: name,
        fix: `write ${name}: ${fallback} (or one of ${choices.join(' | ')})`,
    });
}
/** Runs every parser, collecting all problems so a user fixes them in one go. */
class parse_values_ProblemCollector {
    problems = [];
    take(fn, fallback) {
        try {
            return fn();
        }
        catch (e) {
            if (e instanceof PyreleaseError) {
                this.problems.push(e);
                return fallback;
            }
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/settings/settings.ts
const settings_stageNames = (/* unused pure expression or super */ null && (['quality', 'security', 'release', 'publish', 'validate']));
const DEFAULT_CONFIG_FILE = '.release-please-config.json';
const RELEASE_PLEASE_CONFIG_FILE = 'release-please-config.json';
const settings_DEFAULT_MANIFEST_FILE = '.release-please-manifest.json';
const settings_DEFAULT_REPOSITORY_URL = 'https://upload.pypi.org/legacy/';

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/settings/handoff.ts
/**
 * A stage's typed results ⇄ action outputs. With `stage: all` results flow in memory; when
 * stages run in separate jobs, the next job passes the previous job's outputs back as inputs
 * of the same names, and readHandoff() turns them back into these types.
 */

/** release-please-action's output names and value forms (README §11 of release-please-behaviour.md). */
function releaseOutputs(r) {
    const out = { releases_created: String(r.releaseCreated), prs_created: String(r.prsCreated) };
    // release-please leaves release_created empty (not "false") when the root package did not release.
    if (r.releaseCreated) {
        out.release_created = 'true';
        if (r.tagName)
            out.tag_name = r.tagName;
        if (r.sha)
            out.sha = r.sha;
        if (r.htmlUrl)
            out.html_url = r.htmlUrl;
        if (r.uploadUrl)
            out.upload_url = r.uploadUrl;
        if (r.version)
            Object.assign(out, versionParts(r.version));
    }
    if (r.pr)
        out.pr = JSON.stringify(r.pr);
    return out;
}
function publishOutputs(p) {
    const out = { published: String(p.published), files: JSON.stringify(p.files) };
    if (p.version)
        out.version = p.version;
    if (p.repositoryUrl)
        out.repository_url = p.repositoryUrl;
    return out;
}
function validateOutputs(v) {
    return { validated: String(v.validated) };
}
function versionParts(version) {
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
    return m ? { version, major: m[1], minor: m[2], patch: m[3] } : { version };
}
/** Reads earlier jobs' outputs given back as inputs (`version`, `tag_name`, `sha`, `release_created`, `files`). */
function handoff_readHandoff(get) {
    const handoff = {};
    const release = {};
    const created = get('release_created');
    if (created !== '')
        release.releaseCreated = created === 'true';
    for (const [input, key] of [['version', 'version'], ['tag_name', 'tagName'], ['sha', 'sha']]) {
        const v = get(input);
        if (v !== '')
            release[key] = v;
    }
    if (Object.keys(release).length > 0)
        handoff.release = release;
    const files = get('files');
    if (files !== '')
        handoff.publish = { files: parseFiles(files) };
    return handoff;
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

;// CONCATENATED MODULE: ./src/settings/from-action.ts
/**
 * with: inputs + the workflow_dispatch event → Settings. The only place the action reads
 * inputs or GITHUB_* variables; every problem is collected and reported at once.
 */







function settingsFromAction(rt) {
    const token = rt.getInput('token');
    if (token)
        rt.setSecret(token);
    const p = new ProblemCollector();
    const event = p.take(() => readEvent(rt), { name: rt.env('GITHUB_EVENT_NAME') ?? 'push', payload: {} });
    const dispatch = event.name === 'workflow_dispatch' ? asRecord(event.payload.inputs) : {};
    const flag = (name) => p.take(() => parseBoolean(name, rt.getInput(name), false), false) ||
        p.take(() => parseBoolean(`${name} (workflow_dispatch input)`, stringInput(dispatch[name]), false), false);
    const workspace = rt.env('GITHUB_WORKSPACE') ?? process.cwd();
    const settings = {
        stage: p.take(() => parseChoice('stage', rt.getInput('stage'), ['all', ...stageNames], 'all'), 'all'),
        token,
        forcePublish: flag('force_publish'),
        skipTests: flag('skip_tests'),
        dryRun: p.take(() => parseBoolean('dry-run', rt.getInput('dry-run'), false), false),
        configFile: rt.getInput('config-file') || undefined,
        manifestFile: rt.getInput('manifest-file') || DEFAULT_MANIFEST_FILE,
        workingDirectory: p.take(() => workingDirectory(workspace, rt.getInput('working-directory')), workspace),
        pythonVersions: p.take(() => parsePythonVersions('python-versions', rt.getInput('python-versions')), []),
        repositoryUrl: p.take(() => parseUploadUrl('repository-url', rt.getInput('repository-url'), DEFAULT_REPOSITORY_URL), DEFAULT_REPOSITORY_URL),
        targetBranch: rt.getInput('target-branch') || targetBranchFromEvent(rt, event),
        eventName: event.name,
        repository: p.take(() => repository(rt.env('GITHUB_REPOSITORY')), undefined),
        apiUrl: rt.env('GITHUB_API_URL') ?? 'https://api.github.com',
        serverUrl: rt.env('GITHUB_SERVER_URL') ?? 'https://github.com',
        sha: rt.env('GITHUB_SHA'),
        tempDir: rt.env('RUNNER_TEMP') ?? tmpdir(),
        handoff: p.take(() => readHandoff((n) => rt.getInput(n)), {}),
    };
    if (p.problems.length > 0)
        throw new PyreleaseErrors(p.problems);
    return settings;
}
function readEvent(rt) {
    const name = rt.env('GITHUB_EVENT_NAME') ?? 'push';
    const path = rt.env('GITHUB_EVENT_PATH');
    if (!path || !existsSync(path))
        return { name, payload: {} };
    try {
        return { name, payload: asRecord(JSON.parse(readFileSync(path, 'utf8'))) };
    }
    catch {
        throw new PyreleaseError('EVENT_UNREADABLE', `the event payload ${path} is not valid JSON`, {
            file: path,
            fix: 'this file is written by the runner; re-run the workflow, and report it if it persists',
        });
    }
}
function targetBranchFromEvent(rt, event) {
    const ref = rt.env('GITHUB_REF') ?? '';
    if (event.name.startsWith('pull_request'))
        return rt.env('GITHUB_BASE_REF');
    if (ref.startsWith('refs/heads/'))
        return ref.slice('refs/heads/'.length);
    const repo = asRecord(event.payload.repository);
    return typeof repo.default_branch === 'string' ? repo.default_branch : undefined;
}
function workingDirectory(workspace, raw) {
    const dir = raw === '' ? workspace : isAbsolute(raw) ? raw : resolve(workspace, raw);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new PyreleaseError('INPUT_BAD_DIRECTORY', `input 'working-directory' names ${JSON.stringify(raw || dir)}, which is not a directory`, {
            key: 'working-directory',
            fix: 'give a path relative to the repository root, and check out the repository first (actions/checkout)',
        });
    }
    return dir;
}
function repository(raw) {
    if (raw === undefined)
        return undefined;
    const m = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(raw);
    if (!m) {
        throw new pyrelease_error/* PyreleaseError */.dT('ENV_BAD_REPOSITORY', `GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(raw)}`, {
            key: 'GITHUB_REPOSITORY',
            fix: 'the runner sets it; when running locally, export GITHUB_REPOSITORY=owner/name',
        });
    }
    return { owner: m[1], repo: m[2] };
}
function asRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function stringInput(v) {
    if (typeof v === 'boolean')
        return String(v);
    return typeof v === 'string' ? v.trim() : '';
}

;// CONCATENATED MODULE: ./src/settings/from-argv.ts
/** CLI flags → the same Settings the action builds, plus what only the CLI has (--json, --ref…). */








/** Usage errors exit with 2, like most CLIs; they are PyreleaseErrors with code CLI_USAGE. */
function parseCliArgs(argv, env = process.env) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help')
        return { kind: 'help' };
    if (first === '--version' || first === '-V')
        return { kind: 'version' };
    const command = cli_flags/* commands */.Pi.find((c) => c.name === first);
    if (!command)
        throw usage(`unknown command ${JSON.stringify(first)}`, 'run pyrelease --help to see the commands');
    const options = {};
    for (const f of [...command.flags, ...cli_flags/* commonFlags */.Bh])
        options[f.name] = { type: f.type };
    let values;
    try {
        ({ values } = (0,external_node_util_namespaceObject.parseArgs)({ args: rest, options, allowPositionals: false, strict: true }));
    }
    catch (e) {
        throw usage(e.message.split('\n')[0] ?? 'bad flags', `run pyrelease ${command.name} --help`);
    }
    if (values.help)
        return { kind: 'help', command };
    const str = (n) => (typeof values[n] === 'string' ? values[n] : undefined);
    const date = str('date');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw usage(`--date must be YYYY-MM-DD, got ${JSON.stringify(date)}`, 'e.g. --date 2024-06-01');
    const cwd = (0,external_node_path_namespaceObject.resolve)(str('cwd') ?? process.cwd());
    const settings = {
        stage: 'all',
        token: '',
        forcePublish: false,
        skipTests: values['skip-tests'] === true,
        dryRun: true,
        configFile: str('config-file'),
        manifestFile: str('manifest-file') ?? settings_DEFAULT_MANIFEST_FILE,
        workingDirectory: cwd,
        pythonVersions: parse_values_parsePythonVersions('--python-versions', str('python-versions') ?? ''),
        repositoryUrl: settings_DEFAULT_REPOSITORY_URL,
        targetBranch: str('branch'),
        eventName: 'cli',
        repository: repository(env.GITHUB_REPOSITORY || undefined),
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        sha: undefined,
        tempDir: (0,external_node_os_namespaceObject.tmpdir)(),
        handoff: {},
    };
    return { kind: 'run', command, settings, json: values.json === true, ref: str('ref') ?? 'HEAD', date, branch: str('branch'), publishPreflight: values.publish === true };
}
function usage(message, fix) {
    return new pyrelease_error/* PyreleaseError */.dT('CLI_USAGE', message, { fix });
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ packageVersion)
/* harmony export */ });
// Kept in sync with package.json by release-please's generic updater (see .release-please-config.json).
const packageVersion = '0.1.0'; // x-release-please-version


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

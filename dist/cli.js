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
    toolOutput(title, text) {
        if (this.isDebug)
            this.line(`── ${title}\n${text}`);
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

/***/ 842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runCliCommand)
});

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __nccwpck_require__(376);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/adapters/process/run-process.ts
/**
 * The one child-process wrapper: a program and an argument array (never a shell string), a
 * timeout that kills the child, an environment built from an allow-list, and a clear error
 * when the program is missing. Everything that spawns goes through here.
 */


const INHERITED = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'PATHEXT', 'COMSPEC', 'VIRTUAL_ENV', 'PYENV_ROOT', 'PYENV_VERSION', 'UV_CACHE_DIR', 'PIP_CACHE_DIR', 'RUNNER_TEMP', 'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL'];
function processEnv(extra = {}) {
    const env = {};
    for (const name of INHERITED) {
        const v = process.env[name];
        if (v !== undefined)
            env[name] = v;
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(program, args, { cwd: opts.cwd, env: processEnv(opts.env), stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], windowsHide: true });
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
                reject(new pyrelease_error/* PyreleaseError */.dT('PROCESS_NOT_FOUND', `${program} is not installed or not on PATH`, { fix: opts.installHint ?? `install ${program} on the runner` }));
            }
            else
                reject(error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (timedOut) {
                reject(new pyrelease_error/* PyreleaseError */.dT('PROCESS_TIMEOUT', `${program} ${args[0] ?? ''} did not finish within ${Math.round(opts.timeoutMs / 1000)} s and was stopped`, { fix: 'check what it is waiting for (network, a prompt); re-run' }));
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

;// CONCATENATED MODULE: ./src/adapters/git/git-runner.ts
/** Runs git in one repository: prompt-free, unquoted paths, failures as PyreleaseErrors. */


const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' };
const BASE_ARGS = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false'];
const GIT_TIMEOUT_MS = 120_000;
class GitRunner {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, allowFailure = false, input, env = {}) {
        const opts = { cwd: this.cwd, env: { ...GIT_ENV, ...env }, timeoutMs: GIT_TIMEOUT_MS, installHint: 'install git (apt-get install git)' };
        const r = await runProcess('git', [...BASE_ARGS, ...args], input === undefined ? opts : { ...opts, input });
        if (r.exitCode !== 0 && !allowFailure)
            throw gitFailed(args, r.stderr);
        return r;
    }
    async stream(args, onChunk) {
        const r = await streamProcess('git', [...BASE_ARGS, ...args], { cwd: this.cwd, env: GIT_ENV, timeoutMs: GIT_TIMEOUT_MS * 5 }, onChunk);
        if (r.exitCode !== 0)
            throw gitFailed(args, r.stderr);
    }
}
function gitFailed(args, stderr) {
    const firstLine = stderr.trim().split('\n').find((l) => l.startsWith('fatal:') || l.startsWith('error:')) ?? stderr.trim().split('\n')[0] ?? '';
    return new pyrelease_error/* PyreleaseError */.dT('GIT_FAILED', `git ${args.filter((a) => !a.startsWith('--format')).slice(0, 3).join(' ')} failed: ${firstLine}`, { fix: 'check the repository state (git status) and that the checkout is complete' });
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
    constructor(dir) {
        this.dir = dir;
        this.git = new GitRunner(dir);
    }
    async assertRepository() {
        const r = await this.git.run(['rev-parse', '--git-dir'], true);
        if (r.exitCode !== 0) {
            throw new pyrelease_error/* PyreleaseError */.dT('GIT_NOT_A_REPO', `${this.dir} is not a git repository`, { fix: 'run pyrelease in a clone (actions/checkout before this step), or pass --cwd DIR' });
        }
    }
    async resolveCommit(ref) {
        const r = await this.git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true);
        if (r.exitCode !== 0) {
            throw new pyrelease_error/* PyreleaseError */.dT('GIT_UNKNOWN_REF', `${JSON.stringify(ref)} is not a commit in ${this.dir}`, { key: 'ref', fix: 'give a branch, tag or sha that exists (git log --oneline shows them); fetch it first if it is remote' });
        }
        return r.stdout.trim();
    }
    async currentBranch() {
        const r = await this.git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /**
     * Commits from `head` in git log order (commit date, as release-please's walk), stopping
     * before the first commit in `stopShas` or after `max` commits. One streaming process,
     * stopped as soon as the walk ends, so the cost follows the range, not the history.
     */
    async log(head, stopShas, max) {
        const commits = [];
        let pending = '';
        let done = false;
        const take = (record) => {
            const parts = record.split(US);
            if (parts.length < 3 || done)
                return;
            if (stopShas.has(parts[0]) || commits.length >= max) {
                done = true;
                return;
            }
            commits.push({ sha: parts[0], message: parts[1], files: parts[2].split('\n').filter((f) => f !== '') });
        };
        const args = ['log', `--format=${RS}%H${US}%B${US}`, '--name-only', '--diff-merges=first-parent', '--no-renames', '-n', String(max + 1), '--end-of-options', head, '--'];
        await this.git.stream(args, (chunk) => {
            pending += chunk;
            let cut;
            while (!done && (cut = pending.indexOf(RS, 1)) !== -1) {
                take(pending.slice(1, cut));
                pending = pending.slice(cut);
            }
            return !done;
        });
        if (!done && pending.length > 1)
            take(pending.slice(1));
        return commits;
    }
    /** Tags whose commit is reachable from `ref`, newest first. */
    async tagsReachableFrom(ref) {
        const r = await this.git.run(['for-each-ref', '--merged', ref, '--sort=-creatordate', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:unix)', 'refs/tags']);
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

;// CONCATENATED MODULE: ./src/core/plan-text.ts
function renderPlanText(plan) {
    if (plan.version === null) {
        const lines = [`No release is due: ${plan.commits} commit${plan.commits === 1 ? '' : 's'} since ${plan.previousTag ?? 'the beginning'}, none releasable.`];
        for (const r of plan.reasons)
            lines.push(`  - ${r}`);
        return lines.join('\n') + '\n';
    }
    const lines = [
        `Next release: ${plan.version} (tag ${plan.tag})${plan.previousVersion ? `, after ${plan.previousVersion}${plan.previousTag ? ` (${plan.previousTag})` : ''}` : ', the first release'}`,
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
    lines.push('', 'CHANGELOG entry:', '', plan.changelogEntry ?? '');
    return lines.join('\n') + '\n';
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

;// CONCATENATED MODULE: ./src/core/version/version.ts
/**
 * release-please's version grammar: major.minor.patch, optional -pre-release and +build,
 * matched UNANCHORED (so "1.2.0rc1" reads as 1.2.0 and "rc1" is lost, as release-please does).
 */

const VERSION = /(\d+)\.(\d+)\.(\d+)(-([^+]+))?(\+(.*))?/;
function version_tryParseVersion(text) {
    const m = VERSION.exec(text);
    if (!m)
        return undefined;
    const v = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
    if (m[5] !== undefined)
        v.preRelease = m[5];
    if (m[7] !== undefined)
        v.build = m[7];
    return v;
}
function parseVersion(text, where = 'version') {
    const v = version_tryParseVersion(text);
    if (!v)
        throw new pyrelease_error/* PyreleaseError */.dT('VERSION_UNPARSEABLE', `${where}: ${JSON.stringify(text)} is not a version`, { fix: 'write a version like 1.2.3' });
    return v;
}
function version_formatVersion(v) {
    return `${v.major}.${v.minor}.${v.patch}${v.preRelease ? `-${v.preRelease}` : ''}${v.build ? `+${v.build}` : ''}`;
}
/** The pre-release part is kept on every plain bump (release-please's default strategy does). */
function bumpMajor(v) {
    return { ...v, major: v.major + 1, minor: 0, patch: 0 };
}
function bumpMinor(v) {
    return { ...v, minor: v.minor + 1, patch: 0 };
}
function bumpPatch(v) {
    return { ...v, patch: v.patch + 1 };
}
function withPreRelease(v, preRelease) {
    const next = { major: v.major, minor: v.minor, patch: v.patch };
    if (preRelease)
        next.preRelease = preRelease;
    if (v.build !== undefined)
        next.build = v.build;
    return next;
}

;// CONCATENATED MODULE: ./src/core/version/tag-name.ts
/** Tag names as release-please builds and parses them: [component separator][v]version. */

function formatTag(version, style) {
    const v = typeof version === 'string' ? version : version_formatVersion(version);
    return style.component ? `${style.component}${style.separator}${style.includeV ? 'v' : ''}${v}` : `${style.includeV ? 'v' : ''}${v}`;
}
const TAG = /^((?<component>.*)(?<separator>[^a-zA-Z0-9]))?(?<v>v)?(?<version>\d+\.\d+\.\d+.*)$/;
function parseTag(name) {
    const g = TAG.exec(name)?.groups;
    if (!g)
        return undefined;
    const version = version_tryParseVersion(g.version);
    if (!version)
        return undefined;
    return { component: g.component ?? '', separator: g.separator, includeV: g.v !== undefined, version, versionText: g.version };
}

;// CONCATENATED MODULE: ./src/core/previous-release.ts
/**
 * Which release the next one follows, found as release-please 17.11.2 finds it in manifest
 * mode (release-please-behaviour.md §2.1): the manifest's version decides, not the newest tag.
 */


function findPreviousRelease(manifestVersion, style, tagsNewestFirst, releaseSearchDepth = 400) {
    const wanted = manifestVersion === undefined ? undefined : version_tryParseVersion(manifestVersion);
    if (!wanted)
        return null;
    const wantedText = version_formatVersion(wanted);
    for (const tag of tagsNewestFirst.slice(0, releaseSearchDepth)) {
        const parsed = parseTag(tag.name);
        // A tag of another component belongs to another package (release-please skips it).
        if (!parsed || parsed.component !== style.component)
            continue;
        if (version_formatVersion(parsed.version) === wantedText)
            return { version: wantedText, tag: tag.name, sha: tag.sha, source: 'tag-with-manifest-version' };
    }
    const expected = formatTag(wanted, style);
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

/** `known` carries what the caller already fetched in parallel (tags, shallowness), to save round trips. */
async function readReleaseHistory(git, req, known) {
    const notices = [];
    const [tags, shallow] = known ? [known.tags, known.shallow] : await Promise.all([git.tagsReachableFrom(req.head), git.isShallow()]);
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
    else if (!previous?.sha && !(await git.hasTags())) {
        await git.fetchTags();
        previous = await lookup(git, req);
    }
    const stops = walkStops(previous, req);
    const commits = await git.log(req.head, stops, req.commitSearchDepth);
    return { previous, commits, notices };
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

;// CONCATENATED MODULE: ./src/core/config/defaults.ts
/**
 * release-please 17.11.2's defaults for a manifest-mode package (release-please-behaviour.md §1),
 * applied after top-level and package values are merged, so "unset" can still be told from false.
 */
const configDefaults = {
    releaseType: 'python',
    changelogPath: 'CHANGELOG.md',
    changelogHost: 'https://github.com',
    versioning: 'default',
    includeVInTag: true,
    // true in manifest mode (BaseStrategy); the action-input mode passes false.
    includeComponentInTag: true,
    includeVInReleaseName: true,
    tagSeparator: '-',
    labels: ['autorelease: pending'],
    releaseLabels: ['autorelease: tagged'],
    commitSearchDepth: 500,
    releaseSearchDepth: 400,
};
/** release-please's own default name, and pyrelease's, which the action reads first. */
const RELEASE_PLEASE_CONFIG_FILE = 'release-please-config.json';
const PYRELEASE_CONFIG_FILE = '.release-please-config.json';
const MANIFEST_FILE = '.release-please-manifest.json';

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
            return new pyrelease_error/* PyreleaseError */.dT(f.code, f.message, { file: this.file, ...(key && { key }), ...(at && key && at), fix: f.fix });
        });
        throw new pyrelease_error/* PyreleaseErrors */.cP(errors);
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

;// CONCATENATED MODULE: ./src/core/config/json-scan.ts
/** Map key for a path: unambiguous for keys holding dots, quotes or digits. */
function pathKey(path) {
    return JSON.stringify(path);
}
class Failure {
    offset;
    reason;
    constructor(offset, reason) {
        this.offset = offset;
        this.reason = reason;
    }
}
function scanJson(text) {
    const positions = new Map();
    let i = 0;
    const fail = (reason, at = i) => {
        throw new Failure(at, reason);
    };
    const ws = () => {
        while (i < text.length) {
            const c = text[i];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                i++;
            else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
                fail('comments are not allowed in JSON');
            else
                return;
        }
    };
    const unexpected = (expected) => {
        if (i >= text.length)
            return fail(`unexpected end of file, expected ${expected}`);
        const c = text[i];
        if ((c === '}' || c === ']') && text.slice(0, i).trimEnd().endsWith(',')) {
            return fail(`trailing comma before '${c}'`, text.slice(0, i).trimEnd().length - 1);
        }
        if (c === "'")
            return fail('strings and keys must use double quotes, not single quotes');
        return fail(`unexpected ${JSON.stringify(c)}, expected ${expected}`);
    };
    const string = () => {
        i++; // opening quote
        while (i < text.length && text[i] !== '"') {
            const code = text.charCodeAt(i);
            if (code < 0x20)
                fail('unescaped line break or control character inside a string');
            if (text[i] === '\\') {
                const e = text[i + 1];
                if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                    i += 6;
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else
                    fail(`bad escape \\${e ?? ''} inside a string`);
            }
            else
                i++;
        }
        if (i >= text.length)
            fail('unterminated string');
        i++;
    };
    const value = (path) => {
        ws();
        const c = text[i];
        if (c === '{')
            return object(path);
        if (c === '[')
            return array(path);
        if (c === '"')
            return string();
        const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
        if (literal && !/[\w.]/.test(text[i + literal[0].length] ?? ''))
            return void (i += literal[0].length);
        if (c !== undefined && /[\w.+-]/.test(c))
            fail(`${JSON.stringify(/^[\w.+-]+/.exec(text.slice(i))[0])} is not a JSON value (strings need double quotes; booleans are true/false)`);
        return unexpected('a value');
    };
    const object = (path) => {
        i++;
        ws();
        if (text[i] === '}')
            return void i++;
        for (;;) {
            ws();
            if (text[i] !== '"')
                unexpected('a property name in double quotes');
            const keyStart = i;
            string();
            const key = JSON.parse(text.slice(keyStart, i));
            positions.set(pathKey([...path, key]), keyStart);
            ws();
            if (text[i] !== ':')
                unexpected("':' after the property name");
            i++;
            value([...path, key]);
            ws();
            if (text[i] === ',')
                i++;
            else if (text[i] === '}')
                return void i++;
            else
                unexpected("',' or '}' after the property value");
        }
    };
    const array = (path) => {
        i++;
        ws();
        if (text[i] === ']')
            return void i++;
        for (let n = 0;; n++) {
            ws();
            positions.set(pathKey([...path, n]), i);
            value([...path, n]);
            ws();
            if (text[i] === ',')
                i++;
            else if (text[i] === ']')
                return void i++;
            else
                unexpected("',' or ']' after the list item");
        }
    };
    try {
        positions.set(pathKey([]), 0);
        ws();
        if (i >= text.length)
            fail('the file is empty; a JSON object was expected');
        value([]);
        ws();
        if (i < text.length)
            fail('unexpected text after the end of the JSON value');
        return { positions };
    }
    catch (e) {
        if (e instanceof Failure)
            return { positions, error: { offset: e.offset, reason: e.reason } };
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/core/config/json-text.ts
/**
 * JSON text → value, plus the line and column of any key, and one clear error with line and
 * column when the text is not JSON. The position comes from JSON.parse's own message when it
 * carries one (Node 20: "… in JSON at position N"; Node 22+: "… (line L column C)"); some V8
 * messages carry none ("Unexpected token 'x', "…" is not valid JSON"), and then the scanner's.
 */


function parseJsonText(text, file, code) {
    // A BOM is invisible in editors; strip it before parsing *and* before counting columns.
    const body = text.replace(/^\uFEFF/, '');
    let value;
    try {
        value = JSON.parse(body);
    }
    catch (e) {
        // Thrown as a list like every other config problem, so callers handle one shape.
        throw new pyrelease_error/* PyreleaseErrors */.cP([syntaxError(body, file, code, e instanceof Error ? e.message : String(e))]);
    }
    const { positions } = scanJson(body);
    return {
        value,
        locate: (path) => {
            const offset = positions.get(pathKey(path));
            return offset === undefined ? undefined : locationOf(body, offset);
        },
    };
}
function syntaxError(body, file, code, message) {
    const scanned = scanJson(body).error;
    const reported = positionFromMessage(message, body);
    // The scanner words the problem better ("trailing comma before '}'"); V8 decides where, when it says.
    const agree = scanned && (reported === undefined || Math.abs(scanned.offset - reported) <= 1 || /trailing comma/.test(scanned.reason));
    const offset = agree ? scanned.offset : (reported ?? scanned?.offset ?? body.length);
    const what = agree ? scanned.reason : describeV8(message);
    const { line, column } = locationOf(body, offset);
    return new pyrelease_error/* PyreleaseError */.dT(code, `${file}:${line}:${column}: invalid JSON: ${what}`, {
        file,
        line,
        column,
        fix: fixFor(what, line, column, code),
    });
}
function fixFor(what, line, column, code) {
    const at = `line ${line}, column ${column}`;
    if (what.startsWith('trailing comma'))
        return `remove the comma at ${at}: JSON allows no comma after the last item`;
    if (what.startsWith('comments'))
        return `remove the comment at ${at}: JSON has no comments`;
    if (what.includes('single quotes'))
        return `use double quotes at ${at}`;
    if (what.startsWith('the file is empty'))
        return code === 'MANIFEST_INVALID_JSON' ? 'write {".": "0.0.0"} before a first release, or the version last released' : 'write {"packages": {".": {"release-type": "python"}}}';
    return `correct the JSON at ${at} (JSON allows no trailing commas, no comments and only double quotes)`;
}
/** The 0-based offset a V8 JSON.parse message points at, in any Node version's wording. */
function positionFromMessage(message, text) {
    const lc = /\(line (\d+) column (\d+)\)/.exec(message);
    if (lc) {
        const lines = text.split('\n');
        const line = Math.min(Number(lc[1]), lines.length);
        const before = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
        return before + Array.from(lines[line - 1] ?? '').slice(0, Number(lc[2]) - 1).join('').length;
    }
    const pos = /at position (\d+)/.exec(message);
    if (pos)
        return Number(pos[1]);
    if (/Unexpected end of JSON input/.test(message))
        return text.length;
    return undefined;
}
/** V8's words without the echoed source text, which may span lines or be truncated. */
function describeV8(message) {
    return message
        .replace(/,\s*".*" is not valid JSON$/s, '')
        .replace(/\s*in JSON at position \d+.*$/s, '')
        .replace(/\s*\(line \d+ column \d+\)$/, '')
        .replace(/^./, (c) => c.toLowerCase());
}
/** 1-based line and column; columns count characters, as editors show them. */
function locationOf(text, offset) {
    const before = text.slice(0, offset).split('\n');
    const last = before[before.length - 1] ?? '';
    return { line: before.length, column: Array.from(last.replace(/\r$/, '')).length + 1 };
}

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
};
/** Keys release-please has that pyrelease accepts and does not act on, each with the reason. */
const ignoredKeyNotes = {
    plugins: 'monorepo plugins (node-workspace, linked-versions, …) do not apply to one Python package',
    'sequential-calls': 'pyrelease makes one release PR at a time anyway',
    'changelog-type': 'pyrelease writes release-please\'s default CHANGELOG format',
    'commit-batch-size': 'pyrelease reads history from git, not page by page from the API',
    'always-link-local': 'a node-workspace setting',
    'snapshot-label': 'snapshots are a Java feature',
    'skip-snapshot': 'snapshots are a Java feature',
    'initial-version': 'release-please ignores it for release-type python too (a first release is 0.1.0)',
    signoff: 'pyrelease does not add a Signed-off-by line to the release commit yet',
    'include-commit-authors': 'pyrelease does not append commit authors to CHANGELOG lines yet',
    'force-tag-creation': 'pyrelease creates the tag together with the release',
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

;// CONCATENATED MODULE: ./src/core/config/records.ts
/** Narrowing for parsed JSON: a plain object, not null and not a list. */
function asRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}

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
        const rec = asRecord(item);
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
        const rec = asRecord(item);
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

;// CONCATENATED MODULE: ./src/core/config/tag-name-check.ts
/**
 * Whether the tags a config makes can exist at all. release-please builds
 * `<component><tag-separator>v<version>` without checking, and a name git refuses fails only
 * at release time, after the release PR was merged. These are git's check-ref-format rules.
 */
/** Why git refuses `name` as a tag name ("it contains a space"), or undefined when it is fine. */
function tagNameProblem(name) {
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name);
    if (bad)
        return `it contains ${describeChar(bad[0])}`;
    if (name.includes('..'))
        return 'it contains ".."';
    if (name.includes('@{'))
        return 'it contains "@{"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'it has an empty part ("/" at an end, or "//")';
    if (name.endsWith('.'))
        return 'it ends with "."';
    const parts = name.split('/');
    if (parts.some((p) => p.startsWith('.')))
        return 'a part of it starts with "."';
    if (parts.some((p) => p.endsWith('.lock')))
        return 'a part of it ends in ".lock"';
    return undefined;
}
function describeChar(c) {
    if (c === ' ')
        return 'a space';
    const code = c.charCodeAt(0);
    if (code < 0x20 || code === 0x7f)
        return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    return JSON.stringify(c);
}

;// CONCATENATED MODULE: ./src/core/config/package-config.ts
/**
 * A package's merged options → PackageConfig with release-please's defaults, plus the checks
 * that need the merged value (a release type set at the top level and overridden in the package
 * is never used, so only the value in force is judged, at the key where it is written).
 */




const RELEASE_TYPES = ['python', 'simple'];
// service-pack is release-please's Java "1.2.3-sp.1" scheme; pyrelease does not implement it.
const STRATEGIES = ['default', 'always-bump-patch', 'always-bump-minor', 'always-bump-major', 'prerelease'];
/** Text options without a default: left out of PackageConfig when unset. */
const OPTIONAL_STRINGS = {
    packageName: 'package-name',
    component: 'component',
    prereleaseType: 'prerelease-type',
    pullRequestTitlePattern: 'pull-request-title-pattern',
    pullRequestHeader: 'pull-request-header',
    pullRequestFooter: 'pull-request-footer',
    dateFormat: 'date-format',
    versionFile: 'version-file',
};
function resolvePackage(f, path, o, warnings) {
    const str = (k) => o.string(k);
    const bool = (k, fallback) => o.boolean(k) ?? fallback;
    const pkg = {
        path,
        releaseType: releaseType(f, o, warnings),
        changelogPath: nonEmpty(f, o, 'changelog-path') ?? configDefaults.changelogPath,
        changelogHost: changelogHost(f, o) ?? configDefaults.changelogHost,
        extraFiles: o.list('extra-files') ?? [],
        excludePaths: o.list('exclude-paths') ?? [],
        bumpMinorPreMajor: bool('bump-minor-pre-major', false),
        bumpPatchForMinorPreMajor: bool('bump-patch-for-minor-pre-major', false),
        prerelease: bool('prerelease', false),
        versioning: versioning(f, o),
        draft: bool('draft', false),
        draftPullRequest: bool('draft-pull-request', false),
        includeVInTag: bool('include-v-in-tag', configDefaults.includeVInTag),
        includeComponentInTag: bool('include-component-in-tag', configDefaults.includeComponentInTag),
        includeVInReleaseName: bool('include-v-in-release-name', configDefaults.includeVInReleaseName),
        tagSeparator: str('tag-separator') ?? configDefaults.tagSeparator,
        componentNoSpace: bool('component-no-space', false),
        skipGithubRelease: bool('skip-github-release', false),
        skipChangelog: bool('skip-changelog', false),
    };
    for (const [field, key] of Object.entries(OPTIONAL_STRINGS)) {
        const v = str(key);
        if (v !== undefined)
            pkg[field] = v;
    }
    const sections = o.list('changelog-sections');
    if (sections)
        pkg.changelogSections = sections;
    const releaseAs = readReleaseAs(f, o);
    if (releaseAs)
        pkg.releaseAs = releaseAs;
    checkTagName(f, o, pkg);
    if (pkg.pullRequestTitlePattern !== undefined && !pkg.pullRequestTitlePattern.includes('${version}')) {
        warnings.push(`${f.file}: pull-request-title-pattern ${JSON.stringify(pkg.pullRequestTitlePattern)} has no \${version}; release-please cannot read the version back from such titles (pyrelease finds its PR by branch and label)`);
    }
    if (pkg.versionFile !== undefined && pkg.releaseType === 'python')
        warnings.push(`${f.file}: version-file is read only for release-type simple; release-please ignores it for python`);
    return pkg;
}
function releaseType(f, o, warnings) {
    const v = o.string('release-type');
    if (v === undefined) {
        // release-please falls back to "node" here; for a Python package that is never what is meant.
        warnings.push(`${f.file}: no release-type set; release-please would use "node", pyrelease uses "python" — add "release-type": "python" to say so`);
        return 'python';
    }
    if (RELEASE_TYPES.includes(v))
        return v;
    f.problem('CONFIG_UNSUPPORTED_RELEASE_TYPE', o.path('release-type'), `is '${v}', but pyrelease releases Python packages: release-type '${v}' is not supported`, 'write "release-type": "python" (or "simple" for a project whose version lives in version.txt); release other languages with release-please-action itself');
    return 'python';
}
function versioning(f, o) {
    const v = o.string('versioning') ?? 'default';
    if (STRATEGIES.includes(v))
        return v;
    const what = v === 'service-pack' ? 'release-please\'s Java service-pack scheme, which pyrelease does not support' : 'not a release-please versioning strategy';
    f.problem('CONFIG_BAD_VERSIONING', o.path('versioning'), `is ${JSON.stringify(v)}, ${what}`, `write one of ${STRATEGIES.map((s) => JSON.stringify(s)).join(', ')}, or remove it for "default"`);
    return 'default';
}
/** release-please parses release-as with its unanchored version pattern; "" counts as unset. */
function readReleaseAs(f, o) {
    const v = o.string('release-as');
    if (v === undefined || v === '')
        return undefined;
    if (version_tryParseVersion(v))
        return v;
    f.problem('CONFIG_BAD_RELEASE_AS', o.path('release-as'), `is ${JSON.stringify(v)}, not a version`, 'write "release-as": "1.2.3" — and remove it after that release, since it stays in force');
    return undefined;
}
function nonEmpty(f, o, key) {
    const v = o.string(key);
    if (v === undefined || v.trim() !== '')
        return v;
    f.problem('CONFIG_BAD_VALUE', o.path(key), 'is empty', `write "${key}": "CHANGELOG.md", or remove it for that default`);
    return undefined;
}
/** Links are `${host}/${owner}/${repo}/…`, so the host must be a full http(s) URL. */
function changelogHost(f, o) {
    const v = o.string('changelog-host');
    if (v === undefined || /^https?:\/\/[^\s/]+/.test(v))
        return v;
    f.problem('CONFIG_BAD_VALUE', o.path('changelog-host'), `is ${JSON.stringify(v)}, not an http(s) URL`, 'write "changelog-host": "https://github.example.com" (the web address of your GitHub server), or remove it for https://github.com');
    return undefined;
}
/** The component goes into the tag only when include-component-in-tag is on (release-please: component || package-name). */
function checkTagName(f, o, pkg) {
    const component = pkg.includeComponentInTag ? pkg.component || pkg.packageName || '' : '';
    const tag = formatTag('1.2.3', { component, separator: pkg.tagSeparator, includeV: pkg.includeVInTag });
    const why = tagNameProblem(tag);
    if (!why)
        return;
    const inSeparator = component !== '' && tagNameProblem(`a${pkg.tagSeparator}b`) !== undefined;
    const key = inSeparator ? 'tag-separator' : pkg.component ? 'component' : 'package-name';
    const fix = inSeparator ? 'write "tag-separator": "-" (or another single character such as "/" or "@")' : `write a ${key} without spaces or ~^:?*[\\ characters, or set "include-component-in-tag": false`;
    f.problem('CONFIG_BAD_TAG_NAME', o.path(key), `makes tags like ${JSON.stringify(tag)}, which git refuses: ${why}`, fix);
}

;// CONCATENATED MODULE: ./src/core/config/manifest.ts
/**
 * The manifest (.release-please-manifest.json): package path → version last released, kept as
 * written. release-please reads each version with its unanchored pattern and throws on one it
 * cannot read; a package with no entry is a first release, which is not an error there either.
 */




function parseManifest(text, file) {
    const doc = parseJsonText(text, file, 'MANIFEST_INVALID_JSON');
    const f = new ConfigFindings(file);
    const root = asRecord(doc.value);
    if (!root) {
        const v = Array.isArray(doc.value) && doc.value.length === 1 ? doc.value[0] : doc.value;
        const only = typeof v === 'string' && version_tryParseVersion(v) ? v : '1.2.3';
        f.fileProblem('MANIFEST_NOT_OBJECT', `must be a JSON object of package path → version, got ${describeValue(doc.value)}`, `write {".": ${JSON.stringify(only)}}`);
        f.throwIfAny(doc.locate);
        return {};
    }
    const manifest = {};
    for (const [path, v] of Object.entries(root)) {
        if (typeof v === 'string' && version_tryParseVersion(v)) {
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
    for (const path of paths) {
        const text = manifest[path];
        const key = JSON.stringify(path);
        if (text === undefined) {
            const since = config.bootstrapSha ? ' since bootstrap-sha' : '';
            warnings.push(`${files.manifest}: no version for ${key}, so release-please treats the package as never released: the next release is a first release (0.1.0) of every commit${since} — if it was released before, write {${key}: "<last released version>"}`);
            continue;
        }
        const read = tryParseVersion(text);
        const as = read && formatVersion(read);
        if (as && as !== text) {
            warnings.push(`${files.manifest}: ${key} is ${JSON.stringify(text)}, which release-please reads as ${as}; the next version is computed from ${as} — write it in that form (PEP 440 suffixes such as rc1 are not understood)`);
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
function parseReleaseConfig(text, file) {
    const doc = parseJsonText(text, file, 'CONFIG_INVALID_JSON');
    const f = new ConfigFindings(file);
    const root = asRecord(doc.value);
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
    let rootOptions;
    const rawPackages = readPackagesObject(f, root.packages);
    for (const [path, raw] of Object.entries(rawPackages ?? {})) {
        const at = ['packages', path];
        const obj = asRecord(raw);
        if (!obj) {
            f.wrongType(at, 'an object of package options', raw, `write "packages": {${JSON.stringify(path)}: {"release-type": "python"}}`);
            continue;
        }
        notes.classify(obj, at, 'package');
        const merged = new Options(mergeLayers(readOptionLayer(f, obj, at), top));
        if (path === '.')
            rootOptions = merged;
        packages.push(resolvePackage(f, path, merged, warnings));
    }
    if (rawPackages)
        checkPackageSet(f, Object.keys(rawPackages));
    notes.addUnknown(f.unknownKeys);
    f.throwIfAny(doc.locate);
    const config = {
        packages,
        separatePullRequests: separatePullRequests(top.get('separate-pull-requests')?.value, rootOptions?.boolean('separate-pull-requests'), packages.length),
        labels: options.list('label') ?? [...configDefaults.labels],
        releaseLabels: options.list('release-label') ?? [...configDefaults.releaseLabels],
        // extra-label is a package option (the strategy adds it); with one package, its merged value.
        extraLabels: rootOptions?.list('extra-label') ?? [],
        commitSearchDepth: options.number('commit-search-depth') ?? configDefaults.commitSearchDepth,
        releaseSearchDepth: options.number('release-search-depth') ?? configDefaults.releaseSearchDepth,
        alwaysUpdate: options.boolean('always-update') ?? false,
        unknownKeys: [...notes.unknown.keys()],
    };
    for (const [field, key] of [['groupPullRequestTitlePattern', 'group-pull-request-title-pattern'], ['bootstrapSha', 'bootstrap-sha'], ['lastReleaseSha', 'last-release-sha']]) {
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
    const obj = asRecord(v);
    if (!obj)
        f.problem('CONFIG_NO_PACKAGES', ['packages'], `must be an object keyed by package path, got ${describeValue(v)}`, `write ${parse_EXAMPLE}`);
    return obj;
}
/** pyrelease releases one Python package: the one at "." (of working-directory). */
function checkPackageSet(f, paths) {
    if (paths.length === 0) {
        f.problem('CONFIG_NO_PACKAGES', ['packages'], 'is empty', `write ${parse_EXAMPLE}`);
    }
    else if (!paths.includes('.')) {
        const only = paths.length === 1 ? ` ${JSON.stringify(paths[0])}` : '';
        const found = paths.map((p) => JSON.stringify(p)).join(', ');
        const fix = `key the package by "." instead of${only || ' its path'}, and point working-directory at the project if it is not at the repository root`;
        f.problem('CONFIG_NO_ROOT_PACKAGE', ['packages'], `has no root package "." (found ${found})`, fix);
    }
    else if (paths.length > 1) {
        const others = paths.filter((p) => p !== '.').map((p) => JSON.stringify(p)).join(', ');
        const fix = `keep only "." and remove ${others} (release them with release-please-action, or a workflow per package with working-directory)`;
        f.problem('CONFIG_MONOREPO', ['packages'], `has ${paths.length} packages; pyrelease releases one Python package per repository`, fix);
    }
}
function readManifestOptions(f, root) {
    const out = new Map();
    for (const [key, kind] of Object.entries(manifestOptionKinds)) {
        if (root[key] === undefined)
            continue;
        const fallback = key === 'release-search-depth' ? configDefaults.releaseSearchDepth : configDefaults.commitSearchDepth;
        const v = readValue(f, kind, root[key], [key], fallback);
        if (v === undefined)
            continue;
        if ((key === 'label' || key === 'release-label') && Array.isArray(v) && v.length === 0) {
            f.problem('CONFIG_BAD_VALUE', [key], 'names no label', `write "${key}": "${key === 'label' ? configDefaults.labels[0] : configDefaults.releaseLabels[0]}", or remove it for that default`);
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

;// CONCATENATED MODULE: ./src/core/commits/grammar.ts
class ParseError extends Error {
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    eof() {
        return this.pos >= this.text.length;
    }
    peek() {
        const c = this.text.charAt(this.pos);
        return c === '\r' && this.text.charAt(this.pos + 1) === '\n' ? '\r\n' : c;
    }
    next(n) {
        const token = n ? this.text.slice(this.pos, this.pos + n) : this.peek();
        this.pos += token.length;
        return token;
    }
    startsWith(literal) {
        return this.text.startsWith(literal, this.pos);
    }
}
const WHITESPACE = new Set(['\ufeff', '\t', '\v', '\f', ' ', '\u00a0']);
const isWhitespace = (t) => WHITESPACE.has(t);
const isNewline = (t) => t.charAt(0) === '\r' || t.charAt(0) === '\n';
const isParens = (t) => t === '(' || t === ')';
const leaf = (type, value) => ({ type, value });
/** Parses one message; throws when the summary is not `type[(scope)][!]: text`. */
function parseMessage(commitText) {
    const s = new Scanner(commitText.trim());
    const node = { type: 'message', children: [] };
    const summaryNode = summary(s);
    if (!summaryNode)
        throw new ParseError('not a conventional commit header');
    node.children.push(summaryNode);
    if (s.eof())
        return node;
    const nl = newline(s);
    if (!nl)
        throw new ParseError('expected a newline');
    node.children.push(nl);
    const b = body(s);
    if (b)
        node.children.push(b);
    if (s.eof())
        return node;
    if (b) {
        const nl2 = newline(s);
        if (!nl2)
            throw new ParseError('expected a newline');
        node.children.push(nl2);
    }
    while (!s.eof()) {
        const f = footer(s);
        if (!f)
            break;
        node.children.push(f);
        const n = newline(s);
        if (!n)
            break;
        node.children.push(n);
    }
    return node;
}
function summary(s) {
    const start = s.pos;
    const children = [];
    const t = type(s);
    if (!t)
        return undefined;
    children.push(t);
    const sc = scope(s);
    if (sc)
        children.push(sc);
    const b = breakingChange(s, true);
    if (b)
        children.push(b);
    const sep = separator(s);
    if (!sep) {
        s.pos = start;
        return undefined;
    }
    children.push(sep);
    const ws = whitespace(s);
    if (ws)
        children.push(ws);
    children.push(grammar_text(s));
    return { type: 'summary', children };
}
function type(s) {
    let value = '';
    while (!s.eof()) {
        const t = s.peek();
        if (isParens(t) || isWhitespace(t) || isNewline(t) || t === '!' || t === ':')
            break;
        value += s.next();
    }
    return value === '' ? undefined : leaf('type', value);
}
function grammar_text(s) {
    let value = '';
    while (!s.eof() && !isNewline(s.peek()))
        value += s.next();
    return leaf('text', value);
}
/** An unclosed "(" fails the whole message, as in the original parser. */
function scope(s) {
    if (s.peek() !== '(')
        return undefined;
    const start = s.pos;
    s.next();
    let value = '';
    while (!s.eof()) {
        const t = s.peek();
        if (isParens(t) || isNewline(t))
            break;
        value += s.next();
    }
    if (s.peek() !== ')')
        throw new ParseError('unclosed scope');
    s.next();
    if (value === '') {
        s.pos = start;
        return undefined;
    }
    return leaf('scope', value);
}
function body(s) {
    const start = s.pos;
    if (preFooter(s)) {
        s.pos = start;
        return undefined;
    }
    const children = [];
    // Without a following ":" the marker stays consumed (and out of the body text): upstream does the same.
    const b = breakingChange(s, false);
    if (b && s.peek() === ':') {
        children.push(b, separator(s));
        const w = whitespace(s);
        if (w)
            children.push(w);
    }
    children.push(grammar_text(s));
    const nlStart = s.pos;
    const nl = newline(s);
    if (nl) {
        const rest = body(s);
        if (!rest)
            s.pos = nlStart;
        else
            children.push(nl, ...rest.children);
    }
    return { type: 'body', children };
}
/** True when everything left is newlines and footers (so it is not body text). */
function preFooter(s) {
    const start = s.pos;
    while (!s.eof()) {
        newline(s);
        if (!footer(s)) {
            s.pos = start;
            return false;
        }
    }
    return true;
}
function footer(s) {
    const start = s.pos;
    const t = token(s);
    if (!t)
        return undefined;
    const sep = separator(s);
    if (!sep) {
        s.pos = start;
        return undefined;
    }
    const children = [t, sep];
    const ws = whitespace(s);
    if (ws)
        children.push(ws);
    children.push(value(s));
    return { type: 'footer', children };
}
function token(s) {
    const b = breakingChange(s, true);
    if (b)
        return { type: 'token', children: [b] };
    const t = type(s);
    if (!t)
        return undefined;
    const children = [t];
    const sc = scope(s);
    if (sc)
        children.push(sc);
    const bang = breakingChange(s, true);
    if (bang)
        children.push(bang);
    return { type: 'token', children };
}
function breakingChange(s, allowBang) {
    if (allowBang && s.peek() === '!')
        return leaf('breaking-change', s.next());
    if (s.startsWith('BREAKING CHANGE') || s.startsWith('BREAKING-CHANGE'))
        return leaf('breaking-change', s.next(15));
    return undefined;
}
function value(s) {
    const children = [grammar_text(s)];
    for (let c = continuation(s); c; c = continuation(s))
        children.push(c);
    return { type: 'value', children };
}
function continuation(s) {
    const start = s.pos;
    const nl = newline(s);
    if (!nl)
        return undefined;
    const ws = whitespace(s);
    if (!ws) {
        s.pos = start;
        return undefined;
    }
    return { type: 'continuation', children: [nl, ws, grammar_text(s)] };
}
function separator(s) {
    if (s.peek() === ':')
        return leaf('separator', s.next());
    if (s.peek() === ' ' && s.text.charAt(s.pos + 1) === '#') {
        s.pos += 2;
        return leaf('separator', ' #');
    }
    return undefined;
}
function whitespace(s) {
    let value = '';
    while (isWhitespace(s.peek()))
        value += s.next();
    return value === '' ? undefined : leaf('whitespace', value);
}
function newline(s) {
    let value = '';
    while (!s.eof() && isNewline(s.peek()))
        value += s.next();
    return value === '' ? undefined : leaf('newline', value);
}
/** Pre-order walk with the ancestors of each node, like unist-util-visit-parents. */
function walk(node, visit, ancestors = []) {
    visit(node, ancestors);
    for (const child of node.children ?? [])
        walk(child, visit, [...ancestors, node]);
}

;// CONCATENATED MODULE: ./src/core/commits/extract.ts
/**
 * Reads a parsed message the way release-please's commit.ts does: the header commit, its
 * breaking-change and Release-As notes, numeric references, and extra commits hidden in
 * footers that look like headers ("fix: a\nfeat: b" is two commits).
 */

/** Footer-commits first, then the header commit: the order release-please emits them in. */
function extractCommits(message) {
    return toCommits(parseMessage(message)).map(postProcess);
}
function toCommits(ast) {
    const commits = [];
    const head = { header: '', type: '', scope: null, subject: '', body: '', notes: [], references: [] };
    const summary = ast.children.find((n) => n.type === 'summary');
    const body = ast.children.find((n) => n.type === 'body');
    walk(summary, (n) => {
        if (n.type === 'type') {
            head.type = n.value;
            head.header += n.value;
        }
        else if (n.type === 'scope') {
            head.scope = n.value;
            head.header += `(${n.value})`;
        }
        else if (n.type === 'breaking-change')
            head.header += '!';
        else if (n.type === 'text') {
            head.subject = n.value;
            head.header += `: ${n.value}`;
        }
    });
    if (body)
        walk(body, (n) => void ((n.type === 'text' || n.type === 'newline') && (head.body += n.value)));
    let breakingText = '';
    walk(ast, (n, ancestors) => {
        if (n.type !== 'breaking-change')
            return;
        const parent = ancestors[ancestors.length - 1];
        if (!parent)
            return;
        if (parent.type === 'summary')
            breakingText = head.subject;
        else if (parent.type === 'body') {
            // Everything after the first marker to the end of the body; whitespace nodes are skipped.
            breakingText = '';
            let hit = false;
            walk(parent, (m) => {
                if (m.type === 'breaking-change')
                    hit = true;
                else if (hit && (m.type === 'text' || m.type === 'newline'))
                    breakingText += m.value;
            });
        }
        else if (parent.type === 'token' && n.value.includes('BREAKING')) {
            // Upstream assigns every text/newline of the footer in turn: the last one wins.
            walk(ancestors[ancestors.length - 2], (m) => void ((m.type === 'text' || m.type === 'newline') && (breakingText = m.value)));
        }
    });
    if (breakingText !== '')
        head.notes.push({ title: 'BREAKING CHANGE', text: breakingText });
    walk(ast, (n) => {
        if (n.type !== 'footer')
            return;
        const ref = { prefix: '#', action: '', issue: '' };
        let isRef = false;
        walk(n, (m) => {
            if (m.type === 'type')
                ref.action = m.value;
            else if (m.type === 'separator' && m.value.includes('#'))
                isRef = true;
            else if (m.type === 'text') {
                if (m.value.startsWith('#')) {
                    isRef = true;
                    ref.issue = m.value.slice(1);
                }
                else
                    ref.issue = m.value;
            }
        });
        if (isRef && /^[0-9]+$/.test(ref.issue))
            head.references.push(ref);
    });
    walk(ast, (n, ancestors) => {
        if (n.type !== 'type' || ancestors[ancestors.length - 1]?.type !== 'token')
            return;
        const footerNode = ancestors[ancestors.length - 2];
        let footerText = '';
        walk(footerNode, (m) => {
            if (m.type === 'scope')
                footerText += `(${m.value})`;
            else if (m.type === 'separator') {
                if (!m.value.includes('#'))
                    footerText += `${m.value} `;
            }
            else if (['type', 'breaking-change', 'text', 'newline'].includes(m.type))
                footerText += m.value;
        });
        if (n.value.toLowerCase() === 'release-as') {
            let releaseAs = '';
            walk(footerNode, (m) => void (m.type === 'text' && (releaseAs = m.value)));
            head.notes.push({ title: 'RELEASE AS', text: releaseAs });
        }
        try {
            commits.push(...toCommits(parseMessage(footerText)));
        }
        catch {
            // A footer that is not a header is just a footer.
        }
    });
    commits.push(head);
    return commits;
}
/** Note text: first paragraph joined with spaces; "* ", "- ", "#### " lines kept as indented lines. */
function postProcess(commit) {
    for (const note of commit.notes) {
        let text = '';
        let extended = false;
        note.text.split(/\r?\n/).some((chunk, i) => {
            if (i > 0 && /^#### |^[*-] /.test(chunk) && !extended) {
                text = `${text.trim()}\n`;
                extended = true;
            }
            if (chunk === '')
                return true;
            text += extended ? `    ${chunk}\n` : `${chunk} `;
            return false;
        });
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
function splitMessages(message) {
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
function effectiveMessage(commit) {
    const body = commit.pullRequest?.body;
    if (body) {
        const override = (body.split('BEGIN_COMMIT_OVERRIDE')[1] ?? '').split('END_COMMIT_OVERRIDE')[0].trim();
        if (override)
            return override;
    }
    return commit.message;
}
function parseConventionalCommits(commits) {
    const out = [];
    for (const commit of commits) {
        for (const message of splitMessages(effectiveMessage(commit))) {
            let parsed;
            try {
                parsed = extractCommits(message);
            }
            catch {
                continue;
            }
            for (const p of parsed) {
                const c = { sha: commit.sha, ...p, breaking: p.notes.some((n) => n.title === 'BREAKING CHANGE') };
                if (commit.files)
                    c.files = commit.files;
                if (commit.pullRequest)
                    c.pullRequest = commit.pullRequest;
                out.push(c);
            }
        }
    }
    return out;
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
    const notes = c.notes.filter((n) => n.title === 'BREAKING CHANGE').map((n) => n.text.replace(/\(#(\d+)\)/, `([#$1](${base}/issues/$1))`));
    const bang = BANG_HEADER.exec(c.header);
    if (bang && notes.length === 0)
        notes.push(bang[3]);
    const footer = c.notes.filter((n) => n.title === 'RELEASE AS').map((n) => `Release-As: ${n.text}`).join('\n');
    const entry = findSection(ctx.sections, c.type, c.scope);
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
    const result = [...groups].map(([title, list]) => ({ title, bullets: list.sort(compareScopeThenSubject) }));
    // Same comparator as the preset, on the same engine: unknown titles (index -1) sort first.
    return result.sort((a, b) => order.indexOf(a.title) - order.indexOf(b.title));
}
/**
 * conventional-changelog-writer 6 turns commitsSort ['scope', 'subject'] into one string per
 * bullet, (scope || '') + (subject || ''), compared with localeCompare (ICU: case-insensitive
 * first, punctuation before letters); the subject is the rewritten one, links included.
 */
function compareScopeThenSubject(a, b) {
    return `${a.scope || ''}${a.subject || ''}`.localeCompare(`${b.scope || ''}${b.subject || ''}`);
}
function renderBullet(b, base) {
    const refs = b.references.length > 0 ? `, refs${b.references.map((r) => ` [${r.prefix}${r.issue}](${base}/issues/${r.issue})`).join('')}` : '';
    return `*${b.scope ? ` **${b.scope}:**` : ''} ${b.subject || b.header} ([${b.shortHash}](${base}/commit/${b.hash}))${refs}\n`;
}

;// CONCATENATED MODULE: ./src/core/release-pr/body.ts
/** The release PR body (release-please's PullRequestBody, one release) and the entry read back from it. */

const DEFAULT_HEADER = ':robot: I have created a release *beep* *boop*';
const DEFAULT_FOOTER = 'This PR was generated with [Release Please](https://github.com/googleapis/release-please). See [documentation](https://github.com/googleapis/release-please#release-please).';
const DELIMITER = '---';
/** `grouped` is release-please's merged PR (separate-pull-requests: false): the entry folds into <details>. */
function renderBody(entry, header = DEFAULT_HEADER, footer = DEFAULT_FOOTER, grouped) {
    const notes = grouped ? `<details><summary>${grouped.component ? `${grouped.component}: ` : ''}${grouped.version}</summary>\n\n${entry}\n</details>` : entry;
    return `${header}\n${DELIMITER}\n\n\n${notes}\n\n${DELIMITER}\n${footer}`;
}
/** The notes between the first and the last `---` line, and the version of their first heading. */
function parseBody(body) {
    const lines = body.trim().replace(/\r\n/g, '\n').split('\n');
    const first = lines.indexOf(DELIMITER);
    if (first === -1)
        return undefined;
    let last = lines.lastIndexOf(DELIMITER);
    if (last === first)
        last = lines.length - 1;
    const entry = lines.slice(first + 1, last).join('\n').trim();
    const heading = /^#{2,3} \[?(\d+\.\d+\.\d+[^\]\s]*)/m.exec(entry);
    return { entry, version: heading ? tryParseVersion(heading[1]) : undefined };
}

;// CONCATENATED MODULE: ./src/core/release-pr/branch.ts
/** The release PR's head branch: how pyrelease (and release-please) recognise their PR. */
function releaseBranchName(targetBranch, component) {
    return component ? `release-please--branches--${targetBranch}--components--${component}` : `release-please--branches--${targetBranch}`;
}

;// CONCATENATED MODULE: ./src/core/release-pr/title.ts
/** The release PR title from `pull-request-title-pattern`, and back (release-please's PullRequestTitle). */

const DEFAULT_TITLE_PATTERN = 'chore${scope}: release${component} ${version}';
/** separate-pull-requests: false ignores pull-request-title-pattern for this one. */
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
        .replace('${branch}', p.targetBranch);
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
function parseTitleVersion(title, pattern, componentNoSpace = false) {
    const version = titleMatcher(pattern, componentNoSpace).exec(title)?.groups?.version;
    return version ? tryParseVersion(version) : undefined;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

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

;// CONCATENATED MODULE: ./src/core/updaters/generic-markers.ts

const generic_markers_VERSION = /(\d+)\.(\d+)\.(\d+)(-([\w.]+))?(\+([-\w.]+))?/;
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
            return line.replace(dateRe, formatted);
        case 'version-date':
            return line.replace(dateRe, formatted).replace(generic_markers_VERSION, version_formatVersion(v));
        case 'major':
            return line.replace(/\d+\b/, String(v.major));
        case 'minor':
            return line.replace(/\b\d+\b/, String(v.minor));
        case 'patch':
            return line.replace(/\b\d+\b/, String(v.patch));
        default:
            return line.replace(generic_markers_VERSION, version_formatVersion(v));
    }
}
function formatDate(format, isoDate) {
    const [y, m, d] = isoDate.split('-');
    return format.replace(/%[Ymd]/g, (t) => (t === '%Y' ? y : t === '%m' ? m : d));
}

;// CONCATENATED MODULE: ./src/core/updaters/json-path.ts
/**
 * The JSONPath subset release-please configs use for extra files: `$.a.b`, `$['a']`, `[0]`,
 * `[*]` and `[?(@.name=='x')]` / `[?(@.name.value=='x')]` filters. Returns the locations
 * (parent + key) of every match, for the JSON and TOML updaters.
 */

function parseJsonPath(expr) {
    if (!expr.startsWith('$'))
        throw badPath(expr);
    const segments = [];
    const re = /\.([A-Za-z0-9_$-]+)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[(\d+)\]|\[\*\]|\.\*|\[\?\(@((?:\.[A-Za-z0-9_-]+)+)\s*==\s*(?:'([^']*)'|"([^"]*)")\)\]/gy;
    re.lastIndex = 1;
    while (re.lastIndex < expr.length) {
        const at = re.lastIndex;
        const m = re.exec(expr);
        if (!m || m.index !== at)
            throw badPath(expr);
        if (m[1] ?? m[2] ?? m[3] ?? m[4])
            segments.push({ kind: 'key', key: (m[1] ?? m[2] ?? m[3] ?? m[4]) });
        else if (m[5])
            segments.push({ kind: 'filter', path: m[5].slice(1).split('.'), value: (m[6] ?? m[7]) });
        else
            segments.push({ kind: 'all' });
    }
    return segments;
}
function evaluate(root, segments) {
    let frontier = [{ value: root, path: [] }];
    for (const seg of segments) {
        const next = [];
        for (const node of frontier) {
            const v = node.value;
            if (typeof v !== 'object' || v === null)
                continue;
            const container = v;
            if (seg.kind === 'key') {
                if (seg.key in container)
                    next.push({ value: container[seg.key], parent: container, key: seg.key, path: [...node.path, seg.key] });
            }
            else {
                for (const [k, child] of Object.entries(container)) {
                    if (seg.kind === 'filter' && !matchesFilter(child, seg))
                        continue;
                    next.push({ value: child, parent: container, key: k, path: [...node.path, seg.kind === 'filter' ? { filter: seg.path, value: seg.value } : k] });
                }
            }
        }
        frontier = next;
    }
    return frontier.filter((n) => n.parent !== undefined).map((n) => ({ parent: n.parent, key: n.key, path: n.path }));
}
function matchesFilter(child, seg) {
    let v = child;
    for (const k of seg.path)
        v = typeof v === 'object' && v !== null ? v[k] : undefined;
    return v === seg.value;
}
function badPath(expr) {
    return new pyrelease_error/* PyreleaseError */.dT('CONFIG_BAD_JSONPATH', `extra-files: jsonpath ${JSON.stringify(expr)} is not supported`, {
        key: 'jsonpath',
        fix: "use a path like $.version, $.project.version or $.package[?(@.name.value=='my-pkg')].version",
    });
}

;// CONCATENATED MODULE: ./src/core/updaters/json-file.ts
/** JSON files: the version inside the string at a jsonpath, re-serialised with the file's indent (release-please's GenericJson). */


const json_file_VERSION = /(\d+)\.(\d+)\.(\d+)(-([\w.]+))?(\+([-\w.]+))?/;
function updateJsonFile(content, jsonpath, version, warnings, path) {
    const data = JSON.parse(content);
    for (const m of evaluate(data, parseJsonPath(jsonpath))) {
        const parent = m.parent;
        const current = parent[m.key];
        if (typeof current !== 'string')
            warnings.push(`${path}: no string at ${jsonpath}; skipped`);
        else if (!json_file_VERSION.test(current))
            warnings.push(`${path}: no version found at ${jsonpath}; skipped`);
        else
            parent[m.key] = current.replace(json_file_VERSION, version_formatVersion(version));
    }
    return stringifyLike(data, content);
}
/** JSON.stringify with the file's own indent and the text around the outer braces kept (release-please's jsonStringify). */
function stringifyLike(data, content) {
    const indent = /\n([ \t]+)\S/.exec(content.trim())?.[1] ?? '';
    return `${content.slice(0, content.indexOf('{'))}${JSON.stringify(data, null, indent)}${content.slice(content.lastIndexOf('}') + 1)}`;
}

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
function locateValues(text, table, key, filter) {
    const spans = [];
    let current = [];
    let entryStart = 0;
    const all = lines(text);
    const candidates = [];
    for (const { text: line, offset } of all) {
        const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?\r?$/.exec(line);
        if (header) {
            current = splitKey(header[2]);
            entryStart = offset;
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
            candidates.push({ span: { start: valueStart, end }, entry: entryStart });
    }
    for (const c of candidates) {
        if (!filter)
            spans.push(c.span);
        else {
            const next = all.find((l) => l.offset > c.entry && /^\s*\[/.test(l.text));
            if (filter(text.slice(c.entry, next ? next.offset : text.length)))
                spans.push(c.span);
        }
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
/** The string a located value holds (for the name filter of [[package]] entries). */
function readTomlString(text, key) {
    const m = new RegExp(`^\\s*${key}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|'([^']*)')`, 'm').exec(text);
    return m ? (m[1] ?? m[2]) : undefined;
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
    let parsed;
    try {
        parsed = parse(content);
    }
    catch (e) {
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_INVALID', `${path}: not valid TOML: ${e.message.split('\n')[0]}`, { file: path, fix: 'fix the TOML syntax (python -c "import tomllib; tomllib.load(open(\'pyproject.toml\', \'rb\'))" shows where)' });
    }
    const project = parsed.project;
    const poetry = parsed.tool?.poetry;
    const table = project ?? poetry;
    if (!table?.version) {
        const dynamic = table?.dynamic;
        if (Array.isArray(dynamic) && dynamic.includes('version'))
            return { content, warning: "dynamic version found in 'pyproject.toml'. Skipping update." };
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_NO_VERSION', `${path}: no [project].version or [tool.poetry].version`, {
            file: path,
            key: 'project.version',
            fix: 'add version = "0.1.0" under [project] (or declare dynamic = ["version"] and let your build backend read it)',
        });
    }
    const spans = locateValues(content, project ? ['project'] : ['tool', 'poetry'], 'version');
    if (spans.length === 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_VERSION_SHAPE', `${path}: the version is written in a form pyrelease cannot edit in place`, {
            file: path,
            fix: 'write it as version = "1.2.3" on its own line in the [project] table',
        });
    }
    // release-please writes the value with JSON.stringify, so a single-quoted version becomes double-quoted.
    return { content: replaceSpans(content, spans.slice(0, 1), JSON.stringify(version)) };
}

;// CONCATENATED MODULE: ./src/core/updaters/python-files.ts
/**
 * setup.py, setup.cfg and `__version__` files, with release-please's regexes — first match
 * only, `(-\w+)?` suffix (so dotted pre-releases are left stale), and setup.cfg's first
 * `version =` anywhere (even `python_version`): matched on purpose, see the README.
 */
function updateSetupPy(content, version) {
    return content.replace(/(version ?= ?["'])[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?(["'])/, `$1${version}$2`);
}
function updateSetupCfg(content, version) {
    return content.replace(/(version ?= ?)[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?/, `$1${version}`);
}
function updateVersionVariable(content, version) {
    return content.replace(/(__version__ ?= ?["'])[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?(["'])/, `$1${version}$2`);
}

;// CONCATENATED MODULE: ./src/core/updaters/toml-file.ts
/** TOML extra files: the whole string value at a jsonpath replaced in place (release-please's GenericToml). */



function updateTomlFile(content, jsonpath, version, warnings, path) {
    let data;
    try {
        data = parse(content);
    }
    catch {
        warnings.push(`${path}: invalid TOML, cannot be parsed; skipped`);
        return content;
    }
    // release-please matches on its tagged parse tree, where a filter on a string must say `.value`;
    // accept both spellings against the plain tree.
    const segments = parseJsonPath(jsonpath).map((s) => (s.kind === 'filter' && s.path[s.path.length - 1] === 'value' ? { ...s, path: s.path.slice(0, -1) } : s));
    const matches = evaluate(data, segments);
    if (matches.length === 0) {
        warnings.push(`${path}: no entries modified in ${jsonpath}`);
        return content;
    }
    let out = content;
    for (const m of matches) {
        const keys = m.path.filter((p) => typeof p === 'string' && !/^\d+$/.test(p));
        const filter = m.path.find((p) => typeof p !== 'string');
        const table = keys.slice(0, -1);
        const key = keys[keys.length - 1];
        const spans = locateValues(out, table, key, filter ? (entry) => readTomlString(entry, filter.filter[0]) === filter.value : undefined);
        out = replaceSpans(out, spans, JSON.stringify(version));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/updaters/index.ts
/**
 * Every file edit of a release PR for release-type python (or simple), in release-please's
 * order, updaters for the same path applied one after another (its mergeUpdates).
 */








function planFileUpdates(input) {
    const { pkg } = input;
    const version = parseVersion(input.version);
    const warnings = [];
    const updates = new Map();
    const add = (path, updater) => {
        const key = resolvePath(pkg.path, path);
        updates.set(key, [...(updates.get(key) ?? []), updater]);
    };
    const existing = (u) => (c) => (c === undefined ? undefined : u(c));
    if (!pkg.skipChangelog)
        add(pkg.changelogPath, (c) => insertChangelogEntry(c, input.changelogEntry));
    if (pkg.releaseType === 'python')
        addPythonUpdates(input, add, existing, warnings);
    else
        add('version.txt', existing(() => `${input.version}\n`));
    for (const extra of pkg.extraFiles)
        addExtraFile(extra, version, input, add, existing, warnings);
    if (input.treePaths.includes('changelog.json'))
        warnings.push('changelog.json: release-please would add this release to it; pyrelease does not update it yet');
    const files = {};
    for (const [path, chain] of updates) {
        const original = input.readFile(path);
        let content = original;
        for (const u of chain)
            content = u(content);
        if (content !== undefined && content !== original)
            files[path] = content;
    }
    const manifest = updateManifest(input.manifest.content, pkg.path, input.version);
    if (manifest !== input.manifest.content)
        files[input.manifest.path] = manifest;
    return { files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings };
}
function addPythonUpdates(input, add, existing, warnings) {
    const v = input.version;
    add('setup.cfg', existing((c) => updateSetupCfg(c, v)));
    add('setup.py', existing((c) => updateSetupPy(c, v)));
    const pyprojectPath = resolvePath(input.pkg.path, 'pyproject.toml');
    const pyproject = input.readFile(pyprojectPath);
    let projectName = input.pkg.component;
    const project = pyproject === undefined ? undefined : projectTable(pyproject);
    if (project) {
        add('pyproject.toml', (c) => {
            if (c === undefined)
                return c;
            const r = updatePyproject(c, v, pyprojectPath);
            if (r.warning)
                warnings.push(r.warning);
            return r.content;
        });
        if (typeof project.name === 'string')
            projectName = project.name;
    }
    if (projectName) {
        for (const name of [projectName, projectName.replace(/-/g, '_')]) {
            for (const p of [`${name}/__init__.py`, `src/${name}/__init__.py`])
                add(p, existing((c) => updateVersionVariable(c, v)));
        }
    }
    const prefix = input.pkg.path === '.' ? '' : `${input.pkg.path}/`;
    for (const path of input.treePaths) {
        if (path.startsWith(prefix) && (path === `${prefix}version.py` || path.endsWith('/version.py')))
            add(path.slice(prefix.length), existing((c) => updateVersionVariable(c, v)));
    }
}
function projectTable(text) {
    try {
        const parsed = parse(text);
        return (parsed.project ?? parsed.tool?.poetry);
    }
    catch {
        return undefined;
    }
}
function addExtraFile(extra, version, input, add, existing, warnings) {
    const markers = (c) => updateGenericMarkers(c, version, input.date, input.pkg.dateFormat);
    if (typeof extra === 'string') {
        if (extra.endsWith('.json'))
            add(extra, existing((c) => markers(updateJsonFile(c, '$.version', version, warnings, extra))));
        else if (extra.endsWith('.toml'))
            add(extra, existing((c) => markers(updateTomlFile(c, '$.version', input.version, warnings, extra))));
        else if (/\.(ya?ml|xml)$/.test(extra)) {
            warnings.push(`${extra}: YAML and XML version keys are not updated by pyrelease yet; only x-release-please markers are`);
            add(extra, existing(markers));
        }
        else
            add(extra, existing(markers));
        return;
    }
    switch (extra.type) {
        case 'generic':
            add(extra.path, existing(markers));
            break;
        case 'json':
            add(extra.path, existing((c) => updateJsonFile(c, extra.jsonpath ?? '$.version', version, warnings, extra.path)));
            break;
        case 'toml':
            add(extra.path, existing((c) => updateTomlFile(c, extra.jsonpath ?? '$.version', input.version, warnings, extra.path)));
            break;
        default:
            warnings.push(`${extra.path}: extra-files type ${extra.type} is not supported by pyrelease yet; the file is left as it is`);
    }
}
/** release-please's addPath: relative to the package, or to the repository root with a leading "/". */
function resolvePath(pkgPath, path) {
    if (path.startsWith('/'))
        return path.slice(1);
    return pkgPath === '.' || pkgPath === '' ? path : `${pkgPath}/${path}`;
}
function updateManifest(content, pkgPath, version) {
    const parsed = content ? JSON.parse(content) : {};
    parsed[pkgPath] = version;
    return content ? stringifyLike(parsed, content) : JSON.stringify(parsed, null, 2);
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
        return { version: parseVersion(releaseAs, 'Release-As footer'), reasons: [`a Release-As: ${releaseAs} footer forces the version`] };
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
            return { version: bumpPatch(previous), reasons: ['versioning: always-bump-patch'] };
        case 'always-bump-minor':
            return { version: bumpMinor(previous), reasons: ['versioning: always-bump-minor'] };
        case 'always-bump-major':
            return { version: bumpMajor(previous), reasons: ['versioning: always-bump-major'] };
        case 'prerelease':
            return { version: prereleaseBump(previous, kind, pkg), reasons };
        default:
            return { version: plainBump(previous, kind), reasons };
    }
}
function plainBump(v, kind) {
    return kind === 'major' ? bumpMajor(v) : kind === 'minor' ? bumpMinor(v) : bumpPatch(v);
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
        next = v.preRelease ? withPreRelease(v, bumpPrereleaseSuffix(v.preRelease)) : withPreRelease({ ...v, patch: v.patch + 1 }, type);
    }
    else if (kind === 'minor') {
        if (v.preRelease)
            next = v.patch === 0 ? withPreRelease(v, bumpPrereleaseSuffix(v.preRelease)) : bumpMinor(v);
        else
            next = withPreRelease({ ...v, minor: v.minor + 1, patch: 0 }, type);
    }
    else if (v.preRelease) {
        next = v.patch === 0 && v.minor === 0 ? withPreRelease(v, bumpPrereleaseSuffix(v.preRelease)) : bumpMajor(v);
    }
    else {
        next = withPreRelease({ ...v, major: v.major + 1, minor: 0, patch: 0 }, type);
    }
    // Without `prerelease: true` the strategy drops the suffix it computed.
    return pkg.prerelease ? next : { major: next.major, minor: next.minor, patch: next.patch };
}
function describe(c) {
    return `${c.header} (${c.sha.slice(0, 7)})`;
}


;// CONCATENATED MODULE: ./src/core/plan.ts










function planNextRelease(input) {
    const { pkg, config } = input;
    const component = pkg.includeComponentInTag ? (pkg.component || pkg.packageName || '') : '';
    const branchComponent = pkg.component || pkg.packageName || '';
    const commits = parseConventionalCommits(input.commits.filter((c) => !isExcluded(c, pkg.excludePaths)));
    const base = {
        version: null,
        tag: null,
        previousVersion: input.previous?.version ?? null,
        previousTag: input.previous?.tag ?? null,
        title: null,
        body: null,
        changelogEntry: null,
        files: {},
        commits: input.commits.length,
        reasons: [],
        // A grouped PR (separate-pull-requests: false) lives on the plain branch, whatever the component.
        headBranch: releaseBranchName(input.targetBranch, config.separatePullRequests ? branchComponent : ''),
        labels: [...config.labels, ...config.extraLabels],
        draftPullRequest: pkg.draftPullRequest,
        releaseName: null,
        draftRelease: pkg.draft,
        prerelease: false,
        warnings: [],
    };
    if (commits.length === 0)
        return { ...base, reasons: [nothingReason(input.commits.length, 'none is a conventional commit')] };
    const { version, reasons } = decideVersion(commits, input, pkg);
    const versionText = version_formatVersion(version);
    const tag = formatTag(version, { component, separator: pkg.tagSeparator, includeV: pkg.includeVInTag });
    const entry = renderChangelogEntry(commits, {
        host: pkg.changelogHost,
        owner: input.owner,
        repo: input.repo,
        version: versionText,
        previousTag: input.previous?.tag ?? null,
        currentTag: tag,
        date: input.date,
        sections: pkg.changelogSections ?? (pkg.releaseType === 'simple' ? simpleSections : pythonSections),
    });
    if (isEntryEmpty(entry))
        return { ...base, reasons: [nothingReason(input.commits.length, 'only hidden types (chore, ci, test, refactor, build, style…)')] };
    const { files, warnings } = planFileUpdates({ pkg, version: versionText, date: input.date, changelogEntry: entry, manifest: input.manifest, readFile: input.readFile, treePaths: input.treePaths });
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
        warnings,
    };
}
function decideVersion(commits, input, pkg) {
    if (pkg.releaseAs)
        return { version: parseVersion(pkg.releaseAs, 'release-as'), reasons: [`release-as: ${pkg.releaseAs} in the config forces the version (remove it after this release)`] };
    if (!input.previous) {
        const footer = commits.find((c) => c.notes.some((n) => n.title === 'RELEASE AS'));
        const text = footer?.notes.find((n) => n.title === 'RELEASE AS')?.text;
        if (text)
            return { version: parseVersion(text, 'Release-As footer'), reasons: [`a Release-As: ${text} footer forces the version`] };
        const initial = pkg.releaseType === 'python' ? '0.1.0' : '1.0.0';
        return { version: parseVersion(initial), reasons: [`no previous release: the first release is ${initial}`] };
    }
    return nextVersion(parseVersion(input.previous.version, 'previous version'), commits, pkg);
}
function isExcluded(commit, excludePaths) {
    if (excludePaths.length === 0 || !commit.files || commit.files.length === 0)
        return false;
    return commit.files.every((f) => excludePaths.some((p) => f === p || f.startsWith(p.endsWith('/') ? p : `${p}/`)));
}
function nothingReason(count, why) {
    if (count === 0)
        return 'no commits since the last release';
    return `${count} commit${count === 1 ? '' : 's'} since the last release: ${why}`;
}

;// CONCATENATED MODULE: ./src/core/config/config-path.ts
/**
 * Which config file to read. pyrelease's default is the dotted .release-please-config.json;
 * release-please-action's is release-please-config.json, and it reads only that one unless its
 * config-file input says otherwise (release-please-behaviour.md §1). Both are accepted so a
 * switch needs no rename; when both exist they can disagree, so that is said out loud.
 */

/**
 * @param named the config-file input or --config-file flag, if given
 * @param exists whether a path exists (relative to the project directory, or at a git ref)
 */
function resolveConfigPath(named, exists) {
    if (named !== undefined && named !== '') {
        return exists(named) ? { found: true, file: named } : { found: false, file: named, fix: `check the config-file input: ${named} does not exist (is it committed, and is the path relative to working-directory?)` };
    }
    const ours = exists(PYRELEASE_CONFIG_FILE);
    const theirs = exists(RELEASE_PLEASE_CONFIG_FILE);
    if (ours && theirs) {
        return {
            found: true,
            file: PYRELEASE_CONFIG_FILE,
            warning: `both ${PYRELEASE_CONFIG_FILE} and ${RELEASE_PLEASE_CONFIG_FILE} exist; pyrelease reads ${PYRELEASE_CONFIG_FILE}, release-please-action reads ${RELEASE_PLEASE_CONFIG_FILE} — delete one, or name it with config-file`,
        };
    }
    if (ours)
        return { found: true, file: PYRELEASE_CONFIG_FILE };
    if (theirs)
        return { found: true, file: RELEASE_PLEASE_CONFIG_FILE };
    return {
        found: false,
        file: PYRELEASE_CONFIG_FILE,
        fix: `create ${PYRELEASE_CONFIG_FILE} (or ${RELEASE_PLEASE_CONFIG_FILE}) with {"packages": {".": {"release-type": "python"}}}, or name yours with the config-file input`,
    };
}

;// CONCATENATED MODULE: ./src/stages/plan-from-repository.ts
/**
 * Plans the next release from a local repository at a ref: what `pyrelease plan` prints and
 * what the release stage writes to the release PR. Reads git through the adapter, decides in core.
 */







const VERSION_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'version.py', 'version.txt', 'CHANGELOG.md']);
async function planFromRepository(git, req) {
    const headSha = await git.resolveCommit(req.ref).catch(async (e) => {
        await git.assertRepository();
        throw e;
    });
    const candidates = req.configFile ? [req.configFile] : [PYRELEASE_CONFIG_FILE, RELEASE_PLEASE_CONFIG_FILE];
    // Independent reads in one round: each git call costs a process start.
    const [head, tags, shallow, treePaths, originUrl, branch] = await Promise.all([
        git.readFiles(headSha, [...candidates, req.manifestFile]),
        git.tagsReachableFrom(headSha),
        git.isShallow(),
        git.listTree(headSha),
        req.repository ? Promise.resolve(undefined) : git.originUrl(),
        req.targetBranch ? Promise.resolve(undefined) : git.currentBranch(),
    ]);
    const choice = resolveConfigPath(req.configFile, (p) => head.get(p) !== undefined);
    if (!choice.found)
        throw new pyrelease_error/* PyreleaseError */.dT('CONFIG_MISSING', `${choice.file}: release-please config file not found at ${req.ref}`, { file: choice.file, fix: choice.fix });
    const configFile = choice.file;
    const manifestText = head.get(req.manifestFile);
    if (manifestText === undefined) {
        throw new pyrelease_error/* PyreleaseError */.dT('MANIFEST_MISSING', `${req.manifestFile}: release-please manifest not found at ${req.ref}`, { file: req.manifestFile, fix: `commit ${req.manifestFile} with {".": "0.0.0"} for a first release` });
    }
    const { config, warnings } = parseReleaseConfig(head.get(configFile), configFile);
    const manifest = parseManifest(manifestText, req.manifestFile);
    const pkg = config.packages.find((p) => p.path === '.') ?? config.packages[0];
    const component = pkg.includeComponentInTag ? (pkg.component || pkg.packageName || '') : '';
    const wanted = treePaths.filter((p) => isVersionFileCandidate(p, pkg.changelogPath) || pkg.extraFiles.some((e) => (typeof e === 'string' ? e : e.path).replace(/^\//, '') === p));
    const historyRequest = {
        head: headSha,
        manifestVersion: manifest[pkg.path],
        tagStyle: { component, separator: pkg.tagSeparator, includeV: pkg.includeVInTag },
        bootstrapSha: config.bootstrapSha,
        lastReleaseSha: config.lastReleaseSha,
        commitSearchDepth: config.commitSearchDepth,
        releaseSearchDepth: config.releaseSearchDepth,
    };
    const allTags = [...(req.knownTags ?? []), ...tags.filter((t) => !req.knownTags?.some((k) => k.name === t.name))];
    const [history, files] = await Promise.all([readReleaseHistory(git, historyRequest, { tags: allTags, shallow }), git.readFiles(headSha, wanted)]);
    const repository = req.repository ?? ownerRepoFromUrl(originUrl ?? '');
    if (!repository) {
        throw new pyrelease_error/* PyreleaseError */.dT('REPOSITORY_UNKNOWN', 'cannot tell the repository owner/name for links', { fix: 'set GITHUB_REPOSITORY=owner/name, or add an origin remote (git remote add origin https://github.com/owner/name)' });
    }
    const plan = planNextRelease({
        commits: history.commits,
        pkg,
        config,
        previous: history.previous ? { version: history.previous.version, tag: history.previous.tag } : null,
        date: req.date,
        owner: repository.owner,
        repo: repository.repo,
        targetBranch: req.targetBranch ?? branch ?? 'main',
        manifest: { path: req.manifestFile, content: manifestText },
        readFile: (p) => files.get(p),
        treePaths,
    });
    return { plan, headSha, notices: history.notices, warnings: [...(choice.warning ? [choice.warning] : []), ...warnings, ...plan.warnings] };
}
function isVersionFileCandidate(path, changelogPath) {
    if (path === changelogPath)
        return true;
    const parts = path.split('/');
    const base = parts[parts.length - 1];
    if (base === '__init__.py')
        return parts.length <= 3;
    return VERSION_FILES.has(base);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./src/adapters/python-tools/toolchain.ts
/**
 * Responsible for turning "run mypy on Python 3.12" into a command: through uv when the
 * project uses uv (uv.lock or [tool.uv]) and uv is on PATH, else through the interpreters the
 * runner has (pythonX.Y on PATH, the module if installed, else its console script).
 */



const PROBE = { timeoutMs: 20_000 };
class Toolchain {
    dir;
    uv;
    note;
    probes = new Map();
    constructor(dir, uv, note) {
        this.dir = dir;
        this.uv = uv;
        this.note = note;
    }
    static async detect(dir) {
        const pyproject = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'pyproject.toml')) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'pyproject.toml'), 'utf8') : '';
        const wantsUv = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'uv.lock')) || /^\[tool\.uv(\.|\])/m.test(pyproject);
        const probe = new Toolchain(dir, false, undefined);
        const hasUv = await probe.works('uv', ['--version']);
        if (wantsUv && hasUv)
            return new Toolchain(dir, true, 'the project uses uv (uv.lock or [tool.uv]): tools run through uv');
        return new Toolchain(dir, false, wantsUv ? 'the project uses uv but uv is not on PATH: tools run through the runner\'s interpreter (add astral-sh/setup-uv before this step)' : undefined);
    }
    /** The interpreter's own version, e.g. "3.11". */
    async defaultPythonVersion() {
        const r = await runProcess('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { cwd: this.dir, ...PROBE }).catch(() => undefined);
        return r?.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** `python -m <module> args` on one Python version (undefined: the default interpreter). */
    async module(module, args, version, script = module) {
        if (this.uv)
            return { ok: true, command: { program: 'uv', args: ['run', ...(version ? ['--python', version] : []), '--', 'python', '-m', module, ...args] } };
        const python = version ? await this.interpreterFor(version) : 'python3';
        if (!python)
            return { ok: false, reason: `Python ${version} is not on this runner`, fix: `install it (actions/setup-python with python-version: ${version}) or use uv, which fetches interpreters` };
        if (await this.works(python, ['-c', `import ${module}`]))
            return { ok: true, command: { program: python, args: ['-m', module, ...args] } };
        if (!version && (await this.works(script, ['--version'])))
            return { ok: true, command: { program: script, args } };
        return { ok: false, reason: `${module} is not installed for ${python}`, fix: `add ${module} to your dev dependencies, or pip install ${module}` };
    }
    /** ruff is a standalone binary: uvx under uv, else `ruff` on PATH. */
    async ruff(args) {
        if (this.uv)
            return { ok: true, command: { program: 'uvx', args: ['ruff', ...args] } };
        if (await this.works('ruff', ['--version']))
            return { ok: true, command: { program: 'ruff', args } };
        return { ok: false, reason: 'ruff is not installed', fix: 'pip install ruff (or add it to your dev dependencies), or use uv' };
    }
    async interpreterFor(version) {
        if ((await this.defaultPythonVersion()) === version)
            return 'python3';
        return (await this.works(`python${version}`, ['--version'])) ? `python${version}` : undefined;
    }
    works(program, args) {
        const key = `${program} ${args.join(' ')}`;
        let p = this.probes.get(key);
        if (!p) {
            p = runProcess(program, args, { cwd: this.dir, ...PROBE }).then((r) => r.exitCode === 0, () => false);
            this.probes.set(key, p);
        }
        return p;
    }
}
async function runTool(command, cwd, timeoutMs) {
    return runProcess(command.program, command.args, { cwd, timeoutMs, env: { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1' } });
}

;// CONCATENATED MODULE: ./src/core/gates/python-versions.ts
/** The Python versions a project says it supports: its `Programming Language :: Python :: 3.X` classifiers. */

function versionsFromClassifiers(pyproject) {
    if (!pyproject)
        return [];
    let classifiers;
    try {
        classifiers = parse(pyproject).project?.classifiers;
    }
    catch {
        return [];
    }
    if (!Array.isArray(classifiers))
        return [];
    const versions = classifiers.map((c) => (typeof c === 'string' ? /^Programming Language :: Python :: (3\.\d+)$/.exec(c.trim())?.[1] : undefined)).filter((v) => v !== undefined);
    return [...new Set(versions)].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

;// CONCATENATED MODULE: ./src/core/gates/types.ts
function verdict(results) {
    const blockers = results.filter((r) => r.blocking && r.status === 'failed');
    return { passed: blockers.length === 0, blockers };
}

;// CONCATENATED MODULE: ./src/core/gates/junit.ts
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#10;/g, '\n').replace(/&amp;/g, '&');
const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
function parseJUnit(xml) {
    const report = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
    for (const m of xml.matchAll(/<testsuite\b[^>]*>/g)) {
        for (const key of ['tests', 'failures', 'errors', 'skipped'])
            report[key] += Number(attr(m[0], key) ?? 0);
    }
    for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
        const inner = m[2] ?? '';
        const bad = /<(failure|error)\b([^>]*)>/.exec(inner);
        if (!bad)
            continue;
        const classname = attr(m[0], 'classname') ?? '';
        const name = attr(m[0], 'name') ?? '';
        report.failed.push({ name: decode(`${classname ? `${classname}::` : ''}${name}`), message: decode(attr(bad[0], 'message') ?? bad[1]).split('\n')[0] });
    }
    return report;
}

;// CONCATENATED MODULE: ./src/core/gates/mypy-output.ts
const LINE = /^(.+?):(\d+):(?:(\d+):)? (error|warning|note): (.*?)(?:  \[([\w-]+)\])?$/;
function parseMypyOutput(text) {
    const findings = [];
    for (const raw of text.split(/\r?\n/)) {
        const m = LINE.exec(raw);
        if (!m || m[4] === 'note')
            continue;
        const f = { tool: 'mypy', ruleId: m[6] ?? 'mypy', level: m[4] === 'error' ? 'error' : 'warning', message: m[5], file: m[1].split('\\').join('/'), line: Number(m[2]) };
        if (m[3])
            f.column = Number(m[3]);
        findings.push(f);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/core/gates/ruff.ts
function parseRuffJson(text, root) {
    const items = JSON.parse(text || '[]');
    return items.map((i) => ({
        tool: 'ruff',
        ruleId: i.code ?? 'ruff',
        level: 'error',
        message: i.message ?? '',
        file: (i.filename ?? '').split('\\').join('/').replace(`${root.split('\\').join('/')}/`, ''),
        line: i.location?.row ?? 1,
        column: i.location?.column ?? 1,
    }));
}
function parseRuffFormatCheck(text) {
    return text
        .split(/\r?\n/)
        .map((l) => /^Would reformat: (.+)$/.exec(l.trim())?.[1])
        .filter((f) => f !== undefined)
        .map((file) => ({ tool: 'ruff', ruleId: 'format', level: 'error', message: 'file is not formatted (run ruff format)', file, line: 1 }));
}

;// CONCATENATED MODULE: ./src/stages/gates/quality-gates.ts
/** One function per quality gate: resolve the tool, run it, read its report (core/gates parses). */






const TIMEOUT_MS = 30 * 60_000;
function quality_gates_missing(gate, blocking, reason, fix, pythonVersion) {
    // A blocking gate whose tool is missing fails: never a silent pass.
    return { gate, status: blocking ? 'failed' : 'skipped', blocking, detail: `${reason} — fix: ${fix}`, findings: [], durationMs: 0, ...(pythonVersion ? { pythonVersion } : {}) };
}
async function ruffFormatGate(tc, dir) {
    const r = await tc.ruff(['format', '--check', '.']);
    if (!r.ok)
        return quality_gates_missing('ruff-format', true, r.reason, r.fix);
    const out = await runTool(r.command, dir, TIMEOUT_MS);
    const findings = parseRuffFormatCheck(out.stdout + out.stderr);
    const failed = out.exitCode !== 0;
    return { gate: 'ruff-format', status: failed ? 'failed' : 'passed', blocking: true, detail: failed ? `${findings.length} file(s) to reformat` : 'formatted', findings, durationMs: out.durationMs, output: out.stdout + out.stderr };
}
async function ruffLintGate(tc, dir) {
    const r = await tc.ruff(['check', '--output-format=json', '--no-fix', '.']);
    if (!r.ok)
        return quality_gates_missing('ruff-lint', true, r.reason, r.fix);
    const out = await runTool(r.command, dir, TIMEOUT_MS);
    const findings = out.stdout.trim().startsWith('[') ? parseRuffJson(out.stdout, dir) : [];
    const failed = out.exitCode !== 0;
    return { gate: 'ruff-lint', status: failed ? 'failed' : 'passed', blocking: true, detail: failed ? `${findings.length} finding(s)${findings.length === 0 ? `: ${out.stderr.trim().split('\n')[0]}` : ''}` : 'no findings', findings, durationMs: out.durationMs, output: out.stdout + out.stderr };
}
async function mypyGate(tc, dir, blocking) {
    const r = await tc.module('mypy', ['--show-column-numbers', '--show-error-codes', '--no-error-summary', '--no-color-output'], undefined);
    if (!r.ok)
        return quality_gates_missing('mypy', blocking, r.reason, r.fix);
    const out = await runTool(r.command, dir, TIMEOUT_MS);
    const findings = parseMypyOutput(out.stdout);
    const failed = out.exitCode !== 0;
    const detail = failed ? `${findings.length} error(s)${findings.length === 0 ? `: ${(out.stderr || out.stdout).trim().split('\n')[0]}` : ''}` : 'no errors';
    return { gate: 'mypy', status: failed ? 'failed' : 'passed', blocking, detail, findings, durationMs: out.durationMs, output: out.stdout + out.stderr };
}
async function pytestGate(tc, dir, version, extraArgs, tempDir) {
    (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
    const junit = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempDir, 'pyrelease-junit-')), 'junit.xml');
    const r = await tc.module('pytest', ['-q', '-p', 'no:cacheprovider', `--junitxml=${junit}`, ...extraArgs], version);
    if (!r.ok)
        return r.reason.includes('is not on this runner') ? { ...quality_gates_missing('pytest', false, r.reason, r.fix, version), status: 'skipped', blocking: true } : quality_gates_missing('pytest', true, r.reason, r.fix, version);
    const out = await runTool(r.command, dir, TIMEOUT_MS);
    let report;
    try {
        report = parseJUnit((0,external_node_fs_.readFileSync)(junit, 'utf8'));
    }
    catch {
        report = undefined;
    }
    const base = { gate: 'pytest', blocking: true, findings: [], durationMs: out.durationMs, output: out.stdout + out.stderr, ...(version ? { pythonVersion: version } : {}) };
    if (!report)
        return { ...base, status: 'failed', detail: `pytest wrote no report (exit ${out.exitCode}): ${(out.stdout + out.stderr).trim().split('\n').slice(-1)[0] ?? ''}` };
    const passed = report.tests - report.failures - report.errors - report.skipped;
    // pytest exits 5 when no test was collected: a release with no tests is not a pass.
    const failed = out.exitCode !== 0;
    const counts = { passed, failed: report.failures + report.errors, skipped: report.skipped };
    return { ...base, counts, status: failed ? 'failed' : 'passed', detail: `${passed} passed, ${report.failures + report.errors} failed, ${report.skipped} skipped${out.exitCode === 5 ? ' (no tests collected)' : ''}`, failures: report.failed };
}

;// CONCATENATED MODULE: ./src/stages/gates/report.ts
const ANNOTATIONS_PER_LEVEL = 10;
function annotate(runtime, results) {
    const used = { error: 0, warning: 0, notice: 0 };
    for (const r of results) {
        for (const f of r.findings) {
            // A non-blocking gate's findings are warnings, whatever the tool calls them.
            const level = r.blocking ? f.level : f.level === 'error' ? 'warning' : f.level;
            if (used[level]++ >= ANNOTATIONS_PER_LEVEL)
                continue;
            const props = { title: `${f.tool} ${f.ruleId}`, file: f.file, startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) };
            if (level === 'error')
                runtime.error(f.message, props);
            else if (level === 'warning')
                runtime.warning(f.message, props);
            else
                runtime.notice(f.message, props);
        }
    }
}
const icon = { passed: '✅', failed: '❌', skipped: '⏭️' };
function renderGatesSummary(title, results, notes) {
    const esc = (t) => t.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ');
    const lines = [`### ${title}`, '', '| gate | Python | result | blocking | details |', '|---|---|---|---|---|'];
    for (const r of results)
        lines.push(`| ${r.gate} | ${r.pythonVersion ?? ''} | ${icon[r.status]} ${r.status} | ${r.blocking ? 'yes' : 'no'} | ${esc(r.detail)} |`);
    for (const r of results.filter((x) => x.failures?.length)) {
        lines.push('', `**Failing tests${r.pythonVersion ? ` on Python ${r.pythonVersion}` : ''}:**`, ...r.failures.map((f) => `- \`${esc(f.name)}\`: ${esc(f.message)}`));
    }
    const findings = results.flatMap((r) => r.findings.map((f) => `- \`${esc(f.file)}:${f.line}\` ${f.tool} ${esc(f.ruleId)}: ${esc(f.message)}`));
    if (findings.length > 0)
        lines.push('', '<details><summary>All findings</summary>', '', ...findings, '', '</details>');
    if (notes.length > 0)
        lines.push('', ...notes.map((n) => `> ${esc(n)}`));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./src/stages/gates/run-gates.ts
/**
 * Runs gates concurrently, bounded by the cores, and hands results back in declared order
 * (never interleaved): the stage's wall time approaches the slowest gate, not the sum.
 */

/** `startFirst`: indexes of the slowest jobs (mypy, pytest), started before the quick ones so they never wait for a core. */
async function runConcurrently(jobs, startFirst = [], limit = Math.max(1, (0,external_node_os_.availableParallelism)())) {
    const results = new Array(jobs.length);
    const order = [...startFirst, ...jobs.keys()].filter((i, k, all) => all.indexOf(i) === k && i < jobs.length);
    let next = 0;
    const worker = async () => {
        while (next < order.length) {
            const i = order[next++];
            results[i] = await jobs[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/stages/quality.ts
/**
 * stage: quality — ruff format check and ruff lint (blocking), mypy (advisory unless
 * mypy-blocking), pytest on each Python version asked for (blocking), all at once.
 */









const qualityStage = {
    name: 'quality',
    title: 'Quality gates',
    blocking: true,
    dryRunSafe: true,
    shouldRun: () => ({ run: true }),
    run: runQuality,
};
const sum = (xs, f) => xs.reduce((n, x) => n + f(x), 0);
async function runQuality(ctx) {
    const { settings, runtime } = ctx;
    const dir = settings.workingDirectory;
    const tc = await Toolchain.detect(dir);
    const notes = tc.note ? [tc.note] : [];
    // python-versions, else the project's classifiers, else the runner's own interpreter.
    const declared = versionsFromClassifiers((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'pyproject.toml')) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'pyproject.toml'), 'utf8') : undefined);
    const versions = settings.pythonVersions.length > 0 ? settings.pythonVersions : declared.length > 0 ? declared : [undefined];
    const jobs = [() => ruffFormatGate(tc, dir), () => ruffLintGate(tc, dir), () => mypyGate(tc, dir, settings.mypyBlocking)];
    if (settings.skipTests) {
        notes.push('⚠️ skip_tests: pytest was NOT run for this release (emergency path).');
        runtime.warning('skip_tests is set: pytest was not run');
    }
    else {
        for (const v of versions)
            jobs.push(() => pytestGate(tc, dir, v, settings.pytestArgs, settings.tempDir));
    }
    // mypy (index 2) and pytest (3…) take longest: start them first; results stay in declared order.
    const results = await runConcurrently(jobs, [...jobs.keys()].filter((i) => i >= 2));
    for (const r of results)
        runtime.toolOutput(`${r.gate}${r.pythonVersion ? ` (Python ${r.pythonVersion})` : ''}: ${r.status}`, r.output ?? r.detail);
    annotate(runtime, results);
    const { passed, blockers } = verdict(results);
    const status = (gate) => {
        const rs = results.filter((r) => r.gate === gate);
        if (rs.length === 0)
            return 'skipped';
        return rs.some((r) => r.status === 'failed') ? 'failed' : rs.every((r) => r.status === 'skipped') ? 'skipped' : 'passed';
    };
    const outputs = {
        quality_passed: String(passed),
        ruff_format: status('ruff-format'),
        ruff_lint: status('ruff-lint'),
        mypy: status('mypy'),
        pytest: status('pytest'),
        tests_skipped: String(settings.skipTests),
        // Counts over every Python version run, and the findings of the lint/type gates.
        tests_passed: String(sum(results, (r) => r.counts?.passed ?? 0)),
        tests_failed: String(sum(results, (r) => r.counts?.failed ?? 0)),
        lint_findings: String(sum(results.filter((r) => r.gate.startsWith('ruff')), (r) => r.findings.length)),
        type_errors: String(sum(results.filter((r) => r.gate === 'mypy'), (r) => r.findings.length)),
    };
    const summary = renderGatesSummary('Quality gates', results, notes);
    if (!passed) {
        await runtime.appendSummary(summary);
        for (const [name, value] of Object.entries(outputs))
            runtime.setOutput(name, value);
        throw new pyrelease_error/* PyreleaseError */.dT('GATE_FAILED', `quality gates failed: ${blockers.map((b) => `${b.gate}${b.pythonVersion ? ` (Python ${b.pythonVersion})` : ''}: ${b.detail}`).join('; ')}`, {
            fix: 'fix what the annotations and the job summary list, then push again',
        });
    }
    return { outputs, summary, headline: results.map((r) => `${r.gate}${r.pythonVersion ? `@${r.pythonVersion}` : ''} ${r.status}`).join(', ') };
}

// EXTERNAL MODULE: ./src/errors/render.ts + 6 modules
var render = __nccwpck_require__(439);
;// CONCATENATED MODULE: ./src/stages/runner.ts

async function runStages(stages, ctx) {
    const reports = [];
    const { runtime, clock } = ctx;
    for (const stage of stages) {
        const decision = stage.shouldRun(ctx);
        if (!decision.run) {
            runtime.info(`○ ${stage.name}: skipped — ${decision.reason}`);
            reports.push({ stage: stage.name, status: 'skipped', headline: decision.reason, durationMs: 0 });
            continue;
        }
        const started = clock.now();
        try {
            const outcome = await runtime.group(`${stage.title} (${stage.name})`, async () => {
                runtime.info(`▶ ${stage.name}: started`);
                return stage.run(ctx);
            });
            for (const [name, value] of Object.entries(outcome.outputs))
                runtime.setOutput(name, value);
            const durationMs = clock.now() - started;
            runtime.info(`✔ ${stage.name}: ${outcome.headline} (${formatMs(durationMs)})`);
            if (outcome.summary)
                await runtime.appendSummary(outcome.summary);
            reports.push({ stage: stage.name, status: 'done', headline: outcome.headline, durationMs });
        }
        catch (error) {
            const durationMs = clock.now() - started;
            runtime.info(`✖ ${stage.name}: failed (${formatMs(durationMs)})`);
            reports.push({ stage: stage.name, status: 'failed', headline: (0,render/* renderErrorLine */.Jz)(error), durationMs });
            if (stage.blocking)
                return { reports, error };
        }
    }
    return { reports };
}
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/adapters/codeql/codeql.ts
/**
 * Responsible for running CodeQL when its CLI is on the runner: one Python database, the
 * standard Python queries, SARIF out. Never blocks; absent or failing, it says why.
 */



const codeql_TIMEOUT_MS = 60 * 60_000;
async function runCodeql(dir, tempDir) {
    const version = await runProcess('codeql', ['--version'], { cwd: dir, timeoutMs: 30_000 }).catch(() => undefined);
    if (!version || version.exitCode !== 0)
        return { ran: false, reason: 'not run: the codeql CLI is not on PATH (github/codeql-action/init installs it; pyrelease then runs it here)' };
    const started = Date.now();
    const work = (0,external_node_path_.join)(tempDir, 'pyrelease-codeql');
    (0,external_node_fs_.mkdirSync)(work, { recursive: true });
    const db = (0,external_node_path_.join)(work, 'db');
    const create = await runProcess('codeql', ['database', 'create', db, '--language=python', `--source-root=${dir}`, '--overwrite'], { cwd: dir, timeoutMs: codeql_TIMEOUT_MS });
    if (create.exitCode !== 0)
        return { ran: false, reason: `codeql database create failed: ${create.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
    const sarifFile = (0,external_node_path_.join)(work, 'codeql.sarif');
    const analyze = await runProcess('codeql', ['database', 'analyze', db, '--format=sarif-latest', `--output=${sarifFile}`, 'codeql/python-queries'], { cwd: dir, timeoutMs: codeql_TIMEOUT_MS });
    if (analyze.exitCode !== 0)
        return { ran: false, reason: `codeql database analyze failed: ${analyze.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
    let results = 0;
    try {
        const sarif = JSON.parse((0,external_node_fs_.readFileSync)(sarifFile, 'utf8'));
        results = (sarif.runs ?? []).reduce((n, r) => n + (r.results?.length ?? 0), 0);
    }
    catch {
        return { ran: false, reason: 'codeql wrote no readable SARIF' };
    }
    return { ran: true, sarifFile, results, durationMs: Date.now() - started };
}

;// CONCATENATED MODULE: ./src/core/gates/bandit.ts
const rank = { LOW: 1, MEDIUM: 2, HIGH: 3 };
function parseBanditJson(text, root) {
    const data = JSON.parse(text);
    return (data.results ?? []).map((r) => {
        const severity = String(r.issue_severity ?? 'LOW').toUpperCase();
        const file = String(r.filename ?? '').split('\\').join('/').replace(new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?`), '').replace(/^\.\//, '');
        const f = {
            tool: 'bandit',
            ruleId: `${String(r.test_id ?? 'B000')}:${String(r.test_name ?? 'finding')}`,
            level: severity === 'HIGH' ? 'error' : severity === 'MEDIUM' ? 'warning' : 'notice',
            message: String(r.issue_text ?? ''),
            file,
            line: Number(r.line_number ?? 1),
            severity,
            confidence: String(r.issue_confidence ?? 'LOW').toUpperCase(),
        };
        if (typeof r.col_offset === 'number')
            f.column = r.col_offset + 1;
        return f;
    });
}
function blocksAt(f, severity, confidence) {
    return rank[f.severity ?? 'LOW'] >= rank[severity] && rank[f.confidence ?? 'LOW'] >= rank[confidence];
}

;// CONCATENATED MODULE: ./src/core/gates/bandit-config.ts
/**
 * The project's [tool.bandit] (exclude_dirs, skips, tests) as command-line flags: older
 * bandits cannot read pyproject.toml without an extra package, flags work everywhere.
 */

function banditArgs(pyproject) {
    if (!pyproject)
        return [];
    let bandit;
    try {
        bandit = parse(pyproject).tool?.bandit;
    }
    catch {
        return [];
    }
    if (!bandit)
        return [];
    const list = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    const args = [];
    const exclude = list(bandit.exclude_dirs);
    if (exclude.length)
        args.push('-x', exclude.map((d) => (d.startsWith('./') || d.startsWith('/') ? d : `./${d}`)).join(','));
    const skips = list(bandit.skips);
    if (skips.length)
        args.push('-s', skips.join(','));
    const tests = list(bandit.tests);
    if (tests.length)
        args.push('-t', tests.join(','));
    return args;
}

;// CONCATENATED MODULE: ./src/core/gates/sarif.ts
const securitySeverity = { HIGH: '8.0', MEDIUM: '5.0', LOW: '2.0' };
function toSarif(tool, findings) {
    const rules = [...new Map(findings.map((f) => [f.ruleId, f])).values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: rules.map((f) => ({ id: f.ruleId, shortDescription: { text: f.ruleId.split(':')[1] ?? f.ruleId }, properties: { 'security-severity': securitySeverity[f.severity ?? 'LOW'], tags: ['security'] } })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    level: f.level === 'notice' ? 'note' : f.level,
                    message: { text: f.message },
                    locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } }],
                    properties: { severity: f.severity, confidence: f.confidence },
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/stages/security.ts
/**
 * stage: security — bandit (blocking at bandit-severity and bandit-confidence, honouring the
 * project's [tool.bandit] and `# nosec`), findings as annotations and a SARIF 2.1.0 file.
 */









const securityStage = {
    name: 'security',
    title: 'Security scan',
    blocking: true,
    dryRunSafe: true,
    shouldRun: () => ({ run: true }),
    run: runSecurity,
};
async function runSecurity(ctx) {
    const { settings, runtime } = ctx;
    const dir = settings.workingDirectory;
    const tc = await Toolchain.detect(dir);
    const pyproject = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'pyproject.toml')) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'pyproject.toml'), 'utf8') : '';
    const args = ['-r', '.', '-f', 'json', '-q', ...banditArgs(pyproject)];
    const r = await tc.module('bandit', args, undefined);
    if (!r.ok)
        throw new pyrelease_error/* PyreleaseError */.dT('GATE_TOOL_MISSING', `bandit cannot run: ${r.reason}`, { fix: r.fix });
    const out = await runTool(r.command, dir, 30 * 60_000);
    let findings;
    try {
        findings = parseBanditJson(out.stdout, dir);
    }
    catch {
        throw new pyrelease_error/* PyreleaseError */.dT('GATE_TOOL_FAILED', `bandit did not produce a report (exit ${out.exitCode}): ${out.stderr.trim().split('\n').slice(-1)[0] ?? ''}`, { fix: 'run bandit -r . locally to see the error (a syntax error in the code is the usual cause)' });
    }
    const blocking = findings.filter((f) => blocksAt(f, settings.banditSeverity, settings.banditConfidence));
    const gate = {
        gate: 'bandit',
        status: blocking.length > 0 ? 'failed' : 'passed',
        blocking: true,
        detail: `${findings.length} finding(s), ${blocking.length} at or above severity ${settings.banditSeverity.toLowerCase()} and confidence ${settings.banditConfidence.toLowerCase()}`,
        findings,
        durationMs: out.durationMs,
    };
    runtime.toolOutput(`bandit: ${gate.status}`, out.stdout.length > 20_000 ? `${out.stderr}(JSON report: ${findings.length} findings)` : out.stderr || `${findings.length} findings`);
    const cq = await runCodeql(dir, settings.tempDir);
    const codeql = cq.ran
        ? { gate: 'codeql', status: 'passed', blocking: false, detail: `${cq.results} result(s), advisory — SARIF: ${cq.sarifFile}`, findings: [], durationMs: cq.durationMs }
        : { gate: 'codeql', status: 'skipped', blocking: false, detail: cq.reason, findings: [], durationMs: 0 };
    const sarifDir = (0,external_node_path_.join)(settings.tempDir, 'pyrelease-security');
    (0,external_node_fs_.mkdirSync)(sarifDir, { recursive: true });
    const sarifFile = (0,external_node_path_.join)(sarifDir, 'bandit.sarif');
    (0,external_node_fs_.writeFileSync)(sarifFile, JSON.stringify(toSarif({ name: 'bandit', version: 'unknown', informationUri: 'https://bandit.readthedocs.io/' }, findings), null, 2) + '\n');
    annotate(runtime, [gate]);
    const outputs = { security_passed: String(gate.status === 'passed'), sarif_file: sarifFile, security_findings: String(findings.length), security_blocking_findings: String(blocking.length) };
    if (cq.ran)
        outputs.codeql_sarif_file = cq.sarifFile;
    const summary = renderGatesSummary('Security scan', [gate, codeql], [`SARIF for code scanning: ${sarifFile}`]);
    if (gate.status === 'failed') {
        await runtime.appendSummary(summary);
        for (const [name, value] of Object.entries(outputs))
            runtime.setOutput(name, value);
        throw new pyrelease_error/* PyreleaseError */.dT('GATE_FAILED', `security scan failed: ${gate.detail}`, { fix: 'fix the findings, or mark a reviewed false positive with # nosec BXXX on its line' });
    }
    return { outputs, summary, headline: `bandit ${gate.detail}` };
}

;// CONCATENATED MODULE: ./src/cli-commands.ts







async function runCliCommand(request, runtime, clock) {
    switch (request.command.name) {
        case 'plan':
            return planCommand(request, runtime, clock);
        case 'check':
            return checkCommand(request, runtime, clock);
        case 'demo':
            throw new pyrelease_error/* PyreleaseError */.dT('STAGE_NOT_IMPLEMENTED', `pyrelease ${request.command.name} is not implemented yet`, {
                fix: 'see the README status table for what this version can do',
            });
    }
}
/** The quality gates and the security scan, as the action runs them; the summary as text. */
async function checkCommand(request, runtime, clock) {
    if (request.publishPreflight)
        throw new pyrelease_error/* PyreleaseError */.dT('STAGE_NOT_IMPLEMENTED', 'pyrelease check --publish is not implemented yet', { fix: 'run pyrelease check without --publish' });
    const settings = request.settings;
    const services = { git: new GitRepository(settings.workingDirectory), github: () => { throw new pyrelease_error/* PyreleaseError */.dT('GITHUB_NO_TOKEN', 'pyrelease check does not talk to GitHub', {}); } };
    const { reports, error } = await runStages([qualityStage, securityStage], { settings, runtime, clock, results: {}, services });
    if (request.json)
        process.stdout.write(`${JSON.stringify({ passed: error === undefined, stages: reports, outputs: Object.fromEntries(runtime.outputs) })}\n`);
    else
        process.stdout.write(runtime.summary.join('\n'));
    if (error !== undefined)
        throw error;
}
async function planCommand(request, runtime, clock) {
    const { settings } = request;
    const outcome = await planFromRepository(new GitRepository(settings.workingDirectory), {
        ref: request.ref,
        date: request.date ?? clock.today(),
        configFile: settings.configFile,
        manifestFile: settings.manifestFile,
        targetBranch: request.branch,
        repository: settings.repository,
    });
    for (const n of outcome.notices)
        runtime.notice(n);
    for (const w of outcome.warnings)
        runtime.warning(w);
    process.stdout.write(request.json ? `${JSON.stringify(planJson(outcome.plan))}\n` : renderPlanText(outcome.plan));
}


/***/ }),

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _adapters_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(350);
/* harmony import */ var _adapters_runtime_cli_runtime_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(325);
/* harmony import */ var _cli_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(842);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(376);
/* harmony import */ var _errors_render_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(439);
/* harmony import */ var _settings_cli_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(109);
/* harmony import */ var _settings_from_argv_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(102);
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
    runtime.fail((0,_errors_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderErrorLine */ .Jz)(error), usage ? 2 : 1);
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
/* harmony export */   cP: () => (/* binding */ PyreleaseErrors),
/* harmony export */   dT: () => (/* binding */ PyreleaseError)
/* harmony export */ });
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

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Jz: () => (/* binding */ renderErrorLine)
});

// UNUSED EXPORTS: renderErrorLines, renderErrorMarkdown

;// CONCATENATED MODULE: ./src/errors/catalogue/config.ts
/**
 * Failures of the release-please config and manifest files (core/config). Each message names
 * the file, the key path and, for syntax errors, the line and column; the per-problem fix in the
 * error's details is specific to the value found, and these are the general forms for the docs.
 */
const configErrors = {
    CONFIG_MISSING: { title: 'The release-please config file is missing', fix: 'Create .release-please-config.json (or release-please-config.json) with {"packages": {".": {"release-type": "python"}}}, or name yours with the config-file input.' },
    CONFIG_INVALID_JSON: { title: 'The config file is not valid JSON', fix: 'Correct the JSON at the line and column given: JSON allows no trailing commas, no comments and only double quotes.' },
    CONFIG_NOT_OBJECT: { title: 'The config file is not a JSON object', fix: 'Write {"packages": {".": {"release-type": "python"}}}.' },
    CONFIG_NO_PACKAGES: { title: 'The config has no packages', fix: 'Add the root package: "packages": {".": {"release-type": "python"}}.' },
    CONFIG_NO_ROOT_PACKAGE: { title: 'The config has no root package "."', fix: 'Key the package by "."; if the project is not at the repository root, point working-directory at it.' },
    CONFIG_MONOREPO: { title: 'More than one package is configured', fix: 'pyrelease releases one Python package per repository: keep only the root package ".".' },
    CONFIG_WRONG_TYPE: { title: 'A config value has the wrong type', fix: 'Write the value in the form the message names: true/false without quotes, text in double quotes, lists in brackets, labels as one comma-separated string.' },
    CONFIG_MISSING_KEY: { title: 'A changelog-sections or extra-files entry lacks a required key', fix: 'Give each changelog section a "type" and a "section", and each extra file object a "type" and a "path".' },
    CONFIG_BAD_VALUE: { title: 'A config value has the right type but cannot be used', fix: 'Use a value of the form the message names (a non-empty path, an http(s) URL, at least one label, a known extra-files type).' },
    CONFIG_UNSUPPORTED_RELEASE_TYPE: { title: 'The release type is not python or simple', fix: 'Write "release-type": "python"; release other languages with release-please-action itself.' },
    CONFIG_BAD_VERSIONING: { title: 'The versioning strategy is unknown or unsupported', fix: 'Use default, always-bump-patch, always-bump-minor, always-bump-major or prerelease.' },
    CONFIG_BAD_RELEASE_AS: { title: 'release-as is not a version', fix: 'Write "release-as": "1.2.3", and remove it after that release: it stays in force until removed.' },
    CONFIG_BAD_TAG_NAME: { title: 'The config makes tag names git refuses', fix: 'Use a tag-separator such as "-" or "/", and a component or package-name without spaces or ~^:?*[\\ characters.' },
    CONFIG_BAD_SHA: { title: 'bootstrap-sha or last-release-sha is not a full commit sha', fix: 'Give the full 40-character sha of the commit (git rev-parse <ref>); release-please compares full shas.' },
    CONFIG_MISSING_JSONPATH: { title: 'A json, yaml or toml extra file has no jsonpath', fix: 'Add "jsonpath": "$.version" (or the path to the version value, e.g. "$.project.version").' },
    CONFIG_MISSING_XPATH: { title: 'An xml extra file has no xpath', fix: 'Add "xpath": "//version" (the path to the version element).' },
    CONFIG_BAD_JSONPATH: { title: 'An extra file\'s jsonpath is not supported', fix: "Use $.version, $.project.version or $.package[?(@.name.value=='my-pkg')].version." },
    MANIFEST_MISSING: { title: 'The release-please manifest is missing', fix: 'Create .release-please-manifest.json with {".": "0.0.0"} before a first release, or the version last released.' },
    MANIFEST_INVALID_JSON: { title: 'The manifest is not valid JSON', fix: 'Correct the JSON at the line and column given.' },
    MANIFEST_NOT_OBJECT: { title: 'The manifest is not a JSON object', fix: 'Write {".": "1.2.3"}: package path → version last released.' },
    MANIFEST_BAD_VERSION: { title: 'A manifest version is not a version', fix: 'Write {".": "0.0.0"} before a first release, or the version last released, as a string like "1.2.3".' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/gates.ts
/** Failures of the quality gates and the security scan. */
const gateErrors = {
    GATE_FAILED: { title: 'A blocking gate failed', fix: 'Fix what the annotations and the job summary list, then push again.' },
    GATE_TOOL_MISSING: { title: 'A gate\'s tool is not installed', fix: 'Add it to your dev dependencies, or pip install it on the runner.' },
    GATE_TOOL_FAILED: { title: 'A gate\'s tool produced no report', fix: 'Run the tool locally to see its error.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/inputs.ts
/** Failures of action inputs, the event payload, the environment and the CLI's flags. */
const inputErrors = {
    INPUT_NOT_BOOLEAN: { title: 'An input is not true or false', fix: 'Write true or false (YAML 1.2 core schema: true|True|TRUE|false|False|FALSE).' },
    INPUT_BAD_PYTHON_VERSION: { title: 'python-versions holds something that is not a Python version', fix: 'List versions separated by spaces, e.g. "3.10 3.11 3.12".' },
    INPUT_BAD_URL: { title: 'A URL input is not an http(s) URL', fix: 'Give the full upload endpoint, e.g. https://test.pypi.org/legacy/.' },
    INPUT_BAD_CHOICE: { title: 'An input is not one of its allowed values', fix: 'Use one of the values the message lists.' },
    INPUT_INVALID: { title: 'A hand-off input from an earlier job is malformed', fix: 'Pass the earlier job\'s output through unchanged.' },
    INPUT_BAD_DIRECTORY: { title: 'working-directory is not a directory', fix: 'Check out the repository first and give a path relative to its root.' },
    ENV_BAD_REPOSITORY: { title: 'GITHUB_REPOSITORY is not owner/name', fix: 'Locally, export GITHUB_REPOSITORY=owner/name.' },
    EVENT_UNREADABLE: { title: 'The event payload is not valid JSON', fix: 'Re-run the workflow; report it if it persists.' },
    CLI_USAGE: { title: 'The command line is not understood', fix: 'Run pyrelease --help.' },
    STAGE_NOT_IMPLEMENTED: { title: 'The stage is not implemented yet', fix: 'Run the stages this version implements.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/plan.ts
/** Failures of planning: git, the repository's version files, processes. */
const planErrors = {
    GIT_NOT_A_REPO: { title: 'The directory is not a git repository', fix: 'Check out the repository first (actions/checkout), or pass --cwd DIR.' },
    GIT_UNKNOWN_REF: { title: 'The ref is not a commit here', fix: 'Give a branch, tag or sha that exists locally; fetch it first.' },
    GIT_FAILED: { title: 'A git command failed', fix: 'Check the repository state (git status) and that the checkout is complete.' },
    REPOSITORY_UNKNOWN: { title: 'The repository owner/name cannot be told', fix: 'Set GITHUB_REPOSITORY=owner/name or add an origin remote.' },
    VERSION_UNPARSEABLE: { title: 'A version cannot be read', fix: 'Write versions like 1.2.3.' },
    PYPROJECT_INVALID: { title: 'pyproject.toml is not valid TOML', fix: 'Fix the TOML syntax.' },
    PYPROJECT_NO_VERSION: { title: 'pyproject.toml has no version to update', fix: 'Add version = "0.1.0" under [project], or declare dynamic = ["version"].' },
    PYPROJECT_VERSION_SHAPE: { title: 'The pyproject version cannot be edited in place', fix: 'Write version = "1.2.3" on its own line in [project].' },
    PROCESS_NOT_FOUND: { title: 'A required program is not installed', fix: 'Install it on the runner; the message names how.' },
    PROCESS_TIMEOUT: { title: 'A program did not finish in time', fix: 'Check what it waits for (network, a prompt) and re-run.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/release.ts
/** Failures of the release stage: GitHub refusals, tags, release PRs. */
const releaseErrors = {
    GITHUB_NO_TOKEN: { title: 'No GitHub token was given', fix: 'Leave the token input at its default (${{ github.token }}) or pass a GitHub App token.' },
    GITHUB_BAD_CREDENTIALS: { title: 'GitHub refused the token', fix: 'Pass a valid, unexpired token.' },
    GITHUB_ACTIONS_CANNOT_CREATE_PR: { title: 'GitHub Actions may not create pull requests in this repository', fix: 'Enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or use a GitHub App token.' },
    GITHUB_MISSING_PERMISSION: { title: 'The token lacks a permission', fix: 'Add the permission the message names to the job (contents, pull-requests or issues: write).' },
    GITHUB_RATE_LIMITED: { title: "GitHub's rate limit stopped the run", fix: 'Re-run later; nothing was left half-written.' },
    GITHUB_REQUEST_FAILED: { title: 'A GitHub request failed', fix: 'Re-run the job: every step is safe to repeat.' },
    TAG_CONFLICT: { title: 'The release tag already exists at another commit', fix: 'Delete the wrong tag and re-run, or bump the version in the release PR.' },
    RELEASE_PR_UNREADABLE: { title: 'A merged release PR has no version in its body or title', fix: 'Restore the "## [x.y.z]" heading in its body, or remove its autorelease: pending label.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue.ts
/**
 * Every user-facing failure, by stable code: what happened and how to fix it. docs/errors.md
 * is generated from this table (npm run docs) and a test keeps code, catalogue and docs in step.
 * Codes never change once released.
 */





const catalogue_catalogue = { ...inputErrors, ...configErrors, ...planErrors, ...releaseErrors, ...gateErrors };

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __nccwpck_require__(376);
;// CONCATENATED MODULE: ./src/errors/render.ts
/**
 * Errors for people: one line for the log (`file[:line:col]: what — fix: how [CODE]`), a longer
 * Markdown form for the job summary listing every problem with its fix. Never a stack trace:
 * the entries print one at debug level for errors we did not expect.
 */


const MORE_IN_LINE = 3;
/** One line for the log and `setFailed`; several problems are named after the first. */
function renderErrorLine(error) {
    if (!(0,pyrelease_error/* isPyreleaseError */.FR)(error))
        return oneLine(`internal error, please report: ${messageOf(error)}`);
    const [first, ...rest] = problemsOf(error);
    if (!first)
        return oneLine(`${error.message} [${error.code}]`);
    if (rest.length === 0)
        return problemLine(first);
    const named = rest.slice(0, MORE_IN_LINE).map((p) => `${p.details.key ?? p.details.file ?? p.message} [${p.code}]`);
    if (rest.length > MORE_IN_LINE)
        named.push('…');
    return `${problemLine(first)} (+${rest.length} more problem${rest.length > 1 ? 's' : ''}: ${named.join('; ')})`;
}
/** One line per problem, for a terminal where there is no job summary. */
function renderErrorLines(error) {
    if (!isPyreleaseError(error))
        return [renderErrorLine(error)];
    const problems = problemsOf(error);
    return problems.length > 0 ? problems.map(problemLine) : [renderErrorLine(error)];
}
function renderErrorMarkdown(error) {
    const head = '### ❌ pyrelease failed';
    if (!isPyreleaseError(error)) {
        return `${head}\n\nInternal error, please report it with this message: ${escapeMd(messageOf(error))}\n`;
    }
    const problems = problemsOf(error);
    const lines = [head, ''];
    if (problems.length > 1)
        lines.push(`${problems.length} problems; fix them all before the next run:`, '');
    problems.forEach((p, i) => {
        const where = render_location(p);
        lines.push(`${i + 1}. ${where ? `\`${where}\` — ` : ''}${escapeMd(withoutLocation(p))} (\`${p.code}\`: ${escapeMd(catalogue[p.code]?.title ?? 'see docs/errors.md')})`);
        if (p.details.fix)
            lines.push(`   - **Fix:** ${escapeMd(p.details.fix)}`);
        for (const more of p.details.more ?? [])
            lines.push(`   - ${escapeMd(more)}`);
    });
    return `${lines.join('\n')}\n`;
}
function problemsOf(error) {
    return error instanceof pyrelease_error/* PyreleaseErrors */.cP ? error.problems : [error];
}
function problemLine(p) {
    const where = render_location(p);
    const text = where ? `${where}: ${withoutLocation(p)}` : p.message;
    return oneLine(`${text}${p.details.fix ? ` — fix: ${p.details.fix}` : ''} [${p.code}]`);
}
/** `file`, `file:line:col` when the position is known; undefined when the error names no file. */
function render_location(p) {
    const { file, line, column } = p.details;
    if (!file)
        return undefined;
    return line !== undefined ? `${file}:${line}${column !== undefined ? `:${column}` : ''}` : file;
}
/** The message after its own "file[:line[:col]]: " prefix, so the location is printed once. */
function withoutLocation(p) {
    const file = p.details.file;
    if (!file || !p.message.startsWith(file))
        return p.message;
    return p.message.slice(file.length).replace(/^(:\d+){0,2}:\s*/, '');
}
function messageOf(error) {
    if (error instanceof Error)
        return error.message || error.name;
    return String(error);
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** User text (keys, values, paths) must not turn into Markdown or HTML in the summary. */
function escapeMd(text) {
    return oneLine(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
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

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parseCliArgs)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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
const settings_DEFAULT_MANIFEST_FILE = '.release-please-manifest.json';
const settings_DEFAULT_REPOSITORY_URL = 'https://upload.pypi.org/legacy/';

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/settings/handoff.ts
/**
 * A stage's typed results ⇄ action outputs. With `stage: all` results flow in memory; when
 * stages run in separate jobs, the next job passes the previous job's outputs back as inputs
 * of the same names, and readHandoff() turns them back into these types.
 */

/** release-please-action's output names and value forms (README §11 of release-please-behaviour.md). */
function releaseOutputs(r) {
    const out = { releases_created: String(r.releaseCreated), prs_created: String(r.prsCreated), paths_released: JSON.stringify(r.releaseCreated ? ['.'] : []) };
    // release-please leaves release_created empty (not "false") when the root package did not release.
    if (r.releaseCreated) {
        out.release_created = 'true';
        out.path = '.';
        if (r.tagName)
            out.tag_name = r.tagName;
        if (r.sha)
            out.sha = r.sha;
        if (r.htmlUrl)
            out.html_url = r.htmlUrl;
        if (r.uploadUrl)
            out.upload_url = r.uploadUrl;
        if (r.name !== undefined)
            out.name = r.name;
        if (r.body !== undefined)
            out.body = r.body;
        if (r.id !== undefined)
            out.id = String(r.id);
        if (r.draft !== undefined)
            out.draft = String(r.draft);
        if (r.prNumber !== undefined)
            out.prNumber = String(r.prNumber);
        if (r.version)
            Object.assign(out, versionParts(r.version));
    }
    if (r.pr && r.prsCreated) {
        out.pr = JSON.stringify(r.pr);
        out.prs = JSON.stringify([r.pr]);
    }
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
        mypyBlocking: p.take(() => parseBoolean('mypy-blocking', rt.getInput('mypy-blocking'), false), false),
        pytestArgs: rt.getInput('pytest-args').split(/\s+/).filter(Boolean),
        banditSeverity: p.take(() => level('bandit-severity', rt.getInput('bandit-severity')), 'MEDIUM'),
        banditConfidence: p.take(() => level('bandit-confidence', rt.getInput('bandit-confidence')), 'MEDIUM'),
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
function level(name, raw) {
    return parseChoice(name, raw.toLowerCase(), ['low', 'medium', 'high'], 'medium').toUpperCase();
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
    const cwd = (0,external_node_path_.resolve)(str('cwd') ?? process.cwd());
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
        mypyBlocking: false,
        pytestArgs: [],
        banditSeverity: 'MEDIUM',
        banditConfidence: 'MEDIUM',
        repositoryUrl: settings_DEFAULT_REPOSITORY_URL,
        targetBranch: str('branch'),
        eventName: 'cli',
        repository: repository(env.GITHUB_REPOSITORY || undefined),
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        sha: undefined,
        tempDir: (0,external_node_os_.tmpdir)(),
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


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

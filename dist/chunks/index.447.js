export const id = 447;
export const ids = [447];
export const modules = {

/***/ 8154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E5: () => (/* binding */ Toolchain),
  $U: () => (/* binding */ missingModule),
  qI: () => (/* binding */ runTool)
});

// UNUSED EXPORTS: BANDIT_PIN

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/gates/tool-pins.ts
var tool_pins = __webpack_require__(62029);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
;// CONCATENATED MODULE: ./src/core/gates/tool-manager.ts
/**
 * Which tool manages the project's development dependencies, so a missing tool is answered with
 * the line that adds it there: uv (uv.lock), Poetry (poetry.lock or [tool.poetry]), PDM (pdm.lock
 * or [tool.pdm]), else pip on the runner. ruff is a standalone binary: pipx suits it outside a
 * project manager.
 */

function toolManager(facts) {
    const tool = (0,records/* asRecord */.qY)(facts.pyproject?.tool) ?? {};
    if (facts.locks.has('uv.lock'))
        return 'uv';
    if (facts.locks.has('poetry.lock') || tool.poetry !== undefined)
        return 'poetry';
    if (facts.locks.has('pdm.lock') || tool.pdm !== undefined)
        return 'pdm';
    return 'pip';
}
function installLine(manager, tool) {
    switch (manager) {
        case 'uv':
            return tool === 'bandit' ? 'pyrelease runs bandit with uvx; check that uvx can reach the index, or add bandit to the dev group (uv add --dev bandit) to pin its version' : `uv add --dev ${tool}`;
        case 'poetry':
            return `poetry add --group dev ${tool} (and install the project into the interpreter pyrelease runs: poetry config virtualenvs.in-project true, then poetry install)`;
        case 'pdm':
            return `pdm add -dG dev ${tool}`;
        case 'pip':
            return tool === 'ruff' ? 'pipx install ruff (or pip install ruff in the job)' : `pip install ${tool} in the job (a step before pyrelease), or add it to your dev requirements`;
    }
}

// EXTERNAL MODULE: ./src/adapters/process/run-process.ts + 1 modules
var run_process = __webpack_require__(56602);
;// CONCATENATED MODULE: ./src/core/gates/interpreter-candidates.ts
function interpreterCandidates(version, facts) {
    const win = facts.platform === 'win32';
    const join = (...parts) => parts.join(win ? '\\' : '/');
    const inEnv = facts.projectEnvironments.map((dir) => ({ program: win ? join(dir, 'Scripts', 'python.exe') : join(dir, 'bin', 'python'), args: [], via: `the project's environment ${dir}` }));
    if (version === undefined) {
        const defaults = win ? [{ program: 'python', args: [] }, { program: 'py', args: ['-3'] }] : [{ program: 'python3', args: [] }, { program: 'python', args: [] }];
        return [...inEnv, ...defaults.map((c) => ({ ...c, via: "the runner's default python" }))];
    }
    const free = version.endsWith('t');
    const minor = free ? version.slice(0, -1) : version;
    const onPath = win ? { program: 'py', args: [`-${version}`], via: 'the py launcher' } : { program: `python${version}`, args: [], via: 'PATH' };
    const cached = facts.toolCache === undefined ? [] : facts.toolCacheVersions
        .filter((v) => v === minor || v.startsWith(`${minor}.`) || (free && v.startsWith(`${minor}.`) && v.endsWith('-freethreaded')))
        .sort(byVersionDescending)
        .map((v) => {
        const root = join(facts.toolCache, 'Python', v, facts.toolCacheArch ?? 'x64');
        return { program: win ? join(root, 'python.exe') : join(root, 'bin', `python${minor}`), args: [], via: `the tool cache (${v})` };
    });
    return [...inEnv, onPath, ...cached];
}
function byVersionDescending(a, b) {
    const pa = a.split(/[.-]/).map(Number);
    const pb = b.split(/[.-]/).map(Number);
    for (let i = 0; i < 3; i++)
        if ((pa[i] ?? 0) !== (pb[i] ?? 0))
            return (pb[i] ?? 0) - (pa[i] ?? 0);
    return 0;
}
/** Whether an interpreter reporting `actual` (X.Y.Z) answers a request for `wanted` (X.Y, X.Y.Z, X.Yt). */
function versionMatches(wanted, actual) {
    if (wanted === undefined)
        return true;
    const w = wanted.replace(/t$/, '').replace(/^pypy/, '');
    return actual === w || actual.startsWith(`${w}.`);
}

;// CONCATENATED MODULE: ./src/adapters/python-tools/interpreters.ts
/**
 * Responsible for finding the runner's interpreter for a Python version: tries the candidates
 * core/gates/interpreter-candidates.ts lists for this OS and asks each for its real
 * `sys.version_info` and `sys.executable`, so a shim that is not the version (pyenv's), a
 * `python3.12` that is really 3.11, or a launcher that has no such version is never used.
 */




const PROBE = 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])';
const PROBE_TIMEOUT_MS = 20_000;
class Interpreters {
    cwd;
    projectEnvironments;
    platform;
    toolCache;
    found = new Map();
    constructor(cwd, projectEnvironments, platform = process.platform === 'win32' ? 'win32' : process.platform === 'darwin' ? 'darwin' : 'linux', toolCache = process.env.RUNNER_TOOL_CACHE) {
        this.cwd = cwd;
        this.projectEnvironments = projectEnvironments;
        this.platform = platform;
        this.toolCache = toolCache;
    }
    /** The interpreter for `version` (X.Y), or the runner's default when undefined; undefined when the runner has none. */
    resolve(version) {
        const key = version ?? '';
        let p = this.found.get(key);
        if (!p) {
            p = this.search(version);
            this.found.set(key, p);
        }
        return p;
    }
    async search(version) {
        const pythonDir = this.toolCache === undefined ? undefined : (0,external_node_path_.join)(this.toolCache, 'Python');
        const toolCacheVersions = pythonDir !== undefined && (0,external_node_fs_.existsSync)(pythonDir) ? (0,external_node_fs_.readdirSync)(pythonDir) : [];
        const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
        const candidates = interpreterCandidates(version, { platform: this.platform, projectEnvironments: [...this.projectEnvironments], toolCacheVersions, toolCacheArch: arch, ...(this.toolCache ? { toolCache: this.toolCache } : {}) });
        for (const c of candidates) {
            const r = await (0,run_process/* runProcess */.R3)(c.program, [...c.args, '-c', PROBE], { cwd: this.cwd, timeoutMs: PROBE_TIMEOUT_MS }).catch(() => undefined);
            if (!r || r.exitCode !== 0)
                continue;
            const [executable, actual] = r.stdout.trim().split(/\r?\n/);
            if (executable && actual && versionMatches(version, actual))
                return { executable, version: actual, via: c.via };
        }
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/adapters/python-tools/python-environment.ts
/** An interpreter a gate runs in: the runner's own, or a virtual environment pyrelease provisioned. */

const WINDOWS = process.platform === 'win32';
/** A virtual environment at `dir`: its interpreter, scripts directory and activation variables. */
function virtualEnvironment(dir, version, label) {
    const bin = (0,external_node_path_.join)(dir, WINDOWS ? 'Scripts' : 'bin');
    return { python: (0,external_node_path_.join)(bin, WINDOWS ? 'python.exe' : 'python'), version, label, bin, env: { PATH: `${bin}${external_node_path_.delimiter}${process.env.PATH ?? ''}`, VIRTUAL_ENV: dir } };
}

;// CONCATENATED MODULE: ./src/adapters/python-tools/uv-environments.ts
/**
 * Responsible for one uv environment per Python version. uv keeps a single project environment
 * (`.venv`, or UV_PROJECT_ENVIRONMENT) and re-creates it whenever another interpreter is asked
 * for (https://docs.astral.sh/uv/concepts/projects/config/#project-environment-path), so
 * `uv run --python X` for several versions at once delete each other's environment. Each
 * version gets its own directory under RUNNER_TEMP, synced once with `uv sync --locked` (a stale
 * uv.lock is the project's error, never rewritten: https://docs.astral.sh/uv/concepts/projects/sync/);
 * the gates then run that environment's interpreter directly, so no two uv calls ever race for it.
 */





const SYNC_TIMEOUT_MS = 30 * 60_000;
class UvEnvironments {
    projectDir;
    tempDir;
    synced = new Map();
    constructor(projectDir, tempDir) {
        this.projectDir = projectDir;
        this.tempDir = tempDir;
    }
    /** The environment for `version` (X.Y; undefined: uv's own choice from requires-python and .python-version). */
    environment(version) {
        const key = version ?? 'default';
        let p = this.synced.get(key);
        if (!p) {
            p = this.sync(version, key);
            this.synced.set(key, p);
        }
        return p;
    }
    async sync(version, key) {
        const project = (0,external_node_crypto_.createHash)('sha256').update(this.projectDir).digest('hex').slice(0, 12);
        const dir = (0,external_node_path_.join)(this.tempDir, 'pyrelease-uv', project, `py${key}`);
        const args = ['sync', '--locked', ...(version ? ['--python', version] : [])];
        const r = await (0,run_process/* runProcess */.R3)('uv', args, { cwd: this.projectDir, timeoutMs: SYNC_TIMEOUT_MS, env: { UV_PROJECT_ENVIRONMENT: dir, NO_COLOR: '1' }, installHint: 'add astral-sh/setup-uv before this step' });
        if (r.exitCode !== 0)
            return syncFailure(r.stderr, version);
        const actual = environmentVersion(dir);
        if (!actual)
            return { ok: false, missingPython: false, reason: `uv sync made no environment at ${dir}`, fix: 'run uv sync --locked locally to see why' };
        return { ok: true, environment: virtualEnvironment(dir, actual, `uv environment ${dir}`) };
    }
}
/** uv writes `version_info = 3.12.7`, Python's venv `version = 3.12.7`. */
function environmentVersion(dir) {
    const cfg = (0,external_node_path_.join)(dir, 'pyvenv.cfg');
    if (!(0,external_node_fs_.existsSync)(cfg))
        return undefined;
    return /^(?:version_info|version)\s*=\s*(\d+\.\d+\.\d+)/m.exec((0,external_node_fs_.readFileSync)(cfg, 'utf8'))?.[1];
}
function syncFailure(stderr, version) {
    const last = stderr.trim().split(/\r?\n/).filter((l) => l.trim() !== '');
    const error = last.find((l) => /^error:/.test(l)) ?? last[last.length - 1] ?? '';
    if (/needs to be updated, but `--locked` was provided/.test(stderr)) {
        return { ok: false, missingPython: false, reason: 'uv.lock is out of date with pyproject.toml (uv sync --locked refused it)', fix: 'run uv lock and commit uv.lock; pyrelease never rewrites it', code: 'GATE_UV_LOCK_STALE' };
    }
    if (/Unable to find lockfile/.test(stderr)) {
        return { ok: false, missingPython: false, reason: 'the project has no uv.lock for uv sync --locked', fix: 'run uv lock and commit uv.lock', code: 'GATE_UV_LOCK_STALE' };
    }
    if (/No interpreter found|No download found|not found in managed installations|Failed to download/i.test(stderr)) {
        return { ok: false, missingPython: true, reason: `uv found no Python ${version ?? ''} and could not fetch it: ${error}`.replace('  ', ' '), fix: 'allow uv to download interpreters (UV_PYTHON_DOWNLOADS must not be never), or install it with actions/setup-python' };
    }
    return { ok: false, missingPython: false, reason: `uv sync failed: ${error}`, fix: 'run uv sync --locked locally to see the whole error' };
}

;// CONCATENATED MODULE: ./src/adapters/python-tools/toolchain.ts
/**
 * Responsible for turning "run pytest on Python 3.12" into a command for this project on this
 * runner. A project with a uv.lock runs through uv: one synced environment per Python version
 * (uv-environments.ts), standalone tools through `uvx` at the project's pinned version.
 * Otherwise the runner's interpreters (interpreters.ts) and the tools installed for them.
 */







/** bandit as a uv tool when the project pins none: the release pyrelease is tested with. */
const BANDIT_PIN = '1.9.4';
const toolchain_PROBE = { timeoutMs: 20_000 };
const toolchain_WINDOWS = process.platform === 'win32';
class Toolchain {
    project;
    uv;
    problem;
    options;
    manager;
    uvEnvironments;
    interpreters;
    constructor(project, 
    /** The project is a uv project and uv is on PATH: everything runs through uv. */
    uv, 
    /** A uv project on a runner without uv: why nothing can run, and the fix. */
    problem, options) {
        this.project = project;
        this.uv = uv;
        this.problem = problem;
        this.options = options;
        this.manager = toolManager({ locks: project.locks, ...(project.pyproject ? { pyproject: project.pyproject } : {}) });
        this.uvEnvironments = uv ? new UvEnvironments(project.dir, options.tempDir) : undefined;
        this.interpreters = new Interpreters(project.dir, project.environments);
    }
    static async detect(project, options) {
        if (!project.uvLock)
            return new Toolchain(project, false, undefined, options);
        const uv = await (0,run_process/* runProcess */.R3)('uv', ['--version'], { cwd: project.dir, ...toolchain_PROBE }).then((r) => r.exitCode === 0, () => false);
        // A uv project's dependencies live in uv.lock: the runner's interpreter would test something else.
        const problem = uv ? undefined : { reason: 'the project uses uv (uv.lock) but uv is not on PATH', fix: 'add - uses: astral-sh/setup-uv@v6 before this step' };
        return new Toolchain(project, uv, problem, options);
    }
    /** How tools run, for the summary. */
    get note() {
        if (this.uv)
            return `the project uses uv (${this.project.uvLock.path.endsWith((0,external_node_path_.join)(this.project.dir, 'uv.lock')) ? 'uv.lock' : `the workspace's ${this.project.uvLock.path}`}): one environment per Python version, synced with uv sync --locked`;
        return "tools run with the runner's interpreters";
    }
    /** The environment a gate runs in on `version` (undefined: the runner's default, or uv's choice). */
    environment(version) {
        if (this.problem)
            return Promise.resolve({ ok: false, missingPython: false, ...this.problem });
        if (this.uvEnvironments)
            return this.uvEnvironments.environment(version);
        return this.interpreters.resolve(version).then((i) => {
            if (i)
                return { ok: true, environment: { python: i.executable, version: i.version, label: `${i.executable} (${i.via})`, env: {} } };
            const where = toolchain_WINDOWS ? 'py launcher, tool cache' : `python${version ?? '3'} on PATH, tool cache`;
            return {
                ok: false,
                missingPython: true,
                reason: version ? `Python ${version} is not on this runner (looked in: the project's environments, ${where})` : 'no Python interpreter on this runner',
                fix: version ? `add ${version} to actions/setup-python's python-version list (several lines install several versions), or use uv, which fetches interpreters` : 'add actions/setup-python before this step',
            };
        });
    }
    /** `python -m <module> args` in an environment. */
    module(environment, module, args) {
        const env = environment.environment;
        return { program: env.python, args: ['-m', module, ...args], env: env.env };
    }
    /** The line that adds a missing tool in this project's tool manager. */
    installLine(tool) {
        return installLine(this.manager, tool);
    }
    /** ruff: the project's pinned release through uvx under uv; else the project's environment's, PATH's, or the interpreter's module. */
    async ruff() {
        if (this.problem)
            return { ok: false, ...this.problem };
        if (this.uv) {
            const pin = (0,tool_pins/* pinTool */.K)({ tool: 'ruff', locked: (0,tool_pins/* lockedVersion */.X)(this.project.uvLock?.doc, 'ruff'), input: this.options.ruffVersion, fallback: undefined });
            return { ok: true, command: { program: 'uvx', args: [pin.spec] }, why: pin.why };
        }
        const candidates = [
            ...this.project.environments.map((dir) => ({ program: (0,external_node_path_.join)(dir, toolchain_WINDOWS ? 'Scripts' : 'bin', toolchain_WINDOWS ? 'ruff.exe' : 'ruff'), args: [] })).filter((c) => (0,external_node_fs_.existsSync)(c.program)),
            { program: 'ruff', args: [] },
        ];
        for (const c of candidates) {
            const v = await this.version(c);
            if (v === undefined)
                continue;
            if (this.options.ruffVersion && v !== this.options.ruffVersion) {
                return { ok: false, reason: `ruff ${v} is on the runner (${c.program}) but ruff-version asks for ${this.options.ruffVersion}`, fix: `install that release (pip install ruff==${this.options.ruffVersion}), or use uv, which runs it with uvx` };
            }
            return { ok: true, command: c, why: `ruff ${v} (${c.program === 'ruff' ? 'on PATH' : c.program})` };
        }
        return { ok: false, reason: 'ruff is not installed', fix: this.installLine('ruff') };
    }
    /** The `twine-version` input ("" when unset), for twine check under uv (packaging-tools.ts). */
    get twineVersion() {
        return this.options.twineVersion;
    }
    /** bandit under uv: a uv tool at the project's pin (never a project dependency, never the project's environment). */
    bandit() {
        if (this.problem)
            return { ok: false, ...this.problem };
        const pin = (0,tool_pins/* pinTool */.K)({ tool: 'bandit', locked: (0,tool_pins/* lockedVersion */.X)(this.project.uvLock?.doc, 'bandit'), input: this.options.banditVersion, fallback: BANDIT_PIN });
        return { ok: true, command: { program: 'uvx', args: [pin.spec] }, why: pin.why };
    }
    async version(c) {
        const r = await (0,run_process/* runProcess */.R3)(c.program, [...c.args, '--version'], { cwd: this.project.dir, ...toolchain_PROBE }).catch(() => undefined);
        return r?.exitCode === 0 ? /(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] : undefined;
    }
}
async function runTool(command, cwd, timeoutMs) {
    return (0,run_process/* runProcess */.R3)(command.program, command.args, { cwd, timeoutMs, env: { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', ...command.env } });
}
/** `python -m X` failed because X is not installed for that interpreter. */
function missingModule(r, module) {
    return r.exitCode !== 0 && new RegExp(`No module named ${module}\\b`).test(r.stderr);
}


/***/ }),

/***/ 21030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ cfgList),
/* harmony export */   t: () => (/* binding */ parseSetupCfg)
/* harmony export */ });
function parseSetupCfg(text) {
    const sections = new Map();
    let section;
    let key;
    for (const raw of text.split(/\r?\n/)) {
        if (/^\s*[#;]/.test(raw) || raw.trim() === '') {
            // A blank line inside a value is kept by configparser only when more indented lines follow; classifiers never need it.
            continue;
        }
        const header = /^\[([^\]]+)\]\s*$/.exec(raw);
        if (header) {
            section = sections.get(header[1].trim()) ?? new Map();
            sections.set(header[1].trim(), section);
            key = undefined;
            continue;
        }
        if (/^\s/.test(raw) && section && key !== undefined) {
            section.set(key, `${section.get(key) ?? ''}\n${raw.trim()}`);
            continue;
        }
        const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
        if (pair && section) {
            key = pair[1].trim().toLowerCase();
            section.set(key, pair[2].trim());
        }
    }
    return sections;
}
/** A multi-line value as its non-empty lines (classifiers, install_requires). */
function cfgList(value) {
    return (value ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}


/***/ }),

/***/ 62029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ pinTool),
/* harmony export */   X: () => (/* binding */ lockedVersion)
/* harmony export */ });
/* harmony import */ var _publish_distribution_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88409);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85033);
/**
 * Which release of a standalone tool `uvx` runs, so a gate gives the verdict the project's own
 * pinned tool would: `uvx ruff` alone runs the index's newest ruff, and `ruff format --check`
 * then fails on a project formatted by its own pinned ruff. Order: the version locked in uv.lock
 * (the project's own: the same release `uv run ruff` would run, without syncing an environment
 * first), the `<tool>-version` input, pyrelease's tested pin, else the newest (said so).
 */


function pinTool(f) {
    if (f.locked)
        return uvx(f.tool, f.locked, `${f.tool} ${f.locked}, the project's own (locked in uv.lock)`);
    if (f.input)
        return uvx(f.tool, f.input, `${f.tool} ${f.input}, from the ${f.tool}-version input`);
    if (f.fallback)
        return uvx(f.tool, f.fallback, `${f.tool} ${f.fallback}, pyrelease's tested pin (set ${f.tool}-version to choose another)`);
    return { spec: f.tool, version: undefined, why: `the index's newest ${f.tool}: the project pins none (add it to the dev group, or set ${f.tool}-version)` };
}
function uvx(tool, version, why) {
    return { spec: `${tool}@${version}`, version, why };
}
/** The version uv.lock records for a package (by PEP 503 name), if it holds one. */
function lockedVersion(lock, name) {
    const wanted = (0,_publish_distribution_name_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProjectName */ .yz)(name);
    const packages = Array.isArray(lock?.package) ? lock.package : [];
    for (const p of packages) {
        const entry = (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p);
        if (typeof entry?.name === 'string' && (0,_publish_distribution_name_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProjectName */ .yz)(entry.name) === wanted && typeof entry.version === 'string')
            return entry.version;
    }
    return undefined;
}


/***/ }),

/***/ 77089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ releaseConfigOf),
/* harmony export */   t: () => (/* binding */ projectDirectory)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/* harmony import */ var _adapters_workspace_release_config_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67684);
/** What a stage is: typed inputs (settings + earlier results) in, typed result + outputs out. */


/**
 * Where the gates run and the distribution is built: the package's directory, else
 * working-directory. With several packages and no `path`, no stage acts on a guess: per-member
 * gates and publish of a monorepo (the rest of #22) are not done, so it says which input to set.
 */
function projectDirectory(ctx, stage = 'this stage') {
    const several = ctx.services.severalPackages;
    if (several) {
        const paths = several.paths.map((p) => JSON.stringify(p)).join(', ');
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PyreleaseError */ .dT('CONFIG_SEVERAL_PACKAGES', `has ${several.paths.length} packages (${paths}) and ${stage} acts on one: set path: to the package it is for`, {
            file: several.configFile,
            key: 'path',
            fix: `add path: ${several.paths.find((p) => p !== '.') ?? several.paths[0]} to this step (one step per package, e.g. a matrix over the release stage's paths_released output)`,
        });
    }
    return ctx.services.projectDir ?? ctx.settings.workingDirectory;
}
/** The release config main.ts read before the stages ran, or read here (and kept) when a stage runs without it (stage: validate alone, a stage test). */
function releaseConfigOf(ctx) {
    const { settings } = ctx;
    return (ctx.services.releaseConfig ??= (0,_adapters_workspace_release_config_files_js__WEBPACK_IMPORTED_MODULE_1__/* .loadReleaseConfig */ .K)(settings.workingDirectory, settings.configFile, settings.manifestFile, settings.packagePath, settings.manifestLess));
}


/***/ }),

/***/ 43447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ toolchainFor)
});

// EXTERNAL MODULE: ./src/adapters/python-tools/toolchain.ts + 5 modules
var toolchain = __webpack_require__(8154);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/gates/setup-cfg.ts
var setup_cfg = __webpack_require__(21030);
// EXTERNAL MODULE: ./src/core/pyproject-toml.ts
var pyproject_toml = __webpack_require__(39332);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
// EXTERNAL MODULE: ./src/core/workspace/uv-workspace.ts
var uv_workspace = __webpack_require__(97338);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
;// CONCATENATED MODULE: ./src/adapters/workspace/python-project.ts
/**
 * Responsible for reading, once per run, what the gates need to know of the Python project on
 * disk: its configuration files (each parsed by the one parser for its format), its lock files,
 * its layout and the virtual environments it holds. Every decision about them is made in core.
 */








function readPythonProject(dir) {
    const text = (name) => ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name)) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8') : undefined);
    const pyprojectText = text('pyproject.toml');
    const pyproject = pyprojectText === undefined ? undefined : (0,pyproject_toml/* parsePyprojectToml */.w)(pyprojectText, 'pyproject.toml', 'fix the TOML syntax at that line; every tool of the project reads this file');
    const cfg = (name) => {
        const t = text(name);
        return t === undefined ? undefined : (0,setup_cfg/* parseSetupCfg */.t)(t);
    };
    const locks = new Set(['uv.lock', 'poetry.lock', 'pdm.lock'].filter((l) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, l))));
    const uvWorkspace = memberOfUvWorkspace(dir, pyproject);
    const uvLockPath = locks.has('uv.lock') ? (0,external_node_path_.join)(dir, 'uv.lock') : uvWorkspace && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(uvWorkspace.root, 'uv.lock')) ? (0,external_node_path_.join)(uvWorkspace.root, 'uv.lock') : undefined;
    if (uvLockPath)
        locks.add('uv.lock');
    const entries = listEntries(dir);
    const project = {
        dir,
        locks,
        layout: { root: entries.map((e) => e.entry).filter((e) => e !== undefined), ...((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'src')) ? { src: listEntries((0,external_node_path_.join)(dir, 'src')).map((e) => e.entry).filter((e) => e !== undefined) } : {}) },
        environments: entries.filter((e) => e.isEnvironment).map((e) => (0,external_node_path_.join)(dir, e.name)),
    };
    if (pyproject)
        project.pyproject = pyproject;
    if (uvWorkspace)
        project.uvWorkspace = uvWorkspace;
    for (const [key, name] of [['setupCfg', 'setup.cfg'], ['mypyIni', 'mypy.ini'], ['dotMypyIni', '.mypy.ini']]) {
        const parsed = cfg(name);
        if (parsed)
            project[key] = parsed;
    }
    if (uvLockPath)
        project.uvLock = { path: uvLockPath, doc: readUvLock(uvLockPath) };
    return project;
}
/**
 * The uv workspace the project is a member of, found as uv finds it (uv-workspace's
 * find_workspace): its own [tool.uv.workspace], else the nearest pyproject.toml above decides —
 * a workspace whose globs include the project, or nothing (another project above, a workspace
 * that excludes it). Not above the repository root. uv locks a workspace once, at its root.
 */
function memberOfUvWorkspace(dir, pyproject) {
    const name = (0,records/* asRecord */.qY)(pyproject?.project)?.name;
    if (typeof name !== 'string')
        return undefined;
    if ((0,records/* asRecord */.qY)((0,records/* asRecord */.qY)((0,records/* asRecord */.qY)(pyproject?.tool)?.uv)?.workspace))
        return { root: dir, name };
    // A project at the repository's top has nothing above it to be a member of.
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
        return undefined;
    for (let at = (0,external_node_path_.dirname)(dir); at !== (0,external_node_path_.dirname)(at); at = (0,external_node_path_.dirname)(at)) {
        const file = (0,external_node_path_.join)(at, 'pyproject.toml');
        if ((0,external_node_fs_.existsSync)(file)) {
            const table = (0,uv_workspace/* readUvWorkspaceTable */.PH)((0,external_node_fs_.readFileSync)(file, 'utf8'));
            return table && (0,uv_workspace/* isWorkspaceMember */.MN)(table, (0,external_node_path_.relative)(at, dir).split(external_node_path_.sep).join('/')) ? { root: at, name } : undefined;
        }
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, '.git')))
            return undefined;
    }
    return undefined;
}
function readUvLock(path) {
    try {
        return (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new pyrelease_error/* PyreleaseError */.dT('UV_LOCK_INVALID', `uv.lock is not valid TOML: ${error.message.split('\n')[0]}`, { file: 'uv.lock', fix: 'regenerate it with uv lock and commit it (never edit it by hand)' });
    }
}
function listEntries(dir) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
    return names.sort().map((name) => {
        const path = (0,external_node_path_.join)(dir, name);
        let isDir = false;
        try {
            isDir = (0,external_node_fs_.statSync)(path).isDirectory();
        }
        catch {
            return { name, isEnvironment: false };
        }
        if (!isDir)
            return { name, isEnvironment: false, ...(/\.pyi?$/.test(name) ? { entry: { name, kind: 'module' } } : {}) };
        const isEnvironment = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'pyvenv.cfg'));
        const kind = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, '__init__.py')) ? 'package' : 'directory';
        return { name, isEnvironment, entry: { name, kind } };
    });
}

// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __webpack_require__(77089);
;// CONCATENATED MODULE: ./src/stages/toolchain-for.ts
/** The project's toolchain for a stage: the project read once from disk, the tool pins from settings. */



/** The project in the package's directory (projectDirectory), else working-directory; `dir` when the stage knows better (validate of several packages: the repository root). */
function toolchainFor(ctx, dir) {
    const { settings } = ctx;
    return toolchain/* Toolchain */.E5.detect(readPythonProject(dir ?? (0,stage/* projectDirectory */.t)(ctx)), { tempDir: settings.tempDir, ruffVersion: settings.ruffVersion, banditVersion: settings.banditVersion, twineVersion: settings.twineVersion });
}


/***/ })

};

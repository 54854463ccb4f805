export const id = 374;
export const ids = [374];
export const modules = {

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

/***/ 65153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ensureComment)
/* harmony export */ });
async function ensureComment(gh, issue, body, marker) {
    if ((await gh.listComments(issue)).some((c) => marker(c.body)))
        return 'already there';
    await gh.createComment(issue, body);
    const marked = (await gh.listComments(issue)).filter((c) => marker(c.body)).sort((a, b) => a.id - b.id);
    // Ours is the newest we can see; any older one is another run's, which wins.
    if (marked.length > 1) {
        const ours = marked[marked.length - 1];
        await gh.deleteComment(ours.id);
        return 'already there';
    }
    return 'posted';
}


/***/ }),

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateStage: () => (/* binding */ validateStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/python-tools/fresh-install.ts
var fresh_install = __webpack_require__(22767);
// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
// EXTERNAL MODULE: ./src/core/publish/index-endpoints.ts
var index_endpoints = __webpack_require__(61044);
// EXTERNAL MODULE: ./src/core/publish/pep440.ts
var pep440 = __webpack_require__(98084);
;// CONCATENATED MODULE: ./src/core/validate/availability.ts
/**
 * What the index shows for a release, judged against what was uploaded: visible (every file,
 * same sha256), not yet (missing: the CDN lags — keep waiting), or published wrong (a digest
 * differs — waiting cannot fix it). protocols.md §3.8.
 */
/** `shown` is null when the index does not know the release at all (404). */
function judgeAvailability(expected, shown) {
    if (shown === null)
        return { state: 'not-yet', missing: expected.map((e) => e.name) };
    const byName = new Map(shown.map((s) => [s.filename, s.sha256.toLowerCase()]));
    const problems = expected.filter((e) => byName.has(e.name) && byName.get(e.name) !== e.sha256.toLowerCase()).map((e) => `${e.name}: the index has sha256 ${byName.get(e.name)}, the upload was ${e.sha256}`);
    if (problems.length > 0)
        return { state: 'wrong', problems };
    const missing = expected.filter((e) => !byName.has(e.name)).map((e) => e.name);
    return missing.length > 0 ? { state: 'not-yet', missing } : { state: 'visible' };
}
/** Waits between polls: 2 s, 4 s, 8 s … capped at 30 s, never past the deadline. */
function nextPollDelay(attempt, remainingMs) {
    return Math.max(0, Math.min(2_000 * 2 ** attempt, 30_000, remainingMs));
}

// EXTERNAL MODULE: ./src/core/validate/import-check.ts
var import_check = __webpack_require__(98556);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/errors/output-tail.ts
var output_tail = __webpack_require__(33025);
// EXTERNAL MODULE: ./src/settings/handoff.ts
var handoff = __webpack_require__(9975);
// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __webpack_require__(77089);
// EXTERNAL MODULE: ./src/core/notify/messages.ts
var messages = __webpack_require__(9033);
;// CONCATENATED MODULE: ./src/core/notify/references.ts
/**
 * The pull requests and issues a release's notes point at — the links release-please writes
 * (`…/owner/repo/issues/12`, `…/pull/12`) and bare `#12` — so each can be told it shipped.
 */
function referencedNumbers(notes, owner, repo) {
    const found = new Set();
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const link = new RegExp(`github\\.com/${esc(owner)}/${esc(repo)}/(?:issues|pull)/(\\d+)`, 'gi');
    for (const m of notes.matchAll(link))
        found.add(Number(m[1]));
    // A bare #N, not inside a URL or a word, and not the text of a link that points elsewhere.
    for (const m of notes.matchAll(/(?<![\w/&])#(\d{1,7})\b(?!\]\()/g))
        found.add(Number(m[1]));
    return [...found].filter((n) => n > 0).sort((a, b) => a - b);
}

// EXTERNAL MODULE: ./src/stages/ensure-comment.ts
var ensure_comment = __webpack_require__(65153);
;// CONCATENATED MODULE: ./src/stages/validate/announce.ts



async function announceRelease(gh, facts, o) {
    const numbers = [...new Set([...(o.releasePr ? [o.releasePr] : []), ...referencedNumbers(o.notes, o.owner, o.repo)])];
    const out = { commented: [], already: [] };
    const marker = (0,messages/* releasedMarker */.wH)(facts.tag);
    for (const n of numbers) {
        try {
            const outcome = await (0,ensure_comment/* ensureComment */.I)(gh, n, (0,messages/* releasedComment */.J5)(facts), (c) => c.includes(marker));
            (outcome === 'posted' ? out.commented : out.already).push(n);
        }
        catch (error) {
            // A reference to something that is not in this repository (or was deleted) must not fail a good release.
            o.runtime.warning(`could not comment on #${n}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/stages/toolchain-for.ts + 1 modules
var toolchain_for = __webpack_require__(43447);
// EXTERNAL MODULE: ./src/adapters/workspace/project-file.ts + 1 modules
var project_file = __webpack_require__(21181);
;// CONCATENATED MODULE: ./src/stages/validate.ts
/**
 * stage: validate — proves the release is really out: the index shows every uploaded file with
 * the same sha256 (JSON API, then the simple index pip reads), waiting out CDN lag within
 * validate-timeout but failing at once on a wrong digest; then a fresh environment installs it
 * from the index, imports it and checks the version, and runs the optional smoke test.
 */















const validateStage = {
    name: 'validate',
    title: 'Post-release validation',
    blocking: true,
    fedBy: 'publish',
    dryRunSafe: true,
    shouldRun: (ctx) => ctx.results.publish?.published === true || (ctx.settings.handoff.publish?.files?.length ?? 0) > 0 || askedForOnItsOwn(ctx.settings.stage) ? { run: true } : { run: false, reason: 'nothing was published in this run' },
    run: runValidate,
};
/**
 * `stage: validate` (or a list without publish) is asked to check a release even when nothing was
 * published in this run: a scheduled "is my latest release still installable?" job. After publish
 * (stage: all, or a list with publish) it checks only what was published.
 */
function askedForOnItsOwn(stage) {
    if (stage === 'all')
        return false;
    const names = typeof stage === 'string' ? [stage] : stage;
    return names.includes('validate') && !names.includes('publish');
}
const INSTALL_TIMEOUT = 10 * 60_000;
async function runValidate(ctx) {
    const { settings, services, runtime, clock } = ctx;
    const index = services.index();
    const handed = ctx.results.publish?.files ?? settings.handoff.publish?.files ?? [];
    const files = handed.length > 0 ? handed : await filesOnIndex(ctx, index);
    const releases = releasesOf(files);
    const started = clock.now();
    const deadline = started + settings.validateTimeoutSeconds * 1000;
    runtime.info(`validating ${releases.map((r) => `${r.project} ${r.version}`).join(', ')} on ${index.endpoints.label}: ${files.map((f) => f.name).join(', ')}`);
    // A monorepo release: every project's files shown with their digests, then all installed together.
    for (const r of releases) {
        await waitUntilShown('JSON API', () => index.releaseFiles(r.project, r.version), r.files, { ctx, deadline, index });
        await waitUntilShown('simple index', () => index.simpleFiles(r.project), r.files, { ctx, deadline, index });
    }
    const visibleAfter = seconds(clock.now() - started);
    runtime.info(`  visible with the uploaded digests after ${visibleAfter} s`);
    // Several packages: whether uv installs them is the repository's choice (its root), not one member's.
    const tc = await (0,toolchain_for/* toolchainFor */.r)(ctx, services.severalPackages ? settings.workingDirectory : undefined);
    const env = (0,fresh_install/* environmentAt */.Ff)((0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(settings.tempDir, 'pyrelease-validate-')), 'venv'));
    const cwd = settings.tempDir;
    const created = await (0,fresh_install/* createEnvironment */.MO)(env.dir, tc.uv, cwd, INSTALL_TIMEOUT);
    if (created.exitCode !== 0)
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_NO_ENVIRONMENT', `a fresh virtual environment could not be created (exit ${created.exitCode})`, { fix: 'install python3-venv (Debian/Ubuntu) or use uv', more: (0,output_tail/* outputTail */.c)(created.stderr, 15) });
    const requirements = releases.map((r) => `${r.project}==${r.version}`);
    const installed = await installUntilDeadline(env, requirements, (0,index_endpoints/* simpleIndexUrl */.Cf)(index.endpoints), tc.uv, ctx, deadline);
    const imported = [];
    // import-name names one project's modules: with several, each project imports its own top-level modules.
    for (const r of releases)
        imported.push(await checkImports(ctx, env, r, releases.length === 1 ? settings.importNames : []));
    if (settings.smokeTest.length > 0) {
        const [program, ...args] = settings.smokeTest;
        const smoke = await (0,fresh_install/* runInEnvironment */.G1)(env, program, args, cwd, INSTALL_TIMEOUT);
        runtime.toolOutput(`smoke test (${settings.smokeTest.join(' ')}): exit ${smoke.exitCode}`, smoke.stdout + smoke.stderr);
        if (smoke.exitCode !== 0)
            throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_SMOKE_FAILED', `the smoke test \`${settings.smokeTest.join(' ')}\` exited ${smoke.exitCode} in the fresh environment`, { key: 'smoke-test', more: (0,output_tail/* outputTail */.c)(smoke.stdout + smoke.stderr, 15) });
    }
    const installableAfter = seconds(clock.now() - started);
    const result_ = { validated: true, visibleAfterSeconds: visibleAfter, installableAfterSeconds: installableAfter };
    ctx.results.validate = result_;
    const only = releases.length === 1 ? releases[0] : undefined;
    const told = only ? await tellPeople(ctx, only.project, only.version) : await tellEachInTurn(ctx, releases);
    const named = releases.map((r) => `**${r.project} ${r.version}**`).join(', ');
    const summary = [
        '### Validation',
        '',
        `${named} ${releases.length === 1 ? 'is' : 'are'} on ${index.endpoints.label} with the uploaded digests (JSON API and simple index) after **${visibleAfter} s**, and ${releases.length === 1 ? 'installs' : 'install together'} into a fresh environment (${tc.uv ? 'uv' : 'venv + pip'}) after **${installableAfter} s**${installed.attempts > 1 ? ` (${installed.attempts} attempts)` : ''}.`,
        '',
        `Imported: ${imported.map((i) => `${i.modules.map((m) => `\`${m}\``).join(', ')}; installed version ${i.version}${releases.length > 1 ? ` (${i.project})` : ''}`).join('; ')}.${settings.smokeTest.length > 0 ? ` Smoke test \`${settings.smokeTest.join(' ')}\` passed.` : ''}`,
        '',
        told,
        '',
    ].join('\n');
    return { outputs: (0,handoff/* validateOutputs */.FD)(result_), headline: `${releases.map((r) => `${r.project} ${r.version}`).join(', ')}: visible after ${visibleAfter} s, installed and imported after ${installableAfter} s`, summary };
}
/** One release after another, so each one's log lines stay together. */
async function tellEachInTurn(ctx, releases) {
    const told = [];
    for (const r of releases)
        told.push(await tellPeopleOf(ctx, r));
    return told.join(' ');
}
/**
 * One package of several: its own release's tag (from publish in this run), its notes' references
 * told; the release PR too when every package shares the one grouped PR.
 */
async function tellPeopleOf(ctx, r) {
    const tagName = ctx.results.publish?.tags?.find((t) => (0,distribution_name/* normalizeProjectName */.yz)(t.project) === (0,distribution_name/* normalizeProjectName */.yz)(r.project))?.tagName;
    const grouped = ctx.services.releaseConfig?.config.separatePullRequests === false;
    const prNumber = grouped ? ctx.results.release?.prNumber : undefined;
    const told = await tellPeople(ctx, r.project, r.version, { tagName, prNumber });
    return `${r.project}: ${told}`;
}
/** The "released in" comments, when the run knows its release and may write to the repository. */
async function tellPeople(ctx, project, version, several) {
    const { settings, services, runtime } = ctx;
    const release = several ? { ...(several.tagName && { tagName: several.tagName }), ...(several.prNumber !== undefined && { prNumber: several.prNumber }) } : { ...settings.handoff.release, ...ctx.results.release };
    if (settings.dryRun)
        return 'Dry run: nobody was told.';
    if (!release.tagName || !settings.token || !settings.repository)
        return 'No release tag or GitHub token in this job: no "released in" comments were posted.';
    const gh = services.github();
    const found = await gh.getReleaseByTag(release.tagName);
    const index = services.index();
    const facts = { project, version, tag: release.tagName, releaseUrl: found?.htmlUrl ?? release.htmlUrl, projectUrl: (0,index_endpoints/* projectPageUrl */.g2)(index.endpoints, project, version), indexLabel: index.endpoints.label };
    const told = await announceRelease(gh, facts, { notes: found?.body ?? release.body ?? '', releasePr: release.prNumber, owner: settings.repository.owner, repo: settings.repository.repo, runtime });
    const list = (ns) => ns.map((n) => `#${n}`).join(', ');
    return [told.commented.length > 0 ? `Told ${list(told.commented)} that it shipped.` : '', told.already.length > 0 ? `Already told: ${list(told.already)}.` : '', told.commented.length + told.already.length === 0 ? 'The release notes reference no pull request or issue to tell.' : ''].filter(Boolean).join(' ');
}
/**
 * Validate on its own: the release named by `version` (else the manifest at HEAD), as the index's
 * JSON API lists it. The simple index and the install are then checked against those digests.
 */
async function filesOnIndex(ctx, index) {
    const { settings, runtime } = ctx;
    const project = (0,project_file/* readProject */.W)((0,stage/* projectDirectory */.t)(ctx, 'stage validate')).name;
    const fromInput = settings.handoff.release?.version;
    const version = fromInput ?? manifestVersion(ctx);
    if (!version) {
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_NOTHING_TO_CHECK', 'stage: validate has nothing to check: no files, no version input, and no version in the release-please manifest', {
            key: 'version',
            fix: 'pass the publish job\'s files (files: ${{ needs.publish.outputs.files }}), or the version to check (version: 1.2.3), or check out the repository so the manifest at HEAD names it',
        });
    }
    runtime.info(`validating ${project} ${version} from ${fromInput ? 'the version input' : `the manifest (${settings.manifestFile})`}: the files are the index's own list`);
    const listed = await index.releaseFiles(project, version);
    if (listed === null || listed.length === 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_NOT_ON_INDEX', `${index.endpoints.label} has no files of ${project} ${version}`, {
            key: 'version',
            fix: `publish ${project} ${version} first, or check the version input and index-url (the index read is ${(0,index_endpoints/* simpleIndexUrl */.Cf)(index.endpoints)})`,
        });
    }
    return listed.filter((f) => !f.yanked).map((f) => ({ name: f.filename, sha256: f.sha256 }));
}
/** The package's version in the manifest at HEAD (its own key, `.` or a path below the root); undefined when there is no readable manifest. */
function manifestVersion(ctx) {
    try {
        const loaded = (0,stage/* releaseConfigOf */.n)(ctx);
        return loaded.manifest[loaded.config.packages[0]?.path ?? '.'];
    }
    catch {
        return undefined;
    }
}
/** The files grouped by release (project and version, in the order given): one for a package, one per project for a monorepo release. */
function releasesOf(files) {
    const releases = [];
    for (const f of files) {
        const name = (0,distribution_name/* parseDistributionName */.dM)(f.name);
        if (!name)
            throw new pyrelease_error/* PyreleaseError */.dT('INPUT_INVALID', "validate needs the publish stage's files (distribution names with sha256)", { key: 'files', fix: 'pass files: ${{ needs.publish.outputs.files }}' });
        const project = (0,distribution_name/* normalizeProjectName */.yz)(name.project);
        const known = releases.find((r) => r.project === project && r.version === name.version);
        if (known)
            known.files.push(f);
        else
            releases.push({ project, version: name.version, files: [f] });
    }
    if (releases.length === 0)
        throw new pyrelease_error/* PyreleaseError */.dT('INPUT_INVALID', "validate needs the publish stage's files (distribution names with sha256)", { key: 'files', fix: 'pass files: ${{ needs.publish.outputs.files }}' });
    return releases;
}
/** One project's import check in the fresh environment: its metadata, its version, every top-level module imported. */
async function checkImports(ctx, env, r, importNames) {
    const requirement = `${r.project}==${r.version}`;
    const check = await (0,fresh_install/* runInEnvironment */.G1)(env, env.python, ['-c', import_check/* IMPORT_CHECK_PROGRAM */.oB, r.project, ...importNames], ctx.settings.tempDir, INSTALL_TIMEOUT);
    ctx.runtime.toolOutput(`import check of ${r.project}: exit ${check.exitCode}`, check.stdout + check.stderr);
    const result = (0,import_check/* parseImportCheck */.j)(check.stdout);
    if (!result)
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_IMPORT_FAILED', `${requirement} installed, but its metadata could not be read in the fresh environment`, { more: (0,output_tail/* outputTail */.c)(check.stderr, 15) });
    if (!(0,pep440/* sameRelease */.O)(result.version, r.version))
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_WRONG_VERSION', `the fresh environment got ${r.project} ${result.version}, not ${r.version}`, { fix: 'the index resolved another version: check that the release is not yanked and the index is the one published to' });
    const failures = Object.entries(result.errors);
    if (result.modules.length === 0)
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_IMPORT_FAILED', `${requirement} installed, but it has no top-level module to import`, { key: 'import-name', fix: 'name the module to import with import-name (e.g. import-name: demo_pkg)' });
    if (failures.length > 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_IMPORT_FAILED', `${requirement} installs, but import ${failures[0][0]} fails: ${failures[0][1]}`, { key: 'import-name', fix: 'a missing dependency in [project].dependencies, or a module left out of the wheel, are the usual causes; publish a fixed version', more: failures.map(([m, e]) => `${m}: ${e}`) });
    }
    return { project: r.project, modules: result.modules, version: result.version };
}
async function waitUntilShown(where, read, files, o) {
    const { clock, runtime } = o.ctx;
    let last = { state: 'not-yet', missing: files.map((f) => f.name) };
    for (let attempt = 0;; attempt++) {
        last = judgeAvailability(files, await read());
        if (last.state === 'visible')
            return;
        if (last.state === 'wrong') {
            throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_PUBLISHED_WRONG', `${o.index.endpoints.label}'s ${where} shows other content than was uploaded: ${last.problems[0]}`, { fix: 'the index holds other bytes under these names: investigate before anyone installs it, and release a fixed version (names cannot be reused)', more: last.problems });
        }
        const wait = nextPollDelay(attempt, o.deadline - clock.now());
        if (wait <= 0) {
            throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_NOT_VISIBLE', `${o.index.endpoints.label}'s ${where} does not show ${last.missing.join(', ')} yet, ${o.ctx.settings.validateTimeoutSeconds} s after the upload`, {
                key: 'validate-timeout',
                fix: 'the index\'s CDN can lag minutes, in incidents hours: re-run the validate job later (stage: validate with the same files input), or raise validate-timeout',
            });
        }
        runtime.info(`  ${where}: not showing ${last.missing.join(', ')} yet; next look in ${Math.round(wait / 1000)} s`);
        await clock.sleep(wait);
    }
}
async function installUntilDeadline(env, requirements, simpleUrl, uv, ctx, deadline) {
    const { clock, runtime, settings } = ctx;
    // pip may still see a stale page after the JSON API has the release (protocols.md §3.8): retry within the budget.
    for (let attempt = 0;; attempt++) {
        const r = await (0,fresh_install/* installFromIndex */.Eb)(env, requirements, simpleUrl, uv, settings.tempDir, INSTALL_TIMEOUT);
        const requirement = requirements.join(' ');
        runtime.toolOutput(`install ${requirement}: exit ${r.exitCode}`, r.stdout + r.stderr);
        if (r.exitCode === 0)
            return { attempts: attempt + 1 };
        const wait = nextPollDelay(attempt, deadline - clock.now());
        const notFound = /No matching distribution|Could not find a version|not found in the package registry|no version of/i.test(r.stderr + r.stdout);
        if (!notFound || wait <= 0) {
            throw new pyrelease_error/* PyreleaseError */.dT('VALIDATE_INSTALL_FAILED', `${requirement} does not install from the index into a fresh environment (exit ${r.exitCode})`, {
                fix: notFound ? 'the index does not offer it to installers yet: re-run the validate job later' : 'a dependency that is not on the index, or requires-python excluding this interpreter, are the usual causes: see the install log group',
                more: (0,output_tail/* outputTail */.c)(r.stderr || r.stdout, 15),
            });
        }
        await clock.sleep(wait);
    }
}
const seconds = (ms) => Math.round(ms / 100) / 10;


/***/ })

};

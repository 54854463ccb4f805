export const id = 913;
export const ids = [913];
export const modules = {

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

/***/ 76913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackStage: () => (/* binding */ rollbackStage)
});

// EXTERNAL MODULE: ./src/adapters/workspace/project-file.ts + 1 modules
var project_file = __webpack_require__(21181);
// EXTERNAL MODULE: ./src/core/publish/index-endpoints.ts
var index_endpoints = __webpack_require__(61044);
// EXTERNAL MODULE: ./src/core/version/tag-name.ts
var tag_name = __webpack_require__(98186);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version_version = __webpack_require__(42752);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
;// CONCATENATED MODULE: ./src/core/rollback/rollback-plan.ts
/**
 * Rolling back a bad release, planned from the tags: PyPI has no API to yank, so the plan is
 * what can be automated (a hotfix branch from the last good release, an issue, a warning on the
 * bad release) plus the exact manual steps. A yanked or deleted version is never reusable, so the
 * fix is always a new version: the next patch after the bad one.
 */



const ROLLBACK_LABEL = 'pyrelease: rollback';
const ROLLBACK_MARKER = '<!-- pyrelease:rollback -->';
function planRollback(version, tags, base) {
    const bad = readVersion(version);
    if (!bad)
        throw new pyrelease_error/* PyreleaseError */.dT('ROLLBACK_BAD_VERSION', `input 'version' must be the version to roll back (e.g. 1.3.0), got ${JSON.stringify(version)}`, { key: 'version', fix: 'with: { stage: rollback, version: 1.3.0 }' });
    const parsed = tags.flatMap((t) => {
        const p = (0,tag_name/* parseTag */.ED)(t.name);
        const v = p && readVersion(p.versionText);
        return v ? [{ ...t, version: v }] : [];
    });
    const badTag = parsed.find((t) => (0,version_version/* compareVersions */.Zy)(t.version, bad) === 0)?.name;
    const older = parsed.filter((t) => (0,version_version/* compareVersions */.Zy)(t.version, bad) < 0 && !t.version.preRelease).sort((a, b) => (0,version_version/* compareVersions */.Zy)(b.version, a.version));
    const lastGood = older[0] ? { name: older[0].name, sha: older[0].sha } : undefined;
    const from = base ?? lastGood;
    if (!from)
        throw new pyrelease_error/* PyreleaseError */.dT('ROLLBACK_NO_BASE', `there is no release before ${version} to start a hotfix from`, { key: 'base', fix: 'name the commit or branch to start from with the base input' });
    const hotfixVersion = (0,version_version/* formatVersion */.qh)({ major: bad.major, minor: bad.minor, patch: bad.patch + 1 });
    return { bad: { version, tag: badTag }, lastGood, hotfixVersion, branch: `hotfix/${hotfixVersion}`, baseSha: from.sha, baseName: from.name };
}
/** Tags in either notation: "v1.3.0rc1" is a pre-release of 1.3.0, not 1.3.0 itself. */
function readVersion(text) {
    return (0,version_version/* tryParseVersion */.z0)(text, 'pep440') ?? (0,version_version/* tryParseVersion */.z0)(text);
}
function rollbackIssueTitle(version) {
    return `Roll back ${version}`;
}
function rollbackIssueBody(plan, t) {
    const workflow = t.workflowFile ?? 'release.yml';
    return [
        ROLLBACK_MARKER,
        `**${t.project} ${plan.bad.version} is being rolled back.** ${t.indexLabel} has no API to yank a release, so these steps are manual; the rest is prepared.`,
        '',
        '### 1. Yank the bad release (an owner or maintainer, in the browser)',
        '',
        `1. Open ${t.yankUrl}`,
        `2. Choose **Options → Yank**, give the reason (it is shown to everyone who installs ${plan.bad.version} pinned), confirm.`,
        `3. pip then skips ${plan.bad.version} unless it is pinned with \`==\`. Nothing is deleted, and the version number can never be reused.`,
        '',
        '### 2. Release the fix',
        '',
        `Branch \`${plan.branch}\` starts at \`${plan.baseName}\`${plan.lastGood && plan.baseName === plan.lastGood.name ? ' (the last good release)' : ''}. Commit the fix there (\`fix: …\`), set the version to **${plan.hotfixVersion}** in pyproject.toml, then publish it with the emergency path:`,
        '',
        '```sh',
        `gh workflow run ${workflow} --repo ${t.repository} --ref ${plan.branch} -f force_publish=true`,
        '```',
        '',
        `Then merge \`${plan.branch}\` back into the default branch, so the next regular release contains the fix.`,
        '',
        `_Opened by pyrelease (stage: rollback). Re-running it finds this issue, the branch and the release warning instead of making new ones._`,
    ].join('\n');
}
function releaseWarning(version, issueUrl) {
    return `${ROLLBACK_MARKER}\n> [!WARNING]\n> **${version} is being rolled back** — do not install it. See ${issueUrl}.\n\n`;
}

// EXTERNAL MODULE: ./src/stages/stage.ts
var stage = __webpack_require__(77089);
;// CONCATENATED MODULE: ./src/stages/rollback.ts
/**
 * stage: rollback — for a bad release: checks the version exists on the index, opens
 * `hotfix/<next patch>` from the last good release (or `base`), opens one "Roll back X.Y.Z"
 * issue with the manual yank steps and the force_publish command, and puts a warning on the bad
 * release's notes. Nothing is deleted; a re-run finds what it made.
 */





const rollbackStage = {
    name: 'rollback',
    title: 'Rollback',
    blocking: true,
    dryRunSafe: true,
    shouldRun: () => ({ run: true }),
    run: runRollback,
};
async function runRollback(ctx) {
    const { settings, services, runtime } = ctx;
    const version = settings.handoff.release?.version;
    if (!version)
        throw new pyrelease_error/* PyreleaseError */.dT('ROLLBACK_BAD_VERSION', 'stage: rollback needs the version to roll back', { key: 'version', fix: 'with: { stage: rollback, version: 1.3.0 }' });
    const project = (0,project_file/* readProject */.W)((0,stage/* projectDirectory */.t)(ctx, 'stage rollback')).name;
    const index = services.index();
    const onIndex = await index.releaseFiles(project, version);
    if (onIndex === null || onIndex.length === 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('ROLLBACK_UNKNOWN_VERSION', `${index.endpoints.label} has no ${project} ${version}: there is nothing to roll back`, { key: 'version', fix: 'give a version that was published (see the project page), or check repository-url / index-url' });
    }
    const gh = services.github();
    const tags = await gh.listTags();
    const base = settings.rollbackBase ? await resolveBase(ctx, settings.rollbackBase, tags) : undefined;
    const plan = planRollback(version, tags, base);
    const e = (0,index_endpoints/* indexEndpoints */.$G)(settings.repositoryUrl, settings.indexUrl || undefined);
    const repository = `${settings.repository?.owner}/${settings.repository?.repo}`;
    const actions = [];
    if (settings.dryRun)
        actions.push(`dry run: would create ${plan.branch} at ${plan.baseName}, open "${rollbackIssueTitle(version)}" and mark the release`);
    else {
        const existing = await gh.getRef(`heads/${plan.branch}`);
        if (existing)
            actions.push(`branch ${plan.branch} already exists (at ${existing.slice(0, 7)}): left as it is`);
        else {
            await gh.createRef(`heads/${plan.branch}`, plan.baseSha);
            actions.push(`created branch ${plan.branch} at ${plan.baseName} (${plan.baseSha.slice(0, 7)})`);
        }
    }
    const title = rollbackIssueTitle(version);
    const found = (await gh.listOpenIssues(ROLLBACK_LABEL)).find((i) => i.title === title);
    const body = rollbackIssueBody(plan, { project, indexLabel: e.label, yankUrl: `${e.webBase}manage/project/${project}/release/${version}/`, repository, workflowFile: undefined });
    const issue = found ?? (settings.dryRun ? undefined : await gh.createIssue(title, body, [ROLLBACK_LABEL]));
    if (found)
        actions.push(`issue #${found.number} "${title}" already open`);
    else if (issue)
        actions.push(`opened issue #${issue.number} "${title}"`);
    if (plan.bad.tag && issue) {
        const release = await gh.getReleaseByTag(plan.bad.tag);
        if (!release)
            actions.push(`no GitHub release for ${plan.bad.tag}: nothing to mark`);
        else if (release.body.includes(ROLLBACK_MARKER))
            actions.push(`release ${plan.bad.tag} already carries the warning`);
        else {
            await gh.updateReleaseBody(release.id, releaseWarning(version, issue.htmlUrl) + release.body);
            actions.push(`marked release ${plan.bad.tag} with a warning`);
        }
    }
    for (const a of actions)
        runtime.info(`  ${a}`);
    const summary = ['### Rollback', '', `**${project} ${version}** (on ${e.label}, ${onIndex.length} files): the fix will be **${plan.hotfixVersion}** from \`${plan.branch}\`.`, '', ...actions.map((a) => `- ${a}`), '', issue ? `Next: the manual yank steps and the emergency release command are in ${issue.htmlUrl}.` : '', ''].join('\n');
    const outputs = { rollback_branch: plan.branch, hotfix_version: plan.hotfixVersion };
    if (issue)
        outputs.rollback_issue = String(issue.number);
    return { outputs, headline: `rollback of ${version} prepared: ${plan.branch}${issue ? `, issue #${issue.number}` : ''}`, summary };
}
async function resolveBase(ctx, base, tags) {
    const tag = tags.find((t) => t.name === base);
    if (tag)
        return tag;
    const gh = ctx.services.github();
    const sha = /^[0-9a-f]{40}$/.test(base) ? base : await gh.getRef(`heads/${base}`);
    if (!sha)
        throw new pyrelease_error/* PyreleaseError */.dT('ROLLBACK_NO_BASE', `input 'base' names ${JSON.stringify(base)}, which is no tag, branch or commit of this repository`, { key: 'base', fix: 'give a release tag (v1.2.0), a branch, or a full commit sha' });
    return { name: base, sha };
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


/***/ })

};

export const id = 153;
export const ids = [153,376,995];
export const modules = {

/***/ 73916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolveConfigPath)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3902);
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
    const ours = exists(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PYRELEASE_CONFIG_FILE */ .fH);
    const theirs = exists(_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_PLEASE_CONFIG_FILE */ .VJ);
    if (ours && theirs) {
        return {
            found: true,
            file: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PYRELEASE_CONFIG_FILE */ .fH,
            warning: `both ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PYRELEASE_CONFIG_FILE */ .fH} and ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_PLEASE_CONFIG_FILE */ .VJ} exist; pyrelease reads ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PYRELEASE_CONFIG_FILE */ .fH}, release-please-action reads ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_PLEASE_CONFIG_FILE */ .VJ} — delete one, or name it with config-file`,
        };
    }
    if (ours)
        return { found: true, file: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PYRELEASE_CONFIG_FILE */ .fH };
    if (theirs)
        return { found: true, file: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_PLEASE_CONFIG_FILE */ .VJ };
    return {
        found: false,
        file: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PYRELEASE_CONFIG_FILE */ .fH,
        fix: `create ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .PYRELEASE_CONFIG_FILE */ .fH} (or ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_PLEASE_CONFIG_FILE */ .VJ}) with {"packages": {".": {"release-type": "python"}}}, or name yours with the config-file input`,
    };
}


/***/ }),

/***/ 3902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VJ: () => (/* binding */ RELEASE_PLEASE_CONFIG_FILE),
/* harmony export */   bF: () => (/* binding */ configDefaults),
/* harmony export */   fH: () => (/* binding */ PYRELEASE_CONFIG_FILE)
/* harmony export */ });
/* unused harmony export MANIFEST_FILE */
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


/***/ }),

/***/ 70534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _E: () => (/* binding */ RELEASE_TYPES),
  YL: () => (/* binding */ STRATEGIES),
  Ph: () => (/* binding */ resolvePackage)
});

// EXTERNAL MODULE: ./src/core/version/tag-name.ts
var tag_name = __webpack_require__(98186);
// EXTERNAL MODULE: ./src/core/version/pep440-version.ts
var pep440_version = __webpack_require__(94072);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version = __webpack_require__(42752);
// EXTERNAL MODULE: ./src/core/config/defaults.ts
var defaults = __webpack_require__(3902);
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

// EXTERNAL MODULE: ./src/core/config/tag-style.ts
var tag_style = __webpack_require__(48102);
;// CONCATENATED MODULE: ./src/core/config/package-config.ts
/**
 * A package's merged options → PackageConfig with release-please's defaults, plus the checks
 * that need the merged value (a release type set at the top level and overridden in the package
 * is never used, so only the value in force is judged, at the key where it is written).
 */






const RELEASE_TYPES = ['python', 'simple'];
// service-pack is release-please's Java "1.2.3-sp.1" scheme; pyrelease does not implement it.
const STRATEGIES = ['default', 'always-bump-patch', 'always-bump-minor', 'always-bump-major', 'prerelease', 'pep440'];
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
        changelogPath: nonEmpty(f, o, 'changelog-path') ?? defaults/* configDefaults */.bF.changelogPath,
        changelogHost: changelogHost(f, o) ?? defaults/* configDefaults */.bF.changelogHost,
        extraFiles: o.list('extra-files') ?? [],
        excludePaths: o.list('exclude-paths') ?? [],
        bumpMinorPreMajor: bool('bump-minor-pre-major', false),
        bumpPatchForMinorPreMajor: bool('bump-patch-for-minor-pre-major', false),
        prerelease: bool('prerelease', false),
        versioning: versioning(f, o),
        draft: bool('draft', false),
        draftPullRequest: bool('draft-pull-request', false),
        includeVInTag: bool('include-v-in-tag', defaults/* configDefaults */.bF.includeVInTag),
        includeComponentInTag: bool('include-component-in-tag', defaults/* configDefaults */.bF.includeComponentInTag),
        includeVInReleaseName: bool('include-v-in-release-name', defaults/* configDefaults */.bF.includeVInReleaseName),
        tagSeparator: str('tag-separator') ?? defaults/* configDefaults */.bF.tagSeparator,
        componentNoSpace: bool('component-no-space', false),
        skipGithubRelease: bool('skip-github-release', false),
        skipChangelog: bool('skip-changelog', false),
        changelogType: changelogType(f, o),
        forceTagCreation: bool('force-tag-creation', false),
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
    checkPrereleaseType(f, o, pkg, warnings);
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
/** release-please's factory knows two changelog types and throws on any other. */
function changelogType(f, o) {
    const v = o.string('changelog-type') ?? 'default';
    if (v === 'default' || v === 'github')
        return v;
    f.problem('CONFIG_BAD_VALUE', o.path('changelog-type'), `is ${JSON.stringify(v)}, not a changelog type release-please knows`, 'write "changelog-type": "default" (the CHANGELOG from commits) or "github" (GitHub\'s generated release notes), or remove it for "default"');
    return 'default';
}
function versioning(f, o) {
    const v = o.string('versioning') ?? 'default';
    if (STRATEGIES.includes(v))
        return v;
    const what = v === 'service-pack' ? 'release-please\'s Java service-pack scheme, which pyrelease does not support' : 'not a versioning strategy (release-please\'s, or pyrelease\'s "pep440")';
    f.problem('CONFIG_BAD_VERSIONING', o.path('versioning'), `is ${JSON.stringify(v)}, ${what}`, `write one of ${STRATEGIES.map((s) => JSON.stringify(s)).join(', ')}, or remove it for "default"`);
    return 'default';
}
/**
 * With versioning: pep440 the pre-release label must be one PEP 440 knows, or nothing could
 * render it. A PEP 440 label under another strategy is legal but rarely what is meant: say so.
 */
function checkPrereleaseType(f, o, pkg, warnings) {
    const type = pkg.prereleaseType;
    if (type === undefined)
        return;
    if (pkg.versioning === 'pep440') {
        if ((0,pep440_version/* pep440Phase */.Lh)(type))
            return;
        f.problem('CONFIG_BAD_PRERELEASE_TYPE', o.path('prerelease-type'), `is ${JSON.stringify(type)}, which is not a PEP 440 pre-release phase`, 'write "prerelease-type": "a", "b", "rc" or "dev" (alpha, beta, c, pre and preview are read as a, b and rc)');
    }
    else if (pep440_version/* PEP440_PHASES */.vq.includes(type)) {
        const now = pkg.versioning === 'prerelease' ? `release-please writes SemVer pre-releases such as 1.3.0-${type}` : 'release-please ignores it outside "versioning": "prerelease"';
        const example = type === 'dev' ? '1.3.0.dev1' : `1.3.0${type}1`;
        warnings.push(`${f.file}: prerelease-type ${JSON.stringify(type)} looks like PEP 440, but ${now}; for PEP 440 pre-releases such as ${example} write "versioning": "pep440"`);
    }
}
/** release-please parses release-as with its unanchored version pattern; "" counts as unset. */
function readReleaseAs(f, o) {
    const v = o.string('release-as');
    if (v === undefined || v === '')
        return undefined;
    if ((0,version/* tryParseVersion */.z0)(v))
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
    const component = (0,tag_style/* tagComponent */.w2)(pkg);
    const tag = (0,tag_name/* formatTag */._3)('1.2.3', (0,tag_style/* tagStyleOf */.Hn)(pkg));
    const why = tagNameProblem(tag);
    if (!why)
        return;
    const inSeparator = component !== '' && tagNameProblem(`a${pkg.tagSeparator}b`) !== undefined;
    const key = inSeparator ? 'tag-separator' : pkg.component ? 'component' : 'package-name';
    const fix = inSeparator ? 'write "tag-separator": "-" (or another single character such as "/" or "@")' : `write a ${key} without spaces or ~^:?*[\\ characters, or set "include-component-in-tag": false`;
    f.problem('CONFIG_BAD_TAG_NAME', o.path(key), `makes tags like ${JSON.stringify(tag)}, which git refuses: ${why}`, fix);
}


/***/ }),

/***/ 48102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ tagStyleOf),
/* harmony export */   k5: () => (/* binding */ branchComponent),
/* harmony export */   w2: () => (/* binding */ tagComponent)
/* harmony export */ });
/* harmony import */ var _version_notation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66956);

/** release-please's getComponent: none when include-component-in-tag is off, else component || package-name. */
function tagComponent(pkg) {
    return pkg.includeComponentInTag ? pkg.component || pkg.packageName || '' : '';
}
/** release-please's getBranchComponent: the component of the release branch name, whether or not tags carry it. */
function branchComponent(pkg) {
    return pkg.component || pkg.packageName || '';
}
function tagStyleOf(pkg) {
    return { component: tagComponent(pkg), separator: pkg.tagSeparator, includeV: pkg.includeVInTag, notation: (0,_version_notation_js__WEBPACK_IMPORTED_MODULE_0__/* .versionNotation */ .t)(pkg) };
}


/***/ }),

/***/ 86539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ commitFilesMatter),
/* harmony export */   Dl: () => (/* binding */ ROOT_PATH),
/* harmony export */   L6: () => (/* binding */ packagePathProblem),
/* harmony export */   PO: () => (/* binding */ isUnderPackage),
/* harmony export */   RF: () => (/* binding */ isExcluded),
/* harmony export */   Z6: () => (/* binding */ packageFilter),
/* harmony export */   dX: () => (/* binding */ normalizePackagePath),
/* harmony export */   tm: () => (/* binding */ directoryView)
/* harmony export */ });
/* unused harmony export commitsOfPackage */
const ROOT_PATH = '.';
/** release-please's normalizePaths: no leading or trailing slash; "" and "/" mean the root. */
function normalizePackagePath(path) {
    const p = path.replace(/\/$/, '').replace(/^\//, '');
    return p === '' ? ROOT_PATH : p;
}
/** Why a package path cannot be used (release-please's addPath refuses `..`, `~` and absolute paths), or undefined. */
function packagePathProblem(path) {
    if (path === ROOT_PATH)
        return undefined;
    if (path.startsWith('/'))
        return 'starts with "/"; package paths are relative to the repository root';
    if (path.split('/').some((s) => s === '..' || s === '.' || s === '~' || s === ''))
        return 'has ".", "..", "~" or an empty part; write the directory as a plain relative path such as "packages/widget"';
    return undefined;
}
/** Is `file` (repository-relative) inside the package at `pkgPath`? */
function isUnderPackage(file, pkgPath) {
    return pkgPath === ROOT_PATH || file.startsWith(`${pkgPath}/`);
}
/** The commits release-please plans for the package, in the order given. */
function commitsOfPackage(commits, pkgPath, excludePaths) {
    return commits.filter(packageFilter(pkgPath, excludePaths));
}
/** commitsOfPackage for one commit at a time (a planner streaming the log). */
function packageFilter(pkgPath, excludePaths) {
    const excluded = excludePaths.map(normalizePackagePath);
    return (c) => touchesPackage(c, pkgPath) && !isExcluded(c, pkgPath, excluded);
}
/**
 * Whether a package's commits are told apart by the files they change: not for the root package
 * without exclude-paths, seen from the repository's top (release-please gives "." every commit),
 * so the walk need not ask git for them.
 */
function commitFilesMatter(pkg, prefix) {
    return prefix.replace(/\/+$/, '') !== '' || normalizePackagePath(pkg.path) !== ROOT_PATH || pkg.excludePaths.length > 0;
}
/** CommitSplit with includeEmpty: files under the path, or no files at all. Unknown files (a synthetic commit) count. */
function touchesPackage(c, pkgPath) {
    if (pkgPath === ROOT_PATH || c.files === undefined || c.files.length === 0)
        return true;
    return c.files.some((f) => isUnderPackage(f, pkgPath));
}
/** CommitExclude.shouldInclude: excluded when every file of the package lies under an excluded path ("every" of none is true). */
function isExcluded(c, pkgPath, excluded) {
    if (excluded.length === 0 || c.files === undefined)
        return false;
    return c.files.filter((f) => isUnderPackage(f, pkgPath)).every((f) => excluded.some((p) => isUnderPackage(f, p)));
}
function directoryView(prefix) {
    const dir = prefix.replace(/\/+$/, '');
    if (dir === '')
        return { inside: (p) => p, outside: (p) => p, commits: (c) => [...c], commit: (c) => c };
    const commit = (c) => {
        if (!touchesPackage(c, dir))
            return undefined;
        return c.files === undefined ? c : { ...c, files: c.files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1)) };
    };
    return {
        inside: (p) => (p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : undefined),
        outside: (p) => `${dir}/${p}`,
        commits: (commits) => commits.flatMap((c) => commit(c) ?? []),
        commit,
    };
}


/***/ }),

/***/ 98084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ sameRelease),
/* harmony export */   Z: () => (/* binding */ normalizePep440)
/* harmony export */ });
/**
 * PEP 440 normalisation: the spelling PyPI, pip and build tools agree on, so "1.0.0-RC1",
 * "v1.0.0rc1" and "1.0.0.rc.1" compare equal to the "1.0.0rc1" a wheel's name carries.
 */
// The grammar of PEP 440's appendix (public version plus optional local part), case-insensitive.
const PEP440 = /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|beta|preview|pre|a|b|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
const PRE = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };
/** The canonical form of a version, or undefined when it is not PEP 440. */
function normalizePep440(text) {
    const m = PEP440.exec(text);
    if (!m)
        return undefined;
    const [, epoch, release, preLabel, preNumber, postImplicit, postLabel, postNumber, dev, devNumber, local] = m;
    let out = epoch !== undefined && Number(epoch) !== 0 ? `${Number(epoch)}!` : '';
    out += release.split('.').map((n) => String(Number(n))).join('.');
    if (preLabel !== undefined)
        out += `${PRE[preLabel.toLowerCase()]}${Number(preNumber ?? 0)}`;
    if (postImplicit !== undefined)
        out += `.post${Number(postImplicit)}`;
    else if (postLabel !== undefined)
        out += `.post${Number(postNumber ?? 0)}`;
    if (dev !== undefined)
        out += `.dev${Number(devNumber ?? 0)}`;
    if (local !== undefined)
        out += `+${local.toLowerCase().replace(/[-_]/g, '.')}`;
    return out;
}
/** Two spellings PyPI treats as the same release ("1.2.0-rc.1" and "1.2.0rc1" are one). */
function sameRelease(a, b) {
    const na = normalizePep440(a);
    return na !== undefined && na === normalizePep440(b);
}


/***/ }),

/***/ 66956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ versionNotation)
/* harmony export */ });
function versionNotation(pkg) {
    return pkg.versioning === 'pep440' ? 'pep440' : 'semver';
}


/***/ }),

/***/ 94072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ leadingPhase),
/* harmony export */   Cb: () => (/* binding */ renderPep440),
/* harmony export */   Lh: () => (/* binding */ pep440Phase),
/* harmony export */   SX: () => (/* binding */ PEP440_IN_TEXT),
/* harmony export */   i$: () => (/* binding */ phaseRank),
/* harmony export */   vp: () => (/* binding */ parsePep440Version),
/* harmony export */   vq: () => (/* binding */ PEP440_PHASES)
/* harmony export */ });
/* harmony import */ var _publish_pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98084);
/**
 * PEP 440 notation for release-please's version model (versioning: pep440): a pre-release is kept
 * as SemVer identifiers ("rc.1", "a.2", "dev.3") so bumps and ordering stay SemVer's, and is
 * rendered the way pip, build tools and PyPI spell it ("1.2.0rc1", "1.2.0a2", "1.2.0.dev3").
 */

/** Pre-release phases in PEP 440's order: dev < a < b < rc < the final release. */
const PEP440_PHASES = ['dev', 'a', 'b', 'rc'];
// PEP 440's other spellings of the same phase (alpha, beta, c, pre, preview).
const SPELLINGS = { dev: 'dev', a: 'a', alpha: 'a', b: 'b', beta: 'b', rc: 'rc', c: 'rc', pre: 'rc', preview: 'rc' };
function pep440Phase(text) {
    return text === undefined ? undefined : SPELLINGS[text.toLowerCase()];
}
function phaseRank(phase) {
    return PEP440_PHASES.indexOf(phase);
}
// The canonical form normalizePep440 returns, restricted to what a release PR writes:
// three release numbers, at most one pre-release phase, an optional dev part and local label.
const CANONICAL = /^(\d+)\.(\d+)\.(\d+)(?:(a|b|rc)(\d+))?(?:\.dev(\d+))?(?:\+(.+))?$/;
/**
 * A PEP 440 version inside other text (a line of setup.py, a JSON string), any spelling, so an
 * updater replaces "1.2.0rc1" whole where release-please's SemVer pattern would stop at "1.2.0".
 */
const PEP440_IN_TEXT = /\d+\.\d+\.\d+(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc|dev|post)[-_.]?\d*)*(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?/i;
/** Any PEP 440 spelling ("1.2.0rc1", "1.2.0-rc.1", "v1.2.0.RC1", "1.2.0-beta.2") → Version. */
function parsePep440Version(text) {
    const canonical = (0,_publish_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePep440 */ .Z)(text);
    const m = canonical === undefined ? null : CANONICAL.exec(canonical);
    if (!m)
        return undefined;
    const parts = [];
    if (m[4] !== undefined)
        parts.push(m[4], m[5]);
    if (m[6] !== undefined)
        parts.push('dev', m[6]);
    const v = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), notation: 'pep440' };
    if (parts.length > 0)
        v.preRelease = parts.join('.');
    if (m[7] !== undefined)
        v.build = m[7];
    return v;
}
/** The phase and number a PEP 440 pre-release starts with ("rc.1.dev.2" → rc 1). */
function leadingPhase(v) {
    const [label, number] = v.preRelease?.split('.') ?? [];
    const phase = pep440Phase(label);
    return phase === undefined ? undefined : { phase, number: Number(number ?? 0) };
}
function renderPep440(v) {
    let out = `${v.major}.${v.minor}.${v.patch}`;
    const ids = v.preRelease?.split('.') ?? [];
    for (let i = 0; i < ids.length; i += 2) {
        const phase = pep440Phase(ids[i]);
        const n = Number(ids[i + 1] ?? 0);
        out += phase === 'dev' ? `.dev${n}` : `${phase ?? ids[i]}${n}`;
    }
    return v.build ? `${out}+${v.build}` : out;
}


/***/ }),

/***/ 98186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   Kj: () => (/* binding */ versionOfTagInStyle),
/* harmony export */   _3: () => (/* binding */ formatTag)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42752);
/** Tag names as release-please builds and parses them: [component separator][v]version. */

function formatTag(version, style) {
    const v = typeof version === 'string' ? version : (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)(version);
    return style.component ? `${style.component}${style.separator}${style.includeV ? 'v' : ''}${v}` : `${style.includeV ? 'v' : ''}${v}`;
}
const TAG = /^((?<component>.*)(?<separator>[^a-zA-Z0-9]))?(?<v>v)?(?<version>\d+\.\d+\.\d+.*)$/;
function parseTag(name, notation = 'semver') {
    const g = TAG.exec(name)?.groups;
    if (!g)
        return undefined;
    const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(g.version, notation);
    if (!version)
        return undefined;
    return { component: g.component ?? '', separator: g.separator, includeV: g.v !== undefined, version, versionText: g.version };
}
/**
 * The version a tag names in exactly this style, or undefined: only a tag that formatTag() would
 * write for its version matches (parse(format(v)) == v), so `v1.2.3` is not a release of a
 * project whose tags are `1.2.3`, nor `pkg-v1.2.3` of the component `other`.
 */
function versionOfTagInStyle(name, style) {
    const prefix = formatTag('', style);
    if (!name.startsWith(prefix))
        return undefined;
    const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(name.slice(prefix.length), style.notation);
    return version && formatTag(version, style) === name ? (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)(version) : undefined;
}


/***/ }),

/***/ 42752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ withPreRelease),
/* harmony export */   OJ: () => (/* binding */ bumpMinor),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   i9: () => (/* binding */ bumpMajor),
/* harmony export */   nn: () => (/* binding */ bumpPatch),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/* harmony import */ var _pep440_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94072);
/**
 * release-please's version grammar: major.minor.patch, optional -pre-release and +build,
 * matched UNANCHORED (so "1.2.0rc1" reads as 1.2.0 and "rc1" is lost, as release-please does).
 */


const VERSION = /(\d+)\.(\d+)\.(\d+)(-([^+]+))?(\+(.*))?/;
function tryParseVersion(text, notation = 'semver') {
    if (notation === 'pep440')
        return (0,_pep440_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePep440Version */ .vp)(text);
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
function parseVersion(text, where = 'version', notation = 'semver') {
    const v = tryParseVersion(text, notation);
    if (!v) {
        const fix = notation === 'pep440' ? 'write a PEP 440 version with three numbers, like 1.2.3, 1.2.3rc1 or 1.2.3.dev1 (versioning: pep440)' : 'write a version like 1.2.3';
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('VERSION_UNPARSEABLE', `${where}: ${JSON.stringify(text)} is not a version`, { fix });
    }
    return v;
}
function formatVersion(v) {
    if (v.notation === 'pep440')
        return (0,_pep440_version_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPep440 */ .Cb)(v);
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
    if (v.notation)
        next.notation = v.notation;
    if (preRelease)
        next.preRelease = preRelease;
    if (v.build !== undefined)
        next.build = v.build;
    return next;
}
/**
 * SemVer precedence (release part, then a pre-release sorts before its release); PEP 440
 * pre-releases order their phases as PEP 440 does (dev < a < b < rc), which SemVer's ASCII
 * comparison of "dev" and "a" would get wrong.
 */
function compareVersions(a, b) {
    const release = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (release !== 0)
        return Math.sign(release);
    if (!a.preRelease || !b.preRelease)
        return (a.preRelease ? -1 : 0) - (b.preRelease ? -1 : 0);
    const pa = a.notation === 'pep440' ? (0,_pep440_version_js__WEBPACK_IMPORTED_MODULE_1__/* .leadingPhase */ .CC)(a) : undefined;
    const pb = b.notation === 'pep440' ? (0,_pep440_version_js__WEBPACK_IMPORTED_MODULE_1__/* .leadingPhase */ .CC)(b) : undefined;
    if (pa && pb) {
        // "rc.1.dev.2" (1.2.0rc1.dev2) comes before "rc.1".
        const devOfA = a.preRelease.split('.').length > 2 ? -1 : 0;
        const devOfB = b.preRelease.split('.').length > 2 ? -1 : 0;
        return Math.sign((0,_pep440_version_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseRank */ .i$)(pa.phase) - (0,_pep440_version_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseRank */ .i$)(pb.phase) || pa.number - pb.number || devOfA - devOfB);
    }
    return compareIdentifiers(a.preRelease.split('.'), b.preRelease.split('.'));
}
function compareIdentifiers(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] === undefined)
            return -1;
        if (b[i] === undefined)
            return 1;
        const na = /^\d+$/.test(a[i]);
        const nb = /^\d+$/.test(b[i]);
        if (na && nb && Number(a[i]) !== Number(b[i]))
            return Math.sign(Number(a[i]) - Number(b[i]));
        if (na !== nb)
            return na ? -1 : 1;
        if (a[i] < b[i])
            return -1;
        if (a[i] > b[i])
            return 1;
    }
    return 0;
}


/***/ }),

/***/ 6376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PyreleaseError: () => (/* binding */ PyreleaseError),
/* harmony export */   PyreleaseErrors: () => (/* binding */ PyreleaseErrors),
/* harmony export */   isPyreleaseError: () => (/* binding */ isPyreleaseError)
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


/***/ })

};

export const id = 852;
export const ids = [852];
export const modules = {

/***/ 93852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCliArgs: () => (/* binding */ parseCliArgs)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/settings/cli-flags.ts
var cli_flags = __webpack_require__(32109);
// EXTERNAL MODULE: ./src/settings/parse-values.ts
var parse_values = __webpack_require__(12085);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __webpack_require__(27100);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/settings/handoff.ts
var handoff = __webpack_require__(9975);
;// CONCATENATED MODULE: ./src/settings/event-release.ts

const PUBLISHING = new Set(['published', 'released', 'prereleased']);
function event_release_releaseOfEvent(name, ref, payload, sha) {
    const withSha = (r) => (sha ? { ...r, sha } : r);
    if (name === 'release') {
        const release = recordOrEmpty(payload.release);
        if (!PUBLISHING.has(String(payload.action)) || release.draft === true || typeof release.tag_name !== 'string' || release.tag_name === '')
            return undefined;
        return withSha({ event: 'release', tagName: release.tag_name, prerelease: release.prerelease === true });
    }
    if (name === 'push' && ref?.startsWith('refs/tags/') && payload.deleted !== true)
        return withSha({ event: 'tag-push', tagName: ref.slice('refs/tags/'.length), prerelease: false });
    return undefined;
}

// EXTERNAL MODULE: ./src/core/config/config-path.ts
var config_path = __webpack_require__(73916);
// EXTERNAL MODULE: ./src/core/config/package-config.ts + 1 modules
var package_config = __webpack_require__(70534);
// EXTERNAL MODULE: ./src/core/package-path.ts
var package_path = __webpack_require__(86539);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version = __webpack_require__(42752);
;// CONCATENATED MODULE: ./src/settings/manifest-less-inputs.ts





/** undefined when release-type is not given. `names` spells the inputs (action) or flags (CLI). */
function manifest_less_inputs_readManifestLessInputs(raw, p, warn, names = (n) => `input '${n}'`) {
    if (raw.releaseType === '')
        return undefined;
    for (const [input, value] of [['config-file', raw.configFile], ['manifest-file', raw.manifestFile]]) {
        if (value === '')
            continue;
        p.take(() => {
            throw new pyrelease_error.PyreleaseError('INPUT_CONFLICT', `${names('release-type')} and ${names(input)} conflict: with release-type, release-please-action plans without a config file or manifest and ignores ${input}`, {
                key: input,
                fix: `drop release-type to plan from ${value}, or drop ${input} to plan from release-type and the other inputs alone`,
            });
        }, undefined);
    }
    if (raw.foundConfig !== undefined && raw.configFile === '') {
        warn(`${raw.foundConfig} is ignored: ${names('release-type')} is given, so (as release-please-action) the package is planned from the inputs alone; drop release-type to plan from ${raw.foundConfig}`);
    }
    const releaseType = p.take(() => releaseTypeOf(raw.releaseType, names('release-type')), 'python');
    const includeComponentInTag = p.take(() => (0,parse_values/* parseBoolean */.yG)('include-component-in-tag', raw.includeComponentInTag, false), false);
    const versioning = p.take(() => versioningOf(raw.versioningStrategy, names('versioning-strategy')), undefined);
    const releaseAs = p.take(() => releaseAsOf(raw.releaseAs, names('release-as')), undefined);
    return { releaseType, path: raw.path ?? package_path/* ROOT_PATH */.Dl, includeComponentInTag, ...(versioning && { versioning }), ...(releaseAs && { releaseAs }) };
}
/** release-please 17.11.2's other release types (factory.js releasers), by what they release: named in the refusal. */
const OTHER_TYPES = {
    ...Object.fromEntries(['node', 'node-librarian', 'expo'].map((t) => [t, 'package.json'])),
    ...Object.fromEntries(['java', 'maven', 'java-yoshi', 'java-yoshi-mono-repo', 'java-backport', 'java-bom', 'java-lts'].map((t) => [t, 'Java and Maven projects'])),
    ...Object.fromEntries(['go', 'go-yoshi', 'go-librarian'].map((t) => [t, 'Go modules'])),
    ...Object.fromEntries(['php', 'php-yoshi', 'php-librarian'].map((t) => [t, 'composer.json'])),
    ...Object.fromEntries(['ruby', 'ruby-yoshi', 'ruby-librarian'].map((t) => [t, 'Ruby gems'])),
    'python-librarian': "Google's generated Python libraries",
    'dotnet-yoshi': '.NET projects', 'krm-blueprint': 'KRM blueprints', ocaml: 'OCaml packages', r: 'R packages (DESCRIPTION)', rust: 'Cargo.toml',
    salesforce: 'Salesforce projects', sfdx: 'Salesforce projects', 'terraform-module': 'Terraform modules', helm: 'Helm charts (Chart.yaml)', elixir: 'mix.exs', dart: 'pubspec.yaml', bazel: 'MODULE.bazel',
};
function releaseTypeOf(raw, name) {
    if (package_config/* RELEASE_TYPES */._E.includes(raw))
        return raw;
    const what = OTHER_TYPES[raw] ? `release-please's type for ${OTHER_TYPES[raw]}, which pyrelease does not plan` : 'not a release type release-please knows';
    throw new pyrelease_error.PyreleaseError('INPUT_UNSUPPORTED_RELEASE_TYPE', `${name} is ${JSON.stringify(raw.slice(0, 40))}, ${what}: pyrelease releases Python packages (python) and projects whose version is in version.txt (simple)`, {
        key: 'release-type',
        fix: 'write release-type: python (pyproject.toml, setup.cfg, setup.py, __init__.py, version.py) or simple (version.txt); release other languages with release-please-action itself',
    });
}
function versioningOf(raw, name) {
    if (raw === '')
        return undefined;
    if (raw !== 'service-pack' && package_config/* STRATEGIES */.YL.includes(raw))
        return raw;
    throw new pyrelease_error.PyreleaseError('INPUT_INVALID', `${name} is ${JSON.stringify(raw.slice(0, 40))}, not a versioning strategy pyrelease knows`, {
        key: 'versioning-strategy',
        fix: `write one of ${package_config/* STRATEGIES */.YL.filter((s) => s !== 'service-pack').join(', ')}, or remove it for default`,
    });
}
function releaseAsOf(raw, name) {
    if (raw === '')
        return undefined;
    if ((0,version/* tryParseVersion */.z0)(raw))
        return raw;
    throw new pyrelease_error.PyreleaseError('INPUT_INVALID', `${name} is ${JSON.stringify(raw.slice(0, 40))}, not a version`, { key: 'release-as', fix: 'write release-as: 1.2.3 — and remove it after that release, since it stays in force' });
}

;// CONCATENATED MODULE: ./src/settings/release-please-action-inputs.ts
/**
 * release-please-action v4's inputs (its action.yml and src/index.ts), so a workflow that swaps
 * only the `uses:` line keeps their meaning. Each does what it does there (release-type: the
 * manifest-less mode, ./manifest-less-inputs.ts), is said to do nothing (where
 * release-please-action itself ignores it: the manifest-less inputs without release-type), or is
 * refused in one line. None is silently ignored.
 */






// release-please-action reads these only with release-type (Manifest.fromConfig); without it, it ignores them.
// `path` is not among them: without release-type pyrelease reads it as release-please's own path option (one package of several).
const MANIFEST_LESS = { 'include-component-in-tag': 'include-component-in-tag', 'versioning-strategy': 'versioning', 'release-as': 'release-as' };
function release_please_action_inputs_readReleasePleaseActionInputs(rt, p, where) {
    const bool = (name) => p.take(() => parseBoolean(name, rt.getInput(name), false), false);
    const config = resolveConfigPath(where.configFile, (f) => existsSync(join(where.workingDir, f)));
    const manifestLess = readManifestLessInputs({
        releaseType: rt.getInput('release-type'),
        path: where.packagePath,
        includeComponentInTag: rt.getInput('include-component-in-tag'),
        versioningStrategy: rt.getInput('versioning-strategy'),
        releaseAs: rt.getInput('release-as'),
        configFile: rt.getInput('config-file'),
        manifestFile: rt.getInput('manifest-file'),
        foundConfig: config.found ? config.file : undefined,
    }, p, (line) => rt.warning(line));
    // action.yml gives include-component-in-tag the default false: only "true" can have been written.
    if (!manifestLess) {
        for (const [name, key] of Object.entries(MANIFEST_LESS)) {
            const given = rt.getInput(name);
            if (given !== '' && !(name === 'include-component-in-tag' && given === 'false'))
                rt.warning(`input '${name}' does nothing without release-type (as in release-please-action, which reads it only in its manifest-less mode): set ${key} in the release-please config`);
        }
    }
    if (bool('fork')) {
        p.take(() => {
            throw new PyreleaseError('INPUT_UNSUPPORTED', "input 'fork: true' (open the release PR from a fork) is not supported: pyrelease pushes the release branch to the repository itself", { key: 'fork', fix: 'drop fork (the release branch release-please--branches--<target> lives in the repository, as without fork)' });
        }, undefined);
    }
    if (bool('skip-labeling')) {
        p.take(() => {
            throw new PyreleaseError('INPUT_UNSUPPORTED', "input 'skip-labeling: true' is not supported: pyrelease recognises a merged release PR by its branch and its autorelease: pending label, and without it the release would never be tagged", { key: 'skip-labeling', fix: 'drop skip-labeling; to use other label names, set "label" and "release-label" in the release-please config' });
        }, undefined);
    }
    const host = p.take(() => parseServiceUrl('changelog-host', rt.getInput('changelog-host'), ''), '');
    return {
        skipGithubRelease: bool('skip-github-release'),
        skipGithubPullRequest: bool('skip-github-pull-request'),
        // release-please-action overrides the config's changelog-host only when the input differs from github.com.
        changelogHost: host !== '' && host !== 'https://github.com' ? host : undefined,
        repoUrl: rt.getInput('repo-url'),
        apiUrl: p.take(() => parseServiceUrl('github-api-url', rt.getInput('github-api-url'), '', { carriesToken: true }), ''),
        graphqlUrl: p.take(() => parseServiceUrl('github-graphql-url', rt.getInput('github-graphql-url'), '', { carriesToken: true }), ''),
        proxyServer: p.take(() => proxyServer(rt.getInput('proxy-server')), ''),
        manifestLess,
    };
}
/** release-please-action's `host:port` (it splits on ":"): an http proxy for every request. */
function proxyServer(raw) {
    if (raw === '')
        return '';
    const m = /^([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(raw);
    if (!m || Number(m[2]) > 65535) {
        throw new PyreleaseError('INPUT_INVALID', `input 'proxy-server' must be host:port, got ${JSON.stringify(raw.slice(0, 80))}`, { key: 'proxy-server', fix: 'write proxy-server: proxy.example.com:8080 (or set HTTPS_PROXY on the runner, which pyrelease also reads)' });
    }
    return `http://${raw}`;
}
/** GraphQL URL as release-please-action takes it (with or without the /graphql end): the endpoint itself. */
function release_please_action_inputs_graphqlEndpoint(raw) {
    return `${raw.replace(/\/graphql$/, '')}/graphql`;
}

;// CONCATENATED MODULE: ./src/settings/carried-inputs.ts
/**
 * Inputs users carry over from pypa/gh-action-pypi-publish and sigstore/gh-action-sigstore-python
 * (#24 item 6): each means what it means there, or is refused with one line. pypa renamed its
 * inputs to kebab-case and still takes the old snake_case names with a deprecation warning
 * (its action.yml `deprecationMessage`: "The inputs have been normalized to use kebab-case"):
 * pyrelease takes them the same way, so a workflow moves by changing its `uses:` line.
 */


/** pypa's snake_case names (v1.8+ deprecated) → the kebab-case input each one stands for. */
const PYPA_SNAKE_CASE = { packages_dir: 'packages-dir', repository_url: 'repository-url', skip_existing: 'skip-existing', print_hash: 'print-hash', verify_metadata: 'verify-metadata' };
/** Defaults action.yml gives the kebab-case inputs: a kebab value equal to it may just be the runner's default. */
const KEBAB_DEFAULTS = { 'repository-url': 'https://upload.pypi.org/legacy/', 'skip-existing': 'false', 'print-hash': 'false', 'verify-metadata': 'true' };
/**
 * The raw value of a kebab-case input, or of its snake_case alias (with pypa's warning). Both
 * given with different values is refused: no way to tell which one the user meant.
 */
function carried_inputs_aliasedInput(get, warn, kebab) {
    const snake = Object.entries(PYPA_SNAKE_CASE).find(([, k]) => k === kebab)[0];
    const kebabRaw = get(kebab);
    const snakeRaw = get(snake);
    if (snakeRaw === '')
        return kebabRaw;
    warn(`input '${snake}' is deprecated (pypa/gh-action-pypi-publish normalized its inputs to kebab-case): use '${kebab}' instead`);
    const kebabGiven = kebabRaw !== '' && kebabRaw !== KEBAB_DEFAULTS[kebab];
    if (kebabGiven && kebabRaw !== snakeRaw) {
        throw new PyreleaseError('INPUT_CONFLICT', `inputs '${kebab}' (${JSON.stringify(kebabRaw.slice(0, 60))}) and its deprecated alias '${snake}' (${JSON.stringify(snakeRaw.slice(0, 60))}) disagree`, {
            key: kebab,
            fix: `keep only ${kebab}: and remove ${snake}:`,
        });
    }
    return snakeRaw;
}
/**
 * `sign` and pypa's `attestations` are one switch (both default true). Given both with
 * different values is refused rather than guessed.
 */
function carried_inputs_signSwitch(signRaw, attestationsRaw) {
    const sign = parseBoolean('sign', signRaw, true);
    const attestations = parseBoolean('attestations', attestationsRaw, true);
    if (signRaw !== '' && attestationsRaw !== '' && sign !== attestations) {
        throw new PyreleaseError('INPUT_CONFLICT', `inputs 'sign' (${signRaw}) and 'attestations' (${attestationsRaw}) disagree: they are one switch (attestations is pypa/gh-action-pypi-publish's name for it)`, {
            key: 'attestations',
            fix: `keep one of them: sign: ${attestations} (and remove attestations:)`,
        });
    }
    return signRaw !== '' ? sign : attestations;
}
/**
 * pypa's `user`: twine's username. PyPI and TestPyPI take only API tokens (user `__token__`), and
 * trusted publishing has no user at all; pyrelease sends nothing else, so any other user is refused.
 */
function carried_inputs_checkUser(raw, hasPassword) {
    if (raw === '' || raw === '__token__')
        return;
    throw new PyreleaseError('INPUT_BAD_USER', `input 'user' is ${JSON.stringify(raw.slice(0, 40))}, but pyrelease uploads only with an API token (user __token__) or trusted publishing`, {
        key: 'user',
        fix: hasPassword ? 'remove user: (or write user: __token__) and pass an API token in password: — PyPI no longer accepts user names and passwords' : 'remove user: — with no password, pyrelease uses trusted publishing (permissions: id-token: write)',
    });
}
/** pypa's `verify-metadata` (twine check before the upload): pyrelease always checks, with --strict. */
function carried_inputs_checkVerifyMetadata(raw) {
    if (parseBoolean('verify-metadata', raw, true))
        return;
    throw new PyreleaseError('INPUT_UNSUPPORTED', "input 'verify-metadata' is false, but pyrelease always runs twine check --strict before anything is uploaded", {
        key: 'verify-metadata',
        fix: 'remove verify-metadata: false; fix what twine check reports instead (the upload would be refused by the index for most of it)',
    });
}
/**
 * sigstore-action's `inputs`: whitespace-separated files or globs to sign. pyrelease signs the
 * distributions it publishes, so the patterns are kept and checked against that set at publish
 * (stages/publish/sign-inputs.ts). A pattern that escapes the workspace is refused here.
 */
function carried_inputs_parseSignInputs(raw) {
    const patterns = raw.split(/\s+/).filter(Boolean);
    const outside = patterns.find((p) => p.startsWith('/') || p.split('/').includes('..'));
    if (outside !== undefined) {
        throw new PyreleaseError('INPUT_INVALID', `input 'inputs' has ${JSON.stringify(outside.slice(0, 80))}, which is not a path inside the workspace`, {
            key: 'inputs',
            fix: 'give paths or globs relative to the repository root, e.g. inputs: ./dist/*.whl ./dist/*.tar.gz',
        });
    }
    return patterns;
}

;// CONCATENATED MODULE: ./src/settings/publish-inputs.ts
/**
 * The publish job's inputs of #24 part B, read apart from from-action.ts so the block stays one
 * piece: build-command, upload, smoke-test before the upload, dev builds, and sigstore-action's `inputs`. Every problem goes to the collector.
 */




const BUILD_COMMAND_FIX = 'write the build as plain words (build-command: uv build --all-packages, poetry build, hatch build, make dist); put anything that needs a shell in a script or Makefile target and name that';
function publish_inputs_readPublishInputs(rt, p, o) {
    const bool = (name, fallback) => p.take(() => parseBoolean(name, rt.getInput(name), fallback), fallback);
    const smoke = rt.getInput('smoke-test');
    return {
        signInputs: p.take(() => parseSignInputs(rt.getInput('inputs')), []),
        buildCommand: p.take(() => buildCommandFrom(rt.getInput('build-command'), o), undefined),
        uploadAllProjects: bool('upload-all-projects', false),
        upload: bool('upload', true),
        smokeTestBeforeUpload: smoke !== '' && !/^(false|False|FALSE)$/.test(smoke),
        devBuild: bool('dev-build', false) ? p.take(() => devBuildFrom(rt), undefined) : undefined,
    };
}
/** `smoke-test` as a command: `true` and `false` are switches (the import check alone, or none), not programs. */
function publish_inputs_smokeTestCommand(raw) {
    if (/^(true|True|TRUE|false|False|FALSE)$/.test(raw))
        return [];
    return parseShellFreeArgs('smoke-test', raw, 'write the command as plain words, e.g. smoke-test: demo-pkg --version (or smoke-test: true for the import check alone)');
}
function buildCommandFrom(raw, o) {
    const argv = parseShellFreeArgs('build-command', raw, BUILD_COMMAND_FIX);
    if (argv.length === 0)
        return undefined;
    const label = o.packagesDirRaw;
    return { argv, outDir: label === '' ? undefined : { path: isAbsolute(label) ? label : resolve(o.workspace, label), label } };
}
function devBuildFrom(rt) {
    const run = rt.env('GITHUB_RUN_NUMBER');
    if (run !== undefined && !/^\d+$/.test(run)) {
        throw new PyreleaseError('ENV_BAD_RUN_NUMBER', `GITHUB_RUN_NUMBER must be a whole number, got ${JSON.stringify(run.slice(0, 20))}`, { key: 'GITHUB_RUN_NUMBER', fix: 'the runner sets it; when running locally, unset it to number the dev build by the commits since the last release' });
    }
    return { number: run === undefined ? undefined : Number(run), onPypi: parseBoolean('dev-build-on-pypi', rt.getInput('dev-build-on-pypi'), false) };
}
/** Hosts of pypi.org's upload endpoint: a dev build goes there only with dev-build-on-pypi. */
const PYPI_UPLOAD_HOSTS = new Set(['upload.pypi.org', 'pypi.org']);
/**
 * A dev build never tags or releases: with `stage: all` it runs the gates, publish and validate;
 * a stage list that names release (or rollback, preview) is refused. It goes to pypi.org only
 * with the opt-in, since a `.devN` there is public and permanent.
 */
function publish_inputs_checkPublishModes(s) {
    if (s.signInputs.length > 0 && !s.sign) {
        throw new PyreleaseError('INPUT_CONFLICT', "input 'inputs' names files to sign, but signing is off (sign or attestations is false)", { key: 'inputs', fix: 'remove inputs:, or remove sign: false / attestations: false' });
    }
    if (!s.devBuild)
        return s.stage;
    if (PYPI_UPLOAD_HOSTS.has(new URL(s.repositoryUrl).host) && !s.devBuild.onPypi) {
        throw new PyreleaseError('INPUT_DEV_BUILD_ON_PYPI', `dev-build: true would publish a .devN version to PyPI (${s.repositoryUrl}), where it stays for good`, {
            key: 'repository-url',
            fix: 'point the dev build at TestPyPI with repository-url: https://test.pypi.org/legacy/ (or your own index); to publish dev builds to pypi.org on purpose, add dev-build-on-pypi: true',
        });
    }
    if (s.stage === 'all')
        return ['quality', 'security', 'publish', 'validate'];
    const names = typeof s.stage === 'string' ? [s.stage] : s.stage;
    const wrong = names.find((n) => n === 'release' || n === 'rollback' || n === 'preview');
    if (wrong) {
        throw new PyreleaseError('INPUT_CONFLICT', `dev-build: true never tags or releases, but stage lists ${wrong}`, {
            key: 'stage',
            fix: 'run dev builds in a job of their own with stage: publish (or stage: all, which then runs the gates, publish and validate)',
        });
    }
    return s.stage;
}

;// CONCATENATED MODULE: ./src/settings/github-attestations.ts



const ATTESTATION_PERMISSIONS = 'permissions: { id-token: write, attestations: write, contents: write }';
function github_attestations_readGithubAttestationInputs(rt, p, payload) {
    const repository = payload.repository;
    const visibility = typeof repository === 'object' && repository !== null ? repository : {};
    return {
        githubAttestations: p.take(() => parseBoolean('github-attestations', rt.getInput('github-attestations'), false), false),
        repositoryVisibility: typeof visibility.visibility === 'string' ? visibility.visibility : visibility.private === true ? 'private' : undefined,
    };
}
function github_attestations_checkGithubAttestations(s) {
    if (!s.githubAttestations || s.dryRun || !runsPublish(s.stage))
        return;
    if (!s.idTokenRequest) {
        throw new PyreleaseError('GITHUB_ATTESTATIONS_NO_ID_TOKEN', 'github-attestations: true needs an OIDC token to sign with, and this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is unset)', {
            key: 'permissions',
            fix: `add to the publish job:  ${ATTESTATION_PERMISSIONS}  (a pull request from a fork never gets one); nothing was tagged or uploaded`,
        });
    }
    if (!s.token || !s.repository) {
        throw new PyreleaseError('GITHUB_ATTESTATIONS_NO_TOKEN', `github-attestations: true stores each attestation in the repository, but ${!s.token ? 'the token input is empty' : 'GITHUB_REPOSITORY is not set'}`, {
            key: 'token',
            fix: `keep token: \${{ github.token }} (the default) with ${ATTESTATION_PERMISSIONS}; nothing was tagged or uploaded`,
        });
    }
    // GitHub signs a private repository's attestations with its own Sigstore so its name stays out of the public log (ADR 5).
    if (s.repositoryVisibility !== undefined && s.repositoryVisibility !== 'public' && s.fulcioUrl === DEFAULT_FULCIO_URL) {
        throw new PyreleaseError('GITHUB_ATTESTATIONS_PRIVATE_REPOSITORY', `github-attestations: true would write the name of this ${s.repositoryVisibility} repository to the public Sigstore transparency log`, {
            key: 'github-attestations',
            fix: 'remove github-attestations and follow the step with actions/attest-build-provenance (subject-path: ${{ steps.<id>.outputs.distributions }}), which signs with GitHub\'s own Sigstore; or set fulcio-url, rekor-url and trusted-root to a private Sigstore',
        });
    }
}
function runsPublish(stage) {
    return stage === 'all' || stage === 'publish' || (Array.isArray(stage) && stage.includes('publish'));
}

// EXTERNAL MODULE: ./src/core/validate/import-check.ts
var import_check = __webpack_require__(98556);
;// CONCATENATED MODULE: ./src/core/preview/merge-basis.ts
/**
 * Which history the release preview plans from: what GitHub would put on the base branch when
 * the pull request is merged. Squash-only repositories get one commit made from the PR title (and
 * a body chosen by the repository's squash settings); anything else keeps the PR's own commits.
 */

const merge_basis_PREVIEW_FROM = (/* unused pure expression or super */ null && (['auto', 'commits', 'title']));
/** GitHub's defaults for a new repository, used when an older server sends no squash title/message setting. */
const GITHUB_DEFAULTS = { title: 'COMMIT_OR_PR_TITLE', message: 'COMMIT_MESSAGES' };
function decideMergeBasis(mode, read, pr) {
    const commits = (why) => ({ basis: 'commits', why, commitCount: pr.commitMessages?.length });
    if (pr.commitMessages === undefined)
        return commits(`the checkout is not the pull request's merge commit (HEAD has one parent), so its commits cannot be told apart${mode === 'title' ? ', even with preview-from: title' : ''}`);
    const settings = read?.ok ? read.settings : undefined;
    const title = (why) => ({ basis: 'title', why, message: squashCommitMessage(pr, settings?.squashMergeCommitMessage ?? GITHUB_DEFAULTS.message) });
    if (mode === 'commits')
        return commits('preview-from: commits');
    if (mode === 'title')
        return title('preview-from: title');
    if (!read?.ok)
        return commits(`${read?.why ?? 'the repository merge settings were not read'}; set preview-from: title if this repository only squash-merges`);
    const { allowSquashMerge, allowMergeCommit, allowRebaseMerge } = read.settings;
    if (allowSquashMerge === undefined || allowMergeCommit === undefined || allowRebaseMerge === undefined) {
        // GitHub leaves these fields out for a token without enough access to the repository's settings.
        return commits("the token cannot see the repository's merge settings; set preview-from: title if this repository only squash-merges");
    }
    if (allowMergeCommit && allowRebaseMerge)
        return commits('merge commits and rebase merging are allowed');
    if (allowMergeCommit)
        return commits('merge commits are allowed');
    if (allowRebaseMerge)
        return commits('rebase merging is allowed');
    if (!allowSquashMerge)
        return commits('the repository allows no merge method');
    // COMMIT_OR_PR_TITLE: GitHub squashes a one-commit PR under that commit's own message.
    if ((read.settings.squashMergeCommitTitle ?? GITHUB_DEFAULTS.title) === 'COMMIT_OR_PR_TITLE' && pr.commitMessages.length === 1) {
        return commits("this repository only allows squash merging, and GitHub keeps a one-commit PR's own message");
    }
    return title('this repository only allows squash merging');
}
/** The one line the comment and the summary show. */
function describeBasis(basis) {
    if (basis.basis === 'title')
        return `Planned from the PR title: ${basis.why}.`;
    const n = basis.commitCount;
    const what = n === undefined ? 'the history at HEAD' : `the PR's ${n === 1 ? 'commit' : `${n} commits`}`;
    return `Planned from ${what}: ${basis.why}.`;
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
    const password = rt.getInput('password');
    if (password)
        rt.setSecret(password);
    const idTokenRequest = idTokenRequestFrom(rt);
    const notifyWebhook = rt.getInput('notify-webhook');
    if (notifyWebhook)
        rt.setSecret(notifyWebhook);
    const p = new ProblemCollector();
    const event = p.take(() => readEvent(rt), { name: rt.env('GITHUB_EVENT_NAME') ?? 'push', payload: {} });
    const dispatch = event.name === 'workflow_dispatch' ? recordOrEmpty(event.payload.inputs) : {};
    const flag = (name) => p.take(() => parseBoolean(name, rt.getInput(name), false), false) || p.take(() => dispatchBoolean(name, dispatch[name]), false);
    const workspace = rt.env('GITHUB_WORKSPACE') ?? process.cwd();
    const workingDir = p.take(() => workingDirectory(workspace, rt.getInput('working-directory')), workspace);
    // pypa/gh-action-pypi-publish's snake_case names are still taken, with its deprecation warning.
    const pypa = (kebab) => p.take(() => aliasedInput((n) => rt.getInput(n), (l) => rt.warning(l), kebab), '');
    p.take(() => checkUser(rt.getInput('user'), password !== ''), undefined);
    const packagesDirRaw = pypa('packages-dir');
    p.take(() => checkVerifyMetadata(pypa('verify-metadata')), undefined);
    const settings = {
        stage: p.take(() => parseStageSelection(rt.getInput('stage')), 'all'),
        token,
        forcePublish: flag('force_publish'),
        skipTests: flag('skip_tests'),
        dryRun: p.take(() => parseBoolean('dry-run', rt.getInput('dry-run'), false), false),
        configFile: p.take(() => fileInRepository('config-file', workspace, workingDir, rt.getInput('config-file')), '') || undefined,
        manifestFile: p.take(() => fileInRepository('manifest-file', workspace, workingDir, rt.getInput('manifest-file')), '') || DEFAULT_MANIFEST_FILE,
        workingDirectory: workingDir,
        ...optional('packagePath', p.take(() => packagePathInput(rt.getInput('path')), undefined)),
        pythonVersions: p.take(() => parsePythonVersions('python-versions', rt.getInput('python-versions')), []),
        mypyBlocking: p.take(() => parseBoolean('mypy-blocking', rt.getInput('mypy-blocking'), false), false),
        pytestArgs: p.take(() => parsePytestArgs('pytest-args', rt.getInput('pytest-args')), []),
        missingPython: p.take(() => parseChoice('missing-python', rt.getInput('missing-python'), ['fail', 'skip'], 'fail'), 'fail'),
        ruffVersion: p.take(() => parseToolVersion('ruff-version', rt.getInput('ruff-version')), ''),
        banditVersion: p.take(() => parseToolVersion('bandit-version', rt.getInput('bandit-version')), ''),
        twineVersion: p.take(() => parseToolVersion('twine-version', rt.getInput('twine-version')), ''),
        codeqlPath: p.take(() => existingFile('codeql-path', workspace, rt.getInput('codeql-path')), ''),
        banditSeverity: p.take(() => level('bandit-severity', rt.getInput('bandit-severity')), 'MEDIUM'),
        banditConfidence: p.take(() => level('bandit-confidence', rt.getInput('bandit-confidence')), 'MEDIUM'),
        repositoryUrl: p.take(() => parseUploadUrl('repository-url', pypa('repository-url'), DEFAULT_REPOSITORY_URL, { carriesToken: true }), DEFAULT_REPOSITORY_URL),
        password,
        skipExisting: p.take(() => parseBoolean('skip-existing', pypa('skip-existing'), false), false),
        indexUrl: p.take(() => parseIndexUrl('index-url', rt.getInput('index-url')), ''),
        // With build-command, packages-dir names where the command writes (publish-inputs.ts), not a handed-over artifact.
        packagesDir: rt.getInput('build-command') ? undefined : p.take(() => packagesDirectory(workspace, packagesDirRaw), undefined),
        verbose: p.take(() => parseBoolean('verbose', rt.getInput('verbose'), false), false),
        printHash: p.take(() => parseBoolean('print-hash', pypa('print-hash'), false), false),
        buildIsolation: p.take(() => parseBoolean('build-isolation', rt.getInput('build-isolation'), true), true),
        // `attestations` is pypa/gh-action-pypi-publish's name for the same switch (carried-inputs.ts).
        sign: p.take(() => signSwitch(rt.getInput('sign'), rt.getInput('attestations')), true),
        fulcioUrl: p.take(() => parseServiceUrl('fulcio-url', rt.getInput('fulcio-url'), DEFAULT_FULCIO_URL, { carriesToken: true }), DEFAULT_FULCIO_URL),
        rekorUrl: p.take(() => parseServiceUrl('rekor-url', rt.getInput('rekor-url'), DEFAULT_REKOR_URL), DEFAULT_REKOR_URL),
        trustedRoot: p.take(() => existingFile('trusted-root', workspace, rt.getInput('trusted-root')), ''),
        validateTimeoutSeconds: p.take(() => parseSeconds('validate-timeout', rt.getInput('validate-timeout'), 600), 600),
        importNames: p.take(() => parseImportNames(rt.getInput('import-name')), []),
        smokeTest: p.take(() => smokeTestCommand(rt.getInput('smoke-test')), []),
        notifyWebhook: p.take(() => (notifyWebhook ? parseServiceUrl('notify-webhook', notifyWebhook, '', { secret: true }) : ''), ''),
        runUrl: runUrlFrom(rt),
        rollbackBase: rt.getInput('base'),
        lintPrTitle: p.take(() => parseBoolean('lint-pr-title', rt.getInput('lint-pr-title'), false), false),
        previewFrom: p.take(() => parsePreviewFrom(rt.getInput('preview-from')), 'auto'),
        pullRequest: pullRequestFrom(event),
        idTokenRequest,
        targetBranch: p.take(() => branchName('target-branch', rt.getInput('target-branch')), undefined) || targetBranchFromEvent(rt, event),
        eventName: event.name,
        repository: p.take(() => repository(rt.env('GITHUB_REPOSITORY')), undefined),
        apiUrl: rt.env('GITHUB_API_URL') ?? 'https://api.github.com',
        serverUrl: rt.env('GITHUB_SERVER_URL') ?? 'https://github.com',
        graphqlUrl: rt.env('GITHUB_GRAPHQL_URL') || undefined,
        sha: rt.env('GITHUB_SHA'),
        tempDir: rt.env('RUNNER_TEMP') ?? tmpdir(),
        proxy: proxyFromEnv((name) => rt.env(name)),
        handoff: p.take(() => readHandoff((n) => rt.getInput(n)), {}),
        ...readPublishInputs(rt, p, { workspace, packagesDirRaw }),
        ...readGithubAttestationInputs(rt, p, event.payload),
    };
    // --- publish on a release event / tag push (issue #24 part A) ---
    const eventRelease = releaseOfEvent(event.name, rt.env('GITHUB_REF'), event.payload, rt.env('GITHUB_SHA'));
    if (eventRelease)
        settings.eventRelease = eventRelease;
    // --- release-please-action's inputs (issue #24 part A) ---
    const rp = readReleasePleaseActionInputs(rt, p, { workingDir, configFile: settings.configFile, packagePath: settings.packagePath });
    if (rp.manifestLess)
        settings.manifestLess = rp.manifestLess;
    settings.releasePleaseAction = { skipGithubRelease: rp.skipGithubRelease, skipGithubPullRequest: rp.skipGithubPullRequest, ...(rp.changelogHost && { changelogHost: rp.changelogHost }) };
    if (rp.repoUrl)
        settings.repository = p.take(() => repository(rp.repoUrl, 'repo-url'), settings.repository);
    if (rp.apiUrl)
        settings.apiUrl = rp.apiUrl;
    if (rp.graphqlUrl)
        settings.graphqlUrl = graphqlEndpoint(rp.graphqlUrl);
    if (rp.proxyServer)
        settings.proxy = { ...settings.proxy, httpProxy: rp.proxyServer, httpsProxy: rp.proxyServer };
    settings.stage = p.take(() => checkPublishModes(settings), settings.stage);
    p.take(() => checkGithubAttestations(settings), undefined);
    if (p.problems.length > 0)
        throw new PyreleaseErrors(p.problems);
    return settings;
}
function parseStageSelection(raw) {
    const names = raw.split(/[\s,]+/).filter(Boolean);
    if (names.length <= 1)
        return parseChoice('stage', names[0] ?? '', ['all', ...stageNames], 'all');
    const chosen = names.map((n) => parseChoice('stage', n, stageNames, 'quality'));
    // README: rollback runs on its own; in a list it would follow a release stage that just wrote.
    if (chosen.includes('rollback')) {
        throw new PyreleaseError('INPUT_BAD_CHOICE', `input 'stage' lists rollback with other stages (${JSON.stringify(raw)}); rollback runs on its own`, {
            key: 'stage',
            fix: 'run stage: rollback alone, in its own job or step, with version: <the version to roll back>',
        });
    }
    // Always in pipeline order: each stage hands its results to the next.
    return stageNames.filter((s) => chosen.includes(s));
}
function parsePreviewFrom(raw) {
    if (raw === '')
        return 'auto';
    const value = PREVIEW_FROM.find((v) => v === raw.toLowerCase());
    if (value)
        return value;
    throw new PyreleaseError('INPUT_BAD_PREVIEW_FROM', `input 'preview-from' must be auto, commits or title, got ${JSON.stringify(raw.slice(0, 40))}`, {
        key: 'preview-from',
        fix: 'write preview-from: auto (the PR title when the repository only allows squash merging, else its commits), commits, or title',
    });
}
function pullRequestFrom(event) {
    const pr = recordOrEmpty(event.payload.pull_request);
    if (typeof pr.number !== 'number')
        return undefined;
    const headRepo = recordOrEmpty(recordOrEmpty(pr.head).repo);
    const baseRepo = recordOrEmpty(recordOrEmpty(pr.base).repo);
    const fromFork = headRepo.fork === true || (typeof headRepo.full_name === 'string' && typeof baseRepo.full_name === 'string' && headRepo.full_name !== baseRepo.full_name);
    return { number: pr.number, title: typeof pr.title === 'string' ? pr.title : '', body: typeof pr.body === 'string' ? pr.body : '', fromFork };
}
function runUrlFrom(rt) {
    const server = rt.env('GITHUB_SERVER_URL') ?? 'https://github.com';
    const repo = rt.env('GITHUB_REPOSITORY');
    const run = rt.env('GITHUB_RUN_ID');
    return repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
function idTokenRequestFrom(rt) {
    const url = rt.env('ACTIONS_ID_TOKEN_REQUEST_URL');
    const token = rt.env('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    if (!url || !token)
        return undefined;
    rt.setSecret(token);
    return { url, token };
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
        return { name, payload: recordOrEmpty(JSON.parse(readFileSync(path, 'utf8'))) };
    }
    catch {
        throw new PyreleaseError('EVENT_UNREADABLE', `the event payload ${path} is not valid JSON`, {
            file: path,
            fix: 'this file is written by the runner; re-run the workflow, and report it if it persists',
        });
    }
}
/** workflow_dispatch inputs are strings in the event file ("true"), or numbers for a `type: number` input. */
function dispatchBoolean(name, value) {
    const raw = stringInput(value);
    if (raw === '' || /^(true|True|TRUE|false|False|FALSE)$/.test(raw))
        return parseBoolean(name, raw, false);
    throw new PyreleaseError('INPUT_NOT_BOOLEAN', `workflow_dispatch input '${name}' must be true or false, got ${JSON.stringify(raw.slice(0, 40))}`, {
        key: name,
        fix: `declare it under on.workflow_dispatch.inputs as ${name}: { type: boolean, default: false }, so the run form offers only true and false`,
    });
}
/** A branch name git accepts (check-ref-format), so no ref write is ever tried with one GitHub refuses. */
function branchName(name, raw) {
    if (raw === '')
        return undefined;
    const why = tagNameProblem(raw);
    if (why === undefined)
        return raw;
    throw new PyreleaseError('INPUT_INVALID', `input '${name}' is not a branch name git accepts: ${JSON.stringify(raw.slice(0, 80))} (${why})`, {
        key: name,
        fix: `write the branch releases are cut from, e.g. ${name}: main (or leave it empty for the repository's default branch)`,
    });
}
/**
 * config-file and manifest-file are paths in the repository (release-please-action reads them
 * through the API, so nothing else ever worked): relative, and inside the workspace.
 */
function fileInRepository(name, workspace, workingDir, raw) {
    if (raw === '')
        return '';
    const outside = relative(workspace, resolve(workingDir, raw));
    if (isAbsolute(raw) || outside === '' || outside.split(sep)[0] === '..' || isAbsolute(outside)) {
        throw new PyreleaseError('INPUT_BAD_FILE', `input '${name}' names ${JSON.stringify(raw.slice(0, 80))}, which is not a file in the repository`, {
            key: name,
            fix: `give a path relative to working-directory that stays inside the repository, e.g. ${name}: ${name === 'config-file' ? 'release-please-config.json' : DEFAULT_MANIFEST_FILE}`,
        });
    }
    return raw;
}
/**
 * release-please-action releases from `target-branch`, else the repository's default branch
 * (whichever branch was pushed: a push to another branch still plans the default one). The event
 * names the default branch; a pull_request previews against its base.
 */
function targetBranchFromEvent(rt, event) {
    if (event.name.startsWith('pull_request'))
        return rt.env('GITHUB_BASE_REF') || undefined;
    const repo = recordOrEmpty(event.payload.repository);
    return typeof repo.default_branch === 'string' && repo.default_branch !== '' ? repo.default_branch : undefined;
}
/** pypa/gh-action-pypi-publish's packages-dir: a directory relative to the workspace; "" = build. */
function packagesDirectory(workspace, raw) {
    if (raw === '')
        return undefined;
    const path = isAbsolute(raw) ? raw : resolve(workspace, raw);
    if (!existsSync(path) || !statSync(path).isDirectory()) {
        throw new PyreleaseError('INPUT_BAD_PACKAGES_DIR', `input 'packages-dir' names ${JSON.stringify(raw.slice(0, 80))}, which is not a directory`, {
            key: 'packages-dir',
            fix: 'download the build job\'s artifact first (actions/download-artifact with path: dist) and give that path relative to the repository root, or leave packages-dir empty to let pyrelease build',
        });
    }
    return { path, label: raw };
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** A package key of the config, written as release-please writes it (normalizePaths), or unset. */
function packagePathInput(raw) {
    if (raw === '')
        return undefined;
    const path = normalizePackagePath(raw);
    const why = packagePathProblem(path);
    if (why)
        throw new PyreleaseError('INPUT_INVALID', `input 'path' is ${JSON.stringify(raw)}, which ${why}`, { key: 'path', fix: 'write the package\'s key in "packages" of the release-please config, e.g. path: packages/core' });
    return path;
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
function repository(raw, input) {
    if (raw === undefined)
        return undefined;
    const m = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(raw);
    if (!m && input)
        throw new pyrelease_error.PyreleaseError('INPUT_INVALID', `input '${input}' must be owner/name, got ${JSON.stringify(raw.slice(0, 80))}`, { key: input, fix: 'write repo-url: owner/name (the default is the workflow\'s own repository)' });
    if (!m) {
        throw new pyrelease_error.PyreleaseError('ENV_BAD_REPOSITORY', `GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(raw)}`, {
            key: 'GITHUB_REPOSITORY',
            fix: 'the runner sets it; when running locally, export GITHUB_REPOSITORY=owner/name',
        });
    }
    return { owner: m[1], repo: m[2] };
}
function stringInput(v) {
    if (typeof v === 'boolean' || typeof v === 'number')
        return String(v);
    return typeof v === 'string' ? v.trim() : '';
}

;// CONCATENATED MODULE: ./src/settings/from-argv.ts
/** CLI flags → the same Settings the action builds, plus what only the CLI has (--json, --ref…). */














/** Usage errors exit with 2, like most CLIs; they are PyreleaseErrors with code CLI_USAGE. */
function parseCliArgs(argv, env = process.env) {
    const [first, ...rest] = argv;
    const early = (0,cli_flags/* topLevelRequest */.D4)(first);
    if (early)
        return { kind: early };
    const command = cli_flags/* commands */.Pi.find((c) => c.name === first);
    if (!command)
        throw usage(`unknown command ${JSON.stringify(first)}`, 'run pyrelease --help to see the commands');
    const options = {};
    for (const f of [...command.flags, ...cli_flags/* commonFlags */.Bh])
        options[f.name] = { type: f.type };
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({ args: rest, options, allowPositionals: false, strict: true }));
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
    const rawPath = str('path');
    const packagePath = rawPath === undefined ? undefined : (0,package_path/* normalizePackagePath */.dX)(rawPath);
    const pathProblem = packagePath === undefined ? undefined : (0,package_path/* packagePathProblem */.L6)(packagePath);
    if (pathProblem)
        throw usage(`--path ${JSON.stringify(rawPath)} ${pathProblem}`, 'give the package\'s key in "packages" of the release-please config, e.g. --path packages/core');
    const settings = {
        stage: 'all',
        // The plan reads the commits' pull requests with it (GraphQL), as release-please does.
        token: str('token') ?? env.GITHUB_TOKEN ?? '',
        forcePublish: false,
        skipTests: values['skip-tests'] === true,
        dryRun: true,
        configFile: str('config-file'),
        manifestFile: str('manifest-file') ?? settings_settings/* DEFAULT_MANIFEST_FILE */.zb,
        workingDirectory: cwd,
        pythonVersions: (0,parse_values/* parsePythonVersions */.ln)('--python-versions', str('python-versions') ?? ''),
        mypyBlocking: values['mypy-blocking'] === true,
        pytestArgs: (0,parse_values/* parsePytestArgs */.o2)('--pytest-args', str('pytest-args') ?? ''),
        // Locally a version the machine lacks is skipped (loudly); on a runner the action fails instead.
        missingPython: (0,parse_values/* parseChoice */.HU)('--missing-python', str('missing-python') ?? '', ['fail', 'skip'], 'skip'),
        ruffVersion: (0,parse_values/* parseToolVersion */.mR)('--ruff-version', str('ruff-version') ?? ''),
        banditVersion: (0,parse_values/* parseToolVersion */.mR)('--bandit-version', str('bandit-version') ?? ''),
        // plan and check run no twine check: pyrelease's pin stands.
        twineVersion: '',
        codeqlPath: '',
        banditSeverity: 'MEDIUM',
        banditConfidence: 'MEDIUM',
        repositoryUrl: (0,parse_values/* parseUploadUrl */.uf)('--repository-url', str('repository-url') ?? '', settings_settings/* DEFAULT_REPOSITORY_URL */.dK),
        password: '',
        skipExisting: false,
        indexUrl: (0,parse_values/* parseIndexUrl */.Z0)('--index-url', str('index-url') ?? ''),
        packagesDir: undefined,
        verbose: false,
        printHash: false,
        buildIsolation: true,
        sign: false,
        fulcioUrl: settings_settings/* DEFAULT_FULCIO_URL */.jl,
        rekorUrl: settings_settings/* DEFAULT_REKOR_URL */.AD,
        trustedRoot: '',
        validateTimeoutSeconds: 600,
        importNames: [],
        smokeTest: [],
        notifyWebhook: '',
        runUrl: undefined,
        rollbackBase: '',
        lintPrTitle: false,
        previewFrom: 'auto',
        pullRequest: undefined,
        idTokenRequest: undefined,
        targetBranch: str('branch'),
        ...(packagePath !== undefined && { packagePath }),
        eventName: 'cli',
        repository: repository(env.GITHUB_REPOSITORY || undefined),
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
        sha: undefined,
        tempDir: (0,external_node_os_.tmpdir)(),
        proxy: (0,parse_values/* proxyFromEnv */.kE)((name) => env[name]),
        handoff: {},
        signInputs: [],
        buildCommand: undefined,
        upload: true,
        smokeTestBeforeUpload: false,
        uploadAllProjects: false,
        devBuild: undefined,
        githubAttestations: false,
        repositoryVisibility: undefined,
    };
    const warnings = [];
    const manifestLess = cliManifestLess(str, cwd, warnings);
    if (manifestLess)
        settings.manifestLess = manifestLess;
    return { kind: 'run', command, settings, json: values.json === true, ref: str('ref') ?? 'HEAD', date, branch: str('branch'), publishPreflight: values.publish === true, warnings };
}
/** --release-type: release-please-action's manifest-less mode; a conflict with --config-file/--manifest-file is a usage error. */
function cliManifestLess(str, cwd, warnings) {
    const p = new parse_values/* ProblemCollector */.tH();
    const choice = (0,config_path/* resolveConfigPath */.c)(str('config-file'), (f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, f)));
    const raw = { releaseType: str('release-type') ?? '', path: undefined, includeComponentInTag: '', versioningStrategy: '', releaseAs: '', configFile: str('config-file') ?? '', manifestFile: str('manifest-file') ?? '', foundConfig: choice.found ? choice.file : undefined };
    const inputs = manifest_less_inputs_readManifestLessInputs(raw, p, (line) => warnings.push(line), (n) => `--${n}`);
    if (p.problems.length > 0)
        throw usage(p.problems[0].message, p.problems[0].details.fix ?? 'run pyrelease plan --help');
    return inputs;
}
function usage(message, fix) {
    return new pyrelease_error.PyreleaseError('CLI_USAGE', message, { fix });
}


/***/ })

};

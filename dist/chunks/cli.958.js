export const id = 958;
export const ids = [958];
export const modules = {

/***/ 42958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderErrorLine: () => (/* binding */ renderErrorLine),
  renderErrorLines: () => (/* binding */ renderErrorLines),
  renderErrorMarkdown: () => (/* binding */ renderErrorMarkdown)
});

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
    CONFIG_DUPLICATE_COMPONENT: { title: 'Two packages have the same component', fix: 'Give each package of a monorepo its own "component" (or "package-name"): release-please finds a package\'s releases by the component in their tags.' },
    CONFIG_PATH_NOT_CONFIGURED: { title: 'The path input names no package of the config', fix: 'Set path: to a key of "packages" in the release-please config (e.g. path: packages/core), or leave it empty to release every package.' },
    CONFIG_SEVERAL_PACKAGES: { title: 'A stage that acts on one package was given a config with several', fix: 'Set path: <package> (a key of "packages") on this step so the gates, publish and validate act on that package; run one step per package (a matrix over paths_released).' },
    CONFIG_PACKAGE_PATH_MISSING: { title: 'The package path names no directory of the repository', fix: 'Key the package by the directory that holds its pyproject.toml, relative to the repository root (or "." for the root), and commit that directory.' },
    CONFIG_WRONG_TYPE: { title: 'A config value has the wrong type', fix: 'Write the value in the form the message names: true/false without quotes, text in double quotes, lists in brackets, labels as one comma-separated string.' },
    CONFIG_MISSING_KEY: { title: 'A changelog-sections or extra-files entry lacks a required key', fix: 'Give each changelog section a "type" and a "section", and each extra file object a "type" and a "path".' },
    CONFIG_BAD_VALUE: { title: 'A config value has the right type but cannot be used', fix: 'Use a value of the form the message names (a non-empty path, an http(s) URL, at least one label, a known extra-files type).' },
    CONFIG_UNSUPPORTED_RELEASE_TYPE: { title: 'The release type is not python or simple', fix: 'Write "release-type": "python"; release other languages with release-please-action itself.' },
    CONFIG_BAD_VERSIONING: { title: 'The versioning strategy is unknown or unsupported', fix: 'Use default, always-bump-patch, always-bump-minor, always-bump-major, prerelease, or pyrelease\'s pep440.' },
    CONFIG_BAD_PRERELEASE_TYPE: { title: 'prerelease-type is not a PEP 440 phase (versioning: pep440)', fix: 'Write "prerelease-type": "a", "b", "rc" or "dev"; PEP 440 reads alpha, beta, c, pre and preview as a, b and rc.' },
    CONFIG_BAD_RELEASE_AS: { title: 'release-as is not a version', fix: 'Write "release-as": "1.2.3", and remove it after that release: it stays in force until removed.' },
    CONFIG_BAD_TAG_NAME: { title: 'The config makes tag names git refuses', fix: 'Use a tag-separator such as "-" or "/", and a component or package-name without spaces or ~^:?*[\\ characters.' },
    CONFIG_BAD_SHA: { title: 'bootstrap-sha or last-release-sha is not a full commit sha', fix: 'Give the full 40-character sha of the commit (git rev-parse <ref>); release-please compares full shas.' },
    CONFIG_MISSING_JSONPATH: { title: 'A json, yaml or toml extra file has no jsonpath', fix: 'Add "jsonpath": "$.version" (or the path to the version value, e.g. "$.project.version").' },
    CONFIG_MISSING_XPATH: { title: 'An xml extra file has no xpath', fix: 'Add "xpath": "//version" (the path to the version element).' },
    CONFIG_BAD_JSONPATH: { title: 'An extra file\'s jsonpath cannot be evaluated', fix: "Write a JSONPath jsonpath-plus evaluates, such as $.version, $.project.version or $.package[?(@.name.value=='my-pkg')].version." },
    CONFIG_BAD_XPATH: { title: 'An extra file\'s xpath is not an XPath expression', fix: 'Write an XPath 1.0 expression such as //version or /project/version.' },
    CONFIG_UNKNOWN_PLUGIN: { title: 'A plugin type release-please does not know', fix: 'Check the spelling or remove it; for one Python package only "sentence-case" changes the release PR (release-please itself stops with "Unknown plugin type").' },
    CONFIG_MONOREPO_PLUGIN: { title: 'A workspace plugin of another language is configured', fix: 'Remove node-workspace, cargo-workspace, maven-workspace or merge from plugins: they bump npm, Cargo and Maven workspaces (release those with release-please-action); linked-versions, group-priority and sentence-case apply to Python packages.' },
    MANIFEST_MISSING: { title: 'The release-please manifest is missing', fix: 'Create .release-please-manifest.json with {".": "0.0.0"} before a first release, or the version last released.' },
    MANIFEST_INVALID_JSON: { title: 'The manifest is not valid JSON', fix: 'Correct the JSON at the line and column given.' },
    MANIFEST_NOT_OBJECT: { title: 'The manifest is not a JSON object', fix: 'Write {".": "1.2.3"}: package path → version last released.' },
    MANIFEST_BAD_VERSION: { title: 'A manifest version is not a version', fix: 'Write {".": "0.0.0"} before a first release, or the version last released, as a string like "1.2.3".' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/checkout.ts
/** Failures of the blob-less clone stage: release makes when the workflow has no actions/checkout step (issue #24). */
const checkoutErrors = {
    CHECKOUT_CLONE_REFUSED: { title: 'GitHub refused to let the token clone the repository', fix: 'Pass a token that can read the repository (the default ${{ github.token }} with permissions: contents: write), or add an actions/checkout step before pyrelease.' },
    CHECKOUT_CLONE_NETWORK: { title: 'The git server could not be reached to clone the repository', fix: 'Check GITHUB_SERVER_URL and the runner\'s network or proxy, then re-run the job; nothing was written to GitHub.' },
    CHECKOUT_NO_MERGE_COMMIT: { title: 'The pull request has no merge commit to preview', fix: 'Resolve the pull request\'s conflicts with its base branch (GitHub then makes refs/pull/N/merge again) and re-run, or add an actions/checkout step.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/events.ts
/** Failures of publishing from a release event, a tag push or release-please-action's handoff, and of stages asked for with nothing to do. */
const eventErrors = {
    STAGE_NOTHING_TO_DO: { title: 'A stage asked for by name had nothing to do', fix: 'Give it what it works on (the message names the inputs or the event), or use stage: all, which skips a stage with nothing to do.' },
    PUBLISH_TAG_NOT_A_RELEASE: { title: 'The tag is not a release tag in the project\'s tag format', fix: 'Tag releases as the release-please config writes them (e.g. v1.2.3), or pass version: with the version the tag stands for.' },
    PUBLISH_PRERELEASE_MISMATCH: { title: 'A GitHub release marked pre-release names a final version', fix: 'Untick "Set as a pre-release", or release a PEP 440 pre-release (1.2.3rc1).' },
    PUBLISH_TAG_UNKNOWN: { title: 'The release tag exists neither in the checkout nor on GitHub', fix: 'Push the tag first, or check out with fetch-tags: true, or pass sha: with the release commit.' },
    INPUT_UNSUPPORTED_RELEASE_TYPE: { title: 'release-type (release-please-action\'s manifest-less mode) names a release type pyrelease does not plan', fix: 'Write release-type: python (or simple for a version.txt project); release other languages with release-please-action itself.' },
    INPUT_UNSUPPORTED: { title: 'A release-please-action input pyrelease does not support was set', fix: 'Drop the input; the message says what replaces it.' },
    CHECKOUT_MISSING: { title: 'The workspace has no checkout of the repository', fix: 'Add an actions/checkout step before pyrelease.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/gates.ts
/** Failures of the quality gates and the security scan. */
const gateErrors = {
    GATE_FAILED: { title: 'A blocking gate failed', fix: 'Fix what the annotations and the job summary list, then push again. Every gate runs and reports even when another failed; the summary has each verdict.' },
    GATE_TOOL_MISSING: { title: 'A gate\'s tool is not installed', fix: 'Add it with the project\'s own tool manager (the message names the line: uv add --dev, poetry add --group dev, pdm add -dG dev, pip install or pipx install).' },
    GATE_TOOL_FAILED: { title: 'A gate\'s tool produced no report', fix: 'Run the tool locally to see its error.' },
    GATE_CONFIG_INVALID: { title: 'A tool\'s section of the project configuration is broken ([tool.ruff], [tool.mypy], [tool.bandit], ruff.toml)', fix: 'Correct the key the message names; the tool would crash on it or silently ignore it.' },
    GATE_UV_LOCK_STALE: { title: 'uv.lock does not match pyproject.toml', fix: 'Run uv lock and commit uv.lock. pyrelease runs uv sync --locked and never rewrites the lock file.' },
    PYTHON_CONSTRAINT_INVALID: { title: 'requires-python, Poetry\'s python or python_requires is not a valid version constraint', fix: 'Write a PEP 440 specifier such as ">=3.10" (Poetry: "^3.10" or ">=3.10,<4.0").' },
    UV_LOCK_INVALID: { title: 'uv.lock is not valid TOML', fix: 'Regenerate it with uv lock and commit it; never edit it by hand.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/inputs.ts
/** Failures of action inputs, the event payload, the environment and the CLI's flags. */
const inputErrors = {
    INPUT_NOT_BOOLEAN: { title: 'An input is not true or false', fix: 'Write true or false (YAML 1.2 core schema: true|True|TRUE|false|False|FALSE).' },
    INPUT_BAD_PYTHON_VERSION: { title: 'python-versions holds something that is not a Python version', fix: 'List versions separated by spaces, e.g. "3.10 3.11 3.12".' },
    INPUT_BAD_URL: { title: 'A URL input is not an http(s) URL', fix: 'Give a full http(s) URL of the kind the input takes, e.g. repository-url: https://test.pypi.org/legacy/; a webhook URL is never shown in the message.' },
    INPUT_NEEDS_SHELL: { title: 'pytest-args holds quoting or shell syntax, and no shell reads it', fix: 'Put arguments that need quoting in [tool.pytest.ini_options] addopts; keep pytest-args to plain words separated by spaces.' },
    INPUT_BAD_CHOICE: { title: 'An input is not one of its allowed values', fix: 'Use one of the values the message lists.' },
    INPUT_INVALID: { title: 'An input has a value of the wrong form (a hand-off from an earlier job, a number of seconds, a branch name)', fix: 'Write the value in the form the message names; pass an earlier job\'s output through unchanged.' },
    INPUT_BAD_FILE: { title: 'An input names a file that does not exist, or one outside the repository', fix: 'Give a path relative to the repository root, after actions/checkout.' },
    INPUT_BAD_PREVIEW_FROM: { title: 'preview-from is not auto, commits or title', fix: 'Write preview-from: auto (the default: the PR title when the repository only allows squash merging, else its commits), commits, or title.' },
    INPUT_INSECURE_URL: { title: 'A URL that receives a token is plain http:// to a non-loopback host', fix: 'Use https://; plain http:// is accepted only for 127.0.0.1 or localhost.' },
    INPUT_BAD_PACKAGES_DIR: { title: 'packages-dir is not a directory', fix: 'Download the build job\'s artifact first and name its directory relative to the repository root.' },
    INPUT_BAD_DIRECTORY: { title: 'working-directory is not a directory', fix: 'Check out the repository first and give a path relative to its root.' },
    ENV_BAD_REPOSITORY: { title: 'GITHUB_REPOSITORY is not owner/name', fix: 'Locally, export GITHUB_REPOSITORY=owner/name.' },
    EVENT_UNREADABLE: { title: 'The event payload is not valid JSON', fix: 'Re-run the workflow; report it if it persists.' },
    CLI_USAGE: { title: 'The command line is not understood', fix: 'Run pyrelease --help.' },
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
    EXTRA_FILE_NO_MATCH: { title: 'An extra file\'s jsonpath or xpath matches no value in the file', fix: 'Point it at the version value in that file (the message names the file and path); release-please would leave the file stale and only log it.' },
    EXTRA_FILE_INVALID: { title: 'An extra file cannot be parsed as its type', fix: 'Fix the JSON, TOML, YAML or XML at the line given, or list the file as a generic entry with x-release-please-version markers.' },
    CHANGELOG_JSON_INVALID: { title: 'changelog.json cannot take the new release', fix: 'Make it the machine-readable changelog ({"entries": [...]}) as valid JSON, or delete it.' },
    PROCESS_NOT_FOUND: { title: 'A required program is not installed', fix: 'Install it on the runner; the message names how.' },
    PROCESS_TIMEOUT: { title: 'A program did not finish in time', fix: 'Check what it waits for (network, a prompt) and re-run.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/publish.ts
/** Failures of the publish stage: the guard, the build, trusted publishing, the upload. */
const publishErrors = {
    PYPROJECT_MISSING: { title: 'The Python project has no pyproject.toml', fix: 'Set working-directory to the Python project, or add a pyproject.toml with a [project] table.' },
    PYPROJECT_NO_NAME: { title: 'pyproject.toml has no [project] name', fix: 'Add [project] with name = "your-package" (PEP 621).' },
    PUBLISH_NO_RELEASE: { title: 'Nothing to publish', fix: 'Run publish after the release stage, pass the release job\'s outputs as inputs, or use force_publish.' },
    PUBLISH_VERSION_MISMATCH: { title: 'The checked-out version is not the release\'s', fix: 'Check out the release commit: actions/checkout with ref: ${{ needs.release.outputs.sha }}.' },
    PUBLISH_WRONG_COMMIT: { title: 'The checked-out commit is not the release commit', fix: 'Check out the release commit: actions/checkout with ref: ${{ needs.release.outputs.sha }}.' },
    PUBLISH_TAG_ELSEWHERE: { title: 'The release tag points at another commit', fix: 'Check out the tagged commit before publishing.' },
    PUBLISH_VERSION_EXISTS: { title: 'force_publish found the version already on the index', fix: 'Bump the version for an emergency release, or set skip-existing: true.' },
    PUBLISH_FILE_CONFLICT: { title: 'The index has a file of the same name with other content', fix: 'File names can never be reused: release a new version.' },
    PUBLISH_TOOL_MISSING: { title: 'The build or check tool is not installed', fix: 'pip install build twine on the runner, or use uv.' },
    PUBLISH_BUILD_FAILED: { title: 'Building the distributions failed', fix: 'Run python -m build locally and fix the error the build log shows.' },
    PUBLISH_BAD_DISTRIBUTION: { title: 'A built file is not a distribution of this release', fix: 'Rebuild from the release commit; nothing was uploaded.' },
    PUBLISH_PACKAGES_EMPTY: { title: 'packages-dir holds no distribution', fix: 'Download the build job\'s artifact into it first, or leave packages-dir empty to let pyrelease build.' },
    PUBLISH_PACKAGES_NOT_DISTRIBUTION: { title: 'packages-dir holds a file that is not a wheel or a .tar.gz sdist', fix: 'Keep only the distributions there: signatures, attestations, eggs and SBOMs go elsewhere (pyrelease signs the files itself).' },
    PUBLISH_PACKAGES_FOREIGN: { title: 'packages-dir holds another project\'s or another version\'s distribution', fix: 'Give the publish job only the files built from the release commit.' },
    PUBLISH_PACKAGES_TWO_SDISTS: { title: 'packages-dir holds more than one sdist', fix: 'PyPI takes one sdist per release: build it in one job only.' },
    PUBLISH_WHEEL_PLATFORM_REFUSED: { title: 'A wheel has a platform tag PyPI refuses', fix: 'Repair Linux wheels into manylinux/musllinux ones (auditwheel, cibuildwheel), or leave the wheel out.' },
    PUBLISH_KEPT_FILE_MISMATCH: { title: 'A file the first attempt kept on the GitHub release is missing or has another sha256', fix: 'Restore it from the first run\'s artifact; if nothing of the version is on the index yet, delete SHA256SUMS from the release to build afresh.' },
    PUBLISH_TWINE_CHECK_FAILED: { title: 'twine check --strict failed', fix: 'Fix the metadata or long description it names (declare the README\'s content type).' },
    PUBLISH_RATE_LIMITED: { title: 'The index rate-limited the upload', fix: 'Re-run later: files already uploaded are not sent again.' },
    PUBLISH_PROJECT_NOT_PERMITTED: { title: 'One project of a monorepo release would be refused: nothing was uploaded for any', fix: 'Add this workflow as a trusted publisher of the project named (the link is in the details), or a pending publisher for a new one; a re-run uploads every package.' },
    PUBLISH_UPLOAD_REFUSED: { title: 'The index refused a file', fix: 'Do what the message says; a re-run sends only the files that are missing.' },
    OIDC_UNAVAILABLE: { title: 'The job cannot get an OIDC token', fix: 'Add permissions: id-token: write to the publish job; fork pull requests never get one.' },
    OIDC_TOKEN_FAILED: { title: 'The Actions runtime did not hand out an OIDC token', fix: 'Check permissions: id-token: write, then re-run.' },
    TRUSTED_PUBLISHING_UNSUPPORTED: { title: 'The index does not offer trusted publishing', fix: 'Check repository-url, or pass an API token in the password input.' },
    TRUSTED_PUBLISHING_REFUSED: { title: 'The index refused the OIDC token exchange', fix: 'Make the publisher on the index match the claims shown (repository, workflow file, environment).' },
    INDEX_UNREADABLE: { title: 'The index\'s JSON API gave no release data', fix: 'Check index-url / repository-url, then re-run.' },
    NETWORK_PROXY_REFUSED: { title: 'The proxy refused to connect to a service', fix: 'Allow the host on the proxy, give its credentials in HTTPS_PROXY, or add the host to NO_PROXY.' },
    NETWORK_FAILED: { title: 'A service did not answer after retries', fix: 'Re-run the job: every step is safe to repeat.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/release.ts
/** Failures of the release stage: GitHub refusals, tags, release PRs. */
const releaseErrors = {
    GITHUB_NO_TOKEN: { title: 'No GitHub token was given', fix: 'Leave the token input at its default (${{ github.token }}) or pass a GitHub App token.' },
    GITHUB_BAD_CREDENTIALS: { title: 'GitHub refused the token', fix: 'Pass a valid, unexpired token.' },
    GITHUB_ACTIONS_CANNOT_CREATE_PR: { title: 'GitHub Actions may not create pull requests in this repository', fix: 'Enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or use a GitHub App token.' },
    GITHUB_MISSING_PERMISSION: { title: 'The token lacks a permission', fix: 'Add the permission the message names to the job (contents, pull-requests or issues: write).' },
    GITHUB_RATE_LIMITED: { title: "GitHub's rate limit stopped the run", fix: 'Re-run later; nothing was left half-written.' },
    GITHUB_FORBIDDEN: { title: 'GitHub refused a request (403) for a reason other than a rate limit', fix: 'Do what GitHub\'s message says: authorise the token for SAML SSO, add the permission named, or lift the protection rule.' },
    GITHUB_REQUEST_FAILED: { title: 'A GitHub request failed', fix: 'Re-run the job: every step is safe to repeat.' },
    TARGET_BRANCH_MISSING: { title: 'The target branch does not exist', fix: 'Name an existing branch with target-branch, or leave it empty.' },
    TAG_CONFLICT: { title: 'The release tag already exists at another commit', fix: 'Delete the wrong tag and re-run, or bump the version in the release PR.' },
    RELEASE_PR_UNREADABLE: { title: 'A merged release PR has no version in its body or title', fix: 'Restore the "## [x.y.z]" heading in its body, or remove its autorelease: pending label.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/signing.ts
/** Failures of Sigstore signing and of the checks made on its bundles before upload. */
const signingErrors = {
    SIGNING_GHES_PUBLIC_GOOD: { title: 'The public-good Sigstore does not trust GitHub Enterprise Server tokens', fix: 'Set sign: false, or give fulcio-url, rekor-url and trusted-root of a private Sigstore that trusts your server.' },
    SIGNING_NEEDS_OIDC: { title: 'Signing needs an OIDC token the job cannot get', fix: 'Add permissions: id-token: write to the publish job, or set sign: false.' },
    SIGNING_TOKEN_EXPIRED: { title: 'The OIDC token for Sigstore was expired', fix: "Check the runner's clock, then re-run." },
    SIGNING_IDENTITY_REFUSED: { title: 'Fulcio refused the identity', fix: 'Check fulcio-url and that it trusts GitHub Actions tokens.' },
    SIGNING_UNAVAILABLE: { title: 'Fulcio or Rekor did not answer after retries', fix: 'Re-run later (nothing was uploaded), or set sign: false.' },
    SIGNING_FAILED: { title: 'Signing failed', fix: 'Re-run; if it persists, set sign: false to publish unsigned.' },
    SIGNATURE_INVALID: { title: 'A Sigstore bundle did not verify', fix: 'Nothing was uploaded; check that fulcio-url, rekor-url and trusted-root belong to one Sigstore instance.' },
    SIGNATURE_IDENTITY_MISMATCH: { title: 'The signing identity is not the one the index will expect', fix: 'Publish from the top-level workflow (not a reusable one), or set sign: false.' },
    SIGSTORE_TRUST_ROOT_INVALID: { title: 'The trusted-root file cannot be read', fix: 'Give the trusted_root.json of your Sigstore instance, or leave trusted-root empty.' },
    SIGSTORE_TRUST_ROOT_UNAVAILABLE: { title: 'The Sigstore trust root could not be fetched', fix: 'Re-run; the runner needs access to tuf-repo-cdn.sigstore.dev, or pass trusted-root.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/validate.ts
/** Failures of post-release validation and of the rollback stage. */
const validateErrors = {
    VALIDATE_NOTHING_TO_CHECK: { title: 'stage: validate was asked to run with nothing to check', fix: 'Pass the publish job\'s files, or a version input, or check out the repository so the manifest names the version.' },
    VALIDATE_NOT_ON_INDEX: { title: 'The index has no files of the release to validate', fix: 'Publish it first, or check the version input and index-url.' },
    VALIDATE_NOT_VISIBLE: { title: 'The index does not show the release yet', fix: 'Re-run the validate job later, or raise validate-timeout: CDN lag is normal.' },
    VALIDATE_PUBLISHED_WRONG: { title: 'The index shows other content than was uploaded', fix: 'Investigate, and release a fixed version: file names cannot be reused.' },
    VALIDATE_NO_ENVIRONMENT: { title: 'A fresh virtual environment could not be created', fix: 'Install python3-venv, or use uv.' },
    VALIDATE_INSTALL_FAILED: { title: 'The release does not install into a fresh environment', fix: 'See the install log: a dependency missing from the index, or requires-python, are the usual causes.' },
    VALIDATE_WRONG_VERSION: { title: 'The fresh environment got another version', fix: 'Check that the release is not yanked and that index-url is the index published to.' },
    VALIDATE_IMPORT_FAILED: { title: 'The installed release does not import', fix: 'Declare the missing dependency or include the module, and publish a fixed version; import-name names the module.' },
    VALIDATE_SMOKE_FAILED: { title: 'The smoke test failed in the fresh environment', fix: 'See its output in the log.' },
    ROLLBACK_BAD_VERSION: { title: 'stage: rollback needs the version to roll back', fix: 'with: { stage: rollback, version: 1.3.0 }' },
    ROLLBACK_UNKNOWN_VERSION: { title: 'The version to roll back is not on the index', fix: 'Give a version that was published, or check repository-url.' },
    ROLLBACK_NO_BASE: { title: 'No commit to start the hotfix from', fix: 'Name a tag, branch or commit with the base input.' },
    PR_TITLE_INVALID: { title: 'The pull request title is not a conventional commit of a known type', fix: 'Write it as type(scope)!: description with a type from changelog-sections or the standard ones.' },
    INPUT_BAD_IMPORT_NAME: { title: 'import-name is not a module name', fix: 'Give dotted module names separated by spaces, e.g. demo_pkg.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/carried-over.ts
/** Failures of what a publish job carries over (#24 part B): pypa/sigstore input names, build-command, dev builds, attach-only, smoke test, GitHub attestations. */
const carriedOverErrors = {
    INPUT_CONFLICT: { title: 'Two inputs that mean one thing disagree, or an input contradicts the mode asked for', fix: 'Keep one of them, as the message says (sign or attestations, a kebab-case input or its snake_case alias).' },
    INPUT_BAD_USER: { title: 'user is not __token__', fix: 'Remove user: (or write __token__): pyrelease uploads with an API token in password, or with trusted publishing.' },
    INPUT_UNSUPPORTED: { title: 'An input asks for something pyrelease never does', fix: 'Remove the input; the message says what pyrelease does instead.' },
    INPUT_DEV_BUILD_ON_PYPI: { title: 'A dev build would go to pypi.org without the opt-in', fix: 'Set repository-url: https://test.pypi.org/legacy/, or add dev-build-on-pypi: true to publish dev builds to PyPI on purpose.' },
    ENV_BAD_RUN_NUMBER: { title: 'GITHUB_RUN_NUMBER is not a whole number', fix: 'The runner sets it; locally, unset it.' },
    PUBLISH_BUILD_COMMAND_FAILED: { title: 'build-command exited with an error', fix: 'Run the same command locally and fix the error its log group shows.' },
    PUBLISH_BUILD_COMMAND_EMPTY: { title: 'build-command produced no distribution in the output directory', fix: 'Make it write the wheel and sdist into packages-dir (default dist/), e.g. uv build --out-dir dist.' },
    PUBLISH_SIGN_INPUTS_MISMATCH: { title: 'inputs (the files to sign) names a file that is not published, or matches nothing', fix: 'pyrelease signs every distribution it publishes: drop inputs, or hand the files over with packages-dir.' },
    PUBLISH_SMOKE_TEST_FAILED: { title: 'The built wheel failed the smoke test before the upload', fix: 'Nothing was uploaded: fix the import error or the command and release again.' },
    PUBLISH_NOTHING_TO_ATTACH: { title: 'upload: false, but there is no GitHub release to attach the files to', fix: 'Run it for a release (stage: all, or the release job\'s outputs), with a token that can write contents.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/github-attestations.ts
/** Failures of github-attestations: true (SLSA build provenance stored on GitHub, #24 item 7). */
const githubAttestationErrors = {
    GITHUB_ATTESTATIONS_NO_ID_TOKEN: { title: 'github-attestations: true, but the job cannot get an OIDC token', fix: 'Add to the job: permissions: { id-token: write, attestations: write, contents: write }.' },
    GITHUB_ATTESTATIONS_NO_TOKEN: { title: 'github-attestations: true, but there is no GitHub token or repository to store them in', fix: 'Keep token: ${{ github.token }} (the default) and run in GitHub Actions (GITHUB_REPOSITORY set).' },
    GITHUB_ATTESTATIONS_PRIVATE_REPOSITORY: { title: 'github-attestations: true in a private or internal repository with the public-good Sigstore', fix: 'Use actions/attest-build-provenance with subject-path: ${{ steps.<id>.outputs.distributions }} (it signs with GitHub\'s own Sigstore), or point fulcio-url, rekor-url and trusted-root at a private Sigstore.' },
    GITHUB_ATTESTATION_CLAIMS_MISSING: { title: 'The OIDC token lacks claims the build provenance needs', fix: 'Run in GitHub Actions (the token of a GitHub-hosted or self-hosted runner carries them); report the claims named if it persists.' },
    GITHUB_ATTESTATION_INVALID: { title: 'The attestation bundle made for a file does not verify', fix: 'Nothing was uploaded: re-run; if it persists check fulcio-url, rekor-url and trusted-root (one Sigstore instance).' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue/workspace.ts
/** Failures of a uv workspace release (core/workspace/): members, their graph, their dependents. */
const workspaceErrors = {
    WORKSPACE_INVALID: { title: '[tool.uv.workspace] is not in the form uv reads', fix: 'Write members = ["packages/*"] (and exclude = [...]) as lists of globs in the root pyproject.toml.' },
    WORKSPACE_MEMBER_PATH_MISSING: { title: 'A workspace member path names no directory', fix: 'Commit the member directory with its pyproject.toml, or remove the path from [tool.uv.workspace] members.' },
    WORKSPACE_MEMBER_NO_PYPROJECT: { title: 'A directory matched by the workspace members has no pyproject.toml', fix: 'Add its pyproject.toml, or add the directory to [tool.uv.workspace] exclude: uv requires one in every member.' },
    WORKSPACE_MEMBER_NO_NAME: { title: 'A workspace member has no [project] name', fix: 'Add [project] name = "…" to the member\'s pyproject.toml.' },
    WORKSPACE_DUPLICATE_NAME: { title: 'Two workspace members have the same project name', fix: 'Give each member its own [project] name: PEP 503 compares names lower-cased, with runs of -, _ and . as one.' },
    WORKSPACE_MEMBER_NOT_CONFIGURED: { title: 'A uv workspace member is not a package of the release-please config', fix: 'Add the member\'s directory to "packages" ({"release-type": "python"}), or write "packages": {} to release every member of the workspace.' },
    WORKSPACE_DEPENDENCY_CYCLE: { title: 'Workspace members depend on each other in a cycle', fix: 'Break the cycle (move the shared code into a member both depend on); the message names the members in order.' },
    WORKSPACE_DEPENDENT_NOT_BUMPABLE: { title: 'A member depending on a released member cannot be made to admit its new version', fix: 'Widen the requirement the message names (e.g. core>=1.1.0), or write it as a plain one-line TOML string pyrelease can rewrite.' },
};

;// CONCATENATED MODULE: ./src/errors/catalogue.ts
/**
 * Every user-facing failure, by stable code: what happened and how to fix it. docs/errors.md
 * is generated from this table (npm run docs) and a test keeps code, catalogue and docs in step.
 * Codes never change once released.
 */













const catalogue = { ...inputErrors, ...configErrors, ...planErrors, ...releaseErrors, ...gateErrors, ...publishErrors, ...signingErrors, ...validateErrors, ...carriedOverErrors, ...eventErrors, ...checkoutErrors, ...githubAttestationErrors, ...workspaceErrors };

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
;// CONCATENATED MODULE: ./src/errors/render.ts
/**
 * Errors for people: one line for the log (`file[:line:col]: what — fix: how [CODE]`), a longer
 * Markdown form for the job summary listing every problem with its fix. Never a stack trace:
 * the entries print one at debug level for errors we did not expect.
 */


const MORE_IN_LINE = 3;
/** One line for the log and `setFailed`; several problems are named after the first. */
function renderErrorLine(error) {
    if (!(0,pyrelease_error.isPyreleaseError)(error))
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
    if (!(0,pyrelease_error.isPyreleaseError)(error))
        return [renderErrorLine(error)];
    const problems = problemsOf(error);
    return problems.length > 0 ? problems.map(problemLine) : [renderErrorLine(error)];
}
function renderErrorMarkdown(error) {
    const head = '### ❌ pyrelease failed';
    if (!(0,pyrelease_error.isPyreleaseError)(error)) {
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
    return error instanceof pyrelease_error.PyreleaseErrors ? error.problems : [error];
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
    return p.message.slice(file.length).replace(/^(:\d+){0,2}:?\s*/, '');
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


/***/ })

};

/**
 * Everything a run is told, parsed and validated once (from-action.ts for the action,
 * from-argv.ts for the CLI). Stages read this object, never inputs or the environment.
 */
import type { ManifestLessInputs } from '../core/config/manifest-less.js';
import type { PreviewFrom } from '../core/preview/merge-basis.js';
import type { StageHandoff } from './handoff.js';
import type { ProxySettings } from '../adapters/http/transport.js';
import type { EventRelease } from '../core/publish/release-source.js';

export const stageNames = ['quality', 'security', 'release', 'publish', 'validate', 'rollback', 'preview'] as const;
export type StageName = (typeof stageNames)[number];
/** `all`, one stage, or several in pipeline order (`stage: quality security release` for a gates-and-release job). */
export type StageSelection = 'all' | StageName | readonly StageName[];

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export interface Settings {
  /** `stage` input: `all` (the default) for quality → security → release → publish → validate, one stage, or a space-separated list. */
  stage: StageSelection;
  /** `token` input (default `${{ github.token }}`); masked as soon as it is read. "" when absent. */
  token: string;
  /** `force_publish` input or workflow_dispatch input: publish the version at HEAD without a release PR. */
  forcePublish: boolean;
  /** `skip_tests` input or workflow_dispatch input: skip pytest, loudly. */
  skipTests: boolean;
  /** `dry-run` input: plan and report, write nothing remote. */
  dryRun: boolean;
  /**
   * `config-file` input. undefined = not given: `.release-please-config.json`, falling back to
   * release-please's own default `release-please-config.json`.
   */
  configFile: string | undefined;
  /** `manifest-file` input, default `.release-please-manifest.json`. */
  manifestFile: string;
  /** `working-directory` input resolved against the workspace: the repository to release. */
  workingDirectory: string;
  /**
   * `path` input (release-please-action's): one package of a config with several. The release
   * stage plans only it (release-please's onlyPath); the gates, publish and validate act on it.
   * Unset with several packages, the stages that act on one package refuse to guess.
   */
  packagePath?: string;
  /** `python-versions` input split on spaces/commas; [] = decide from the project. */
  pythonVersions: string[];
  /** `mypy-blocking` input: a mypy error fails the quality stage (default false, as the seed had it). */
  mypyBlocking: boolean;
  /** `missing-python` input: a declared Python version the runner lacks fails the gate (`fail`, the default) or is skipped loudly (`skip`). */
  missingPython: 'fail' | 'skip';
  /** `ruff-version` input: the ruff release to run when the project locks none ("" = the project's, else the newest, said so). */
  ruffVersion: string;
  /** `bandit-version` input: the bandit release uvx runs when uv.lock locks none ("" = pyrelease's pin). */
  banditVersion: string;
  /** `twine-version` input: the twine release uvx runs for twine check when uv.lock locks none ("" = pyrelease's pin). */
  twineVersion: string;
  /** `codeql-path` input: the CodeQL CLI (github/codeql-action/init's codeql-path output); "" = PATH, then the runner's tool cache. */
  codeqlPath: string;
  /** `pytest-args` input, split on spaces: extra pytest arguments. */
  pytestArgs: string[];
  /** `bandit-severity` / `bandit-confidence` inputs: the lowest level that blocks (default medium / medium). */
  banditSeverity: 'LOW' | 'MEDIUM' | 'HIGH';
  banditConfidence: 'LOW' | 'MEDIUM' | 'HIGH';
  /** `repository-url` input: the upload endpoint (PyPI legacy API by default). */
  repositoryUrl: string;
  /** `password` input: an API token for the index; "" = trusted publishing (OIDC). Masked when read. */
  password: string;
  /** `skip-existing` input: files already on the index with the same sha256 are skipped; with force_publish, an existing version is not refused. */
  skipExisting: boolean;
  /** `index-url` input: where the index is read (JSON API, simple index); "" = derived from repository-url. */
  indexUrl: string;
  /**
   * `packages-dir` input: publish the distributions in this directory (a build job's artifact)
   * instead of building; `path` is resolved against the workspace, `label` is as the user wrote it.
   * undefined = build, as without the input.
   */
  packagesDir: { path: string; label: string } | undefined;
  /** `verbose` input: log the index's whole answer to every upload (status line and body), as `twine upload --verbose` shows it. */
  verbose: boolean;
  /** `print-hash` input: log each file's sha256, md5 and BLAKE2b-256 before the upload, as pypa/gh-action-pypi-publish does. */
  printHash: boolean;
  /** `build-isolation` input: build in an isolated environment (default true); false uses the runner's installed backend. */
  buildIsolation: boolean;
  /** `sign` input (default true): Sigstore bundles and PEP 740 attestations for every distribution. */
  sign: boolean;
  /** `fulcio-url` / `rekor-url` inputs: the Sigstore instance (public good by default). */
  fulcioUrl: string;
  rekorUrl: string;
  /** `trusted-root` input: a trusted_root.json for a private Sigstore; "" = the public-good root via TUF. */
  trustedRoot: string;
  /** `validate-timeout` input in seconds (default 600): how long validation waits for the index to show the release. */
  validateTimeoutSeconds: number;
  /** `import-name` input: modules to import after installing; [] = the distribution's top-level modules. */
  importNames: string[];
  /** `smoke-test` input split on spaces (no shell): a command run in the fresh environment after the import; [] = none (also for `smoke-test: true`, the import check alone). */
  smokeTest: string[];
  /** `base` input (stage: rollback): branch, tag or sha the hotfix branch starts from; "" = the last good release. */
  rollbackBase: string;
  /** `lint-pr-title` input (stage: preview): fail a pull request whose title is not a conventional commit of a known type. */
  lintPrTitle: boolean;
  /**
   * `preview-from` input (stage: preview), default `auto`: plan from the PR's commits, or from its title
   * as the one commit GitHub's squash merge writes; `auto` decides from the repository's merge settings.
   */
  previewFrom: PreviewFrom;
  /** The pull request of a pull_request event: number, title, body, and whether it comes from a fork (read-only token). */
  pullRequest: { number: number; title: string; body: string; fromFork: boolean } | undefined;
  /** `notify-webhook` input: a URL that gets a JSON message (Slack-compatible `text`) on success and on failure; masked. "" = none. */
  notifyWebhook: string;
  /** Link to this workflow run (GITHUB_SERVER_URL/…/actions/runs/GITHUB_RUN_ID), when known. */
  runUrl: string | undefined;
  /** ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, present only with `permissions: id-token: write`. The token is masked. */
  idTokenRequest: { url: string; token: string } | undefined;
  /** The branch releases are cut from: `target-branch` input, else the repository's default branch (the base branch for pull_request events); undefined = ask GitHub. */
  targetBranch: string | undefined;
  /** Which workflow event started the run (`push`, `pull_request`, `workflow_dispatch`…; `cli` for the CLI). */
  eventName: string;
  /** owner/name from GITHUB_REPOSITORY (action) or the origin URL (CLI, resolved later). */
  repository: RepositoryRef | undefined;
  /** REST API base URL (GITHUB_API_URL) and web base URL (GITHUB_SERVER_URL). */
  apiUrl: string;
  serverUrl: string;
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL, for GitHub Enterprise); undefined = beside apiUrl (api.github.com/graphql, <host>/api/graphql). */
  graphqlUrl?: string;
  /** Commit the run is for (GITHUB_SHA), when known. */
  sha: string | undefined;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) of the runner: every request goes through the proxy they name. */
  proxy: ProxySettings;
  /** Scratch directory for builds and reports (RUNNER_TEMP, else the OS temp dir). */
  tempDir: string;
  /** Outputs of earlier stages run in other jobs, handed back as inputs. */
  handoff: StageHandoff;
  // --- publish on a release event / tag push (issue #24 part A) ---
  /** The release the run's event names (a published GitHub release, a pushed tag); undefined for other events. */
  eventRelease?: EventRelease;
  // --- release-please-action's inputs (issue #24 part A) ---
  /** What release-please-action v4's own inputs change (settings/release-please-action-inputs.ts); undefined = none given (the CLI). */
  releasePleaseAction?: { skipGithubRelease: boolean; skipGithubPullRequest: boolean; changelogHost?: string };
  /**
   * `release-type` (release-please-action's manifest-less mode; the CLI's --release-type): the one
   * package is planned from these inputs, with no config file or manifest, and the last release is
   * found from the tags. undefined = a config file and manifest are read.
   */
  manifestLess?: ManifestLessInputs;

  // ── #24 part B: what a publish job carries over (build-command, dev builds, attach-only, GitHub attestations) ──
  /** sigstore-action's `inputs`: globs (workspace-relative) of the files to sign, checked against the upload set; [] = not given. */
  signInputs: string[];
  /**
   * `build-command` input as an argument array (no shell), run in the project directory instead of
   * pyrelease's build; `outDir` is packages-dir (resolved against the workspace), undefined = the project's dist/.
   * undefined = pyrelease builds. packagesDir is then undefined: packages-dir names the command's output.
   */
  buildCommand: { argv: string[]; outDir: { path: string; label: string } | undefined } | undefined;
  /**
   * `upload-all-projects` input (default false): a packages-dir or build-command output holding
   * several projects' distributions (uv build --all-packages) uploads each project's set to its own
   * project, every project checked before the first upload; false refuses files of other projects.
   */
  uploadAllProjects: boolean;
  /** `upload` input (default true): false attaches the files to the GitHub release only, nothing goes to an index. */
  upload: boolean;
  /** `smoke-test` given (a command, or `true` for the import check alone): the built wheel is installed in a fresh venv and checked before any upload. */
  smokeTestBeforeUpload: boolean;
  /** `dev-build` input: publish X.Y.Z.devN of the next planned version, never tagging or releasing; undefined = off. */
  devBuild: DevBuildSettings | undefined;
  /** `github-attestations` input (default false): one SLSA build-provenance attestation per published file, stored on GitHub (needs attestations: write, id-token: write). */
  githubAttestations: boolean;
  /** The repository's visibility from the event payload (`public`, `private`, `internal`); undefined when the event does not say. */
  repositoryVisibility: string | undefined;
}

export interface DevBuildSettings {
  /** N of `.devN`: GITHUB_RUN_NUMBER (a re-run of the run keeps it); undefined = the commits since the last release. */
  number: number | undefined;
  /** `dev-build-on-pypi` input: the explicit opt-in a dev build to pypi.org needs. */
  onPypi: boolean;
}

export const DEFAULT_MANIFEST_FILE = '.release-please-manifest.json';
export const DEFAULT_REPOSITORY_URL = 'https://upload.pypi.org/legacy/';
export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';

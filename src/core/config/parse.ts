/**
 * release-please config + manifest text → ReleaseConfig / Manifest, checked in full: every
 * problem is collected and thrown together, each naming the file, the key and the fix.
 */
import { PyreleaseError, PyreleaseErrors } from '../../errors/pyrelease-error.js';
import { configDefaults, ignoredKeys, packageKeys, topLevelKeys } from './defaults.js';
import { asRecord, FieldReader } from './fields.js';
import { parseJsonText } from './json-text.js';
import type { Manifest, PackageConfig, ReleaseConfig, ReleaseType, VersioningStrategy } from './types.js';

const releaseTypes: ReleaseType[] = ['python', 'simple'];
const strategies: VersioningStrategy[] = ['default', 'always-bump-patch', 'always-bump-minor', 'always-bump-major', 'prerelease'];
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[^+]+)?(\+.*)?$/;

export function parseReleaseConfig(text: string, file: string): { config: ReleaseConfig; warnings: string[] } {
  const root = asRecord(parseJsonText(text, file, 'CONFIG_INVALID_JSON'));
  if (!root) throw new PyreleaseError('CONFIG_NOT_OBJECT', `${file}: the config must be a JSON object`, { file, fix: 'write {"packages": {".": {"release-type": "python"}}}' });
  const r = new FieldReader(file);
  const packagesRaw = asRecord(root.packages);
  if (!packagesRaw) {
    r.problem('CONFIG_NO_PACKAGES', 'packages', root.packages === undefined ? 'is missing' : 'must be an object', 'write "packages": {".": {"release-type": "python"}}');
  } else if (Object.keys(packagesRaw).length === 0) {
    r.problem('CONFIG_NO_PACKAGES', 'packages', 'is empty', 'add the root package: "packages": {".": {}}');
  }
  const unknown = new Set<string>();
  const noted = new Set<string>();
  const known = new Set<string>([...topLevelKeys, ...packageKeys]);
  for (const key of Object.keys(root)) classify(key, known, unknown, noted, '');
  const packages: PackageConfig[] = [];
  for (const [path, raw] of Object.entries(packagesRaw ?? {})) {
    const pkg = asRecord(raw);
    if (!pkg) {
      r.problem('CONFIG_WRONG_TYPE', `packages.${JSON.stringify(path)}`, 'must be an object', `write "packages": {${JSON.stringify(path)}: {}}`);
      continue;
    }
    for (const key of Object.keys(pkg)) classify(key, new Set(packageKeys), unknown, noted, `packages.${JSON.stringify(path)}.`);
    packages.push(readPackage(r, path, { ...pickPackageKeys(root), ...pkg }));
  }
  if (packagesRaw && Object.keys(packagesRaw).length > 1) {
    r.problem('CONFIG_MONOREPO', 'packages', `has ${Object.keys(packagesRaw).length} packages; pyrelease releases one Python package per repository`, 'keep only the root package "." (or run one workflow per package with working-directory)');
  }
  const config: ReleaseConfig = {
    packages,
    separatePullRequests: r.boolean(root, 'separate-pull-requests', 'separate-pull-requests') ?? packages.length <= 1,
    groupPullRequestTitlePattern: r.string(root, 'group-pull-request-title-pattern', 'group-pull-request-title-pattern'),
    labels: r.labels(root, 'label') ?? [...configDefaults.labels],
    releaseLabels: r.labels(root, 'release-label') ?? [...configDefaults.releaseLabels],
    extraLabels: r.labels(root, 'extra-label') ?? [],
    bootstrapSha: r.string(root, 'bootstrap-sha', 'bootstrap-sha'),
    lastReleaseSha: r.string(root, 'last-release-sha', 'last-release-sha'),
    commitSearchDepth: r.integer(root, 'commit-search-depth', 'commit-search-depth') ?? configDefaults.commitSearchDepth,
    releaseSearchDepth: r.integer(root, 'release-search-depth', 'release-search-depth') ?? configDefaults.releaseSearchDepth,
    alwaysUpdate: r.boolean(root, 'always-update', 'always-update') ?? false,
    unknownKeys: [...unknown],
  };
  for (const sha of ['bootstrap-sha', 'last-release-sha'] as const) {
    const v = root[sha];
    if (typeof v === 'string' && !/^[0-9a-f]{4,40}$/i.test(v)) r.problem('CONFIG_BAD_SHA', sha, `must be a commit sha, got ${JSON.stringify(v)}`, 'give the full 40-character sha of the commit (git rev-parse <ref>)');
  }
  if (r.problems.length > 0) throw new PyreleaseErrors(r.problems);
  const warnings: string[] = [];
  if (unknown.size > 0) warnings.push(`${file}: unknown key${unknown.size > 1 ? 's' : ''} ${[...unknown].join(', ')} ignored — check the spelling against release-please's config schema`);
  if (noted.size > 0) warnings.push(`${file}: ${[...noted].join(', ')} accepted but not used by pyrelease for a single Python package`);
  return { config, warnings };
}

function classify(key: string, known: Set<string>, unknown: Set<string>, noted: Set<string>, prefix: string): void {
  if (known.has(key)) return;
  if ((ignoredKeys as readonly string[]).includes(key)) noted.add(prefix + key);
  else unknown.add(prefix + key);
}

/** Top-level keys are defaults for every package, as in release-please. */
function pickPackageKeys(root: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(root).filter(([k]) => (packageKeys as readonly string[]).includes(k)));
}

function readPackage(r: FieldReader, path: string, raw: Record<string, unknown>): PackageConfig {
  const at = (k: string) => `packages.${JSON.stringify(path)}.${JSON.stringify(k)}`;
  const b = (k: string) => r.boolean(raw, k, at(k));
  const s = (k: string) => r.string(raw, k, at(k));
  const releaseType = s('release-type') ?? 'python';
  if (!(releaseTypes as string[]).includes(releaseType)) {
    r.problem('CONFIG_UNSUPPORTED_RELEASE_TYPE', at('release-type'), `is ${JSON.stringify(releaseType)}: pyrelease releases Python packages`, 'write "release-type": "python" (or "simple" for a version-only project)');
  }
  const versioning = s('versioning') ?? 'default';
  if (!(strategies as string[]).includes(versioning)) {
    const what = versioning === 'service-pack' ? 'a Java versioning strategy pyrelease does not support' : 'not a release-please versioning strategy';
    r.problem('CONFIG_BAD_VERSIONING', at('versioning'), `is ${JSON.stringify(versioning)}, ${what}`, `use one of ${strategies.join(', ')}`);
  }
  const releaseAs = s('release-as');
  if (releaseAs !== undefined && releaseAs !== '' && !SEMVER.test(releaseAs)) {
    r.problem('CONFIG_BAD_RELEASE_AS', at('release-as'), `is ${JSON.stringify(releaseAs)}, not a version`, 'write "release-as": "1.2.3" (and remove it after that release: it stays in force)');
  }
  return {
    path,
    releaseType: releaseType as PackageConfig['releaseType'],
    packageName: s('package-name'),
    component: s('component'),
    changelogPath: s('changelog-path') ?? configDefaults.changelogPath,
    changelogHost: s('changelog-host') ?? configDefaults.changelogHost,
    changelogSections: r.sections(raw, 'changelog-sections', at('changelog-sections')),
    extraFiles: r.extraFiles(raw, 'extra-files', at('extra-files')) ?? [],
    excludePaths: r.stringList(raw, 'exclude-paths', at('exclude-paths')) ?? [],
    bumpMinorPreMajor: b('bump-minor-pre-major') ?? false,
    bumpPatchForMinorPreMajor: b('bump-patch-for-minor-pre-major') ?? false,
    releaseAs: releaseAs === '' ? undefined : releaseAs,
    prerelease: b('prerelease') ?? false,
    prereleaseType: s('prerelease-type'),
    versioning: versioning as VersioningStrategy,
    draft: b('draft') ?? false,
    draftPullRequest: b('draft-pull-request') ?? false,
    includeVInTag: b('include-v-in-tag') ?? configDefaults.includeVInTag,
    includeComponentInTag: b('include-component-in-tag') ?? configDefaults.includeComponentInTag,
    includeVInReleaseName: b('include-v-in-release-name') ?? configDefaults.includeVInReleaseName,
    tagSeparator: s('tag-separator') ?? configDefaults.tagSeparator,
    pullRequestTitlePattern: s('pull-request-title-pattern'),
    pullRequestHeader: s('pull-request-header'),
    pullRequestFooter: s('pull-request-footer'),
    componentNoSpace: b('component-no-space') ?? false,
    skipGithubRelease: b('skip-github-release') ?? false,
    skipChangelog: b('skip-changelog') ?? false,
    dateFormat: s('date-format'),
  };
}

export function parseManifest(text: string, file: string): Manifest {
  const root = asRecord(parseJsonText(text, file, 'MANIFEST_INVALID_JSON'));
  if (!root) throw new PyreleaseError('MANIFEST_NOT_OBJECT', `${file}: the manifest must be a JSON object of path → version`, { file, fix: 'write {".": "1.2.3"}' });
  const problems: PyreleaseError[] = [];
  const manifest: Manifest = {};
  for (const [path, v] of Object.entries(root)) {
    if (typeof v !== 'string' || !/(\d+)\.(\d+)\.(\d+)/.test(v)) {
      problems.push(
        new PyreleaseError('MANIFEST_BAD_VERSION', `${file}: ${JSON.stringify(path)} must be a version like "1.2.3", got ${JSON.stringify(v)}`, {
          file,
          key: path,
          fix: `write ${JSON.stringify(path)}: "0.0.0" before a first release, or the version last released`,
        }),
      );
    } else manifest[path] = v;
  }
  if (problems.length > 0) throw new PyreleaseErrors(problems);
  return manifest;
}

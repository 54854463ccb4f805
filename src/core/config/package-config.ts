/**
 * A package's merged options → PackageConfig with release-please's defaults, plus the checks
 * that need the merged value (a release type set at the top level and overridden in the package
 * is never used, so only the value in force is judged, at the key where it is written).
 */
import { formatTag } from '../version/tag-name.js';
import { PEP440_PHASES, pep440Phase } from '../version/pep440-version.js';
import { tryParseVersion } from '../version/version.js';
import { configDefaults } from './defaults.js';
import type { ConfigFindings } from './findings.js';
import type { Options } from './option-layer.js';
import { tagNameProblem } from './tag-name-check.js';
import { tagComponent, tagStyleOf } from './tag-style.js';
import type { ChangelogSection, ChangelogType, ExtraFile, PackageConfig, ReleaseType, VersioningStrategy } from './types.js';

export const RELEASE_TYPES: readonly ReleaseType[] = ['python', 'simple'];
// service-pack is release-please's Java "1.2.3-sp.1" scheme; pyrelease does not implement it.
export const STRATEGIES: readonly VersioningStrategy[] = ['default', 'always-bump-patch', 'always-bump-minor', 'always-bump-major', 'prerelease', 'pep440'];

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
} as const;

export function resolvePackage(f: ConfigFindings, path: string, o: Options, warnings: string[]): PackageConfig {
  const str = (k: Parameters<Options['string']>[0]) => o.string(k);
  const bool = (k: Parameters<Options['boolean']>[0], fallback: boolean) => o.boolean(k) ?? fallback;
  const pkg: PackageConfig = {
    path,
    releaseType: releaseType(f, o, warnings),
    changelogPath: nonEmpty(f, o, 'changelog-path') ?? configDefaults.changelogPath,
    changelogHost: changelogHost(f, o) ?? configDefaults.changelogHost,
    extraFiles: o.list<ExtraFile>('extra-files') ?? [],
    excludePaths: o.list<string>('exclude-paths') ?? [],
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
    changelogType: changelogType(f, o),
    forceTagCreation: bool('force-tag-creation', false),
  };
  for (const [field, key] of Object.entries(OPTIONAL_STRINGS)) {
    const v = str(key);
    if (v !== undefined) pkg[field as keyof typeof OPTIONAL_STRINGS] = v;
  }
  const sections = o.list<ChangelogSection>('changelog-sections');
  if (sections) pkg.changelogSections = sections;
  const releaseAs = readReleaseAs(f, o);
  if (releaseAs) pkg.releaseAs = releaseAs;
  checkTagName(f, o, pkg);
  checkPrereleaseType(f, o, pkg, warnings);
  if (pkg.pullRequestTitlePattern !== undefined && !pkg.pullRequestTitlePattern.includes('${version}')) {
    warnings.push(`${f.file}: pull-request-title-pattern ${JSON.stringify(pkg.pullRequestTitlePattern)} has no \${version}; release-please cannot read the version back from such titles (pyrelease finds its PR by branch and label)`);
  }
  if (pkg.versionFile !== undefined && pkg.releaseType === 'python') warnings.push(`${f.file}: version-file is read only for release-type simple; release-please ignores it for python`);
  return pkg;
}

function releaseType(f: ConfigFindings, o: Options, warnings: string[]): ReleaseType {
  const v = o.string('release-type');
  if (v === undefined) {
    // release-please falls back to "node" here; for a Python package that is never what is meant.
    warnings.push(`${f.file}: no release-type set; release-please would use "node", pyrelease uses "python" — add "release-type": "python" to say so`);
    return 'python';
  }
  if ((RELEASE_TYPES as readonly string[]).includes(v)) return v as ReleaseType;
  f.problem(
    'CONFIG_UNSUPPORTED_RELEASE_TYPE',
    o.path('release-type'),
    `is '${v}', but pyrelease releases Python packages: release-type '${v}' is not supported`,
    'write "release-type": "python" (or "simple" for a project whose version lives in version.txt); release other languages with release-please-action itself',
  );
  return 'python';
}

/** release-please's factory knows two changelog types and throws on any other. */
function changelogType(f: ConfigFindings, o: Options): ChangelogType {
  const v = o.string('changelog-type') ?? 'default';
  if (v === 'default' || v === 'github') return v;
  f.problem('CONFIG_BAD_VALUE', o.path('changelog-type'), `is ${JSON.stringify(v)}, not a changelog type release-please knows`, 'write "changelog-type": "default" (the CHANGELOG from commits) or "github" (GitHub\'s generated release notes), or remove it for "default"');
  return 'default';
}

function versioning(f: ConfigFindings, o: Options): VersioningStrategy {
  const v = o.string('versioning') ?? 'default';
  if ((STRATEGIES as readonly string[]).includes(v)) return v as VersioningStrategy;
  const what = v === 'service-pack' ? 'release-please\'s Java service-pack scheme, which pyrelease does not support' : 'not a versioning strategy (release-please\'s, or pyrelease\'s "pep440")';
  f.problem('CONFIG_BAD_VERSIONING', o.path('versioning'), `is ${JSON.stringify(v)}, ${what}`, `write one of ${STRATEGIES.map((s) => JSON.stringify(s)).join(', ')}, or remove it for "default"`);
  return 'default';
}

/**
 * With versioning: pep440 the pre-release label must be one PEP 440 knows, or nothing could
 * render it. A PEP 440 label under another strategy is legal but rarely what is meant: say so.
 */
function checkPrereleaseType(f: ConfigFindings, o: Options, pkg: PackageConfig, warnings: string[]): void {
  const type = pkg.prereleaseType;
  if (type === undefined) return;
  if (pkg.versioning === 'pep440') {
    if (pep440Phase(type)) return;
    f.problem('CONFIG_BAD_PRERELEASE_TYPE', o.path('prerelease-type'), `is ${JSON.stringify(type)}, which is not a PEP 440 pre-release phase`, 'write "prerelease-type": "a", "b", "rc" or "dev" (alpha, beta, c, pre and preview are read as a, b and rc)');
  } else if ((PEP440_PHASES as readonly string[]).includes(type)) {
    const now = pkg.versioning === 'prerelease' ? `release-please writes SemVer pre-releases such as 1.3.0-${type}` : 'release-please ignores it outside "versioning": "prerelease"';
    const example = type === 'dev' ? '1.3.0.dev1' : `1.3.0${type}1`;
    warnings.push(`${f.file}: prerelease-type ${JSON.stringify(type)} looks like PEP 440, but ${now}; for PEP 440 pre-releases such as ${example} write "versioning": "pep440"`);
  }
}

/** release-please parses release-as with its unanchored version pattern; "" counts as unset. */
function readReleaseAs(f: ConfigFindings, o: Options): string | undefined {
  const v = o.string('release-as');
  if (v === undefined || v === '') return undefined;
  if (tryParseVersion(v)) return v;
  f.problem('CONFIG_BAD_RELEASE_AS', o.path('release-as'), `is ${JSON.stringify(v)}, not a version`, 'write "release-as": "1.2.3" — and remove it after that release, since it stays in force');
  return undefined;
}

function nonEmpty(f: ConfigFindings, o: Options, key: 'changelog-path'): string | undefined {
  const v = o.string(key);
  if (v === undefined || v.trim() !== '') return v;
  f.problem('CONFIG_BAD_VALUE', o.path(key), 'is empty', `write "${key}": "CHANGELOG.md", or remove it for that default`);
  return undefined;
}

/** Links are `${host}/${owner}/${repo}/…`, so the host must be a full http(s) URL. */
function changelogHost(f: ConfigFindings, o: Options): string | undefined {
  const v = o.string('changelog-host');
  if (v === undefined || /^https?:\/\/[^\s/]+/.test(v)) return v;
  f.problem('CONFIG_BAD_VALUE', o.path('changelog-host'), `is ${JSON.stringify(v)}, not an http(s) URL`, 'write "changelog-host": "https://github.example.com" (the web address of your GitHub server), or remove it for https://github.com');
  return undefined;
}

/** The component goes into the tag only when include-component-in-tag is on (release-please: component || package-name). */
function checkTagName(f: ConfigFindings, o: Options, pkg: PackageConfig): void {
  const component = tagComponent(pkg);
  const tag = formatTag('1.2.3', tagStyleOf(pkg));
  const why = tagNameProblem(tag);
  if (!why) return;
  const inSeparator = component !== '' && tagNameProblem(`a${pkg.tagSeparator}b`) !== undefined;
  const key = inSeparator ? 'tag-separator' : pkg.component ? 'component' : 'package-name';
  const fix = inSeparator ? 'write "tag-separator": "-" (or another single character such as "/" or "@")' : `write a ${key} without spaces or ~^:?*[\\ characters, or set "include-component-in-tag": false`;
  f.problem('CONFIG_BAD_TAG_NAME', o.path(key), `makes tags like ${JSON.stringify(tag)}, which git refuses: ${why}`, fix);
}

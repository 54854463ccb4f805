/** Good configs: release-please's defaults, top-level inheritance, labels, the keys that do nothing. */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { PyreleaseErrors } from '../../../src/errors/pyrelease-error.js';

const FILE = '.release-please-config.json';
const parse = (config: unknown) => parseReleaseConfig(JSON.stringify(config, null, 2), FILE);
const root = (config: unknown) => parse(config).config.packages[0]!;

describe('defaults (release-please 17.11.2, manifest mode)', () => {
  it('fills every option of the smallest config', () => {
    const { config, warnings } = parse({ packages: { '.': { 'release-type': 'python' } } });
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      packages: [
        {
          path: '.',
          releaseType: 'python',
          changelogPath: 'CHANGELOG.md',
          changelogHost: 'https://github.com',
          extraFiles: [],
          excludePaths: [],
          bumpMinorPreMajor: false,
          bumpPatchForMinorPreMajor: false,
          prerelease: false,
          versioning: 'default',
          draft: false,
          draftPullRequest: false,
          includeVInTag: true,
          includeComponentInTag: true,
          includeVInReleaseName: true,
          tagSeparator: '-',
          componentNoSpace: false,
          skipGithubRelease: false,
          skipChangelog: false,
          changelogType: 'default',
          forceTagCreation: false,
          separatePullRequests: false,
          extraLabels: [],
        },
      ],
      separatePullRequests: true,
      labels: ['autorelease: pending'],
      releaseLabels: ['autorelease: tagged'],
      extraLabels: [],
      commitSearchDepth: 500,
      releaseSearchDepth: 400,
      alwaysUpdate: false,
      plugins: [],
      unknownKeys: [],
    });
  });

  it('leaves changelog-sections unset, so the release type\'s defaults apply', () => {
    expect(root({ packages: { '.': { 'release-type': 'python' } } }).changelogSections).toBeUndefined();
  });

  it('treats a missing release-type as python, and says release-please would not', () => {
    const { config, warnings } = parse({ packages: { '.': {} } });
    expect(config.packages[0]!.releaseType).toBe('python');
    expect(warnings).toEqual([`${FILE}: no release-type set; release-please would use "node", pyrelease uses "python" — add "release-type": "python" to say so`]);
  });

  it('reads every value the user sets', () => {
    const pkg = root({
      packages: {
        '.': {
          'release-type': 'simple', 'package-name': 'widget', component: 'w', 'changelog-path': 'docs/CHANGES.md', 'changelog-host': 'https://ghe.example.com',
          'changelog-sections': [{ type: 'feat', section: 'New', hidden: false }, { type: 'fix', section: 'Fixed', scope: 'api' }],
          'extra-files': ['src/widget/_version.py', { type: 'toml', path: 'uv.lock', jsonpath: "$.package[?(@.name.value=='widget')].version" }, { type: 'xml', path: 'a.xml', xpath: '//v', glob: true }],
          'exclude-paths': ['docs/'], 'bump-minor-pre-major': true, 'bump-patch-for-minor-pre-major': true, 'release-as': '2.0.0', prerelease: true,
          'prerelease-type': 'beta', versioning: 'prerelease', draft: true, 'draft-pull-request': true, 'include-v-in-tag': false,
          'include-component-in-tag': false, 'include-v-in-release-name': false, 'tag-separator': '/', 'pull-request-title-pattern': 'chore: release ${version}',
          'pull-request-header': 'Header', 'pull-request-footer': 'Footer', 'component-no-space': true, 'skip-github-release': true, 'skip-changelog': true,
          'date-format': '%Y', 'version-file': 'VERSION', 'changelog-type': 'github', 'force-tag-creation': true, 'separate-pull-requests': true, 'extra-label': 'a,b',
        },
      },
    });
    expect(pkg).toEqual({
      path: '.', releaseType: 'simple', packageName: 'widget', component: 'w', changelogPath: 'docs/CHANGES.md', changelogHost: 'https://ghe.example.com',
      changelogSections: [{ type: 'feat', section: 'New', hidden: false }, { type: 'fix', section: 'Fixed', scope: 'api' }],
      extraFiles: ['src/widget/_version.py', { type: 'toml', path: 'uv.lock', jsonpath: "$.package[?(@.name.value=='widget')].version" }, { type: 'xml', path: 'a.xml', xpath: '//v', glob: true }],
      excludePaths: ['docs/'], bumpMinorPreMajor: true, bumpPatchForMinorPreMajor: true, releaseAs: '2.0.0', prerelease: true, prereleaseType: 'beta',
      versioning: 'prerelease', draft: true, draftPullRequest: true, includeVInTag: false, includeComponentInTag: false, includeVInReleaseName: false,
      tagSeparator: '/', pullRequestTitlePattern: 'chore: release ${version}', pullRequestHeader: 'Header', pullRequestFooter: 'Footer',
      componentNoSpace: true, skipGithubRelease: true, skipChangelog: true, dateFormat: '%Y', versionFile: 'VERSION', changelogType: 'github', forceTagCreation: true,
      separatePullRequests: true, extraLabels: ['a', 'b'],
    });
  });

  it('reads the manifest-wide options', () => {
    const sha = 'd64b7f22e1d320e775a7a4561b04e4bd26b0470f';
    const { config } = parse({ packages: { '.': { 'release-type': 'python' } }, 'bootstrap-sha': sha, 'last-release-sha': sha, 'commit-search-depth': 50, 'release-search-depth': 20, 'always-update': true, 'group-pull-request-title-pattern': 'chore: release ${branch}', signoff: 'Release Bot <bot@example.com>' });
    expect(config).toMatchObject({ bootstrapSha: sha, lastReleaseSha: sha, commitSearchDepth: 50, releaseSearchDepth: 20, alwaysUpdate: true, groupPullRequestTitlePattern: 'chore: release ${branch}', signoff: 'Release Bot <bot@example.com>' });
  });

  it('takes "" as unset where release-please tests for truthiness', () => {
    const { config } = parse({ packages: { '.': { 'release-type': 'python', 'release-as': '' } }, 'bootstrap-sha': '' });
    expect(config.packages[0]!.releaseAs).toBeUndefined();
    expect(config.bootstrapSha).toBeUndefined();
  });

  it('reads release-as with release-please\'s unanchored version pattern', () => {
    expect(root({ packages: { '.': { 'release-type': 'python', 'release-as': 'v2.0.0' } } }).releaseAs).toBe('v2.0.0');
  });
});

describe('top-level keys are defaults for every package', () => {
  it('inherits what the package does not set, and the package wins where it does', () => {
    const pkg = root({ 'release-type': 'python', 'package-name': 'top', draft: true, 'bump-minor-pre-major': true, 'changelog-sections': [{ type: 'feat', section: 'Top' }], packages: { '.': { 'package-name': 'own', draft: false } } });
    expect(pkg).toMatchObject({ releaseType: 'python', packageName: 'own', draft: false, bumpMinorPreMajor: true, changelogSections: [{ type: 'feat', section: 'Top' }] });
  });

  it('judges only the value in force: an overridden top-level release-type is never used', () => {
    expect(root({ 'release-type': 'node', packages: { '.': { 'release-type': 'python' } } }).releaseType).toBe('python');
  });

  it('still reports a wrong type at the top level even when a package overrides it', () => {
    expect(() => parse({ draft: 'yes', packages: { '.': { 'release-type': 'python', draft: false } } })).toThrow(PyreleaseErrors);
  });

  it('takes extra-label from the package over the top level', () => {
    expect(parse({ 'extra-label': 'a', packages: { '.': { 'release-type': 'python', 'extra-label': 'b,c' } } }).config.extraLabels).toEqual(['b', 'c']);
    expect(parse({ 'extra-label': 'a', packages: { '.': { 'release-type': 'python' } } }).config.extraLabels).toEqual(['a']);
  });
});

describe('labels are one comma-separated string', () => {
  it.each([
    ['autorelease: pending', ['autorelease: pending']],
    ['autorelease: pending,python', ['autorelease: pending', 'python']],
    ['autorelease: pending, python ,  release ', ['autorelease: pending', 'python', 'release']],
    ['a,,b,', ['a', 'b']],
  ])('%j → %j', (text, labels) => {
    const { config } = parse({ label: text, 'release-label': text, 'extra-label': text, packages: { '.': { 'release-type': 'python' } } });
    expect(config.labels).toEqual(labels);
    expect(config.releaseLabels).toEqual(labels);
    expect(config.extraLabels).toEqual(labels);
  });

  it('allows an empty extra-label (no extra labels)', () => {
    expect(parse({ 'extra-label': '', packages: { '.': { 'release-type': 'python' } } }).config.extraLabels).toEqual([]);
  });
});

describe('separate-pull-requests, as release-please decides it', () => {
  it.each([
    [undefined, undefined, true],
    [false, undefined, false],
    [true, undefined, true],
    [false, true, true], // the merge plugin leaves a package alone whose own value is true
    [undefined, false, true], // only the top-level value turns the merge plugin on
  ])('top %s, package %s → %s', (top, own, separate) => {
    const pkg: Record<string, unknown> = { 'release-type': 'python' };
    if (own !== undefined) pkg['separate-pull-requests'] = own;
    const config: Record<string, unknown> = { packages: { '.': pkg } };
    if (top !== undefined) config['separate-pull-requests'] = top;
    expect(parse(config).config.separatePullRequests).toBe(separate);
  });
});

describe('keys that change nothing are named in warnings', () => {
  it('names unknown, misplaced and action-input keys in one warning, with a suggestion for typos', () => {
    const { config, warnings } = parse({
      'bump-minor-pre-majr': true,
      'skip-github-pull-request': false,
      packages: { '.': { 'relase-type': 'python', label: 'x', 'changelog-sections': [{ type: 'feat', section: 'F', hiden: true }] } },
    });
    expect(config.unknownKeys).toEqual(['"bump-minor-pre-majr"', '"skip-github-pull-request"', 'packages."."."relase-type"', 'packages."."."label"', 'packages."."."changelog-sections"[0]."hiden"']);
    expect(warnings[0]).toBe(
      `${FILE}: keys ignored by release-please and pyrelease: "bump-minor-pre-majr" (did you mean "bump-minor-pre-major"?), "skip-github-pull-request" (an input of release-please-action, not a config key), packages."."."relase-type" (did you mean "release-type"?), packages."."."label" (read only at the top level, not inside a package), packages."."."changelog-sections"[0]."hiden" (did you mean "hidden"?) — check the spelling and place against release-please's config schema`,
    );
  });

  it('notes the release-please keys pyrelease does not act on, with the reason', () => {
    const { config, warnings } = parse({ 'sequential-calls': true, packages: { '.': { 'release-type': 'python', 'include-commit-authors': true } } });
    expect(config.unknownKeys).toEqual([]);
    expect(warnings).toEqual([
      `${FILE}: pyrelease does not use "sequential-calls" (pyrelease makes one release PR at a time anyway), packages."."."include-commit-authors" (release-please 17.11.2 reads it but never shows an author: its commit parser drops the author (googleapis/release-please#2761), so pyrelease shows none either)`,
    ]);
  });

  it('warns about a title pattern release-please cannot read a version back from', () => {
    const { warnings } = parse({ packages: { '.': { 'release-type': 'python', 'pull-request-title-pattern': 'chore: release' } } });
    expect(warnings).toEqual([`${FILE}: pull-request-title-pattern "chore: release" has no \${version}; release-please cannot read the version back from such titles (pyrelease finds its PR by branch and label)`]);
  });
});

/**
 * Monorepo cases for the differential test: several packages in one manifest, each case a
 * release-please rule of manifest.ts (commit split, exclude-paths, root attribution, merge plugin,
 * separate PRs, components in tags, branches and titles).
 */
import type { OracleCase } from '../../harness/oracle.js';

const py = (name: string, version: string) => `[project]\nname = "${name}"\nversion = "${version}"\n`;
const base = { date: '2025-03-04', owner: 'acme', repo: 'widget' };
const two = { 'packages/core': { 'release-type': 'python', 'package-name': 'core' }, 'packages/cli': { 'release-type': 'python', component: 'cli' } };
const twoFiles = { 'packages/core/pyproject.toml': py('core', '1.0.0'), 'packages/cli/pyproject.toml': py('cli', '0.3.0') };
const twoManifest = { 'packages/core': '1.0.0', 'packages/cli': '0.3.0' };

export const monorepoCases: OracleCase[] = [
  {
    ...base,
    name: 'two packages: commits by the files they touch, one touching none goes to both, a top-level file to neither',
    config: { packages: two },
    manifest: twoManifest,
    files: twoFiles,
    commits: [
      { message: 'feat: core thing', files: ['packages/core/src/a.py'] },
      { message: 'fix: cli bug', files: ['packages/cli/x.py', 'packages/core/y.py'] },
      { message: 'fix: empty', files: [] },
      { message: 'fix: readme', files: ['README.md'] },
    ],
  },
  {
    ...base,
    name: 'only one package changed: the grouped PR holds it alone',
    config: { packages: two },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'feat(cli): --json', files: ['packages/cli/main.py'] }, { message: 'docs: guide', files: ['docs/guide.md'] }],
  },
  {
    ...base,
    name: 'the root package gets every commit; a nested package takes its files from its parent',
    config: { packages: { '.': { 'release-type': 'python', 'package-name': 'widget' }, 'packages/core': { 'release-type': 'python', 'package-name': 'core' }, 'packages/core/plugins': { 'release-type': 'python', 'package-name': 'plugins' } } },
    manifest: { '.': '2.1.0', 'packages/core': '1.0.0', 'packages/core/plugins': '0.1.0' },
    files: { 'pyproject.toml': py('widget', '2.1.0'), 'packages/core/pyproject.toml': py('core', '1.0.0'), 'packages/core/plugins/pyproject.toml': py('plugins', '0.1.0') },
    commits: [
      { message: 'feat: plugin api', files: ['packages/core/plugins/api.py'] },
      { message: 'fix: core and plugin', files: ['packages/core/plugins/b.py', 'packages/core/c.py'] },
      { message: 'fix: root only', files: ['src/widget/x.py'] },
    ],
  },
  {
    ...base,
    name: 'group-pull-request-title-pattern with the root release, header and footer of the first package',
    config: { 'group-pull-request-title-pattern': 'chore${scope}: release${component} ${version}', packages: { '.': { 'release-type': 'python', 'package-name': 'widget', 'pull-request-header': 'Release time', 'pull-request-footer': 'Bye' }, 'packages/cli': { 'release-type': 'python', component: 'cli' } } },
    manifest: { '.': '1.2.0', 'packages/cli': '0.3.0' },
    files: { 'pyproject.toml': py('widget', '1.2.0'), 'packages/cli/pyproject.toml': py('cli', '0.3.0') },
    commits: [{ message: 'feat: both', files: ['packages/cli/a.py', 'src/widget/b.py'] }],
  },
  {
    ...base,
    name: 'separate-pull-requests: one PR per package on its component branch, titled by its own pattern',
    config: { 'separate-pull-requests': true, packages: { ...two, 'packages/cli': { ...two['packages/cli'], 'pull-request-title-pattern': 'chore${scope}: release${component} v${version}' } } },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'feat: core thing', files: ['packages/core/src/a.py'] }, { message: 'fix!: cli flag', files: ['packages/cli/x.py'] }],
  },
  {
    ...base,
    name: 'tag-separator, include-v-in-tag, component-no-space and extra-label per package',
    config: { packages: { 'packages/core': { 'release-type': 'python', component: 'core', 'tag-separator': '@', 'include-v-in-tag': false, 'component-no-space': true, 'extra-label': 'core-release' }, 'packages/cli': { 'release-type': 'python', component: 'cli', 'extra-label': 'cli-release,core-release' } } },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'feat: x', files: ['packages/core/a.py', 'packages/cli/b.py'] }],
  },
  {
    ...base,
    name: 'exclude-paths per package, and a simple package with version.txt',
    config: { packages: { 'packages/core': { 'release-type': 'python', 'package-name': 'core', 'exclude-paths': ['packages/core/tests'] }, docs: { 'release-type': 'simple', component: 'docs' } } },
    manifest: { 'packages/core': '1.0.0', docs: '3.0.0' },
    files: { 'packages/core/pyproject.toml': py('core', '1.0.0'), 'docs/version.txt': '3.0.0\n' },
    commits: [
      { message: 'fix: only tests', files: ['packages/core/tests/t.py'] },
      { message: 'fix: docs typo', files: ['docs/index.md'] },
      { message: 'feat: tests and code', files: ['packages/core/tests/t.py', 'packages/core/src/a.py'] },
    ],
  },
  {
    ...base,
    name: 'a new package (no manifest version) walks the whole history; the others stop at their release',
    config: { packages: { ...two, 'packages/new': { 'release-type': 'python', 'package-name': 'new' } } },
    manifest: twoManifest,
    files: { ...twoFiles, 'packages/new/pyproject.toml': py('new', '0.0.0') },
    commits: [{ message: 'feat: new package', files: ['packages/new/a.py'] }, { message: 'fix: core', files: ['packages/core/a.py'] }],
  },
  {
    ...base,
    name: 'draft-pull-request on every package makes the grouped PR a draft; on one only it does not',
    config: { 'draft-pull-request': true, packages: two },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'feat: all', files: [] }],
  },
  {
    ...base,
    name: 'a package with separate-pull-requests true stays out of the grouped PR',
    config: { 'separate-pull-requests': false, packages: { ...two, 'packages/cli': { ...two['packages/cli'], 'separate-pull-requests': true } } },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'feat: all', files: [] }],
  },
  {
    ...base,
    name: 'nothing to release in any package',
    config: { packages: two },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'chore: tidy', files: ['packages/core/a.py'] }, { message: 'docs: x', files: ['README.md'] }],
  },
  {
    ...base,
    name: 'linked-versions: the group shares the highest version, a member without changes is not released, the group folds into the grouped PR',
    config: { plugins: [{ type: 'linked-versions', groupName: 'py libs', components: ['core', 'cli', 'extra'] }], packages: { ...two, 'packages/core': { 'release-type': 'python', component: 'core' }, 'packages/extra': { 'release-type': 'python', component: 'extra' }, docs: { 'release-type': 'simple', component: 'docs' } } },
    manifest: { ...twoManifest, 'packages/extra': '0.9.0', docs: '3.0.0' },
    files: { ...twoFiles, 'packages/extra/pyproject.toml': py('extra', '0.9.0'), 'docs/version.txt': '3.0.0\n' },
    commits: [{ message: 'feat: core thing', files: ['packages/core/a.py'] }, { message: 'fix: cli', files: ['packages/cli/a.py'] }, { message: 'fix: docs', files: ['docs/a.md'] }],
  },
  {
    ...base,
    name: 'linked-versions with separate-pull-requests: the group gets its own PR on its group branch',
    config: { 'separate-pull-requests': true, plugins: ['sentence-case', { type: 'linked-versions', groupName: 'libs', components: ['core', 'cli'] }], packages: { 'packages/core': { 'release-type': 'python', component: 'core' }, 'packages/cli': { 'release-type': 'python', component: 'cli' }, docs: { 'release-type': 'simple', component: 'docs' } } },
    manifest: { ...twoManifest, docs: '3.0.0' },
    files: { ...twoFiles, 'docs/version.txt': '3.0.0\n' },
    commits: [{ message: 'feat: core thing', files: ['packages/core/a.py'] }, { message: 'fix: cli', files: ['packages/cli/a.py'] }, { message: 'fix: docs', files: ['docs/a.md'] }],
  },
  {
    ...base,
    name: 'linked-versions with merge false, package-name members (matched by tag component, not merged), and chore visible',
    config: { plugins: [{ type: 'linked-versions', groupName: 'libs', components: ['core', 'cli'], merge: false }], 'changelog-sections': [{ type: 'feat', section: 'Features' }, { type: 'fix', section: 'Bug Fixes' }, { type: 'chore', section: 'Chores' }], packages: two },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'feat!: core break', files: ['packages/core/a.py'] }],
  },
  {
    ...base,
    name: 'group-priority changes nothing for Python (only Java snapshot PRs have a group)',
    config: { plugins: [{ type: 'group-priority', groups: ['snapshot'] }], packages: two },
    manifest: twoManifest,
    files: twoFiles,
    commits: [{ message: 'feat: x', files: ['packages/core/a.py', 'packages/cli/b.py'] }],
  },
];

/**
 * Seeded random histories of commit messages and configs for differential tests: the shapes
 * real repositories have (types in any case, scopes, `!`, footers, refs, several commits per
 * message, merge bodies, non-conventional lines, HTML and Markdown in subjects).
 */
import type { OracleCase } from '../harness/oracle.js';

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const types = ['feat', 'fix', 'fix', 'feat', 'docs', 'chore', 'perf', 'refactor', 'deps', 'revert', 'test', 'ci', 'build', 'style', 'FEAT', 'Fix', 'feature', 'security', 'wip'];
const scopes = ['api', 'cli', 'core', 'deps', '*', 'http-client', 'db'];
const words = ['add', 'remove', 'support', 'handle', 'parser', 'cache', 'retry', 'the', 'x < 5', '`a<b>`', '@octocat', 'issue #12', 'Pydantic', 'zeta', 'AE-1741', 'ümlaut', '(#45)', 'speed up', 'déjà'];

export function randomMessage(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const roll = r();
  if (roll < 0.08) return pick(['Update README', 'WIP', "Merge branch 'main' into dev", 'Revert "feat: add cache"', 'bump deps']);
  const header = () => {
    const subject = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(words)).join(' ');
    return `${pick(types)}${r() < 0.4 ? `(${pick(scopes)})` : ''}${r() < 0.12 ? '!' : ''}: ${subject}${r() < 0.25 ? ` (#${1 + Math.floor(r() * 200)})` : ''}`;
  };
  let msg = roll < 0.14 ? `Merge pull request #${Math.floor(r() * 90)} from acme/topic\n\n${header()}` : header();
  if (r() < 0.3) msg += `\n\n${pick(['Longer explanation of the change.', 'First line\nsecond line', '* bullet one\n* bullet two'])}`;
  if (r() < 0.12) msg += `\n\nBREAKING CHANGE: ${pick(['the API changed', 'drop python 3.8\n* removed x\n* removed y', 'config renamed (#7)'])}`;
  if (r() < 0.05) msg += `\n\nBREAKING-CHANGE: hyphen form`;
  if (r() < 0.15) msg += `\n\n${pick(['Fixes #7', 'Refs: #8', 'Closes #9', 'Refs: #8\nFixes #10', 'Reviewed-by: Z'])}`;
  if (r() < 0.1) msg += `\n\n${header()}`;
  if (r() < 0.06) msg += `\n${header()}`;
  if (r() < 0.03) msg += `\n\nRelease-As: ${pick(['2.0.0', '1.5.0', '3.0.0-rc.1'])}`;
  return msg;
}

/**
 * The pull request GitHub associates with a commit, sometimes with a BEGIN_COMMIT_OVERRIDE body
 * (release-please then plans the override's messages instead of the commit's).
 */
export function randomPullRequest(r: () => number): { number: number; title: string; body: string } | undefined {
  const roll = r();
  if (roll > 0.2) return undefined;
  const number = 1 + Math.floor(r() * 300);
  if (roll < 0.07) return { number, title: 'a pull request', body: 'Closes nothing.' };
  const messages = Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomMessage(r).split('\n')[0]!);
  return { number, title: 'a pull request', body: `Why this change.\n\nBEGIN_COMMIT_OVERRIDE\n${messages.join('\n\n')}\nEND_COMMIT_OVERRIDE\n` };
}

/** Where a generated package lives: mostly the root, sometimes a directory, as release-please's `packages` keys allow. */
export function randomPackagePath(r: () => number): string {
  const roll = r();
  return roll < 0.75 ? '.' : roll < 0.9 ? 'pkg' : 'libs/widget';
}

/** Files a commit touches: inside the package, elsewhere, both, or none (release-please counts the last for every package). */
export function randomFiles(r: () => number, pkgPath: string): string[] {
  const inside = pkgPath === '.' ? 'src/widget/core.py' : `${pkgPath}/src/widget/core.py`;
  const roll = r();
  return roll < 0.5 ? [inside] : roll < 0.65 ? ['README.md'] : roll < 0.75 ? ['docs/guide.md'] : roll < 0.85 ? ['README.md', inside] : roll < 0.9 ? [`${pkgPath === '.' ? 'pkg' : pkgPath}x/near.py`] : [];
}

/** The package's files at HEAD, at its path (the oracle's default puts a pyproject.toml at the root only). */
export function packageFiles(pkgPath: string, name: string, version: string): Record<string, string> {
  const at = (f: string) => (pkgPath === '.' ? f : `${pkgPath}/${f}`);
  return { [at('pyproject.toml')]: `[project]\nname = "${name}"\nversion = "${version}"\n`, [at('src/widget/__init__.py')]: `__version__ = "${version}"\n`, 'README.md': '# widget\n' };
}

export function randomConfig(r: () => number, path = '.'): { config: Record<string, unknown>; manifest: Record<string, string> } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const pkg: Record<string, unknown> = { 'release-type': 'python' };
  if (r() < 0.3) pkg['package-name'] = 'widget';
  if (r() < 0.2) pkg['bump-minor-pre-major'] = true;
  if (r() < 0.2) pkg['bump-patch-for-minor-pre-major'] = true;
  if (r() < 0.15) pkg['include-v-in-tag'] = false;
  if (r() < 0.15) pkg['include-component-in-tag'] = false;
  if (r() < 0.1) pkg['versioning'] = pick(['always-bump-patch', 'always-bump-minor', 'always-bump-major', 'prerelease']);
  if (r() < 0.1) pkg['prerelease'] = true;
  if (r() < 0.1) pkg['prerelease-type'] = pick(['beta', 'rc', 'alpha']);
  if (r() < 0.15) {
    pkg['changelog-sections'] = [
      { type: 'feat', section: 'Features' },
      { type: 'fix', section: 'Bug Fixes' },
      { type: 'refactor', section: 'Refactoring' },
      { type: 'chore', section: 'Miscellaneous', hidden: r() < 0.5 },
      { type: 'docs', section: 'Documentation', hidden: true },
    ];
  }
  if (r() < 0.05) pkg['pull-request-title-pattern'] = pick(['chore: release ${version}', 'chore${scope}: release${component} v${version}']);
  // release-please matches exclude-paths as repository-relative directories, for a package below the root too.
  if (r() < 0.12) pkg['exclude-paths'] = [path === '.' ? 'docs' : `${path}/src`];
  const manifest = { [path]: pick(['1.4.0', '0.3.1', '0.0.5', '2.0.0-beta.1', '1.2.3', '0.9.0']) };
  return { config: { packages: { [path]: pkg } }, manifest };
}

type Commit = string | { message: string; pullRequest: { number: number; body: string } };

/** A commit, sometimes squash-merged from a PR whose body overrides its message (closed, or not). */
export function randomCommit(r: () => number): Commit {
  const roll = r();
  if (roll >= 0.1) return randomMessage(r);
  const number = 1 + Math.floor(r() * 300);
  const override = Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomMessage(r)).join('\n\n');
  const body = roll < 0.02 ? `Summary\n\nBEGIN_COMMIT_OVERRIDE\n${override}` : roll < 0.03 ? 'BEGIN_COMMIT_OVERRIDE\n\nEND_COMMIT_OVERRIDE' : `Summary\n\nBEGIN_COMMIT_OVERRIDE\n${override}\nEND_COMMIT_OVERRIDE\n\nThanks`;
  return { message: `${randomMessage(r).split('\n')[0]} (#${number})`, pullRequest: { number, body } };
}

/** What a feature adds to a generated case: config keys (top level and package) and files. */
export interface CaseShape {
  top: Record<string, unknown>;
  pkg: Record<string, unknown>;
  files: Record<string, string>;
  version: string;
  /** A package-relative path as a repository path (extra files are relative to the package, as in release-please). */
  at(file: string): string;
}

/**
 * Features drawn independently for each case; each adds its keys and files. Add a feature here
 * and every generated case may draw it.
 */
export const caseFeatures: Array<{ name: string; chance: number; apply: (s: CaseShape, r: () => number) => void }> = [
  { name: 'sentence-case', chance: 0.12, apply: (s, r) => void (s.top.plugins = [r() < 0.5 ? 'sentence-case' : { type: 'sentence-case', specialWords: ['pydantic', 'api', 'add'] }]) },
  { name: 'json', chance: 0.1, apply: (s, r) => addExtra(s, { type: 'json', path: 'package.json', jsonpath: r() < 0.5 ? '$.version' : '$..version' }, 'package.json', JSON.stringify({ name: 'w', version: s.version, nested: { version: s.version, n: 1 } }, null, r() < 0.5 ? 2 : '\t')) },
  { name: 'toml', chance: 0.1, apply: (s) => addExtra(s, { type: 'toml', path: 'uv.lock', jsonpath: "$.package[?(@.name.value=='widget')].version" }, 'uv.lock', `version = 1\n\n[[package]]\nname = "widget"\nversion = "${s.version}" # ours\nsource = { editable = "." }\n\n[[package]]\nname = "dep"\nversion = "${s.version}"\n`) },
  { name: 'yaml', chance: 0.1, apply: (s, r) => addExtra(s, r() < 0.5 ? { type: 'yaml', path: 'chart/Chart.yaml', jsonpath: '$.appVersion' } : 'chart/Chart.yaml', 'chart/Chart.yaml', `# chart\nname: widget # name\nversion: ${s.version}\nappVersion: "${s.version}"\n`) },
  { name: 'xml', chance: 0.08, apply: (s, r) => addExtra(s, r() < 0.5 ? { type: 'xml', path: 'build.xml', xpath: '//version' } : 'build.xml', 'build.xml', `<?xml version="1.0"?>\n<!-- c -->\n<build a='1'>\n  <version>${s.version}</version>\n</build>\n`) },
  { name: 'pom', chance: 0.06, apply: (s) => addExtra(s, { type: 'pom', path: 'pom.xml' }, 'pom.xml', `<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <parent><version>0.0.1</version></parent>\n  <version>${s.version}</version>\n</project>\n`) },
  { name: 'generic', chance: 0.1, apply: (s, r) => addExtra(s, r() < 0.5 ? { type: 'generic', path: 'src/widget/_meta.py' } : 'src/widget/_meta.py', 'src/widget/_meta.py', `V = "${s.version}"  # x-release-please-version\nM = 9  # x-release-please-minor\nD = "2020-01-01"  # x-release-please-date\n# x-release-please-start-version\nDOCS = "https://x/${s.version}/"\n# x-release-please-end\n`) },
  { name: 'glob', chance: 0.05, apply: (s) => { addExtra(s, { type: 'json', path: 'plugins/*.json', jsonpath: '$.version', glob: true }, 'plugins/a.json', `{"version": "${s.version}"}\n`); s.files[s.at('plugins/b.json')] = `{\n    "version": "${s.version}"\n}\n`; } },
  // release-please's python strategy writes changelog.json at the repository root, whatever the package path.
  { name: 'changelog.json', chance: 0.08, apply: (s) => void (s.files['changelog.json'] = '{\n  "repository": "acme/widget",\n  "entries": []\n}\n') },
  { name: 'date-format', chance: 0.05, apply: (s, r) => void (s.pkg['date-format'] = r() < 0.5 ? '%d/%m/%Y' : '%Y%m%d') },
];

function addExtra(s: CaseShape, entry: unknown, path: string, content: string): void {
  s.pkg['extra-files'] = [...((s.pkg['extra-files'] as unknown[] | undefined) ?? []), entry];
  s.files[s.at(path)] = content;
}

/** The features of one case applied to its config, and the package's files at HEAD (at its path). */
export function randomShape(r: () => number, config: Record<string, unknown>, manifest: Record<string, string>, path = '.'): { config: Record<string, unknown>; files: Record<string, string>; features: string[] } {
  const pkg = (config.packages as Record<string, Record<string, unknown>>)[path]!;
  const version = manifest[path]!;
  const shape: CaseShape = { top: {}, pkg, files: {}, version, at: (f) => (path === '.' ? f : `${path}/${f}`) };
  const features = caseFeatures.filter((f) => r() < f.chance).map((f) => (f.apply(shape, r), f.name));
  if (path !== '.') features.push('subdirectory');
  const name = (pkg['package-name'] as string | undefined) ?? 'example-package';
  return { config: { ...shape.top, ...config }, files: { ...packageFiles(path, name, version), ...shape.files }, features };
}

/** A case's commits: messages (some squash-merged with a PR body that overrides them), each touching files in or out of the package. */
export function randomCommits(r: () => number, path: string): Array<{ message: string; files: string[]; pullRequest?: { number: number; title?: string; body: string } }> {
  return Array.from({ length: 1 + Math.floor(r() * 8) }, () => {
    const c = randomCommit(r);
    const base = typeof c === 'string' ? { message: c } : c;
    const pullRequest = 'pullRequest' in base ? base.pullRequest : randomPullRequest(r);
    return { ...base, files: randomFiles(r, path), ...(pullRequest ? { pullRequest } : {}) };
  });
}

/** Package paths a generated monorepo draws from: the root, siblings, a nested one, a non-Python one. */
const MONO_PATHS = ['.', 'packages/core', 'packages/cli', 'packages/core/plugins', 'docs'] as const;

/**
 * A monorepo case: 2–4 packages (each with its own component, as pyrelease requires), versions in
 * the manifest (sometimes none: a first release, walking the whole history), commits touching one,
 * several or none of them, and the manifest-level keys of the merge plugin.
 */
export function randomMonorepo(r: () => number): OracleCase {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const count = 2 + Math.floor(r() * 3);
  const paths = [...MONO_PATHS].sort(() => r() - 0.5).slice(0, count);
  const packages: Record<string, Record<string, unknown>> = {};
  const manifest: Record<string, string> = {};
  const files: Record<string, string> = {};
  const top: Record<string, unknown> = {};
  for (const path of paths) {
    const name = path === '.' ? 'widget' : path.split('/').pop()!;
    const simple = path === 'docs';
    const pkg: Record<string, unknown> = { 'release-type': simple ? 'simple' : 'python' };
    if (r() < 0.5) pkg['package-name'] = name;
    else pkg.component = name;
    if (r() < 0.1) pkg['tag-separator'] = pick(['/', '@']);
    if (r() < 0.1) pkg['include-v-in-tag'] = false;
    if (r() < 0.1) pkg['bump-minor-pre-major'] = true;
    if (r() < 0.08) pkg['exclude-paths'] = [path === '.' ? 'docs' : `${path}/tests`];
    if (r() < 0.08) pkg['extra-label'] = `${name}-release`;
    if (r() < 0.06) pkg['draft-pull-request'] = true;
    if (r() < 0.05) pkg['pull-request-header'] = `Releasing ${name}`;
    if (r() < 0.05) pkg['component-no-space'] = true;
    packages[path] = pkg;
    const version = r() < 0.12 ? undefined : pick(['1.4.0', '0.3.1', '2.0.0', '0.9.0']);
    if (version) manifest[path] = version;
    const at = (f: string) => (path === '.' ? f : `${path}/${f}`);
    if (simple) files[at('version.txt')] = `${version ?? '0.0.0'}\n`;
    else files[at('pyproject.toml')] = `[project]\nname = "${name}"\nversion = "${version ?? '0.0.0'}"\n`;
  }
  if (r() < 0.25) top['separate-pull-requests'] = true;
  // linked-versions over two or more of the packages (matched by tag component; merged by configured component).
  if (r() < 0.2) {
    const names = paths.map((p) => (p === '.' ? 'widget' : p.split('/').pop()!)).filter(() => r() < 0.7);
    if (names.length >= 2) top.plugins = [{ type: 'linked-versions', groupName: pick(['libs', 'py libs']), components: names, ...(r() < 0.3 && { merge: false }) }];
  }
  if (r() < 0.15) top['group-pull-request-title-pattern'] = pick(['chore${scope}: release${component} ${version}', 'chore: release ${branch} packages', 'release${component}']);
  const touch = (): string[] => {
    const roll = r();
    if (roll < 0.1) return [];
    if (roll < 0.18) return ['README.md'];
    const n = 1 + Math.floor(r() * 2);
    return Array.from({ length: n }, () => {
      const path = pick(paths);
      const sub = pick(['src/a.py', 'tests/t.py', 'b.py']);
      return path === '.' ? pick([`src/widget/${sub}`, 'docs/guide.md', 'tools/x.py']) : `${path}/${sub}`;
    });
  };
  const commits = Array.from({ length: 1 + Math.floor(r() * 6) }, () => ({ message: randomMessage(r), files: touch() }));
  return { date: '2025-03-04', owner: 'acme', repo: 'widget', config: { ...top, packages }, manifest, files, commits };
}

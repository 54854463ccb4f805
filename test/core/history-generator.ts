/**
 * Seeded random histories of commit messages and configs for differential tests: the shapes
 * real repositories have (types in any case, scopes, `!`, footers, refs, several commits per
 * message, merge bodies, non-conventional lines, HTML and Markdown in subjects).
 */
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

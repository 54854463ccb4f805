/**
 * release-please config text → ReleaseConfig, checked in full: every problem in the file is
 * collected and thrown together (PyreleaseErrors), each naming the file, key, line and fix.
 * Semantics are release-please 17.11.2's manifest mode (release-please-behaviour.md §1).
 */
import { configDefaults } from './defaults.js';
import { ConfigFindings, describeValue } from './findings.js';
import type { KeyPath } from './json-text.js';
import { parseJsonText } from './json-text.js';
import { KeyNotes } from './key-notes.js';
import { manifestOptionKinds, type ManifestOptionKey, type ValueKind } from './keys.js';
import { mergeLayers, Options, readOptionLayer, readValue, type OptionLayer, type OptionValue } from './option-layer.js';
import { resolvePackage } from './package-config.js';
import { normalizePackagePath, packagePathProblem } from '../package-path.js';
import { asRecord } from '../records.js';
import { tagComponent } from './tag-style.js';
import type { PackageConfig, PluginConfig, ReleaseConfig } from './types.js';

export { crossCheckManifest, parseManifest } from './manifest.js';

const EXAMPLE = '"packages": {".": {"release-type": "python"}}';
/** release-please's isValidSignoffUser: `Display Name <email>`. */
const SIGNOFF = /^([^<]+)\s*<([^>]+)>$/i;

/**
 * `onlyPath` is release-please-action's `path` input (Manifest.fromManifest's path): the config
 * is read as if that package were its only one.
 */
export function parseReleaseConfig(text: string, file: string, onlyPath?: string, derived?: DerivedPackages): { config: ReleaseConfig; warnings: string[] } {
  const doc = parseJsonText(text, file, 'CONFIG_INVALID_JSON');
  const f = new ConfigFindings(file);
  const root = asRecord(doc.value);
  if (!root) {
    f.fileProblem('CONFIG_NOT_OBJECT', `must be a JSON object, got ${describeValue(doc.value)}`, `write {${EXAMPLE}}`);
    return f.throwAll(doc.locate);
  }
  const warnings: string[] = [];
  const notes = new KeyNotes();
  notes.classify(root, [], 'top');
  const top = readOptionLayer(f, root, []);
  const options = new Options(readManifestOptions(f, root));
  const packages: PackageConfig[] = [];
  // The first package's merged options: manifest-level values release-please reads from it (separate-pull-requests, extra-label).
  let packageOptions: Options | undefined;
  const written = readPackagesObject(f, root.packages);
  // "packages": {} beside a uv workspace: the packages are its members (core/workspace/workspace-config.ts).
  const rawPackages = written && Object.keys(written).length === 0 && derived ? derived : written;
  for (const [path, raw] of Object.entries(rawPackages ?? {})) {
    if (onlyPath !== undefined && normalizePackagePath(path) !== onlyPath) continue;
    const at: KeyPath = ['packages', path];
    const obj = asRecord(raw);
    if (!obj) {
      f.wrongType(at, 'an object of package options', raw, `write "packages": {${JSON.stringify(path)}: {"release-type": "python"}}`);
      continue;
    }
    notes.classify(obj, at, 'package');
    const merged = new Options(mergeLayers(readOptionLayer(f, obj, at), top));
    packageOptions ??= merged;
    const pkg = resolvePackage(f, path, merged, warnings);
    // Per package (the merge plugin leaves alone a package whose merged value is true; each strategy adds its own extra-label).
    pkg.separatePullRequests = merged.boolean('separate-pull-requests') ?? false;
    pkg.extraLabels = merged.list<string>('extra-label') ?? [];
    packages.push(pkg);
  }
  if (rawPackages) checkPackageSet(f, Object.keys(rawPackages));
  if (rawPackages && onlyPath !== undefined && packages.length === 0 && Object.keys(rawPackages).length > 0) {
    const known = Object.keys(rawPackages).map((p) => JSON.stringify(p)).join(', ');
    f.problem('CONFIG_PATH_NOT_CONFIGURED', ['packages'], `has no package ${JSON.stringify(onlyPath)} (the path input); it has ${known}`, `set path: to one of ${known}, or add ${JSON.stringify(onlyPath)} to "packages"`);
  }
  checkComponents(f, packages);
  notes.addUnknown(f.unknownKeys);
  f.throwIfAny(doc.locate);

  const config: ReleaseConfig = {
    packages,
    separatePullRequests: separatePullRequests(top.get('separate-pull-requests')?.value, packageOptions?.boolean('separate-pull-requests'), packages.length),
    labels: options.list<string>('label') ?? [...configDefaults.labels],
    releaseLabels: options.list<string>('release-label') ?? [...configDefaults.releaseLabels],
    // extra-label is a package option (the strategy adds it); with one package, its merged value.
    extraLabels: packageOptions?.list<string>('extra-label') ?? [],
    commitSearchDepth: options.number('commit-search-depth') ?? configDefaults.commitSearchDepth,
    releaseSearchDepth: options.number('release-search-depth') ?? configDefaults.releaseSearchDepth,
    alwaysUpdate: options.boolean('always-update') ?? false,
    plugins: options.list<PluginConfig>('plugins') ?? [],
    unknownKeys: [...notes.unknown.keys()],
  };
  for (const [field, key] of [['groupPullRequestTitlePattern', 'group-pull-request-title-pattern'], ['bootstrapSha', 'bootstrap-sha'], ['lastReleaseSha', 'last-release-sha'], ['signoff', 'signoff']] as const) {
    const v = options.string(key);
    // release-please tests these for truthiness: "" is unset.
    if (v !== undefined && v !== '') config[field] = v;
  }
  return { config, warnings: [...notes.warnings(file), ...warnings] };
}

/** Package options by path, derived from elsewhere than the config (a uv workspace's members). */
export type DerivedPackages = Record<string, Record<string, unknown>>;

function readPackagesObject(f: ConfigFindings, v: unknown): Record<string, unknown> | undefined {
  if (v === undefined) {
    f.fileProblem('CONFIG_NO_PACKAGES', 'has no "packages"', `add ${EXAMPLE}`);
    return undefined;
  }
  const obj = asRecord(v);
  if (!obj) f.problem('CONFIG_NO_PACKAGES', ['packages'], `must be an object keyed by package path, got ${describeValue(v)}`, `write ${EXAMPLE}`);
  return obj;
}

/**
 * One package or several (a monorepo, planned as release-please's manifest plans it); each path
 * relative to the repository root, as release-please's addPath accepts it.
 */
function checkPackageSet(f: ConfigFindings, paths: string[]): void {
  if (paths.length === 0) return void f.problem('CONFIG_NO_PACKAGES', ['packages'], 'is empty', `write ${EXAMPLE}`);
  for (const path of paths) {
    const why = packagePathProblem(path);
    if (why) f.problem('CONFIG_BAD_VALUE', ['packages', path], why, 'write the package directory relative to the repository root, e.g. "packages": {"packages/widget": {"release-type": "python"}}, or "." for the root');
  }
}

/**
 * release-please finds each package's releases by the component in their tags (getPathsByComponent):
 * two packages with the same one would take each other's tags and releases, so it is refused.
 */
function checkComponents(f: ConfigFindings, packages: readonly PackageConfig[]): void {
  const seen = new Map<string, string>();
  for (const pkg of packages) {
    const component = tagComponent(pkg);
    const first = seen.get(component);
    if (first === undefined) {
      seen.set(component, pkg.path);
      continue;
    }
    const what = component === '' ? 'no component in its tags' : `the component ${JSON.stringify(component)}`;
    f.problem('CONFIG_DUPLICATE_COMPONENT', ['packages', pkg.path], `has ${what}, as ${JSON.stringify(first)} has: their tags (and releases) would be the same`, `give each package its own "component" (e.g. "component": ${JSON.stringify(pkg.path.split('/').pop() ?? 'pkg')}), or a "package-name"`);
  }
}

function readManifestOptions(f: ConfigFindings, root: Record<string, unknown>): OptionLayer<ManifestOptionKey> {
  const out = new Map<ManifestOptionKey, OptionValue>();
  for (const [key, kind] of Object.entries(manifestOptionKinds) as [ManifestOptionKey, ValueKind][]) {
    if (root[key] === undefined) continue;
    const fallback = key === 'release-search-depth' ? configDefaults.releaseSearchDepth : configDefaults.commitSearchDepth;
    const v = readValue(f, kind, root[key], [key], fallback);
    if (v === undefined) continue;
    if ((key === 'label' || key === 'release-label') && Array.isArray(v) && v.length === 0) {
      f.problem('CONFIG_BAD_VALUE', [key], 'names no label', `write "${key}": "${key === 'label' ? configDefaults.labels[0] : configDefaults.releaseLabels[0]}", or remove it for that default`);
      continue;
    }
    if (key === 'signoff' && typeof v === 'string' && v !== '' && !SIGNOFF.test(v)) {
      // release-please throws this when it writes the release commit, after planning: refused here, before anything.
      f.problem('CONFIG_BAD_VALUE', [key], `is ${JSON.stringify(v)}: release-please refuses it ("The format of '${v}' is not a valid email address with display name")`, 'write "signoff": "Your Name <you@example.com>"');
      continue;
    }
    if ((key === 'bootstrap-sha' || key === 'last-release-sha') && typeof v === 'string' && v !== '' && !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(v)) {
      // release-please compares it with each commit's full sha; anything else never matches.
      f.problem('CONFIG_BAD_SHA', [key], `is ${JSON.stringify(v)}, ${whyNotSha(v)}`, `write the full 40-character sha, as printed by: git rev-parse ${/^[\w./-]+$/.test(v) ? v : '<ref>'}`);
      continue;
    }
    out.set(key, { value: v, path: [key] });
  }
  return out;
}

function whyNotSha(v: string): string {
  if (/^[0-9a-fA-F]{4,39}$/.test(v)) return 'a short sha, which never matches: release-please compares full shas';
  if (/^[0-9a-fA-F]+$/.test(v) && /[A-F]/.test(v)) return 'in upper case, which never matches: release-please compares lower-case shas';
  return 'not a commit sha';
}

/**
 * release-please: the manifest-level value (top level only; default true for one package);
 * when false, the merge plugin still leaves alone a package whose merged value is true.
 */
function separatePullRequests(top: unknown, merged: boolean | undefined, count: number): boolean {
  const manifestLevel = typeof top === 'boolean' ? top : count === 1;
  return manifestLevel || merged === true;
}

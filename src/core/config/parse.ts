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
import { packagePathProblem } from '../package-path.js';
import { asRecord } from './records.js';
import type { PackageConfig, PluginConfig, ReleaseConfig } from './types.js';

export { crossCheckManifest, parseManifest } from './manifest.js';

const EXAMPLE = '"packages": {".": {"release-type": "python"}}';
/** release-please's isValidSignoffUser: `Display Name <email>`. */
const SIGNOFF = /^([^<]+)\s*<([^>]+)>$/i;

export function parseReleaseConfig(text: string, file: string): { config: ReleaseConfig; warnings: string[] } {
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
  // The one package's merged options (separate-pull-requests, extra-label); with several, the monorepo refusal follows.
  let packageOptions: Options | undefined;
  const rawPackages = readPackagesObject(f, root.packages);
  for (const [path, raw] of Object.entries(rawPackages ?? {})) {
    const at: KeyPath = ['packages', path];
    const obj = asRecord(raw);
    if (!obj) {
      f.wrongType(at, 'an object of package options', raw, `write "packages": {${JSON.stringify(path)}: {"release-type": "python"}}`);
      continue;
    }
    notes.classify(obj, at, 'package');
    const merged = new Options(mergeLayers(readOptionLayer(f, obj, at), top));
    packageOptions ??= merged;
    packages.push(resolvePackage(f, path, merged, warnings));
  }
  if (rawPackages) checkPackageSet(f, Object.keys(rawPackages));
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
 * pyrelease releases one Python package: at "." (the repository root, or working-directory) or at
 * any other path, as release-please plans a package there. Several packages are a monorepo.
 */
function checkPackageSet(f: ConfigFindings, paths: string[]): void {
  if (paths.length === 0) {
    f.problem('CONFIG_NO_PACKAGES', ['packages'], 'is empty', `write ${EXAMPLE}`);
  } else if (paths.length > 1) {
    const found = paths.map((p) => JSON.stringify(p)).join(', ');
    const fix = 'keep one package in this file; for a second Python package, give it its own config keyed "." in its directory and its own workflow step with working-directory: <its path> (or release them together with release-please-action)';
    f.problem('CONFIG_MONOREPO', ['packages'], `has ${paths.length} packages (${found}); pyrelease releases one Python package per config`, fix);
  } else {
    const why = packagePathProblem(paths[0]!);
    if (why) f.problem('CONFIG_BAD_VALUE', ['packages', paths[0]!], why, 'write the package directory relative to the repository root, e.g. "packages": {"packages/widget": {"release-type": "python"}}, or "." for the root');
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

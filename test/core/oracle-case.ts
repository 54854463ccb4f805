/**
 * Turns an oracle synthetic case (and the oracle's answer for it) into pyrelease's planner
 * input, with the same defaults the oracle applies (shared/oracle/lib/synthetic.mjs), so the
 * two plans can be compared field by field.
 */
import { parseReleaseConfig } from '../../src/core/config/parse.js';
import { planNextRelease } from '../../src/core/plan.js';
import { planManifest, type ManifestPlan } from '../../src/core/plan-manifest.js';
import type { RawCommit } from '../../src/core/commits/raw-commit.js';
import type { ReleasePlan } from '../../src/core/release-plan.js';
import { parseAllDocuments } from 'yaml';
import type { OracleCase, OracleResult } from '../harness/oracle.js';
import { structuredFileUpdaters } from '../../src/core/updaters/structured-files.js';

const DEFAULT_PACKAGE = 'example-package';

export function planLikeOracle(input: OracleCase, oracle: OracleResult): ReleasePlan {
  const c = { ...input };
  c.config ??= { packages: { '.': { 'release-type': 'python', 'package-name': DEFAULT_PACKAGE } } };
  c.manifest ??= { '.': '1.0.0' };
  const cfg = c.config as { packages?: Record<string, Record<string, unknown>>; 'package-name'?: string };
  const files: Record<string, string> = { ...(c.files ?? { 'pyproject.toml': `[project]\nname = "${(cfg.packages?.['.']?.['package-name'] as string | undefined) ?? cfg['package-name'] ?? DEFAULT_PACKAGE}"\nversion = "${c.manifest['.'] ?? '0.0.0'}"\n` }) };
  files['release-please-config.json'] ??= `${JSON.stringify(c.config, null, 2)}\n`;
  files['.release-please-manifest.json'] ??= `${JSON.stringify(c.manifest, null, 2)}\n`;
  const { config } = parseReleaseConfig(files['release-please-config.json'], 'release-please-config.json');
  const path = config.packages[0]!.path;
  const shas = oracle.commitShas ?? [];
  const commits: RawCommit[] = c.commits.map((m, i) => {
    const o = typeof m === 'string' ? { message: m } : m;
    const raw: RawCommit = { sha: o.sha ?? shas[i]!, message: o.message, files: o.files ?? [] };
    if (o.pullRequest) raw.pullRequest = o.pullRequest;
    if (o.author) raw.author = o.author;
    return raw;
  });
  const prev = oracle.previousReleases?.[path];
  if (!prev?.sha) commits.unshift({ sha: oracle.baseSha!, message: `chore: release ${c.manifest['.'] ?? Object.values(c.manifest)[0] ?? '0.0.0'}`, files: [] });
  commits.reverse();
  return planNextRelease({
    commits,
    pkg: config.packages[0]!,
    config,
    previous: prev && (prev.sha || (c.manifest[path] && c.manifest[path] !== '0.0.0')) ? { version: prev.version, tag: prev.tag } : null,
    date: c.date ?? '2024-01-01',
    owner: c.owner ?? 'example-owner',
    repo: c.repo ?? 'example-repo',
    targetBranch: c.branch ?? 'main',
    fileFormats: structuredFileUpdaters,
    manifest: { path: '.release-please-manifest.json', content: files['.release-please-manifest.json'] },
    readFile: (p) => files[p],
    treePaths: Object.keys(files),
  });
}

/**
 * The fields both plans must agree on. `originals` (the case's files) drops files left as they
 * were: release-please lists every file it ran an updater on, pyrelease only those that change.
 * Files in `parsed` are compared as the data they hold (YAML, where pyrelease keeps the layout).
 */
export function comparable(p: Pick<ReleasePlan, 'version' | 'tag' | 'title' | 'body' | 'changelogEntry' | 'files'>, o: { originals?: Record<string, string>; parsed?: (path: string) => ((text: string) => unknown) | undefined } = {}) {
  const files = Object.entries(p.version ? p.files : {})
    .filter(([path, text]) => o.originals?.[path] !== text)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => [path, o.parsed?.(path)?.(text) ?? text]);
  return { version: p.version, tag: p.tag, title: p.title, body: p.body, changelogEntry: p.changelogEntry, files: Object.fromEntries(files) };
}

const UUID = /"id": "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/g;

/**
 * How a file is compared: YAML as the documents it holds (pyrelease keeps the layout release-please
 * re-dumps), changelog.json with its ids as shapes (release-please's are random), others as text.
 */
export function parsedLikeOracle(path: string): ((text: string) => unknown) | undefined {
  if (/\.ya?ml$/.test(path)) return (text) => parseAllDocuments(text).map((d) => (Array.isArray(d) ? d : d.toJS()));
  if (path === 'changelog.json') return (text) => text.replace(UUID, '"id": "<uuid>"');
  return undefined;
}

/**
 * A multi-package oracle case planned by pyrelease's manifest planner: the walk is the case's
 * commits (newest first), with the oracle's base commit when a package has no release to stop at
 * (release-please then walks the whole history), and each package's previous release as the
 * oracle found it.
 */
export function planManifestLikeOracle(c: OracleCase, oracle: OracleResult): ManifestPlan {
  const files: Record<string, string> = { ...(c.files ?? {}) };
  files['release-please-config.json'] ??= `${JSON.stringify(c.config, null, 2)}\n`;
  files['.release-please-manifest.json'] ??= `${JSON.stringify(c.manifest ?? {}, null, 2)}\n`;
  const { config } = parseReleaseConfig(files['release-please-config.json'], 'release-please-config.json');
  const shas = oracle.commitShas ?? [];
  const commits: RawCommit[] = c.commits.map((m, i) => {
    const o = typeof m === 'string' ? { message: m } : m;
    const raw: RawCommit = { sha: o.sha ?? shas[i]!, message: o.message, files: o.files ?? [] };
    if (o.pullRequest) raw.pullRequest = o.pullRequest;
    return raw;
  });
  const previous = Object.fromEntries(config.packages.map((p) => [p.path, oracle.previousReleases?.[p.path] ?? null]));
  const prev = c.manifest?.['.'] ?? Object.values(c.manifest ?? {})[0] ?? '0.0.0';
  if (config.packages.some((p) => !previous[p.path]?.sha)) commits.unshift({ sha: oracle.baseSha!, message: `chore: release ${prev}`, files: [] });
  commits.reverse();
  return planManifest({
    commits,
    config,
    previous,
    date: c.date ?? '2024-01-01',
    owner: c.owner ?? 'example-owner',
    repo: c.repo ?? 'example-repo',
    targetBranch: c.branch ?? 'main',
    fileFormats: structuredFileUpdaters,
    manifest: { path: '.release-please-manifest.json', content: files['.release-please-manifest.json'] },
    readFile: (p) => files[p],
    treePaths: Object.keys(files),
  });
}

/** What a release PR must agree on with the oracle's: title, body, branch, labels, draft, releases and every file. */
export function comparablePullRequest(pr: { title: string | null; body: string | null; headBranch: string; labels: string[]; draft: boolean; releases: Array<{ path: string; component: string; version: string | null; tag: string | null; changelogEntry: string | null }>; files: Record<string, string> }, originals: Record<string, string> = {}) {
  const files = Object.entries(pr.files).filter(([path, text]) => originals[path] !== text).sort(([a], [b]) => (a < b ? -1 : 1));
  return { title: pr.title, body: pr.body, headBranch: pr.headBranch, labels: pr.labels, draft: pr.draft, releases: pr.releases.map((r) => ({ path: r.path, component: r.component, version: r.version, tag: r.tag, changelogEntry: r.changelogEntry })), files: Object.fromEntries(files) };
}

export function ourPullRequests(plan: ManifestPlan) {
  return plan.pullRequests.map((p) => ({ title: p.title, body: p.body, headBranch: p.headBranch, labels: p.labels, draft: p.draftPullRequest, releases: p.releases ?? [], files: p.files }));
}

export function oraclePullRequests(oracle: OracleResult) {
  return (oracle.pullRequests ?? []).map((p) => ({ ...p, files: Object.fromEntries((p.files ?? []).map((f) => [f.path, f.content])) }));
}

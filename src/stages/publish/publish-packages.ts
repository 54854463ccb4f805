/**
 * Publishing a monorepo release (#22, #24): every package released in this run or handed over
 * (the releases input) is prepared as a single package is — guarded, built in its own directory,
 * set-checked against its own name and version, twine-checked, signed — before anything is
 * written for any of them. Then one upload token (trusted publishing mints one token for every
 * project that trusts the publisher) is checked against each project, and only then are the
 * packages attached and uploaded, in release order. A refusal names the package; a re-run
 * uploads only what is missing (each package's plan reads the index first).
 */
import { join } from 'node:path';
import type { PathRelease } from '../../core/publish/released-paths.js';
import { normalizeProjectName } from '../../core/publish/distribution-name.js';
import type { PackageConfig } from '../../core/config/types.js';
import type { LoadedReleaseConfig } from '../../adapters/workspace/release-config-files.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { packagesPublishOutputs, type PublishResult } from '../../settings/handoff.js';
import { releaseConfigOf, type StageContext, type StageOutcome } from '../stage.js';
import { confirmUploadPermission } from './confirm-upload-permission.js';
import { keepDistributions } from './distributions-dir.js';
import { finishPublish, type FinishedPublish, type PreparedPublish } from './finish-publish.js';
import { obtainUploadToken, type UploadToken } from './upload-token.js';

interface PackageRun {
  release: PathRelease;
  ctx: StageContext;
  prepared: PreparedPublish;
}

export async function publishPackages(ctx: StageContext, releases: readonly PathRelease[], prepare: (ctx: StageContext) => Promise<PreparedPublish>): Promise<StageOutcome> {
  const { runtime } = ctx;
  // Several packages and no path: the whole config (no path input narrows it).
  const loaded = releaseConfigOf(ctx);
  runtime.info(`publishing ${releases.length} released package(s): ${releases.map((r) => `${r.path} (${r.tagName})`).join(', ')}`);

  // Every package built, checked and signed before anything is written for any of them.
  const runs: PackageRun[] = [];
  for (const release of releases) {
    const scoped = scopedTo(ctx, loaded, packageAt(loaded, release.path), release);
    runtime.info(`— ${release.path}: ${release.tagName}`);
    runs.push({ release, ctx: scoped, prepared: await prepare(scoped) });
  }
  assertDistinctProjects(runs);

  // upload-all-projects in a member's build: its other projects ride along, keyed by project.
  return uploadTogether(ctx, runs.flatMap((r) => [{ key: r.release.path, ctx: r.ctx, prepared: r.prepared }, ...(r.prepared.companions ?? []).map((c) => ({ key: c.target.project, ctx: r.ctx, prepared: c }))]));
}

/** One set ready to upload, and the key of its per-path outputs (its path, or its project for a companion of one build). */
export interface SetToUpload {
  key: string;
  ctx: StageContext;
  prepared: PreparedPublish;
}

/**
 * The writing half for several sets (a monorepo release, or upload-all-projects): one token, every
 * project's permission asked before the first file is sent, then each set attached and uploaded.
 */
export async function uploadTogether(ctx: StageContext, sets: readonly SetToUpload[]): Promise<StageOutcome> {
  const { settings } = ctx;
  const token = await uploadTokenFor(ctx, sets, { askEachProject: true });

  const finished: { path: string; done: FinishedPublish }[] = [];
  for (const r of sets) finished.push({ path: r.key, done: await finishPublish(r.ctx, r.prepared, token) });
  const combined = combine(finished.map((f) => f.done.result), sets, settings.tempDir);
  ctx.results.publish = combined;
  const summary = finished.map((f, i) => f.done.summary.replace(/^### Publish\n/, `### Publish: ${sets[i]!.prepared.target.project} (\`${f.path}\`)\n`)).join('\n');
  return { outputs: packagesPublishOutputs(combined, finished.map((f) => ({ path: f.path, result: f.done.result }))), headline: finished.map((f) => f.done.headline).join('; '), summary };
}

/**
 * The upload token, before anything is written (a refused exchange leaves every release
 * untouched), or undefined when nothing is to be sent. One token for all: trusted publishing
 * mints one for every project that trusts the publisher. With `askEachProject`, a project
 * without this publisher — which only shows at upload, as a 403 — is asked of every project
 * before the first file is sent.
 */
export async function uploadTokenFor(ctx: StageContext, sets: readonly SetToUpload[], o: { askEachProject: boolean }): Promise<UploadToken | undefined> {
  const { settings, services, runtime } = ctx;
  const needing = sets.filter((r) => r.prepared.plan.toUpload.length > 0);
  const first = needing[0]?.prepared;
  if (settings.dryRun || !first) return undefined;
  const token = await obtainUploadToken({ password: settings.password, index: first.index, idTokens: services.idTokens, project: first.target.project, runtime, audience: first.audience });
  if (o.askEachProject) {
    const probes = needing.map((r) => ({ path: r.key, project: r.prepared.target.project, file: r.prepared.build.files.find((f) => r.prepared.plan.toUpload.includes(f.file.filename))! }));
    await confirmUploadPermission(probes, { index: first.index, token, runtime });
  }
  return token;
}

function packageAt(loaded: LoadedReleaseConfig, path: string): PackageConfig {
  const pkg = loaded.config.packages.find((p) => p.path === path);
  if (pkg) return pkg;
  throw new PyreleaseError('INPUT_INVALID', `the release names the path ${JSON.stringify(path)}, which is not a package of ${loaded.configFile}`, {
    key: 'releases',
    file: loaded.configFile,
    fix: "pass the release job's outputs unchanged (releases: ${{ toJSON(needs.release.outputs) }}) from a release job reading the same config",
  });
}

/** The stage as it runs for one package: its directory, its config entry, its release as the handoff. */
function scopedTo(ctx: StageContext, loaded: LoadedReleaseConfig, pkg: PackageConfig, r: PathRelease): StageContext {
  const dir = join(ctx.settings.workingDirectory, pkg.path);
  const release = { releaseCreated: true, tagName: r.tagName, ...(r.version && { version: r.version }), ...(r.sha && { sha: r.sha }) };
  const { severalPackages: _, ...services } = ctx.services;
  return {
    ...ctx,
    settings: { ...ctx.settings, packagePath: pkg.path, handoff: { release } },
    results: {},
    services: { ...services, projectDir: dir, releaseConfig: { ...loaded, config: { ...loaded.config, packages: [pkg] }, projectDir: dir } },
  };
}

/** Two packages building the same project would upload each other's version: refused before anything is sent. */
function assertDistinctProjects(runs: readonly PackageRun[]): void {
  const seen = new Map<string, string>();
  for (const r of runs) {
    const name = normalizeProjectName(r.prepared.target.project);
    const other = seen.get(name);
    if (other !== undefined) {
      throw new PyreleaseError('INPUT_INVALID', `packages ${JSON.stringify(other)} and ${JSON.stringify(r.release.path)} both build the PyPI project ${r.prepared.target.project}`, {
        key: `packages.${JSON.stringify(r.release.path)}`,
        fix: 'give each package its own [project].name: one PyPI project per package',
      });
    }
    seen.set(name, r.release.path);
  }
}

/** The step's combined result: every package's files as one set (validate checks them together). */
function combine(results: readonly PublishResult[], sets: readonly SetToUpload[], tempDir: string): PublishResult {
  const kept = keepDistributions(sets.flatMap((r) => r.prepared.build.files), tempDir);
  const versions = [...new Set(results.map((r) => r.version).filter((v): v is string => v !== undefined))];
  const combined: PublishResult = {
    published: results.every((r) => r.published),
    files: results.flatMap((r) => r.files),
    signed: results.some((r) => r.signed),
    attestations: results.flatMap((r) => r.attestations),
    distributionsDir: kept.dir,
    distributionPaths: kept.paths,
    ...(results[0]?.repositoryUrl && { repositoryUrl: results[0].repositoryUrl }),
    ...(versions.length === 1 && { version: versions[0] }),
  };
  if (results.some((r) => r.githubAttestations)) combined.githubAttestations = results.flatMap((r) => r.githubAttestations ?? []);
  combined.tags = sets.flatMap(({ prepared: { target } }) => (target.tagName ? [{ project: target.project, tagName: target.tagName }] : []));
  return combined;
}

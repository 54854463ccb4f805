/**
 * stage: publish — what pypa/gh-action-pypi-publish and the seed's build steps did, without
 * Docker: guard (the release commit, the release version), preflight, build and check, upload
 * what the index lacks with a trusted-publishing token, attach the files to the GitHub release.
 */
import { blake2b256Of, md5Of } from '../adapters/distribution/read-distribution.js';
import { readProject } from '../adapters/workspace/project-file.js';
import { decidePublishTarget, type PublishTarget } from '../core/publish/publish-target.js';
import type { IndexedFile } from '../adapters/pypi/json-api.js';
import type { PackageIndex } from '../adapters/pypi/package-index.js';
import type { Toolchain } from '../adapters/python-tools/toolchain.js';
import type { DevBuild } from './publish/dev-build.js';
import { chooseRelease, type ReleaseToPublish } from '../core/publish/release-source.js';
import { releasedPaths, type PathRelease } from '../core/publish/released-paths.js';
import { assertPreReleaseMatches, versionOfReleaseTag } from '../core/publish/tag-version.js';
import { tagStyleOf } from '../core/config/tag-style.js';
import type { PackageConfig } from '../core/config/types.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { planUploads } from '../core/publish/upload-plan.js';
import { publishOutputs, selectPathRelease } from '../settings/handoff.js';
import { readReleaseAssets, type ReleaseWithAssets } from './publish/attach-assets.js';
import { buildDistributions } from './publish/build-distributions.js';
import { runBuildCommand } from './publish/run-build-command.js';
import { prepareDevBuild } from './publish/dev-build.js';
import { checkDistributions, type CheckedSet, type DistributionSource } from './publish/check-distributions.js';
import { keptDistributions } from './publish/kept-distributions.js';
import { prebuiltDistributions } from './publish/prebuilt-distributions.js';
import { publishPreflight, type PreflightCheck } from './publish/preflight.js';
import { signDistributions } from './publish/sign-distributions.js';
import { attestOnGitHub } from './publish/github-attestations.js';
import { checkSignInputs } from './publish/sign-inputs.js';
import { smokeTestBeforeUpload } from './publish/smoke-test.js';
import { finishPublish, type PreparedPublish } from './publish/finish-publish.js';
import { publishPackages, uploadTogether, uploadTokenFor } from './publish/publish-packages.js';
import { projectDirectory, releaseConfigOf, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';
import { toolchainFor } from './toolchain-for.js';

export const publishStage: StageDefinition = {
  name: 'publish',
  title: 'Publish',
  blocking: true,
  fedBy: 'release',
  dryRunSafe: true,
  shouldRun: (ctx) => {
    // A dev build publishes X.Y.Z.devN of the next planned version: it needs no release.
    if (ctx.settings.devBuild !== undefined) return { run: true };
    const several = severalToPublish(ctx);
    if (several) return several.length > 0 ? { run: true } : { run: false, reason: 'the release job released none of the packages', fix: 'skip the job when nothing was released (if: ${{ needs.release.outputs.releases_created == \'true\' }})' };
    const choice = releaseToPublish(ctx);
    return choice.kind === 'none' ? { run: false, reason: choice.reason, fix: choice.fix } : { run: true };
  },
  run: runPublish,
};

async function runPublish(ctx: StageContext): Promise<StageOutcome> {
  const several = severalToPublish(ctx);
  if (several) return publishPackages(ctx, several, preparePublish);
  const prepared = await preparePublish(ctx);
  // upload-all-projects: the released package and the other projects of its build, uploaded together.
  if (prepared.companions) return uploadTogether(ctx, [{ key: '.', ctx, prepared }, ...prepared.companions.map((c) => ({ key: c.target.project, ctx, prepared: c }))]);
  // One project: its token is its permission (a refusal is the exchange's, before anything is written).
  const token = await uploadTokenFor(ctx, [{ key: '.', ctx, prepared }], { askEachProject: false });
  const done = await finishPublish(ctx, prepared, token);
  ctx.results.publish = done.result;
  return { outputs: publishOutputs(done.result), headline: done.headline, summary: done.summary };
}

/**
 * Everything that can be done before anything is written: the guard, the preflight, the build
 * and its checks, the upload plan, signing and build provenance. A monorepo prepares every
 * package this way before the first upload for any of them (publish-packages.ts).
 */
export async function preparePublish(ctx: StageContext): Promise<PreparedPublish> {
  const { settings, services, runtime } = ctx;
  // A dev build publishes X.Y.Z.devN from a copy of the project; it has no release to guard.
  const dev = settings.devBuild ? await prepareDevBuild(ctx) : undefined;
  if (dev) runtime.info(dev.note);
  const target = dev?.target ?? (await guard(ctx));
  const index = services.index();
  runtime.info(`publishing ${target.project} ${target.version ?? '(version from the build)'} from ${target.sha.slice(0, 7)} to ${index.endpoints.uploadUrl}`);

  // A handed-over set is judged before anything else: a wrong file stops the run with no request sent.
  const prebuilt = settings.packagesDir ? prebuiltDistributions(settings.packagesDir.path, settings.packagesDir.label, target.project, target.version, settings.uploadAllProjects) : undefined;
  if (prebuilt) runtime.info(`  packages-dir ${settings.packagesDir!.label}: ${prebuilt.paths.length} distribution(s), nothing is built`);
  const dir = dev?.dir ?? projectDirectory(ctx, 'stage publish');
  const tc = await toolchainFor(ctx);
  // Files known up front are checked (twine's interpreter start included) while the preflight asks the index.
  const prebuiltCheck = prebuilt ? checkDistributions(tc, prebuilt, { project: target.project, cwd: dir, runtime }) : undefined;
  prebuiltCheck?.catch(() => undefined);
  // upload: false asks nothing of an index: no credentials, no version check (the files go to the GitHub release only).
  const preflight = !settings.upload ? { checks: [], audience: undefined, remote: null } : await publishPreflight({ password: settings.password, sign: settings.sign && !settings.dryRun, signing: { serverUrl: settings.serverUrl, fulcioUrl: settings.fulcioUrl, rekorUrl: settings.rekorUrl, trustedRoot: settings.trustedRoot }, idTokens: services.idTokens, index, project: target.project, version: target.version, force: target.mode === 'force', skipExisting: settings.skipExisting, inActions: runtime.kind === 'action' && !settings.dryRun });
  for (const c of preflight.checks) runtime.info(`  preflight ${c.name}: ${c.level} — ${c.detail}`);
  const failed = preflight.checks.find((c) => c.level === 'fail');
  if (failed?.error) throw failed.error;

  // The release's assets, read once: the first attempt's files (build once) and what still lacks a bundle.
  const onRelease = settings.dryRun || !target.tagName || !settings.token || !settings.repository ? undefined : await readReleaseAssets(services.github(), target.tagName);
  const kept = prebuilt || !onRelease ? undefined : await keptDistributions(services.github(), onRelease, { project: target.project, version: target.version, tempDir: settings.tempDir });
  if (!settings.upload && !settings.dryRun && !onRelease) throw nothingToAttach(target.tagName);
  if (kept) runtime.info(`  ${kept.paths.length} distribution(s) of the first attempt, kept on the GitHub release and verified by sha256: nothing is rebuilt`);
  const source: DistributionSource =
    prebuilt ??
    kept ??
    (settings.buildCommand ? await runBuildCommand(settings.buildCommand, { projectDir: dir, project: target.project, version: target.version, sourceDateEpoch: await services.git.commitTime(target.sha), runtime, allProjects: settings.uploadAllProjects }) : undefined) ??
    (await buildDistributions(tc, {
      dir,
      tempDir: settings.tempDir,
      project: target.project,
      version: target.version,
      isolation: settings.buildIsolation,
      sourceDateEpoch: await services.git.commitTime(target.sha),
      runtime,
    }));
  const prepared = await prepareSet(ctx, { target, dev, index, source, tc, dir, onRelease, audience: preflight.audience, checked: prebuiltCheck, known: preflight.remote });
  // upload-all-projects: each other project of the same build is a set of its own, prepared before anything is sent.
  const companions: PreparedPublish[] = [];
  for (const c of source.companions ?? []) {
    runtime.info(`  upload-all-projects: ${c.project} ${c.source.version} from the same build`);
    companions.push(await prepareSet(ctx, { target: { ...target, project: c.project, version: c.source.version }, dev, index, source: c.source, tc, dir, onRelease, audience: preflight.audience, companion: true }));
  }
  return companions.length > 0 ? { ...prepared, companions } : prepared;
}

/** One project's set, from its files to its plan: checked, planned against the index, signed, attested. */
async function prepareSet(ctx: StageContext, o: { target: PublishTarget; dev: DevBuild | undefined; index: PackageIndex; source: DistributionSource; tc: Toolchain; dir: string; onRelease: ReleaseWithAssets | undefined; audience: string | undefined; checked?: Promise<CheckedSet>; known?: IndexedFile[] | null; companion?: boolean }): Promise<PreparedPublish> {
  const { settings, services, runtime } = ctx;
  const { target, dev, index, source, tc, dir, checked, known, companion } = o;
  const label = index.endpoints.label;
  // Another project of the same build is not attached to this release: the release is the released package's.
  const onRelease = companion ? undefined : o.onRelease;
  const build = checked ? await checked : await checkDistributions(tc, source, { project: target.project, cwd: dir, runtime });
  const version = source.version;
  const signInputsNote = settings.sign ? checkSignInputs(settings.signInputs, settings.workingDirectory, build.files.map((f) => f.file.filename)) : undefined;
  if (signInputsNote) runtime.info(signInputsNote);
  // print-hash: the three digests pypa's print-hash.py shows, before anything is sent.
  if (settings.printHash) for (const f of build.files) runtime.info(`  ${f.file.filename}: sha256 ${f.file.sha256}, md5 ${md5Of(f.file.bytes)}, blake2b-256 ${blake2b256Of(f.file.bytes)}`);
  const local = build.files.map((f) => ({ filename: f.file.filename, sha256: f.file.sha256 }));
  const remote = known !== undefined ? known : await index.releaseFiles(target.project, version);
  const plan = settings.upload ? planUploads(local, remote, { force: target.mode === 'force', skipExisting: settings.skipExisting, version, indexLabel: label, nameIsEnough: dev !== undefined }) : { toUpload: [], alreadyThere: [] };
  if (settings.smokeTestBeforeUpload && !companion) runtime.info(await smokeTestBeforeUpload(build, { project: target.project, version, importNames: settings.importNames, command: settings.smokeTest, uv: tc.uv, tempDir: settings.tempDir, runtime }));

  // Sign what is uploaded now, and what lacks its bundle on the GitHub release (a re-run after a failed attach).
  const attached = new Set(onRelease?.assets.filter((a) => a.state === 'uploaded').map((a) => a.name));
  const toSign = !settings.sign || settings.dryRun ? [] : build.files.filter((f) => plan.toUpload.includes(f.file.filename) || (onRelease !== undefined && !attached.has(`${f.file.filename}.sigstore.json`)));
  const signed = await signDistributions(toSign, { signer: services.signer(), trustedRoot: () => services.trustedRoot(), tempDir: settings.tempDir, serverUrl: settings.serverUrl });
  for (const s of signed) runtime.info(`  signed ${s.filename}: Rekor log index ${s.logIndex ?? '?'}, bundle ${s.bundlePath}`);
  // github-attestations: before anything is attached or uploaded (a missing attestations: write stops here, nothing sent).
  const provenance = settings.githubAttestations && !settings.dryRun && settings.repository ? await attestOnGitHub(build.files, { github: services.github(), idTokens: services.idTokens, signer: services.signer(), trustedRoot: () => services.trustedRoot(), serverUrl: settings.serverUrl, repository: `${settings.repository.owner}/${settings.repository.repo}` }) : [];
  for (const a of provenance) runtime.info(`  build provenance of ${a.filename}: ${a.url}${a.created ? '' : ' (already there)'}`);

  return { target, dev, index, label, source, build, version, plan, signed, provenance, onRelease, audience: o.audience, ...(companion && { attachNote: `${target.project} ${version} comes from the same build as the released package: uploaded, not attached to its GitHub release.` }) };
}

/** `pyrelease check --publish`: the preflight alone, for the version at HEAD (nothing is built or sent). */
export async function publishPreflightAtHead(ctx: StageContext): Promise<PreflightCheck[]> {
  const { settings, services } = ctx;
  const project = readProject(projectDirectory(ctx, 'stage publish'));
  // upload: false asks nothing of an index: no credentials, no version check (the files go to the GitHub release only).
  const preflight = !settings.upload ? { checks: [], audience: undefined, remote: null } : await publishPreflight({ password: settings.password, sign: false, idTokens: services.idTokens, index: services.index(), project: project.name, version: project.version, force: false, skipExisting: false, inActions: ctx.runtime.kind === 'action' });
  return preflight.checks;
}

/** Reads what the checkout and the release say, and lets core decide (no build before this passes). */
async function guard(ctx: StageContext): Promise<PublishTarget> {
  const { settings, services } = ctx;
  const choice = releaseToPublish(ctx);
  if (choice.kind === 'none') throw new PyreleaseError('PUBLISH_NO_RELEASE', `nothing to publish: ${choice.reason}`, { key: 'release_created', fix: choice.fix });
  const project = readProject(projectDirectory(ctx, 'stage publish'));
  const headSha = await services.git.resolveCommit('HEAD');
  if (choice.kind === 'force') return decidePublishTarget({ forcePublish: true, release: { tagName: choice.tagName }, project, headSha });
  const { tagName } = choice;
  // release-please-action hands over tag_name, often without version: the tag says it, in the project's own tag format.
  const version = choice.version ?? (tagName ? versionOfReleaseTag(tagName, tagStyleOf(releasePackage(ctx)), { input: choice.from === 'event' ? `the ${settings.eventName} event's tag` : 'input tag_name', configFile: releaseConfigOf(ctx).configFile }) : undefined);
  if (choice.prerelease && tagName && version) assertPreReleaseMatches(tagName, version);
  const tagSha = tagName ? await tagCommit(ctx, tagName) : undefined;
  // A tag from an event exists (GitHub made the event from it); one handed over must be found, or its commit given as sha.
  const eventSha = choice.from === 'event' ? settings.eventRelease?.sha : undefined;
  if (tagName && tagSha === undefined && !choice.sha && !eventSha && choice.from !== 'this run') {
    throw new PyreleaseError('PUBLISH_TAG_UNKNOWN', `tag ${tagName} is neither in this checkout nor on GitHub, so the commit to publish is unknown`, { key: 'tag_name', fix: "pass the release job's sha (sha: ${{ needs.release.outputs.sha }}), or check out with fetch-tags: true after the tag is pushed" });
  }
  const fixes = choice.from === 'event' ? EVENT_FIXES : undefined;
  return decidePublishTarget({ forcePublish: settings.forcePublish, release: { version, tagName, sha: choice.sha }, project, headSha, tagSha: tagSha ?? eventSha, ...(fixes && { fixes }) });
}

/** On a release event or a tag push the checkout is the tag, so a mismatch is in the tag itself. */
const EVENT_FIXES = {
  checkout: 'check out the tag (actions/checkout with no ref: on a release or tag event it checks out the tag)',
  version: 'the tag was put on a commit whose pyproject.toml has another version: merge the release PR and tag its merge commit, or bump [project] version before tagging',
};

/** Where the release tag points: GitHub's tag when the job can read it (the ground truth), else the checkout's own. */
async function tagCommit(ctx: StageContext, tagName: string): Promise<string | undefined> {
  const { settings, services } = ctx;
  const remote = settings.token && settings.repository ? await services.github().getTagCommit(tagName) : undefined;
  return remote ?? (await services.git.tagCommit(tagName));
}

function releaseToPublish(ctx: StageContext): ReleaseToPublish {
  const { settings, results, services } = ctx;
  // The releases input names each path's release; one package's step (path:, or a config of one) takes its own.
  const handoff = settings.handoff.releases ? selectPathRelease(settings.handoff, settings.packagePath ?? services.releaseConfig?.config.packages[0]?.path ?? '.').release : settings.handoff.release;
  return chooseRelease({ inRun: results.release, handoff, event: settings.eventRelease, forcePublish: settings.forcePublish });
}

/**
 * A config with several packages and no path: the packages released in this step (the release
 * stage's per-path outputs, read as a later job reads them) or handed over in the releases
 * input. Undefined when neither says (a tag push, a dev build): those act on one package.
 */
function severalToPublish(ctx: StageContext): PathRelease[] | undefined {
  if (!ctx.services.severalPackages || ctx.settings.devBuild !== undefined) return undefined;
  const inRun = ctx.results.outputs?.release;
  if (inRun) {
    const read = releasedPaths(inRun);
    const released = read.ok ? read.releases : [];
    return released.length > 0 ? released : (ctx.results.releasesAtHead ?? []);
  }
  return ctx.settings.handoff.releases;
}

function releasePackage(ctx: StageContext): PackageConfig {
  const { config } = releaseConfigOf(ctx);
  return config.packages.find((p) => p.path === (ctx.settings.packagePath ?? '.')) ?? config.packages[0]!;
}

/** upload: false has one job, attaching to the release: without one, the run fails rather than pass having done nothing. */
function nothingToAttach(tag: string | undefined): PyreleaseError {
  return new PyreleaseError('PUBLISH_NOTHING_TO_ATTACH', `upload: false attaches the files to the GitHub release, but ${tag ? `there is no release for ${tag}` : 'this run has no release tag'} (or no token to reach it)`, {
    key: 'upload',
    fix: 'publish for a release (stage: all, or the release job\'s outputs release_created, tag_name, sha) with token: and permissions: contents: write; nothing was built or uploaded',
  });
}

/**
 * stage: publish — what pypa/gh-action-pypi-publish and the seed's build steps did, without
 * Docker: guard (the release commit, the release version), preflight, build and check, upload
 * what the index lacks with a trusted-publishing token, attach the files to the GitHub release.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { md5Of, sha256Of } from '../adapters/distribution/read-distribution.js';
import { readProject } from '../adapters/workspace/project-file.js';
import { renderSha256Sums } from '../core/publish/checksums.js';
import { projectPageUrl } from '../core/publish/index-endpoints.js';
import { decidePublishTarget, type PublishTarget } from '../core/publish/publish-target.js';
import { planUploads } from '../core/publish/upload-plan.js';
import { publishOutputs, type PublishResult } from '../settings/handoff.js';
import { attachAssets, readReleaseAssets, type AttachOutcome, type ReleaseWithAssets } from './publish/attach-assets.js';
import { buildDistributions } from './publish/build-distributions.js';
import { checkDistributions, type DistributionSource } from './publish/check-distributions.js';
import { keptDistributions } from './publish/kept-distributions.js';
import { prebuiltDistributions } from './publish/prebuilt-distributions.js';
import { publishPreflight, type PreflightCheck } from './publish/preflight.js';
import { signDistributions } from './publish/sign-distributions.js';
import { renderPublishSummary } from './publish/summary.js';
import { uploadFiles, type FileOutcome } from './publish/upload-files.js';
import { obtainUploadToken } from './publish/upload-token.js';
import { projectDirectory, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';
import { toolchainFor } from './toolchain-for.js';

export const publishStage: StageDefinition = {
  name: 'publish',
  title: 'Publish',
  blocking: true,
  dryRunSafe: true,
  shouldRun: (ctx) => {
    const release = ctx.results.release;
    // A push to another branch may tag the target's merged release PR (as release-please-action does); the work tree is not that commit.
    if (release?.notCheckedOut && !ctx.settings.forcePublish) return { run: false, reason: `the release ${release.tagName ?? ''} is of the target branch, not of the checked-out commit: the run on the target branch publishes it` };
    return ctx.settings.forcePublish || release?.releaseCreated === true || release?.atHead === true || ctx.settings.handoff.release?.releaseCreated === true ? { run: true } : { run: false, reason: 'no release was created in this run (and force_publish is off)' };
  },
  run: runPublish,
};

async function runPublish(ctx: StageContext): Promise<StageOutcome> {
  const { settings, services, runtime } = ctx;
  const target = await guard(ctx);
  const index = services.index();
  const label = index.endpoints.label;
  runtime.info(`publishing ${target.project} ${target.version ?? '(version from the build)'} from ${target.sha.slice(0, 7)} to ${index.endpoints.uploadUrl}`);

  // A handed-over set is judged before anything else: a wrong file stops the run with no request sent.
  const prebuilt = settings.packagesDir ? prebuiltDistributions(settings.packagesDir.path, settings.packagesDir.label, target.project, target.version) : undefined;
  if (prebuilt) runtime.info(`  packages-dir ${settings.packagesDir!.label}: ${prebuilt.paths.length} distribution(s), nothing is built`);
  const dir = projectDirectory(ctx, 'stage publish');
  const tc = await toolchainFor(ctx);
  // Files known up front are checked (twine's interpreter start included) while the preflight asks the index.
  const prebuiltCheck = prebuilt ? checkDistributions(tc, prebuilt, { project: target.project, cwd: dir, runtime }) : undefined;
  prebuiltCheck?.catch(() => undefined);
  const preflight = await publishPreflight({ password: settings.password, sign: settings.sign && !settings.dryRun, signing: { serverUrl: settings.serverUrl, fulcioUrl: settings.fulcioUrl, rekorUrl: settings.rekorUrl, trustedRoot: settings.trustedRoot }, idTokens: services.idTokens, index, project: target.project, version: target.version, force: target.mode === 'force', skipExisting: settings.skipExisting, inActions: runtime.kind === 'action' && !settings.dryRun });
  for (const c of preflight.checks) runtime.info(`  preflight ${c.name}: ${c.level} — ${c.detail}`);
  const failed = preflight.checks.find((c) => c.level === 'fail');
  if (failed?.error) throw failed.error;

  // The release's assets, read once: the first attempt's files (build once) and what still lacks a bundle.
  const onRelease = settings.dryRun || !target.tagName || !settings.token || !settings.repository ? undefined : await readReleaseAssets(services.github(), target.tagName);
  const kept = prebuilt || !onRelease ? undefined : await keptDistributions(services.github(), onRelease, { project: target.project, version: target.version, tempDir: settings.tempDir });
  if (kept) runtime.info(`  ${kept.paths.length} distribution(s) of the first attempt, kept on the GitHub release and verified by sha256: nothing is rebuilt`);
  const source: DistributionSource =
    prebuilt ??
    kept ??
    (await buildDistributions(tc, {
      dir,
      tempDir: settings.tempDir,
      project: target.project,
      version: target.version,
      isolation: settings.buildIsolation,
      sourceDateEpoch: await services.git.commitTime(target.sha),
      runtime,
    }));
  const build = prebuiltCheck ? await prebuiltCheck : await checkDistributions(tc, source, { project: target.project, cwd: dir, runtime });
  const version = source.version;
  if (settings.printHash) for (const f of build.files) runtime.info(`  ${f.file.filename}: sha256 ${f.file.sha256}, md5 ${md5Of(f.file.bytes)}`);
  const local = build.files.map((f) => ({ filename: f.file.filename, sha256: f.file.sha256 }));
  const remote = preflight.remote !== undefined ? preflight.remote : await index.releaseFiles(target.project, version);
  const plan = planUploads(local, remote, { force: target.mode === 'force', skipExisting: settings.skipExisting, version, indexLabel: label });

  // Sign what is uploaded now, and what lacks its bundle on the GitHub release (a re-run after a failed attach).
  const attached = new Set(onRelease?.assets.filter((a) => a.state === 'uploaded').map((a) => a.name));
  const toSign = !settings.sign || settings.dryRun ? [] : build.files.filter((f) => plan.toUpload.includes(f.file.filename) || (onRelease !== undefined && !attached.has(`${f.file.filename}.sigstore.json`)));
  const signed = await signDistributions(toSign, { signer: services.signer(), trustedRoot: () => services.trustedRoot(), tempDir: settings.tempDir, serverUrl: settings.serverUrl });
  for (const s of signed) runtime.info(`  signed ${s.filename}: Rekor log index ${s.logIndex ?? '?'}, bundle ${s.bundlePath}`);

  // The upload token before anything is written: a refused exchange leaves the release untouched.
  const token = !settings.dryRun && plan.toUpload.length > 0 ? await obtainUploadToken({ password: settings.password, index, idTokens: services.idTokens, project: target.project, runtime, audience: preflight.audience }) : undefined;

  // Attached before the first upload (SHA256SUMS last): from then on a re-run publishes exactly these files.
  const assets = [
    ...build.files.map((f) => ({ name: f.file.filename, bytes: f.file.bytes, sha256: f.file.sha256 })),
    ...signed.map((s) => ({ name: `${s.filename}.sigstore.json`, bytes: s.bundleBytes, sha256: sha256Of(s.bundleBytes) })),
  ];
  const { attach, note } = settings.dryRun ? { attach: undefined, note: undefined } : await attachToRelease(ctx, target, onRelease, assets);

  const outcomes = new Map<string, FileOutcome>(plan.alreadyThere.map((f) => [f, 'already there']));
  let credentials = 'nothing to send';
  let attestationNote: string | undefined;
  if (token) {
    credentials = token.kind === 'api-token' ? 'uploaded with the API token from the password input' : 'uploaded with trusted publishing';
    // PyPI takes attestations only from trusted publishing; with an API token the bundles still go to the GitHub release.
    const attestations = new Map(token.kind === 'trusted-publishing' ? signed.map((s) => [s.filename, JSON.stringify([s.attestation])] as const) : []);
    if (token.kind === 'api-token' && signed.length > 0) attestationNote = `${label} accepts attestations only with trusted publishing: the Sigstore bundles were attached to the GitHub release but not sent to the index.`;
    const sent = await uploadFiles(build.files.filter((f) => plan.toUpload.includes(f.file.filename)), { index, token, project: target.project, version, runtime, attestations, verbose: settings.verbose });
    for (const [k, v] of sent) outcomes.set(k, v);
  } else if (plan.toUpload.length === 0) credentials = `every file was already on ${label} with the same sha256`;

  const files = build.files.map((f) => ({ name: f.file.filename, sha256: f.file.sha256 }));
  const result: PublishResult = { published: !settings.dryRun, version, files, repositoryUrl: index.endpoints.uploadUrl, signed: signed.length > 0, attestations: signed.map((s) => s.bundlePath) };
  ctx.results.publish = result;
  const uploaded = [...outcomes.values()].filter((o) => o === 'uploaded').length;
  const headline = settings.dryRun ? `dry run: built and checked ${files.length} files of ${version}` : `${target.project} ${version} on ${label}: ${uploaded} uploaded, ${files.length - uploaded} already there${signed.length > 0 ? `, ${signed.length} signed` : ''}`;
  const signingNote = !settings.sign ? '⚠️ **sign: false** — published without Sigstore attestations.' : settings.dryRun ? 'Dry run: nothing was signed (a signature writes a public transparency-log entry).' : attestationNote;
  const summary = renderPublishSummary({
    project: target.project, version, indexLabel: label, projectUrl: projectPageUrl(index.endpoints, target.project, version), files: build.files, outcomes, credentials,
    attach, attachNote: note, leftOut: source.leftOut, dryRun: settings.dryRun, forced: target.mode === 'force', signed, signingNote,
  });
  return { outputs: publishOutputs(result), headline, summary };
}

/** `pyrelease check --publish`: the preflight alone, for the version at HEAD (nothing is built or sent). */
export async function publishPreflightAtHead(ctx: StageContext): Promise<PreflightCheck[]> {
  const { settings, services } = ctx;
  const project = readProject(projectDirectory(ctx, 'stage publish'));
  const preflight = await publishPreflight({ password: settings.password, sign: false, idTokens: services.idTokens, index: services.index(), project: project.name, version: project.version, force: false, skipExisting: false, inActions: ctx.runtime.kind === 'action' });
  return preflight.checks;
}

/** Reads what the checkout and the release say, and lets core decide (no build before this passes). */
async function guard(ctx: StageContext): Promise<PublishTarget> {
  const { settings, services } = ctx;
  const project = readProject(projectDirectory(ctx, 'stage publish'));
  const release = { ...settings.handoff.release, ...ctx.results.release };
  const headSha = await services.git.resolveCommit('HEAD');
  const facts = { forcePublish: settings.forcePublish, release: { version: release.version, tagName: release.tagName, sha: release.sha }, project, headSha };
  // The remote tag is the release's ground truth when the job can read it; a job without a token skips this check.
  const tagSha = release.tagName && settings.token && settings.repository ? await services.github().getRef(`tags/${release.tagName}`) : undefined;
  return decidePublishTarget({ ...facts, tagSha });
}

async function attachToRelease(ctx: StageContext, target: PublishTarget, onRelease: ReleaseWithAssets | undefined, dists: { name: string; bytes: Buffer; sha256: string }[]): Promise<{ attach: AttachOutcome | undefined; note: string | undefined }> {
  const { settings, services, runtime } = ctx;
  if (!target.tagName) return { attach: undefined, note: 'No release tag (force_publish at HEAD): nothing was attached to a GitHub release.' };
  if (!settings.token || !settings.repository) return { attach: undefined, note: 'No GitHub token: the files were not attached to the GitHub release.' };
  const sums = renderSha256Sums(dists.map((d) => ({ name: d.name, sha256: d.sha256 })));
  // SHA256SUMS lives beside, never inside, the upload directory.
  const dir = mkdtempSync(join(settings.tempDir, 'pyrelease-assets-'));
  writeFileSync(join(dir, 'SHA256SUMS'), sums);
  const sumsBytes = Buffer.from(sums);
  const attach = await attachAssets(services.github(), target.tagName, onRelease, [...dists, { name: 'SHA256SUMS', bytes: sumsBytes, sha256: sha256Of(sumsBytes) }], runtime);
  return { attach, note: attach ? undefined : `No GitHub release for ${target.tagName}: nothing was attached.` };
}

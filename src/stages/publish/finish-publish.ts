/**
 * The writing half of publishing one package: attach its files (and bundles, SHA256SUMS last) to
 * its GitHub release, upload what the index lacks with the token given, and report the result.
 * Everything that can fail without writing was done before, in preparePublish (publish.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Of } from '../../adapters/distribution/read-distribution.js';
import type { PackageIndex } from '../../adapters/pypi/package-index.js';
import { renderSha256Sums } from '../../core/publish/checksums.js';
import { projectPageUrl } from '../../core/publish/index-endpoints.js';
import type { PublishTarget } from '../../core/publish/publish-target.js';
import type { UploadPlan } from '../../core/publish/upload-plan.js';
import type { PublishResult } from '../../settings/handoff.js';
import type { StageContext } from '../stage.js';
import { attachAssets, type AttachOutcome, type ReleaseWithAssets } from './attach-assets.js';
import type { CheckedSet, DistributionSource } from './check-distributions.js';
import type { DevBuild } from './dev-build.js';
import { keepDistributions } from './distributions-dir.js';
import { renderAttestationSummary, type GithubAttestation } from './github-attestations.js';
import type { SignedFile } from './sign-distributions.js';
import { renderPublishSummary } from './summary.js';
import { uploadFiles, type FileOutcome } from './upload-files.js';
import type { UploadToken } from './upload-token.js';

/** One package made ready to publish: built, checked, planned and signed, nothing written yet. */
export interface PreparedPublish {
  target: PublishTarget;
  dev: DevBuild | undefined;
  index: PackageIndex;
  label: string;
  source: DistributionSource;
  build: CheckedSet;
  version: string;
  plan: Pick<UploadPlan, 'toUpload' | 'alreadyThere'>;
  signed: SignedFile[];
  provenance: GithubAttestation[];
  onRelease: ReleaseWithAssets | undefined;
  /** The trusted-publishing audience the preflight read (undefined when it asked nothing). */
  audience: string | undefined;
  /** upload-all-projects: the other projects of the same build, prepared too (uploaded with this one). */
  companions?: PreparedPublish[];
  /** Why this set is not attached to a GitHub release (a companion project). */
  attachNote?: string;
}

export interface FinishedPublish {
  result: PublishResult;
  headline: string;
  summary: string;
}

export async function finishPublish(ctx: StageContext, p: PreparedPublish, token: UploadToken | undefined): Promise<FinishedPublish> {
  const { settings, runtime } = ctx;
  const { target, dev, index, label, source, build, version, plan, signed, provenance, onRelease } = p;
  // Attached before the first upload (SHA256SUMS last): from then on a re-run publishes exactly these files.
  const assets = [
    ...build.files.map((f) => ({ name: f.file.filename, bytes: f.file.bytes, sha256: f.file.sha256 })),
    ...signed.map((s) => ({ name: `${s.filename}.sigstore.json`, bytes: s.bundleBytes, sha256: sha256Of(s.bundleBytes) })),
  ];
  const { attach, note } = p.attachNote ? { attach: undefined, note: p.attachNote } : settings.dryRun || dev ? { attach: undefined, note: dev ? `Dev build ${version}: nothing was tagged, released or attached to a GitHub release.` : undefined } : await attachToRelease(ctx, target, onRelease, assets);

  const outcomes = new Map<string, FileOutcome>(plan.alreadyThere.map((f) => [f, 'already there']));
  let credentials = 'nothing to send';
  let attestationNote: string | undefined;
  if (token) {
    credentials = token.kind === 'api-token' ? 'uploaded with the API token from the password input' : 'uploaded with trusted publishing';
    // PyPI takes attestations only from trusted publishing; with an API token the bundles still go to the GitHub release.
    const forIndex = signed.filter((s) => s.notForIndex === undefined);
    const attestations = new Map(token.kind === 'trusted-publishing' ? forIndex.map((s) => [s.filename, JSON.stringify([s.attestation])] as const) : []);
    if (token.kind === 'api-token' && signed.length > 0) attestationNote = `${label} accepts attestations only with trusted publishing: the Sigstore bundles were attached to the GitHub release but not sent to the index.`;
    const kept = signed.find((s) => s.notForIndex !== undefined);
    if (token.kind === 'trusted-publishing' && kept) {
      attestationNote = `The files were signed, but their attestations were not sent to ${label}: ${kept.notForIndex}. The Sigstore bundles are on the GitHub release; publish from the top-level workflow to attach them on ${label}.`;
      runtime.warning(attestationNote);
    }
    const sent = await uploadFiles(build.files.filter((f) => plan.toUpload.includes(f.file.filename)), { index, token, project: target.project, version, runtime, attestations, verbose: settings.verbose });
    for (const [k, v] of sent) outcomes.set(k, v);
  } else if (!settings.upload) credentials = 'upload: false — attached to the GitHub release only, nothing was sent to an index';
  else if (plan.toUpload.length === 0) credentials = `every file was already on ${label} with the same sha256`;

  const files = build.files.map((f) => ({ name: f.file.filename, sha256: f.file.sha256 }));
  const result: PublishResult = { published: !settings.dryRun && settings.upload, version, files, repositoryUrl: index.endpoints.uploadUrl, signed: signed.length > 0, attestations: signed.map((s) => s.bundlePath) };
  const keptForLater = keepDistributions(build.files, settings.tempDir);
  result.distributionsDir = keptForLater.dir;
  result.distributionPaths = keptForLater.paths;
  if (settings.githubAttestations) result.githubAttestations = provenance.map((a) => a.url);
  const uploaded = [...outcomes.values()].filter((o) => o === 'uploaded').length;
  const headline = settings.dryRun ? `dry run: built and checked ${files.length} files of ${version}` : !settings.upload ? `${target.project} ${version}: ${files.length} file(s) attached to the GitHub release, nothing uploaded (upload: false)` : `${target.project} ${version} on ${label}: ${uploaded} uploaded, ${files.length - uploaded} already there${signed.length > 0 ? `, ${signed.length} signed` : ''}`;
  const signingNote = !settings.sign ? '⚠️ **sign: false** — published without Sigstore attestations.' : settings.dryRun ? 'Dry run: nothing was signed (a signature writes a public transparency-log entry).' : attestationNote;
  const summary = renderPublishSummary({
    project: target.project, version, indexLabel: label, projectUrl: projectPageUrl(index.endpoints, target.project, version), files: build.files, outcomes, credentials,
    attach, attachNote: note, leftOut: source.leftOut, builtWith: source.builtWith, dryRun: settings.dryRun, forced: target.mode === 'force', signed, signingNote,
  }) + renderAttestationSummary(provenance);
  return { result, headline, summary };
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

/**
 * The publish guard: from what the release stage decided (or force_publish) and what is checked
 * out, decide the one project version to publish — or refuse before anything is built. Publishing
 * a commit other than the tagged release commit is how wrong code reaches PyPI.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { normalizePep440, sameRelease } from './pep440.js';
import type { ProjectIdentity } from './project-identity.js';

export interface ReleaseFacts {
  /** Version the release stage released (this run, or handed over from the release job). */
  version?: string;
  tagName?: string;
  /** Commit the release was tagged at, as the release stage reported it. */
  sha?: string;
}

export interface GuardFacts {
  forcePublish: boolean;
  release: ReleaseFacts;
  project: ProjectIdentity;
  headSha: string;
  /** Where the release tag points on the remote; undefined when not looked up or missing. */
  tagSha?: string;
  /** The fixes to show when the checkout is not the release (they differ on a release or tag event). */
  fixes?: { checkout: string; version: string };
}

export interface PublishTarget {
  project: string;
  /** The version to publish; undefined when dynamic and forced (known only after the build). */
  version: string | undefined;
  tagName: string | undefined;
  sha: string;
  mode: 'release' | 'force';
}

const CHECKOUT_FIX = 'check out the release commit in the publish job: actions/checkout with ref: ${{ needs.release.outputs.sha }}';

export function decidePublishTarget(f: GuardFacts): PublishTarget {
  const { project, release } = f;
  const fixes = f.fixes ?? { checkout: CHECKOUT_FIX, version: CHECKOUT_FIX };
  if (!release.version) {
    if (f.forcePublish && project.version !== undefined && normalizePep440(project.version) === undefined) {
      throw new PyreleaseError('PYPROJECT_VERSION_SHAPE', `pyproject.toml has version ${JSON.stringify(project.version)}, which is not a PEP 440 version`, { file: 'pyproject.toml', key: 'project.version', fix: 'write a version like 1.2.3 (or 1.2.3rc1) in [project]' });
    }
    if (f.forcePublish) return { project: project.name, version: project.version, tagName: release.tagName, sha: f.headSha, mode: 'force' };
    throw new PyreleaseError('PUBLISH_NO_RELEASE', 'nothing to publish: no release was created, and no version was handed to this job', {
      key: 'version',
      fix: 'run publish after the release stage (stage: all), or pass the release job\'s outputs (release_created, version, tag_name, sha) as inputs; force_publish: true publishes the version at HEAD',
    });
  }
  if (project.version !== undefined && !sameRelease(project.version, release.version)) {
    throw new PyreleaseError('PUBLISH_VERSION_MISMATCH', `pyproject.toml has version ${project.version}, but the release is ${release.version}: this checkout is not the release commit`, { file: 'pyproject.toml', key: 'project.version', fix: fixes.version });
  }
  if (release.sha && release.sha !== f.headSha) {
    throw new PyreleaseError('PUBLISH_WRONG_COMMIT', `the release ${release.tagName ?? release.version} is commit ${release.sha.slice(0, 7)}, but ${f.headSha.slice(0, 7)} is checked out`, { key: 'sha', fix: fixes.checkout });
  }
  if (f.tagSha !== undefined && f.tagSha !== f.headSha) {
    throw new PyreleaseError('PUBLISH_TAG_ELSEWHERE', `tag ${release.tagName} points at ${f.tagSha.slice(0, 7)}, not at the checked-out ${f.headSha.slice(0, 7)}`, { key: 'tag_name', fix: fixes.checkout });
  }
  return { project: project.name, version: release.version, tagName: release.tagName, sha: f.headSha, mode: f.forcePublish && !release.tagName ? 'force' : 'release' };
}

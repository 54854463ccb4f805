/**
 * Responsible for one package index as the publish stage sees it: read a release's files,
 * upload a file, and its trusted-publishing endpoint — all under policy.pypi / policy.oidc.
 */
import { normalizeProjectName } from '../../core/publish/distribution-name.js';
import { releaseJsonUrl, simpleIndexUrl, type IndexEndpoints } from '../../core/publish/index-endpoints.js';
import { readSimpleFiles } from './simple-api.js';
import type { Clock } from '../clock.js';
import type { ServicePolicy } from '../policy.js';
import { TrustedPublishingEndpoint } from '../oidc/trusted-publishing.js';
import { readReleaseFiles, type IndexedFile } from './json-api.js';
import { postDistribution, type UploadAnswer, type UploadRequest } from './legacy-upload.js';

export class PackageIndex {
  readonly trustedPublishing: TrustedPublishingEndpoint;

  constructor(
    readonly endpoints: IndexEndpoints,
    private readonly policy: { pypi: ServicePolicy; oidc: ServicePolicy },
    private readonly clock: Clock,
  ) {
    this.trustedPublishing = new TrustedPublishingEndpoint(endpoints.trustedPublishingBase, endpoints.label, policy.oidc, clock);
  }

  /** Files of a release, or null when the index does not have it. */
  releaseFiles(project: string, version: string): Promise<IndexedFile[] | null> {
    return readReleaseFiles(releaseJsonUrl(this.endpoints, project, version), this.policy.pypi, this.clock);
  }

  /** Files listed on the project's simple-index page, or null when it has none. */
  simpleFiles(project: string): Promise<IndexedFile[] | null> {
    return readSimpleFiles(`${simpleIndexUrl(this.endpoints)}${normalizeProjectName(project)}/`, this.policy.pypi, this.clock);
  }

  upload(req: Omit<UploadRequest, 'uploadUrl'>, onRetry?: (attempt: number, why: string) => void): Promise<UploadAnswer> {
    return postDistribution({ ...req, uploadUrl: this.endpoints.uploadUrl }, this.policy.pypi, this.clock, onRetry);
  }
}

/**
 * After the stages: the notify-webhook message, on success and on failure. A notification that
 * cannot be delivered is a warning, never the run's failure.
 */
import type { Clock } from '../adapters/clock.js';
import { postWebhook } from '../adapters/notify/webhook.js';
import type { ServicePolicy } from '../adapters/policy.js';
import type { Runtime } from '../adapters/runtime/runtime.js';
import { webhookPayload, type RunReport } from '../core/notify/messages.js';
import { normalizeProjectName, parseDistributionName } from '../core/publish/distribution-name.js';
import { projectPageUrl, indexEndpoints } from '../core/publish/index-endpoints.js';
import type { Settings } from '../settings/settings.js';
import type { StageReport } from './runner.js';
import type { PipelineResults } from './stage.js';

export async function notifyWebhook(settings: Settings, results: PipelineResults, reports: StageReport[], o: { runtime: Runtime; clock: Clock; policy: ServicePolicy }): Promise<void> {
  if (!settings.notifyWebhook) return;
  const failed = reports.find((r) => r.status === 'failed');
  const report: RunReport = { ok: !failed, repository: settings.repository ? `${settings.repository.owner}/${settings.repository.repo}` : undefined, runUrl: settings.runUrl };
  if (failed) report.failure = { stage: failed.stage, line: failed.headline };
  const published = results.publish?.published ? results.publish : undefined;
  const wheel = published?.files.map((f) => parseDistributionName(f.name)).find((n) => n !== undefined);
  if (published && wheel && published.version) {
    const e = indexEndpoints(settings.repositoryUrl, settings.indexUrl || undefined);
    const project = normalizeProjectName(wheel.project);
    report.release = { project, version: published.version, tag: results.release?.tagName ?? settings.handoff.release?.tagName ?? published.version, releaseUrl: results.release?.htmlUrl, projectUrl: projectPageUrl(e, project, published.version), indexLabel: e.label };
  }
  try {
    const r = await postWebhook(settings.notifyWebhook, webhookPayload(report), o.policy, o.clock);
    if (!r.ok) o.runtime.warning(`notify-webhook answered HTTP ${r.status}: the notification was not delivered`);
  } catch {
    o.runtime.warning('notify-webhook could not be reached after retries: the notification was not delivered');
  }
}

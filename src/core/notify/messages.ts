/**
 * What people are told: the "released in" comment (with a hidden marker, so a re-run finds it
 * and does not comment twice) and the webhook message (Slack-compatible `text`). Text from
 * commits never reaches them unescaped.
 */
export interface ReleaseFacts {
  project: string;
  version: string;
  tag: string;
  releaseUrl: string | undefined;
  projectUrl: string;
  indexLabel: string;
}

export function releasedMarker(tag: string): string {
  return `<!-- pyrelease:released ${tag.replace(/-->/g, '')} -->`;
}

export function releasedComment(r: ReleaseFacts): string {
  const release = r.releaseUrl ? `[${r.tag}](${r.releaseUrl})` : `\`${r.tag}\``;
  return `${releasedMarker(r.tag)}\n🚀 Released in ${release} and published to ${r.indexLabel}: [${r.project} ${r.version}](${r.projectUrl})\n\n\`\`\`\npip install ${r.project}==${r.version}\n\`\`\`\n`;
}

export interface RunReport {
  ok: boolean;
  repository: string | undefined;
  runUrl: string | undefined;
  release?: ReleaseFacts;
  /** The failed stage and its one-line error. */
  failure?: { stage: string; line: string };
}

/** Slack-compatible: `text` (mrkdwn) plus the facts as fields for other receivers. */
export function webhookPayload(r: RunReport): Record<string, unknown> {
  const where = r.repository ?? 'pyrelease';
  const run = r.runUrl ? ` (<${r.runUrl}|run>)` : '';
  const text = r.ok
    ? r.release
      ? `✅ ${where}: ${r.release.project} ${r.release.version} released — <${r.release.projectUrl}|${r.release.indexLabel}>${r.release.releaseUrl ? `, <${r.release.releaseUrl}|${r.release.tag}>` : ''}${run}`
      : `✅ ${where}: pyrelease run passed, nothing released${run}`
    : `❌ ${where}: pyrelease failed in stage ${r.failure?.stage ?? '?'}: ${slackEscape(r.failure?.line ?? '')}${run}`;
  return { text, ok: r.ok, repository: r.repository, run_url: r.runUrl, release: r.release, failure: r.failure };
}

/** Slack's three control characters, so commit text cannot forge links or mentions. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

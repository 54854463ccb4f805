import { formatMs, type StageReport } from './runner.js';

const icon: Record<StageReport['status'], string> = { done: '✅', failed: '❌', skipped: '⏭️' };

// What re-running the job does after a stage failed: every stage is an ensure, so this is the promise it keeps.
const rerun: Record<string, string> = {
  quality: 'fix what the gates report and push: nothing was released.',
  security: 'fix or `# nosec` the findings and push: nothing was released.',
  release: 'a re-run finds the tag, release and PR already made and finishes the rest; nothing is duplicated.',
  publish: 'a re-run rebuilds the same bytes and uploads only the files the index lacks (same sha256 is skipped); assets already on the release are kept.',
  validate: 'a re-run (or `stage: validate` with the same `files`) only reads the index and installs into a fresh environment; nothing is written.',
  rollback: 'a re-run finds the hotfix branch, the issue and the release note already made.',
};

/** The run's table in the job summary: one row per stage, in pipeline order; a failure says what a re-run does. */
export function renderRunSummary(reports: StageReport[]): string {
  if (reports.length === 0) return '';
  const rows = reports.map((r) => `| ${icon[r.status]} ${r.stage} | ${r.status} | ${escapeCell(r.headline)} | ${formatMs(r.durationMs)} |`);
  const failed = reports.find((r) => r.status === 'failed');
  const after = failed ? ['', `**${failed.stage} failed**: ${escapeCell(failed.headline)}`, '', `Re-running the job: ${rerun[failed.stage] ?? 'safe; nothing is duplicated.'}`] : [];
  return ['## pyrelease', '', '| stage | result | details | time |', '|---|---|---|---|', ...rows, ...after, ''].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

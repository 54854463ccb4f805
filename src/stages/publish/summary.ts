/** The publish stage's part of the job summary: what went where, with digests and links. */
import type { BuiltFile } from './check-distributions.js';
import type { AttachOutcome } from './attach-assets.js';
import type { SignedFile } from './sign-distributions.js';
import type { FileOutcome } from './upload-files.js';

export interface PublishReport {
  project: string;
  version: string;
  indexLabel: string;
  projectUrl: string;
  files: BuiltFile[];
  outcomes: Map<string, FileOutcome>;
  credentials: string;
  attach: AttachOutcome | undefined;
  attachNote: string | undefined;
  leftOut: { filename: string; reason: string }[];
  builtWith: { command: string; where: string } | undefined;
  dryRun: boolean;
  forced: boolean;
  signed: SignedFile[];
  signingNote: string | undefined;
}

export function renderPublishSummary(r: PublishReport): string {
  const lines = ['### Publish', ''];
  if (r.forced) lines.push('> ⚠️ **force_publish**: published without a release PR (emergency path).', '');
  lines.push(r.dryRun ? `Dry run: built and checked **${r.project} ${r.version}**; nothing was uploaded.` : `**${r.project} ${r.version}** on ${r.indexLabel}: [${r.projectUrl}](${r.projectUrl}) — ${r.credentials}.`, '');
  if (r.builtWith) lines.push(`Built with \`${r.builtWith.command}\` ${r.builtWith.where}.`, '');
  lines.push('| File | sha256 | Size | Result |', '|---|---|---|---|');
  for (const f of r.files) lines.push(`| \`${f.file.filename}\` | \`${f.file.sha256}\` | ${f.file.size} B | ${r.dryRun ? 'checked' : (r.outcomes.get(f.file.filename) ?? 'not sent')} |`);
  if (r.leftOut.length > 0) lines.push('', `Left out of the upload: ${r.leftOut.map((l) => `\`${l.filename}\` (${l.reason})`).join(', ')}.`);
  if (r.signed.length > 0) {
    const id = r.signed[0]!.identity;
    lines.push('', `Signed with Sigstore (PEP 740 attestations): certificate for \`${id.buildConfigUri ?? id.subjectAlternativeName ?? 'unknown'}\`${id.sourceRepositoryRef ? ` at \`${id.sourceRepositoryRef}\`` : ''}.`, '', '| File | Rekor log index | Bundle |', '|---|---|---|');
    for (const s of r.signed) lines.push(`| \`${s.filename}\` | ${s.logIndex ?? '?'} | \`${s.filename}.sigstore.json\` |`);
  }
  if (r.signingNote) lines.push('', r.signingNote);
  if (r.attach) {
    lines.push('', `GitHub release assets ([release](${r.attach.releaseUrl})): ${[...r.attach.attached.map((a) => `\`${a}\` attached`), ...r.attach.kept.map((a) => `\`${a}\` already there`)].join(', ')}.`);
  } else if (r.attachNote) lines.push('', r.attachNote);
  return lines.join('\n') + '\n';
}

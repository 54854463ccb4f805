/**
 * PR-title lint: the title must be a conventional commit whose type the project knows — the
 * standard types plus those of its changelog-sections, the same config the planner reads.
 */
import { parseMessage } from '../commits/parse-message.js';
import type { ChangelogSection } from '../config/types.js';

export const STANDARD_TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert', 'deps'] as const;

export type TitleVerdict = { ok: true; type: string; breaking: boolean } | { ok: false; problem: string; allowed: string[] };

export function lintPrTitle(title: string, body: string, sections: readonly ChangelogSection[] | undefined): TitleVerdict {
  const allowed = [...new Set([...STANDARD_TYPES, ...(sections ?? []).map((s) => s.type)])];
  const [head] = parseMessage(title.trim()).slice(-1);
  const type = head?.type ?? '';
  const bang = head?.header.includes('!:') ?? false;
  if (!type) return { ok: false, problem: `the pull request title ${JSON.stringify(title)} is not a conventional commit`, allowed };
  if (!allowed.includes(type)) return { ok: false, problem: `the pull request title uses type "${type}", which this project does not know`, allowed };
  // A breaking change may be declared in the body instead of with "!".
  return { ok: true, type, breaking: bang || /^BREAKING[ -]CHANGE:/m.test(body) };
}

export function titleFix(allowed: readonly string[]): string {
  return `write the title as "type(scope)!: description", e.g. "fix(cli): keep trailing punctuation"; types: ${allowed.join(', ')}`;
}

export const PREVIEW_MARKER = '<!-- pyrelease:preview -->';

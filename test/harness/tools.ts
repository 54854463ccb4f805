/**
 * Which Python tools this machine has, as scripts/ensure-tools.mjs found them (.cache/tools.json).
 * A test that needs a missing tool is skipped with the reason printed, and with CI=true fails
 * naming the tool (the rule of ./skip.ts).
 *
 *   describe.skipIf(!hasTool('mypy'))('mypy gate', …)   or   const missing = missingTools(['build', 'hatchling'])
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './node-run.js';
import { skipWhenMissing } from './skip.js';

export type ToolName = 'pytest' | 'mypy' | 'bandit' | 'twine' | 'build' | 'hatchling' | 'venv' | 'pip';

interface ToolsRecord {
  python: string | null;
  tools: Partial<Record<ToolName, boolean>>;
}

export const toolsFile = join(repoRoot, '.cache', 'tools.json');

function readRecord(): ToolsRecord | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(toolsFile, 'utf8')) as unknown;
  } catch (e) {
    return { error: `${toolsFile} unreadable (${e instanceof Error ? e.message : String(e)}): run node scripts/ensure-tools.mjs` };
  }
  if (typeof raw !== 'object' || raw === null) return { error: `${toolsFile} is not an object` };
  const { python, tools } = raw as Record<string, unknown>;
  if (typeof tools !== 'object' || tools === null) return { error: `${toolsFile} has no tools` };
  const checked: Partial<Record<ToolName, boolean>> = {};
  for (const [name, present] of Object.entries(tools)) if (present === true) checked[name as ToolName] = true;
  return { python: typeof python === 'string' ? python : null, tools: checked };
}

const record = readRecord();

/** The interpreter that has the tools, or undefined when none was found. */
export function pythonWithTools(): string | undefined {
  return 'error' in record ? undefined : (record.python ?? undefined);
}

export function hasTool(name: ToolName): boolean {
  return !('error' in record) && record.python !== null && record.tools[name] === true;
}

/** The ones of `names` that are absent; prints the skip reason when any are, and with CI=true throws naming them. */
export function missingTools(names: ToolName[]): ToolName[] {
  const missing = names.filter((n) => !hasTool(n));
  skipWhenMissing(missing, missingToolsReason(missing));
  return missing;
}

/** Why a test is skipped, for its name or message. */
export function missingToolsReason(missing: ToolName[]): string {
  if ('error' in record) return record.error;
  return `Python tool(s) ${missing.join(', ')} not installed for ${record.python ?? 'any interpreter'} (node scripts/ensure-tools.mjs installs them with apt-get, as root or through passwordless sudo)`;
}

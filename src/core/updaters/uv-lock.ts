/**
 * uv.lock: a project's own `[[package]]` entry (its name, normalised as uv writes it, its source
 * the project's directory) gets the new version — and, in a workspace, the requires-dist
 * specifiers the release rewrote; every other byte stays as uv wrote it. release-please leaves it
 * stale, and `uv sync --locked` then fails on the release commit.
 */
import { normalizeProjectName } from '../publish/distribution-name.js';
import { normalizePep440 } from '../publish/pep440.js';

const HEADER = /^\[\[package\]\]\s*$/;

export interface UvLockEdit {
  projectName: string;
  version: string;
  /** The project's directory relative to uv.lock's ("." for the root project). */
  memberPath?: string;
  /** Requirements of the project rewritten by the release: dependency (normalised) → specifier. */
  specifiers?: ReadonlyArray<{ name: string; specifier: string }>;
}

export function updateUvLock(content: string, projectName: string, version: string, edit: Omit<UvLockEdit, 'projectName' | 'version'> = {}): { content: string; warning?: string } {
  const eol = content.includes('\r\n') ? '\r\n' : '\n';
  const lines = content.split(eol);
  const wanted = normalizeProjectName(projectName);
  const source = new RegExp(`^source\\s*=\\s*\\{\\s*(editable|virtual)\\s*=\\s*${escape(JSON.stringify(edit.memberPath ?? '.'))}\\s*\\}`);
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER.test(lines[i]!)) continue;
    // The entry runs until the next table header; its [package.metadata] until the next [[package]].
    let end = i + 1;
    while (end < lines.length && !/^\s*\[/.test(lines[end]!)) end++;
    const entry = lines.slice(i + 1, end);
    const name = entry.map((l) => /^name\s*=\s*"([^"]*)"\s*$/.exec(l)?.[1]).find((n) => n !== undefined);
    if (name === undefined || normalizeProjectName(name) !== wanted) continue;
    // Only the project itself (source editable/virtual at its directory), never a dependency that happens to share the name.
    if (!entry.some((l) => source.test(l))) continue;
    const at = entry.findIndex((l) => /^version\s*=\s*"[^"]*"\s*$/.test(l));
    if (at === -1) return { content, warning: `uv.lock: the entry of ${projectName} has no version line (a dynamic version): left as it is` };
    // uv writes the normalised PEP 440 form (1.2.0rc1, not 1.2.0-rc.1).
    lines[i + 1 + at] = lines[i + 1 + at]!.replace(/"[^"]*"/, JSON.stringify(normalizePep440(version) ?? version));
    let blockEnd = end;
    while (blockEnd < lines.length && !HEADER.test(lines[blockEnd]!)) blockEnd++;
    for (const { name: dep, specifier } of edit.specifiers ?? []) {
      for (let j = end; j < blockEnd; j++) lines[j] = setSpecifier(lines[j]!, dep, specifier);
    }
    return { content: lines.join(eol) };
  }
  return { content, warning: `uv.lock: no [[package]] entry for ${projectName} (the project itself): left as it is; run uv lock` };
}

/** `{ name = "core", specifier = ">=1.0, <1.1" }` (inline tables of requires-dist): uv writes the clauses joined by ", ". */
function setSpecifier(line: string, dep: string, specifier: string): string {
  const uvForm = specifier.replace(/^\((.*)\)$/, '$1').split(',').map((c) => c.trim()).join(', ');
  return line.replace(/\{\s*name\s*=\s*"([^"]*)"([^{}]*?)specifier\s*=\s*"[^"]*"/g, (whole, name: string, between: string) =>
    normalizeProjectName(name) === dep ? `{ name = "${name}"${between}specifier = ${JSON.stringify(uvForm)}` : whole,
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

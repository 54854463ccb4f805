/**
 * uv.lock: the project's own `[[package]]` entry (its name PEP 503 normalised, as uv writes it) gets the
 * new version; every other byte stays as uv wrote it. release-please leaves it stale, and
 * `uv sync --locked` then fails on the release commit.
 */
import { normalizeProjectName } from '../publish/distribution-name.js';
import { normalizePep440 } from '../publish/pep440.js';

const HEADER = /^\[\[package\]\]\s*$/;

export function updateUvLock(content: string, projectName: string, version: string): { content: string; warning?: string } {
  const eol = content.includes('\r\n') ? '\r\n' : '\n';
  const lines = content.split(eol);
  const wanted = normalizeProjectName(projectName);
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER.test(lines[i]!)) continue;
    // The entry runs until the next table header.
    let end = i + 1;
    while (end < lines.length && !/^\s*\[/.test(lines[end]!)) end++;
    const entry = lines.slice(i + 1, end);
    const name = entry.map((l) => /^name\s*=\s*"([^"]*)"\s*$/.exec(l)?.[1]).find((n) => n !== undefined);
    if (name === undefined || normalizeProjectName(name) !== wanted) continue;
    // Only the project itself (source editable/virtual), never a dependency that happens to share the name.
    if (!entry.some((l) => /^source\s*=\s*\{\s*(editable|virtual)\s*=\s*"\."\s*\}/.test(l))) continue;
    const at = entry.findIndex((l) => /^version\s*=\s*"[^"]*"\s*$/.test(l));
    if (at === -1) return { content, warning: `uv.lock: the entry of ${projectName} has no version line (a dynamic version): left as it is` };
    // uv writes the normalised PEP 440 form (1.2.0rc1, not 1.2.0-rc.1).
    lines[i + 1 + at] = lines[i + 1 + at]!.replace(/"[^"]*"/, JSON.stringify(normalizePep440(version) ?? version));
    return { content: lines.join(eol) };
  }
  return { content, warning: `uv.lock: no [[package]] entry for ${projectName} (the project itself): left as it is; run uv lock` };
}

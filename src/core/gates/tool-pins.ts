/**
 * Which release of a standalone tool `uvx` runs, so a gate gives the verdict the project's own
 * pinned tool would: `uvx ruff` alone runs the index's newest ruff, and `ruff format --check`
 * then fails on a project formatted by its own pinned ruff. Order: the version locked in uv.lock
 * (the project's own: the same release `uv run ruff` would run, without syncing an environment
 * first), the `<tool>-version` input, pyrelease's tested pin, else the newest (said so).
 */
import { normalizeProjectName } from '../publish/distribution-name.js';
import { asRecord } from '../records.js';

export interface ToolPin {
  /** What uvx is given: `ruff@0.6.9`, or `ruff` for the newest. */
  spec: string;
  version: string | undefined;
  why: string;
}

export interface PinFacts {
  tool: string;
  /** The version uv.lock holds for it, if any. */
  locked: string | undefined;
  /** The `<tool>-version` input, "" when unset. */
  input: string;
  /** pyrelease's own pin, when it keeps one (bandit); undefined: the index's newest. */
  fallback: string | undefined;
}

export function pinTool(f: PinFacts): ToolPin {
  if (f.locked) return uvx(f.tool, f.locked, `${f.tool} ${f.locked}, the project's own (locked in uv.lock)`);
  if (f.input) return uvx(f.tool, f.input, `${f.tool} ${f.input}, from the ${f.tool}-version input`);
  if (f.fallback) return uvx(f.tool, f.fallback, `${f.tool} ${f.fallback}, pyrelease's tested pin (set ${f.tool}-version to choose another)`);
  return { spec: f.tool, version: undefined, why: `the index's newest ${f.tool}: the project pins none (add it to the dev group, or set ${f.tool}-version)` };
}

function uvx(tool: string, version: string, why: string): ToolPin {
  return { spec: `${tool}@${version}`, version, why };
}

/** The version uv.lock records for a package (by PEP 503 name), if it holds one. */
export function lockedVersion(lock: Record<string, unknown> | undefined, name: string): string | undefined {
  const wanted = normalizeProjectName(name);
  const packages = Array.isArray(lock?.package) ? lock.package : [];
  for (const p of packages) {
    const entry = asRecord(p);
    if (typeof entry?.name === 'string' && normalizeProjectName(entry.name) === wanted && typeof entry.version === 'string') return entry.version;
  }
  return undefined;
}

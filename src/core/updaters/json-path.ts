/**
 * The JSONPath subset release-please configs use for extra files: `$.a.b`, `$['a']`, `[0]`,
 * `[*]` and `[?(@.name=='x')]` / `[?(@.name.value=='x')]` filters. Returns the locations
 * (parent + key) of every match, for the JSON and TOML updaters.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export type Segment = { kind: 'key'; key: string } | { kind: 'all' } | { kind: 'filter'; path: string[]; value: string };

export function parseJsonPath(expr: string): Segment[] {
  if (!expr.startsWith('$')) throw badPath(expr);
  const segments: Segment[] = [];
  const re = /\.([A-Za-z0-9_$-]+)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[(\d+)\]|\[\*\]|\.\*|\[\?\(@((?:\.[A-Za-z0-9_-]+)+)\s*==\s*(?:'([^']*)'|"([^"]*)")\)\]/gy;
  re.lastIndex = 1;
  while (re.lastIndex < expr.length) {
    const at = re.lastIndex;
    const m = re.exec(expr);
    if (!m || m.index !== at) throw badPath(expr);
    if (m[1] ?? m[2] ?? m[3] ?? m[4]) segments.push({ kind: 'key', key: (m[1] ?? m[2] ?? m[3] ?? m[4])! });
    else if (m[5]) segments.push({ kind: 'filter', path: m[5].slice(1).split('.'), value: (m[6] ?? m[7])! });
    else segments.push({ kind: 'all' });
  }
  return segments;
}

export interface Match {
  parent: Record<string, unknown> | unknown[];
  key: string;
  /** Keys from the root, for TOML, where the match is found again in the text. */
  path: Array<string | { filter: string[]; value: string }>;
}

export function evaluate(root: unknown, segments: Segment[]): Match[] {
  let frontier: Array<{ value: unknown; parent?: Match['parent']; key?: string; path: Match['path'] }> = [{ value: root, path: [] }];
  for (const seg of segments) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      const v = node.value;
      if (typeof v !== 'object' || v === null) continue;
      const container = v as Record<string, unknown>;
      if (seg.kind === 'key') {
        if (seg.key in container) next.push({ value: container[seg.key], parent: container, key: seg.key, path: [...node.path, seg.key] });
      } else {
        for (const [k, child] of Object.entries(container)) {
          if (seg.kind === 'filter' && !matchesFilter(child, seg)) continue;
          next.push({ value: child, parent: container, key: k, path: [...node.path, seg.kind === 'filter' ? { filter: seg.path, value: seg.value } : k] });
        }
      }
    }
    frontier = next;
  }
  return frontier.filter((n) => n.parent !== undefined).map((n) => ({ parent: n.parent!, key: n.key!, path: n.path }));
}

function matchesFilter(child: unknown, seg: Extract<Segment, { kind: 'filter' }>): boolean {
  let v: unknown = child;
  for (const k of seg.path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return v === seg.value;
}

function badPath(expr: string): PyreleaseError {
  return new PyreleaseError('CONFIG_BAD_JSONPATH', `extra-files: jsonpath ${JSON.stringify(expr)} is not supported`, {
    key: 'jsonpath',
    fix: "use a path like $.version, $.project.version or $.package[?(@.name.value=='my-pkg')].version",
  });
}

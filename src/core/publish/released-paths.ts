/**
 * Which packages a release job released, read from release-please-action's outputs as a whole
 * (`${{ toJSON(needs.release.outputs) }}`, or our own release stage's outputs in the same run):
 * `paths_released` lists the paths, and each path's `<path>--release_created`, `<path>--tag_name`,
 * `<path>--version`, `<path>--sha` say what it released (plain names for the root package ".").
 * Action inputs cannot have dynamic names, so this one object carries every path.
 */
export interface PathRelease {
  path: string;
  tagName: string;
  version?: string;
  sha?: string;
}

export type ReleasedPaths = { ok: true; releases: PathRelease[] } | { ok: false; problem: string };

/** The releases the outputs name, in the order of paths_released; a problem names the first key that is missing or malformed. */
export function releasedPaths(outputs: Readonly<Record<string, unknown>>): ReleasedPaths {
  const listed = pathsReleased(outputs.paths_released);
  if (listed === undefined) return { ok: false, problem: 'has no paths_released holding a JSON list of paths' };
  const releases: PathRelease[] = [];
  for (const path of listed) {
    const key = (name: string) => (path === '.' ? name : `${path}--${name}`);
    const text = (name: string) => {
      const v = outputs[key(name)];
      return typeof v === 'string' && v !== '' ? v : typeof v === 'boolean' ? String(v) : undefined;
    };
    // release-please-action sets <path>--release_created only for paths it released; paths_released lists exactly those.
    if (text('release_created') !== 'true') return { ok: false, problem: `lists ${JSON.stringify(path)} in paths_released but has no ${key('release_created')}: "true"` };
    const tagName = text('tag_name');
    if (tagName === undefined) return { ok: false, problem: `has no ${key('tag_name')} for the released path ${JSON.stringify(path)}` };
    const version = text('version');
    const sha = text('sha');
    releases.push({ path, tagName, ...(version !== undefined && { version }), ...(sha !== undefined && { sha }) });
  }
  return { ok: true, releases };
}

/** paths_released as release-please-action sets it: a JSON list in a string (toJSON keeps it a string), or already a list. */
function pathsReleased(value: unknown): string[] | undefined {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return Array.isArray(list) && list.every((p) => typeof p === 'string') ? (list as string[]) : undefined;
}

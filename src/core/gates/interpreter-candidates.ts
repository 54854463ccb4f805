/**
 * Where a Python version is found on each runner OS, in the order pyrelease tries them
 * (actions/setup-python's layout: docs/advanced-usage.md, "Using multiple Python versions"):
 * - the project's own virtual environment (`.venv`, `venv`: poetry's in-project env, or one the
 *   workflow made with `pip install -e .`), when it has the version asked for;
 * - Linux and macOS: `pythonX.Y` on PATH (setup-python links every version it installs);
 *   Windows: the `py -X.Y` launcher (setup-python's python.exe has no versioned name);
 * - the runner's tool cache, `$RUNNER_TOOL_CACHE/Python/X.Y.Z/<arch>/` (bin/pythonX.Y, or python.exe);
 * - with no version asked for, the runner's default: `python3` then `python` (`python`, then
 *   `py -3` on Windows).
 * Pure: the adapter lists directories and probes each candidate's real `sys.version_info`.
 */
export type RunnerPlatform = 'linux' | 'darwin' | 'win32';

export interface InterpreterCandidate {
  program: string;
  args: string[];
  /** For the summary: how it was found. */
  via: string;
}

export interface CandidateFacts {
  platform: RunnerPlatform;
  /** Absolute paths of virtual environments inside the project (`.venv`, `venv`). */
  projectEnvironments: string[];
  /** RUNNER_TOOL_CACHE, when set. */
  toolCache?: string;
  /** Directory names under `$RUNNER_TOOL_CACHE/Python` (`3.12.7`, `3.13.0`…). */
  toolCacheVersions: string[];
  /** Directory names under each `$RUNNER_TOOL_CACHE/Python/<version>` (`x64`, `arm64`). */
  toolCacheArch?: string;
}

export function interpreterCandidates(version: string | undefined, facts: CandidateFacts): InterpreterCandidate[] {
  const win = facts.platform === 'win32';
  const join = (...parts: string[]) => parts.join(win ? '\\' : '/');
  const inEnv = facts.projectEnvironments.map((dir) => ({ program: win ? join(dir, 'Scripts', 'python.exe') : join(dir, 'bin', 'python'), args: [], via: `the project's environment ${dir}` }));
  if (version === undefined) {
    const defaults = win ? [{ program: 'python', args: [] }, { program: 'py', args: ['-3'] }] : [{ program: 'python3', args: [] }, { program: 'python', args: [] }];
    return [...inEnv, ...defaults.map((c) => ({ ...c, via: "the runner's default python" }))];
  }
  const free = version.endsWith('t');
  const minor = free ? version.slice(0, -1) : version;
  const onPath = win ? { program: 'py', args: [`-${version}`], via: 'the py launcher' } : { program: `python${version}`, args: [], via: 'PATH' };
  const cached = facts.toolCache === undefined ? [] : facts.toolCacheVersions
    .filter((v) => v === minor || v.startsWith(`${minor}.`) || (free && v.startsWith(`${minor}.`) && v.endsWith('-freethreaded')))
    .sort(byVersionDescending)
    .map((v) => {
      const root = join(facts.toolCache!, 'Python', v, facts.toolCacheArch ?? 'x64');
      return { program: win ? join(root, 'python.exe') : join(root, 'bin', `python${minor}`), args: [], via: `the tool cache (${v})` };
    });
  return [...inEnv, onPath, ...cached];
}

function byVersionDescending(a: string, b: string): number {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pb[i] ?? 0) - (pa[i] ?? 0);
  return 0;
}

/** Whether an interpreter reporting `actual` (X.Y.Z) answers a request for `wanted` (X.Y, X.Y.Z, X.Yt). */
export function versionMatches(wanted: string | undefined, actual: string): boolean {
  if (wanted === undefined) return true;
  const w = wanted.replace(/t$/, '').replace(/^pypy/, '');
  return actual === w || actual.startsWith(`${w}.`);
}

/**
 * bandit's command-line flags for the project. `-x` replaces bandit's own default exclusions, so
 * they are passed again, with what a repository holds that is not its code: virtual environments
 * (`.venv`, `venv`, any directory with a pyvenv.cfg, the one uv syncs when it lies inside the
 * project), tox/nox environments and build output. bandit matches `-x` entries as substrings of
 * the `./`-prefixed paths its walk of `.` produces (older ones by directory), so each is written
 * `./name/`: without the slash `./venv` would also exclude `./venvtools/`. The project's
 * `[tool.bandit]` (exclude_dirs, skips, tests) is passed as flags too: older bandits cannot read
 * pyproject.toml without an extra package, flags work everywhere.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { asRecord } from '../records.js';

/** bandit's own default exclusions (bandit/cli/main.py) plus environments and build output. */
const ALWAYS_EXCLUDED = ['.svn', 'CVS', '.bzr', '.hg', '.git', '__pycache__', '.tox', '.nox', '.eggs', '*.egg', '.venv', 'venv', 'build', 'dist', 'node_modules', '.mypy_cache', '.pytest_cache', '.ruff_cache'];

export interface BanditProject {
  pyproject?: Record<string, unknown>;
  /** Directories holding a virtual environment, relative to the project ('.venv', 'env312'). */
  environments: readonly string[];
  windows?: boolean;
}

export function banditArgs(p: BanditProject): string[] {
  const bandit = asRecord(asRecord(p.pyproject?.tool)?.bandit) ?? {};
  const list = (key: string): string[] => {
    const v = bandit[key];
    if (v === undefined) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
    throw new PyreleaseError('GATE_CONFIG_INVALID', `pyproject.toml [tool.bandit] ${key} is ${Array.isArray(v) ? 'a list with a non-string in it' : `the ${typeof v} ${JSON.stringify(v)}`}, not a list of strings`, {
      file: 'pyproject.toml',
      key: `[tool.bandit] ${key}`,
      fix: `write ${key} = [${key === 'exclude_dirs' ? '"tests"' : '"B101"'}] (a list, even for one entry)`,
    });
  };
  const own = list('exclude_dirs').map((d) => d.replace(/^\.\//, '').replace(/\/$/, ''));
  const names = [...new Set([...ALWAYS_EXCLUDED, ...p.environments, ...own])];
  const excluded = names.flatMap((d) => (d.startsWith('*') || d.startsWith('/') ? [d] : p.windows ? [`./${d}/`, `.\\${d}\\`] : [`./${d}/`]));
  const args = ['-x', excluded.join(',')];
  const skips = list('skips');
  if (skips.length) args.push('-s', skips.join(','));
  const tests = list('tests');
  if (tests.length) args.push('-t', tests.join(','));
  return args;
}

/**
 * The mypy configuration in force (mypy's own discovery order: mypy.ini, .mypy.ini,
 * pyproject.toml [tool.mypy], setup.cfg [mypy]; the first one present wins) and whether it names
 * what to check. Also the checks that spare the user mypy's own reaction to a broken
 * `[tool.mypy]`: a traceback (`files = 3`) or a silently ignored section.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { asRecord } from '../records.js';
import type { SetupCfg } from './setup-cfg.js';

export interface MypyConfigFiles {
  mypyIni?: SetupCfg;
  dotMypyIni?: SetupCfg;
  pyproject?: Record<string, unknown>;
  setupCfg?: SetupCfg;
}

/** Where mypy reads its settings from, and whether they name files, packages or modules. */
export function mypyTargetsConfigured(files: MypyConfigFiles): { file: string | undefined; namesTargets: boolean } {
  for (const [file, cfg] of [['mypy.ini', files.mypyIni], ['.mypy.ini', files.dotMypyIni]] as const) {
    if (cfg) return { file, namesTargets: namesTargets(cfg.get('mypy')) };
  }
  const tool = asRecord(asRecord(files.pyproject?.tool)?.mypy);
  if (tool) return { file: 'pyproject.toml', namesTargets: ['files', 'packages', 'modules'].some((k) => nonEmpty(tool[k])) };
  const section = files.setupCfg?.get('mypy');
  if (section) return { file: 'setup.cfg', namesTargets: namesTargets(section) };
  return { file: undefined, namesTargets: false };
}

function namesTargets(section: ReadonlyMap<string, string> | undefined): boolean {
  return ['files', 'packages', 'modules'].some((k) => (section?.get(k) ?? '').trim() !== '');
}

function nonEmpty(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0);
}

const LIST_KEYS = ['files', 'packages', 'modules', 'exclude', 'plugins', 'mypy_path'] as const;

/** Types mypy needs in `[tool.mypy]`; a wrong one makes mypy crash or skip its config. */
export function checkMypySection(pyproject: Record<string, unknown> | undefined): void {
  const tool = asRecord(pyproject?.tool);
  if (!tool || tool.mypy === undefined) return;
  const mypy = asRecord(tool.mypy);
  if (!mypy) throw invalid('[tool.mypy]', 'is not a table', 'write it as a [tool.mypy] section');
  for (const key of LIST_KEYS) {
    const v = mypy[key];
    if (v !== undefined && typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      throw invalid(`[tool.mypy] ${key}`, `is ${describe(v)}, not a string or a list of strings`, `write ${key} = ["src"] (a list of strings)`);
    }
  }
  if (mypy.python_version !== undefined && typeof mypy.python_version !== 'string') {
    throw invalid('[tool.mypy] python_version', `is ${describe(mypy.python_version)}: TOML reads 3.10 as the number 3.1`, 'quote it: python_version = "3.10"');
  }
  if (mypy.overrides !== undefined && !(Array.isArray(mypy.overrides) && mypy.overrides.every((o) => asRecord(o)?.module !== undefined))) {
    throw invalid('[[tool.mypy.overrides]]', 'needs a module key in every entry', 'write [[tool.mypy.overrides]] tables, each with module = "pkg.*" and its settings');
  }
}

function invalid(key: string, what: string, fix: string): PyreleaseError {
  return new PyreleaseError('GATE_CONFIG_INVALID', `pyproject.toml ${key} ${what}`, { file: 'pyproject.toml', key, fix });
}

function describe(v: unknown): string {
  return Array.isArray(v) ? 'a list with a non-string in it' : typeof v === 'object' ? 'a table' : `the ${typeof v} ${JSON.stringify(v)}`;
}

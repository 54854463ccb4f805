/**
 * The project's [tool.bandit] (exclude_dirs, skips, tests) as command-line flags: older
 * bandits cannot read pyproject.toml without an extra package, flags work everywhere.
 */
import { parse } from 'smol-toml';

export function banditArgs(pyproject: string | undefined): string[] {
  if (!pyproject) return [];
  let bandit: Record<string, unknown> | undefined;
  try {
    bandit = ((parse(pyproject) as Record<string, unknown>).tool as Record<string, unknown> | undefined)?.bandit as Record<string, unknown> | undefined;
  } catch {
    return [];
  }
  if (!bandit) return [];
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const args: string[] = [];
  const exclude = list(bandit.exclude_dirs);
  if (exclude.length) args.push('-x', exclude.map((d) => (d.startsWith('./') || d.startsWith('/') ? d : `./${d}`)).join(','));
  const skips = list(bandit.skips);
  if (skips.length) args.push('-s', skips.join(','));
  const tests = list(bandit.tests);
  if (tests.length) args.push('-t', tests.join(','));
  return args;
}

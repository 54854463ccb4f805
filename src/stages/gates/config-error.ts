/** A gate whose tool could not read the project's configuration stops the stage with that one line, not a "gate failed". */
import type { GateResult } from '../../core/gates/types.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export function stopOnConfigError(results: readonly GateResult[]): void {
  const bad = results.find((r) => r.configError !== undefined)?.configError;
  if (bad) throw new PyreleaseError(bad.code, bad.message, { ...(bad.file ? { file: bad.file } : {}), fix: bad.fix });
}

/**
 * Runs gates concurrently, bounded by the cores, and hands results back in declared order
 * (never interleaved): the stage's wall time approaches the slowest gate, not the sum.
 */
import { availableParallelism } from 'node:os';
import type { GateResult } from '../../core/gates/types.js';

export async function runConcurrently(jobs: Array<() => Promise<GateResult>>, limit = Math.max(1, availableParallelism())): Promise<GateResult[]> {
  const results: GateResult[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

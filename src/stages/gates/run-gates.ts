/**
 * Runs gates concurrently, bounded by the cores, and hands results back in declared order
 * (never interleaved): the stage's wall time approaches the slowest gate, not the sum.
 */
import { availableParallelism } from 'node:os';
import type { GateResult } from '../../core/gates/types.js';

/** `startFirst`: indexes of the slowest jobs (mypy, pytest), started before the quick ones so they never wait for a core. */
export async function runConcurrently(jobs: Array<() => Promise<GateResult>>, startFirst: number[] = [], limit = Math.max(1, availableParallelism())): Promise<GateResult[]> {
  const results: GateResult[] = new Array(jobs.length);
  const order = [...startFirst, ...jobs.keys()].filter((i, k, all) => all.indexOf(i) === k && i < jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < order.length) {
      const i = order[next++]!;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/**
 * Kill and resume (issue #11), shared by the whole-run suites: the kinds of write a run sends (as the
 * stand-ins logged them), and the built action killed right after the first write of one kind has
 * been answered — SIGKILL, as a cancelled job or a lost runner ends a step.
 */
import type { ActionRun } from '../harness/action-run.js';
import type { World } from './world.js';

/** A request's kind: method and path with every number as N (`POST /repos/acme/widget/issues/N/labels`). */
export const writeKind = (method: string, path: string): string => `${method} ${path.replace(/\d+/g, 'N')}`;

/** Each stand-in's log length now, to read what a later run sent. */
export const logMarks = (w: World): number[] => w.standins().map((s) => s.log.entries.length);

/** The kinds of write (not GET or HEAD) the stand-ins received since `marks`, each once, first seen first. */
export function writeKindsSince(w: World, marks: number[]): string[] {
  const writes = w.standins().flatMap((s, i) => s.log.entries.slice(marks[i]).filter((e) => e.method !== 'GET' && e.method !== 'HEAD').map((e) => writeKind(e.method, e.path)));
  return [...new Set(writes)];
}

/** Runs the action and kills it as soon as a write of `kind` has been answered (exit 137); a run that ends first keeps its own exit code. */
export async function runKilledAfter(w: World, kind: string, inputs: Record<string, string>): Promise<ActionRun> {
  const stop = new AbortController();
  const seen = () => w.standins().some((s) => s.log.entries.some((e) => writeKind(e.method, e.path) === kind && e.status > 0));
  const watch = setInterval(() => seen() && stop.abort(), 5);
  try {
    return await w.action(inputs, { signal: stop.signal });
  } finally {
    clearInterval(watch);
  }
}

/**
 * How many killed-and-resumed worlds run at once (a run has about ten kinds of write). A world's runs
 * are mostly waiting (below), so five overlap well on 2 cores; ten at once on a loaded machine let
 * a plain release run miss GitHub's 30 s attempt limit.
 */
export const KILLS_AT_ONCE = 5;

/** The `::error` lines of a run, as the message of a failed exit-code check. */
export const errorLines = (run: ActionRun): string => run.stdout.split('\n').filter((l) => l.startsWith('::error')).join('\n');

/**
 * `fn` over `items`, `n` at a time. Each world is independent; a run spends most of its time in the
 * 1 s spacing GitHub asks between writes (adapters/policy.ts), so several overlap well on 2 cores.
 */
export async function inBatches<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += n) await Promise.all(items.slice(i, i + n).map(fn));
}

/**
 * The V8 settings both entries make before anything else loads (issue #21). The action runs
 * `node dist/index.js` with no flags, so they can only be set in-process; flags that size the heap
 * (--max-semi-space-size) have no effect once it exists, these two do.
 *
 * - The young generation keeps the size it starts with (--semi-space-growth-factor=1) instead of
 *   doubling up to 16 MiB semi-spaces while the planner keeps its commits (each survivor counts
 *   towards a doubling). `pyrelease plan --json` on 10,000 commits: peak RSS 102 → 83 MiB, CPU
 *   time within the noise (0.87 → 0.91 s, medians of 7 alternated; ADR 0006). V8 versions later
 *   than Node 20's hold that factor at 2 at least and keep their default.
 * - A function is optimised by TurboFan after 8× V8's default interrupt budget
 *   (--interrupt-budget=540672, 66 KiB of bytecode executed × 8). A run of pyrelease is short:
 *   at the default, TurboFan compiled on a background thread for functions the plan had nearly
 *   finished with, ~10 MiB of compiler memory at the peak. Same plan, medians of 7: peak RSS
 *   78 → 74 MiB, CPU 0.38 → 0.37 s; a plan of 100,000 commits (where optimising pays) 1.62 → 1.64 s
 *   (--no-opt instead: 68 MiB, but 1.98 s there).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--interrupt-budget=540672');

// npm run bench: every benchmark of the project, each printed as a table of ratios against a
// baseline measured in the same run. `npm run bench -- startup` runs one.
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStartup } from './startup.mjs';
import { benchPlanner } from './planner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benches = { startup: benchStartup, planner: benchPlanner };
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (only.length === 0 || only.includes(name)) await run(root);
}

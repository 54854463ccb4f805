// Cold start of the CLI (`pyrelease --help`) against a bare `node -e 0`, and the bundle sizes.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fmtMs, printTable, timeCommand } from './lib.mjs';

export async function benchStartup(root) {
  const node = timeCommand(process.execPath, ['-e', '0'], { runs: 21 });
  const help = timeCommand(process.execPath, [join(root, 'dist', 'cli.js'), '--help'], { runs: 21 });
  const size = (f) => statSync(join(root, 'dist', f)).size;
  const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
  printTable('Start-up and bundle (issue #4)', [
    { measure: 'pyrelease --help, median cold start', value: fmtMs(help.median), baseline: `node -e 0: ${fmtMs(node.median)}`, ratio: `${(help.median / node.median).toFixed(2)}×`, target: '< 150 ms', ok: help.median < 150 },
    { measure: 'dist/index.js size', value: mb(size('index.js')), target: '< 5 MB', ok: size('index.js') < 5 * 1024 * 1024 },
    { measure: 'dist/cli.js size', value: mb(size('cli.js')), target: '< 5 MB', ok: size('cli.js') < 5 * 1024 * 1024 },
  ]);
}

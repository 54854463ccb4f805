/**
 * The directory of test/harness/fast-venv/python3: first on PATH, `python3 -m venv DIR` makes a real
 * virtual environment without ensurepip (the interpreter's own pip linked in), every other call is
 * the next python3 on PATH. For suites whose subject is not Python's venv; the script says why.
 */
import { join } from 'node:path';
import { repoRoot } from './node-run.js';

export const fastVenvDir = join(repoRoot, 'test', 'harness', 'fast-venv');

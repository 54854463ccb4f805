/**
 * The package's own source, for tools that need targets when the project names none (mypy exits
 * 2 with "Missing target module, package, files, or command" otherwise). src layout: the
 * packages and modules under `src/`; flat layout: top-level packages and modules, leaving out
 * what setuptools' automatic discovery leaves out (tests, docs, examples, tools, build output,
 * environments, setup.py, conftest.py, noxfile.py…).
 */
export interface LayoutFacts {
  /** Entries at the project root. */
  root: LayoutEntry[];
  /** Entries of `src/`, when it exists. */
  src?: LayoutEntry[];
}

export interface LayoutEntry {
  name: string;
  kind: 'package' | 'directory' | 'module';
}

const FLAT_EXCLUDED_DIRS = new Set(['tests', 'test', 'docs', 'doc', 'examples', 'example', 'scripts', 'script', 'tools', 'benchmarks', 'bench', 'build', 'dist', 'site', 'venv', 'env', 'node_modules', 'tasks', 'fabfile', 'debian', 'rpm']);
const FLAT_EXCLUDED_MODULES = /^(setup|conftest|noxfile|tasks|fabfile|pavement|dodo|manage|test_.*|.*_test)\.pyi?$/;

export function sourceRoots(layout: LayoutFacts): string[] {
  if (layout.src) {
    const inSrc = layout.src.filter((e) => e.kind === 'package' || e.kind === 'module').map((e) => `src/${e.name}`);
    if (inSrc.length > 0) return inSrc.sort();
  }
  return layout.root
    .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('_'))
    .filter((e) => (e.kind === 'package' && !FLAT_EXCLUDED_DIRS.has(e.name)) || (e.kind === 'module' && !FLAT_EXCLUDED_MODULES.test(e.name)))
    .map((e) => e.name)
    .sort();
}

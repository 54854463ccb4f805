/**
 * What the installed-package check runs inside the fresh environment: a fixed Python program
 * (never built from input) that finds the distribution's top-level import names from its
 * metadata, imports them and prints one JSON line. Overridable import names are validated as
 * dotted identifiers before they reach the program's argv.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export const IMPORT_CHECK_PROGRAM = `
import importlib, importlib.metadata as md, json, sys
name, wanted = sys.argv[1], [m for m in sys.argv[2:] if m]
dist = md.distribution(name)
def top_level():
    text = dist.read_text("top_level.txt")
    if text:
        return [l.strip() for l in text.splitlines() if l.strip()]
    found = []
    for f in dist.files or []:
        parts = f.parts
        if not parts or parts[0].endswith((".dist-info", ".data")) or parts[0] == ".." or parts[0].startswith("__"):
            continue
        if len(parts) == 1 and parts[0].endswith(".py"):
            mod = parts[0][:-3]
        elif len(parts) > 1 and parts[1] == "__init__.py":
            mod = parts[0]
        else:
            continue
        if mod not in found:
            found.append(mod)
    return found
modules = wanted or top_level()
errors = {}
for m in modules:
    try:
        importlib.import_module(m)
    except Exception as e:
        errors[m] = "%s: %s" % (type(e).__name__, e)
print(json.dumps({"version": dist.version, "modules": modules, "errors": errors}))
`;

export interface ImportCheckResult {
  version: string;
  modules: string[];
  errors: Record<string, string>;
}

export function parseImportCheck(stdout: string): ImportCheckResult | undefined {
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    const v = JSON.parse(line) as Partial<ImportCheckResult>;
    if (typeof v.version === 'string' && Array.isArray(v.modules) && typeof v.errors === 'object' && v.errors !== null) return v as ImportCheckResult;
  } catch {
    // fall through
  }
  return undefined;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function parseImportNames(raw: string): string[] {
  const names = raw.split(/[\s,]+/).filter(Boolean);
  const bad = names.filter((n) => !IDENTIFIER.test(n));
  if (bad.length > 0) {
    throw new PyreleaseError('INPUT_BAD_IMPORT_NAME', `input 'import-name' has ${bad.map((b) => JSON.stringify(b)).join(', ')}, which ${bad.length > 1 ? 'are not module names' : 'is not a module name'}`, { key: 'import-name', fix: 'give the dotted module names to import, separated by spaces, e.g. import-name: demo_pkg' });
  }
  return names;
}

/**
 * JSONPath through jsonpath-plus, the library and default (safe) evaluator release-please uses:
 * every path it accepts is accepted here. A path it cannot evaluate throws there and stops
 * release-please; here it is one CONFIG_BAD_JSONPATH line naming the file.
 */
import { JSONPath } from 'jsonpath-plus';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface JsonPathMatch {
  value: unknown;
  parent: Record<string, unknown> | unknown[] | null;
  parentProperty: string | number | null;
  /** JSON pointer of the match ("" for the root), for updaters that edit text instead of data. */
  pointer: string;
}

export function queryJsonPath(data: unknown, path: string, file: string): JsonPathMatch[] {
  try {
    return JSONPath({ path, json: data as object, resultType: 'all' }) as JsonPathMatch[];
  } catch (e) {
    throw new PyreleaseError('CONFIG_BAD_JSONPATH', `${file}: jsonpath ${JSON.stringify(path)} cannot be evaluated: ${(e as Error).message}`, {
      file,
      key: 'jsonpath',
      fix: "write a JSONPath such as $.version, $.project.version or $.package[?(@.name=='my-pkg')].version",
    });
  }
}

/** "/a/b~1c/0" → ["a", "b/c", "0"]: pointer segments, unescaped. */
export function pointerSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function noMatch(file: string, what: string, path: string, fix: string): PyreleaseError {
  return new PyreleaseError('EXTRA_FILE_NO_MATCH', `${file}: ${what} ${JSON.stringify(path)} matches nothing in the file`, { file, key: what, fix });
}

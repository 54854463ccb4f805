/** The Python versions a project says it supports: its `Programming Language :: Python :: 3.X` classifiers. */
import { parse } from 'smol-toml';

export function versionsFromClassifiers(pyproject: string | undefined): string[] {
  if (!pyproject) return [];
  let classifiers: unknown;
  try {
    classifiers = ((parse(pyproject) as Record<string, unknown>).project as Record<string, unknown> | undefined)?.classifiers;
  } catch {
    return [];
  }
  if (!Array.isArray(classifiers)) return [];
  const versions = classifiers.map((c) => (typeof c === 'string' ? /^Programming Language :: Python :: (3\.\d+)$/.exec(c.trim())?.[1] : undefined)).filter((v): v is string => v !== undefined);
  return [...new Set(versions)].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

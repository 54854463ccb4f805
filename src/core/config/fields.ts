/** Typed readers for config values; each records a problem naming file, key and fix instead of throwing. */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { ChangelogSection, ExtraFile, ExtraFileType } from './types.js';

export class FieldReader {
  readonly problems: PyreleaseError[] = [];
  constructor(readonly file: string) {}

  private wrong(key: string, expected: string, got: unknown, fix: string): undefined {
    this.problems.push(
      new PyreleaseError('CONFIG_WRONG_TYPE', `${this.file}: ${key} must be ${expected}, got ${describe(got)}`, { file: this.file, key, fix }),
    );
    return undefined;
  }

  problem(code: string, key: string, message: string, fix: string): void {
    this.problems.push(new PyreleaseError(code, `${this.file}: ${key} ${message}`, { file: this.file, key, fix }));
  }

  boolean(obj: Record<string, unknown>, name: string, at: string): boolean | undefined {
    const v = obj[name];
    if (v === undefined || typeof v === 'boolean') return v;
    return this.wrong(at, 'true or false', v, `write ${JSON.stringify(name)}: ${v === 'true' || v === 'yes' ? 'true' : 'false'} (no quotes)`);
  }

  string(obj: Record<string, unknown>, name: string, at: string): string | undefined {
    const v = obj[name];
    if (v === undefined || typeof v === 'string') return v;
    return this.wrong(at, 'a string', v, `write ${JSON.stringify(name)}: "${typeof v === 'number' ? v : '…'}" in quotes`);
  }

  integer(obj: Record<string, unknown>, name: string, at: string): number | undefined {
    const v = obj[name];
    if (v === undefined || (typeof v === 'number' && Number.isInteger(v) && v > 0)) return v as number | undefined;
    return this.wrong(at, 'a positive whole number', v, `write ${JSON.stringify(name)}: 500`);
  }

  stringList(obj: Record<string, unknown>, name: string, at: string): string[] | undefined {
    const v = obj[name];
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    return this.wrong(at, 'a list of strings', v, `write ${JSON.stringify(name)}: ["path/one", "path/two"]`);
  }

  /** release-please takes labels as one comma-separated string. */
  labels(obj: Record<string, unknown>, name: string): string[] | undefined {
    const v = this.string(obj, name, name);
    return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  }

  sections(obj: Record<string, unknown>, name: string, at: string): ChangelogSection[] | undefined {
    const v = obj[name];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return this.wrong(at, 'a list of {"type", "section", "hidden"} objects', v, 'see release-please\'s changelog-sections documentation');
    const out: ChangelogSection[] = [];
    v.forEach((s: unknown, i) => {
      const rec = asRecord(s);
      if (!rec || typeof rec.type !== 'string' || typeof rec.section !== 'string') {
        this.wrong(`${at}[${i}]`, 'an object with string "type" and "section"', s, 'write {"type": "feat", "section": "Features"}');
        return;
      }
      if (rec.hidden !== undefined && typeof rec.hidden !== 'boolean') {
        this.wrong(`${at}[${i}].hidden`, 'true or false', rec.hidden, 'write "hidden": true');
        return;
      }
      const section: ChangelogSection = { type: rec.type, section: rec.section };
      if (rec.hidden !== undefined) section.hidden = rec.hidden as boolean;
      if (typeof rec.scope === 'string') section.scope = rec.scope;
      out.push(section);
    });
    return out;
  }

  extraFiles(obj: Record<string, unknown>, name: string, at: string): ExtraFile[] | undefined {
    const v = obj[name];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return this.wrong(at, 'a list', v, 'write "extra-files": ["path/to/file"]');
    const types: ExtraFileType[] = ['generic', 'json', 'yaml', 'toml', 'xml', 'pom'];
    const out: ExtraFile[] = [];
    v.forEach((f: unknown, i) => {
      if (typeof f === 'string') return void out.push(f);
      const rec = asRecord(f);
      if (!rec || typeof rec.path !== 'string' || !types.includes(rec.type as ExtraFileType)) {
        this.wrong(`${at}[${i}]`, `a path or {"type": ${types.join('|')}, "path": …}`, f, 'write {"type": "toml", "path": "pyproject.toml", "jsonpath": "$.project.version"}');
        return;
      }
      const type = rec.type as ExtraFileType;
      if ((type === 'json' || type === 'yaml' || type === 'toml') && typeof rec.jsonpath !== 'string') {
        this.problem('CONFIG_MISSING_JSONPATH', `${at}[${i}]`, `of type ${type} needs a "jsonpath"`, 'add "jsonpath": "$.version" (or the path to your version key)');
        return;
      }
      const entry: ExtraFile = { type, path: rec.path };
      if (typeof rec.jsonpath === 'string') entry.jsonpath = rec.jsonpath;
      if (typeof rec.xpath === 'string') entry.xpath = rec.xpath;
      if (typeof rec.glob === 'boolean') entry.glob = rec.glob;
      out.push(entry);
    });
    return out;
  }
}

export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/**
 * One layer of package options: the top level of the config (defaults for every package) or one
 * entry of `packages`. Each value is type-checked where it is written, so a wrong top-level
 * default is reported once at its own key, not once per package that inherits it.
 */
import { readChangelogSections } from './changelog-sections.js';
import { readExtraFiles } from './extra-files.js';
import { readPlugins } from './plugins.js';
import type { ConfigFindings } from './findings.js';
import type { KeyPath } from './json-text.js';
import { packageOptionKinds, type PackageOptionKey, type ValueKind } from './keys.js';
import { readBoolean, readCount, readLabels, readPaths, readString } from './values.js';

export interface OptionValue {
  value: unknown;
  /** Where it is written, so later checks on the merged value point at the right key. */
  path: KeyPath;
}

export type OptionLayer<K extends string = PackageOptionKey> = ReadonlyMap<K, OptionValue>;

export function readOptionLayer(f: ConfigFindings, obj: Record<string, unknown>, base: KeyPath): OptionLayer {
  const layer = new Map<PackageOptionKey, OptionValue>();
  for (const [key, kind] of Object.entries(packageOptionKinds) as [PackageOptionKey, ValueKind][]) {
    if (obj[key] === undefined) continue;
    const path = [...base, key];
    const value = readValue(f, kind, obj[key], path);
    if (value !== undefined) layer.set(key, { value, path });
  }
  return layer;
}

export function readValue(f: ConfigFindings, kind: ValueKind, v: unknown, path: KeyPath, countDefault = 1): unknown {
  switch (kind) {
    case 'boolean':
      return readBoolean(f, v, path);
    case 'string':
      return readString(f, v, path);
    case 'count':
      return readCount(f, v, path, countDefault);
    case 'paths':
      return readPaths(f, v, path);
    case 'labels':
      return readLabels(f, v, path);
    case 'sections':
      return readChangelogSections(f, v, path);
    case 'extra-files':
      return readExtraFiles(f, v, path);
    case 'plugins':
      return readPlugins(f, v, path);
  }
}

/** A package's own value wins over the top-level default (release-please's mergeReleaserConfig). */
export function mergeLayers(own: OptionLayer, inherited: OptionLayer): OptionLayer {
  return new Map([...inherited, ...own]);
}

/** Typed access to checked values; the readers above already checked each kind. */
export class Options<K extends string = PackageOptionKey> {
  constructor(readonly layer: OptionLayer<K>) {}

  path(key: K): KeyPath {
    return this.layer.get(key)?.path ?? [key];
  }
  value(key: K): unknown {
    return this.layer.get(key)?.value;
  }
  string(key: K): string | undefined {
    const v = this.value(key);
    return typeof v === 'string' ? v : undefined;
  }
  boolean(key: K): boolean | undefined {
    const v = this.value(key);
    return typeof v === 'boolean' ? v : undefined;
  }
  number(key: K): number | undefined {
    const v = this.value(key);
    return typeof v === 'number' ? v : undefined;
  }
  list<T>(key: K): T[] | undefined {
    const v = this.value(key);
    return Array.isArray(v) ? (v as T[]) : undefined;
  }
}

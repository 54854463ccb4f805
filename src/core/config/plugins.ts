/**
 * plugins (top level only, as release-please reads them): a list of plugin type names or
 * {"type": …, …options} objects. `sentence-case`, `linked-versions` and `group-priority` apply to
 * Python packages and are applied (core/plan.ts, core/plan-manifest.ts); the workspace plugins
 * of other languages are refused by name, and a type release-please does not know is refused as
 * release-please refuses it ("Unknown plugin type").
 */
import type { ConfigFindings } from './findings.js';
import type { KeyPath } from './json-text.js';
import { asRecord } from '../records.js';
import type { PluginConfig } from './types.js';

/** What each monorepo plugin does in release-please, for the refusal. */
const MONOREPO: Readonly<Record<string, string>> = {
  'node-workspace': 'bumps npm workspace packages that depend on each other',
  'cargo-workspace': 'bumps Cargo workspace crates that depend on each other',
  'maven-workspace': 'bumps Maven modules that depend on each other',
  // Not a plugin type release-please accepts ("Unknown plugin type: merge"): it applies its merge
  // plugin itself when separate-pull-requests is false. Named here because configs try it.
  merge: 'groups the release PRs of several packages into one (release-please applies it itself with "separate-pull-requests": false, and refuses it in plugins)',
};
const SENTENCE_CASE_KEYS = new Set(['type', 'specialWords']);

export function readPlugins(f: ConfigFindings, v: unknown, path: KeyPath): PluginConfig[] | undefined {
  if (!Array.isArray(v)) return f.wrongType(path, 'a list of plugin names or {"type": …} objects', v, 'write "plugins": ["sentence-case"]');
  const before = f.count;
  const plugins: PluginConfig[] = [];
  v.forEach((item: unknown, i) => {
    const at = [...path, i];
    const rec = asRecord(item);
    const type = typeof item === 'string' ? item : rec?.type;
    if (typeof item !== 'string' && !rec) return void f.wrongType(at, 'a plugin name or a {"type": …} object', item, 'write "sentence-case" or {"type": "sentence-case", "specialWords": ["gRPC", "npm"]}');
    if (typeof type !== 'string') return void f.problem('CONFIG_MISSING_KEY', at, 'has no "type"', 'add "type": "sentence-case" to this entry (the only plugin that applies to one Python package)');
    const typeAt = typeof item === 'string' ? at : [...at, 'type'];
    if (Object.hasOwn(MONOREPO, type)) {
      return void f.problem('CONFIG_MONOREPO_PLUGIN', typeAt, `is "${type}", a workspace plugin that ${MONOREPO[type]}; pyrelease releases Python packages`, `remove "${type}" from plugins (release that workspace with release-please-action itself)`);
    }
    if (type === 'linked-versions' || type === 'group-priority') {
      const read = readGroupPlugin(f, type, rec, at);
      if (read) plugins.push(read);
      return;
    }
    if (type !== 'sentence-case') {
      return void f.problem('CONFIG_UNKNOWN_PLUGIN', typeAt, `is "${type}", a plugin type release-please does not know (it stops with "Unknown plugin type: ${type}")`, 'check the spelling, or remove it; for one Python package only "sentence-case" changes the release PR');
    }
    const plugin: PluginConfig = { type };
    if (rec) {
      for (const key of Object.keys(rec)) if (!SENTENCE_CASE_KEYS.has(key)) f.unknown([...at, key]);
      const words = rec.specialWords;
      if (words !== undefined) {
        if (Array.isArray(words) && words.every((w) => typeof w === 'string')) plugin.specialWords = words;
        else f.wrongType([...at, 'specialWords'], 'a list of words', words, 'write "specialWords": ["gRPC", "npm"] — the words whose case is kept');
      }
    }
    plugins.push(plugin);
  });
  return f.count === before ? plugins : undefined;
}

/** linked-versions {groupName, components, merge?} and group-priority {groups}, as release-please's plugin factory reads them. */
function readGroupPlugin(f: ConfigFindings, type: 'linked-versions' | 'group-priority', rec: Record<string, unknown> | undefined, at: KeyPath): PluginConfig | undefined {
  const strings = (key: string, example: string): string[] | undefined => {
    const v = rec?.[key];
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v;
    if (v === undefined) return void f.problem('CONFIG_MISSING_KEY', at, `has no "${key}"`, `add "${key}": ${example}`);
    return void f.wrongType([...at, key], 'a list of names', v, `write "${key}": ${example}`);
  };
  if (type === 'group-priority') {
    const groups = strings('groups', '["snapshot"]');
    return groups && { type, groups };
  }
  const groupName = rec?.groupName;
  if (typeof groupName !== 'string' || groupName === '') return void f.problem('CONFIG_MISSING_KEY', at, 'has no "groupName"', 'add "groupName": "my-group" (it names the group\'s branch and PR title)');
  const components = strings('components', '["core", "cli"]');
  const merge = rec?.merge;
  if (merge !== undefined && typeof merge !== 'boolean') return void f.wrongType([...at, 'merge'], 'true or false', merge, 'write "merge": false, or remove it for true');
  return components && { type, groupName, components, merge: merge ?? true };
}

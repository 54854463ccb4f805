/** plugins: sentence-case is read with its options; monorepo and unknown types are refused by name, with line and column. */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { PyreleaseErrors, type PyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { renderErrorLine } from '../../../src/errors/render.js';

const FILE = '.release-please-config.json';
const parse = (plugins: unknown, pkg: Record<string, unknown> = {}) => parseReleaseConfig(JSON.stringify({ plugins, packages: { '.': { 'release-type': 'python', ...pkg } } }, null, 2), FILE);

function problems(plugins: unknown): PyreleaseError[] {
  try {
    parse(plugins);
  } catch (e) {
    if (e instanceof PyreleaseErrors) return e.problems;
    throw e;
  }
  throw new Error('expected the config to be refused');
}

describe('plugins', () => {
  it('reads sentence-case by name and as an object with specialWords', () => {
    expect(parse(['sentence-case', { type: 'sentence-case', specialWords: ['gRPC', 'PyPI'] }]).config.plugins).toEqual([{ type: 'sentence-case' }, { type: 'sentence-case', specialWords: ['gRPC', 'PyPI'] }]);
  });

  it('reads linked-versions and group-priority as release-please\'s plugin factory does', () => {
    expect(parse([{ type: 'linked-versions', groupName: 'libs', components: ['core', 'cli'] }, { type: 'linked-versions', groupName: 'b', components: ['x'], merge: false }, { type: 'group-priority', groups: ['snapshot'] }]).config.plugins).toEqual([
      { type: 'linked-versions', groupName: 'libs', components: ['core', 'cli'], merge: true },
      { type: 'linked-versions', groupName: 'b', components: ['x'], merge: false },
      { type: 'group-priority', groups: ['snapshot'] },
    ]);
    expect(problems([{ type: 'linked-versions', components: ['a'] }, { type: 'linked-versions', groupName: 'g', components: 'a' }, 'group-priority']).map((p) => p.code)).toEqual(['CONFIG_MISSING_KEY', 'CONFIG_WRONG_TYPE', 'CONFIG_MISSING_KEY']);
  });

  it.each(['node-workspace', 'cargo-workspace', 'maven-workspace', 'merge'])('refuses the workspace plugin %s of other languages by name', (type) => {
    const [p, ...rest] = problems([{ type, groupName: 'x', components: ['a'] }]);
    expect(rest).toEqual([]);
    expect(p!.code).toBe('CONFIG_MONOREPO_PLUGIN');
    expect(p!.details).toMatchObject({ file: FILE, key: '"plugins"[0]."type"', line: 4, column: 7 });
    expect(p!.message).toContain(`"plugins"[0]."type" is "${type}", a workspace plugin that`);
  });

  it('refuses a type release-please does not know, as one line with the code', () => {
    const [p] = problems(['sentence_case']);
    expect(renderErrorLine(p!)).toBe(`${FILE}:3:5: "plugins"[0] is "sentence_case", a plugin type release-please does not know (it stops with "Unknown plugin type: sentence_case") — fix: check the spelling, or remove it; for one Python package only "sentence-case" changes the release PR [CONFIG_UNKNOWN_PLUGIN]`);
  });

  it('reports every bad entry at once', () => {
    expect(problems(['node-workspace', 'nonsense', { specialWords: [] }, { type: 'sentence-case', specialWords: 'npm' }]).map((p) => p.code)).toEqual(['CONFIG_MONOREPO_PLUGIN', 'CONFIG_UNKNOWN_PLUGIN', 'CONFIG_MISSING_KEY', 'CONFIG_WRONG_TYPE']);
  });

  it('is a top-level key: inside a package release-please ignores it, and the warning says so', () => {
    const { config, warnings } = parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python', plugins: ['sentence-case'] } } }), FILE);
    expect(config.plugins).toEqual([]);
    expect(warnings.join('\n')).toContain('packages."."."plugins" (read only at the top level, not inside a package)');
  });
});

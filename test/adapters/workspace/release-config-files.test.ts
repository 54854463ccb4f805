/** The release config as the stages get it, in release-please-action's manifest-less mode (release-type): from the inputs, a config file ignored. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReleaseConfig, locateProject } from '../../../src/adapters/workspace/release-config-files.js';
import type { ManifestLessInputs } from '../../../src/core/config/manifest-less.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-files-'));
  mkdirSync(join(dir, 'pkgs', 'widget'), { recursive: true });
  // A config naming another package: with release-type it must not decide anything.
  writeFileSync(join(dir, '.release-please-config.json'), '{"packages": {"pkgs/other": {"release-type": "python", "component": "other"}}}\n');
  return dir;
}
const inputs: ManifestLessInputs = { releaseType: 'python', path: 'pkgs/widget', includeComponentInTag: true, releaseAs: '2.0.0' };

describe('release-type (manifest-less): the config the inputs make', () => {
  it('one package at path, the inputs\' options, release-please\'s defaults for the rest; no manifest; the config file left unread', () => {
    const dir = workspace();
    const loaded = loadReleaseConfig(dir, undefined, '.release-please-manifest.json', 'pkgs/widget', inputs);
    expect(loaded).toMatchObject({ projectDir: join(dir, 'pkgs', 'widget'), manifest: {}, configFile: "input 'release-type'", manifestLess: true, warnings: [] });
    expect(loaded.config.packages).toHaveLength(1);
    expect(loaded.config.packages[0]).toMatchObject({ path: 'pkgs/widget', releaseType: 'python', includeComponentInTag: true, releaseAs: '2.0.0', includeVInTag: true, tagSeparator: '-', changelogPath: 'CHANGELOG.md', versioning: 'default' });
    expect(locateProject(dir, undefined, 'pkgs/widget', inputs)).toEqual({ projectDir: join(dir, 'pkgs', 'widget') });
  });

  it('a path that is not a directory: one line naming the path input', () => {
    expect(() => loadReleaseConfig(workspace(), undefined, '.release-please-manifest.json', 'pkgs/none', { ...inputs, path: 'pkgs/none' })).toThrow(expect.objectContaining({ code: 'CONFIG_PACKAGE_PATH_MISSING', message: 'input \'path\' "pkgs/none" names a directory that does not exist in working-directory' }));
  });
});

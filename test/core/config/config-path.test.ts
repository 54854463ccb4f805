/** Which config file is read: named, else pyrelease's dotted name, else release-please's own. */
import { describe, expect, it } from 'vitest';
import { resolveConfigPath } from '../../../src/core/config/config-path.js';

const existing = (...paths: string[]) => (p: string) => paths.includes(p);

describe('resolveConfigPath', () => {
  it('reads the named file when it exists, and only that one', () => {
    expect(resolveConfigPath('ci/rp.json', existing('ci/rp.json', '.release-please-config.json'))).toEqual({ found: true, file: 'ci/rp.json' });
  });
  it('reports a named file that is missing, never falling back to another', () => {
    expect(resolveConfigPath('ci/rp.json', existing('.release-please-config.json'))).toMatchObject({ found: false, file: 'ci/rp.json' });
  });
  it('prefers .release-please-config.json, then release-please-config.json', () => {
    expect(resolveConfigPath(undefined, existing('.release-please-config.json'))).toEqual({ found: true, file: '.release-please-config.json' });
    expect(resolveConfigPath(undefined, existing('release-please-config.json'))).toEqual({ found: true, file: 'release-please-config.json' });
    expect(resolveConfigPath('', existing('release-please-config.json'))).toEqual({ found: true, file: 'release-please-config.json' });
  });
  it('warns when both exist, since release-please-action would read the other one', () => {
    const choice = resolveConfigPath(undefined, existing('.release-please-config.json', 'release-please-config.json'));
    expect(choice).toEqual({
      found: true,
      file: '.release-please-config.json',
      warning: 'both .release-please-config.json and release-please-config.json exist; pyrelease reads .release-please-config.json, release-please-action reads release-please-config.json — delete one, or name it with config-file',
    });
  });
  it('names what to create when neither exists', () => {
    expect(resolveConfigPath(undefined, existing())).toEqual({
      found: false,
      file: '.release-please-config.json',
      fix: 'create .release-please-config.json (or release-please-config.json) with {"packages": {".": {"release-type": "python"}}}, or name yours with the config-file input',
    });
  });
});

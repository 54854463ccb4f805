/** release-please-action's outputs object → the releases it names (the releases input, and our own release stage's outputs). */
import { describe, expect, it } from 'vitest';
import { releasedPaths } from '../../../src/core/publish/released-paths.js';
import { readHandoff, selectPathRelease } from '../../../src/settings/handoff.js';

const SHA = 'a'.repeat(40);
// As release-please-action v4 sets them for two paths (outputs are strings; toJSON keeps them so).
const outputs = {
  releases_created: 'true',
  paths_released: '["packages/core","."]',
  'packages/core--release_created': 'true',
  'packages/core--tag_name': 'core-v1.2.0',
  'packages/core--version': '1.2.0',
  'packages/core--sha': SHA,
  release_created: 'true',
  tag_name: 'v0.4.0',
};

describe('releasedPaths', () => {
  it('reads each released path in the order of paths_released, the root under the plain names', () => {
    expect(releasedPaths(outputs)).toEqual({ ok: true, releases: [{ path: 'packages/core', tagName: 'core-v1.2.0', version: '1.2.0', sha: SHA }, { path: '.', tagName: 'v0.4.0' }] });
    expect(releasedPaths({ paths_released: '[]' })).toEqual({ ok: true, releases: [] });
  });

  it('names what is missing', () => {
    expect(releasedPaths({})).toEqual({ ok: false, problem: 'has no paths_released holding a JSON list of paths' });
    expect(releasedPaths({ paths_released: '["pkg"]', 'pkg--release_created': 'true' })).toEqual({ ok: false, problem: 'has no pkg--tag_name for the released path "pkg"' });
  });
});

describe('the releases input', () => {
  const input = (value: string) => readHandoff((name) => (name === 'releases' ? value : ''));

  it('hands over every path, and a matrix step (path:) takes its own', () => {
    const handoff = input(JSON.stringify(outputs));
    expect(handoff.releases).toHaveLength(2);
    expect(selectPathRelease(handoff, 'packages/core').release).toEqual({ releaseCreated: true, tagName: 'core-v1.2.0', version: '1.2.0', sha: SHA });
    expect(selectPathRelease(handoff, 'packages/cli').release).toEqual({ releaseCreated: false });
  });

  it('refuses what is not the outputs object, or a value not passed through unchanged', () => {
    expect(() => input('[1]')).toThrow("input 'releases' must be the release job's outputs as a JSON object");
    expect(() => input('{"releases_created":"true"}')).toThrow("input 'releases' has no paths_released");
    expect(() => input(JSON.stringify({ ...outputs, 'packages/core--sha': 'abc' }))).toThrow('a full commit sha for "packages/core"');
  });
});

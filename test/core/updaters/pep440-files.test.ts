/** versioning: pep440 — every file release-please updates for Python finds the old PEP 440 version whole and writes the new one. */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { planFileUpdates } from '../../../src/core/updaters/index.js';
import { structuredFileUpdaters } from '../../../src/core/updaters/structured-files.js';

const files: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "widget"\nversion = "1.3.0rc1"\n',
  'setup.cfg': '[metadata]\nname = widget\nversion = 1.3.0rc1\n',
  'setup.py': 'setup(name="widget", version="1.3.0rc1")\n',
  'src/widget/__init__.py': '__version__ = "1.3.0rc1"\n',
  'package.json': '{\n  "name": "widget-docs",\n  "version": "1.3.0rc1"\n}\n',
  'docs/conf.py': 'release = "1.3.0rc1"  # x-release-please-version\n',
};

function plan(versioning: string | undefined, version: string) {
  const { config } = parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python', ...(versioning ? { versioning } : {}), 'skip-changelog': true, 'extra-files': ['package.json', 'docs/conf.py'] } } }), 'cfg.json');
  return planFileUpdates({
    pkg: config.packages[0]!, version, date: '2026-11-30', changelogEntry: '', commits: [], sections: [], repositoryUrl: 'https://github.com/acme/widget',
    manifest: { path: '.release-please-manifest.json', content: '{\n  ".": "1.3.0rc1"\n}\n' },
    readFile: (p) => files[p], treePaths: Object.keys(files), fileFormats: structuredFileUpdaters,
  }).files;
}

describe('file updates under versioning: pep440', () => {
  it('replaces 1.3.0rc1 whole with 1.3.0rc2 in every file', () => {
    const out = plan('pep440', '1.3.0rc2');
    expect(out['pyproject.toml']).toBe('[project]\nname = "widget"\nversion = "1.3.0rc2"\n');
    expect(out['setup.cfg']).toBe('[metadata]\nname = widget\nversion = 1.3.0rc2\n');
    expect(out['setup.py']).toBe('setup(name="widget", version="1.3.0rc2")\n');
    expect(out['src/widget/__init__.py']).toBe('__version__ = "1.3.0rc2"\n');
    expect(JSON.parse(out['package.json']!).version).toBe('1.3.0rc2');
    expect(out['docs/conf.py']).toBe('release = "1.3.0rc2"  # x-release-please-version\n');
    expect(JSON.parse(out['.release-please-manifest.json']!)).toEqual({ '.': '1.3.0rc2' });
  });

  it('the final release drops the suffix everywhere', () => {
    const out = plan('pep440', '1.3.0');
    expect(Object.entries(out).filter(([, c]) => c.includes('rc'))).toEqual([]);
    expect(out['setup.py']).toBe('setup(name="widget", version="1.3.0")\n');
  });

  it('without it, release-please\'s patterns stop at 1.3.0 and leave the suffix behind (as release-please does)', () => {
    const out = plan(undefined, '1.3.1');
    expect(out['docs/conf.py']).toBe('release = "1.3.1rc1"  # x-release-please-version\n');
    expect(out['setup.py']).toBeUndefined();
  });
});

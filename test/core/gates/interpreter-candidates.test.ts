/** Where each runner OS keeps a Python version (actions/setup-python's layout), tested by resolution only. */
import { describe, expect, it } from 'vitest';
import { interpreterCandidates, versionMatches } from '../../../src/core/gates/interpreter-candidates.js';

const none = { projectEnvironments: [], toolCacheVersions: [] };

describe('interpreter candidates', () => {
  it('Linux: pythonX.Y on PATH, then the tool cache, newest patch first', () => {
    const c = interpreterCandidates('3.12', { ...none, platform: 'linux', toolCache: '/opt/hostedtoolcache', toolCacheVersions: ['3.11.9', '3.12.4', '3.12.10'], toolCacheArch: 'x64' });
    expect(c.map((x) => [x.program, ...x.args].join(' '))).toEqual(['python3.12', '/opt/hostedtoolcache/Python/3.12.10/x64/bin/python3.12', '/opt/hostedtoolcache/Python/3.12.4/x64/bin/python3.12']);
  });

  it('macOS: the same layout, arm64 runners', () => {
    const c = interpreterCandidates('3.13', { ...none, platform: 'darwin', toolCache: '/Users/runner/hostedtoolcache', toolCacheVersions: ['3.13.1'], toolCacheArch: 'arm64' });
    expect(c.map((x) => x.program)).toEqual(['python3.13', '/Users/runner/hostedtoolcache/Python/3.13.1/arm64/bin/python3.13']);
  });

  it('Windows: the py launcher, then python.exe in the tool cache (no versioned names, Scripts\\ not bin/)', () => {
    const c = interpreterCandidates('3.11', { platform: 'win32', projectEnvironments: ['C:\\a\\proj\\.venv'], toolCache: 'C:\\hostedtoolcache\\windows', toolCacheVersions: ['3.11.9'], toolCacheArch: 'x64' });
    expect(c.map((x) => [x.program, ...x.args].join(' '))).toEqual(['C:\\a\\proj\\.venv\\Scripts\\python.exe', 'py -3.11', 'C:\\hostedtoolcache\\windows\\Python\\3.11.9\\x64\\python.exe']);
  });

  it('no version asked: the project environment, then the runner default (python3 / python; python / py -3 on Windows)', () => {
    expect(interpreterCandidates(undefined, { ...none, platform: 'linux', projectEnvironments: ['/w/p/.venv'] }).map((x) => x.program)).toEqual(['/w/p/.venv/bin/python', 'python3', 'python']);
    expect(interpreterCandidates(undefined, { ...none, platform: 'win32' }).map((x) => [x.program, ...x.args].join(' '))).toEqual(['python', 'py -3']);
  });

  it('a candidate counts only when its real version answers the request', () => {
    expect(versionMatches('3.12', '3.12.1')).toBe(true);
    expect(versionMatches('3.1', '3.12.1')).toBe(false);
    expect(versionMatches('3.12.1', '3.12.1')).toBe(true);
    expect(versionMatches('3.13t', '3.13.0')).toBe(true);
    expect(versionMatches(undefined, '3.11.7')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { planFileUpdates } from '../../../src/core/updaters/index.js';
import { updateUvLock } from '../../../src/core/updaters/uv-lock.js';

// The shape uv 0.9 writes for a project with one dependency (hand-written: uv has no package here).
const LOCK = `version = 1
revision = 3
requires-python = ">=3.9"

[[package]]
name = "demo-pkg"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "requests" },
]

[package.metadata]
requires-dist = [{ name = "requests", specifier = ">=2" }]

[[package]]
name = "requests"
version = "2.32.3"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/63/70/2bf7780ad2d390a8d301ad0b550f1581eadbd9a20f896afe06353c2a2913/requests-2.32.3.tar.gz", hash = "sha256:55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760", size = 131218, upload-time = "2024-05-29T15:37:49.536Z" }
wheels = [
    { url = "https://files.pythonhosted.org/packages/f9/9b/335f9764261e915ed497fcdeb11df5dfd6f7bf257d4a6a2a686d80da4d54/requests-2.32.3-py3-none-any.whl", hash = "sha256:70761cfe03c773ceb22aa2f671b4757976145ab7e", size = 64928, upload-time = "2024-05-29T15:37:47.027Z" },
]
`;

describe('uv.lock', () => {
  it('bumps only the project entry; every other byte stays', () => {
    const r = updateUvLock(LOCK, 'Demo_Pkg', '0.2.0');
    expect(r.warning).toBeUndefined();
    expect(r.content).toBe(LOCK.replace('name = "demo-pkg"\nversion = "0.1.0"', 'name = "demo-pkg"\nversion = "0.2.0"'));
    expect(r.content).toContain('name = "requests"\nversion = "2.32.3"');
  });

  it('writes PEP 440 as uv does, keeps CRLF, and never touches a dependency that shares the name', () => {
    expect(updateUvLock(LOCK, 'demo-pkg', '1.0.0-rc.1').content).toContain('version = "1.0.0rc1"');
    const crlf = LOCK.replace(/\n/g, '\r\n');
    expect(updateUvLock(crlf, 'demo-pkg', '0.2.0').content).toBe(crlf.replace('version = "0.1.0"', 'version = "0.2.0"'));
    const r = updateUvLock(LOCK, 'requests', '9.9.9');
    expect(r.content).toBe(LOCK);
    expect(r.warning).toMatch(/no \[\[package\]\] entry for requests \(the project itself\)/);
  });

  it('is part of the release PR when the repository has one', () => {
    const files: Record<string, string> = { 'pyproject.toml': '[project]\nname = "demo-pkg"\nversion = "0.1.0"\n', 'uv.lock': LOCK };
    const out = planFileUpdates({
      pkg: { path: '.', releaseType: 'python', component: '', changelogPath: 'CHANGELOG.md', extraFiles: [], skipChangelog: true } as never,
      version: '0.2.0', date: '2026-11-30', changelogEntry: '', commits: [], sections: [], repositoryUrl: 'https://github.com/acme/widget',
      manifest: { path: '.release-please-manifest.json', content: '{".": "0.1.0"}\n' },
      readFile: (p) => files[p], treePaths: Object.keys(files),
    });
    expect(out.files['uv.lock']).toContain('name = "demo-pkg"\nversion = "0.2.0"');
    expect(out.files['pyproject.toml']).toContain('version = "0.2.0"');
  });
});

describe('uv.lock of a workspace', () => {
  const WS = `version = 1

[[package]]
name = "cli"
version = "0.3.0"
source = { editable = "packages/cli" }
dependencies = [
    { name = "core" },
]

[package.metadata]
requires-dist = [{ name = "core", editable = "packages/core", specifier = ">=1.0, <1.1" }, { name = "click", specifier = ">=8" }]

[[package]]
name = "core"
version = "1.0.0"
source = { editable = "packages/core" }
`;
  it("edits the member named by its directory, and the requires-dist specifiers its release rewrote, in uv's spelling", () => {
    const r = updateUvLock(WS, 'cli', '0.3.1', { memberPath: 'packages/cli', specifiers: [{ name: 'core', specifier: '>=1.0,<1.2' }] });
    expect(r.content).toBe(WS.replace('version = "0.3.0"', 'version = "0.3.1"').replace('specifier = ">=1.0, <1.1"', 'specifier = ">=1.0, <1.2"'));
    // The root project's entry is not a member's: "." does not match packages/core.
    expect(updateUvLock(WS, 'core', '1.1.0').warning).toMatch(/no \[\[package\]\] entry for core/);
  });
});

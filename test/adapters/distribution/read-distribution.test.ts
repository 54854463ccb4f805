/** Real wheels and sdists from hatchling, read back by the zip and tar readers. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDistribution } from '../../../src/adapters/distribution/read-distribution.js';
import { readTarGzEntry } from '../../../src/adapters/distribution/tar-entry.js';
import { readZipEntry } from '../../../src/adapters/distribution/zip-entry.js';
import { buildDemo } from '../../harness/built-demo.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';

const missing = missingTools(['build', 'hatchling']);

describe.skipIf(missing.length > 0)(`reading built distributions${missing.length ? ` (skipped: ${missingToolsReason(missing)})` : ''}`, () => {
  it('finds METADATA in the wheel and PKG-INFO in the sdist, and hashes the exact bytes', async () => {
    const built = buildDemo();
    for (const path of [built.wheel, built.sdist]) {
      const d = await readDistribution(path);
      expect(d.metadataText).toMatch(/^Metadata-Version: \d\.\d+\nName: demo-pkg\nVersion: 0\.1\.0\n/);
      expect(d.metadataText).toContain('Requires-Python: >=3.9');
      expect(d.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
      expect(d.size).toBe(readFileSync(path).length);
    }
  });

  it('reads other members too, and says when a member is absent', async () => {
    const built = buildDemo();
    expect(readZipEntry(readFileSync(built.wheel), (p) => p === 'demo_pkg/__init__.py')?.toString()).toMatch(/__version__ = "0.1.0"/);
    expect(readZipEntry(readFileSync(built.wheel), (p) => p === 'nope')).toBeUndefined();
    expect((await readTarGzEntry(readFileSync(built.sdist), (p) => p.endsWith('/pyproject.toml')))?.toString()).toMatch(/name = "demo-pkg"/);
  });

  it('rebuilding from the same commit time gives the same bytes (re-runs converge on the index)', async () => {
    const a = (await readDistribution(buildDemo().wheel)).sha256;
    const b = (await readDistribution(buildDemo('0.1.0').wheel)).sha256;
    expect(b).toBe(a);
  });
});

describe('damaged archives', () => {
  it('are reported, not misread', async () => {
    expect(() => readZipEntry(Buffer.from('not a zip at all, just text that is long enough'), () => true)).toThrow(/not a zip archive/);
    await expect(readTarGzEntry(Buffer.from('nope'), () => true)).rejects.toThrow();
    expect(await readTarGzEntry(gzipSync(Buffer.alloc(1024)), () => true)).toBeUndefined();
  });
});

/**
 * Archives of the sizes real projects publish (issue #19): a zip64 wheel — more than 65 535
 * members, so the classic end record says 0xFFFF and only the zip64 one holds the count — and an
 * sdist whose PKG-INFO comes after a large member. Both are written by Python's own zipfile and
 * tarfile, as build backends write them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDistribution } from '../../../src/adapters/distribution/read-distribution.js';

const python = (code: string, ...args: string[]) => execFileSync('/usr/bin/python3', ['-c', code, ...args], { env: { PATH: '/usr/bin:/bin' }, stdio: 'pipe' });
const METADATA = 'Metadata-Version: 2.1\nName: big-pkg\nVersion: 1.0\n';

describe('large distributions', () => {
  it('reads METADATA from a zip64 wheel (65 540 members, METADATA last)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zip64-')), 'big_pkg-1.0-py3-none-any.whl');
    python(
      String.raw`
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_STORED) as z:
    for i in range(65540):
        z.writestr('big_pkg/data/f%d.txt' % i, b'')
    z.writestr('big_pkg-1.0.dist-info/METADATA', sys.argv[2])
`,
      path,
      METADATA,
    );
    // The classic end of central directory really is the zip64 marker.
    expect(python('import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(len(z.infolist()))', path).toString().trim()).toBe('65541');
    const d = await readDistribution(path);
    expect(d.metadataText).toBe(METADATA);
  }, 60_000);

  it('reads PKG-INFO from an sdist whose first member is 8 MB, without holding the archive decompressed', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bigsdist-')), 'big_pkg-1.0.tar.gz');
    python(
      String.raw`
import io, os, sys, tarfile
with tarfile.open(sys.argv[1], 'w:gz') as t:
    data = os.urandom(8 * 1024 * 1024)
    info = tarfile.TarInfo('big_pkg-1.0/data.bin'); info.size = len(data)
    t.addfile(info, io.BytesIO(data))
    meta = sys.argv[2].encode()
    info = tarfile.TarInfo('big_pkg-1.0/PKG-INFO'); info.size = len(meta)
    t.addfile(info, io.BytesIO(meta))
`,
      path,
      METADATA,
    );
    const d = await readDistribution(path);
    expect(d.metadataText).toBe(METADATA);
  }, 60_000);
});

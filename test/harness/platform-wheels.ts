/**
 * cibuildwheel-style wheel sets from the demo package: its real pure wheel re-tagged for other
 * platforms (`cp312-cp312-manylinux_2_17_x86_64`, `macosx_11_0_arm64`, `win_amd64` …), as a
 * compiled project's build matrix would hand over. The `WHEEL` file gets the new `Tag` and
 * `Root-Is-Purelib: false`, and its RECORD line is recomputed (sha256, size), so the wheel stays
 * valid for installers and for `twine check`. Python's own zipfile does the rewriting.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pythonWithTools } from './tools.js';

const RETAG = String.raw`
import base64, hashlib, sys, zipfile
src, dst, tag = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(src) as zin:
    infos = zin.infolist()
    data = {i.filename: zin.read(i.filename) for i in infos}
wheel = next(n for n in data if n.endswith('.dist-info/WHEEL'))
record = next(n for n in data if n.endswith('.dist-info/RECORD'))
lines = [l for l in data[wheel].decode().splitlines() if not l.startswith(('Tag:', 'Root-Is-Purelib:'))]
lines.insert(1, 'Root-Is-Purelib: false')
lines.append('Tag: ' + tag)
data[wheel] = ('\n'.join(lines) + '\n').encode()
digest = base64.urlsafe_b64encode(hashlib.sha256(data[wheel]).digest()).rstrip(b'=').decode()
rows = [(wheel + ',sha256=' + digest + ',' + str(len(data[wheel]))) if r.startswith(wheel + ',') else r for r in data[record].decode().splitlines()]
data[record] = ('\n'.join(rows) + '\n').encode()
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for i in infos:
        zout.writestr(i, data[i.filename])
`;

/** Copies of `pureWheel` re-tagged with each `python-abi-platform` tag, plus `extra` files copied as they are, in a fresh directory. */
export function platformWheelSet(pureWheel: string, tags: readonly string[], extra: readonly string[] = []): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'platform-wheels-'));
  const stem = basename(pureWheel).replace(/-py3-none-any\.whl$/, '');
  const files = tags.map((tag) => {
    const out = join(dir, `${stem}-${tag}.whl`);
    execFileSync(pythonWithTools() ?? 'python3', ['-c', RETAG, pureWheel, out, tag], { env: { PATH: '/usr/bin:/bin' }, stdio: 'pipe' });
    return out;
  });
  for (const file of extra) {
    const out = join(dir, basename(file));
    copyFileSync(file, out);
    files.push(out);
  }
  return { dir, files };
}

/** What a cibuildwheel run for CPython 3.12 on three platforms hands over. */
export const CIBUILDWHEEL_TAGS = ['cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64', 'cp312-cp312-macosx_11_0_arm64', 'cp312-cp312-win_amd64'] as const;

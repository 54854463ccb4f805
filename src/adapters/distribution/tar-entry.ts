/**
 * Reads one member of a gzip'd tar archive (an sdist) from its bytes: ustar headers with the
 * pax (`x`) and GNU (`L`) long-name extensions that build backends write.
 */
import { gunzipSync } from 'node:zlib';

export function readTarGzEntry(tgz: Buffer, match: (path: string) => boolean): Buffer | undefined {
  const tar = gunzipSync(tgz);
  let at = 0;
  let longName: string | undefined;
  while (at + 512 <= tar.length) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const data = tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = cString(data);
      continue;
    }
    const prefix = cString(header.subarray(345, 500));
    const name = longName ?? (prefix ? `${prefix}/${cString(header.subarray(0, 100))}` : cString(header.subarray(0, 100)));
    longName = undefined;
    if ((type === '0' || type === '\0') && match(name)) return Buffer.from(data);
  }
  return undefined;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}

function parseOctal(bytes: Buffer): number {
  const text = cString(bytes).trim();
  if (text === '') return 0;
  const value = parseInt(text, 8);
  if (Number.isNaN(value)) throw new Error('damaged tar: bad size field');
  return value;
}

/** pax records are `<len> <key>=<value>\n`. */
function paxPath(data: Buffer): string | undefined {
  for (const record of data.toString('utf8').split('\n')) {
    const m = /^\d+ path=(.*)$/.exec(record);
    if (m) return m[1];
  }
  return undefined;
}

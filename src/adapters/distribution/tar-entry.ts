/**
 * Reads one member of a gzip'd tar archive (an sdist) from its bytes: ustar headers with the
 * pax (`x`) and GNU (`L`) long-name extensions that build backends write. The archive is inflated
 * as a stream and left as soon as the member is found (PKG-INFO comes first in every backend's
 * sdist), so a large sdist is never held in memory a second time, decompressed.
 */
import { createGunzip } from 'node:zlib';

export function readTarGzEntry(tgz: Buffer, match: (path: string) => boolean): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    let pending: Buffer = Buffer.alloc(0);
    // Bytes of a member that is not wanted, still to come: dropped as they arrive, never kept.
    let skip = 0;
    let longName: string | undefined;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      gunzip.destroy();
      fn();
    };
    const parse = (): void => {
      for (;;) {
        if (pending.length < 512) return;
        const header = pending.subarray(0, 512);
        if (header.every((b) => b === 0)) return settle(() => resolve(undefined));
        const size = parseOctal(header.subarray(124, 136));
        const total = 512 + Math.ceil(size / 512) * 512;
        const type = String.fromCharCode(header[156] ?? 0);
        if (type === 'x' || type === 'L') {
          if (pending.length < total) return;
          const data = pending.subarray(512, 512 + size);
          longName = type === 'x' ? (paxPath(data) ?? longName) : cString(data);
          pending = pending.subarray(total);
          continue;
        }
        const prefix = cString(header.subarray(345, 500));
        const name = longName ?? (prefix ? `${prefix}/${cString(header.subarray(0, 100))}` : cString(header.subarray(0, 100)));
        if ((type === '0' || type === '\0') && match(name)) {
          if (pending.length < 512 + size) return;
          const found = Buffer.from(pending.subarray(512, 512 + size));
          return settle(() => resolve(found));
        }
        longName = undefined;
        if (pending.length >= total) {
          pending = pending.subarray(total);
          continue;
        }
        skip = total - pending.length;
        pending = Buffer.alloc(0);
        return;
      }
    };
    gunzip.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (skip > 0) {
        const dropped = Math.min(skip, chunk.length);
        skip -= dropped;
        chunk = chunk.subarray(dropped);
        if (chunk.length === 0) return;
      }
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      try {
        parse();
      } catch (error) {
        settle(() => reject(error as Error));
      }
    });
    gunzip.on('end', () => settle(() => resolve(undefined)));
    gunzip.on('error', (error) => settle(() => reject(error)));
    gunzip.end(tgz);
  });
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

/**
 * Reads one member of a zip archive (a wheel) from its bytes: the central directory, then the
 * member's local header and data, stored or deflated. Zip64 archives (more than 65 535 members,
 * or past 4 GiB — large data wheels) are read through the zip64 end record and extra fields
 * (APPNOTE.TXT 4.3.14–4.3.15, 4.5.3). Members are sliced from the file's own bytes, never copied.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/** The first member whose path matches, or undefined. Throws on a damaged archive. */
export function readZipEntry(zip: Buffer, match: (path: string) => boolean): Buffer | undefined {
  const { count, offset } = centralDirectory(zip);
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new Error('damaged zip: bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const path = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (match(path)) {
      const sizes = zip64Sizes(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), {
        uncompressed: zip.readUInt32LE(at + 24),
        compressed: zip.readUInt32LE(at + 20),
        localOffset: zip.readUInt32LE(at + 42),
      });
      const local = sizes.localOffset;
      if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new Error(`damaged zip: bad local header for ${path}`);
      const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(dataStart, dataStart + sizes.compressed);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported zip compression method ${method} for ${path}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

function centralDirectory(zip: Buffer): { count: number; offset: number } {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
  // Zip64: the locator sits right before the classic record and points at the zip64 end record.
  const locator = eocd - 20;
  if (locator < 0 || zip.readUInt32LE(locator) !== EOCD64_LOCATOR) throw new Error('damaged zip: zip64 locator missing');
  const end64 = Number(zip.readBigUInt64LE(locator + 8));
  if (end64 + 56 > zip.length || zip.readUInt32LE(end64) !== EOCD64) throw new Error('damaged zip: bad zip64 end of central directory');
  return { count: Number(zip.readBigUInt64LE(end64 + 32)), offset: Number(zip.readBigUInt64LE(end64 + 48)) };
}

/** The zip64 extra field holds, in this order, whichever of the three 32-bit fields are 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, classic: { uncompressed: number; compressed: number; localOffset: number }): { compressed: number; localOffset: number } {
  const out = { ...classic };
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        const v = Number(extra.readBigUInt64LE(field));
        field += 8;
        return v;
      };
      if (classic.uncompressed === 0xffffffff) out.uncompressed = next();
      if (classic.compressed === 0xffffffff) out.compressed = next();
      if (classic.localOffset === 0xffffffff) out.localOffset = next();
      break;
    }
    at += 4 + size;
  }
  return out;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('not a zip archive (no end of central directory)');
}

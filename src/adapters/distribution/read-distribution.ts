/**
 * Responsible for a built distribution's facts: bytes, sha256, and its core metadata (a wheel's
 * `*.dist-info/METADATA`, an sdist's top-level `PKG-INFO`). Read once; the bytes uploaded are
 * the bytes hashed, and the metadata is found in them without a second copy of the archive.
 */
import { createHash } from 'node:crypto';
import { blake2b } from '@noble/hashes/blake2.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readTarGzEntry } from './tar-entry.js';
import { readZipEntry } from './zip-entry.js';

export interface DistributionFile {
  path: string;
  filename: string;
  bytes: Buffer;
  sha256: string;
  size: number;
  /** METADATA / PKG-INFO text, or undefined when the archive has none (a broken build). */
  metadataText: string | undefined;
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** For print-hash: the digest twine and the JSON API also list (not a security check). */
export function md5Of(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}

/**
 * For print-hash: BLAKE2b with a 256-bit digest, as pypa's print-hash.py (hashlib.blake2b(digest_size=32))
 * and PyPI's own file listing have it. Node's OpenSSL has only the 512-bit BLAKE2b, and the digest
 * size is a parameter of the hash, not a truncation.
 */
export function blake2b256Of(bytes: Buffer): string {
  return Buffer.from(blake2b(bytes, { dkLen: 32 })).toString('hex');
}

export async function readDistribution(path: string): Promise<DistributionFile> {
  const bytes = readFileSync(path);
  const filename = basename(path);
  let metadata: Buffer | undefined;
  if (filename.endsWith('.whl')) metadata = readZipEntry(bytes, (p) => /^[^/]+\.dist-info\/METADATA$/.test(p));
  else if (filename.endsWith('.tar.gz')) metadata = await readTarGzEntry(bytes, (p) => /^[^/]+\/PKG-INFO$/.test(p));
  return { path, filename, bytes, sha256: sha256Of(bytes), size: bytes.length, metadataText: metadata?.toString('utf8') };
}

/**
 * The three digests PyPI keeps per file: md5, sha256 and BLAKE2b-256. Node's OpenSSL offers only
 * BLAKE2b-512, and BLAKE2b-256 is not a truncation of it (the digest length is part of the
 * parameter block), so BLAKE2b is written out here from RFC 7693.
 */
import { createHash } from 'node:crypto';

export interface Digests {
  md5: string;
  sha256: string;
  blake2b256: string;
}

export function digestsOf(bytes: Uint8Array): Digests {
  return {
    md5: createHash('md5').update(bytes).digest('hex'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blake2b256: blake2b(bytes, 32).toString('hex'),
  };
}

const IV = [
  0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
];

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// The column then diagonal steps of one round, as [a, b, c, d] word indices.
const STEPS = [
  [0, 4, 8, 12], [1, 5, 9, 13], [2, 6, 10, 14], [3, 7, 11, 15],
  [0, 5, 10, 15], [1, 6, 11, 12], [2, 7, 8, 13], [3, 4, 9, 14],
] as const;

const BLOCK = 128;

/** Unkeyed BLAKE2b with an output of `outLength` bytes (1–64). */
export function blake2b(data: Uint8Array, outLength: number): Buffer {
  // BigUint64Array stores modulo 2^64, which is the word arithmetic BLAKE2b wants.
  const h = BigUint64Array.from(IV);
  h[0] = h[0]! ^ (0x01010000n | BigInt(outLength));
  const v = new BigUint64Array(16);
  const m = new BigUint64Array(16);
  const rotr = (x: bigint, n: bigint) => (x >> n) | (x << (64n - n));

  const compress = (block: Uint8Array, counter: bigint, last: boolean) => {
    const view = new DataView(block.buffer, block.byteOffset, BLOCK);
    for (let i = 0; i < 16; i++) m[i] = view.getBigUint64(i * 8, true);
    for (let i = 0; i < 8; i++) {
      v[i] = h[i]!;
      v[i + 8] = IV[i]!;
    }
    v[12] = v[12]! ^ counter;
    v[13] = v[13]! ^ (counter >> 64n);
    if (last) v[14] = ~v[14]!;
    for (let round = 0; round < 12; round++) {
      const s = SIGMA[round % 10]!;
      STEPS.forEach(([a, b, c, d], step) => {
        v[a] = v[a]! + v[b]! + m[s[2 * step]!]!;
        v[d] = rotr(v[d]! ^ v[a]!, 32n);
        v[c] = v[c]! + v[d]!;
        v[b] = rotr(v[b]! ^ v[c]!, 24n);
        v[a] = v[a]! + v[b]! + m[s[2 * step + 1]!]!;
        v[d] = rotr(v[d]! ^ v[a]!, 16n);
        v[c] = v[c]! + v[d]!;
        v[b] = rotr(v[b]! ^ v[c]!, 63n);
      });
    }
    for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
  };

  // Every full block but the last is compressed as it comes; the final one (maybe padded, maybe empty) is flagged.
  let offset = 0;
  while (data.length - offset > BLOCK) {
    compress(data.subarray(offset, offset + BLOCK), BigInt(offset + BLOCK), false);
    offset += BLOCK;
  }
  const last = new Uint8Array(BLOCK);
  last.set(data.subarray(offset));
  compress(last, BigInt(data.length), true);

  const out = Buffer.alloc(64);
  h.forEach((word, i) => out.writeBigUInt64LE(word, i * 8));
  return out.subarray(0, outLength);
}

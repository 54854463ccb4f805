/** writeJson writes what JSON.stringify writes, byte for byte, in pieces of bounded size. */
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../src/adapters/runtime/json-stream.js';

function pieces(value: unknown): string[] {
  const out: string[] = [];
  writeJson(value, (p) => void out.push(p));
  return out;
}

describe('writeJson', () => {
  it('equals JSON.stringify on a plan-shaped value: long unicode strings, surrogate pairs at every slice edge, nesting, omitted values', () => {
    const entry = `### ⚠ BREAKING CHANGES\n${'* **api:** "quoted" \\ back\tslash 😀\n'.repeat(9000)}`;
    const odd = 'a'.repeat((1 << 16) - 1) + '😀' + 'b\u2028\ud800'.repeat(70000);
    const value = { version: '2.0.0', previous: null, n: 3, ok: true, skip: undefined, f: () => 1, body: entry, files: { 'CHANGELOG.md': entry, [odd.slice(0, 5)]: odd }, list: ['x', undefined, 1, { when: new Date(0) }], empty: {}, none: [] };
    const out = pieces(value);
    expect(out.join('')).toBe(JSON.stringify(value));
    expect(out.length).toBeGreaterThan(5);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(3 << 17);
  });

  it('writes small values in one piece', () => {
    expect(pieces({ a: [1, 'b'] })).toEqual(['{"a":[1,"b"]}']);
    expect(pieces('x')).toEqual(['"x"']);
  });
});

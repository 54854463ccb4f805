/**
 * PEP 440 versions as PyPI reads them (packaging.version): parse the permissive spellings, render
 * the normalized form (`str(Version)`), the canonical form releases are matched by (trailing `.0`
 * stripped, so `1.0` finds `1.0.0`), and the ordering that picks a project's best release.
 */

export interface Pep440Version {
  epoch: bigint;
  release: bigint[];
  pre?: { label: 'a' | 'b' | 'rc'; number: bigint };
  post?: bigint;
  dev?: bigint;
  local?: string;
}

// The PEP 440 appendix pattern: every spelling packaging accepts (v prefix, `-`/`_`/`.` separators,
// alpha/beta/c/pre/preview/rev/r aliases, implicit numbers), anchored and case-insensitive.
const VERSION = new RegExp(
  '^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$',
  'i',
);

const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };

/** The parsed version, or undefined when packaging would raise InvalidVersion. */
export function parseVersion(text: string): Pep440Version | undefined {
  const g = VERSION.exec(text)?.groups;
  if (!g) return undefined;
  const version: Pep440Version = { epoch: BigInt(g.epoch ?? 0), release: g.release!.split('.').map((n) => BigInt(n)) };
  if (g.pre) version.pre = { label: PRE_LABELS[g.preL!.toLowerCase()]!, number: BigInt(g.preN ?? 0) };
  if (g.post) version.post = BigInt(g.postN1 ?? g.postN2 ?? 0);
  if (g.dev) version.dev = BigInt(g.devN ?? 0);
  if (g.local) version.local = g.local.toLowerCase().replace(/[-_]/g, '.');
  return version;
}

function render(v: Pep440Version, release: bigint[]): string {
  let out = v.epoch !== 0n ? `${v.epoch}!` : '';
  out += release.join('.');
  if (v.pre) out += `${v.pre.label}${v.pre.number}`;
  if (v.post !== undefined) out += `.post${v.post}`;
  if (v.dev !== undefined) out += `.dev${v.dev}`;
  if (v.local !== undefined) out += `+${v.local}`;
  return out;
}

/** `str(Version(text))`: `1.0-RC1` → `1.0rc1`. */
export function normalizeVersion(v: Pep440Version): string {
  return render(v, v.release);
}

function stripTrailingZeros(release: bigint[]): bigint[] {
  const out = [...release];
  while (out.length > 1 && out[out.length - 1] === 0n) out.pop();
  return out;
}

/** packaging.utils.canonicalize_version: the normalized form without trailing `.0`s (`1.0.0` → `1`). */
export function canonicalVersion(v: Pep440Version): string {
  return render(v, stripTrailingZeros(v.release));
}

/** Canonical form of a version string, or the string itself when it does not parse (so it matches nothing else). */
export function canonicalVersionText(text: string): string {
  const parsed = parseVersion(text);
  return parsed ? canonicalVersion(parsed) : text;
}

/** True for pre-releases and dev releases, which the JSON API's `info` passes over for a final release. */
export function isPrerelease(v: Pep440Version): boolean {
  return v.pre !== undefined || v.dev !== undefined;
}

// packaging's sort key, with ±Infinity for its NegativeInfinity/Infinity sentinels.
type Part = number | bigint;
function sortKey(v: Pep440Version): Part[][] {
  const pre: Part[] =
    v.pre === undefined && v.post === undefined && v.dev !== undefined ? [-Infinity] : v.pre === undefined ? [Infinity] : [['a', 'b', 'rc'].indexOf(v.pre.label), v.pre.number];
  return [[v.epoch], stripTrailingZeros(v.release), pre, [v.post ?? -Infinity], [v.dev ?? Infinity]];
}

function compareParts(a: Part[], b: Part[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -Infinity;
    const y = b[i] ?? -Infinity;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/** Orders versions as packaging does (local labels ignored: PyPI refuses them). */
export function compareVersions(a: Pep440Version, b: Pep440Version): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  for (let i = 0; i < ka.length; i++) {
    const c = compareParts(ka[i]!, kb[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * PEP 440 normalisation: the spelling PyPI, pip and build tools agree on, so "1.0.0-RC1",
 * "v1.0.0rc1" and "1.0.0.rc.1" compare equal to the "1.0.0rc1" a wheel's name carries.
 */

// The grammar of PEP 440's appendix (public version plus optional local part), case-insensitive.
const PEP440 =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|beta|preview|pre|a|b|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

const PRE: Record<string, string> = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };

/** The canonical form of a version, or undefined when it is not PEP 440. */
export function normalizePep440(text: string): string | undefined {
  const m = PEP440.exec(text);
  if (!m) return undefined;
  const [, epoch, release, preLabel, preNumber, postImplicit, postLabel, postNumber, dev, devNumber, local] = m;
  let out = epoch !== undefined && Number(epoch) !== 0 ? `${Number(epoch)}!` : '';
  out += release!.split('.').map((n) => String(Number(n))).join('.');
  if (preLabel !== undefined) out += `${PRE[preLabel.toLowerCase()]}${Number(preNumber ?? 0)}`;
  if (postImplicit !== undefined) out += `.post${Number(postImplicit)}`;
  else if (postLabel !== undefined) out += `.post${Number(postNumber ?? 0)}`;
  if (dev !== undefined) out += `.dev${Number(devNumber ?? 0)}`;
  if (local !== undefined) out += `+${local.toLowerCase().replace(/[-_]/g, '.')}`;
  return out;
}

/** Two spellings PyPI treats as the same release ("1.2.0-rc.1" and "1.2.0rc1" are one). */
export function sameRelease(a: string, b: string): boolean {
  const na = normalizePep440(a);
  return na !== undefined && na === normalizePep440(b);
}

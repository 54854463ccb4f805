/**
 * Project names and distribution file names as PyPI reads them: PEP 503 normalization, the core
 * metadata name rule, packaging's wheel and sdist file-name parsers (their error texts are what
 * Warehouse puts in the status line), and Python's repr() for quoting values in those texts.
 */
import { canonicalVersion, parseVersion, type Pep440Version } from './pep440.js';

/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function isValidProjectName(name: string): boolean {
  return PROJECT_NAME.test(name);
}

/** Python's repr() of a str, which Warehouse uses to quote values in its messages. */
export function pyRepr(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  if (escaped.includes("'") && !escaped.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

/** repr() of a list of str: `['a', 'b']`. */
export function pyReprList(values: string[]): string {
  return `[${values.map(pyRepr).join(', ')}]`;
}

export interface WheelName {
  /** The name part exactly as written (escaped, e.g. `demo_pkg`). */
  rawName: string;
  /** PEP 503 form of the name part. */
  name: string;
  version: Pep440Version;
  platforms: string[];
}

/** packaging.utils.parse_wheel_filename (packaging ≥ 24, as Warehouse runs it); the error is its message, quoting the name without `.whl`. */
export function parseWheelFilename(filename: string): WheelName | { error: string } {
  if (!filename.endsWith('.whl')) return { error: `Invalid wheel filename (extension must be '.whl'): ${pyRepr(filename)}` };
  const stem = filename.slice(0, -4);
  const parts = stem.split('-');
  if (parts.length !== 5 && parts.length !== 6) return { error: `Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}` };
  const rawName = parts[0]!;
  // Wheel names escape every run of `-_.` to `_`, so a `-` can never be part of the name.
  if (/__|^_|_$/.test(rawName) || !/^[\w.]+$/.test(rawName)) return { error: `Invalid project name: ${pyRepr(stem)}` };
  const version = parseVersion(parts[1]!);
  if (!version) return { error: `Invalid wheel filename (invalid version): ${pyRepr(stem)}` };
  if (parts.length === 6 && !/^\d/.test(parts[2]!)) return { error: `Invalid build number: ${parts[2]} in ${pyRepr(stem)}` };
  const platforms = parts[parts.length - 1]!.split('.');
  return { rawName, name: normalizeName(rawName), version, platforms };
}

export interface SdistName {
  name: string;
  version: Pep440Version;
}

/** packaging.utils.parse_sdist_filename; undefined where it raises InvalidSdistFilename. */
export function parseSdistFilename(filename: string): SdistName | undefined {
  const stem = filename.endsWith('.tar.gz') ? filename.slice(0, -7) : filename.endsWith('.zip') ? filename.slice(0, -4) : undefined;
  if (stem === undefined) return undefined;
  // Split on the last `-`: a name may contain dashes, a version never does.
  const dash = stem.lastIndexOf('-');
  if (dash < 0) return undefined;
  const version = parseVersion(stem.slice(dash + 1));
  return version ? { name: normalizeName(stem.slice(0, dash)), version } : undefined;
}

/** Whether two parsed versions are equal as packaging compares them (`1.0` == `1.0.0`). */
export function sameVersion(a: Pep440Version, b: Pep440Version): boolean {
  return canonicalVersion(a) === canonicalVersion(b);
}

// Warehouse's platform-tag allow list, reduced to its shapes: a wheel tagged for anything else is refused.
const PLATFORM_TAGS = [
  /^(any|win32|win_amd64|win_arm64|win_ia64|linux_armv6l|linux_armv7l)$/,
  /^manylinux(1|2010)_(x86_64|i686)$/,
  /^manylinux2014_(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x)$/,
  /^(many|musl)linux_\d+_\d+_(x86_64|i686|aarch64|armv7l|ppc64le|ppc64|s390x|riscv64)$/,
  /^macosx_(10_\d+|1[1-5]_0|26_0)_(ppc|ppc64|i386|x86_64|arm64|intel|fat|fat3|fat64|universal|universal2)$/,
  /^ios_\d+_\d+_(arm64|x86_64)_(iphoneos|iphonesimulator)$/,
  /^android_\d+_(armeabi_v7a|arm64_v8a|x86|x86_64)$/,
];

export function isSupportedPlatformTag(tag: string): boolean {
  return PLATFORM_TAGS.some((re) => re.test(tag));
}

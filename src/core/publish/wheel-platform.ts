/**
 * Whether PyPI takes a wheel's platform tags: Warehouse's allow list (warehouse/utils/wheel.py,
 * `_valid_platform_tag`), so a wheel it would refuse with "Binary wheel … has an unsupported
 * platform tag" is refused here before anything is sent. A bare `linux_x86_64` (a wheel built on
 * a Linux runner and never repaired into a manylinux one) is the usual case.
 */

const STATIC = new Set(['any', 'win32', 'win_arm64', 'win_amd64', 'win_ia64', 'manylinux1_x86_64', 'manylinux1_i686', 'manylinux2010_x86_64', 'manylinux2010_i686', 'manylinux2014_x86_64', 'manylinux2014_i686', 'manylinux2014_aarch64', 'manylinux2014_armv7l', 'manylinux2014_ppc64', 'manylinux2014_ppc64le', 'manylinux2014_s390x', 'linux_armv6l', 'linux_armv7l']);
const MACOSX_ARCHES = new Set(['ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat64', 'universal', 'universal2']);
// macOS 10 is `macosx_10_<minor>`; from 11 on only `macosx_<major>_0` exists.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX_ARCHES = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);

export function isPlatformTagAccepted(tag: string): boolean {
  if (STATIC.has(tag)) return true;
  let m = /^macosx_(\d+)_(\d+)_(.*)$/.exec(tag);
  if (m) return MACOSX_ARCHES.has(m[3]!) && (m[1] === '10' || (MACOSX_MAJORS.has(m[1]!) && m[2] === '0'));
  m = /^(many|musl)linux_\d+_\d+_(.*)$/.exec(tag);
  if (m) return LINUX_ARCHES.has(m[2]!) || (m[1] === 'many' && m[2] === 'ppc64');
  m = /^ios_\d+_\d+_(.*)_(iphoneos|iphonesimulator)$/.exec(tag);
  if (m) return IOS_ARCHES.has(m[1]!);
  m = /^android_\d+_(.*)$/.exec(tag);
  if (m) return ANDROID_ARCHES.has(m[1]!);
  return /^pyemscripten_\d+_\d+_wasm32$/.test(tag);
}

/** The platform tags of a wheel file name PyPI would refuse (a compressed tag set `a.b` is checked tag by tag). */
export function refusedPlatformTags(wheelFilename: string): string[] {
  const platforms = wheelFilename.replace(/\.whl$/, '').split('-').at(-1) ?? '';
  return platforms.split('.').filter((t) => !isPlatformTagAccepted(t));
}

/** What to do about a refused tag, in one clause. */
export function platformTagFix(tag: string): string {
  if (/^linux_/.test(tag)) return 'PyPI takes Linux wheels only with a manylinux or musllinux tag: repair it with auditwheel (cibuildwheel does this for you), or leave it out';
  return 'build it for a platform PyPI knows (manylinux/musllinux, macosx, win, ios, android, pyemscripten), or leave it out';
}

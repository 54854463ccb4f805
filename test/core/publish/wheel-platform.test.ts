/** Wheel platform tags as Warehouse's `_valid_platform_tag` judges them (warehouse/utils/wheel.py). */
import { describe, expect, it } from 'vitest';
import { isPlatformTagAccepted, refusedPlatformTags } from '../../../src/core/publish/wheel-platform.js';

describe('wheel platform tags PyPI accepts', () => {
  it.each(['any', 'win_amd64', 'win32', 'win_arm64', 'manylinux2014_x86_64', 'manylinux_2_17_aarch64', 'manylinux_2_28_ppc64', 'musllinux_1_2_x86_64', 'macosx_10_9_x86_64', 'macosx_11_0_arm64', 'macosx_14_0_universal2', 'linux_armv7l', 'ios_13_0_arm64_iphoneos', 'android_21_arm64_v8a', 'pyemscripten_2024_0_wasm32'])('accepts %s', (tag) => {
    expect(isPlatformTagAccepted(tag)).toBe(true);
  });
  it.each(['linux_x86_64', 'linux_aarch64', 'macosx_11_1_arm64', 'macosx_9_0_x86_64', 'musllinux_1_2_ppc64', 'manylinux_2_17_sparc', 'freebsd_13_amd64', 'ios_13_0_arm64'])('refuses %s', (tag) => {
    expect(isPlatformTagAccepted(tag)).toBe(false);
  });
  it('checks every tag of a compressed tag set', () => {
    expect(refusedPlatformTags('x-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toEqual([]);
    expect(refusedPlatformTags('x-1.0-cp312-cp312-manylinux_2_17_x86_64.linux_x86_64.whl')).toEqual(['linux_x86_64']);
  });
});

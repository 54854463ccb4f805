/** A requirement made to admit a dependency's new version, at the precision it was written with; everything else kept. */
import { describe, expect, it } from 'vitest';
import { admitVersion, parseRequirement } from '../../../src/core/workspace/requirement.js';

const admit = (text: string, version: string) => admitVersion(parseRequirement(text)!, version);

describe('parseRequirement', () => {
  it('reads name (normalised), extras, specifier and marker', () => {
    expect(parseRequirement('Core_Lib[fast] >=1.0 ; python_version >= "3.10"')).toEqual({ name: 'core-lib', head: 'Core_Lib[fast] ', specifier: '>=1.0', tail: ' ; python_version >= "3.10"', directReference: false });
    expect(parseRequirement('core @ file:///x')?.directReference).toBe(true);
  });
});

describe('admitVersion', () => {
  it.each([
    ['core>=1.0,<1.1', '1.1.0', 'core>=1.0,<1.2'],
    ['core<2', '2.0.1', 'core<3'],
    ['core==1.0.0', '1.1.0', 'core==1.1.0'],
    ['core==1.0.*', '1.1.0', 'core==1.1.*'],
    ['core~=1.0', '2.0.0', 'core~=2.0'],
    ['core~=1.0.2', '1.1.0', 'core~=1.1.0'],
    ['core<=1.0.0', '1.0.1', 'core<=1.0.1'],
    ['core[fast] (>=1.0, <1.1) ; python_version >= "3.10"', '1.1.0', 'core[fast] (>=1.0, <1.2) ; python_version >= "3.10"'],
  ])('%s → %s: %s', (text, version, want) => {
    expect(admit(text, version)).toMatchObject({ kind: 'rewritten', text: want });
  });

  it('leaves what already admits the version, and refuses an exclusion on purpose', () => {
    expect(admit('core>=1.0', '1.1.0')).toEqual({ kind: 'admits' });
    expect(admit('core', '1.1.0')).toEqual({ kind: 'admits' });
    expect(admit('core @ file:///x', '1.1.0')).toEqual({ kind: 'admits' });
    expect(admit('core>=1.0,!=1.1.0', '1.1.0')).toEqual({ kind: 'refused', why: 'its clause !=1.1.0 excludes 1.1.0' });
  });
});

import { describe, expect, it } from 'vitest';
import { checkDistribution } from '../../../src/core/publish/check-distribution.js';
import { first, parseCoreMetadata, uploadFormFields } from '../../../src/core/publish/core-metadata.js';
import { parseDistributionName } from '../../../src/core/publish/distribution-name.js';

// As hatchling writes it (Metadata 2.1 with the README as the message body).
const METADATA = `Metadata-Version: 2.1
Name: demo-pkg
Version: 1.2.0
Summary: A small text utility package
Project-URL: Homepage, https://github.com/acme/demo-package
Project-URL: Changelog, https://github.com/acme/demo-package/blob/main/CHANGELOG.md
Author-email: Demo Maintainer <maintainer@example.com>
License: MIT
Keywords: text
Keywords: slug
Classifier: Programming Language :: Python :: 3
Classifier: Typing :: Typed
Requires-Python: >=3.9
Requires-Dist: attrs>=22; extra == "fast"
Provides-Extra: fast
Description-Content-Type: text/markdown

# demo-pkg

Small text utilities.
`;

describe('core metadata', () => {
  const metadata = parseCoreMetadata(METADATA);

  it('keeps repeated fields in order and the body as the description', () => {
    expect(metadata.fields.get('Classifier')).toEqual(['Programming Language :: Python :: 3', 'Typing :: Typed']);
    expect(first(metadata, 'name')).toBe('demo-pkg');
    expect(metadata.description).toBe('# demo-pkg\n\nSmall text utilities.\n');
  });

  it('reads the old layout: Description as an indented header', () => {
    const old = parseCoreMetadata('Metadata-Version: 1.1\nName: x\nVersion: 1.0\nDescription: line one\n        |line two\nPlatform: UNKNOWN\n');
    expect(old.description).toBe('line one\nline two');
    expect(first(old, 'Platform')).toBe('UNKNOWN');
  });

  it('becomes the form fields twine sends, with repeated keys and the file facts', () => {
    const fields = uploadFormFields(metadata, { kind: 'wheel', pythonTag: 'py3', sha256: 'ab'.repeat(32) });
    const all = (k: string) => fields.filter(([key]) => key === k).map(([, v]) => v);
    expect(all('metadata_version')).toEqual(['2.1']);
    expect(all('name')).toEqual(['demo-pkg']);
    expect(all('classifiers')).toHaveLength(2);
    expect(all('project_urls')).toEqual(['Homepage, https://github.com/acme/demo-package', 'Changelog, https://github.com/acme/demo-package/blob/main/CHANGELOG.md']);
    expect(all('keywords')).toEqual(['text,slug']);
    expect(all('requires_dist')).toEqual(['attrs>=22; extra == "fast"']);
    expect(all('description_content_type')).toEqual(['text/markdown']);
    expect(all('description')).toEqual(['# demo-pkg\n\nSmall text utilities.\n']);
    expect(all('pyversion')).toEqual(['py3']);
    expect(all('filetype')).toEqual(['bdist_wheel']);
    expect(all('sha256_digest')).toEqual(['ab'.repeat(32)]);
    expect(all(':action')).toEqual(['file_upload']);
    expect(all('protocol_version')).toEqual(['1']);
    expect(uploadFormFields(metadata, { kind: 'sdist', sha256: 'x' }).filter(([k]) => k === 'pyversion' || k === 'filetype')).toEqual([['pyversion', 'source'], ['filetype', 'sdist']]);
  });
});

describe('a built file against its release', () => {
  const wheel = parseDistributionName('demo_pkg-1.2.0-py3-none-any.whl')!;

  it('passes when name and version agree everywhere', () => {
    expect(checkDistribution(wheel, METADATA, 'demo_pkg', '1.2.0').ok).toBe(true);
  });

  it.each([
    [undefined, 'demo-pkg', '1.2.0', /holds no \*\.dist-info\/METADATA/],
    [METADATA.replace('Version: 1.2.0', 'Version: 1.2.1'), 'demo-pkg', '1.2.0', /metadata has version 1.2.1, not 1.2.0/],
    [METADATA.replace('Name: demo-pkg', 'Name: evil-pkg'), 'demo-pkg', '1.2.0', /names project evil-pkg/],
    [METADATA.replace('Metadata-Version: 2.1\n', ''), 'demo-pkg', '1.2.0', /lacks Metadata-Version/],
  ])('refuses a tampered or broken file (%#)', (text, project, version, problem) => {
    const r = checkDistribution(wheel, text, project, version);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { applyTables, renderTables } from '../../scripts/action-docs.mjs';

const root = join(import.meta.dirname, '..', '..');

describe('docs/reference.md tables', () => {
  it('match action.yml exactly (regenerate with npm run docs)', () => {
    const readme = readFileSync(join(root, 'docs', 'reference.md'), 'utf8');
    const tables = renderTables(readFileSync(join(root, 'action.yml'), 'utf8')) as Record<string, string>;
    expect(applyTables(readme, tables)).toBe(readme);
  });

  it('declare every output release-please-action users rely on, plus published and validated', () => {
    const tables = renderTables(readFileSync(join(root, 'action.yml'), 'utf8')) as { outputs: string };
    for (const name of ['release_created', 'releases_created', 'tag_name', 'version', 'major', 'minor', 'patch', 'sha', 'html_url', 'upload_url', 'pr', 'prs_created', 'published', 'validated']) {
      expect(tables.outputs).toContain(`| \`${name}\` |`);
    }
  });
});

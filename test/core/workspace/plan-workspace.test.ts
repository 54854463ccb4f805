/**
 * planManifest with a uv workspace, pure: the grouped PR, separate-pull-requests (one PR per
 * member, each editing uv.lock for its own member) and linked-versions still hold once
 * dependents are released with what they depend on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { planManifest } from '../../../src/core/plan-manifest.js';
import { readWorkspaceMember } from '../../../src/core/workspace/members.js';
import { parseWorkspaceReleaseConfig, workspacePlanInput } from '../../../src/core/workspace/workspace-config.js';
import { repoRoot } from '../../harness/node-run.js';

const files: Record<string, string> = {
  'packages/core/pyproject.toml': '[project]\nname = "core"\nversion = "1.0.0"\n',
  'packages/cli/pyproject.toml': '[project]\nname = "cli"\nversion = "0.3.0"\ndependencies = ["core==1.0.0"]\n',
  'packages/api/pyproject.toml': '[project]\nname = "api"\nversion = "2.0.0"\n',
  // The workspace's lock as uv writes it (test/fixtures/workspace, shared with the release stage's workspace test).
  'uv.lock': readFileSync(join(repoRoot, 'test', 'fixtures', 'workspace', 'uv.lock'), 'utf8'),
};
const members = ['packages/api', 'packages/cli', 'packages/core'].map((p) => readWorkspaceMember(p, files[`${p}/pyproject.toml`]!));
const manifest = '{\n  "packages/core": "1.0.0",\n  "packages/cli": "0.3.0",\n  "packages/api": "2.0.0"\n}\n';
const previous = { 'packages/core': { version: '1.0.0', tag: 'core-v1.0.0', sha: 'a'.repeat(40) }, 'packages/cli': { version: '0.3.0', tag: 'cli-v0.3.0', sha: 'a'.repeat(40) }, 'packages/api': { version: '2.0.0', tag: 'api-v2.0.0', sha: 'a'.repeat(40) } };

function plan(extra: Record<string, unknown>) {
  const packages = Object.fromEntries(members.map((m) => [m.path, { 'release-type': 'python', component: m.name }]));
  const { config } = parseReleaseConfig(JSON.stringify({ packages, ...extra }), '.release-please-config.json');
  return planManifest({
    commits: [{ sha: 'b'.repeat(40), message: 'feat: core learns dates', files: ['packages/core/core/dates.py'] }],
    config, previous, date: '2026-02-03', owner: 'acme', repo: 'widget', targetBranch: 'main',
    manifest: { path: '.release-please-manifest.json', content: manifest },
    readFile: (p) => files[p], treePaths: Object.keys(files),
    workspace: workspacePlanInput(members),
  });
}

describe('planManifest with a uv workspace', () => {
  it('separate-pull-requests: one PR per released member, each uv.lock edit its own', () => {
    const prs = plan({ 'separate-pull-requests': true }).pullRequests;
    expect(prs.map((p) => [p.title, p.headBranch])).toEqual([['chore(main): release cli 0.3.1', 'release-please--branches--main--components--cli'], ['chore(main): release core 1.1.0', 'release-please--branches--main--components--core']]);
    expect(prs[0]!.files['uv.lock']).toContain('name = "cli"\nversion = "0.3.1"');
    expect(prs[0]!.files['uv.lock']).toContain('name = "core"\nversion = "1.0.0"');
    expect(prs[0]!.files['packages/cli/pyproject.toml']).toBe('[project]\nname = "cli"\nversion = "0.3.1"\ndependencies = ["core==1.1.0"]\n');
    expect(prs[1]!.files['uv.lock']).toContain('name = "core"\nversion = "1.1.0"');
  });

  it('linked-versions: the linked dependent takes the group version, and still gets its Dependencies entry', () => {
    const { pullRequests, packages } = plan({ plugins: [{ type: 'linked-versions', groupName: 'tools', components: ['core', 'cli'] }] });
    expect(packages.map((p) => [p.path, p.plan.version])).toEqual([['packages/api', null], ['packages/cli', '1.1.0'], ['packages/core', '1.1.0']]);
    expect(pullRequests).toHaveLength(1);
    expect(packages[1]!.plan.changelogEntry).toContain('### Dependencies\n\n* The following workspace dependencies were updated\n  * dependencies\n    * core bumped from ==1.0.0 to ==1.1.0');
    expect(pullRequests[0]!.files['uv.lock']).toContain('name = "cli"\nversion = "1.1.0"');
  });
});

describe('a uv workspace whose release-please config is broken', () => {
  const members = [readWorkspaceMember('packages/core', '[project]\nname = "core"\nversion = "1.0.0"\n')];
  it('gets the config\'s own one-line error, not an internal one', () => {
    const code = (text: string) => {
      try {
        parseWorkspaceReleaseConfig(text, '.release-please-config.json', undefined, members);
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return undefined;
    };
    expect(code('{"packages": {')).toBe('CONFIG_INVALID_JSON');
    expect(code('null')).toBe('CONFIG_NOT_OBJECT');
  });
});

/**
 * Which uv workspace a project is a member of, read from disk as uv finds it (#22): a member
 * gets the root's uv.lock and is built by name from the root; a project below the root that the
 * workspace excludes, or that sits under another project, is a project of its own, as uv treats
 * it (test/harness/uv-standin.test.ts shows `uv sync --locked` there wanting its own uv.lock).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPythonProject } from '../../../src/adapters/workspace/python-project.js';
import { repoRoot } from '../../harness/node-run.js';

function demoWorkspace(): string {
  const ws = join(mkdtempSync(join(tmpdir(), 'py-project-')), 'ws');
  cpSync(join(repoRoot, 'examples', 'demo-workspace'), ws, { recursive: true });
  mkdirSync(join(ws, '.git'));
  writeFileSync(join(ws, 'pyproject.toml'), readFileSync(join(ws, 'pyproject.toml'), 'utf8').replace('members = ["packages/*"]', 'members = ["packages/*"]\nexclude = ["packages/acme-extras"]'));
  return ws;
}

describe('readPythonProject: uv workspace membership', () => {
  it('a member: the workspace root and its [project] name, the root uv.lock', () => {
    const ws = demoWorkspace();
    const cli = readPythonProject(join(ws, 'packages', 'acme-cli'));
    expect(cli.uvWorkspace).toEqual({ root: ws, name: 'acme-cli' });
    expect(cli.uvLock?.path).toBe(join(ws, 'uv.lock'));
  });

  it('a project the workspace excludes, and one under another project, are projects of their own: no workspace, no borrowed uv.lock', () => {
    const ws = demoWorkspace();
    const extras = readPythonProject(join(ws, 'packages', 'acme-extras'));
    expect(extras.uvWorkspace).toBeUndefined();
    expect(extras.uvLock).toBeUndefined();
    expect(extras.locks.has('uv.lock')).toBe(false);

    // Nested in a member: the nearest pyproject.toml above is that member's, not the workspace's.
    const nested = join(ws, 'packages', 'acme-core', 'examples', 'plugin');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(nested, 'pyproject.toml'), '[project]\nname = "acme-plugin"\nversion = "0.1.0"\n');
    expect(readPythonProject(nested).uvLock).toBeUndefined();
  });

  it('a root with [project] and [tool.uv.workspace] is its own workspace root; a plain project has none', () => {
    const ws = demoWorkspace();
    writeFileSync(join(ws, 'pyproject.toml'), `[project]\nname = "acme"\nversion = "1.0.0"\n\n${readFileSync(join(ws, 'pyproject.toml'), 'utf8')}`);
    expect(readPythonProject(ws).uvWorkspace).toEqual({ root: ws, name: 'acme' });
    expect(readPythonProject(join(repoRoot, 'examples', 'demo-package')).uvWorkspace).toBeUndefined();
  });
});

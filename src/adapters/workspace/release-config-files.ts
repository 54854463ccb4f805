/**
 * Reads the release-please config and manifest from the checked-out work tree and hands the
 * text to core/config. The planner reads them again at the planned ref through git; this
 * early read validates everything before any stage writes anything.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfigPath } from '../../core/config/config-path.js';
import { crossCheckManifest, parseManifest, parseReleaseConfig } from '../../core/config/parse.js';
import type { Manifest, ReleaseConfig } from '../../core/config/types.js';
import { manifestLessConfig, MANIFEST_LESS_SOURCE, type ManifestLessInputs } from '../../core/config/manifest-less.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { renderErrorLine } from '../../errors/render.js';
import type { WorkspaceMember } from '../../core/workspace/members.js';
import { parseWorkspaceReleaseConfig, readWorkspaceMembers, workspaceMemberFiles } from '../../core/workspace/workspace-config.js';
import { mayHoldMember, readUvWorkspaceTable, type UvWorkspaceTable } from '../../core/workspace/uv-workspace.js';

export interface LoadedReleaseConfig {
  config: ReleaseConfig;
  /**
   * The Python project: working-directory, or the package's directory inside it ("packages": {"pkg": …}).
   * Unset for a config with several packages and no path input: no stage may guess which.
   */
  projectDir: string | undefined;
  manifest: Manifest;
  configFile: string;
  manifestFile: string;
  warnings: string[];
  /** Built from release-please-action's manifest-less inputs (release-type): no file was read, and the manifest is unknown until the tags are. */
  manifestLess?: true;
}

export function loadReleaseConfig(dir: string, configName: string | undefined, manifestFile: string, onlyPath?: string, manifestLess?: ManifestLessInputs): LoadedReleaseConfig {
  if (manifestLess) return fromInputs(dir, manifestFile, manifestLess);
  const choice = resolveConfigPath(configName, (p) => existsSync(join(dir, p)));
  if (!choice.found) throw new PyreleaseError('CONFIG_MISSING', `${choice.file}: release-please config file not found`, { file: choice.file, fix: choice.fix });
  if (!existsSync(join(dir, manifestFile))) {
    throw new PyreleaseError('MANIFEST_MISSING', `${manifestFile}: release-please manifest file not found`, { file: manifestFile, fix: `create ${manifestFile} with {".": "0.0.0"} for a first release (or the version you last released)` });
  }
  const { config, warnings } = parseConfigIn(dir, readFileSync(join(dir, choice.file), 'utf8'), choice.file, onlyPath);
  const manifest = parseManifest(readFileSync(join(dir, manifestFile), 'utf8'), manifestFile);
  // Every package's directory, before anything is written (the first missing one is named).
  for (const { path } of config.packages) {
    const at = join(dir, path);
    if (existsSync(at) && statSync(at).isDirectory()) continue;
    throw new PyreleaseError('CONFIG_PACKAGE_PATH_MISSING', `${choice.file}: packages ${JSON.stringify(path)} names a directory that does not exist in working-directory`, {
      file: choice.file,
      key: `packages.${JSON.stringify(path)}`,
      fix: 'key the package by the directory that holds its pyproject.toml, relative to the repository root (or "." for the root), and commit that directory',
    });
  }
  return {
    config,
    projectDir: config.packages.length === 1 ? join(dir, config.packages[0]!.path) : undefined,
    manifest,
    configFile: choice.file,
    manifestFile,
    warnings: [...(choice.warning ? [choice.warning] : []), ...warnings, ...crossCheckManifest(config, manifest, { config: choice.file, manifest: manifestFile })],
  };
}

/** release-please-action's manifest-less mode: the config its inputs make; only the package's directory is checked here. */
function fromInputs(dir: string, manifestFile: string, inputs: ManifestLessInputs): LoadedReleaseConfig {
  const { config, warnings } = manifestLessConfig(inputs);
  const projectDir = join(dir, inputs.path);
  if (!existsSync(projectDir) || !statSync(projectDir).isDirectory()) {
    throw new PyreleaseError('CONFIG_PACKAGE_PATH_MISSING', `input 'path' ${JSON.stringify(inputs.path)} names a directory that does not exist in working-directory`, { key: 'path', fix: 'set path to the directory that holds the package\'s pyproject.toml, relative to the repository root, or remove it for the root' });
  }
  return { config, projectDir, manifest: {}, configFile: MANIFEST_LESS_SOURCE, manifestFile, warnings, manifestLess: true };
}

/**
 * For runs that do not need the release config (the gates alone): the project's directory, read
 * from the config when there is one, so the gates test the package a release would publish. A
 * config that cannot be read is not this run's business: the gates stay in working-directory,
 * and the warning says why.
 */
export function locateProject(dir: string, configName: string | undefined, onlyPath?: string, manifestLess?: ManifestLessInputs): { projectDir: string | undefined; warning?: string; configFile?: string; paths?: string[] } {
  // release-type: the package is at its path input; a config file is ignored, as the release stage ignores it.
  if (manifestLess) return { projectDir: join(dir, manifestLess.path) };
  const choice = resolveConfigPath(configName, (p) => existsSync(join(dir, p)));
  if (!choice.found) return { projectDir: dir };
  try {
    const { packages } = parseConfigIn(dir, readFileSync(join(dir, choice.file), 'utf8'), choice.file, onlyPath).config;
    // Several packages and no path input: the stage refuses to guess (stages/stage.ts projectDirectory).
    if (packages.length > 1) return { projectDir: undefined, configFile: choice.file, paths: packages.map((p) => p.path) };
    const pkgPath = packages[0]!.path;
    const projectDir = join(dir, pkgPath);
    if (existsSync(projectDir) && statSync(projectDir).isDirectory()) return { projectDir };
    return { projectDir: dir, warning: `${choice.file}: packages ${JSON.stringify(pkgPath)} is not a directory here; the gates run in working-directory` };
  } catch (e) {
    return { projectDir: dir, warning: `${choice.file} cannot tell where the package is (${renderErrorLine(e)}); the gates run in working-directory` };
  }
}

/** The config as the stages see it: with a uv workspace its packages may be derived ("packages": {}), and a path input keeps that member only. */
function parseConfigIn(dir: string, text: string, file: string, onlyPath: string | undefined): { config: ReleaseConfig; warnings: string[] } {
  const workspace = readWorkspaceFromDisk(dir);
  if (!workspace) return parseReleaseConfig(text, file, onlyPath);
  const parsed = parseWorkspaceReleaseConfig(text, file, onlyPath, workspace);
  if (onlyPath !== undefined) parsed.config.packages = parsed.config.packages.filter((p) => p.path === onlyPath);
  return parsed;
}

/** The uv workspace of the work tree (core/workspace/), or undefined without [tool.uv.workspace]. */
function readWorkspaceFromDisk(dir: string): WorkspaceMember[] | undefined {
  const read = (p: string) => (existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : undefined);
  const root = read('pyproject.toml');
  const table = root?.includes('workspace') ? readUvWorkspaceTable(root) : undefined;
  if (!table) return undefined;
  // The table read above, handed on: the root pyproject.toml is parsed once.
  const files = workspaceMemberFiles(table, filesWhereMembersMayBe(dir, table));
  return files && readWorkspaceMembers(files, read);
}

/**
 * The files of every directory the members globs could match, as git lists them (relative,
 * "/"-separated): the walk descends only where a member could lie, so virtualenvs, caches and
 * build output are never read.
 */
function filesWhereMembersMayBe(dir: string, table: UvWorkspaceTable): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isFile()) out.push(path);
      else if (e.isDirectory() && e.name !== '.git' && mayHoldMember(table, path)) walk(path);
    }
  };
  walk('');
  return out;
}

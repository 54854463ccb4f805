/**
 * Which config file to read. pyrelease's default is the dotted .release-please-config.json;
 * release-please-action's is release-please-config.json, and it reads only that one unless its
 * config-file input says otherwise (release-please-behaviour.md §1). Both are accepted so a
 * switch needs no rename; when both exist they can disagree, so that is said out loud.
 */
import { PYRELEASE_CONFIG_FILE, RELEASE_PLEASE_CONFIG_FILE } from './defaults.js';

export type ConfigPathChoice =
  /** The file to read. */
  | { found: true; file: string; warning?: string }
  /** Nothing to read: `file` is the name to report as missing, `fix` what to create. */
  | { found: false; file: string; fix: string };

/**
 * @param named the config-file input or --config-file flag, if given
 * @param exists whether a path exists (relative to the project directory, or at a git ref)
 */
export function resolveConfigPath(named: string | undefined, exists: (path: string) => boolean): ConfigPathChoice {
  if (named !== undefined && named !== '') {
    return exists(named) ? { found: true, file: named } : { found: false, file: named, fix: `check the config-file input: ${named} does not exist (is it committed, and is the path relative to working-directory?)` };
  }
  const ours = exists(PYRELEASE_CONFIG_FILE);
  const theirs = exists(RELEASE_PLEASE_CONFIG_FILE);
  if (ours && theirs) {
    return {
      found: true,
      file: PYRELEASE_CONFIG_FILE,
      warning: `both ${PYRELEASE_CONFIG_FILE} and ${RELEASE_PLEASE_CONFIG_FILE} exist; pyrelease reads ${PYRELEASE_CONFIG_FILE}, release-please-action reads ${RELEASE_PLEASE_CONFIG_FILE} — delete one, or name it with config-file`,
    };
  }
  if (ours) return { found: true, file: PYRELEASE_CONFIG_FILE };
  if (theirs) return { found: true, file: RELEASE_PLEASE_CONFIG_FILE };
  return {
    found: false,
    file: PYRELEASE_CONFIG_FILE,
    fix: `create ${PYRELEASE_CONFIG_FILE} (or ${RELEASE_PLEASE_CONFIG_FILE}) with {"packages": {".": {"release-type": "python"}}}, or name yours with the config-file input`,
  };
}

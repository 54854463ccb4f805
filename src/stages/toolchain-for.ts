/** The project's toolchain for a stage: the project read once from disk, the tool pins from settings. */
import { Toolchain } from '../adapters/python-tools/toolchain.js';
import { readPythonProject } from '../adapters/workspace/python-project.js';
import type { Settings } from '../settings/settings.js';

export function toolchainFor(settings: Settings): Promise<Toolchain> {
  return Toolchain.detect(readPythonProject(settings.workingDirectory), { tempDir: settings.tempDir, ruffVersion: settings.ruffVersion, banditVersion: settings.banditVersion });
}

/** The project's toolchain for a stage: the project read once from disk, the tool pins from settings. */
import { Toolchain } from '../adapters/python-tools/toolchain.js';
import { readPythonProject } from '../adapters/workspace/python-project.js';
import { projectDirectory, type StageContext } from './stage.js';

/** The project in the package's directory (projectDirectory), else working-directory. */
export function toolchainFor(ctx: StageContext): Promise<Toolchain> {
  const { settings } = ctx;
  return Toolchain.detect(readPythonProject(projectDirectory(ctx)), { tempDir: settings.tempDir, ruffVersion: settings.ruffVersion, banditVersion: settings.banditVersion });
}

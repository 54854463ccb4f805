/** The project's toolchain for a stage: the project read once from disk, the tool pins from settings. */
import { Toolchain } from '../adapters/python-tools/toolchain.js';
import { readPythonProject } from '../adapters/workspace/python-project.js';
import { projectDirectory, type StageContext } from './stage.js';

/** The project in the package's directory (projectDirectory), else working-directory; `dir` when the stage knows better (validate of several packages: the repository root). */
export function toolchainFor(ctx: StageContext, dir?: string): Promise<Toolchain> {
  const { settings } = ctx;
  return Toolchain.detect(readPythonProject(dir ?? projectDirectory(ctx)), { tempDir: settings.tempDir, ruffVersion: settings.ruffVersion, banditVersion: settings.banditVersion, twineVersion: settings.twineVersion });
}

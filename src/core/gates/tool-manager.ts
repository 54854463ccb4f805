/**
 * Which tool manages the project's development dependencies, so a missing tool is answered with
 * the line that adds it there: uv (uv.lock), Poetry (poetry.lock or [tool.poetry]), PDM (pdm.lock
 * or [tool.pdm]), else pip on the runner. ruff is a standalone binary: pipx suits it outside a
 * project manager.
 */
import { asRecord } from '../records.js';

export type ToolManager = 'uv' | 'poetry' | 'pdm' | 'pip';

export interface ManagerFacts {
  pyproject?: Record<string, unknown>;
  /** Lock files present in the project directory. */
  locks: ReadonlySet<'uv.lock' | 'poetry.lock' | 'pdm.lock'>;
}

export function toolManager(facts: ManagerFacts): ToolManager {
  const tool = asRecord(facts.pyproject?.tool) ?? {};
  if (facts.locks.has('uv.lock')) return 'uv';
  if (facts.locks.has('poetry.lock') || tool.poetry !== undefined) return 'poetry';
  if (facts.locks.has('pdm.lock') || tool.pdm !== undefined) return 'pdm';
  return 'pip';
}

export type GateTool = 'ruff' | 'mypy' | 'pytest' | 'bandit';

export function installLine(manager: ToolManager, tool: GateTool): string {
  switch (manager) {
    case 'uv':
      return tool === 'bandit' ? 'pyrelease runs bandit with uvx; check that uvx can reach the index, or add bandit to the dev group (uv add --dev bandit) to pin its version' : `uv add --dev ${tool}`;
    case 'poetry':
      return `poetry add --group dev ${tool} (and install the project into the interpreter pyrelease runs: poetry config virtualenvs.in-project true, then poetry install)`;
    case 'pdm':
      return `pdm add -dG dev ${tool}`;
    case 'pip':
      return tool === 'ruff' ? 'pipx install ruff (or pip install ruff in the job)' : `pip install ${tool} in the job (a step before pyrelease), or add it to your dev requirements`;
  }
}

/** Failures of the quality gates and the security scan. */
export const gateErrors = {
  GATE_FAILED: { title: 'A blocking gate failed', fix: 'Fix what the annotations and the job summary list, then push again. Every gate runs and reports even when another failed; the summary has each verdict.' },
  GATE_TOOL_MISSING: { title: 'A gate\'s tool is not installed', fix: 'Add it with the project\'s own tool manager (the message names the line: uv add --dev, poetry add --group dev, pdm add -dG dev, pip install or pipx install).' },
  GATE_TOOL_FAILED: { title: 'A gate\'s tool produced no report', fix: 'Run the tool locally to see its error.' },
  GATE_CONFIG_INVALID: { title: 'A tool\'s section of the project configuration is broken ([tool.ruff], [tool.mypy], [tool.bandit], ruff.toml)', fix: 'Correct the key the message names; the tool would crash on it or silently ignore it.' },
  GATE_UV_LOCK_STALE: { title: 'uv.lock does not match pyproject.toml', fix: 'Run uv lock and commit uv.lock. pyrelease runs uv sync --locked and never rewrites the lock file.' },
  PYTHON_CONSTRAINT_INVALID: { title: 'requires-python, Poetry\'s python or python_requires is not a valid version constraint', fix: 'Write a PEP 440 specifier such as ">=3.10" (Poetry: "^3.10" or ">=3.10,<4.0").' },
  UV_LOCK_INVALID: { title: 'uv.lock is not valid TOML', fix: 'Regenerate it with uv lock and commit it; never edit it by hand.' },
} as const;

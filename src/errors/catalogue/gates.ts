/** Failures of the quality gates and the security scan. */
export const gateErrors = {
  GATE_FAILED: { title: 'A blocking gate failed', fix: 'Fix what the annotations and the job summary list, then push again.' },
  GATE_TOOL_MISSING: { title: 'A gate\'s tool is not installed', fix: 'Add it to your dev dependencies, or pip install it on the runner.' },
  GATE_TOOL_FAILED: { title: 'A gate\'s tool produced no report', fix: 'Run the tool locally to see its error.' },
} as const;

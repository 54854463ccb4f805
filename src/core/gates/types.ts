/** Gate results as data: what each tool found, whether it passed, and whether that blocks the release. */
export type GateName = 'ruff-format' | 'ruff-lint' | 'mypy' | 'pytest' | 'bandit' | 'codeql';

export interface Finding {
  tool: string;
  ruleId: string;
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** Repository-relative path, '/'-separated. */
  file: string;
  line: number;
  column?: number;
  /** Bandit's severity/confidence, for SARIF and thresholds. */
  severity?: 'LOW' | 'MEDIUM' | 'HIGH';
  confidence?: 'LOW' | 'MEDIUM' | 'HIGH';
}

export type GateStatus = 'passed' | 'failed' | 'skipped';

export interface GateResult {
  gate: GateName;
  /** Python version the gate ran on (pytest and mypy), when several are asked for. */
  pythonVersion?: string;
  status: GateStatus;
  blocking: boolean;
  /** One line: counts or the reason it was skipped. */
  detail: string;
  findings: Finding[];
  /** pytest only: test counts from the JUnit report. */
  counts?: { passed: number; failed: number; skipped: number };
  /** pytest only: failing tests with their message. */
  failures?: Array<{ name: string; message: string }>;
  durationMs: number;
  /** What the tool printed (stdout then stderr), shown in its own log group. */
  output?: string;
  /** Which release of the tool ran and why that one ("ruff 0.6.9, the project's own (locked in uv.lock)"). */
  tool?: string;
  /** Where it ran: the interpreter or environment, for the summary. */
  environment?: string;
  /** The tool could not read the project's configuration: the one-line error the stage stops with. */
  configError?: { code: string; message: string; file?: string; fix: string };
}

export function verdict(results: readonly GateResult[]): { passed: boolean; blockers: GateResult[] } {
  const blockers = results.filter((r) => r.blocking && r.status === 'failed');
  return { passed: blockers.length === 0, blockers };
}

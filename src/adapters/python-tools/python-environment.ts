/** An interpreter a gate runs in: the runner's own, or a virtual environment pyrelease provisioned. */
import { delimiter, join } from 'node:path';

export interface PythonEnvironment {
  /** The interpreter to run (`<env>/bin/python`, or the runner's sys.executable). */
  python: string;
  /** X.Y.Z, as the interpreter reports it. */
  version: string;
  /** For the summary: where it is and how it was found. */
  label: string;
  /** Variables a command in this environment gets (its bin/ first on PATH, VIRTUAL_ENV), as `uv run` and `activate` set them. */
  env: Record<string, string>;
  /** The environment's own scripts directory, when it is a virtual environment. */
  bin?: string;
}

export type EnvironmentResult =
  | { ok: true; environment: PythonEnvironment }
  | { ok: false; missingPython: boolean; reason: string; fix: string; code?: string };

const WINDOWS = process.platform === 'win32';

/** A virtual environment at `dir`: its interpreter, scripts directory and activation variables. */
export function virtualEnvironment(dir: string, version: string, label: string): PythonEnvironment {
  const bin = join(dir, WINDOWS ? 'Scripts' : 'bin');
  return { python: join(bin, WINDOWS ? 'python.exe' : 'python'), version, label, bin, env: { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, VIRTUAL_ENV: dir } };
}

/**
 * `pyrelease --help` advertises only commands that work from the installed CLI (dist/cli.js):
 * every listed command either does its job or fails saying why, never "not implemented" (exit 2).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli-run.js';

/** The command names under "commands:" in the help text. */
function listedCommands(help: string): string[] {
  const block = help.split('\ncommands:\n')[1]?.split('\n\n')[0] ?? '';
  return block.split('\n').map((l) => /^ {2}(\S+)/.exec(l)?.[1]).filter((n): n is string => n !== undefined);
}

describe('pyrelease --help', () => {
  it('lists plan and check, and no demo', async () => {
    const run = await runCli(['--help']);
    expect(run.exitCode).toBe(0);
    expect(listedCommands(run.stdout)).toEqual(['plan', 'check']);
  });

  it('lists only commands that run: each one, on an empty directory, fails saying why, never as not implemented', async () => {
    const commands = listedCommands((await runCli(['--help'])).stdout);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const empty = mkdtempSync(join(tmpdir(), 'cli-help-'));
      const run = await runCli([command, '--cwd', empty]);
      expect(run.exitCode, `pyrelease ${command}: ${run.stderr}`).toBe(1);
      expect(run.stderr).not.toMatch(/not implemented/i);
      // The why: one error line with a catalogue code, no stack trace.
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^error: .+ \[[A-Z0-9_]+\]$/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses demo as an unknown command (the demo is npm run demo in a clone)', async () => {
    const run = await runCli(['demo']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/unknown command "demo"/);
  });
});

/**
 * A workflow moved from release-please-action often has no actions/checkout step: every stage that
 * reads the project's files says so in one line, before anything else is read or written.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../harness/action-run.js';

describe('the action without a checkout', () => {
  for (const stage of ['publish', 'quality', 'release']) {
    it(`stage: ${stage} in an empty workspace: one line naming the missing actions/checkout step, exit 1`, async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'no-checkout-'));
      const run = await runAction({ workspace, inputs: { stage, token: 'ghs_sentinelNoCheckoutToken0000000000' } });
      expect(run.exitCode).toBe(1);
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors.map((e) => e.message)).toEqual([`the workspace is empty: stage ${stage} reads the project's files — fix: add - uses: actions/checkout@v4 as a step before pyrelease (on a release or tag event it checks out the tag) [CHECKOUT_MISSING]`]);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    });
  }
});

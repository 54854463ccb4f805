// Release stage against the GitHub stand-in: requests per run and plan-to-PR latency, next to
// the local plan alone (the baseline: what the stage adds is the GitHub round trips).
import { it } from 'vitest';
import { releaseFixture } from '../test/stages/release/fixture.js';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

it('release stage', async () => {
  const fx = await releaseFixture();
  const rows: Array<Record<string, unknown>> = [];
  const latencies: number[] = [];
  const updates: number[] = [];
  const updateRequests: number[] = [];
  const graphqlQueries: number[] = [];
  fx.commit('feat: first');
  fx.push();
  let t = performance.now();
  const opened = await fx.run();
  latencies.push(performance.now() - t);
  for (let i = 0; i < 5; i++) {
    fx.commit(`fix: change ${i}`);
    fx.push();
    fx.gh.log.clear();
    t = performance.now();
    const out = await fx.run();
    updates.push(performance.now() - t);
    updateRequests.push(out.requests);
    graphqlQueries.push(fx.gh.log.count('POST', '/graphql'));
  }
  t = performance.now();
  const idle = await fx.run();
  const idleMs = performance.now() - t;
  await fx.close();
  const u = summarize(updates);
  rows.push({ measure: 'open the release PR (plan + create): requests', value: String(opened.requests), target: '' });
  rows.push({ measure: 'update after one new commit: requests (max of 5)', value: String(Math.max(...updateRequests)), target: '≤ 7', ok: Math.max(...updateRequests) <= 7 });
  rows.push({ measure: '… of which GraphQL history queries (pull requests of the commits)', value: String(Math.max(...graphqlQueries)), target: '1 batched', ok: Math.max(...graphqlQueries) === 1 });
  rows.push({ measure: 'nothing changed: requests, writes', value: `${idle.requests}, 0`, target: 'no write' });
  rows.push({ measure: 'plan-to-PR latency, first PR', value: fmtMs(latencies[0]!), baseline: '', ratio: '' });
  rows.push({ measure: 'plan-to-PR latency, update (median of 5)', value: fmtMs(u.median) });
  rows.push({ measure: 'no-change run', value: fmtMs(idleMs) });
  printTable('Release stage (issue #6), GitHub stand-in on loopback, write spacing 0 ms (production spaces writes 1 s apart, as GitHub asks)', rows);
});

/**
 * Runs one bad-input case: builds its world, starts a GitHub stand-in on its bare origin, runs
 * the built action (`node dist/index.js`) as a runner would, and collects what the checks read.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../harness/action-run.js';
import type { RunnerEvent } from '../../harness/runner-env.js';
import { startGitHubStandin } from '../../standins/github/github-standin.js';
import { startPypiStandin } from '../../standins/pypi/pypi-standin.js';
import type { LoggedRequest } from '../../standins/request-log.js';
import { buildWorld, repoStates, type RepoState } from './workspace.js';

export const TOKEN = 'ghs_SENTINEL_bad_inputs_0000000000000';

export interface BadInputCase {
  /** `<category>: what is wrong`; the category is config, manifest, inputs, pyproject, event or repository. */
  name: string;
  /** Repository files written over the base project: path → text, or null to delete. */
  files?: Record<string, string | null>;
  /** `with:` inputs; added to (and overriding) the safe defaults below. */
  with?: Record<string, string>;
  /** The event; `payload` may be a string, written to the event file as it is (not JSON-encoded). */
  event?: { name: string; payload: Record<string, unknown> | string };
  env?: Record<string, string>;
  state?: RepoState;
  /** Secret values inside other inputs (a password in a URL) that must not show either. */
  secrets?: string[];
  /** `line`: a regex the one error line must match; `notInSummary`: a regex the summary of a success must not match. */
  expect: { code: string; line: string } | { success: true; notInSummary?: string };
  /** A defect found and not fixed (outside settings/ and core/config/): what is wrong. The case then runs as it.fails. */
  defect?: string;
}

export interface CaseResult {
  run: ActionRun;
  /** Requests to the GitHub and PyPI stand-ins that could change state (not GET/HEAD). */
  writes: LoggedRequest[];
  originBefore: string;
  originAfter: string;
}

/**
 * Safe defaults: the token is the sentinel; the index is a loopback PyPI stand-in (its writes are
 * checked too, and a case that gets as far as the index is answered at once instead of retrying
 * against a closed port); Sigstore is a closed loopback port and signing is off.
 */
export function defaultInputs(pypiUploadUrl: string): Record<string, string> {
  return { token: TOKEN, 'repository-url': pypiUploadUrl, sign: 'false', 'fulcio-url': 'http://127.0.0.1:9', 'rekor-url': 'http://127.0.0.1:9', 'validate-timeout': '5' };
}

export function loadCases(dir: string): BadInputCase[] {
  const cases: BadInputCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const list = Array.isArray(data) ? data : [data];
    for (const c of list as BadInputCase[]) {
      if (typeof c.name !== 'string' || typeof c.expect !== 'object') throw new Error(`${file}: a case without name or expect`);
      if (c.state !== undefined && !repoStates.includes(c.state)) throw new Error(`${file}: case ${c.name}: unknown state ${c.state}`);
      if ('line' in c.expect) new RegExp(c.expect.line); // a bad pattern fails loading, not one case
      cases.push(c);
    }
  }
  return cases;
}

export async function runCase(c: BadInputCase): Promise<CaseResult> {
  const world = buildWorld(c.files ?? {}, c.state);
  const gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: world.origin, tokens: { [TOKEN]: ['contents', 'pull_requests', 'issues'] } });
  const pypi = await startPypiStandin();
  try {
    const originBefore = world.originRefs();
    const env: Record<string, string> = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/widget' };
    let event: RunnerEvent | undefined;
    const payload = c.event?.payload;
    if (c.event && typeof payload === 'string') {
      // Not JSON (or not an object): written as it is, where the runner would have put the event.
      const path = join(world.root, 'event.json');
      writeFileSync(path, payload);
      Object.assign(env, { GITHUB_EVENT_NAME: c.event.name, GITHUB_EVENT_PATH: path });
    } else if (c.event && typeof payload === 'object') {
      event = { name: c.event.name, payload };
    }
    const run = await runAction({ workspace: world.work, inputs: { ...defaultInputs(pypi.uploadUrl), ...c.with }, event, env: { ...env, ...c.env }, timeoutMs: 50_000 });
    run.runner.cleanup();
    return { run, writes: [...gh.log.writes(), ...pypi.log.writes()], originBefore, originAfter: world.originRefs() };
  } finally {
    await gh.close();
    await pypi.close();
    world.cleanup();
  }
}

// Test-only driver: runs release-please 17.11.2's Manifest.fromConfig — what release-please-action
// v4 calls when `release-type` is given (its src/index.ts loadOrBuildManifest) — against a real
// git repository through the oracle's own offline GitHub (../../.cache/oracle/lib, see
// ../shared/oracle/README.md). The oracle's CLI only drives fromManifest; its OfflineScm also
// answers mergeCommitIterator, releaseIterator and tagIterator, which is all fromConfig reads.
// Prints the oracle's JSON (lib/plan.mjs buildPlan) on stdout.
//
//   node oracle-from-config.mjs ORACLE_DIR DATE '[{"repo": DIR, "config": {"releaseType": "python", ...}, "path": P?}, ...]'
// (one start-up for many repositories; prints one JSON array, a failing case as {"error"}).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dirArg, date, casesJson] = process.argv.slice(2);
const oracleDir = path.resolve(dirArg);
const lib = (name) => import(pathToFileURL(path.join(oracleDir, 'lib', name)).href);
for (const m of ['log', 'info', 'debug']) console[m] = (...a) => console.error(...a);
const { freezeDate } = await lib('fake-date.mjs');
freezeDate(date);
// release-please is loaded only after the clock is frozen (as oracle.mjs does).
const { OfflineScm } = await lib('offline-scm.mjs');
const { GitBackend } = await lib('backends.mjs');
const { resolveGitDir } = await lib('git.mjs');
const plan = await lib('plan.mjs');
const { createRequire } = await import('node:module');
const rp = createRequire(path.join(oracleDir, 'package.json'))('release-please');

const logger = plan.makeLogger('warn');
plan.installLogger(logger);
const out = [];
for (const { repo, config, path: onlyPath } of JSON.parse(casesJson)) {
  try {
    const gitDir = await resolveGitDir(repo);
    const backend = new GitBackend(gitDir);
    const ref = await backend.resolve('refs/heads/main');
    const scm = new OfflineScm({ backend, owner: 'acme', repo: 'widget', branch: 'main', ref, logger });
    // The config release-please-action builds from its inputs (changelogHost: the input's default).
    const manifest = await rp.Manifest.fromConfig(scm, 'main', { changelogHost: 'https://github.com', ...config }, {}, onlyPath);
    const result = await plan.buildPlan(manifest, scm);
    out.push({ releasedVersions: Object.fromEntries(Object.entries(manifest.releasedVersions).map(([k, v]) => [k, v.toString()])), ...result });
  } catch (err) {
    out.push({ error: err.message });
  }
}
process.stdout.write(`${JSON.stringify(out)}\n`);

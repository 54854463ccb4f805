/**
 * stage: validate — proves the release is really out: the index shows every uploaded file with
 * the same sha256 (JSON API, then the simple index pip reads), waiting out CDN lag within
 * validate-timeout but failing at once on a wrong digest; then a fresh environment installs it
 * from the index, imports it and checks the version, and runs the optional smoke test.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageIndex } from '../adapters/pypi/package-index.js';
import { createEnvironment, environmentAt, installFromIndex, runInEnvironment } from '../adapters/python-tools/fresh-install.js';
import { normalizeProjectName, parseDistributionName } from '../core/publish/distribution-name.js';
import { projectPageUrl, simpleIndexUrl } from '../core/publish/index-endpoints.js';
import { sameRelease } from '../core/publish/pep440.js';
import { judgeAvailability, nextPollDelay, type Availability, type ExpectedFile } from '../core/validate/availability.js';
import { IMPORT_CHECK_PROGRAM, parseImportCheck } from '../core/validate/import-check.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { outputTail } from '../errors/output-tail.js';
import { validateOutputs, type ValidateResult } from '../settings/handoff.js';
import { projectDirectory, releaseConfigOf, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';
import { announceRelease } from './validate/announce.js';
import { toolchainFor } from './toolchain-for.js';
import { readProject } from '../adapters/workspace/project-file.js';
import type { StageSelection } from '../settings/settings.js';

export const validateStage: StageDefinition = {
  name: 'validate',
  title: 'Post-release validation',
  blocking: true,
  fedBy: 'publish',
  dryRunSafe: true,
  shouldRun: (ctx) =>
    ctx.results.publish?.published === true || (ctx.settings.handoff.publish?.files?.length ?? 0) > 0 || askedForOnItsOwn(ctx.settings.stage) ? { run: true } : { run: false, reason: 'nothing was published in this run' },
  run: runValidate,
};

/**
 * `stage: validate` (or a list without publish) is asked to check a release even when nothing was
 * published in this run: a scheduled "is my latest release still installable?" job. After publish
 * (stage: all, or a list with publish) it checks only what was published.
 */
function askedForOnItsOwn(stage: StageSelection): boolean {
  if (stage === 'all') return false;
  const names: readonly string[] = typeof stage === 'string' ? [stage] : stage;
  return names.includes('validate') && !names.includes('publish');
}

const INSTALL_TIMEOUT = 10 * 60_000;

async function runValidate(ctx: StageContext): Promise<StageOutcome> {
  const { settings, services, runtime, clock } = ctx;
  const index = services.index();
  const handed = ctx.results.publish?.files ?? settings.handoff.publish?.files ?? [];
  const files = handed.length > 0 ? handed : await filesOnIndex(ctx, index);
  const releases = releasesOf(files);
  const started = clock.now();
  const deadline = started + settings.validateTimeoutSeconds * 1000;
  runtime.info(`validating ${releases.map((r) => `${r.project} ${r.version}`).join(', ')} on ${index.endpoints.label}: ${files.map((f) => f.name).join(', ')}`);

  // A monorepo release: every project's files shown with their digests, then all installed together.
  for (const r of releases) {
    await waitUntilShown('JSON API', () => index.releaseFiles(r.project, r.version), r.files, { ctx, deadline, index });
    await waitUntilShown('simple index', () => index.simpleFiles(r.project), r.files, { ctx, deadline, index });
  }
  const visibleAfter = seconds(clock.now() - started);
  runtime.info(`  visible with the uploaded digests after ${visibleAfter} s`);

  // Several packages: whether uv installs them is the repository's choice (its root), not one member's.
  const tc = await toolchainFor(ctx, services.severalPackages ? settings.workingDirectory : undefined);
  const env = environmentAt(join(mkdtempSync(join(settings.tempDir, 'pyrelease-validate-')), 'venv'));
  const cwd = settings.tempDir;
  const created = await createEnvironment(env.dir, tc.uv, cwd, INSTALL_TIMEOUT);
  if (created.exitCode !== 0) throw new PyreleaseError('VALIDATE_NO_ENVIRONMENT', `a fresh virtual environment could not be created (exit ${created.exitCode})`, { fix: 'install python3-venv (Debian/Ubuntu) or use uv', more: outputTail(created.stderr, 15) });
  const requirements = releases.map((r) => `${r.project}==${r.version}`);
  const installed = await installUntilDeadline(env, requirements, simpleIndexUrl(index.endpoints), tc.uv, ctx, deadline);
  const imported: { project: string; modules: string[]; version: string }[] = [];
  // import-name names one project's modules: with several, each project imports its own top-level modules.
  for (const r of releases) imported.push(await checkImports(ctx, env, r, releases.length === 1 ? settings.importNames : []));
  if (settings.smokeTest.length > 0) {
    const [program, ...args] = settings.smokeTest as [string, ...string[]];
    const smoke = await runInEnvironment(env, program, args, cwd, INSTALL_TIMEOUT);
    runtime.toolOutput(`smoke test (${settings.smokeTest.join(' ')}): exit ${smoke.exitCode}`, smoke.stdout + smoke.stderr);
    if (smoke.exitCode !== 0) throw new PyreleaseError('VALIDATE_SMOKE_FAILED', `the smoke test \`${settings.smokeTest.join(' ')}\` exited ${smoke.exitCode} in the fresh environment`, { key: 'smoke-test', more: outputTail(smoke.stdout + smoke.stderr, 15) });
  }
  const installableAfter = seconds(clock.now() - started);
  const result_: ValidateResult = { validated: true, visibleAfterSeconds: visibleAfter, installableAfterSeconds: installableAfter };
  ctx.results.validate = result_;
  const only = releases.length === 1 ? releases[0] : undefined;
  const told = only ? await tellPeople(ctx, only.project, only.version) : await tellEachInTurn(ctx, releases);
  const named = releases.map((r) => `**${r.project} ${r.version}**`).join(', ');
  const summary = [
    '### Validation',
    '',
    `${named} ${releases.length === 1 ? 'is' : 'are'} on ${index.endpoints.label} with the uploaded digests (JSON API and simple index) after **${visibleAfter} s**, and ${releases.length === 1 ? 'installs' : 'install together'} into a fresh environment (${tc.uv ? 'uv' : 'venv + pip'}) after **${installableAfter} s**${installed.attempts > 1 ? ` (${installed.attempts} attempts)` : ''}.`,
    '',
    `Imported: ${imported.map((i) => `${i.modules.map((m) => `\`${m}\``).join(', ')}; installed version ${i.version}${releases.length > 1 ? ` (${i.project})` : ''}`).join('; ')}.${settings.smokeTest.length > 0 ? ` Smoke test \`${settings.smokeTest.join(' ')}\` passed.` : ''}`,
    '',
    told,
    '',
  ].join('\n');
  return { outputs: validateOutputs(result_), headline: `${releases.map((r) => `${r.project} ${r.version}`).join(', ')}: visible after ${visibleAfter} s, installed and imported after ${installableAfter} s`, summary };
}

/** One release after another, so each one's log lines stay together. */
async function tellEachInTurn(ctx: StageContext, releases: readonly { project: string; version: string }[]): Promise<string> {
  const told: string[] = [];
  for (const r of releases) told.push(await tellPeopleOf(ctx, r));
  return told.join(' ');
}

/**
 * One package of several: its own release's tag (from publish in this run), its notes' references
 * told; the release PR too when every package shares the one grouped PR.
 */
async function tellPeopleOf(ctx: StageContext, r: { project: string; version: string }): Promise<string> {
  const tagName = ctx.results.publish?.tags?.find((t) => normalizeProjectName(t.project) === normalizeProjectName(r.project))?.tagName;
  const grouped = ctx.services.releaseConfig?.config.separatePullRequests === false;
  const prNumber = grouped ? ctx.results.release?.prNumber : undefined;
  const told = await tellPeople(ctx, r.project, r.version, { tagName, prNumber });
  return `${r.project}: ${told}`;
}

/** The "released in" comments, when the run knows its release and may write to the repository. */
async function tellPeople(ctx: StageContext, project: string, version: string, several?: { tagName: string | undefined; prNumber: number | undefined }): Promise<string> {
  const { settings, services, runtime } = ctx;
  const release: { tagName?: string; htmlUrl?: string; body?: string; prNumber?: number } = several ? { ...(several.tagName && { tagName: several.tagName }), ...(several.prNumber !== undefined && { prNumber: several.prNumber }) } : { ...settings.handoff.release, ...ctx.results.release };
  if (settings.dryRun) return 'Dry run: nobody was told.';
  if (!release.tagName || !settings.token || !settings.repository) return 'No release tag or GitHub token in this job: no "released in" comments were posted.';
  const gh = services.github();
  const found = await gh.getReleaseByTag(release.tagName);
  const index = services.index();
  const facts = { project, version, tag: release.tagName, releaseUrl: found?.htmlUrl ?? release.htmlUrl, projectUrl: projectPageUrl(index.endpoints, project, version), indexLabel: index.endpoints.label };
  const told = await announceRelease(gh, facts, { notes: found?.body ?? release.body ?? '', releasePr: release.prNumber, owner: settings.repository.owner, repo: settings.repository.repo, runtime });
  const list = (ns: number[]) => ns.map((n) => `#${n}`).join(', ');
  return [told.commented.length > 0 ? `Told ${list(told.commented)} that it shipped.` : '', told.already.length > 0 ? `Already told: ${list(told.already)}.` : '', told.commented.length + told.already.length === 0 ? 'The release notes reference no pull request or issue to tell.' : ''].filter(Boolean).join(' ');
}

/**
 * Validate on its own: the release named by `version` (else the manifest at HEAD), as the index's
 * JSON API lists it. The simple index and the install are then checked against those digests.
 */
async function filesOnIndex(ctx: StageContext, index: PackageIndex): Promise<ExpectedFile[]> {
  const { settings, runtime } = ctx;
  const project = readProject(projectDirectory(ctx, 'stage validate')).name;
  const fromInput = settings.handoff.release?.version;
  const version = fromInput ?? manifestVersion(ctx);
  if (!version) {
    throw new PyreleaseError('VALIDATE_NOTHING_TO_CHECK', 'stage: validate has nothing to check: no files, no version input, and no version in the release-please manifest', {
      key: 'version',
      fix: 'pass the publish job\'s files (files: ${{ needs.publish.outputs.files }}), or the version to check (version: 1.2.3), or check out the repository so the manifest at HEAD names it',
    });
  }
  runtime.info(`validating ${project} ${version} from ${fromInput ? 'the version input' : `the manifest (${settings.manifestFile})`}: the files are the index's own list`);
  const listed = await index.releaseFiles(project, version);
  if (listed === null || listed.length === 0) {
    throw new PyreleaseError('VALIDATE_NOT_ON_INDEX', `${index.endpoints.label} has no files of ${project} ${version}`, {
      key: 'version',
      fix: `publish ${project} ${version} first, or check the version input and index-url (the index read is ${simpleIndexUrl(index.endpoints)})`,
    });
  }
  return listed.filter((f) => !f.yanked).map((f) => ({ name: f.filename, sha256: f.sha256 }));
}

/** The package's version in the manifest at HEAD (its own key, `.` or a path below the root); undefined when there is no readable manifest. */
function manifestVersion(ctx: StageContext): string | undefined {
  try {
    const loaded = releaseConfigOf(ctx);
    return loaded.manifest[loaded.config.packages[0]?.path ?? '.'];
  } catch {
    return undefined;
  }
}

/** The files grouped by release (project and version, in the order given): one for a package, one per project for a monorepo release. */
function releasesOf(files: readonly ExpectedFile[]): { project: string; version: string; files: ExpectedFile[] }[] {
  const releases: { project: string; version: string; files: ExpectedFile[] }[] = [];
  for (const f of files) {
    const name = parseDistributionName(f.name);
    if (!name) throw new PyreleaseError('INPUT_INVALID', "validate needs the publish stage's files (distribution names with sha256)", { key: 'files', fix: 'pass files: ${{ needs.publish.outputs.files }}' });
    const project = normalizeProjectName(name.project);
    const known = releases.find((r) => r.project === project && r.version === name.version);
    if (known) known.files.push(f);
    else releases.push({ project, version: name.version, files: [f] });
  }
  if (releases.length === 0) throw new PyreleaseError('INPUT_INVALID', "validate needs the publish stage's files (distribution names with sha256)", { key: 'files', fix: 'pass files: ${{ needs.publish.outputs.files }}' });
  return releases;
}

/** One project's import check in the fresh environment: its metadata, its version, every top-level module imported. */
async function checkImports(ctx: StageContext, env: ReturnType<typeof environmentAt>, r: { project: string; version: string }, importNames: readonly string[]): Promise<{ project: string; modules: string[]; version: string }> {
  const requirement = `${r.project}==${r.version}`;
  const check = await runInEnvironment(env, env.python, ['-c', IMPORT_CHECK_PROGRAM, r.project, ...importNames], ctx.settings.tempDir, INSTALL_TIMEOUT);
  ctx.runtime.toolOutput(`import check of ${r.project}: exit ${check.exitCode}`, check.stdout + check.stderr);
  const result = parseImportCheck(check.stdout);
  if (!result) throw new PyreleaseError('VALIDATE_IMPORT_FAILED', `${requirement} installed, but its metadata could not be read in the fresh environment`, { more: outputTail(check.stderr, 15) });
  if (!sameRelease(result.version, r.version)) throw new PyreleaseError('VALIDATE_WRONG_VERSION', `the fresh environment got ${r.project} ${result.version}, not ${r.version}`, { fix: 'the index resolved another version: check that the release is not yanked and the index is the one published to' });
  const failures = Object.entries(result.errors);
  if (result.modules.length === 0) throw new PyreleaseError('VALIDATE_IMPORT_FAILED', `${requirement} installed, but it has no top-level module to import`, { key: 'import-name', fix: 'name the module to import with import-name (e.g. import-name: demo_pkg)' });
  if (failures.length > 0) {
    throw new PyreleaseError('VALIDATE_IMPORT_FAILED', `${requirement} installs, but import ${failures[0]![0]} fails: ${failures[0]![1]}`, { key: 'import-name', fix: 'a missing dependency in [project].dependencies, or a module left out of the wheel, are the usual causes; publish a fixed version', more: failures.map(([m, e]) => `${m}: ${e}`) });
  }
  return { project: r.project, modules: result.modules, version: result.version };
}

async function waitUntilShown(where: string, read: () => Promise<{ filename: string; sha256: string }[] | null>, files: readonly ExpectedFile[], o: { ctx: StageContext; deadline: number; index: PackageIndex }): Promise<void> {
  const { clock, runtime } = o.ctx;
  let last: Availability = { state: 'not-yet', missing: files.map((f) => f.name) };
  for (let attempt = 0; ; attempt++) {
    last = judgeAvailability(files, await read());
    if (last.state === 'visible') return;
    if (last.state === 'wrong') {
      throw new PyreleaseError('VALIDATE_PUBLISHED_WRONG', `${o.index.endpoints.label}'s ${where} shows other content than was uploaded: ${last.problems[0]}`, { fix: 'the index holds other bytes under these names: investigate before anyone installs it, and release a fixed version (names cannot be reused)', more: last.problems });
    }
    const wait = nextPollDelay(attempt, o.deadline - clock.now());
    if (wait <= 0) {
      throw new PyreleaseError('VALIDATE_NOT_VISIBLE', `${o.index.endpoints.label}'s ${where} does not show ${last.missing.join(', ')} yet, ${o.ctx.settings.validateTimeoutSeconds} s after the upload`, {
        key: 'validate-timeout',
        fix: 'the index\'s CDN can lag minutes, in incidents hours: re-run the validate job later (stage: validate with the same files input), or raise validate-timeout',
      });
    }
    runtime.info(`  ${where}: not showing ${last.missing.join(', ')} yet; next look in ${Math.round(wait / 1000)} s`);
    await clock.sleep(wait);
  }
}

async function installUntilDeadline(env: ReturnType<typeof environmentAt>, requirements: readonly string[], simpleUrl: string, uv: boolean, ctx: StageContext, deadline: number): Promise<{ attempts: number }> {
  const { clock, runtime, settings } = ctx;
  // pip may still see a stale page after the JSON API has the release (protocols.md §3.8): retry within the budget.
  for (let attempt = 0; ; attempt++) {
    const r = await installFromIndex(env, requirements, simpleUrl, uv, settings.tempDir, INSTALL_TIMEOUT);
    const requirement = requirements.join(' ');
    runtime.toolOutput(`install ${requirement}: exit ${r.exitCode}`, r.stdout + r.stderr);
    if (r.exitCode === 0) return { attempts: attempt + 1 };
    const wait = nextPollDelay(attempt, deadline - clock.now());
    const notFound = /No matching distribution|Could not find a version|not found in the package registry|no version of/i.test(r.stderr + r.stdout);
    if (!notFound || wait <= 0) {
      throw new PyreleaseError('VALIDATE_INSTALL_FAILED', `${requirement} does not install from the index into a fresh environment (exit ${r.exitCode})`, {
        fix: notFound ? 'the index does not offer it to installers yet: re-run the validate job later' : 'a dependency that is not on the index, or requires-python excluding this interpreter, are the usual causes: see the install log group',
        more: outputTail(r.stderr || r.stdout, 15),
      });
    }
    await clock.sleep(wait);
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

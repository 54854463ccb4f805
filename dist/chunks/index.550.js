export const id = 550;
export const ids = [550];
export const modules = {

/***/ 52550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  previewStage: () => (/* binding */ previewStage)
});

// EXTERNAL MODULE: ./src/core/preview/merge-basis.ts
var merge_basis = __webpack_require__(12511);
// EXTERNAL MODULE: ./src/core/commits/parse-message.ts + 2 modules
var parse_message = __webpack_require__(47033);
;// CONCATENATED MODULE: ./src/core/preview/pr-title.ts
/**
 * PR-title lint: the title must be a conventional commit whose type the project knows — the
 * standard types plus those of its changelog-sections, the same config the planner reads.
 */

const STANDARD_TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert', 'deps'];
function lintPrTitle(title, body, sections) {
    const allowed = [...new Set([...STANDARD_TYPES, ...(sections ?? []).map((s) => s.type)])];
    const [head] = (0,parse_message/* parseMessage */.v)(title.trim()).slice(-1);
    const type = head?.type ?? '';
    const bang = head?.header.includes('!:') ?? false;
    if (!type)
        return { ok: false, problem: `the pull request title ${JSON.stringify(title)} is not a conventional commit`, allowed };
    if (!allowed.includes(type))
        return { ok: false, problem: `the pull request title uses type "${type}", which this project does not know`, allowed };
    // A breaking change may be declared in the body instead of with "!".
    return { ok: true, type, breaking: bang || /^BREAKING[ -]CHANGE:/m.test(body) };
}
function titleFix(allowed) {
    return `write the title as "type(scope)!: description", e.g. "fix(cli): keep trailing punctuation"; types: ${allowed.join(', ')}`;
}
const PREVIEW_MARKER = '<!-- pyrelease:preview -->';

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/stages/plan-from-repository.ts + 31 modules
var plan_from_repository = __webpack_require__(39896);
// EXTERNAL MODULE: ./src/core/preview/squash-commit.ts
var squash_commit = __webpack_require__(62465);
;// CONCATENATED MODULE: ./src/stages/preview/apply-merge-basis.ts


/** Far beyond GitHub's 250-commit pull request; only a bound on a runaway walk. */
const MAX_PR_COMMITS = 10_000;
/** `history` as planned from HEAD (`mergeSha`), possibly with the PR's commits squashed into one. */
async function applyMergeBasis(ctx, history, mergeSha) {
    const { settings, services } = ctx;
    const pr = settings.pullRequest;
    const parents = await services.git.parents(mergeSha);
    const [base, head] = parents;
    const prCommits = parents.length === 2 ? await services.git.log(head, new Set(), MAX_PR_COMMITS, base) : undefined;
    const read = settings.previewFrom === 'commits' || !prCommits ? undefined : await readMergeSettings(ctx);
    // git log lists newest first; GitHub lists a PR's commits oldest first.
    const basis = (0,merge_basis/* decideMergeBasis */.b4)(settings.previewFrom, read, { ...pr, commitMessages: prCommits?.map((c) => c.message).reverse() });
    if (!prCommits)
        return { commits: history, basis };
    const planned = basis.basis === 'title' ? (0,squash_commit/* replacePullRequestCommits */.R)(history, { mergeSha, headSha: head, commits: prCommits }, basis.message) : history;
    // Once merged, GitHub associates this PR with its commits, its merge commit and its squash commit:
    // its body's BEGIN_COMMIT_OVERRIDE applies to them, as release-please will read it then.
    const own = new Set([mergeSha, head, ...prCommits.map((c) => c.sha)]);
    const pullRequest = { number: pr.number, title: pr.title, body: pr.body };
    return { commits: planned.map((c) => (own.has(c.sha) && !c.pullRequest ? { ...c, pullRequest } : c)), basis };
}
/** A token that may not read the repository (403, 404) or none at all is a reason, not a failure. */
async function readMergeSettings(ctx) {
    if (!ctx.settings.token)
        return { ok: false, why: 'there is no token to read the repository merge settings with' };
    try {
        return { ok: true, settings: await ctx.services.github().getMergeSettings() };
    }
    catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 404)
            throw error;
        return { ok: false, why: `the token may not read the repository merge settings (GitHub answered ${status})` };
    }
}

// EXTERNAL MODULE: ./src/stages/pull-requests-of-commits.ts
var pull_requests_of_commits = __webpack_require__(96130);
// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/stages/github-notes.ts

async function generatedNotesIfAllowed(gh, runtime, r) {
    try {
        return await gh.generateReleaseNotes({ tagName: r.tag, targetCommitish: r.targetBranch, previousTagName: r.previousTag });
    }
    catch (error) {
        // The client's errors are already explained (a PyreleaseError carrying GitHub's status).
        const status = (0,errors/* statusOf */.c)(error);
        if (status !== 401 && status !== 403 && status !== 404)
            throw error;
        runtime.warning(`changelog-type github: GitHub would not generate the release notes for this token (${status}); the default CHANGELOG entry is shown instead`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/stages/preview.ts







const previewStage = {
    name: 'preview',
    title: 'Release preview',
    blocking: true,
    dryRunSafe: true,
    shouldRun: (ctx) => (ctx.settings.pullRequest ? { run: true } : { run: false, reason: 'not a pull_request event: there is nothing to preview', fix: 'run stage: preview in a workflow on: pull_request' }),
    run: runPreview,
};
async function runPreview(ctx) {
    const { settings, services, runtime, clock } = ctx;
    const pr = settings.pullRequest;
    const loaded = services.releaseConfig;
    const sections = loaded?.config.packages[0]?.changelogSections;
    const lint = lintPrTitle(pr.title, pr.body, sections);
    if (settings.lintPrTitle && !lint.ok)
        throw new pyrelease_error/* PyreleaseError */.dT('PR_TITLE_INVALID', lint.problem, { key: 'lint-pr-title', fix: titleFix(lint.allowed) });
    // actions/checkout of a pull_request is the merge commit: the history as if the PR were merged,
    // with the PR's commits squashed into its title when that is what GitHub would do.
    const decided = {};
    const rewriteCommits = async (history, headSha) => {
        const applied = await applyMergeBasis(ctx, history, headSha);
        decided.basis = applied.basis;
        return applied.commits;
    };
    // The base's commits carry their merged PRs (overrides) from GitHub; without a token, say so once.
    const readPullRequests = settings.token ? (commits, where) => (0,pull_requests_of_commits/* readPullRequestsOfCommits */.p)(services.github(), where.targetBranch, commits, where) : undefined;
    if (!readPullRequests)
        runtime.notice((0,pull_requests_of_commits/* notRead */.Q)('no GitHub token'));
    const generateNotes = settings.token ? (r) => generatedNotesIfAllowed(services.github(), runtime, r) : undefined;
    const outcome = await (0,plan_from_repository/* planFromRepository */.U)(services.git, { ref: 'HEAD', date: clock.today(), configFile: loaded?.configFile, manifestFile: settings.manifestFile, ...(loaded?.manifestLess && { manifestLess: loaded.config }), ...(settings.packagePath !== undefined && { onlyPath: settings.packagePath }), targetBranch: settings.targetBranch, repository: settings.repository, rewriteCommits, ...(readPullRequests && { readPullRequests }), ...(generateNotes && { generateNotes }) });
    if (outcome.pullRequestsWarning)
        runtime.warning(outcome.pullRequestsWarning);
    const plan = outcome.plan;
    // planFromRepository always hands the history to rewriteCommits before it plans.
    const basis = decided.basis;
    const basisLine = (0,merge_basis/* describeBasis */.UY)(basis);
    runtime.info(`  ${basisLine}`);
    const text = plan.version
        ? [`${PREVIEW_MARKER}`, `### 📦 Merging this releases **${plan.version}** (\`${plan.tag}\`)`, '', `_${basisLine}_`, '', ...plan.reasons.map((r) => `- ${escapeHtml(r)}`), '', '<details><summary>CHANGELOG entry</summary>', '', plan.changelogEntry ?? '', '', '</details>', ''].join('\n')
        : [`${PREVIEW_MARKER}`, '### 📦 Merging this makes no release', '', `_${basisLine}_`, '', `${plan.reasons.map(escapeHtml).join('; ')}.`, ''].join('\n');
    let where;
    if (settings.dryRun)
        where = 'dry run: no comment written';
    else if (pr.fromFork || !settings.token)
        where = `pull request from a fork: its token cannot comment, so the preview is in this summary and the \`preview\` output only`;
    else {
        const gh = services.github();
        try {
            const existing = (await gh.listComments(pr.number)).find((c) => c.body.startsWith(PREVIEW_MARKER));
            if (existing)
                await gh.updateComment(existing.id, text);
            else
                await gh.createComment(pr.number, text);
            where = existing ? `comment on #${pr.number} updated` : `commented on #${pr.number}`;
        }
        catch (error) {
            // A read-only token (forks, restricted permissions): the preview still reaches the summary.
            if (error.status !== 403)
                throw error;
            where = 'the token may not comment here (403): the preview is in this summary and the `preview` output only';
        }
    }
    runtime.info(`  ${where}`);
    const outputs = { preview: JSON.stringify({ version: plan.version, tag: plan.version ? plan.tag : null, basis: basis.basis, reasons: plan.reasons, changelog: plan.changelogEntry }), pr_title_valid: String(lint.ok) };
    const titleNote = lint.ok ? '' : `\n> ⚠️ ${lint.problem} — ${titleFix(lint.allowed)}\n`;
    return { outputs, headline: `${plan.version ? `would release ${plan.version}` : 'no release'}; ${where}`, summary: `${text.replace(PREVIEW_MARKER, '### Release preview')}${titleNote}\n_${where}._\n` };
}
function escapeHtml(text) {
    return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}


/***/ })

};

export const id = 699;
export const ids = [699];
export const modules = {

/***/ 65153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ensureComment)
/* harmony export */ });
async function ensureComment(gh, issue, body, marker) {
    if ((await gh.listComments(issue)).some((c) => marker(c.body)))
        return 'already there';
    await gh.createComment(issue, body);
    const marked = (await gh.listComments(issue)).filter((c) => marker(c.body)).sort((a, b) => a.id - b.id);
    // Ours is the newest we can see; any older one is another run's, which wins.
    if (marked.length > 1) {
        const ours = marked[marked.length - 1];
        await gh.deleteComment(ours.id);
        return 'already there';
    }
    return 'posted';
}


/***/ }),

/***/ 70699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseStage: () => (/* binding */ releaseStage)
});

// EXTERNAL MODULE: ./src/core/release-pr/branch.ts
var release_pr_branch = __webpack_require__(63052);
;// CONCATENATED MODULE: ./src/core/release-pr/identify.ts
function isReleasePullRequest(pr, headBranch, targetBranch, labels) {
    const have = new Set(pr.labels.map((l) => l.toLowerCase()));
    return pr.headRef === headBranch && pr.baseRef === targetBranch && labels.every((l) => have.has(l.toLowerCase()));
}

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/settings/handoff.ts
var handoff = __webpack_require__(9975);
// EXTERNAL MODULE: ./src/stages/plan-from-repository.ts + 31 modules
var plan_from_repository = __webpack_require__(39896);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
;// CONCATENATED MODULE: ./src/adapters/git/tree-builder.ts
/**
 * Computes, locally, the tree sha GitHub will get for "this commit plus these file contents".
 * Git object ids are content hashes, so comparing it with the release branch's tree tells
 * whether the release PR needs an update — without writing anything remote. Only trees are
 * read and only blobs written, so it needs no credentials in a blob-less clone (blobless-clone.ts),
 * which has every tree.
 */




async function treeWithFiles(dir, baseSha, files) {
    const git = new git_runner/* GitRunner */.b(dir);
    const paths = Object.keys(files);
    const listing = (await git.run(['ls-tree', '-z', '--end-of-options', baseSha, '--', ...paths])).stdout;
    const modes = {};
    for (const entry of listing.split('\0').filter(Boolean)) {
        const [meta, path] = entry.split('\t');
        modes[path] = meta.startsWith('100755') ? '100755' : '100644';
    }
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pyrelease-index-'));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(tmp, 'index') };
    try {
        await git.run(['read-tree', baseSha], false, undefined, env);
        for (const path of paths) {
            const blob = (await git.run(['hash-object', '-w', '--stdin'], false, files[path])).stdout.trim();
            modes[path] ??= '100644';
            await git.run(['update-index', '--add', '--cacheinfo', `${modes[path]},${blob},${path}`], false, undefined, env);
        }
        return { treeSha: (await git.run(['write-tree'], false, undefined, env)).stdout.trim(), modes };
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
}
async function treeOf(dir, sha) {
    return (await new git_runner/* GitRunner */.b(dir).run(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`])).stdout.trim();
}

;// CONCATENATED MODULE: ./src/core/release-pr/commit-message.ts
/**
 * The message of the release PR's one commit: the PR title, and with `signoff` the trailer
 * release-please's signoffCommitMessage appends (`\n\nSigned-off-by: Name <email>`).
 */
function releaseCommitMessage(title, signoff) {
    return signoff ? `${title}\n\nSigned-off-by: ${signoff}` : title;
}

// EXTERNAL MODULE: ./src/errors/target-branch-missing.ts
var target_branch_missing = __webpack_require__(98122);
;// CONCATENATED MODULE: ./src/stages/release/ensure-release-pr.ts




/** `open`: the open PRs of the release branch, as the caller already listed them. */
async function ensureReleasePullRequest(gh, repoDir, plan, headSha, target, dryRun, open, signoff) {
    const branch = plan.headBranch;
    const existing = open.find((p) => isReleasePullRequest(p, branch, target, plan.labels)) ?? open.find((p) => p.headRef === branch);
    const { treeSha, modes } = await treeWithFiles(repoDir, headSha, plan.files);
    const summary = (pr) => ({ headBranchName: branch, baseBranchName: target, number: pr.number, title: plan.title, body: plan.body, labels: plan.labels, files: Object.keys(plan.files) });
    const files = Object.entries(plan.files).map(([path, content]) => ({ path, content, mode: modes[path] ?? '100644' }));
    const changes = [];
    const message = releaseCommitMessage(plan.title, signoff);
    if (existing) {
        const current = existing.headSha ? await gh.getCommit(existing.headSha) : undefined;
        // The message too: a signoff added to the config rebuilds the commit (GitHub may trim its trailing newline).
        const branchCurrent = current !== undefined && current.treeSha === treeSha && current.parents.length === 1 && current.parents[0] === headSha && current.message.trim() === message.trim();
        if (!branchCurrent)
            changes.push(`rebuilt ${branch} on ${headSha.slice(0, 7)}`);
        if (existing.title !== plan.title)
            changes.push(`retitled #${existing.number} "${existing.title}" → "${plan.title}"`);
        if (existing.body !== plan.body)
            changes.push(`updated the body of #${existing.number}`);
        const missing = plan.labels.filter((l) => !existing.labels.some((x) => x.toLowerCase() === l.toLowerCase()));
        if (missing.length > 0)
            changes.push(`labelled #${existing.number} ${missing.join(', ')}`);
        if (dryRun || changes.length === 0)
            return { pr: summary(existing), url: existing.htmlUrl, status: dryRun ? 'planned' : 'unchanged', changes };
        if (!branchCurrent)
            await writeBranch(gh, repoDir, branch, headSha, message, files, true);
        if (existing.title !== plan.title || existing.body !== plan.body)
            await gh.updatePullRequest(existing.number, { title: plan.title, body: plan.body });
        if (missing.length > 0)
            await gh.addLabels(existing.number, missing);
        return { pr: summary(existing), url: existing.htmlUrl, status: 'updated', changes };
    }
    if (dryRun)
        return { pr: summary({ number: 0 }), url: '', status: 'planned', changes: [`would open a release PR from ${branch}`] };
    // Before the first write of a new PR: a base branch the repository lacks would leave a stray branch behind.
    if ((await gh.getRef(`heads/${target}`)) === undefined) {
        throw (0,target_branch_missing/* targetBranchMissing */.Y)(target, 'in the repository');
    }
    await writeBranch(gh, repoDir, branch, headSha, message, files, false);
    const request = { title: plan.title, head: branch, base: target, body: plan.body, draft: plan.draftPullRequest };
    const created = await gh.createPullRequest(request).catch(async (e) => {
        // Check, then retry: a create GitHub applied whose answer was lost is adopted, never duplicated.
        const again = (await gh.listPullRequests('open', branch, target))[0];
        return again ?? gh.createPullRequest(request).catch(() => Promise.reject(e));
    });
    await gh.addLabels(created.number, plan.labels);
    return { pr: summary(created), url: created.htmlUrl, status: 'created', changes: [`opened #${created.number} from ${branch}`] };
}
/** One commit on the target commit holding exactly the planned files; the branch is force-moved to it. */
async function writeBranch(gh, repoDir, branch, parent, message, files, exists) {
    const tree = await gh.createTree(await treeOf(repoDir, parent), files);
    const commit = await gh.createCommit(message, tree, [parent]);
    if (exists || (await gh.getRef(`heads/${branch}`)) !== undefined)
        await gh.updateRef(`heads/${branch}`, commit, true);
    else
        await gh.createRef(`heads/${branch}`, commit);
}

;// CONCATENATED MODULE: ./src/core/plan-text.ts
function renderPlanText(plan) {
    if (plan.version === null) {
        const lines = [`No release is due: ${plan.commits} commit${plan.commits === 1 ? '' : 's'} since ${plan.previousTag ?? 'the beginning'}, none releasable.`];
        for (const r of plan.reasons)
            lines.push(`  - ${r}`);
        return lines.join('\n') + '\n';
    }
    const several = severalReleases(plan);
    const after = (r) => (r.previousVersion ? `, after ${r.previousVersion}${r.previousTag ? ` (${r.previousTag})` : ''}` : ', the first release');
    const lines = [
        ...(several
            ? [`Next releases, in one PR: ${several.length}`, ...several.map((r) => `  ${r.path}: ${r.version} (tag ${r.tag})${after(r)}`)]
            : [`Next release: ${plan.version} (tag ${plan.tag})${after(plan)}`]),
        `Commits read: ${plan.commits}`,
        '',
        'Why:',
        ...plan.reasons.map((r) => `  - ${r}`),
        '',
        `Release PR: ${plan.title}`,
        `  branch ${plan.headBranch}, label${plan.labels.length === 1 ? '' : 's'} ${plan.labels.join(', ')}${plan.draftPullRequest ? ', draft' : ''}`,
        '',
        'Files:',
        ...Object.keys(plan.files).map((f) => `  ${f}`),
    ];
    if (plan.warnings.length > 0)
        lines.push('', 'Warnings:', ...plan.warnings.map((w) => `  - ${w}`));
    if (several)
        for (const r of several)
            lines.push('', `CHANGELOG entry (${r.path}):`, '', r.changelogEntry);
    else
        lines.push('', 'CHANGELOG entry:', '', plan.changelogEntry ?? '');
    return lines.join('\n') + '\n';
}
/**
 * A release PR of several packages: each one's release. The plan's own version, tag and entry are
 * the first package's only (the oracle's summary view), so a headline built from them alone would
 * name one package of the PR and hide the others.
 */
function severalReleases(plan) {
    return plan.releases && plan.releases.length > 1 ? plan.releases : undefined;
}
/** The JSON contract of `pyrelease plan --json` (field names are public; keep them). */
function planJson(plan) {
    return {
        version: plan.version,
        tag: plan.tag,
        previousVersion: plan.previousVersion,
        previousTag: plan.previousTag,
        title: plan.title,
        body: plan.body,
        changelogEntry: plan.changelogEntry,
        files: plan.files,
        commits: plan.commits,
        reasons: plan.reasons,
        headBranch: plan.headBranch,
        labels: plan.labels,
        warnings: plan.warnings,
    };
}

;// CONCATENATED MODULE: ./src/stages/release/summary.ts
/** The release stage's part of the job summary: the plan, why, the entry, and links. */

function renderReleaseSummary(tagged, plan, pr, defaultTokenNote) {
    const lines = ['### Release'];
    for (const t of tagged)
        lines.push('', `Released **${t.result.version}** as \`${t.tag}\` at \`${t.sha.slice(0, 7)}\`${t.result.htmlUrl ? ` — [GitHub release](${t.result.htmlUrl})` : ''}.`, ...t.actions.map((a) => `- ${a}`));
    if (plan?.version) {
        const several = severalReleases(plan);
        const what = several ? `Next releases: ${several.map((r) => `**${r.path} ${r.version}** (\`${r.tag}\`)`).join(', ')}` : `Next release: **${plan.version}** (\`${plan.tag}\`)`;
        lines.push('', `${what}${pr?.url ? ` — [release PR #${pr.pr.number}](${pr.url})` : ''}${pr ? `, ${pr.status}` : ''}.`);
        if (pr?.changes.length)
            lines.push(...pr.changes.map((c) => `- ${summary_escape(c)}`));
        lines.push('', `<details><summary>Why ${several ? 'these versions' : 'this version'}</summary>`, '', ...plan.reasons.map((r) => `- ${summary_escape(r)}`), '', '</details>');
        const entries = several ? several.map((r) => [`CHANGELOG entry: ${r.path}`, r.changelogEntry]) : [['CHANGELOG entry', plan.changelogEntry ?? '']];
        for (const [title, entry] of entries)
            lines.push('', `<details><summary>${title}</summary>`, '', entry, '', '</details>');
    }
    else if (plan) {
        lines.push('', `No release is due: ${plan.reasons.map(summary_escape).join('; ')}. Any open release PR is left as it is.`);
    }
    if (defaultTokenNote && (pr?.status === 'created' || tagged.length > 0)) {
        lines.push('', '> **Note:** a PR, tag or release made with the default `GITHUB_TOKEN` does not trigger other workflows (no CI on the release PR, no `on: release` workflow). Pass a GitHub App token as `token:` to change that, or run the publish stage in this same workflow.');
    }
    return lines.join('\n') + '\n';
}
function summary_escape(text) {
    return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

// EXTERNAL MODULE: ./src/core/version/tag-name.ts
var tag_name = __webpack_require__(98186);
// EXTERNAL MODULE: ./src/core/config/tag-style.ts
var tag_style = __webpack_require__(48102);
// EXTERNAL MODULE: ./src/core/version/notation.ts
var version_notation = __webpack_require__(66956);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version_version = __webpack_require__(42752);
// EXTERNAL MODULE: ./src/core/release-pr/body.ts
var body = __webpack_require__(66716);
// EXTERNAL MODULE: ./src/core/release-pr/title.ts
var title = __webpack_require__(71280);
;// CONCATENATED MODULE: ./src/core/release-pr/release-from-pr.ts






function releaseFromPullRequest(pr, pkg) {
    const notation = (0,version_notation/* versionNotation */.t)(pkg);
    const parsed = (0,body/* parseBody */.OG)(pr.body, notation);
    const version = parsed?.version ?? (0,title/* parseTitleVersion */.Sj)(pr.title, pkg.pullRequestTitlePattern, pkg.componentNoSpace, notation);
    if (!version)
        return undefined;
    const component = (0,tag_style/* tagComponent */.w2)(pkg);
    const text = (0,version_version/* formatVersion */.qh)(version);
    const notes = stripDetails(parsed?.entry ?? '');
    return {
        version: text,
        tag: (0,tag_name/* formatTag */._3)(version, (0,tag_style/* tagStyleOf */.Hn)(pkg)),
        name: `${component ? `${component}: ` : ''}${pkg.includeVInReleaseName ? 'v' : ''}${text}`,
        notes,
        draft: pkg.draft,
        // release-please: prerelease config AND (a pre-release part OR a 0.x version).
        prerelease: pkg.prerelease && (version.preRelease !== undefined || version.major === 0),
    };
}
/** A grouped PR wraps the entry in <details><summary>…</summary> … </details>. */
function stripDetails(entry) {
    const m = /^<details><summary>[^<]*<\/summary>\n\n([\s\S]*?)\n<\/details>$/.exec(entry.trim());
    return (m ? m[1] : entry).trim();
}
const DETAILS = /<details><summary>([^<]*)<\/summary>\n\n([\s\S]*?)\n<\/details>/g;
/** release-please's SUMMARY_PATTERN and its componentless form. */
const SUMMARY = /^(?:(.*[^:]):? )?(\d+\.\d+\.\d+.*)$/;
/**
 * The releases of a merged grouped PR (release-please's PullRequestBody.parse: one <details>
 * per release, `component: version` in its summary), each matched to the package whose tags
 * carry that component; sections naming no configured package are left out, as release-please
 * leaves them.
 */
function releasesFromGroupedPullRequest(pr, packages) {
    const out = [];
    for (const [, summary, notes] of pr.body.replace(/\r\n/g, '\n').matchAll(DETAILS)) {
        const m = SUMMARY.exec(summary.trim());
        if (!m)
            continue;
        const component = m[1] ?? '';
        const pkg = packages.find((p) => (0,tag_style/* tagComponent */.w2)(p) === component);
        if (!pkg)
            continue;
        const body = `\n---\n\n\n${notes.trim()}\n\n---\n`;
        const release = releaseFromPullRequest({ title: '', body }, pkg);
        if (release)
            out.push({ pkg, release: { ...release, version: release.version, notes: notes.trim() } });
    }
    return out;
}

// EXTERNAL MODULE: ./src/stages/ensure-comment.ts
var ensure_comment = __webpack_require__(65153);
;// CONCATENATED MODULE: ./src/stages/release/tag-merged-release.ts



async function tagMergedRelease(gh, pr, pkg, config, dryRun) {
    const rel = releaseFromPullRequest(pr, pkg);
    if (!rel || !pr.mergeCommitSha)
        throw unreadable(pr, config);
    const tagged = await ensurePackageRelease(gh, pr, rel, pkg, dryRun);
    if (!dryRun)
        await finishMergedPullRequest(gh, pr, config, [tagged], tagged.actions);
    return tagged;
}
function unreadable(pr, config) {
    return new pyrelease_error/* PyreleaseError */.dT('RELEASE_PR_UNREADABLE', `merged release PR #${pr.number} has no version in its body or title`, {
        fix: `restore the "## [x.y.z]" heading in the PR body, or remove the "${config.labels.join(', ')}" label from #${pr.number} if it was not a release`,
    });
}
/** The tag and GitHub release of one package released by a merged PR (a grouped PR releases several). */
async function ensurePackageRelease(gh, pr, rel, pkg, dryRun) {
    const sha = pr.mergeCommitSha;
    const actions = [];
    const warnings = [];
    const existingTag = await gh.getRef(`tags/${rel.tag}`);
    if (existingTag && existingTag !== sha) {
        throw new pyrelease_error/* PyreleaseError */.dT('TAG_CONFLICT', `tag ${rel.tag} already exists at ${existingTag.slice(0, 7)}, but release PR #${pr.number} was merged as ${sha.slice(0, 7)}; nothing was written`, {
            fix: `if ${rel.tag} is a mistake, delete it (git push origin :refs/tags/${rel.tag}) and re-run; otherwise bump the version in the release PR`,
        });
    }
    const result = { releaseCreated: true, path: pkg.path, tagName: rel.tag, version: rel.version, sha, name: rel.name, body: rel.notes, draft: rel.draft, prNumber: pr.number, prsCreated: false };
    if (dryRun)
        return { result, tag: rel.tag, sha, actions: [`would tag ${rel.tag} at ${sha.slice(0, 7)} and create the GitHub release`], warnings };
    // force-tag-creation tags before the release, as release-please does (a 422 "already exists" is fine);
    // skip-github-release tags too, so the label swap below is not left without a release to point at.
    if (!existingTag && (pkg.forceTagCreation || pkg.skipGithubRelease)) {
        await gh.createRef(`tags/${rel.tag}`, sha).catch(async (e) => {
            if ((await gh.getRef(`tags/${rel.tag}`)) !== sha)
                throw e;
        });
        actions.push(`tagged ${rel.tag}`);
    }
    if (!pkg.skipGithubRelease) {
        // Drafts included (getReleaseByTag falls back to the releases list): a re-run never makes a second one.
        const found = await gh.getReleaseByTag(rel.tag);
        if (found)
            actions.push(`GitHub release ${rel.tag} already existed: reused`);
        else
            actions.push(`created GitHub release ${rel.tag}`);
        const release = found ??
            (await gh
                .createRelease({ tag_name: rel.tag, target_commitish: sha, name: rel.name, body: rel.notes, draft: rel.draft, prerelease: rel.prerelease })
                // A create GitHub applied but whose answer was lost: find it rather than fail or duplicate.
                .catch(async (e) => {
                const applied = await gh.getReleaseByTag(rel.tag);
                if (!applied)
                    throw e;
                return applied;
            }));
        Object.assign(result, { htmlUrl: release.htmlUrl, uploadUrl: release.uploadUrl, id: release.id });
    }
    // release-please-action#833: a draft makes no tag until it is published, and without the tag the next run cannot find this release.
    const untagged = rel.draft && !pkg.forceTagCreation && !existingTag && !pkg.skipGithubRelease;
    if (untagged) {
        warnings.push(`${rel.tag} is a draft release: GitHub creates the tag only when it is published, and until then the next run cannot find this release and plans from the whole history — publish it soon, or set "force-tag-creation": true to tag the merge commit now`);
    }
    return { result, tag: rel.tag, sha, actions, warnings, ...(untagged && { untagged: true }) };
}
/**
 * Once every release of a merged PR exists: one comment listing them (release-please's
 * "Created releases"), then the label swap. `actions` collects what was written.
 */
async function finishMergedPullRequest(gh, pr, config, tagged, actions) {
    const links = tagged.filter((t) => t.result.htmlUrl).map((t) => `- [${t.tag}](${t.result.htmlUrl})`);
    if (links.length > 0) {
        const comment = `🤖 Created releases:\n\n${links.join('\n')}\n\n:sunflower:`;
        if ((await (0,ensure_comment/* ensureComment */.I)(gh, pr.number, comment, (c) => c === comment)) === 'posted')
            actions.push(`commented on #${pr.number}`);
    }
    // Add before removing: a run that dies in between leaves the PR still marked pending, so the next run finishes it.
    await gh.addLabels(pr.number, config.releaseLabels);
    for (const label of config.labels)
        await gh.removeLabel(pr.number, label);
    actions.push(`labelled #${pr.number} ${config.releaseLabels.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/stages/release/target-commit.ts

/**
 * What release-please-action plans: the target branch as GitHub has it. The checkout is that
 * branch on a push to it; on a push to another branch (a workflow on every branch) the target's
 * tip is fetched and planned instead, so no branch but the target ever gets a release PR.
 */
async function targetCommit(git, target) {
    const current = await git.currentBranch();
    if (current === target)
        return { ref: 'HEAD' };
    // Not a repository at all says so, rather than "no such branch".
    await git.assertRepository();
    const tip = await git.fetchBranch(target);
    if (tip === undefined) {
        throw (0,target_branch_missing/* targetBranchMissing */.Y)(target, 'on origin');
    }
    if (tip === (await git.resolveCommit('HEAD')))
        return { ref: 'HEAD' };
    return { ref: tip, note: `this run checked out ${current ?? 'a detached HEAD'}: the release PR is planned from ${target} (${tip.slice(0, 7)}), as release-please-action plans the target branch whichever branch was pushed — set target-branch to release from another branch` };
}

// EXTERNAL MODULE: ./src/stages/pull-requests-of-commits.ts
var pull_requests_of_commits = __webpack_require__(96130);
;// CONCATENATED MODULE: ./src/stages/release/plan-request.ts

function releasePlanRequest(ctx, gh, loaded, at) {
    const { settings, clock } = ctx;
    const rpa = settings.releasePleaseAction;
    return {
        ref: at.ref,
        date: clock.today(),
        configFile: loaded.configFile,
        manifestFile: loaded.manifestFile,
        ...(loaded.manifestLess && { manifestLess: loaded.config }),
        ...(settings.packagePath !== undefined && { onlyPath: settings.packagePath }),
        targetBranch: at.target,
        repository: settings.repository,
        knownTags: at.knownTags,
        readPullRequests: (commits, where) => (0,pull_requests_of_commits/* readPullRequestsOfCommits */.p)(gh, where.targetBranch, commits, where),
        // changelog-type github: release-please asks GitHub for the notes; a refusal fails the run as it fails release-please.
        generateNotes: (r) => gh.generateReleaseNotes({ tagName: r.tag, targetCommitish: r.targetBranch, previousTagName: r.previousTag }),
        ...(rpa?.changelogHost && { changelogHost: rpa.changelogHost }),
    };
}

;// CONCATENATED MODULE: ./src/stages/release/release-packages.ts











async function runManifestRelease(ctx, loaded) {
    const { settings, services, runtime, clock } = ctx;
    const { config } = loaded;
    const gh = services.github();
    const target = settings.targetBranch ?? (await gh.getDefaultBranch());
    const planned = await targetCommit(services.git, target);
    if (planned.note)
        runtime.notice(planned.note);
    // The branches release PRs live on: the grouped one, and each package kept separate.
    const separate = config.packages.filter((p) => config.separatePullRequests || p.separatePullRequests);
    const branches = new Map();
    if (!config.separatePullRequests)
        branches.set((0,release_pr_branch/* releaseBranchName */.H)(target, ''), undefined);
    for (const pkg of separate)
        branches.set((0,release_pr_branch/* releaseBranchName */.H)(target, (0,tag_style/* branchComponent */.k5)(pkg)), pkg);
    // linked-versions' own PR when it is not merged again into the grouped one.
    for (const plugin of config.plugins)
        if (plugin.type === 'linked-versions' && plugin.merge && config.separatePullRequests)
            branches.set((0,release_pr_branch/* linkedBranchName */.n)(target, plugin.groupName), undefined);
    const prs = (await Promise.all([...branches.keys()].map((b) => gh.listPullRequests('all', b, target)))).flat();
    const rpa = settings.releasePleaseAction;
    const tagged = [];
    const merged = [];
    for (const [branch, pkg] of branches) {
        for (const pr of prs.filter((p) => p.mergedAt !== null && isReleasePullRequest(p, branch, target, config.labels))) {
            merged.push(pr);
            // skip-github-release (release-please-action's input): createReleases is not called, so merged release PRs stay untagged.
            if (!rpa?.skipGithubRelease)
                tagged.push(...(await releaseMergedPullRequest(ctx, pr, pkg, loaded)));
        }
    }
    if (rpa?.skipGithubRelease && merged.length > 0)
        runtime.notice(`skip-github-release: ${merged.map((p) => `#${p.number}`).join(', ')} merged but not tagged or released`);
    for (const w of tagged.flatMap((t) => t.warnings))
        runtime.warning(w);
    const knownTags = tagged.map((t) => ({ name: t.tag, sha: t.sha, date: Math.floor(clock.now() / 1000) }));
    const outcome = await (0,plan_from_repository/* planFromRepository */.U)(services.git, releasePlanRequest(ctx, gh, loaded, { ref: planned.ref, target, knownTags }));
    for (const n of outcome.notices)
        runtime.notice(n);
    for (const w of outcome.warnings)
        runtime.warning(w);
    if (outcome.pullRequestsWarning)
        runtime.warning(outcome.pullRequestsWarning);
    const open = prs.filter((p) => p.state === 'open');
    const topLevel = await services.git.topLevel();
    const opened = [];
    // As release-please: no release PR while a merged one waits to be tagged ("untagged, merged release PRs outstanding - aborting").
    const prBlocked = rpa?.skipGithubPullRequest ? 'skip-github-pull-request' : rpa?.skipGithubRelease && merged.length > 0 ? 'a merged release PR is still untagged (skip-github-release)' : undefined;
    if (prBlocked && (outcome.pullRequests ?? []).length > 0)
        runtime.notice(`no release PR opened or updated: ${prBlocked}`);
    if (!prBlocked)
        for (const plan of outcome.pullRequests ?? [])
            opened.push(await ensureReleasePullRequest(gh, topLevel, plan, outcome.headSha, target, settings.dryRun, open.filter((p) => p.headRef === plan.headBranch), config.signoff));
    const written = opened.filter((p) => p.status === 'created' || p.status === 'updated');
    const results = tagged.map((t) => t.result);
    const atHead = tagged.length === 0 ? await releasesAtHead(ctx, prs, branches, target, outcome.headSha, loaded) : [];
    if (atHead.length > 0)
        ctx.results.releasesAtHead = atHead;
    // Later stages act on one package; with several they are told which (see stages/one-package.ts).
    ctx.results.release = { ...(results[0] ?? { releaseCreated: false }), prsCreated: written.length > 0, ...(written[0] && { pr: written[0].pr }) };
    const headline = [
        ...tagged.map((t) => `released ${t.tag}`),
        ...(atHead.length > 0 ? [`HEAD is ${atHead.map((r) => r.tagName).join(', ')}, released by an earlier run: publish and validate finish it`] : []),
        ...(opened.length === 0 ? ['no release due'] : opened.map((p) => `release PR #${p.pr.number} for ${p.pr.title} ${p.status}`)),
    ].join('; ');
    const summary = [renderReleaseSummary(tagged, undefined, undefined, true), ...(outcome.pullRequests ?? []).map((plan, i) => renderReleaseSummary([], plan, opened[i], false).replace(/^### Release\n/, ''))].join('');
    return { outputs: (0,handoff/* manifestReleaseOutputs */.Jm)(results, written.map((p) => p.pr)), headline, summary };
}
/** A merged release PR: each package it names tagged and released, then one comment and the label swap. */
async function releaseMergedPullRequest(ctx, pr, pkg, loaded) {
    const { config } = loaded;
    const gh = ctx.services.github();
    const found = pkg ? [releaseFromPullRequest(pr, pkg)].flatMap((release) => (release ? [{ pkg, release }] : [])) : releasesFromGroupedPullRequest(pr, config.packages);
    if (found.length === 0 || !pr.mergeCommitSha)
        throw unreadable(pr, config);
    const tagged = [];
    for (const { pkg: p, release } of found)
        tagged.push(await ensurePackageRelease(gh, pr, release, p, ctx.settings.dryRun));
    if (!ctx.settings.dryRun)
        await finishMergedPullRequest(gh, pr, config, tagged, tagged[tagged.length - 1].actions);
    return tagged;
}
/**
 * A re-run on the merge commit of a release PR an earlier run already tagged (it died before every
 * package was published, or the job is re-run): no new release (release_created stays empty, as
 * release-please-action has it), but the releases of HEAD, so publish and validate finish the job,
 * as releaseAtHead in release.ts does for one package. The PRs are listed already; one request per
 * package the PR names, only when HEAD is such a merge commit.
 */
async function releasesAtHead(ctx, prs, branches, target, headSha, loaded) {
    const pr = prs.find((p) => p.mergedAt !== null && p.mergeCommitSha === headSha && p.baseRef === target && branches.has(p.headRef));
    if (!pr)
        return [];
    const pkg = branches.get(pr.headRef);
    const found = pkg ? [releaseFromPullRequest(pr, pkg)].flatMap((release) => (release ? [{ pkg, release }] : [])) : releasesFromGroupedPullRequest(pr, loaded.config.packages);
    const gh = ctx.services.github();
    const atHead = [];
    for (const { pkg: p, release } of found) {
        if ((await gh.getRef(`tags/${release.tag}`)) === headSha)
            atHead.push({ path: p.path, tagName: release.tag, version: release.version, sha: headSha });
    }
    return atHead;
}

;// CONCATENATED MODULE: ./src/stages/release.ts
/**
 * stage: release — what release-please-action does for a Python repository: first release
 * what a merged release PR asks for, then plan and open or update the one release PR.
 */













const releaseStage = {
    name: 'release',
    title: 'Release',
    blocking: true,
    dryRunSafe: true,
    // A pull_request run checks out refs/pull/N/merge: planning from it would put unmerged work in the release PR.
    shouldRun: (ctx) => (ctx.settings.eventName.startsWith('pull_request') ? { run: false, reason: 'release PRs are planned on pushes to the target branch, not on pull_request events', fix: 'run stage: release on push to the target branch (on: push: branches: [main]); on pull requests, stage: preview shows the release a merge would make' } : { run: true }),
    run: runRelease,
};
async function runRelease(ctx) {
    const { settings, services, runtime, clock } = ctx;
    const loaded = services.releaseConfig;
    if (!loaded)
        throw new pyrelease_error/* PyreleaseError */.dT('CONFIG_MISSING', 'the release stage needs the release-please config', { fix: 'add .release-please-config.json' });
    const { config } = loaded;
    if (config.packages.length > 1)
        return runManifestRelease(ctx, loaded);
    const pkg = config.packages[0];
    const gh = services.github();
    const target = settings.targetBranch ?? (await gh.getDefaultBranch());
    const planned = await targetCommit(services.git, target);
    if (planned.note)
        runtime.notice(planned.note);
    const branch = (0,release_pr_branch/* releaseBranchName */.H)(target, config.separatePullRequests ? (0,tag_style/* branchComponent */.k5)(pkg) : '');
    // One list for both: merged PRs still pending a release, and the open release PR (saves a request per run).
    const prs = await gh.listPullRequests('all', branch, target);
    const merged = prs.filter((p) => p.mergedAt !== null && isReleasePullRequest(p, branch, target, config.labels));
    const rpa = settings.releasePleaseAction;
    const tagged = [];
    // skip-github-release (release-please-action's input): createReleases is not called, so merged release PRs stay untagged.
    if (!rpa?.skipGithubRelease)
        for (const pr of merged)
            tagged.push(await tagMergedRelease(gh, pr, pkg, config, settings.dryRun));
    else if (merged.length > 0)
        runtime.notice(`skip-github-release: ${merged.map((p) => `#${p.number}`).join(', ')} merged but not tagged or released`);
    for (const w of tagged.flatMap((t) => t.warnings))
        runtime.warning(w);
    // A draft makes no tag: it is still the previous release, found by its tag name and commit.
    const knownTags = [...tagged.map((t) => ({ name: t.tag, sha: t.sha, date: Math.floor(clock.now() / 1000) })), ...(await earlierDraft(gh, pkg, loaded.manifest[pkg.path], tagged))];
    const outcome = await (0,plan_from_repository/* planFromRepository */.U)(services.git, releasePlanRequest(ctx, gh, loaded, { ref: planned.ref, target, knownTags }));
    for (const n of outcome.notices)
        runtime.notice(n);
    for (const w of outcome.warnings)
        runtime.warning(w);
    if (outcome.pullRequestsWarning)
        runtime.warning(outcome.pullRequestsWarning);
    let pr;
    const open = prs.filter((p) => p.state === 'open');
    // As release-please: no release PR while a merged one waits to be tagged ("untagged, merged release PRs outstanding - aborting").
    const prBlocked = rpa?.skipGithubPullRequest ? 'skip-github-pull-request' : rpa?.skipGithubRelease && merged.length > 0 ? 'a merged release PR is still untagged (skip-github-release)' : undefined;
    if (prBlocked && outcome.plan.version !== null)
        runtime.notice(`no release PR opened or updated: ${prBlocked}`);
    if (outcome.plan.version !== null && !prBlocked)
        pr = await ensureReleasePullRequest(gh, await services.git.topLevel(), outcome.plan, outcome.headSha, target, settings.dryRun, open, config.signoff);
    const released = tagged[tagged.length - 1]?.result ?? (await releaseAtHead(gh, outcome.plan, outcome.headSha));
    const result = { ...(released ?? { releaseCreated: false }), path: pkg.path, prsCreated: pr?.status === 'created' || pr?.status === 'updated' };
    if (planned.ref !== 'HEAD')
        result.notCheckedOut = true;
    if (pr)
        result.pr = pr.pr;
    ctx.results.release = result;
    const headline = [
        ...tagged.map((t) => `released ${t.tag}`),
        ...(result.atHead ? [`HEAD is ${result.tagName}, released by an earlier run: publish and validate finish it`] : []),
        outcome.plan.version === null ? 'no release due' : pr ? `release PR #${pr.pr.number} for ${outcome.plan.version} ${pr.status}` : `${outcome.plan.version} due, no release PR (${prBlocked})`,
    ].join('; ');
    return { outputs: (0,handoff/* releaseOutputs */.mm)(result), headline, summary: renderReleaseSummary(tagged, outcome.plan, pr, true) };
}
/**
 * With `draft: true` a release has no tag until someone publishes it, so a later run would find no
 * previous release and plan from the beginning of history (release-please-action#833). The draft
 * of the manifest's version is looked up instead (one request, only for draft packages) and its
 * commit counts as the release.
 */
async function earlierDraft(gh, pkg, manifestVersion, tagged) {
    if (!pkg.draft || manifestVersion === undefined)
        return [];
    const tag = (0,tag_name/* formatTag */._3)(manifestVersion, (0,tag_style/* tagStyleOf */.Hn)(pkg));
    if (tagged.some((t) => t.tag === tag))
        return [];
    const release = await gh.getReleaseByTag(tag);
    if (!release?.draft || !/^[0-9a-f]{40}$/.test(release.targetCommitish))
        return [];
    return [{ name: tag, sha: release.targetCommitish, date: 0 }];
}
/**
 * A re-run on a commit an earlier run already released (it died before publishing, or the job is
 * re-run): not a new release (release_created stays empty, as release-please-action has it), but
 * the release of HEAD, so publish and validate can finish the job. One request, only when no
 * release is due.
 */
async function releaseAtHead(gh, plan, headSha) {
    if (plan.version !== null || !plan.previousTag || !plan.previousVersion)
        return undefined;
    const tagged = await gh.getRef(`tags/${plan.previousTag}`);
    if (tagged !== undefined && tagged !== headSha)
        return undefined;
    const release = await gh.getReleaseByTag(plan.previousTag);
    // No tag: only a draft made at HEAD is HEAD's release.
    if (tagged === undefined && !(release?.draft && release.targetCommitish === headSha))
        return undefined;
    const result = { releaseCreated: false, atHead: true, tagName: plan.previousTag, version: plan.previousVersion, sha: headSha, prsCreated: false };
    if (release)
        Object.assign(result, { htmlUrl: release.htmlUrl, uploadUrl: release.uploadUrl, id: release.id, body: release.body });
    return result;
}


/***/ })

};

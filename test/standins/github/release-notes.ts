/**
 * The stand-in's POST /repos/{owner}/{repo}/releases/generate-notes (docs.github.com/rest/releases:
 * "Generate release notes content for a release"): a name and a Markdown body for the changes
 * since the previous tag, saved nowhere. As GitHub documents it: `tag_name` is required;
 * `target_commitish` is required when the tag does not exist yet (and ignored when it does);
 * `previous_tag_name` starts the range, else the latest published release before it does, else the
 * repository's first commit. The body is GitHub's default template: the merged pull requests of
 * the range as `* <title> by @<login> in <url>` under `## What's Changed`, then the
 * `**Full Changelog**` link. Not modelled: `.github/release.yml` categories and the
 * "New Contributors" section. A previous tag that does not exist is refused with 422 (unverified:
 * GitHub's exact answer there is not documented).
 */
import type { BareRepo } from './bare-repo.js';
import type { GitHubState } from './state.js';
import type { StandinResponse } from '../server.js';

export function generateReleaseNotes(ctx: { repo: BareRepo; state: GitHubState; web: string }, b: { tag_name?: unknown; target_commitish?: unknown; previous_tag_name?: unknown }): StandinResponse {
  const invalid = (field: string, code: string): StandinResponse => ({ status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Release', code, field }], documentation_url: 'https://docs.github.com/rest/releases/releases#generate-release-notes-content-for-a-release' } });
  if (typeof b.tag_name !== 'string' || b.tag_name === '') return invalid('tag_name', 'missing_field');
  const tag = b.tag_name;
  const target = ctx.repo.refSha(`refs/tags/${tag}`) ?? (typeof b.target_commitish === 'string' ? (ctx.repo.refSha(`refs/heads/${b.target_commitish}`) ?? ctx.repo.refSha(b.target_commitish)) : undefined);
  if (!target) return invalid('target_commitish', 'invalid');
  let previous: string | undefined;
  if (b.previous_tag_name !== undefined && b.previous_tag_name !== null) {
    if (typeof b.previous_tag_name !== 'string' || !ctx.repo.refSha(`refs/tags/${b.previous_tag_name}`)) return invalid('previous_tag_name', 'invalid');
    previous = b.previous_tag_name;
  } else {
    previous = [...ctx.state.releases].reverse().find((r) => !r.draft && r.tag_name !== tag && ctx.repo.refSha(`refs/tags/${r.tag_name}`) && ctx.repo.isAncestor(ctx.repo.refSha(`refs/tags/${r.tag_name}`)!, target))?.tag_name;
  }
  const range = (ctx.repo.tryGit(['rev-list', target, ...(previous ? [`^refs/tags/${previous}`] : [])]) ?? '').split('\n').filter(Boolean);
  const merged = ctx.state.pulls.filter((p) => p.merge_commit_sha !== null && range.includes(p.merge_commit_sha)).sort((a, b) => a.number - b.number);
  const lines = merged.map((p) => `* ${p.title} by @${p.user ?? 'github-actions[bot]'} in ${ctx.web}/pull/${p.number}`);
  const full = previous ? `**Full Changelog**: ${ctx.web}/compare/${previous}...${tag}` : `**Full Changelog**: ${ctx.web}/commits/${tag}`;
  const body = lines.length > 0 ? `## What's Changed\n${lines.join('\n')}\n\n\n${full}` : full;
  return { status: 200, body: { name: tag, body } };
}

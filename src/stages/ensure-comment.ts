/**
 * One comment per marker, even when two runs race: post only when no comment carries the marker,
 * then look again; if an older comment with the marker exists (another run got there first), ours
 * is removed. Both racers see the same list, so exactly the oldest survives.
 */
import type { GitHubClient } from '../adapters/github/client.js';

export type CommentOutcome = 'posted' | 'already there';

export async function ensureComment(gh: GitHubClient, issue: number, body: string, marker: (text: string) => boolean): Promise<CommentOutcome> {
  if ((await gh.listComments(issue)).some((c) => marker(c.body))) return 'already there';
  await gh.createComment(issue, body);
  const marked = (await gh.listComments(issue)).filter((c) => marker(c.body)).sort((a, b) => a.id - b.id);
  // Ours is the newest we can see; any older one is another run's, which wins.
  if (marked.length > 1) {
    const ours = marked[marked.length - 1]!;
    await gh.deleteComment(ours.id);
    return 'already there';
  }
  return 'posted';
}

/**
 * The README is a front page (issue #20, item 4): under 250 lines, the manual in docs/. Every
 * relative link in README.md and docs/**\/*.md resolves: the file or folder exists, and a #anchor
 * names a heading of the target as GitHub renders it (github-slugger, GitHub's own slug rules,
 * duplicates numbered -1, -2 …).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const markdownUnder = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? markdownUnder(join(dir, n)) : n.endsWith('.md') ? [join(dir, n)] : []));
const pages = [join(root, 'README.md'), ...markdownUnder(join(root, 'docs'))];
const show = (file: string) => relative(root, file).split('\\').join('/');

/** The text outside fenced code blocks and inline code, line by line (links there are examples, not links). */
function proseLines(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split(/\r?\n/).map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    return fence === undefined ? line.replace(/`[^`]*`/g, '') : '';
  });
}

/** The anchors GitHub gives the headings of a page, in order. */
function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let fence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fence = !fence;
    const heading = fence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    // The rendered text: link text without its target, no tags, no code ticks.
    const text = heading[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '').replace(/`/g, '');
    anchors.add(slugger.slug(text));
  }
  return anchors;
}

interface Link {
  page: string;
  target: string;
}

function relativeLinks(page: string): Link[] {
  const links: Link[] = [];
  for (const line of proseLines(readFileSync(page, 'utf8'))) {
    for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1]!;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push({ page, target });
    }
  }
  return links;
}

/** Why a link does not resolve, or undefined when it does. */
function brokenBecause({ page, target }: Link): string | undefined {
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const file = pathPart === '' ? page : resolve(dirname(page), decodeURIComponent(pathPart));
  if (!existsSync(file)) return `${show(file)} does not exist`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return `#${anchor} points into ${show(file)}, which has no headings`;
  const anchors = anchorsOf(readFileSync(file, 'utf8'));
  return anchors.has(decodeURIComponent(anchor).toLowerCase()) ? undefined : `${show(file)} has no heading with the anchor #${anchor}`;
}

describe('README.md is a front page', () => {
  it('is under 250 lines', () => {
    const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThan(250);
  });
});

describe('links in README.md and docs/', () => {
  const links = pages.flatMap(relativeLinks);

  it('finds the links (the README links its docs pages)', () => {
    expect(links.filter((l) => l.page.endsWith('README.md')).length).toBeGreaterThan(10);
  });

  it('every relative link resolves to a file and, with #anchor, to a heading', () => {
    const broken = links.map((l) => ({ link: `${show(l.page)}: ${l.target}`, why: brokenBecause(l) })).filter((b) => b.why !== undefined);
    expect(broken).toEqual([]);
  });

  it('anchors follow GitHub: punctuation dropped, code ticks dropped, duplicates numbered', () => {
    expect([...anchorsOf('# The planner (`pyrelease plan`)\n## Notes\n## Notes\n```\n# not a heading\n```\n')]).toEqual(['the-planner-pyrelease-plan', 'notes', 'notes-1']);
  });

  it('a missing file or anchor is reported, not passed', () => {
    const page = join(root, 'README.md');
    expect(brokenBecause({ page, target: 'docs/no-such-page.md' })).toMatch(/does not exist/);
    expect(brokenBecause({ page, target: 'docs/release-pr.md#no-such-heading' })).toMatch(/no heading with the anchor #no-such-heading/);
    expect(brokenBecause({ page, target: 'docs/release-pr.md#the-planner-pyrelease-plan' })).toBeUndefined();
  });
});

/**
 * The CHANGELOG entry exactly as release-please 17.11.2 writes it through
 * conventional-changelog-writer and the conventionalcommits preset (release-please-behaviour.md §6).
 */
import type { ChangelogSection } from '../config/types.js';
import type { CommitReference, ConventionalCommit } from '../commits/conventional-commit.js';
import { findSection } from './sections.js';

export interface EntryContext {
  host: string;
  owner: string;
  repo: string;
  version: string;
  previousTag: string | null;
  currentTag: string;
  /** YYYY-MM-DD, today in UTC. */
  date: string;
  sections: readonly ChangelogSection[];
}

interface Bullet {
  type: string;
  scope: string | null;
  subject: string;
  header: string;
  shortHash: string;
  hash: string;
  references: CommitReference[];
  notes: string[];
}

const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i;
const BANG_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;

export function renderChangelogEntry(commits: readonly ConventionalCommit[], ctx: EntryContext): string {
  const base = `${ctx.host}/${ctx.owner}/${ctx.repo}`;
  const bullets = commits.map((c) => toBullet(c, ctx, base)).filter((b): b is Bullet => b !== undefined);
  const heading = ctx.previousTag
    ? `## [${ctx.version}](${base}/compare/${ctx.previousTag}...${ctx.currentTag}) (${ctx.date})`
    : `## ${ctx.version} (${ctx.date})`;
  let out = `${heading}\n\n`;
  const notes = bullets.flatMap((b) => b.notes.map((text) => `* ${b.scope ? `**${b.scope}:** ` : ''}${text}\n`));
  if (notes.length > 0) out += `\n### ⚠ BREAKING CHANGES\n\n${notes.join('')}`;
  for (const group of groupBullets(bullets, ctx.sections)) {
    out += `\n${group.title ? `### ${group.title}\n\n` : ''}${group.bullets.map((b) => renderBullet(b, base)).join('')}\n`;
  }
  return out.trim();
}

/** release-please's rule: an entry with only its heading means nothing to release. */
export function isEntryEmpty(entry: string): boolean {
  return entry.split('\n').length <= 1;
}

function toBullet(c: ConventionalCommit, ctx: EntryContext, base: string): Bullet | undefined {
  const entry = findSection(ctx.sections, c.type, c.scope);
  // A hidden type with no notes and no "!: " in its header (what BANG_HEADER needs) is never kept:
  // decided before any text is rewritten (issue #21: a third of a history's commits).
  if ((entry === undefined || entry.hidden) && c.notes.length === 0 && !c.header.includes('!: ')) return undefined;
  const notes = c.notes.filter((n) => n.title === 'BREAKING CHANGE').map((n) => n.text.replace(/\(#(\d+)\)/, `([#$1](${base}/issues/$1))`));
  const bang = BANG_HEADER.exec(c.header);
  if (bang && notes.length === 0) notes.push(bang[3]!);
  const footer = c.notes.filter((n) => n.title === 'RELEASE AS').map((n) => `Release-As: ${n.text}`).join('\n');
  const keep = notes.length > 0 || RELEASE_AS.test(footer);
  if (!keep && (entry === undefined || entry.hidden)) return undefined;
  const issues: string[] = [];
  const subject = htmlEscape(c.subject)
    .replace(/(#)([0-9]+)/g, (_m, prefix: string, issue: string) => {
      issues.push(prefix + issue);
      return `[${prefix}${issue}](${base}/issues/${issue})`;
    })
    .replace(/\B@([a-z0-9](?:-?[a-z0-9/]){0,38})/g, (_m, user: string) => (user.includes('/') ? `@${user}` : `[@${user}](${ctx.host}/${user})`));
  return {
    type: entry ? entry.section : c.type,
    scope: c.scope === '*' ? '' : c.scope,
    subject,
    header: c.header,
    hash: c.sha,
    shortHash: c.sha.slice(0, 7),
    references: c.references.filter((r) => !issues.includes(r.prefix + r.issue)),
    notes,
  };
}

/** Backtick spans stay as written; a lone < or > is escaped (release-please's htmlEscape). */
function htmlEscape(message: string): string {
  return message.replace(/``[^`].*[^`]``|`[^`]*`|<|>/g, (m) => (m.length > 1 ? m : m === '<' ? '&lt;' : '&gt;'));
}

function groupBullets(bullets: Bullet[], sections: readonly ChangelogSection[]): Array<{ title: string; bullets: Bullet[] }> {
  const groups = new Map<string, Bullet[]>();
  for (const b of bullets) {
    const list = groups.get(b.type);
    if (list) list.push(b);
    else groups.set(b.type, [b]);
  }
  const order = sections.map((s) => s.section).filter(Boolean);
  const result = [...groups].map(([title, list]) => ({ title, bullets: sortByScopeThenSubject(list) }));
  // Same comparator as the preset, on the same engine: unknown titles (index -1) sort first.
  return result.sort((a, b) => order.indexOf(a.title) - order.indexOf(b.title));
}

/**
 * conventional-changelog-writer 6 turns commitsSort ['scope', 'subject'] into one string per
 * bullet, (scope || '') + (subject || ''), compared with localeCompare (ICU: case-insensitive
 * first, punctuation before letters); the subject is the rewritten one, links included. Each
 * key is built once and compared with one Intl.Collator, which is what localeCompare without
 * arguments is defined to use (ECMA-402), without building a collator and two strings per
 * comparison (issue #21: 10,000 bullets made this a tenth of the plan). The sort is stable, as before.
 */
let collator: Intl.Collator | undefined;
function sortByScopeThenSubject(list: Bullet[]): Bullet[] {
  const compare = (collator ??= new Intl.Collator()).compare;
  const keyed = list.map((bullet) => ({ bullet, key: `${bullet.scope || ''}${bullet.subject || ''}` }));
  keyed.sort((a, b) => compare(a.key, b.key));
  return keyed.map((k) => k.bullet);
}

function renderBullet(b: Bullet, base: string): string {
  const refs = b.references.length > 0 ? `, refs${b.references.map((r) => ` [${r.prefix}${r.issue}](${base}/issues/${r.issue})`).join('')}` : '';
  // The writer's template links the commit only when it has a hash (linked-versions' synthetic commit has none).
  const link = b.hash ? ` ([${b.shortHash}](${base}/commit/${b.hash}))` : '';
  return `*${b.scope ? ` **${b.scope}:**` : ''} ${b.subject || b.header}${link}${refs}\n`;
}

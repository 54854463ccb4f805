/**
 * release-please's sentence-case plugin (plugins/sentence-case.js), applied where it applies it:
 * to the parsed commits, before the version and the CHANGELOG are built. Two quirks are kept:
 * the subject is tested against the special words as a whole ("npm install" becomes "Npm
 * install"), while the header's first word is tested alone (its "npm" stays).
 */
import type { ConventionalCommit } from './conventional-commit.js';

const SPECIAL_WORDS = ['gRPC', 'npm'];

export function sentenceCase(commits: readonly ConventionalCommit[], specialWords: readonly string[] = SPECIAL_WORDS): ConventionalCommit[] {
  const special = new Set(specialWords);
  const upper = (word: string) => (special.has(word) || !/^[a-z]/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1));
  return commits.map((c) => {
    let header = c.header;
    if (header.includes(':')) {
      const [type, ...rest] = header.split(':');
      const suffix = rest.join(':').trim();
      const end = /\s|$/.exec(suffix)!.index;
      header = `${type}: ${upper(suffix.slice(0, end))}${suffix.slice(end)}`;
    }
    return { ...c, subject: upper(c.subject), header };
  });
}

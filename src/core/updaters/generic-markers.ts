/**
 * release-please's generic updater: `x-release-please-version` (and -major/-minor/-patch,
 * -date, -version-date) on a line, or `x-release-please-start-<scope>` … `-end` blocks.
 * Like upstream it splits on \r?\n and joins with \n, so CRLF files come back LF.
 */
import type { Version } from '../version/version.js';
import { formatVersion } from '../version/version.js';
import { versionInText } from './version-in-text.js';

const INLINE = /x-release-please-(major|minor|patch|version-date|version|date)/;
const BLOCK_START = /x-release-please-start-(major|minor|patch|version-date|version|date)/;
const BLOCK_END = /x-release-please-end/;

export function updateGenericMarkers(content: string, version: Version, date: string, dateFormat = '%Y-%m-%d'): string {
  if (!content) return '';
  const out: string[] = [];
  let block: string | undefined;
  for (const line of content.split(/\r?\n/)) {
    const inline = INLINE.exec(line);
    if (inline) out.push(replace(line, inline[1]!, version, date, dateFormat));
    else if (block) {
      out.push(replace(line, block, version, date, dateFormat));
      if (BLOCK_END.test(line)) block = undefined;
    } else {
      const start = BLOCK_START.exec(line);
      if (start) block = start[1];
      out.push(line);
    }
  }
  return out.join('\n');
}

function replace(line: string, scope: string, v: Version, date: string, dateFormat: string): string {
  const formatted = formatDate(dateFormat, date);
  const dateRe = new RegExp(dateFormat.replace(/%[Ymd]/g, (m) => (m === '%Y' ? '(\\d{4})' : '(\\d{2})')));
  switch (scope) {
    case 'date':
      return line.replace(dateRe, formatted);
    case 'version-date':
      return line.replace(dateRe, formatted).replace(versionInText(v), formatVersion(v));
    case 'major':
      return line.replace(/\d+\b/, String(v.major));
    case 'minor':
      return line.replace(/\b\d+\b/, String(v.minor));
    case 'patch':
      return line.replace(/\b\d+\b/, String(v.patch));
    default:
      return line.replace(versionInText(v), formatVersion(v));
  }
}

function formatDate(format: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return format.replace(/%[Ymd]/g, (t) => (t === '%Y' ? y! : t === '%m' ? m! : d!));
}

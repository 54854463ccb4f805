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
      return isValidDate(formatted, dateFormat) ? line.replace(dateRe, formatted) : line;
    case 'version-date':
      return (isValidDate(formatted, dateFormat) ? line.replace(dateRe, formatted) : line).replace(versionInText(v), formatVersion(v));
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

/**
 * release-please's isValidDate, quirk kept: it reads the n-th number of the formatted date at
 * index (position of %Y in the format) / 3, so only formats whose tokens sit three characters
 * apart ("%Y-%m-%d", "%d/%m/%Y") pass; with any other (e.g. "%Y%m%d") the date is left alone.
 */
function isValidDate(formatted: string, format: string): boolean {
  const parts = formatted.match(/\d+/g);
  if (!parts) return false;
  const at = (token: string) => Number.parseInt(parts[format.indexOf(token) / 3] ?? '', 10);
  const [year, month, day] = [at('%Y'), at('%m'), at('%d')];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

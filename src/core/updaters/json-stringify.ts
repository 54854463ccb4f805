/**
 * release-please's jsonStringify (util/json-stringify.js): JSON.stringify with the indent
 * detect-indent finds in the file (the most common step between lines, not the first one), and
 * the text before the first "{" and after the last "}" kept. The manifest and JSON extra files
 * are written through it.
 */
import detectIndent from 'detect-indent';

export function stringifyLike(data: unknown, content: string): string {
  return `${content.slice(0, content.indexOf('{'))}${JSON.stringify(data, null, detectIndent(content.trim()).indent)}${content.slice(content.lastIndexOf('}') + 1)}`;
}

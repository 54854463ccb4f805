/**
 * How PyPI answers with a reason: the message in the HTTP status line (Warehouse's
 * `_exc_with_message`, made ISO-8859-1 safe) and again in a Pyramid-style HTML error page, which is
 * where twine and pip read it. Also the bare HTML 404 the read APIs answer for unknown names.
 */
import type { StandinResponse } from '../server.js';

const TITLES: Record<number, [title: string, explanation: string]> = {
  301: ['Moved Permanently', 'The resource has been moved to'],
  308: ['Permanent Redirect', 'The resource has been moved to'],
  400: ['Bad Request', 'The server could not comply with the request since it is either malformed or otherwise incorrect.'],
  403: ['Forbidden', 'Access was denied to this resource.'],
  404: ['Not Found', 'The resource could not be found.'],
  406: ['Not Acceptable', 'The server could not generate a response acceptable to your client.'],
  410: ['Gone', 'This resource is no longer available.  No forwarding address is given.'],
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

/** The reason as a status line can carry it: ISO-8859-1 (others become `?`), no control characters. */
export function statusLineSafe(reason: string): string {
  return [...reason].map((ch) => (ch.charCodeAt(0) > 0xff || /[\x00-\x1f\x7f]/.test(ch) ? (ch === '\n' || ch === '\t' ? ' ' : '?') : ch)).join('');
}

/** An answer with `reason` in the status line and in an HTML body. */
export function withReason(status: number, reason: string, headers: Record<string, string> = {}): StandinResponse {
  const [title, explanation] = TITLES[status] ?? ['Error', ''];
  const line = statusLineSafe(reason);
  const body = `<html>\n <head>\n  <title>${status} ${escapeHtml(line)}</title>\n </head>\n <body>\n  <h1>${status} ${escapeHtml(line)}</h1>\n  ${escapeHtml(explanation)}<br/><br/>\n${escapeHtml(reason)}\n\n\n </body>\n</html>`;
  return { status, statusText: line, headers: { 'content-type': 'text/html; charset=UTF-8', ...headers }, body };
}

/** 404 as the read APIs send it for an unknown project, version or file. */
export function notFound(): StandinResponse {
  return { status: 404, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: '<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>The resource could not be found.</body></html>' };
}

/** A permanent redirect with a relative Location, as PyPI sends for non-normalized names. */
export function movedPermanently(location: string): StandinResponse {
  return { status: 301, headers: { location, 'content-type': 'text/html; charset=UTF-8' }, body: `<html><body><h1>301 Moved Permanently</h1><a href="${escapeHtml(location)}">${escapeHtml(location)}</a></body></html>` };
}

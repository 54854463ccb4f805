/** Value parsers shared by the action and CLI readers; each names the input it failed on. */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PyreleaseError } from '../errors/pyrelease-error.js';

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core-schema booleans, like core.getBooleanInput, but with an error that says what to write. */
export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (TRUE.has(raw)) return true;
  if (FALSE.has(raw)) return false;
  throw new PyreleaseError('INPUT_NOT_BOOLEAN', `input '${name}' must be true or false, got ${JSON.stringify(raw)}`, {
    key: name,
    fix: `write ${name}: true or ${name}: false`,
  });
}

const PYTHON_VERSION = /^(pypy)?3\.\d{1,2}(\.\d{1,2})?(t)?$/;

export function parsePythonVersions(name: string, raw: string): string[] {
  const versions = raw.split(/[\s,]+/).filter((v) => v !== '');
  const bad = versions.filter((v) => !PYTHON_VERSION.test(v));
  if (bad.length > 0) {
    throw new PyreleaseError('INPUT_BAD_PYTHON_VERSION', `input '${name}' has ${bad.map((b) => JSON.stringify(b)).join(', ')}, which ${bad.length > 1 ? 'are not Python versions' : 'is not a Python version'}`, {
      key: name,
      fix: `list versions separated by spaces, e.g. ${name}: "3.10 3.11 3.12"`,
    });
  }
  return [...new Set(versions)];
}

/** An http(s) URL; upload endpoints get the trailing slash PyPI needs (`/legacy` answers 308 and twine refuses redirects). */
export function parseUploadUrl(name: string, raw: string, fallback: string): string {
  if (raw === '') return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badUrl(name, raw);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badUrl(name, raw);
  if (url.username || url.password) {
    throw new PyreleaseError('INPUT_BAD_URL', `input '${name}' must not contain credentials`, {
      key: name,
      fix: 'remove user:password@ from the URL; pyrelease uses trusted publishing or the password input',
    });
  }
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}

/** A read URL for the index: "" stays "" (derived later); otherwise http(s) with a trailing slash. */
export function parseIndexUrl(name: string, raw: string): string {
  return raw === '' ? '' : parseUploadUrl(name, raw, '');
}

/** A service base URL (Fulcio, Rekor): http(s), no credentials, no trailing slash. */
export function parseServiceUrl(name: string, raw: string, fallback: string): string {
  if (raw === '') return fallback;
  return parseUploadUrl(name, raw, fallback).replace(/\/$/, '');
}

/** A whole number of seconds, 1 to 86400. */
export function parseSeconds(name: string, raw: string, fallback: number): number {
  if (raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 86_400) {
    throw new PyreleaseError('INPUT_INVALID', `input '${name}' must be a number of seconds between 1 and 86400, got ${JSON.stringify(raw)}`, { key: name, fix: `e.g. ${name}: 600` });
  }
  return n;
}

/** A file the user names, relative to the workspace; "" stays "". */
export function existingFile(name: string, workspace: string, raw: string): string {
  if (raw === '') return '';
  const path = isAbsolute(raw) ? raw : resolve(workspace, raw);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new PyreleaseError('INPUT_BAD_FILE', `input '${name}' names ${JSON.stringify(raw)}, which is not a file`, { key: name, fix: 'give a path relative to the repository root (check it out first)' });
  }
  return path;
}

function badUrl(name: string, raw: string): PyreleaseError {
  return new PyreleaseError('INPUT_BAD_URL', `input '${name}' must be an http(s) URL, got ${JSON.stringify(raw.slice(0, 80))}`, {
    key: name,
    fix: `for TestPyPI write ${name}: https://test.pypi.org/legacy/`,
  });
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[], fallback: T): T {
  if (raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new PyreleaseError('INPUT_BAD_CHOICE', `input '${name}' must be one of ${choices.join(', ')}, got ${JSON.stringify(raw)}`, {
    key: name,
    fix: `write ${name}: ${fallback} (or one of ${choices.join(' | ')})`,
  });
}

/** Runs every parser, collecting all problems so a user fixes them in one go. */
export class ProblemCollector {
  readonly problems: PyreleaseError[] = [];
  take<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof PyreleaseError) {
        this.problems.push(e);
        return fallback;
      }
      throw e;
    }
  }
}

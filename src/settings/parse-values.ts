/** Value parsers shared by the action and CLI readers; each names the input it failed on. */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PyreleaseError, PyreleaseErrors } from '../errors/pyrelease-error.js';

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

/**
 * pytest-args is split on whitespace and handed to pytest as an argument list, with no shell: a
 * quote, `$`, a backtick or a shell operator in it would reach pytest literally, so it is refused
 * with where such arguments belong instead.
 */
export function parsePytestArgs(name: string, raw: string): string[] {
  return parseShellFreeArgs(name, raw, `put arguments that need quoting in pyproject.toml, e.g. [tool.pytest.ini_options] addopts = "-m 'not slow'", and keep ${name} to plain words (-x --maxfail=2 -k=smoke)`);
}

/**
 * A command line split on whitespace into an argument array, run with no shell (pytest-args,
 * build-command): anything only a shell would understand is refused with `fix`, never passed on.
 */
export function parseShellFreeArgs(name: string, raw: string, fix: string): string[] {
  const args = raw.split(/\s+/).filter((a) => a !== '');
  const bad = args.find((a) => /["'`$\\;&|<>]/.test(a));
  if (bad !== undefined) {
    throw new PyreleaseError('INPUT_NEEDS_SHELL', `input '${name}' has ${JSON.stringify(bad.slice(0, 40))}, which only a shell would understand: pyrelease passes ${name} split on spaces, with no shell`, { key: name, fix });
  }
  return args;
}

/** A tool release for uvx (`0.6.9`); "" and "latest" mean: the project's, else the newest. */
export function parseToolVersion(name: string, raw: string): string {
  const v = raw.trim().replace(/^v(?=\d)/, '');
  if (v === '' || v === 'latest') return '';
  if (/^\d+(\.\d+)*([a-z]+\d*)?(\.post\d+)?(\.dev\d+)?$/i.test(v)) return v;
  throw new PyreleaseError('INPUT_INVALID', `input '${name}' must be one release (e.g. 0.6.9) or latest, got ${JSON.stringify(raw.slice(0, 40))}`, {
    key: name,
    fix: `write ${name}: 0.6.9 (ranges are not supported: pin the release the project is formatted and checked with)`,
  });
}

/** How a URL input is checked and reported. */
export interface UrlInputOptions {
  /** The value is a credential (a webhook URL): it is never echoed in a message. */
  secret?: boolean;
  /** A token is sent to this URL (the upload token, the OIDC token): plain http:// only to loopback. */
  carriesToken?: boolean;
}

const LOOPBACK_HOSTNAME = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/i;

/** What to write instead, per URL input (each takes a different kind of URL); `name` as the user spells it (`--index-url` in the CLI). */
const URL_EXAMPLES: Readonly<Record<string, (name: string) => string>> = {
  'repository-url': (n) => `for TestPyPI write ${n}: https://test.pypi.org/legacy/`,
  'index-url': (n) => `write ${n}: https://test.pypi.org/simple/, or leave it empty to derive it from repository-url`,
  'fulcio-url': (n) => `write ${n}: https://fulcio.sigstore.dev, or leave it empty for the public-good instance`,
  'rekor-url': (n) => `write ${n}: https://rekor.sigstore.dev, or leave it empty for the public-good instance`,
  'notify-webhook': (n) => `pass the whole https:// webhook URL from a secret: ${n}: \${{ secrets.SLACK_WEBHOOK_URL }}`,
};

/** An http(s) URL; upload endpoints get the trailing slash PyPI needs (`/legacy` answers 308 and twine refuses redirects). */
export function parseUploadUrl(name: string, raw: string, fallback: string, opts: UrlInputOptions = {}): string {
  if (raw === '') return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badUrl(name, raw, opts);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badUrl(name, raw, opts);
  if (url.username || url.password) {
    throw new PyreleaseError('INPUT_BAD_URL', `input '${name}' must not contain credentials`, {
      key: name,
      fix: 'remove user:password@ from the URL; pyrelease uses trusted publishing or the password input',
    });
  }
  if (opts.carriesToken && url.protocol === 'http:' && !LOOPBACK_HOSTNAME.test(url.hostname)) {
    // The upload (or OIDC) token would cross the network in clear text; a loopback index (a local devpi, a test) is fine.
    throw new PyreleaseError('INPUT_INSECURE_URL', `input '${name}' is plain http:// to ${url.host}: the token pyrelease sends there would travel unencrypted`, {
      key: name,
      fix: `use https:// (${name}: https://${url.host}${url.pathname}); plain http:// is accepted only for a loopback host (127.0.0.1, localhost)`,
    });
  }
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}

/** A read URL for the index: "" stays "" (derived later); otherwise http(s) with a trailing slash. */
export function parseIndexUrl(name: string, raw: string): string {
  return raw === '' ? '' : parseUploadUrl(name, raw, '');
}

/** A service base URL (Fulcio, Rekor, a webhook): http(s), no credentials, no trailing slash. */
export function parseServiceUrl(name: string, raw: string, fallback: string, opts: UrlInputOptions = {}): string {
  if (raw === '') return fallback;
  return parseUploadUrl(name, raw, fallback, opts).replace(/\/$/, '');
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

function badUrl(name: string, raw: string, opts: UrlInputOptions): PyreleaseError {
  // A webhook URL is its own credential: the runner masks it in the log, but the line also goes to the job summary.
  const got = opts.secret ? ' (its value is a secret and is not shown)' : `, got ${JSON.stringify(raw.slice(0, 80))}`;
  return new PyreleaseError('INPUT_BAD_URL', `input '${name}' must be an http(s) URL${got}`, {
    key: name,
    fix: URL_EXAMPLES[name.replace(/^--/, '')]?.(name) ?? `write ${name}: https://…`,
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
      if (e instanceof PyreleaseErrors) {
        this.problems.push(...e.problems);
        return fallback;
      }
      if (e instanceof PyreleaseError) {
        this.problems.push(e);
        return fallback;
      }
      throw e;
    }
  }
}

/** The proxy variables as curl, pip and @actions/http-client read them: lower case first, then upper case. */
export function proxyFromEnv(env: (name: string) => string | undefined): { httpProxy: string; httpsProxy: string; noProxy: string } {
  const read = (name: string) => (env(name.toLowerCase()) ?? env(name.toUpperCase()) ?? '').trim();
  return { httpProxy: read('http_proxy'), httpsProxy: read('https_proxy'), noProxy: read('no_proxy') };
}

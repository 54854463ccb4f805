/** The one log line and the job-summary form of every kind of failure; never a stack trace. */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../src/core/config/parse.js';
import { PyreleaseError, PyreleaseErrors } from '../../src/errors/pyrelease-error.js';
import { renderErrorLine, renderErrorLines, renderErrorMarkdown } from '../../src/errors/render.js';

function failure(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

const FILE = '.release-please-config.json';
const threeProblems = failure(() => parseReleaseConfig('{\n  "packages": {\n    ".": {"release-type": "node", "bump-minor-pre-major": "yes", "versioning": "x", "draft": 1}\n  }\n}', FILE));

describe('renderErrorLine', () => {
  it('gives file:line:col, what, fix and code for a config problem', () => {
    const e = failure(() => parseReleaseConfig('{\n  "packages": {\n    ".": {"release-type": "python", "bump-minor-pre-major": "yes"}\n  }\n}', FILE));
    expect(renderErrorLine(e)).toBe(`${FILE}:3:37: packages."."."bump-minor-pre-major" must be true or false, got "yes" — fix: write "bump-minor-pre-major": true without quotes [CONFIG_WRONG_TYPE]`);
  });

  it('gives the first problem and names the others, on one line', () => {
    expect(renderErrorLine(threeProblems)).toBe(
      `${FILE}:3:11: packages."."."release-type" is 'node', but pyrelease releases Python packages: release-type 'node' is not supported — fix: write "release-type": "python" (or "simple" for a project whose version lives in version.txt); release other languages with release-please-action itself [CONFIG_UNSUPPORTED_RELEASE_TYPE] (+3 more problems: packages."."."bump-minor-pre-major" [CONFIG_WRONG_TYPE]; packages."."."versioning" [CONFIG_BAD_VERSIONING]; packages."."."draft" [CONFIG_WRONG_TYPE])`,
    );
  });

  it('shortens a long list of further problems', () => {
    const many = new PyreleaseErrors(['a', 'b', 'c', 'd', 'e'].map((k) => new PyreleaseError('CONFIG_WRONG_TYPE', `c.json: ${k} is wrong`, { file: 'c.json', key: k, fix: 'f' })));
    expect(renderErrorLine(many)).toBe('c.json: a is wrong — fix: f [CONFIG_WRONG_TYPE] (+4 more problems: b [CONFIG_WRONG_TYPE]; c [CONFIG_WRONG_TYPE]; d [CONFIG_WRONG_TYPE]; …)');
  });

  it('leaves a message that names no file as it is', () => {
    const e = new PyreleaseError('INPUT_BAD_CHOICE', "input 'stage' must be one of all, release, got \"deploy\"", { key: 'stage', fix: 'write stage: all' });
    expect(renderErrorLine(e)).toBe('input \'stage\' must be one of all, release, got "deploy" — fix: write stage: all [INPUT_BAD_CHOICE]');
  });

  it('puts the file first when the message does not start with it', () => {
    const e = new PyreleaseError('CONFIG_BAD_JSONPATH', 'extra-files: jsonpath "$..x" is not supported', { file: 'uv.lock', fix: 'use $.version' });
    expect(renderErrorLine(e)).toBe('uv.lock: extra-files: jsonpath "$..x" is not supported — fix: use $.version [CONFIG_BAD_JSONPATH]');
  });

  it('keeps a multi-line message or fix on one line', () => {
    const e = new PyreleaseError('GIT_FAILED', 'git log failed:\nfatal: bad revision\n', { fix: 'run\n  git fetch' });
    expect(renderErrorLine(e)).toBe('git log failed: fatal: bad revision — fix: run git fetch [GIT_FAILED]');
  });

  it.each([
    [new TypeError("Cannot read properties of undefined (reading 'x')"), "internal error, please report: Cannot read properties of undefined (reading 'x')"],
    ['a thrown string', 'internal error, please report: a thrown string'],
    [undefined, 'internal error, please report: undefined'],
  ])('reports an unexpected error as internal, without its stack', (error, line) => {
    expect(renderErrorLine(error)).toBe(line);
  });
});

describe('renderErrorLines', () => {
  it('gives every problem its own complete line', () => {
    const lines = renderErrorLines(threeProblems);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(`${FILE}:3:85: packages."."."draft" must be true or false, got 1 — fix: write "draft": true without quotes [CONFIG_WRONG_TYPE]`);
  });
});

describe('renderErrorMarkdown', () => {
  it('lists every problem with where, what, code and fix', () => {
    expect(renderErrorMarkdown(threeProblems)).toBe(
      [
        '### ❌ pyrelease failed',
        '',
        '4 problems; fix them all before the next run:',
        '',
        `1. \`${FILE}:3:11\` — packages."."."release-type" is 'node', but pyrelease releases Python packages: release-type 'node' is not supported (\`CONFIG_UNSUPPORTED_RELEASE_TYPE\`: The release type is not python or simple)`,
        '   - **Fix:** write "release-type": "python" (or "simple" for a project whose version lives in version.txt); release other languages with release-please-action itself',
        `2. \`${FILE}:3:35\` — packages."."."bump-minor-pre-major" must be true or false, got "yes" (\`CONFIG_WRONG_TYPE\`: A config value has the wrong type)`,
        '   - **Fix:** write "bump-minor-pre-major": true without quotes',
        `3. \`${FILE}:3:66\` — packages."."."versioning" is "x", not a versioning strategy (release-please's, or pyrelease's "pep440") (\`CONFIG_BAD_VERSIONING\`: The versioning strategy is unknown or unsupported)`,
        '   - **Fix:** write one of "default", "always-bump-patch", "always-bump-minor", "always-bump-major", "prerelease", "pep440", or remove it for "default"',
        `4. \`${FILE}:3:85\` — packages."."."draft" must be true or false, got 1 (\`CONFIG_WRONG_TYPE\`: A config value has the wrong type)`,
        '   - **Fix:** write "draft": true without quotes',
        '',
      ].join('\n'),
    );
  });

  it('escapes user text so it cannot become Markdown or HTML', () => {
    const e = new PyreleaseError('CONFIG_WRONG_TYPE', 'c.json: "<img src=x>" is *bold* and [a](b) | c', { file: 'c.json', fix: 'write `x`', more: ['<b>'] });
    expect(renderErrorMarkdown(e)).toBe(
      '### ❌ pyrelease failed\n\n1. `c.json` — "&lt;img src=x&gt;" is \\*bold\\* and \\[a\\](b) \\| c (`CONFIG_WRONG_TYPE`: A config value has the wrong type)\n   - **Fix:** write \\`x\\`\n   - &lt;b&gt;\n',
    );
  });

  it('reports an unexpected error as internal, without its stack', () => {
    const text = renderErrorMarkdown(new Error('boom <script>'));
    expect(text).toBe('### ❌ pyrelease failed\n\nInternal error, please report it with this message: boom &lt;script&gt;\n');
  });
});

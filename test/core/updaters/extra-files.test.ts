/**
 * Bad extra files, each one line naming the file (and line and column where there is one) with a
 * catalogue code, and no plan: where release-please only logs and leaves the file stale (a path
 * that matches nothing, a file it cannot parse) or stops with a stack trace (a bad JSONPath or
 * XPath, a TOML table where a value should be), pyrelease refuses, before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { pythonSections } from '../../../src/core/changelog/sections.js';
import { planFileUpdates } from '../../../src/core/updaters/index.js';
import { isPyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { renderErrorLine } from '../../../src/errors/render.js';
import { structuredFileUpdaters } from '../../../src/core/updaters/structured-files.js';

const PYPROJECT = '[project]\nname = "widget"\nversion = "1.0.0"\n';

function plan(extraFiles: unknown[], files: Record<string, string>) {
  const { config } = parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python', 'skip-changelog': true, 'extra-files': extraFiles } } }), 'cfg.json');
  const all: Record<string, string> = { 'pyproject.toml': PYPROJECT, ...files };
  return planFileUpdates({
    pkg: config.packages[0]!, version: '1.1.0', date: '2026-12-03', changelogEntry: '', commits: [], sections: pythonSections, repositoryUrl: 'https://github.com/acme/widget',
    manifest: { path: '.release-please-manifest.json', content: '{".": "1.0.0"}\n' },
    readFile: (p) => all[p], treePaths: Object.keys(all), fileFormats: structuredFileUpdaters,
  });
}

function refusal(extraFiles: unknown[], files: Record<string, string>): string {
  try {
    plan(extraFiles, files);
  } catch (e) {
    if (isPyreleaseError(e)) return renderErrorLine(e);
    throw e;
  }
  throw new Error('expected the plan to be refused');
}

describe('bad extra files', () => {
  it.each([
    ['a jsonpath that matches nothing', [{ type: 'json', path: 'package.json', jsonpath: '$.versoin' }], { 'package.json': '{"version": "1.0.0"}' },
      /^package\.json: jsonpath "\$\.versoin" matches nothing in the file — fix: .* \[EXTRA_FILE_NO_MATCH\]$/],
    ['a toml jsonpath that matches nothing', [{ type: 'toml', path: 'uv.lock', jsonpath: "$.package[?(@.name=='widget')].version" }], { 'uv.lock': '[[package]]\nname = "widget"\nversion = "1.0.0"\n' },
      /^uv\.lock: jsonpath .* matches nothing in the file — fix: .*\.value.* \[EXTRA_FILE_NO_MATCH\]$/],
    ['a yaml jsonpath that matches nothing', [{ type: 'yaml', path: 'Chart.yaml', jsonpath: '$.appversion' }], { 'Chart.yaml': 'appVersion: 1.0.0\n' }, /^Chart\.yaml: jsonpath "\$\.appversion" matches nothing .*\[EXTRA_FILE_NO_MATCH\]$/],
    ['an xpath that matches nothing', [{ type: 'xml', path: 'build.xml', xpath: '//versoin' }], { 'build.xml': '<b><version>1.0.0</version></b>' }, /^build\.xml: xpath "\/\/versoin" matches nothing in the file — fix: .* \[EXTRA_FILE_NO_MATCH\]$/],
    ['a pom without a version', [{ type: 'pom', path: 'pom.xml' }], { 'pom.xml': '<project><artifactId>w</artifactId></project>' }, /^pom\.xml: xpath .* matches nothing .*\[EXTRA_FILE_NO_MATCH\]$/],
    ['a YAML file that does not parse', [{ type: 'yaml', path: 'Chart.yaml', jsonpath: '$.version' }], { 'Chart.yaml': 'name: w\nversion: [1.0.0\nx: 1\n' }, /^Chart\.yaml:3:1: not valid YAML: .* \[EXTRA_FILE_INVALID\]$/],
    ['a JSON file that does not parse', [{ type: 'json', path: 'package.json', jsonpath: '$.version' }], { 'package.json': '{\n  "version": "1.0.0",\n}\n' }, /^package\.json:2:21: invalid JSON: trailing comma before '\}' — fix: .* \[EXTRA_FILE_INVALID\]$/],
    ['a TOML file that does not parse', [{ type: 'toml', path: 'x.toml', jsonpath: '$.version' }], { 'x.toml': 'version = "1.0.0\n' }, /^x\.toml:1:\d+: not valid TOML: .* \[EXTRA_FILE_INVALID\]$/],
    ['an XML file that does not parse', [{ type: 'xml', path: 'b.xml', xpath: '//version' }], { 'b.xml': '<b><version>1.0.0</b>' }, /^b\.xml: not valid XML: .* \[EXTRA_FILE_INVALID\]$/],
    ['a jsonpath jsonpath-plus cannot evaluate', [{ type: 'json', path: 'package.json', jsonpath: '$.deps[?(@.name==)]' }], { 'package.json': '{"deps": [{"name": "x"}]}' }, /^package\.json: jsonpath .* cannot be evaluated: .* \[CONFIG_BAD_JSONPATH\]$/],
    ['an xpath that is not XPath', [{ type: 'xml', path: 'b.xml', xpath: '//version[' }], { 'b.xml': '<b><version>1.0.0</version></b>' }, /^b\.xml: xpath "\/\/version\[" is not an XPath expression: .* \[CONFIG_BAD_XPATH\]$/],
    ['a toml jsonpath at a table', [{ type: 'toml', path: 'x.toml', jsonpath: '$.project' }], { 'x.toml': '[project]\nversion = "1.0.0"\n' }, /^x\.toml: project is a table or a list, not a value .* \[EXTRA_FILE_NO_MATCH\]$/],
  ])('%s', (_name, extra, files, line) => {
    expect(refusal(extra, files)).toMatch(line);
  });

  it('refuses a changelog.json it cannot add the release to', () => {
    const { config } = parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python' } } }), 'cfg.json');
    const files: Record<string, string> = { 'pyproject.toml': PYPROJECT, 'changelog.json': '{"entries": {}}' };
    const commit = { sha: 'a'.repeat(40), header: 'feat: x', type: 'feat', scope: null, subject: 'x', body: '', notes: [], references: [], breaking: false };
    expect(() => planFileUpdates({ pkg: config.packages[0]!, version: '1.1.0', date: '2026-12-03', changelogEntry: '## 1.1.0', commits: [commit], sections: pythonSections, repositoryUrl: 'https://github.com/acme/widget', manifest: { path: 'm.json', content: '{}' }, readFile: (p) => files[p], treePaths: Object.keys(files) }))
      .toThrow(expect.objectContaining({ code: 'CHANGELOG_JSON_INVALID', message: 'changelog.json: has no "entries" list, so the release cannot be added to it' }));
  });
});

describe('string entries stay lenient, as in release-please', () => {
  it('a YAML template that is not YAML still gets its markers, with a warning', () => {
    const out = plan(['chart/templates/deploy.yaml'], { 'chart/templates/deploy.yaml': 'image: "widget:1.0.0" # x-release-please-version\n{{- if .Values.x }}\nx: 1\n{{- end }}\n' });
    expect(out.files['chart/templates/deploy.yaml']).toBe('image: "widget:1.1.0" # x-release-please-version\n{{- if .Values.x }}\nx: 1\n{{- end }}\n');
    expect(out.warnings).toEqual(['chart/templates/deploy.yaml: not valid YAML, its $.version is not updated (markers still are)']);
  });

  it('a string entry without the $.version key is left to its markers, without an error', () => {
    expect(plan(['values.yaml', 'package.json'], { 'values.yaml': 'tag: 1.0.0 # x-release-please-version\n', 'package.json': '{"name": "w"}\n' }).files['values.yaml']).toBe('tag: 1.1.0 # x-release-please-version\n');
  });

  it('keeps YAML markers working after the $.version edit (release-please\'s re-dump drops the comment, and the marker with it)', () => {
    expect(plan(['conf.yml'], { 'conf.yml': 'version: 1.0.0\nimage: widget:1.0.0 # x-release-please-version\n' }).files['conf.yml']).toBe('version: 1.1.0\nimage: widget:1.1.0 # x-release-please-version\n');
  });
});

describe('the files the updaters read', () => {
  it('are the extra files (globs expanded, relative to the package) and changelog.json', async () => {
    const { updaterReadPaths } = await import('../../../src/core/updaters/index.js');
    const { config } = parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python', 'extra-files': ['a.txt', { type: 'json', path: 'p/*.json', jsonpath: '$.v', glob: true }, { type: 'generic', path: '/root.txt' }] } } }), 'cfg.json');
    expect(updaterReadPaths(config.packages[0]!, ['a.txt', 'p/x.json', 'p/y.json', 'p/z.txt', 'root.txt', 'changelog.json'])).toEqual(['a.txt', 'p/x.json', 'p/y.json', 'root.txt', 'changelog.json']);
  });
});

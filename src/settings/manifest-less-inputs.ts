/**
 * release-please-action v4's manifest-less mode, as its index.ts reads it: `release-type` given
 * means Manifest.fromConfig with release-type, path, include-component-in-tag,
 * versioning-strategy and release-as, and no config file or manifest. Checked here, input by
 * input, so the config built from them (core/config/manifest-less.ts) cannot be wrong; the
 * action and the CLI (--release-type) share this.
 */
import type { ManifestLessInputs } from '../core/config/manifest-less.js';
import { RELEASE_TYPES, STRATEGIES } from '../core/config/package-config.js';
import type { ReleaseType, VersioningStrategy } from '../core/config/types.js';
import { ROOT_PATH } from '../core/package-path.js';
import { tryParseVersion } from '../core/version/version.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { parseBoolean, type ProblemCollector } from './parse-values.js';

export interface ManifestLessRaw {
  releaseType: string;
  /** The checked `path` input (undefined: the root). */
  path: string | undefined;
  includeComponentInTag: string;
  versioningStrategy: string;
  releaseAs: string;
  /** config-file and manifest-file as given ("" = not given): release-please-action ignores them in this mode. */
  configFile: string;
  manifestFile: string;
  /** The config file found at the default names, if any: ignored, as release-please-action ignores it. */
  foundConfig: string | undefined;
}

/** undefined when release-type is not given. `names` spells the inputs (action) or flags (CLI). */
export function readManifestLessInputs(raw: ManifestLessRaw, p: ProblemCollector, warn: (line: string) => void, names: (input: string) => string = (n) => `input '${n}'`): ManifestLessInputs | undefined {
  if (raw.releaseType === '') return undefined;
  for (const [input, value] of [['config-file', raw.configFile], ['manifest-file', raw.manifestFile]] as const) {
    if (value === '') continue;
    p.take(() => {
      throw new PyreleaseError('INPUT_CONFLICT', `${names('release-type')} and ${names(input)} conflict: with release-type, release-please-action plans without a config file or manifest and ignores ${input}`, {
        key: input,
        fix: `drop release-type to plan from ${value}, or drop ${input} to plan from release-type and the other inputs alone`,
      });
    }, undefined);
  }
  if (raw.foundConfig !== undefined && raw.configFile === '') {
    warn(`${raw.foundConfig} is ignored: ${names('release-type')} is given, so (as release-please-action) the package is planned from the inputs alone; drop release-type to plan from ${raw.foundConfig}`);
  }
  const releaseType = p.take(() => releaseTypeOf(raw.releaseType, names('release-type')), 'python');
  const includeComponentInTag = p.take(() => parseBoolean('include-component-in-tag', raw.includeComponentInTag, false), false);
  const versioning = p.take(() => versioningOf(raw.versioningStrategy, names('versioning-strategy')), undefined);
  const releaseAs = p.take(() => releaseAsOf(raw.releaseAs, names('release-as')), undefined);
  return { releaseType, path: raw.path ?? ROOT_PATH, includeComponentInTag, ...(versioning && { versioning }), ...(releaseAs && { releaseAs }) };
}

/** release-please 17.11.2's other release types (factory.js releasers), by what they release: named in the refusal. */
const OTHER_TYPES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['node', 'node-librarian', 'expo'].map((t) => [t, 'package.json'])),
  ...Object.fromEntries(['java', 'maven', 'java-yoshi', 'java-yoshi-mono-repo', 'java-backport', 'java-bom', 'java-lts'].map((t) => [t, 'Java and Maven projects'])),
  ...Object.fromEntries(['go', 'go-yoshi', 'go-librarian'].map((t) => [t, 'Go modules'])),
  ...Object.fromEntries(['php', 'php-yoshi', 'php-librarian'].map((t) => [t, 'composer.json'])),
  ...Object.fromEntries(['ruby', 'ruby-yoshi', 'ruby-librarian'].map((t) => [t, 'Ruby gems'])),
  'python-librarian': "Google's generated Python libraries",
  'dotnet-yoshi': '.NET projects', 'krm-blueprint': 'KRM blueprints', ocaml: 'OCaml packages', r: 'R packages (DESCRIPTION)', rust: 'Cargo.toml',
  salesforce: 'Salesforce projects', sfdx: 'Salesforce projects', 'terraform-module': 'Terraform modules', helm: 'Helm charts (Chart.yaml)', elixir: 'mix.exs', dart: 'pubspec.yaml', bazel: 'MODULE.bazel',
};

function releaseTypeOf(raw: string, name: string): ReleaseType {
  if ((RELEASE_TYPES as readonly string[]).includes(raw)) return raw as ReleaseType;
  const what = OTHER_TYPES[raw] ? `release-please's type for ${OTHER_TYPES[raw]}, which pyrelease does not plan` : 'not a release type release-please knows';
  throw new PyreleaseError('INPUT_UNSUPPORTED_RELEASE_TYPE', `${name} is ${JSON.stringify(raw.slice(0, 40))}, ${what}: pyrelease releases Python packages (python) and projects whose version is in version.txt (simple)`, {
    key: 'release-type',
    fix: 'write release-type: python (pyproject.toml, setup.cfg, setup.py, __init__.py, version.py) or simple (version.txt); release other languages with release-please-action itself',
  });
}

function versioningOf(raw: string, name: string): VersioningStrategy | undefined {
  if (raw === '') return undefined;
  if (raw !== 'service-pack' && (STRATEGIES as readonly string[]).includes(raw)) return raw as VersioningStrategy;
  throw new PyreleaseError('INPUT_INVALID', `${name} is ${JSON.stringify(raw.slice(0, 40))}, not a versioning strategy pyrelease knows`, {
    key: 'versioning-strategy',
    fix: `write one of ${STRATEGIES.filter((s) => s !== 'service-pack').join(', ')}, or remove it for default`,
  });
}

function releaseAsOf(raw: string, name: string): string | undefined {
  if (raw === '') return undefined;
  if (tryParseVersion(raw)) return raw;
  throw new PyreleaseError('INPUT_INVALID', `${name} is ${JSON.stringify(raw.slice(0, 40))}, not a version`, { key: 'release-as', fix: 'write release-as: 1.2.3 — and remove it after that release, since it stays in force' });
}

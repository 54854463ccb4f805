/** The release PR title from `pull-request-title-pattern`, and back (release-please's PullRequestTitle). */
import { tryParseVersion, type Version, type VersionNotation } from '../version/version.js';

export const DEFAULT_TITLE_PATTERN = 'chore${scope}: release${component} ${version}';
/** separate-pull-requests: false ignores pull-request-title-pattern for this one (release-please's MANIFEST_PULL_REQUEST_TITLE_PATTERN). */
export const GROUP_TITLE_PATTERN = 'chore: release ${branch}';

export interface TitleParts {
  component: string;
  targetBranch: string;
  version: string;
  pattern?: string;
  componentNoSpace?: boolean;
}

export function renderTitle(p: TitleParts): string {
  let pattern = p.pattern || DEFAULT_TITLE_PATTERN;
  const component = p.componentNoSpace ? p.component : p.component ? ` ${p.component}` : '';
  if (p.componentNoSpace && !component) pattern = pattern.replace('${component} ', '');
  // String.replace with a string pattern replaces the first occurrence only, as upstream.
  return pattern
    .replace('${scope}', p.targetBranch ? `(${p.targetBranch})` : '')
    .replace('${component}', component)
    .replace('${version}', p.version)
    .replace('${branch}', p.targetBranch)
    .trim();
}

export function titleMatcher(pattern: string | undefined, componentNoSpace = false): RegExp {
  const source = (pattern || DEFAULT_TITLE_PATTERN)
    .replace(/\[/g, '\\[')
    .replace(/\]/g, '\\]')
    .replace(/\(/g, '\\(')
    .replace(/\)/g, '\\)')
    .replace('${scope}', '(\\((?<branch>[\\w-./]+)\\))?')
    .replace('${component}', componentNoSpace ? '?(?<component>@?[\\w-./]*)?' : ' ?(?<component>@?[\\w-./]*)?')
    .replace('${version}', 'v?(?<version>[0-9].*)')
    .replace('${branch}', '(?<branch>[\\w-./]+)?');
  return new RegExp(`^${source}$`);
}

/** The version a title names under the pattern, or undefined when the title does not match it. */
export function parseTitleVersion(title: string, pattern: string | undefined, componentNoSpace = false, notation: VersionNotation = 'semver'): Version | undefined {
  const version = titleMatcher(pattern, componentNoSpace).exec(title)?.groups?.version;
  return version ? tryParseVersion(version, notation) : undefined;
}

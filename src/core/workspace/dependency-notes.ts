/**
 * The "Dependencies" part of a workspace dependent's CHANGELOG entry, in the text release-please's
 * node-workspace and cargo-workspace plugins write (their getChangelogDepsNotes), appended to the
 * entry where their appendDependenciesSectionToChangelog (plugins/workspace.js) appends it.
 */

export interface DependencyNote {
  /** "dependencies", or "optional-dependencies.<extra>". */
  group: string;
  name: string;
  /** The specifier before and after; `from` undefined when the requirement already admitted the version. */
  from?: string;
  to: string;
}

/** `* The following workspace dependencies were updated` with one indented list per group, or "" when none. */
export function renderDependencyNotes(notes: readonly DependencyNote[]): string {
  const groups = new Map<string, Set<string>>();
  for (const n of notes) {
    // A requirement that still admits the version is release-please's `workspace:` case: "bumped to".
    const line = n.from === undefined ? `\n    * ${n.name} bumped to ${n.to}` : `\n    * ${n.name} bumped from ${n.from} to ${n.to}`;
    groups.set(n.group, (groups.get(n.group) ?? new Set()).add(line));
  }
  let text = '';
  for (const [group, lines] of groups) text += `\n  * ${group}${[...lines].join('')}`;
  return text ? `* The following workspace dependencies were updated${text}` : '';
}

/** release-please's appendDependenciesSectionToChangelog, line for line in behaviour. */
export function appendDependenciesSection(changelog: string, notes: string): string {
  if (!changelog) return `### Dependencies\n\n${notes}`;
  const out: string[] = [];
  let inSection = false;
  let spacer = false;
  let injected = false;
  for (const line of changelog.split('\n')) {
    if (inSection) {
      const trimmed = line.trim();
      // release-please pushes the whole changelog here (not the notes): kept, as its output is what users have.
      if (spacer && !injected && !trimmed.startsWith('*')) {
        out.push(changelog);
        injected = true;
      }
      if (trimmed === '') spacer = true;
    }
    if (/### Dependencies/.test(line)) inSection = true;
    out.push(line);
  }
  if (injected) return out.join('\n');
  if (inSection) return `${changelog}\n${notes}`;
  return `${changelog}\n\n\n### Dependencies\n\n${notes}`;
}

/**
 * The subset of Python's configparser that setup.cfg uses: `[section]`, `key = value` or
 * `key: value`, indented continuation lines (how `classifiers` and `python_requires` lists are
 * written), `#`/`;` comment lines. npm's `ini` has no continuation lines, so it cannot read
 * classifiers (docs/adr/0005-setup-cfg-reader.md). Keys are lower-cased as configparser does.
 */
export type SetupCfg = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function parseSetupCfg(text: string): SetupCfg {
  const sections = new Map<string, Map<string, string>>();
  let section: Map<string, string> | undefined;
  let key: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') {
      // A blank line inside a value is kept by configparser only when more indented lines follow; classifiers never need it.
      continue;
    }
    const header = /^\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      section = sections.get(header[1]!.trim()) ?? new Map<string, string>();
      sections.set(header[1]!.trim(), section);
      key = undefined;
      continue;
    }
    if (/^\s/.test(raw) && section && key !== undefined) {
      section.set(key, `${section.get(key) ?? ''}\n${raw.trim()}`);
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (pair && section) {
      key = pair[1]!.trim().toLowerCase();
      section.set(key, pair[2]!.trim());
    }
  }
  return sections;
}

/** A multi-line value as its non-empty lines (classifiers, install_requires). */
export function cfgList(value: string | undefined): string[] {
  return (value ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

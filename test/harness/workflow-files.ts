/**
 * Parsers for what an action leaves behind (protocols.md §2.4–2.5): GITHUB_OUTPUT-style records and
 * the workflow commands on stdout. Strict where the runner is strict (an unreadable record or an
 * unclosed heredoc throws), so a malformed write fails the test instead of vanishing.
 */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  /** Every property as written (unescaped), including any not listed above. */
  properties: Record<string, string>;
}

export interface WorkflowCommands {
  annotations: Annotation[];
  /** `::add-mask::` values, unescaped, in order. */
  masks: string[];
  /** `::group::` titles, in order. */
  groups: string[];
}

/** Both record forms — `name=value` and the heredoc `name<<DELIM … DELIM` @actions/core writes — several records, `=` in values, blank lines. A later record wins, as on the runner. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    // The name cannot hold '=', so `a=x<<y` is a plain record whose value contains '<<'.
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: heredoc for ${name!} is not closed by ${delimiter!}`);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot read line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

// %25 last, so an escaped escape ("%250A", written for a literal "%0A") does not become a newline.
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

const NUMERIC = ['line', 'endLine', 'col', 'endColumn'] as const;

function annotation(level: Annotation['level'], props: string, message: string): Annotation {
  const properties: Record<string, string> = {};
  for (const pair of props.split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  const result: Annotation = { level, message: unescapeData(message), properties };
  if (properties.file !== undefined) result.file = properties.file;
  if (properties.title !== undefined) result.title = properties.title;
  for (const key of NUMERIC) {
    const raw = properties[key];
    if (raw !== undefined && /^\d+$/.test(raw)) result[key] = Number(raw);
  }
  return result;
}

/** Annotations, masks and groups from an action's stdout; nothing between `::stop-commands::T` and `::T::` counts. */
export function parseWorkflowCommands(stdout: string): WorkflowCommands {
  const result: WorkflowCommands = { annotations: [], masks: [], groups: [] };
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props = '', message = ''] = m;
    if (command === 'stop-commands') stopToken = message;
    else if (command === 'add-mask') result.masks.push(unescapeData(message));
    else if (command === 'group') result.groups.push(unescapeData(message));
    else if (command === 'error' || command === 'warning' || command === 'notice') result.annotations.push(annotation(command, props, message));
  }
  return result;
}

export interface SecretLeak {
  secret: string;
  where: 'stdout' | 'stderr' | 'summary' | 'outputs';
}

/**
 * Where a secret shows in clear (protocols.md §2.7): anywhere in stderr, summary or outputs, and in
 * stdout unless its `::add-mask::` line came before the first use.
 */
export function findSecretLeaks(run: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }, secrets: string[]): SecretLeak[] {
  const leaks: SecretLeak[] = [];
  for (const secret of secrets.filter((s) => s !== '')) {
    const maskAt = run.stdout.indexOf(`::add-mask::${secret}`);
    const firstUse = run.stdout.indexOf(secret);
    const usedOutsideMask = run.stdout.split(`::add-mask::${secret}`).join('').includes(secret);
    if (usedOutsideMask && (maskAt === -1 || firstUse < maskAt)) leaks.push({ secret, where: 'stdout' });
    if (run.stderr.includes(secret)) leaks.push({ secret, where: 'stderr' });
    if (run.summary.includes(secret)) leaks.push({ secret, where: 'summary' });
    if (Object.values(run.outputs).some((v) => v.includes(secret))) leaks.push({ secret, where: 'outputs' });
  }
  return leaks;
}

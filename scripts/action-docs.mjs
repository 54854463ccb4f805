// Generates the input and output tables of docs/reference.md from action.yml (between markers), so the
// manual never drifts from what the action declares. `--check` fails on drift instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function renderTables(actionYml) {
  const action = parseYaml(actionYml);
  const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) => `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return {
    inputs: ['| input | description | default |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n'),
  };
}

export function applyTables(readme, tables) {
  let out = readme;
  for (const [name, table] of Object.entries(tables)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`docs/reference.md lacks the <!-- ${name}:start --> / <!-- ${name}:end --> markers`);
    out = out.replace(re, (_m, start, end) => `${start}\n${table}\n${end}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = join(root, 'docs', 'reference.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = applyTables(readme, renderTables(readFileSync(join(root, 'action.yml'), 'utf8')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('docs/reference.md tables differ from action.yml: run node scripts/action-docs.mjs');
      process.exit(1);
    }
  } else writeFileSync(readmePath, next);
}

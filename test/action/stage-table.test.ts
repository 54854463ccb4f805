/** The stage table of docs/architecture.md names only stages that exist and outputs action.yml declares, and every output belongs to a stage. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allStageNames } from '../../src/stages/stage-names.js';
import { loadStages } from '../../src/stages/registry.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
const rows = [...readme.matchAll(/^\| (quality|security|release|publish|validate|rollback|preview) \| [^|]* \| ([^|]*) \|$/gm)].map((m) => ({ stage: m[1]!, outputs: [...m[2]!.matchAll(/`([a-zA-Z_]+)`/g)].map((x) => x[1]!) }));

describe('docs/architecture.md stage table', () => {
  it('has one row per stage of the registry, in pipeline order', () => {
    expect(rows.map((r) => r.stage)).toEqual([...allStageNames]);
  });
  it('loads, for each name, the stage of that name', async () => {
    expect((await loadStages(allStageNames)).map((s) => s.name)).toEqual([...allStageNames]);
  });
  it('names only outputs action.yml declares, and covers every declared output', () => {
    const named = rows.flatMap((r) => r.outputs);
    expect(named.filter((o) => !(o in action.outputs))).toEqual([]);
    expect(Object.keys(action.outputs).filter((o) => !named.includes(o))).toEqual([]);
  });
});

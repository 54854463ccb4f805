/**
 * Every extra-files type against release-please 17.11.2 itself: json (any JSONPath), toml, yaml,
 * xml, pom, generic markers, string entries by extension, globs, date-format. Every file's new
 * content must be byte-equal, except YAML, which pyrelease edits in place where release-please
 * re-dumps the file: there the documents parsed from both must be equal (docs/release-pr.md).
 */
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { oracleAvailable, oracleDir, runOracleCases } from '../harness/oracle.js';
import { extraFileCases } from './cases/extra-files.js';
import { comparable, planLikeOracle } from './oracle-case.js';

const yamlDocuments = (path: string) => (/\.ya?ml$/.test(path) ? (text: string) => parseAllDocuments(text).map((d) => (Array.isArray(d) ? d : d.toJS())) : undefined);

describe('extra-files = release-please 17.11.2', async () => {
  if (!oracleAvailable) throw new Error(`the oracle is not installed under ${oracleDir}: run node scripts/ensure-tools.mjs`);
  const results = await runOracleCases(extraFileCases);
  it.each(extraFileCases.map((c, i) => [c.name!, i] as const))('%s', (_name, i) => {
    const oracle = results[i]!;
    expect(oracle.error).toBeUndefined();
    const options = { originals: extraFileCases[i]!.files, parsed: yamlDocuments };
    expect(comparable(planLikeOracle(extraFileCases[i]!, oracle), options)).toEqual(comparable(oracle, options));
  });

  it('keeps the YAML file as written: comments, quoting and layout', () => {
    const c = extraFileCases.find((x) => x.name!.startsWith('yaml: typed'))!;
    const plan = planLikeOracle(c, results[extraFileCases.indexOf(c)]!);
    expect(plan.files['chart/Chart.yaml']).toBe('# Helm chart\napiVersion: v2\nname: widget   # the name\nversion: 0.3.0\nappVersion: "1.1.0"  # x\n');
    expect(plan.files['multi.yaml']).toBe("version: '1.1.0'\nlist: [1, 2]\n---\n# second\nversion: 1.1.0\nother: {a: b}\n");
  });
});

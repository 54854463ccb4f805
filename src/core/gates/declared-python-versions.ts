/**
 * Which Python versions a project says it supports, read from every standard place, in order:
 * classifiers (`[project]`, `[tool.poetry]`, setup.cfg `[metadata]`), else a constraint
 * (`requires-python`, `[tool.poetry.dependencies] python`, setup.cfg `python_requires`)
 * intersected with the CPython releases supported on the run's date. Pure: texts in, versions out.
 */
import { satisfies, validRange } from '@renovatebot/pep440';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { asRecord } from '../records.js';
import { supportedCpythons } from './cpython-releases.js';
import { cfgList, type SetupCfg } from './setup-cfg.js';

export interface ProjectFiles {
  /** pyproject.toml as a TOML document (parsed once, by the one parser), when the project has one. */
  pyproject?: Record<string, unknown>;
  /** setup.cfg, when the project has one. */
  setupCfg?: SetupCfg;
}

export interface DeclaredVersions {
  /** X.Y, oldest first; [] when the project states nothing. */
  versions: string[];
  /** Where the list came from, for the summary ("the classifiers in pyproject.toml [project]"). */
  source: string;
  warnings: string[];
}

interface Declaration {
  where: string;
  values: string[];
}

const CLASSIFIER = /^Programming Language :: Python :: (3\.\d+)$/;

export function declaredPythonVersions(files: ProjectFiles, today: string): DeclaredVersions {
  const toml = files.pyproject ?? {};
  const cfg = files.setupCfg;
  const project = table(toml.project);
  const poetry = table(table(toml.tool).poetry);
  const classifiers: Declaration | undefined =
    firstWith([
      { where: 'pyproject.toml [project] classifiers', values: strings(project.classifiers) },
      { where: 'pyproject.toml [tool.poetry] classifiers', values: strings(poetry.classifiers) },
      { where: 'setup.cfg [metadata] classifiers', values: cfgList(cfg?.get('metadata')?.get('classifiers')) },
    ].map((d) => ({ ...d, values: versionClassifiers(d.values) })));
  const constraint = firstWith([
    { where: 'pyproject.toml [project] requires-python', values: stringList(project['requires-python']) },
    { where: 'pyproject.toml [tool.poetry.dependencies] python', values: stringList(table(poetry.dependencies).python) },
    { where: 'setup.cfg [options] python_requires', values: stringList(cfg?.get('options')?.get('python_requires')) },
  ]);
  const allows = constraint ? compileConstraint(constraint) : undefined;
  if (classifiers) {
    const kept = allows ? classifiers.values.filter(allows) : classifiers.values;
    const dropped = classifiers.values.filter((v) => !kept.includes(v));
    const warnings = dropped.length === 0 ? [] : [`${classifiers.where} lists Python ${dropped.join(', ')}, which ${constraint!.where} (${constraint!.values[0]}) excludes: tested on the versions both allow`];
    return { versions: kept, source: classifiers.where, warnings };
  }
  if (constraint && allows) {
    const versions = supportedCpythons(today).filter(allows);
    return { versions, source: `${constraint.where} (${constraint.values[0]}) ∩ CPython releases supported on ${today}`, warnings: [] };
  }
  return { versions: [], source: 'nothing in the project', warnings: [] };
}

function versionClassifiers(classifiers: string[]): string[] {
  const versions = classifiers.map((c) => CLASSIFIER.exec(c.trim())?.[1]).filter((v): v is string => v !== undefined);
  return [...new Set(versions)].sort(byMinor);
}

export function byMinor(a: string, b: string): number {
  return Number(a.split('.')[1]) - Number(b.split('.')[1]);
}

/** A minor version is allowed when any of its patch releases is: `>=3.9.2` allows 3.9. */
function compileConstraint(d: Declaration): (minor: string) => boolean {
  const raw = d.values[0]!;
  const poetry = d.where.includes('poetry');
  const alternatives = poetry ? raw.split(/\s*\|\|?\s*/).map(poetryToPep440) : [raw.trim()];
  for (const alt of alternatives) {
    if (alt !== '' && !validRange(alt)) {
      throw new PyreleaseError('PYTHON_CONSTRAINT_INVALID', `${d.where} is ${JSON.stringify(raw)}, which is not a ${poetry ? 'Poetry version constraint' : 'PEP 440 version specifier'}`, {
        file: d.where.split(' ')[0],
        key: d.where.split(' ').slice(1).join(' '),
        fix: poetry ? 'write e.g. python = "^3.10" or ">=3.10,<4.0"' : 'write e.g. requires-python = ">=3.10" (comparison operators and versions, separated by commas)',
      });
    }
  }
  return (minor) => alternatives.some((alt) => alt === '' || satisfies(`${minor}.0`, alt) || satisfies(`${minor}.99`, alt));
}

/** Poetry's `^3.10`, `~3.10`, `3.10.*`, `*`, bare versions and space-separated clauses → a PEP 440 specifier. */
function poetryToPep440(constraint: string): string {
  return constraint
    .split(/\s*,\s*|\s+(?=[<>=!~^*\d])/)
    .filter((c) => c !== '')
    .map((c) => {
      if (c === '*') return '';
      const caret = /^\^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(c);
      if (caret) {
        const [major, minor = '0'] = [Number(caret[1]), caret[2]];
        const upper = major > 0 ? `${major + 1}.0` : `0.${Number(minor) + 1}`;
        return `>=${c.slice(1)},<${upper}`;
      }
      const tilde = /^~(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(c);
      if (tilde) return `>=${c.slice(1)},<${tilde[2] === undefined ? Number(tilde[1]) + 1 : `${tilde[1]}.${Number(tilde[2]) + 1}`}`;
      if (/^\d/.test(c)) return `==${c}`;
      return c;
    })
    .filter((c) => c !== '')
    .join(',');
}

function firstWith(ds: Declaration[]): Declaration | undefined {
  return ds.find((d) => d.values.length > 0);
}

function table(v: unknown): Record<string, unknown> {
  return asRecord(v) ?? {};
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function stringList(v: unknown): string[] {
  return typeof v === 'string' && v.trim() !== '' ? [v.trim()] : [];
}

/** Every standard place a project declares its Python versions, and what pyrelease makes of each. */
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { declaredPythonVersions } from '../../../src/core/gates/declared-python-versions.js';
import { parseSetupCfg } from '../../../src/core/gates/setup-cfg.js';
import { isPyreleaseError } from '../../../src/errors/pyrelease-error.js';

const toml = (text: string) => parse(text) as Record<string, unknown>;
const on = '2026-12-03'; // 3.10 reached end of life in October 2026; 3.15 was released on 1 October.

describe('declared Python versions', () => {
  it('[project] classifiers, oldest first, whatever the order written', () => {
    const r = declaredPythonVersions({ pyproject: toml('[project]\nclassifiers = ["Programming Language :: Python :: 3.12", "Programming Language :: Python :: 3", "Programming Language :: Python :: 3.9", "Programming Language :: Python :: 3.10"]') }, on);
    expect(r).toEqual({ versions: ['3.9', '3.10', '3.12'], source: 'pyproject.toml [project] classifiers', warnings: [] });
  });

  it('[tool.poetry] classifiers (poetry-core projects)', () => {
    const r = declaredPythonVersions({ pyproject: toml('[tool.poetry]\nname = "x"\nclassifiers = ["Programming Language :: Python :: 3.11", "Programming Language :: Python :: 3.13"]\n[tool.poetry.dependencies]\npython = "^3.10"') }, on);
    expect(r.versions).toEqual(['3.11', '3.13']);
    expect(r.source).toBe('pyproject.toml [tool.poetry] classifiers');
  });

  it('a poetry python constraint alone: the supported CPythons it allows', () => {
    expect(declaredPythonVersions({ pyproject: toml('[tool.poetry.dependencies]\npython = "^3.10"') }, on).versions).toEqual(['3.11', '3.12', '3.13', '3.14', '3.15']);
    expect(declaredPythonVersions({ pyproject: toml('[tool.poetry.dependencies]\npython = ">=3.9,<3.13"') }, on).versions).toEqual(['3.11', '3.12']);
    expect(declaredPythonVersions({ pyproject: toml('[tool.poetry.dependencies]\npython = "~3.12"') }, on).versions).toEqual(['3.12']);
    expect(declaredPythonVersions({ pyproject: toml('[tool.poetry.dependencies]\npython = "3.11.* || 3.13.*"') }, on).versions).toEqual(['3.11', '3.13']);
  });

  it('setup.cfg classifiers (continuation lines), and python_requires alone', () => {
    const cfg = parseSetupCfg('[metadata]\nname = x\nclassifiers =\n    Programming Language :: Python :: 3.10\n    Programming Language :: Python :: 3.11\n\n[options]\npython_requires = >=3.10\n');
    expect(declaredPythonVersions({ setupCfg: cfg }, on)).toMatchObject({ versions: ['3.10', '3.11'], source: 'setup.cfg [metadata] classifiers' });
    const only = parseSetupCfg('[metadata]\nname = x\n[options]\npython_requires = >=3.12\n');
    expect(declaredPythonVersions({ setupCfg: only }, on)).toMatchObject({ versions: ['3.12', '3.13', '3.14', '3.15'], source: expect.stringContaining('setup.cfg [options] python_requires (>=3.12)') });
  });

  it('requires-python alone, on the run date: end-of-life and unreleased versions are left out', () => {
    expect(declaredPythonVersions({ pyproject: toml('[project]\nrequires-python = ">=3.9"') }, on).versions).toEqual(['3.11', '3.12', '3.13', '3.14', '3.15']);
    expect(declaredPythonVersions({ pyproject: toml('[project]\nrequires-python = ">=3.9"') }, '2025-06-01').versions).toEqual(['3.9', '3.10', '3.11', '3.12', '3.13']);
    expect(declaredPythonVersions({ pyproject: toml('[project]\nrequires-python = ">=3.9.2,<3.13"') }, on).versions).toEqual(['3.11', '3.12']);
  });

  it('classifiers that contradict requires-python: one warning naming both, the versions both allow', () => {
    const r = declaredPythonVersions({ pyproject: toml('[project]\nrequires-python = ">=3.10"\nclassifiers = ["Programming Language :: Python :: 3.8", "Programming Language :: Python :: 3.10", "Programming Language :: Python :: 3.11"]') }, on);
    expect(r.versions).toEqual(['3.10', '3.11']);
    expect(r.warnings).toEqual(['pyproject.toml [project] classifiers lists Python 3.8, which pyproject.toml [project] requires-python (>=3.10) excludes: tested on the versions both allow']);
  });

  it('an invalid specifier is one error naming the file and the fix', () => {
    let error: unknown;
    try {
      declaredPythonVersions({ pyproject: toml('[project]\nrequires-python = ">=3.x"') }, on);
    } catch (e) {
      error = e;
    }
    expect(isPyreleaseError(error) && error.code).toBe('PYTHON_CONSTRAINT_INVALID');
    expect((error as Error).message).toBe('pyproject.toml [project] requires-python is ">=3.x", which is not a PEP 440 version specifier');
    expect(() => declaredPythonVersions({ pyproject: toml('[tool.poetry.dependencies]\npython = "^three"') }, on)).toThrow(/not a Poetry version constraint/);
  });

  it('nothing declared: no versions, said so', () => {
    expect(declaredPythonVersions({ pyproject: toml('[project]\nname = "x"') }, on)).toEqual({ versions: [], source: 'nothing in the project', warnings: [] });
  });
});

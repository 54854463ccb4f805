export const id = 758;
export const ids = [758];
export const modules = {

/***/ 87588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ renderGatesSummary),
/* harmony export */   f: () => (/* binding */ annotate)
/* harmony export */ });
const ANNOTATIONS_PER_LEVEL = 10;
function annotate(runtime, results) {
    const used = { error: 0, warning: 0, notice: 0 };
    for (const r of results) {
        for (const f of r.findings) {
            // A non-blocking gate's findings are warnings, whatever the tool calls them.
            const level = r.blocking ? f.level : f.level === 'error' ? 'warning' : f.level;
            if (used[level]++ >= ANNOTATIONS_PER_LEVEL)
                continue;
            const props = { title: `${f.tool} ${f.ruleId}`, file: f.file, startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) };
            if (level === 'error')
                runtime.error(f.message, props);
            else if (level === 'warning')
                runtime.warning(f.message, props);
            else
                runtime.notice(f.message, props);
        }
    }
}
const icon = { passed: '✅', failed: '❌', skipped: '⏭️' };
function renderGatesSummary(title, results, notes) {
    const esc = (t) => t.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ');
    const lines = [`### ${title}`, '', '| gate | Python | result | blocking | details |', '|---|---|---|---|---|'];
    for (const r of results)
        lines.push(`| ${r.gate} | ${r.pythonVersion ?? ''} | ${icon[r.status]} ${r.status} | ${r.blocking ? 'yes' : 'no'} | ${esc(r.detail)} |`);
    for (const r of results.filter((x) => x.failures?.length)) {
        lines.push('', `**Failing tests${r.pythonVersion ? ` on Python ${r.pythonVersion}` : ''}:**`, ...r.failures.map((f) => `- \`${esc(f.name)}\`: ${esc(f.message)}`));
    }
    // Which release of each tool ran, and in which interpreter or environment: a verdict is only as good as that.
    const where = results.filter((r) => r.tool !== undefined || r.environment !== undefined);
    if (where.length > 0)
        lines.push('', '**Where each gate ran:**', ...where.map((r) => `- ${r.gate}${r.pythonVersion ? ` (Python ${r.pythonVersion})` : ''}: ${esc([r.tool, r.environment].filter((x) => x !== undefined).join(' — '))}`));
    const findings = results.flatMap((r) => r.findings.map((f) => `- \`${esc(f.file)}:${f.line}\` ${f.tool} ${esc(f.ruleId)}: ${esc(f.message)}`));
    if (findings.length > 0)
        lines.push('', '<details><summary>All findings</summary>', '', ...findings, '', '</details>');
    if (notes.length > 0)
        lines.push('', ...notes.map((n) => `> ${esc(n)}`));
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 74360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ runForChangedMembers)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_workspace_dependency_graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50393);
/* harmony import */ var _core_workspace_workspace_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66222);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6376);
/* harmony import */ var _errors_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42958);
/* harmony import */ var _plan_from_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58179);
/**
 * The gates of a uv workspace (issue #22): with several packages and no path input, the gate
 * stage runs for each member changed since its last release and each member depending on one,
 * every member in its own directory and so its own environment, through the same stage code as
 * one package; the summary says which members were tested and why. Without a workspace the
 * stage refuses to guess, as before (stage.ts projectDirectory).
 */






async function runForChangedMembers(ctx, title, runOne) {
    const { settings, services, runtime, clock } = ctx;
    if (!services.severalPackages)
        return runOne(ctx);
    // The planner knows each package's commits since its release; links are not rendered here, so any repository name does.
    const outcome = await (0,_plan_from_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .planFromRepository */ .U)(services.git, { ref: 'HEAD', date: clock.today(), configFile: settings.configFile, manifestFile: settings.manifestFile, targetBranch: settings.targetBranch ?? 'main', repository: settings.repository ?? { owner: 'local', repo: 'local' } });
    if (!outcome.workspace)
        return runOne(ctx);
    const { graph, nameByPath } = (0,_core_workspace_workspace_config_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePlanInput */ .V3)(outcome.workspace);
    const changed = (outcome.packages ?? []).filter((p) => p.plan.commits > 0).flatMap((p) => nameByPath.get(p.path) ?? []);
    const tested = (0,_core_workspace_dependency_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .membersToTest */ .p2)(graph, changed);
    const untested = outcome.workspace.filter((m) => !tested.some((t) => t.name === m.name));
    const runs = [];
    for (const t of tested) {
        const member = graph.get(t.name).member;
        const one = { ...ctx, services: { ...services, severalPackages: undefined, projectDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.workingDirectory, member.path) } };
        runtime.info(`${title}: ${member.displayName} (${member.path}) — ${t.why}`);
        try {
            runs.push({ member: member.displayName, path: member.path, why: t.why, outcome: await runOne(one) });
        }
        catch (error) {
            runs.push({ member: member.displayName, path: member.path, why: t.why, error });
        }
    }
    const table = [
        `### ${title}: uv workspace members`,
        '',
        '| member | why tested | result |',
        '| --- | --- | --- |',
        ...runs.map((r) => `| ${r.member} (\`${r.path}\`) | ${r.why} | ${r.error ? '❌ failed' : '✅ passed'} |`),
        ...untested.map((m) => `| ${m.displayName} (\`${m.path}\`) | not tested: unchanged since its release, depends on no changed member | — |`),
        '',
    ].join('\n');
    const failed = runs.filter((r) => r.error !== undefined);
    const outputs = mergeOutputs(runs.flatMap((r) => (r.outcome ? [r.outcome.outputs] : [])));
    if (failed.length > 0) {
        await runtime.appendSummary(table);
        throw new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_3__.PyreleaseError('GATE_FAILED', `${title} failed for ${failed.map((r) => `${r.member}: ${(0,_errors_render_js__WEBPACK_IMPORTED_MODULE_4__.renderErrorLine)(r.error)}`).join('; ')}`, { fix: 'fix what the annotations and the job summary list for each member, then push again' });
    }
    const headline = runs.length === 0 ? 'no workspace member changed since its release: none tested' : runs.map((r) => `${r.member} (${r.why}): ${r.outcome.headline}`).join('; ');
    return { outputs, headline, summary: [table, ...runs.map((r) => (r.outcome?.summary ?? '').replace(/^### /, `#### ${r.member}: `))].join('\n') };
}
/** One value per output for the workspace: every flag true, counts added, a gate's worst status. */
function mergeOutputs(all) {
    const out = {};
    for (const key of [...new Set(all.flatMap((o) => Object.keys(o)))]) {
        const values = all.map((o) => o[key]).filter((v) => v !== undefined);
        if (values.every((v) => v === 'true' || v === 'false'))
            out[key] = String(values.every((v) => v === 'true'));
        else if (values.every((v) => /^\d+$/.test(v)))
            out[key] = String(values.reduce((n, v) => n + Number(v), 0));
        else
            out[key] = ['failed', 'passed', 'skipped'].find((s) => values.includes(s)) ?? values[0];
    }
    return out;
}


/***/ }),

/***/ 81758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qualityStage: () => (/* binding */ qualityStage)
});

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(99687);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
;// CONCATENATED MODULE: ./src/core/gates/cpython-releases.ts
const cpythonReleases = [
    { version: '3.8', released: '2019-10-14', endOfLife: '2024-10' },
    { version: '3.9', released: '2020-10-05', endOfLife: '2025-10' },
    { version: '3.10', released: '2021-10-04', endOfLife: '2026-10' },
    { version: '3.11', released: '2022-10-24', endOfLife: '2027-10' },
    { version: '3.12', released: '2023-10-02', endOfLife: '2028-10' },
    { version: '3.13', released: '2024-10-07', endOfLife: '2029-10' },
    { version: '3.14', released: '2025-10-07', endOfLife: '2030-10' },
    { version: '3.15', released: '2026-10-01', endOfLife: '2031-10' },
];
/** Versions released on or before `today` (YYYY-MM-DD) and not yet past their end of life. */
function supportedCpythons(today) {
    return cpythonReleases.filter((r) => r.released <= today && `${r.endOfLife}-31` >= today).map((r) => r.version);
}

// EXTERNAL MODULE: ./src/core/gates/setup-cfg.ts
var setup_cfg = __webpack_require__(21030);
;// CONCATENATED MODULE: ./src/core/gates/declared-python-versions.ts
/**
 * Which Python versions a project says it supports, read from every standard place, in order:
 * classifiers (`[project]`, `[tool.poetry]`, setup.cfg `[metadata]`), else a constraint
 * (`requires-python`, `[tool.poetry.dependencies] python`, setup.cfg `python_requires`)
 * intersected with the CPython releases supported on the run's date. Pure: texts in, versions out.
 */





const CLASSIFIER = /^Programming Language :: Python :: (3\.\d+)$/;
function declaredPythonVersions(files, today) {
    const toml = files.pyproject ?? {};
    const cfg = files.setupCfg;
    const project = table(toml.project);
    const poetry = table(table(toml.tool).poetry);
    const classifiers = firstWith([
        { where: 'pyproject.toml [project] classifiers', values: strings(project.classifiers) },
        { where: 'pyproject.toml [tool.poetry] classifiers', values: strings(poetry.classifiers) },
        { where: 'setup.cfg [metadata] classifiers', values: (0,setup_cfg/* cfgList */.r)(cfg?.get('metadata')?.get('classifiers')) },
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
        const warnings = dropped.length === 0 ? [] : [`${classifiers.where} lists Python ${dropped.join(', ')}, which ${constraint.where} (${constraint.values[0]}) excludes: tested on the versions both allow`];
        return { versions: kept, source: classifiers.where, warnings };
    }
    if (constraint && allows) {
        const versions = supportedCpythons(today).filter(allows);
        return { versions, source: `${constraint.where} (${constraint.values[0]}) ∩ CPython releases supported on ${today}`, warnings: [] };
    }
    return { versions: [], source: 'nothing in the project', warnings: [] };
}
function versionClassifiers(classifiers) {
    const versions = classifiers.map((c) => CLASSIFIER.exec(c.trim())?.[1]).filter((v) => v !== undefined);
    return [...new Set(versions)].sort(byMinor);
}
function byMinor(a, b) {
    return Number(a.split('.')[1]) - Number(b.split('.')[1]);
}
/** A minor version is allowed when any of its patch releases is: `>=3.9.2` allows 3.9. */
function compileConstraint(d) {
    const raw = d.values[0];
    const poetry = d.where.includes('poetry');
    const alternatives = poetry ? raw.split(/\s*\|\|?\s*/).map(poetryToPep440) : [raw.trim()];
    for (const alt of alternatives) {
        if (alt !== '' && !(0,pep440/* validRange */.Im)(alt)) {
            throw new pyrelease_error.PyreleaseError('PYTHON_CONSTRAINT_INVALID', `${d.where} is ${JSON.stringify(raw)}, which is not a ${poetry ? 'Poetry version constraint' : 'PEP 440 version specifier'}`, {
                file: d.where.split(' ')[0],
                key: d.where.split(' ').slice(1).join(' '),
                fix: poetry ? 'write e.g. python = "^3.10" or ">=3.10,<4.0"' : 'write e.g. requires-python = ">=3.10" (comparison operators and versions, separated by commas)',
            });
        }
    }
    return (minor) => alternatives.some((alt) => alt === '' || (0,pep440/* satisfies */.ib)(`${minor}.0`, alt) || (0,pep440/* satisfies */.ib)(`${minor}.99`, alt));
}
/** Poetry's `^3.10`, `~3.10`, `3.10.*`, `*`, bare versions and space-separated clauses → a PEP 440 specifier. */
function poetryToPep440(constraint) {
    return constraint
        .split(/\s*,\s*|\s+(?=[<>=!~^*\d])/)
        .filter((c) => c !== '')
        .map((c) => {
        if (c === '*')
            return '';
        const caret = /^\^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(c);
        if (caret) {
            const [major, minor = '0'] = [Number(caret[1]), caret[2]];
            const upper = major > 0 ? `${major + 1}.0` : `0.${Number(minor) + 1}`;
            return `>=${c.slice(1)},<${upper}`;
        }
        const tilde = /^~(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(c);
        if (tilde)
            return `>=${c.slice(1)},<${tilde[2] === undefined ? Number(tilde[1]) + 1 : `${tilde[1]}.${Number(tilde[2]) + 1}`}`;
        if (/^\d/.test(c))
            return `==${c}`;
        return c;
    })
        .filter((c) => c !== '')
        .join(',');
}
function firstWith(ds) {
    return ds.find((d) => d.values.length > 0);
}
function table(v) {
    return (0,records/* asRecord */.qY)(v) ?? {};
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function stringList(v) {
    return typeof v === 'string' && v.trim() !== '' ? [v.trim()] : [];
}

;// CONCATENATED MODULE: ./src/core/gates/mypy-config.ts
/**
 * The mypy configuration in force (mypy's own discovery order: mypy.ini, .mypy.ini,
 * pyproject.toml [tool.mypy], setup.cfg [mypy]; the first one present wins) and whether it names
 * what to check. Also the checks that spare the user mypy's own reaction to a broken
 * `[tool.mypy]`: a traceback (`files = 3`) or a silently ignored section.
 */


/** Where mypy reads its settings from, and whether they name files, packages or modules. */
function mypyTargetsConfigured(files) {
    for (const [file, cfg] of [['mypy.ini', files.mypyIni], ['.mypy.ini', files.dotMypyIni]]) {
        if (cfg)
            return { file, namesTargets: namesTargets(cfg.get('mypy')) };
    }
    const tool = (0,records/* asRecord */.qY)((0,records/* asRecord */.qY)(files.pyproject?.tool)?.mypy);
    if (tool)
        return { file: 'pyproject.toml', namesTargets: ['files', 'packages', 'modules'].some((k) => nonEmpty(tool[k])) };
    const section = files.setupCfg?.get('mypy');
    if (section)
        return { file: 'setup.cfg', namesTargets: namesTargets(section) };
    return { file: undefined, namesTargets: false };
}
function namesTargets(section) {
    return ['files', 'packages', 'modules'].some((k) => (section?.get(k) ?? '').trim() !== '');
}
function nonEmpty(v) {
    return (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0);
}
const LIST_KEYS = ['files', 'packages', 'modules', 'exclude', 'plugins', 'mypy_path'];
/** Types mypy needs in `[tool.mypy]`; a wrong one makes mypy crash or skip its config. */
function checkMypySection(pyproject) {
    const tool = (0,records/* asRecord */.qY)(pyproject?.tool);
    if (!tool || tool.mypy === undefined)
        return;
    const mypy = (0,records/* asRecord */.qY)(tool.mypy);
    if (!mypy)
        throw invalid('[tool.mypy]', 'is not a table', 'write it as a [tool.mypy] section');
    for (const key of LIST_KEYS) {
        const v = mypy[key];
        if (v !== undefined && typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
            throw invalid(`[tool.mypy] ${key}`, `is ${describe(v)}, not a string or a list of strings`, `write ${key} = ["src"] (a list of strings)`);
        }
    }
    if (mypy.python_version !== undefined && typeof mypy.python_version !== 'string') {
        throw invalid('[tool.mypy] python_version', `is ${describe(mypy.python_version)}: TOML reads 3.10 as the number 3.1`, 'quote it: python_version = "3.10"');
    }
    if (mypy.overrides !== undefined && !(Array.isArray(mypy.overrides) && mypy.overrides.every((o) => (0,records/* asRecord */.qY)(o)?.module !== undefined))) {
        throw invalid('[[tool.mypy.overrides]]', 'needs a module key in every entry', 'write [[tool.mypy.overrides]] tables, each with module = "pkg.*" and its settings');
    }
}
function invalid(key, what, fix) {
    return new pyrelease_error.PyreleaseError('GATE_CONFIG_INVALID', `pyproject.toml ${key} ${what}`, { file: 'pyproject.toml', key, fix });
}
function describe(v) {
    return Array.isArray(v) ? 'a list with a non-string in it' : typeof v === 'object' ? 'a table' : `the ${typeof v} ${JSON.stringify(v)}`;
}

;// CONCATENATED MODULE: ./src/core/gates/source-roots.ts
const FLAT_EXCLUDED_DIRS = new Set(['tests', 'test', 'docs', 'doc', 'examples', 'example', 'scripts', 'script', 'tools', 'benchmarks', 'bench', 'build', 'dist', 'site', 'venv', 'env', 'node_modules', 'tasks', 'fabfile', 'debian', 'rpm']);
const FLAT_EXCLUDED_MODULES = /^(setup|conftest|noxfile|tasks|fabfile|pavement|dodo|manage|test_.*|.*_test)\.pyi?$/;
function sourceRoots(layout) {
    if (layout.src) {
        const inSrc = layout.src.filter((e) => e.kind === 'package' || e.kind === 'module').map((e) => `src/${e.name}`);
        if (inSrc.length > 0)
            return inSrc.sort();
    }
    return layout.root
        .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('_'))
        .filter((e) => (e.kind === 'package' && !FLAT_EXCLUDED_DIRS.has(e.name)) || (e.kind === 'module' && !FLAT_EXCLUDED_MODULES.test(e.name)))
        .map((e) => e.name)
        .sort();
}

;// CONCATENATED MODULE: ./src/core/gates/types.ts
function verdict(results) {
    const blockers = results.filter((r) => r.blocking && r.status === 'failed');
    return { passed: blockers.length === 0, blockers };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/python-tools/toolchain.ts + 5 modules
var toolchain = __webpack_require__(8154);
;// CONCATENATED MODULE: ./src/core/gates/junit.ts
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#10;/g, '\n').replace(/&amp;/g, '&');
const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
function parseJUnit(xml) {
    const report = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
    for (const m of xml.matchAll(/<testsuite\b[^>]*>/g)) {
        for (const key of ['tests', 'failures', 'errors', 'skipped'])
            report[key] += Number(attr(m[0], key) ?? 0);
    }
    for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
        const inner = m[2] ?? '';
        const bad = /<(failure|error)\b([^>]*)>/.exec(inner);
        if (!bad)
            continue;
        const classname = attr(m[0], 'classname') ?? '';
        const name = attr(m[0], 'name') ?? '';
        report.failed.push({ name: decode(`${classname ? `${classname}::` : ''}${name}`), message: decode(attr(bad[0], 'message') ?? bad[1]).split('\n')[0] });
    }
    return report;
}

;// CONCATENATED MODULE: ./src/core/gates/mypy-output.ts
const LINE = /^(.+?):(\d+):(?:(\d+):)? (error|warning|note): (.*?)(?:  \[([\w-]+)\])?$/;
function parseMypyOutput(text) {
    const findings = [];
    for (const raw of text.split(/\r?\n/)) {
        const m = LINE.exec(raw);
        if (!m || m[4] === 'note')
            continue;
        const f = { tool: 'mypy', ruleId: m[6] ?? 'mypy', level: m[4] === 'error' ? 'error' : 'warning', message: m[5], file: m[1].split('\\').join('/'), line: Number(m[2]) };
        if (m[3])
            f.column = Number(m[3]);
        findings.push(f);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/core/gates/ruff.ts
function parseRuffJson(text, root) {
    const items = JSON.parse(text || '[]');
    return items.map((i) => ({
        tool: 'ruff',
        ruleId: i.code ?? 'ruff',
        level: 'error',
        message: i.message ?? '',
        file: (i.filename ?? '').split('\\').join('/').replace(`${root.split('\\').join('/')}/`, ''),
        line: i.location?.row ?? 1,
        column: i.location?.column ?? 1,
    }));
}
function parseRuffFormatCheck(text) {
    return text
        .split(/\r?\n/)
        .map((l) => /^Would reformat: (.+)$/.exec(l.trim())?.[1])
        .filter((f) => f !== undefined)
        .map((file) => ({ tool: 'ruff', ruleId: 'format', level: 'error', message: 'file is not formatted (run ruff format)', file, line: 1 }));
}
/**
 * ruff exits 2 and prints `ruff failed` / `Cause: Failed to parse <file>` / the TOML or schema
 * error when it cannot read its configuration: that is the project's bad input, one line.
 */
function ruffConfigError(exitCode, stderr, root) {
    if (exitCode !== 2 || !/ruff failed/.test(stderr))
        return undefined;
    const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !/^\|/.test(l) && !/^\d+ \|/.test(l));
    const parsed = /Failed to parse (.+)$/.exec(lines.find((l) => /Failed to parse/.test(l)) ?? '')?.[1];
    const file = parsed === undefined ? undefined : parsed.split('\\').join('/').replace(`${root.split('\\').join('/')}/`, '');
    const at = /line (\d+), column (\d+)/.exec(stderr);
    const cause = lines[lines.length - 1].replace(/^Cause:\s*/, '');
    return {
        code: 'GATE_CONFIG_INVALID',
        message: `ruff cannot read its configuration${file ? ` in ${file}${at ? `:${at[1]}:${at[2]}` : ''}` : ''}: ${cause}`,
        ...(file ? { file } : {}),
        fix: 'correct that [tool.ruff] / ruff.toml setting (ruff check --show-settings shows what ruff reads)',
    };
}

;// CONCATENATED MODULE: ./src/stages/gates/quality-gates.ts
/** One function per quality gate: resolve the tool, run it, read its report (core/gates parses). */






const TIMEOUT_MS = 30 * 60_000;
function cannotRun(gate, blocking, reason, fix, extra = {}) {
    // A blocking gate that cannot run fails: never a silent pass.
    return { gate, status: blocking ? 'failed' : 'skipped', blocking, detail: `${reason} — fix: ${fix}`, findings: [], durationMs: 0, ...extra };
}
async function ruffFormatGate(ruff, dir) {
    if (!ruff.ok)
        return cannotRun('ruff-format', true, ruff.reason, ruff.fix);
    const out = await (0,toolchain/* runTool */.qI)({ ...ruff.command, args: [...ruff.command.args, 'format', '--check', '.'] }, dir, TIMEOUT_MS);
    const base = { gate: 'ruff-format', blocking: true, durationMs: out.durationMs, output: out.stdout + out.stderr, ...(ruff.why ? { tool: ruff.why } : {}) };
    const configError = ruffConfigError(out.exitCode, out.stderr, dir);
    if (configError)
        return { ...base, status: 'failed', detail: configError.message, findings: [], configError };
    const findings = parseRuffFormatCheck(out.stdout + out.stderr);
    const failed = out.exitCode !== 0;
    return { ...base, status: failed ? 'failed' : 'passed', detail: failed ? `${findings.length} file(s) to reformat` : 'formatted', findings };
}
async function ruffLintGate(ruff, dir) {
    if (!ruff.ok)
        return cannotRun('ruff-lint', true, ruff.reason, ruff.fix);
    const out = await (0,toolchain/* runTool */.qI)({ ...ruff.command, args: [...ruff.command.args, 'check', '--output-format=json', '--no-fix', '.'] }, dir, TIMEOUT_MS);
    const base = { gate: 'ruff-lint', blocking: true, durationMs: out.durationMs, output: out.stdout + out.stderr, ...(ruff.why ? { tool: ruff.why } : {}) };
    const configError = ruffConfigError(out.exitCode, out.stderr, dir);
    if (configError)
        return { ...base, status: 'failed', detail: configError.message, findings: [], configError };
    const findings = out.stdout.trim().startsWith('[') ? parseRuffJson(out.stdout, dir) : [];
    const failed = out.exitCode !== 0;
    return { ...base, status: failed ? 'failed' : 'passed', detail: failed ? `${findings.length} finding(s)${findings.length === 0 ? `: ${firstLine(out.stderr)}` : ''}` : 'no findings', findings };
}
/** `targets` undefined: the project's mypy configuration names them; [] : nothing was found to check. */
async function mypyGate(tc, env, targets, blocking, dir) {
    if (targets?.length === 0)
        return cannotRun('mypy', blocking, 'the project names nothing for mypy to check and no package source was found (src/<package>, or a top-level package)', 'name it in [tool.mypy] files = ["…"]');
    if (!env.ok)
        return cannotRun('mypy', blocking, env.reason, env.fix);
    const out = await (0,toolchain/* runTool */.qI)(tc.module(env, 'mypy', ['--show-column-numbers', '--show-error-codes', '--no-error-summary', '--no-color-output', ...(targets ? ['--', ...targets] : [])]), dir, TIMEOUT_MS);
    const where = { environment: env.environment.label };
    if ((0,toolchain/* missingModule */.$U)(out, 'mypy'))
        return cannotRun('mypy', blocking, `mypy is not installed for ${env.environment.label}`, tc.installLine('mypy'), where);
    const findings = parseMypyOutput(out.stdout);
    const failed = out.exitCode !== 0;
    const detail = failed ? `${findings.length} error(s)${findings.length === 0 ? `: ${firstLine(out.stderr || out.stdout)}` : ''}` : `no errors${targets ? ` in ${targets.join(', ')}` : ''}`;
    return { gate: 'mypy', status: failed ? 'failed' : 'passed', blocking, detail, findings, durationMs: out.durationMs, output: out.stdout + out.stderr, ...where };
}
async function pytestGate(tc, run, dir) {
    const tag = run.version ? { pythonVersion: run.version } : {};
    if (!run.env.ok) {
        if (run.env.missingPython && run.missingPython === 'skip')
            return { ...cannotRun('pytest', true, run.env.reason, 'set missing-python: fail to make this an error', tag), status: 'skipped', detail: `${run.env.reason} — skipped (missing-python: skip)` };
        const configError = run.env.code === 'GATE_UV_LOCK_STALE' ? { code: run.env.code, message: run.env.reason, file: 'uv.lock', fix: run.env.fix } : undefined;
        return cannotRun('pytest', true, run.env.reason, run.env.fix, { ...tag, ...(configError ? { configError } : {}) });
    }
    (0,external_node_fs_.mkdirSync)(run.tempDir, { recursive: true });
    const junit = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(run.tempDir, 'pyrelease-junit-')), 'junit.xml');
    const env = run.env.environment;
    const out = await (0,toolchain/* runTool */.qI)(tc.module(run.env, 'pytest', ['-q', '-p', 'no:cacheprovider', `--junitxml=${junit}`, ...run.extraArgs]), dir, TIMEOUT_MS);
    const base = { gate: 'pytest', blocking: true, findings: [], durationMs: out.durationMs, output: out.stdout + out.stderr, environment: `${env.label}, Python ${env.version}`, ...tag };
    if ((0,toolchain/* missingModule */.$U)(out, 'pytest'))
        return { ...base, status: 'failed', detail: `pytest is not installed for ${env.label} — fix: ${tc.installLine('pytest')}` };
    let report;
    try {
        report = parseJUnit((0,external_node_fs_.readFileSync)(junit, 'utf8'));
    }
    catch {
        report = undefined;
    }
    if (!report)
        return { ...base, status: 'failed', detail: `pytest wrote no report (exit ${out.exitCode}): ${lastLine(out.stdout + out.stderr)}` };
    const passed = report.tests - report.failures - report.errors - report.skipped;
    // pytest exits 5 when no test was collected: a release with no tests is not a pass.
    const failed = out.exitCode !== 0;
    const counts = { passed, failed: report.failures + report.errors, skipped: report.skipped };
    return { ...base, counts, status: failed ? 'failed' : 'passed', detail: `${passed} passed, ${report.failures + report.errors} failed, ${report.skipped} skipped${out.exitCode === 5 ? ' (no tests collected)' : ''}`, failures: report.failed };
}
function firstLine(text) {
    return text.trim().split(/\r?\n/)[0] ?? '';
}
function lastLine(text) {
    return text.trim().split(/\r?\n/).slice(-1)[0] ?? '';
}

// EXTERNAL MODULE: ./src/stages/gates/report.ts
var report = __webpack_require__(87588);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/stages/gates/run-gates.ts
/**
 * Runs gates concurrently, bounded by the cores, and hands results back in declared order
 * (never interleaved): the stage's wall time approaches the slowest gate, not the sum.
 */

/** `startFirst`: indexes of the slowest jobs (mypy, pytest), started before the quick ones so they never wait for a core. */
async function runConcurrently(jobs, startFirst = [], limit = Math.max(1, (0,external_node_os_.availableParallelism)())) {
    const results = new Array(jobs.length);
    const order = [...startFirst, ...jobs.keys()].filter((i, k, all) => all.indexOf(i) === k && i < jobs.length);
    let next = 0;
    const worker = async () => {
        while (next < order.length) {
            const i = order[next++];
            results[i] = await jobs[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/stages/gates/config-error.ts

function stopOnConfigError(results) {
    const bad = results.find((r) => r.configError !== undefined)?.configError;
    if (bad)
        throw new pyrelease_error.PyreleaseError(bad.code, bad.message, { ...(bad.file ? { file: bad.file } : {}), fix: bad.fix });
}

// EXTERNAL MODULE: ./src/stages/stage.ts + 1 modules
var stage = __webpack_require__(60450);
// EXTERNAL MODULE: ./src/stages/toolchain-for.ts + 1 modules
var toolchain_for = __webpack_require__(43447);
// EXTERNAL MODULE: ./src/stages/gates/workspace-gates.ts
var workspace_gates = __webpack_require__(74360);
;// CONCATENATED MODULE: ./src/stages/quality.ts
/**
 * stage: quality — ruff format check and ruff lint (blocking), mypy (advisory unless
 * mypy-blocking), pytest on every Python version the project declares (blocking), all at once.
 * Every gate runs and reports even when another failed; a version the runner lacks fails
 * (missing-python: skip makes it a loud skip), and zero pytest runs is a failure.
 */












const qualityStage = {
    name: 'quality',
    title: 'Quality gates',
    blocking: true,
    gate: true,
    dryRunSafe: true,
    shouldRun: () => ({ run: true }),
    // A uv workspace without a path input: the members changed since their release and their dependents (#22).
    run: (ctx) => (0,workspace_gates/* runForChangedMembers */.y)(ctx, 'Quality gates', runQuality),
};
const sum = (xs, f) => xs.reduce((n, x) => n + f(x), 0);
async function runQuality(ctx) {
    const { settings, runtime, clock } = ctx;
    const dir = (0,stage/* projectDirectory */.t)(ctx, 'stage quality');
    const tc = await (0,toolchain_for/* toolchainFor */.r)(ctx);
    const project = tc.project;
    checkMypySection(project.pyproject);
    const declared = settings.pythonVersions.length > 0
        ? { versions: settings.pythonVersions, source: 'the python-versions input', warnings: [] }
        : declaredPythonVersions({ ...(project.pyproject ? { pyproject: project.pyproject } : {}), ...(project.setupCfg ? { setupCfg: project.setupCfg } : {}) }, clock.today());
    for (const w of declared.warnings)
        runtime.warning(w);
    const versions = declared.versions.length > 0 ? declared.versions : [undefined];
    const notes = [tc.note, declared.versions.length > 0 ? `Python versions: ${declared.versions.join(', ')} (from ${declared.source})` : "Python versions: none declared (no classifiers, requires-python or python-versions input): pytest runs on the runner's default interpreter", ...declared.warnings];
    // Each pytest run gets its own environment; mypy targets the package's source when its config names none.
    const mypyTargets = mypyTargetsConfigured(project).namesTargets ? undefined : sourceRoots(project.layout);
    const ruff = tc.ruff();
    const jobs = [
        async () => ruffFormatGate(await ruff, dir),
        async () => ruffLintGate(await ruff, dir),
        // mypy is installed where the workflow put it: the runner's default interpreter, or (uv) every environment.
        async () => mypyGate(tc, await tc.environment(tc.uv ? versions[0] : undefined), mypyTargets, settings.mypyBlocking, dir),
    ];
    if (settings.skipTests) {
        notes.push('⚠️ skip_tests: pytest was NOT run for this release (emergency path).');
        runtime.warning('skip_tests is set: pytest was not run');
    }
    else {
        for (const version of versions) {
            jobs.push(async () => pytestGate(tc, { version, env: await tc.environment(version), extraArgs: settings.pytestArgs, tempDir: settings.tempDir, missingPython: settings.missingPython }, dir));
        }
    }
    // mypy (index 2) and pytest (3…) take longest: start them first; results stay in declared order.
    const results = await runConcurrently(jobs, [...jobs.keys()].filter((i) => i >= 2));
    if (!settings.skipTests)
        results.push(...zeroRuns(results, versions));
    for (const r of results)
        runtime.toolOutput(`${r.gate}${r.pythonVersion ? ` (Python ${r.pythonVersion})` : ''}: ${r.status}`, r.output ?? r.detail);
    (0,report/* annotate */.f)(runtime, results);
    const { passed, blockers } = verdict(results);
    const pytestRuns = results.filter((r) => r.gate === 'pytest' && r.status !== 'skipped' && r.counts !== undefined);
    if (!settings.skipTests)
        notes.push(`pytest ran on ${pytestRuns.length} of ${versions.length} Python version${versions.length === 1 ? '' : 's'}${pytestRuns.length > 0 ? ` (${pytestRuns.map((r) => r.pythonVersion ?? 'default').join(', ')})` : ''}`);
    const status = (gate) => {
        const rs = results.filter((r) => r.gate === gate);
        if (rs.length === 0)
            return 'skipped';
        return rs.some((r) => r.status === 'failed') ? 'failed' : rs.every((r) => r.status === 'skipped') ? 'skipped' : 'passed';
    };
    const outputs = {
        quality_passed: String(passed),
        ruff_format: status('ruff-format'),
        ruff_lint: status('ruff-lint'),
        mypy: status('mypy'),
        pytest: status('pytest'),
        tests_skipped: String(settings.skipTests),
        // Counts over every Python version run, and the findings of the lint/type gates.
        tests_passed: String(sum(results, (r) => r.counts?.passed ?? 0)),
        tests_failed: String(sum(results, (r) => r.counts?.failed ?? 0)),
        lint_findings: String(sum(results.filter((r) => r.gate.startsWith('ruff')), (r) => r.findings.length)),
        type_errors: String(sum(results.filter((r) => r.gate === 'mypy'), (r) => r.findings.length)),
    };
    const summary = (0,report/* renderGatesSummary */.F)('Quality gates', results, notes);
    if (!passed) {
        await runtime.appendSummary(summary);
        for (const [name, value] of Object.entries(outputs))
            runtime.setOutput(name, value);
        stopOnConfigError(results);
        throw new pyrelease_error.PyreleaseError('GATE_FAILED', `quality gates failed: ${blockers.map((b) => `${b.gate}${b.pythonVersion ? ` (Python ${b.pythonVersion})` : ''}: ${b.detail}`).join('; ')}`, {
            fix: 'fix what the annotations and the job summary list, then push again',
        });
    }
    return { outputs, summary, headline: results.map((r) => `${r.gate}${r.pythonVersion ? `@${r.pythonVersion}` : ''} ${r.status}`).join(', ') };
}
/** Zero pytest runs is a failure: every version was skipped, so nothing was tested. */
function zeroRuns(results, versions) {
    const pytest = results.filter((r) => r.gate === 'pytest');
    if (pytest.length === 0 || pytest.some((r) => r.status !== 'skipped'))
        return [];
    return [{ gate: 'pytest', status: 'failed', blocking: true, findings: [], durationMs: 0, detail: `pytest ran on none of the ${versions.length} declared Python version(s): every one is missing from this runner — fix: install them (actions/setup-python with several versions, or uv), or name the ones you have in python-versions` }];
}


/***/ })

};

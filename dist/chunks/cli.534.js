export const id = 534;
export const ids = [534];
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

/***/ 7153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  securityStage: () => (/* binding */ securityStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/process/run-process.ts
var run_process = __webpack_require__(62187);
;// CONCATENATED MODULE: ./src/adapters/codeql/codeql.ts
/**
 * Responsible for running CodeQL when its CLI is on the runner: one Python database, the
 * standard Python queries, SARIF out. github/codeql-action/init does not put `codeql` on PATH:
 * it gives the binary as its `codeql-path` output and leaves it in the tool cache
 * (`$RUNNER_TOOL_CACHE/CodeQL/<version>/<arch>/codeql/codeql`), so those are where it is looked
 * for: the codeql-path input, PATH, then the tool cache. Never blocks; absent or failing, it says why.
 */



const TIMEOUT_MS = 60 * 60_000;
const EXE = process.platform === 'win32' ? 'codeql.exe' : 'codeql';
async function runCodeql(o) {
    const cli = await findCli(o);
    if (!cli)
        return { ran: false, reason: 'not run: no CodeQL CLI here — pass codeql-path: ${{ steps.codeql.outputs.codeql-path }} from a github/codeql-action/init step with id codeql (or put codeql on PATH)' };
    const started = Date.now();
    const work = (0,external_node_path_.join)(o.tempDir, 'pyrelease-codeql');
    (0,external_node_fs_.mkdirSync)(work, { recursive: true });
    const db = (0,external_node_path_.join)(work, 'db');
    const create = await (0,run_process/* runProcess */.R3)(cli, ['database', 'create', db, '--language=python', `--source-root=${o.dir}`, '--overwrite'], { cwd: o.dir, timeoutMs: TIMEOUT_MS });
    if (create.exitCode !== 0)
        return { ran: false, reason: `codeql database create failed: ${lastLine(create.stderr)}` };
    const sarifFile = (0,external_node_path_.join)(work, 'codeql.sarif');
    const analyze = await (0,run_process/* runProcess */.R3)(cli, ['database', 'analyze', db, '--format=sarif-latest', `--output=${sarifFile}`, 'codeql/python-queries'], { cwd: o.dir, timeoutMs: TIMEOUT_MS });
    if (analyze.exitCode !== 0)
        return { ran: false, reason: `codeql database analyze failed: ${lastLine(analyze.stderr)}` };
    let results = 0;
    try {
        const sarif = JSON.parse((0,external_node_fs_.readFileSync)(sarifFile, 'utf8'));
        results = (sarif.runs ?? []).reduce((n, r) => n + (r.results?.length ?? 0), 0);
    }
    catch {
        return { ran: false, reason: 'codeql wrote no readable SARIF' };
    }
    return { ran: true, sarifFile, results, durationMs: Date.now() - started, cli };
}
async function findCli(o) {
    const candidates = [...(o.codeqlPath ? [o.codeqlPath] : []), 'codeql', ...toolCacheClis(o.toolCache)];
    for (const c of candidates) {
        const r = await (0,run_process/* runProcess */.R3)(c, ['version', '--format=terse'], { cwd: o.dir, timeoutMs: 30_000 }).catch(() => undefined);
        if (r?.exitCode === 0)
            return c;
    }
    return undefined;
}
/** Newest first: codeql-action may leave several bundles. */
function toolCacheClis(toolCache) {
    const root = toolCache === undefined ? undefined : (0,external_node_path_.join)(toolCache, 'CodeQL');
    if (root === undefined || !(0,external_node_fs_.existsSync)(root))
        return [];
    const versions = (0,external_node_fs_.readdirSync)(root).sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
    return versions.flatMap((v) => ['x64', 'arm64'].map((arch) => (0,external_node_path_.join)(root, v, arch, 'codeql', EXE))).filter((p) => (0,external_node_fs_.existsSync)(p));
}
function lastLine(text) {
    return text.trim().split(/\r?\n/).slice(-1)[0] ?? '';
}

// EXTERNAL MODULE: ./src/adapters/python-tools/toolchain.ts + 5 modules
var toolchain = __webpack_require__(8154);
;// CONCATENATED MODULE: ./src/core/gates/bandit.ts
const rank = { LOW: 1, MEDIUM: 2, HIGH: 3 };
function parseBanditJson(text, root) {
    const data = JSON.parse(text);
    return (data.results ?? []).map((r) => {
        const severity = String(r.issue_severity ?? 'LOW').toUpperCase();
        const file = String(r.filename ?? '').split('\\').join('/').replace(new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?`), '').replace(/^\.\//, '');
        const f = {
            tool: 'bandit',
            ruleId: `${String(r.test_id ?? 'B000')}:${String(r.test_name ?? 'finding')}`,
            level: severity === 'HIGH' ? 'error' : severity === 'MEDIUM' ? 'warning' : 'notice',
            message: String(r.issue_text ?? ''),
            file,
            line: Number(r.line_number ?? 1),
            severity,
            confidence: String(r.issue_confidence ?? 'LOW').toUpperCase(),
        };
        if (typeof r.col_offset === 'number')
            f.column = r.col_offset + 1;
        return f;
    });
}
function blocksAt(f, severity, confidence) {
    return rank[f.severity ?? 'LOW'] >= rank[severity] && rank[f.confidence ?? 'LOW'] >= rank[confidence];
}

// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(85033);
;// CONCATENATED MODULE: ./src/core/gates/bandit-config.ts
/**
 * bandit's command-line flags for the project. `-x` replaces bandit's own default exclusions, so
 * they are passed again, with what a repository holds that is not its code: virtual environments
 * (`.venv`, `venv`, any directory with a pyvenv.cfg, the one uv syncs when it lies inside the
 * project), tox/nox environments and build output. bandit matches `-x` entries as substrings of
 * the `./`-prefixed paths its walk of `.` produces (older ones by directory), so each is written
 * `./name/`: without the slash `./venv` would also exclude `./venvtools/`. The project's
 * `[tool.bandit]` (exclude_dirs, skips, tests) is passed as flags too: older bandits cannot read
 * pyproject.toml without an extra package, flags work everywhere.
 */


/** bandit's own default exclusions (bandit/cli/main.py) plus environments and build output. */
const ALWAYS_EXCLUDED = ['.svn', 'CVS', '.bzr', '.hg', '.git', '__pycache__', '.tox', '.nox', '.eggs', '*.egg', '.venv', 'venv', 'build', 'dist', 'node_modules', '.mypy_cache', '.pytest_cache', '.ruff_cache'];
function banditArgs(p) {
    const bandit = (0,records/* asRecord */.qY)((0,records/* asRecord */.qY)(p.pyproject?.tool)?.bandit) ?? {};
    const list = (key) => {
        const v = bandit[key];
        if (v === undefined)
            return [];
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v;
        throw new pyrelease_error.PyreleaseError('GATE_CONFIG_INVALID', `pyproject.toml [tool.bandit] ${key} is ${Array.isArray(v) ? 'a list with a non-string in it' : `the ${typeof v} ${JSON.stringify(v)}`}, not a list of strings`, {
            file: 'pyproject.toml',
            key: `[tool.bandit] ${key}`,
            fix: `write ${key} = [${key === 'exclude_dirs' ? '"tests"' : '"B101"'}] (a list, even for one entry)`,
        });
    };
    const own = list('exclude_dirs').map((d) => d.replace(/^\.\//, '').replace(/\/$/, ''));
    const names = [...new Set([...ALWAYS_EXCLUDED, ...p.environments, ...own])];
    const excluded = names.flatMap((d) => (d.startsWith('*') || d.startsWith('/') ? [d] : p.windows ? [`./${d}/`, `.\\${d}\\`] : [`./${d}/`]));
    const args = ['-x', excluded.join(',')];
    const skips = list('skips');
    if (skips.length)
        args.push('-s', skips.join(','));
    const tests = list('tests');
    if (tests.length)
        args.push('-t', tests.join(','));
    return args;
}

;// CONCATENATED MODULE: ./src/core/gates/sarif.ts
const securitySeverity = { HIGH: '8.0', MEDIUM: '5.0', LOW: '2.0' };
function toSarif(tool, findings) {
    const rules = [...new Map(findings.map((f) => [f.ruleId, f])).values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: rules.map((f) => ({ id: f.ruleId, shortDescription: { text: f.ruleId.split(':')[1] ?? f.ruleId }, properties: { 'security-severity': securitySeverity[f.severity ?? 'LOW'], tags: ['security'] } })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    level: f.level === 'notice' ? 'note' : f.level,
                    message: { text: f.message },
                    locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } }],
                    properties: { severity: f.severity, confidence: f.confidence },
                })),
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/stages/gates/report.ts
var report = __webpack_require__(87588);
// EXTERNAL MODULE: ./src/stages/stage.ts + 1 modules
var stage = __webpack_require__(60450);
// EXTERNAL MODULE: ./src/stages/toolchain-for.ts + 1 modules
var toolchain_for = __webpack_require__(43447);
// EXTERNAL MODULE: ./src/stages/gates/workspace-gates.ts
var workspace_gates = __webpack_require__(74360);
;// CONCATENATED MODULE: ./src/stages/security.ts
/**
 * stage: security — bandit (blocking at bandit-severity and bandit-confidence, honouring the
 * project's [tool.bandit] and `# nosec`, never scanning environments or build output), findings
 * as annotations and a SARIF 2.1.0 file; CodeQL advisory when its CLI is found.
 */












const securityStage = {
    name: 'security',
    title: 'Security scan',
    blocking: true,
    gate: true,
    dryRunSafe: true,
    shouldRun: () => ({ run: true }),
    // A uv workspace without a path input: the members changed since their release and their dependents (#22).
    run: (ctx) => (0,workspace_gates/* runForChangedMembers */.y)(ctx, 'Security scan', runSecurity),
};
const security_TIMEOUT_MS = 30 * 60_000;
async function runSecurity(ctx) {
    const { settings, runtime } = ctx;
    const dir = (0,stage/* projectDirectory */.t)(ctx, 'stage security');
    const tc = await (0,toolchain_for/* toolchainFor */.r)(ctx);
    const uvEnvironment = (0,external_node_path_.join)(settings.tempDir, 'pyrelease-uv');
    const environments = [...tc.project.environments, uvEnvironment].map((e) => (0,external_node_path_.relative)(dir, e)).filter((e) => e !== '' && !e.startsWith('..'));
    const args = ['-r', '.', '-f', 'json', '-q', ...banditArgs({ environments, windows: process.platform === 'win32', ...(tc.project.pyproject ? { pyproject: tc.project.pyproject } : {}) })];
    const { out, why } = await runBandit(tc, args, dir);
    let findings;
    try {
        findings = parseBanditJson(out.stdout, dir);
    }
    catch {
        throw new pyrelease_error.PyreleaseError('GATE_TOOL_FAILED', `bandit did not produce a report (exit ${out.exitCode}): ${out.stderr.trim().split('\n').slice(-1)[0] ?? ''}`, { fix: 'run bandit -r . locally to see the error (a syntax error in the code is the usual cause)' });
    }
    const blocking = findings.filter((f) => blocksAt(f, settings.banditSeverity, settings.banditConfidence));
    const gate = {
        gate: 'bandit',
        status: blocking.length > 0 ? 'failed' : 'passed',
        blocking: true,
        detail: `${findings.length} finding(s), ${blocking.length} at or above severity ${settings.banditSeverity.toLowerCase()} and confidence ${settings.banditConfidence.toLowerCase()}`,
        findings,
        durationMs: out.durationMs,
        ...(why ? { tool: why } : {}),
    };
    runtime.toolOutput(`bandit: ${gate.status}`, out.stdout.length > 20_000 ? `${out.stderr}(JSON report: ${findings.length} findings)` : out.stderr || `${findings.length} findings`);
    const cq = await runCodeql({ dir, tempDir: settings.tempDir, codeqlPath: settings.codeqlPath, ...(process.env.RUNNER_TOOL_CACHE ? { toolCache: process.env.RUNNER_TOOL_CACHE } : {}) });
    const codeql = cq.ran
        ? { gate: 'codeql', status: 'passed', blocking: false, detail: `${cq.results} result(s), advisory — SARIF: ${cq.sarifFile}`, findings: [], durationMs: cq.durationMs, tool: cq.cli }
        : { gate: 'codeql', status: 'skipped', blocking: false, detail: cq.reason, findings: [], durationMs: 0 };
    const sarifDir = (0,external_node_path_.join)(settings.tempDir, 'pyrelease-security');
    (0,external_node_fs_.mkdirSync)(sarifDir, { recursive: true });
    const sarifFile = (0,external_node_path_.join)(sarifDir, 'bandit.sarif');
    (0,external_node_fs_.writeFileSync)(sarifFile, JSON.stringify(toSarif({ name: 'bandit', version: 'unknown', informationUri: 'https://bandit.readthedocs.io/' }, findings), null, 2) + '\n');
    (0,report/* annotate */.f)(runtime, [gate]);
    const outputs = { security_passed: String(gate.status === 'passed'), sarif_file: sarifFile, security_findings: String(findings.length), security_blocking_findings: String(blocking.length) };
    if (cq.ran)
        outputs.codeql_sarif_file = cq.sarifFile;
    const summary = (0,report/* renderGatesSummary */.F)('Security scan', [gate, codeql], [`SARIF for code scanning: ${sarifFile}`]);
    if (gate.status === 'failed') {
        await runtime.appendSummary(summary);
        for (const [name, value] of Object.entries(outputs))
            runtime.setOutput(name, value);
        throw new pyrelease_error.PyreleaseError('GATE_FAILED', `security scan failed: ${gate.detail}`, { fix: 'fix the findings, or mark a reviewed false positive with # nosec BXXX on its line' });
    }
    return { outputs, summary, headline: `bandit ${gate.detail}` };
}
/** uvx bandit at the project's pin under uv; else the runner's `python -m bandit`, then its `bandit` script. */
async function runBandit(tc, args, dir) {
    if (tc.uv || tc.problem) {
        const tool = tc.bandit();
        if (!tool.ok)
            throw new pyrelease_error.PyreleaseError('GATE_TOOL_MISSING', `bandit cannot run: ${tool.reason}`, { fix: tool.fix });
        const out = await (0,toolchain/* runTool */.qI)({ ...tool.command, args: [...tool.command.args, ...args] }, dir, security_TIMEOUT_MS);
        if (out.stdout.trim() === '' && out.exitCode !== 0) {
            throw new pyrelease_error.PyreleaseError('GATE_TOOL_MISSING', `uvx ${tool.command.args[0]} could not run bandit: ${out.stderr.trim().split(/\r?\n/).slice(-1)[0] ?? ''}`, { fix: tc.installLine('bandit') });
        }
        return { out, ...(tool.why ? { why: tool.why } : {}) };
    }
    const env = await tc.environment(undefined);
    const viaModule = env.ok ? tc.module(env, 'bandit', args) : undefined;
    const out = viaModule ? await (0,toolchain/* runTool */.qI)(viaModule, dir, security_TIMEOUT_MS) : undefined;
    if (out && !(0,toolchain/* missingModule */.$U)(out, 'bandit'))
        return { out };
    try {
        return { out: await (0,toolchain/* runTool */.qI)({ program: 'bandit', args }, dir, security_TIMEOUT_MS) };
    }
    catch (error) {
        if (error instanceof pyrelease_error.PyreleaseError && error.code === 'PROCESS_NOT_FOUND') {
            throw new pyrelease_error.PyreleaseError('GATE_TOOL_MISSING', `bandit is not installed${env.ok ? ` for ${env.environment.label}` : ''} (no bandit module, no bandit command)`, { fix: tc.installLine('bandit') });
        }
        throw error;
    }
}


/***/ })

};

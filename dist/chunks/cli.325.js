export const id = 325;
export const ids = [325,376,995];
export const modules = {

/***/ 62187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ processEnv),
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   aT: () => (/* binding */ streamProcess),
/* harmony export */   pR: () => (/* binding */ withholdFromChildren)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6376);
/**
 * The one child-process wrapper: a program and an argument array (never a shell string), a
 * timeout that kills the child, the user's environment minus this action's own secrets, and a
 * clear error when the program is missing. Everything that spawns goes through here.
 */


/**
 * What a child never inherits: the credentials the runner hands this action. The OIDC request
 * pair mints identity tokens (trusted publishing, Sigstore), the runtime token reaches the
 * Actions services, and every INPUT_* is this step's input (token, password, notify-webhook).
 * Everything else is the user's: `env:` of the step and job (database URLs, settings modules),
 * LD_LIBRARY_PATH that actions/setup-python exports on Linux, PYTHONPATH, CI, GITHUB_ACTIONS,
 * UV_* and PIP_* settings, proxies and CA bundles.
 */
const WITHHELD = new Set(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'GITHUB_TOKEN']);
const withheldValues = new Set();
/** A secret this run holds (token, password, webhook, minted tokens): no variable carrying it reaches a child, whatever its name. */
function withholdFromChildren(secret) {
    if (secret.length >= 4)
        withheldValues.add(secret);
}
function processEnv(extra = {}, unset = []) {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (value === undefined || WITHHELD.has(name) || name.startsWith('INPUT_') || withheldValues.has(value) || unset.includes(name))
            continue;
        env[name] = value;
    }
    return { ...env, ...extra };
}
/**
 * Spawns and streams stdout to `onStdout` as it arrives; resolves when the child exits.
 * `onStdout` returning false stops the child early (a consumer that has read enough).
 */
function streamProcess(program, args, opts, onStdout) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, { cwd: opts.cwd, env: processEnv(opts.env, opts.unset), stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], windowsHide: true });
        let stderr = '';
        let timedOut = false;
        let stoppedEarly = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, opts.timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            if (stoppedEarly)
                return;
            if (onStdout(chunk) === false) {
                stoppedEarly = true;
                child.kill('SIGTERM');
            }
        });
        child.stderr.setEncoding('utf8').on('data', (d) => {
            if (stderr.length < 1 << 20)
                stderr += d;
        });
        if (opts.input !== undefined)
            child.stdin.end(opts.input);
        child.on('error', (error) => {
            clearTimeout(timer);
            if (error.code === 'ENOENT') {
                reject(new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('PROCESS_NOT_FOUND', `${program} is not installed or not on PATH`, { fix: opts.installHint ?? `install ${program} on the runner` }));
            }
            else
                reject(error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (timedOut) {
                reject(new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_1__.PyreleaseError('PROCESS_TIMEOUT', `${program} ${args[0] ?? ''} did not finish within ${Math.round(opts.timeoutMs / 1000)} s and was stopped`, { fix: 'check what it is waiting for (network, a prompt); re-run' }));
            }
            else
                resolve({ exitCode: stoppedEarly ? 0 : (code ?? 1), stdout: '', stderr, durationMs: Date.now() - started, stoppedEarly });
        });
    });
}
async function runProcess(program, args, opts) {
    const chunks = [];
    const result = await streamProcess(program, args, opts, (c) => void chunks.push(c));
    return { ...result, stdout: chunks.join('') };
}


/***/ }),

/***/ 39325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CliRuntime: () => (/* binding */ CliRuntime)
});

;// CONCATENATED MODULE: ./src/adapters/runtime/secrets.ts
/**
 * Encoded forms a secret can leak in: a log may show it base64'd (Basic auth), URL-encoded
 * (query strings) or JSON-escaped. Masking only the raw value is how tokens end up in logs.
 */
function secretForms(value) {
    if (value.length < 4)
        return [];
    const forms = new Set([
        value,
        Buffer.from(value).toString('base64'),
        Buffer.from(`__token__:${value}`).toString('base64'),
        Buffer.from(`x-access-token:${value}`).toString('base64'),
        encodeURIComponent(value),
        JSON.stringify(value).slice(1, -1),
    ]);
    return [...forms].filter((f) => f.length >= 4);
}

// EXTERNAL MODULE: ./src/adapters/process/run-process.ts
var run_process = __webpack_require__(62187);
;// CONCATENATED MODULE: ./src/adapters/runtime/cli-runtime.ts


/**
 * The CLI twin of the Actions runtime: plain text on stderr (so stdout stays clean for
 * `--json`), outputs collected in memory, summary kept for `--summary` style printing.
 */
class CliRuntime {
    isDebug;
    write;
    kind = 'cli';
    outputs = new Map();
    summary = [];
    secrets = [];
    constructor(isDebug = process.env.PYRELEASE_DEBUG === '1', write = (t) => process.stderr.write(t)) {
        this.isDebug = isDebug;
        this.write = write;
    }
    getInput(_name) {
        return '';
    }
    env(name) {
        const v = process.env[name];
        return v === undefined || v === '' ? undefined : v;
    }
    line(text) {
        let safe = text;
        for (const s of this.secrets)
            safe = safe.split(s).join('***');
        this.write(safe + '\n');
    }
    info(message) {
        this.line(message);
    }
    debug(message) {
        if (this.isDebug)
            this.line(`debug: ${message}`);
    }
    notice(message, props) {
        this.line(`notice: ${where(props)}${message}`);
    }
    warning(message, props) {
        this.line(`warning: ${where(props)}${message}`);
    }
    error(message, props) {
        this.line(`error: ${where(props)}${message}`);
    }
    async group(title, fn) {
        this.line(`── ${title}`);
        return fn();
    }
    setSecret(value) {
        // Longest first, so a short form never masks half of a longer one.
        this.secrets.push(...secretForms(value));
        this.secrets.sort((a, b) => b.length - a.length);
        (0,run_process/* withholdFromChildren */.pR)(value);
    }
    toolOutput(title, text) {
        if (this.isDebug)
            this.line(`── ${title}\n${text}`);
    }
    setOutput(name, value) {
        this.outputs.set(name, value);
    }
    async appendSummary(markdown) {
        this.summary.push(markdown);
    }
    fail(line, exitCode = 1) {
        this.line(`error: ${line}`);
        process.exitCode = exitCode;
    }
}
function where(props) {
    if (!props?.file)
        return '';
    return `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: `;
}


/***/ }),

/***/ 6376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PyreleaseError: () => (/* binding */ PyreleaseError),
/* harmony export */   PyreleaseErrors: () => (/* binding */ PyreleaseErrors),
/* harmony export */   isPyreleaseError: () => (/* binding */ isPyreleaseError)
/* harmony export */ });
class PyreleaseError extends Error {
    code;
    details;
    name = 'PyreleaseError';
    constructor(code, message, details = {}, options) {
        super(message, options);
        this.code = code;
        this.details = details;
    }
}
/** Several problems found at once (configuration is checked in full, all problems reported). */
class PyreleaseErrors extends PyreleaseError {
    problems;
    constructor(problems) {
        const first = problems[0];
        super(first?.code ?? 'INTERNAL', problems.length === 1 || !first
            ? (first?.message ?? 'unknown problem')
            : `${first.message} (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`, first?.details ?? {});
        this.problems = problems;
    }
}
function isPyreleaseError(e) {
    return e instanceof PyreleaseError;
}


/***/ })

};

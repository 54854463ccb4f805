export const id = 841;
export const ids = [841];
export const modules = {

/***/ 55841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatMs: () => (/* binding */ formatMs),
/* harmony export */   runStages: () => (/* binding */ runStages)
/* harmony export */ });
/* harmony import */ var _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6376);
/* harmony import */ var _errors_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42958);


async function runStages(stages, ctx) {
    const reports = [];
    const { runtime, clock } = ctx;
    const gateErrors = [];
    for (const stage of stages) {
        if (gateErrors.length > 0 && !stage.gate)
            break;
        const decision = stage.shouldRun(ctx);
        if (!decision.run && mustRun(stage, ctx.settings.stage)) {
            // No silent pass: a stage asked for by name that has nothing to do fails, saying why and what to pass.
            const error = new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseError('STAGE_NOTHING_TO_DO', `stage: ${stage.name} was asked for, but has nothing to do: ${decision.reason}`, { key: 'stage', ...(decision.fix && { fix: decision.fix }) });
            runtime.info(`✖ ${stage.name}: failed — nothing to do`);
            reports.push({ stage: stage.name, status: 'failed', headline: (0,_errors_render_js__WEBPACK_IMPORTED_MODULE_1__.renderErrorLine)(error), durationMs: 0 });
            return { reports, error: combine([...gateErrors, error]) };
        }
        if (!decision.run) {
            runtime.info(`○ ${stage.name}: skipped — ${decision.reason}`);
            reports.push({ stage: stage.name, status: 'skipped', headline: decision.reason, durationMs: 0 });
            continue;
        }
        const started = clock.now();
        try {
            const outcome = await runtime.group(`${stage.title} (${stage.name})`, async () => {
                runtime.info(`▶ ${stage.name}: started`);
                return stage.run(ctx);
            });
            for (const [name, value] of Object.entries(outcome.outputs))
                runtime.setOutput(name, value);
            // Later stages of this step read them as a later job reads them as inputs (publish: the per-path releases).
            (ctx.results.outputs ??= {})[stage.name] = outcome.outputs;
            const durationMs = clock.now() - started;
            runtime.info(`✔ ${stage.name}: ${outcome.headline} (${formatMs(durationMs)})`);
            if (outcome.summary)
                await runtime.appendSummary(outcome.summary);
            reports.push({ stage: stage.name, status: 'done', headline: outcome.headline, durationMs });
        }
        catch (error) {
            const durationMs = clock.now() - started;
            runtime.info(`✖ ${stage.name}: failed (${formatMs(durationMs)})`);
            reports.push({ stage: stage.name, status: 'failed', headline: (0,_errors_render_js__WEBPACK_IMPORTED_MODULE_1__.renderErrorLine)(error), durationMs });
            if (stage.blocking && !stage.gate)
                return { reports, error: combine([...gateErrors, error]) };
            if (stage.blocking)
                gateErrors.push(error);
        }
    }
    return gateErrors.length > 0 ? { reports, error: combine(gateErrors) } : { reports };
}
/**
 * Only stage: all may skip a stage with nothing to do, and a list may skip a stage whose work comes
 * from an earlier stage of the same list (`release publish`: no release, nothing to publish).
 */
function mustRun(stage, selection) {
    if (selection === 'all')
        return false;
    const names = typeof selection === 'string' ? [selection] : selection;
    return !(stage.fedBy !== undefined && names.includes(stage.fedBy));
}
/** Several failed gates are one failure of the run, every verdict in its line. */
function combine(errors) {
    if (errors.length === 1)
        return errors[0];
    const known = errors.filter(_errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.isPyreleaseError);
    if (known.length !== errors.length)
        return errors[0];
    return new _errors_pyrelease_error_js__WEBPACK_IMPORTED_MODULE_0__.PyreleaseErrors(known);
}
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};

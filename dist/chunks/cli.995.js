export const id = 995;
export const ids = [995,376];
export const modules = {

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

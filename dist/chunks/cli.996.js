export const id = 996;
export const ids = [996];
export const modules = {

/***/ 43996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generatedNotesIfAllowed: () => (/* binding */ generatedNotesIfAllowed)
/* harmony export */ });
/* harmony import */ var _adapters_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4807);

async function generatedNotesIfAllowed(gh, runtime, r) {
    try {
        return await gh.generateReleaseNotes({ tagName: r.tag, targetCommitish: r.targetBranch, previousTagName: r.previousTag });
    }
    catch (error) {
        // The client's errors are already explained (a PyreleaseError carrying GitHub's status).
        const status = (0,_adapters_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(error);
        if (status !== 401 && status !== 403 && status !== 404)
            throw error;
        runtime.warning(`changelog-type github: GitHub would not generate the release notes for this token (${status}); the default CHANGELOG entry is shown instead`);
        return undefined;
    }
}


/***/ })

};

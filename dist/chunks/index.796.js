export const id = 796;
export const ids = [796];
export const modules = {

/***/ 40796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadStages: () => (/* binding */ loadStages)
/* harmony export */ });
const loaders = {
    quality: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(515), __webpack_require__.e(447), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 81758))).qualityStage,
    security: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(515), __webpack_require__.e(447), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 7153))).securityStage,
    release: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(515), __webpack_require__.e(130), __webpack_require__.e(699)]).then(__webpack_require__.bind(__webpack_require__, 70699))).releaseStage,
    publish: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(128), __webpack_require__.e(234), __webpack_require__.e(515), __webpack_require__.e(447), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 37639))).publishStage,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(447), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 374))).validateStage,
    rollback: async () => (await __webpack_require__.e(/* import() */ 913).then(__webpack_require__.bind(__webpack_require__, 76913))).rollbackStage,
    preview: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(515), __webpack_require__.e(130), __webpack_require__.e(550)]).then(__webpack_require__.bind(__webpack_require__, 52550))).previewStage,
};
/** The stages named, in the order given, loaded in parallel. */
function loadStages(names) {
    return Promise.all(names.map((n) => loaders[n]()));
}


/***/ })

};

export const id = 920;
export const ids = [920];
export const modules = {

/***/ 32920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  structuredFileUpdaters: () => (/* binding */ structuredFileUpdaters)
});

// EXTERNAL MODULE: ./src/core/config/json-text.ts
var json_text = __webpack_require__(14744);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version_version = __webpack_require__(42752);
// EXTERNAL MODULE: ./src/core/updaters/json-stringify.ts
var json_stringify = __webpack_require__(27502);
// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(96229);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
;// CONCATENATED MODULE: ./src/core/updaters/json-path.ts
/**
 * JSONPath through jsonpath-plus, the library and default (safe) evaluator release-please uses:
 * every path it accepts is accepted here. A path it cannot evaluate throws there and stops
 * release-please; here it is one CONFIG_BAD_JSONPATH line naming the file.
 */


function queryJsonPath(data, path, file) {
    try {
        return (0,index_node_esm/* JSONPath */.E)({ path, json: data, resultType: 'all' });
    }
    catch (e) {
        throw new pyrelease_error/* PyreleaseError */.dT('CONFIG_BAD_JSONPATH', `${file}: jsonpath ${JSON.stringify(path)} cannot be evaluated: ${e.message}`, {
            file,
            key: 'jsonpath',
            fix: "write a JSONPath such as $.version, $.project.version or $.package[?(@.name=='my-pkg')].version",
        });
    }
}
/** "/a/b~1c/0" → ["a", "b/c", "0"]: pointer segments, unescaped. */
function pointerSegments(pointer) {
    return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function noMatch(file, what, path, fix) {
    return new pyrelease_error/* PyreleaseError */.dT('EXTRA_FILE_NO_MATCH', `${file}: ${what} ${JSON.stringify(path)} matches nothing in the file`, { file, key: what, fix });
}

// EXTERNAL MODULE: ./src/core/updaters/version-in-text.ts
var version_in_text = __webpack_require__(88398);
;// CONCATENATED MODULE: ./src/core/updaters/json-file.ts
/**
 * JSON extra files: release-please's GenericJson. Every match of the jsonpath that is a string
 * holding a version gets the new one in place of the old; the file is re-serialised with its own
 * indent (jsonStringify). A match that is not a string, or holds no version, is skipped with a
 * warning, as release-please logs it.
 */





function updateJsonFile(content, jsonpath, version, edit) {
    const data = (0,json_text/* parseJsonText */.l)(content, edit.path, 'EXTRA_FILE_INVALID').value;
    const matches = queryJsonPath(data, jsonpath, edit.path);
    if (matches.length === 0 && edit.strict)
        throw noMatch(edit.path, 'jsonpath', jsonpath, `write the path of the version value in ${edit.path}, e.g. $.version`);
    const pattern = (0,version_in_text/* versionInText */.n)(version);
    for (const m of matches) {
        if (typeof m.value !== 'string')
            edit.warnings.push(`${edit.path}: no string at ${jsonpath}; skipped`);
        else if (!pattern.test(m.value))
            edit.warnings.push(`${edit.path}: no version found at ${jsonpath}; skipped`);
        else
            m.parent[m.parentProperty] = m.value.replace(pattern, (0,version_version/* formatVersion */.qh)(version));
    }
    return (0,json_stringify/* stringifyLike */.d)(data, content);
}

// EXTERNAL MODULE: ./node_modules/@iarna/toml/lib/toml-parser.js
var toml_parser = __webpack_require__(82862);
var toml_parser_default = /*#__PURE__*/__webpack_require__.n(toml_parser);
;// CONCATENATED MODULE: ./src/core/updaters/toml-edit.ts
/**
 * release-please's toml-edit (util/toml-edit.js) over the same parser, @iarna/toml's: a parse
 * in which every scalar value is tagged with where it is written, so one value can be replaced
 * and every other byte (comments, layout, line endings) kept. JSONPaths of TOML extra files are
 * evaluated on this tagged tree, which is why a filter on a string says `.value`.
 */


const TAGGED = Symbol('tagged-value');
class TaggedTomlParser extends (toml_parser_default()) {
    parseValue() {
        // By now pos is one past the value's first character.
        this.state.__TAGGED_START = this.pos - 1;
        return super.parseValue();
    }
    next(fn) {
        const previous = this.state;
        super.next(fn);
        this.state.__TAGGED_START = previous.__TAGGED_START;
    }
    return(value) {
        const previous = this.state;
        super.return(value);
        // Objects (tables, arrays, dates) are not tagged, so each value is tagged once.
        if (previous.__TAGGED_START && typeof this.state.returned !== 'object') {
            this.state.returned = { [TAGGED]: true, start: previous.__TAGGED_START, end: this.pos, value: this.state.returned };
        }
    }
}
function isTomlSyntaxError(e) {
    return e instanceof Error && typeof e.line === 'number' && typeof e.col === 'number';
}
function parseTaggedToml(text) {
    const parser = new TaggedTomlParser();
    parser.parse(text);
    return parser.finish();
}
function isTagged(x) {
    return typeof x === 'object' && x !== null && x[TAGGED] === true;
}
/**
 * The value at `path` (which must exist) replaced by JSON.stringify(newValue); release-please
 * throws when the path leads to a table or list instead of a value, and so does this, naming it.
 */
function replaceTomlValue(text, path, newValue, file) {
    let current = parseTaggedToml(text);
    for (const key of path)
        current = current?.[key];
    if (!isTagged(current)) {
        throw new pyrelease_error/* PyreleaseError */.dT('EXTRA_FILE_NO_MATCH', `${file}: ${path.join('.')} is a table or a list, not a value pyrelease can set to the version`, {
            file,
            key: 'jsonpath',
            fix: 'point the jsonpath at the version string itself, e.g. $.project.version',
        });
    }
    const output = text.slice(0, current.start) + JSON.stringify(newValue) + text.slice(current.end);
    try {
        const check = new (toml_parser_default())();
        check.parse(output);
        check.finish();
    }
    catch (e) {
        throw new pyrelease_error/* PyreleaseError */.dT('EXTRA_FILE_INVALID', `${file}: setting ${path.join('.')} to the version would leave invalid TOML: ${e.message.split('\n')[0]}`, { file, key: 'jsonpath', fix: 'point the jsonpath at a plain string value' });
    }
    return output;
}

;// CONCATENATED MODULE: ./src/core/updaters/toml-file.ts
/**
 * TOML extra files: release-please's GenericToml. The jsonpath is evaluated (jsonpath-plus) on
 * the tagged parse of toml-edit.ts, and each value it matches is replaced in place by the
 * version, whatever it held; comments and layout are kept.
 */



function updateTomlFile(content, jsonpath, version, edit) {
    let data;
    try {
        data = parseTaggedToml(content);
    }
    catch (e) {
        // release-please logs "Invalid toml, cannot be parsed" and leaves the file; a typed entry
        // that names a jsonpath is refused instead, so the release PR is not silently incomplete.
        if (!edit.strict) {
            edit.warnings.push(`${edit.path}: not valid TOML, its $.version is not updated (markers still are)`);
            return content;
        }
        throw invalidToml(edit.path, e);
    }
    // As release-please splits them: on "/", empty segments dropped, "~1" escapes left as they are.
    const paths = queryJsonPath(data, jsonpath, edit.path).map((m) => m.pointer.split('/').filter(Boolean)).map((p) => (p[0] === '$' ? p.slice(1) : p));
    if (paths.length === 0) {
        if (edit.strict)
            throw noMatch(edit.path, 'jsonpath', jsonpath, 'write the path of the version value, e.g. $.project.version, or $.package[?(@.name.value==\'my-pkg\')].version (TOML strings are matched on .value)');
        return content;
    }
    let out = content;
    for (const path of paths)
        out = replaceTomlValue(out, path, version, edit.path);
    return out;
}
function invalidToml(file, e) {
    const where = isTomlSyntaxError(e) ? { line: e.line + 1, column: e.col + 1 } : undefined;
    const what = e.message.split('\n')[0];
    return new pyrelease_error/* PyreleaseError */.dT('EXTRA_FILE_INVALID', `${file}${where ? `:${where.line}:${where.column}` : ''}: not valid TOML: ${what}`, {
        file,
        ...where,
        fix: 'fix the TOML syntax at that line, or remove the file from extra-files',
    });
}

// EXTERNAL MODULE: ./node_modules/@xmldom/xmldom/lib/index.js
var lib = __webpack_require__(98351);
// EXTERNAL MODULE: ./node_modules/xpath/xpath.js
var xpath_xpath = __webpack_require__(28408);
;// CONCATENATED MODULE: ./src/core/updaters/xml-dom.js
// @xmldom/xmldom and xpath re-exported without their type declarations: both reference the
// DOM library, which would replace Node's fetch and Blob types in the whole program. The types
// the XML updater needs are in xml-dom.d.ts beside this file.



;// CONCATENATED MODULE: ./src/core/updaters/xml-file.ts
/**
 * XML extra files: release-please's GenericXml (an xpath) and PomXml (a Maven pom's own version,
 * else its parent's), over the libraries it uses, @xmldom/xmldom 0.8 and xpath: the document is
 * parsed, the text of each selected node set to the version, and serialised again only when
 * something changed (base-xml.js, a final newline kept).
 */



const POM_VERSION = '/*[local-name()="project"]/*[local-name()="version"]';
const POM_PARENT_VERSION = '/*[local-name()="project"]/*[local-name()="parent"]/*[local-name()="version"]';
function updateXmlFile(content, xpath, version, edit) {
    return updateDocument(content, edit, (doc) => {
        const nodes = selectNodes(xpath, doc, edit.path);
        if (nodes.length === 0 && edit.strict)
            throw noMatch(edit.path, 'xpath', xpath, `write the XPath of the version element in ${edit.path}, e.g. //version or /project/version`);
        return setText(nodes, version);
    });
}
/** type: pom — release-please's PomXml without dependency versions, as its base strategy builds it. */
function updatePomFile(content, version, edit) {
    return updateDocument(content, edit, (doc) => {
        const own = selectNodes(POM_VERSION, doc, edit.path);
        const nodes = own.length > 0 ? own : selectNodes(POM_PARENT_VERSION, doc, edit.path);
        if (nodes.length === 0)
            throw noMatch(edit.path, 'xpath', POM_VERSION, 'give the pom a <version> under <project> (or under <project><parent>)');
        return setText(nodes, version);
    });
}
function updateDocument(content, edit, update) {
    const problems = [];
    // xmldom 0.8 recovers from broken XML and reports it here, a mismatched end tag only as a
    // "warning" (its default handler prints them all); a well-formed file reports nothing.
    const record = (msg) => void problems.push(String(msg).split('\n')[0]);
    let doc;
    try {
        doc = new lib.DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(content);
    }
    catch (e) {
        record(e instanceof Error ? e.message : e);
        doc = undefined;
    }
    if (problems.length > 0 && edit.strict) {
        throw new pyrelease_error/* PyreleaseError */.dT('EXTRA_FILE_INVALID', `${edit.path}: not valid XML: ${problems[0].replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*@#\[line:.*$/, '')}`, {
            file: edit.path,
            fix: 'fix the XML (xmllint --noout shows where), or remove the file from extra-files',
        });
    }
    if (!doc)
        return content;
    if (!update(doc))
        return content;
    const out = new lib/* XMLSerializer */.e().serializeToString(doc);
    return content.endsWith('\n') && !out.endsWith('\n') ? `${out}\n` : out;
}
function selectNodes(xpath, doc, file) {
    let selected;
    try {
        selected = (0,xpath_xpath.select)(xpath, doc);
    }
    catch (e) {
        throw new pyrelease_error/* PyreleaseError */.dT('CONFIG_BAD_XPATH', `${file}: xpath ${JSON.stringify(xpath)} is not an XPath expression: ${e.message}`, {
            file,
            key: 'xpath',
            fix: 'write an XPath 1.0 expression such as //version or /project/version',
        });
    }
    return Array.isArray(selected) ? selected : [];
}
/** Sets every node whose text differs; true when one changed (release-please then re-serialises). */
function setText(nodes, version) {
    const stale = nodes.filter((n) => n.textContent !== version);
    for (const n of stale)
        n.textContent = version;
    return stale.length > 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/updaters/yaml-file.ts
/**
 * YAML extra files: what release-please's GenericYaml changes, written the way the file is.
 * release-please evaluates the jsonpath on every document (js-yaml, JSON mode), sets each string
 * it matches to the version, and re-dumps the whole file, losing comments and layout. pyrelease
 * computes the same new documents, but replaces only the text of each matched scalar (in its own
 * quoting), so every other byte stays; the result is parsed again and must equal release-please's
 * documents (a documented difference: same data, file kept as written).
 */



// js-yaml's JSON mode lets a later duplicate key win and reads << merge keys; so does this parse.
const OPTIONS = { uniqueKeys: false, merge: true };
function updateYamlFile(content, jsonpath, version, edit) {
    const docs = (0,dist/* parseAllDocuments */.hR)(content, OPTIONS);
    const broken = Array.isArray(docs) ? docs.find((d) => d.errors.length > 0) : undefined;
    if (!Array.isArray(docs) || broken) {
        // release-please logs "Invalid yaml, cannot be parsed" and leaves the file; a typed entry is refused.
        if (!edit.strict) {
            edit.warnings.push(`${edit.path}: not valid YAML, its $.version is not updated (markers still are)`);
            return content;
        }
        throw invalidYaml(edit.path, broken);
    }
    const edits = [];
    const expected = [];
    let matched = false;
    for (const doc of docs) {
        const data = doc.toJS();
        if (typeof data === 'object' && data !== null) {
            for (const m of queryJsonPath(data, jsonpath, edit.path)) {
                matched = true;
                if (typeof m.value !== 'string') {
                    edit.warnings.push(`${edit.path}: no string at ${jsonpath}; skipped`);
                    continue;
                }
                m.parent[m.parentProperty] = version;
                const node = doc.getIn(pointerSegments(m.pointer), true);
                if (!(0,dist/* isScalar */.jn)(node) || !node.range)
                    throw cannotEdit(edit.path, jsonpath);
                edits.push({ start: node.range[0], end: node.range[1], text: render(node, version) });
            }
        }
        expected.push(data);
    }
    if (!matched && edit.strict)
        throw noMatch(edit.path, 'jsonpath', jsonpath, `write the path of the version value in ${edit.path}, e.g. $.version or $.image.tag`);
    if (edits.length === 0)
        return content;
    let out = content;
    for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    // The edit must mean exactly what release-please's re-dump means, or it is not made.
    const reread = (0,dist/* parseAllDocuments */.hR)(out, OPTIONS);
    if (!Array.isArray(reread) || JSON.stringify(reread.map((d) => d.toJS())) !== JSON.stringify(expected))
        throw cannotEdit(edit.path, jsonpath);
    return out;
}
/** The new version in the scalar's own style; a block scalar becomes a double-quoted one. */
function render(node, version) {
    if (node.type === 'QUOTE_SINGLE')
        return `'${version}'`;
    if (node.type === 'PLAIN')
        return version;
    return JSON.stringify(version);
}
function invalidYaml(file, doc) {
    const error = doc?.errors[0];
    const pos = error?.linePos?.[0];
    const what = error ? error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') : 'not a YAML stream';
    return new pyrelease_error/* PyreleaseError */.dT('EXTRA_FILE_INVALID', `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML: ${what}`, {
        file,
        ...(pos && { line: pos.line, column: pos.col }),
        fix: 'fix the YAML at that line (a template with {{ }} is not YAML: list it as a generic file with x-release-please-version markers)',
    });
}
function cannotEdit(file, jsonpath) {
    return new pyrelease_error/* PyreleaseError */.dT('EXTRA_FILE_NO_MATCH', `${file}: the value at ${jsonpath} is written in a form pyrelease cannot edit in place (an alias or a key that is not a string)`, {
        file,
        key: 'jsonpath',
        fix: 'write the version as a plain, quoted or single-quoted scalar under its key, or mark its line with # x-release-please-version and use a generic entry',
    });
}

;// CONCATENATED MODULE: ./src/core/updaters/structured-files.ts




const structuredFileUpdaters = { json: updateJsonFile, yaml: updateYamlFile, toml: updateTomlFile, xml: updateXmlFile, pom: updatePomFile };


/***/ })

};

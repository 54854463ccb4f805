export const id = 515;
export const ids = [515];
export const modules = {

/***/ 47033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ parseMessage)
});

// UNUSED EXPORTS: parseWithParser

// EXTERNAL MODULE: ./node_modules/@conventional-commits/parser/index.js
var parser = __webpack_require__(37397);
// EXTERNAL MODULE: ./node_modules/@conventional-commits/parser/lib/scanner.js
var scanner = __webpack_require__(3619);
var scanner_default = /*#__PURE__*/__webpack_require__.n(scanner);
;// CONCATENATED MODULE: ./src/core/commits/header-check.ts
/**
 * Whether @conventional-commits/parser 0.4.1 (the parser release-please 17.11.2 calls) accepts a
 * message, decided without calling it. Calling the parser on a message it rejects costs an
 * Error built per alternative tried and a throw (issue #21); this answers first. It throws in
 * two places only (lib/parser.js): when <summary> fails on the first line of the trimmed text,
 * and when scope() meets "(" without ")" — which, past the first line, happens where <token> is
 * tried, at the start of every line that is not a continuation (body() tries pre-footer there,
 * and the footer loop goes line by line). test/core/commits/header-check.test.ts proves it
 * agrees with the parser on the corpus, generated histories and strings built from every
 * character the grammar distinguishes.
 */
// <type> ends at parens, <whitespace> (lib/type-checks.js: ZWNBSP TAB VT FF SP NBSP), newlines, "!" and ":".
const TYPE_END = new Set(['(', ')', '\ufeff', '\t', '\v', '\f', ' ', '\u00a0', '\r', '\n', '!', ':']);
// token() at a line start that throws: not "BREAKING CHANGE"/"BREAKING-CHANGE" (tried first),
// then <type>, then "(" and a scope that meets "(", a newline or the end before any ")".
// After a newline, a <type> character is a line start (a newline is not one).
const UNCLOSED_SCOPE_AT_LINE_START = /[\r\n](?!BREAKING[ -]CHANGE)[^()\ufeff\t\v\f \u00a0\r\n!:]+\([^()\r\n]*(?:[(\r\n]|$)/;
function isConventionalMessage(message) {
    const s = message.trim();
    return summaryParses(s) && !UNCLOSED_SCOPE_AT_LINE_START.test(s);
}
/** <summary> ::= <type> ["(" <scope> ")"] ["!"] ":" … (a breaking-change literal is taken where "!" is). */
function summaryParses(s) {
    const i = afterType(s, 0);
    if (i === 0)
        return false;
    let j = i;
    if (s[j] === '(') {
        const close = scopeEnd(s, j + 1);
        // No ")" throws; an empty scope rewinds to the ")" itself, where neither "!" nor ":" follows.
        if (s[close] !== ')' || close === j + 1)
            return false;
        j = close + 1;
    }
    if (s[j] === '!')
        j++;
    else if (startsWithBreaking(s, j))
        j += 15;
    return s[j] === ':' || (s[j] === ' ' && s[j + 1] === '#');
}
/** Where a <type> starting at `start` ends (start itself when there is none). */
function afterType(s, start) {
    let i = start;
    while (i < s.length && !TYPE_END.has(s[i]))
        i++;
    return i;
}
/** Where a <scope> starting at `start` ends: at the first paren or newline, or the end. */
function scopeEnd(s, start) {
    let i = start;
    while (i < s.length && s[i] !== '(' && s[i] !== ')' && s[i] !== '\r' && s[i] !== '\n')
        i++;
    return i;
}
function startsWithBreaking(s, at) {
    return s.startsWith('BREAKING CHANGE', at) || s.startsWith('BREAKING-CHANGE', at);
}

;// CONCATENATED MODULE: ./src/core/commits/common-shapes.ts

const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const OPEN = 40;
const CLOSE = 41;
const COLON = 58;
const B = 66;
/** A reference's issue: what release-please keeps (a number). */
const ISSUE_NUMBER = /^[0-9]+$/;
// What a line after the header can be, as the parser's body and footer rules see it.
const PLAIN = 0;
const FOOTER = 1;
const CONTINUATION = 2;
const NOT_COMMON = 3;
/** `BREAKING CHANGE: …`, a footer whose text becomes the breaking note (the parser's breaking-change token). */
const BREAKING_FOOTER = 4;
const BREAKING_CHANGE = 'BREAKING CHANGE';
/** The parser's <whitespace>: ZWNBSP TAB VT FF SP NBSP (lib/type-checks.js). */
function isWhitespace(c) {
    return c === SPACE || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff;
}
function skipWhitespace(s, i) {
    while (isWhitespace(s.charCodeAt(i)))
        i++;
    return i;
}
function skipNewlines(s, i) {
    let c = s.charCodeAt(i);
    while (c === LF || c === CR)
        c = s.charCodeAt(++i);
    return i;
}
function lineEnd(s, i) {
    const n = s.length;
    let c = s.charCodeAt(i);
    while (i < n && c !== LF && c !== CR)
        c = s.charCodeAt(++i);
    return i;
}
function lineKind(s, start) {
    const c = s.charCodeAt(start);
    if (isWhitespace(c))
        return CONTINUATION;
    // <token> tries "!" and the BREAKING literals first (and the body reads them specially).
    if (c === B && s.startsWith(BREAKING_CHANGE, start) && s.charCodeAt(start + BREAKING_CHANGE.length) === COLON)
        return BREAKING_FOOTER;
    if (c === BANG || (c === B && (s.startsWith(BREAKING_CHANGE, start) || s.startsWith('BREAKING-CHANGE', start))))
        return NOT_COMMON;
    const end = afterType(s, start);
    if (end === start)
        return PLAIN;
    const d = s.charCodeAt(end);
    if (d === COLON || (d === SPACE && s.charCodeAt(end + 1) === HASH))
        return FOOTER;
    // A scope or "!" after a footer's type (and an unclosed scope, which the parser throws on).
    if (d === OPEN || d === BANG)
        return NOT_COMMON;
    return PLAIN;
}
/**
 * The commits parse-message.ts's toCommits makes of `message` (footer-commits first, then the
 * header commit), or undefined when the message is not of a common shape.
 */
function commonShapeCommits(message) {
    const s = message.trim();
    const typeEnd = afterType(s, 0);
    if (typeEnd === 0)
        return undefined;
    let at = typeEnd;
    let scope = null;
    if (s.charCodeAt(at) === OPEN) {
        const close = scopeEnd(s, at + 1);
        if (s.charCodeAt(close) !== CLOSE || close === at + 1)
            return undefined;
        scope = s.slice(at + 1, close);
        at = close + 1;
    }
    const bang = s.charCodeAt(at) === BANG;
    if (bang)
        at++;
    if (s.charCodeAt(at) !== COLON)
        return undefined;
    const subjectStart = skipWhitespace(s, at + 1);
    const headerEnd = lineEnd(s, subjectStart);
    const type = s.slice(0, typeEnd);
    const subject = s.slice(subjectStart, headerEnd);
    const head = { header: `${type}${scope === null ? '' : `(${scope})`}${bang ? '!' : ''}: ${subject}`, type, scope, subject, body: '', notes: [], references: [] };
    if (bang && subject !== '')
        head.notes.push({ title: 'BREAKING CHANGE', text: subject });
    // One pass over the lines: where the body starts, and where the last block of footers starts.
    let firstLine = -1;
    let footerStart = -1;
    let bodyEnd = -1;
    // A BREAKING CHANGE line the body turns out to hold (a plain line follows) is read by the body rule: the parser's.
    let breakingInBlock = false;
    for (let end = headerEnd; end < s.length;) {
        const start = skipNewlines(s, end);
        const kind = lineKind(s, start);
        if (kind === NOT_COMMON)
            return undefined;
        if (firstLine === -1)
            firstLine = start;
        if (kind === PLAIN) {
            if (breakingInBlock)
                return undefined;
            footerStart = -1;
        }
        else if ((kind === FOOTER || kind === BREAKING_FOOTER) && footerStart === -1) {
            footerStart = start;
            bodyEnd = end;
        }
        if (kind === BREAKING_FOOTER)
            breakingInBlock = true;
        end = lineEnd(s, start);
    }
    if (firstLine !== -1 && footerStart !== firstLine)
        head.body = s.slice(firstLine, footerStart === -1 ? s.length : bodyEnd);
    const commits = [];
    // The breaking note's text: the header's subject after "!", then each BREAKING CHANGE footer's last text (the last one wins).
    let breakingText;
    for (let start = footerStart; start !== -1 && start < s.length;) {
        const breaking = s.startsWith(BREAKING_CHANGE, start) && s.charCodeAt(start + BREAKING_CHANGE.length) === COLON;
        const tokenEnd = breaking ? start + BREAKING_CHANGE.length : afterType(s, start);
        const token = s.slice(start, tokenEnd);
        const hashSeparator = s.charCodeAt(tokenEnd) !== COLON;
        const valueStart = skipWhitespace(s, tokenEnd + (hashSeparator ? 2 : 1));
        let end = lineEnd(s, valueStart);
        let text = s.slice(valueStart, end);
        // The header release-please re-reads the footer as: separator ": " (" #" is left out), texts and newlines.
        let footerText = hashSeparator ? `${token}${text}` : `${token}: ${text}`;
        // A breaking-change token holds no <type>: its reference has no action.
        const reference = { prefix: '#', action: breaking ? '' : token, issue: '' };
        let hasReference = hashSeparator;
        for (let next = skipNewlines(s, end);; next = skipNewlines(s, end)) {
            // Each text of the footer in turn; the last one is the issue (and the Release-As version).
            if (text.charCodeAt(0) === HASH) {
                hasReference = true;
                reference.issue = text.substring(1);
            }
            else
                reference.issue = text;
            if (next >= s.length || !isWhitespace(s.charCodeAt(next))) {
                start = next;
                break;
            }
            const textStart = skipWhitespace(s, next);
            const newlines = s.slice(end, next);
            end = lineEnd(s, textStart);
            text = s.slice(textStart, end);
            footerText += newlines + text;
        }
        if (hasReference && ISSUE_NUMBER.test(reference.issue))
            head.references.push(reference);
        if (breaking) {
            if (text === '')
                return undefined;
            breakingText = text;
            continue;
        }
        if (token.toLowerCase() === 'release-as')
            head.notes.push({ title: 'RELEASE AS', text });
        if (isConventionalMessage(footerText)) {
            const nested = commonShapeCommits(footerText);
            if (!nested)
                return undefined;
            commits.push(...nested);
        }
    }
    if (breakingText !== undefined) {
        // One note, ahead of the Release-As ones, as the parser's walk makes it.
        if (bang && subject !== '')
            head.notes[0].text = breakingText;
        else
            head.notes.unshift({ title: 'BREAKING CHANGE', text: breakingText });
    }
    commits.push(head);
    return commits;
}

;// CONCATENATED MODULE: ./src/core/commits/parse-message.ts
/**
 * One message → the commits release-please 17.11.2 reads from it: the tree of
 * @conventional-commits/parser, the parser release-please calls, read by release-please's
 * `toConventionalChangelogFormat` and `postProcessCommits` (build/src/commit.js) step for step,
 * quirks included: the visitors pop the ancestor arrays the walk hands them (shared by
 * siblings), the body's `BREAKING-CHANGE:` check tests `String(node)` ("[object Object]") and
 * so never matches there, and the last text of a BREAKING CHANGE footer wins. A message the
 * parser rejects gives no commits (release-please drops it), decided by header-check.ts
 * without the parser's throw (issue #21).
 */




/**
 * unist-util-visit-parents 3 (what release-please walks the tree with), as its visitors use it:
 * pre-order, nodes of the given types (all when null), and the visitor gets the very array of
 * ancestors its siblings get, so what one visitor pops is missing for the next. It costs as much
 * as the parse itself in that library (a display name and closures per node), hence this; the
 * differential test against release-please's own parseConventionalCommits keeps it exact (ADR 4).
 */
function walkWithAncestors(node, types, visitor, ancestors = []) {
    // One array per parent, shared by its children, taken before the visitor may pop from
    // `ancestors` (unist's grandparents = parents.concat(node)); leaves need none.
    const children = node.children;
    const below = children && children.length > 0 ? [...ancestors, node] : undefined;
    if (!types || types.includes(node.type))
        visitor(node, ancestors);
    if (below)
        for (const child of children)
            walkWithAncestors(child, types, visitor, below);
}
/** unist-util-visit 2: the same pre-order walk; release-please's visitors use neither index nor parent, so no ancestors are kept. */
function walk(node, types, visitor) {
    if (!types || types.includes(node.type))
        visitor(node);
    const children = node.children;
    if (children)
        for (const child of children)
            walk(child, types, visitor);
}
/**
 * Footer-commits first, then the header commit (release-please's order). release-please also
 * passes the list through conventional-commits-filter, which only drops commits reverted by a
 * `revert` field; the walk never sets one, so the filter changes nothing and is left out.
 */
function parseMessage(message) {
    // Most messages are of a shape read directly, with the same result (common-shapes.ts, ADR 0006).
    const common = commonShapeCommits(message);
    return common ? common.map(postProcess) : parseWithParser(message);
}
/** The parser's path, for any message; the reference the common shapes are tested against. */
function parseWithParser(message) {
    if (!isConventionalMessage(message))
        return [];
    try {
        return toCommits(parse(message)).map(postProcess);
    }
    catch {
        // header-check.ts rejects every message the parser throws on (test/core/commits/header-check.test.ts);
        // should one get through, it is still what release-please does with it: dropped.
        return [];
    }
}
/**
 * The parser's scanner builds an Error for every alternative it rules out (`abort`: a message
 * formatted from the position and the tokens expected, then a rewind), and the parser only
 * tests them with `instanceof Error`; they reach no one, since a message it would throw on is
 * never given to it (header-check.ts). Building them was most of its time, even without stack
 * traces (issue #21), so `abort` rewinds as before and returns one Error made once. `position`
 * copies the same three fields without a generic spread. The tree it builds is unchanged.
 */
const REJECTED = new Error('not this alternative');
(scanner_default()).prototype.abort = function abort(node) {
    this.rewind(node.position.start);
    return REJECTED;
};
(scanner_default()).prototype.position = function position() {
    const { line, column, offset } = this.pos;
    return { line, column, offset };
};
const parse = (text) => (0,parser.parser)(text);
function blank() {
    return { header: '', type: '', scope: null, subject: '', body: '', notes: [], references: [] };
}
function toCommits(ast) {
    const commits = [];
    const head = blank();
    let body;
    let summary;
    walk(ast, ['body', 'summary'], (node) => {
        if (node.type === 'body')
            body = node;
        else
            summary = node;
    });
    // No test: every node of the summary, as release-please's visit(summary, visitor).
    walk(summary, null, (node) => {
        switch (node.type) {
            case 'type':
                head.type = node.value;
                head.header += node.value;
                break;
            case 'scope':
                head.scope = node.value;
                head.header += `(${node.value})`;
                break;
            case 'breaking-change':
                head.header += '!';
                break;
            case 'text':
                head.subject = node.value;
                head.header += `: ${node.value}`;
                break;
        }
    });
    if (body)
        walk(body, ['text', 'newline'], (node) => void (head.body += node.value));
    const breaking = { title: 'BREAKING CHANGE', text: '' };
    walkWithAncestors(ast, ['breaking-change'], (node, ancestors) => {
        let parent = ancestors.pop();
        if (!parent)
            return;
        if (parent.type === 'summary')
            breaking.text = head.subject;
        else if (parent.type === 'body') {
            breaking.text = '';
            let hit = false;
            walk(parent, ['breaking-change', 'text', 'newline'], (n) => {
                if (n.type === 'breaking-change')
                    hit = true;
                else if (hit)
                    breaking.text += n.value;
            });
        }
        else if (parent.type === 'token') {
            if (!node.value.includes('BREAKING'))
                return;
            parent = ancestors.pop();
            walk(parent, ['text', 'newline'], (n) => void (breaking.text = n.value));
        }
    });
    if (breaking.text !== '')
        head.notes.push(breaking);
    walk(ast, ['footer'], (footer) => {
        const reference = { prefix: '#', action: '', issue: '' };
        let hasRefSeparator = false;
        walk(footer, ['type', 'separator', 'text'], (n) => {
            if (n.type === 'type')
                reference.action = n.value;
            else if (n.type === 'separator') {
                if (n.value.includes('#'))
                    hasRefSeparator = true;
            }
            else if (n.value.charAt(0) === '#') {
                hasRefSeparator = true;
                reference.issue = n.value.substring(1);
            }
            else
                reference.issue = n.value;
        });
        if (hasRefSeparator && ISSUE_NUMBER.test(reference.issue))
            head.references.push(reference);
    });
    // Footers that look like headers ("fix: a\nfeat: b") are commits of their own.
    walkWithAncestors(ast, ['type'], (node, ancestors) => {
        let parent = ancestors.pop();
        if (!parent || parent.type !== 'token')
            return;
        parent = ancestors.pop();
        let footerText = '';
        walk(parent, ['type', 'scope', 'breaking-change', 'separator', 'text', 'newline'], (n) => {
            if (n.type === 'scope')
                footerText += `(${n.value})`;
            else if (n.type === 'separator') {
                if (!n.value.includes('#'))
                    footerText += `${n.value} `;
            }
            else
                footerText += n.value;
        });
        if (node.value.toLowerCase() === 'release-as') {
            let releaseAs = '';
            walk(parent, ['text'], (n) => void (releaseAs = n.value));
            head.notes.push({ title: 'RELEASE AS', text: releaseAs });
        }
        // A footer that is not a header is just a footer.
        if (isConventionalMessage(footerText))
            commits.push(...toCommits(parse(footerText)));
    });
    commits.push(head);
    return commits;
}
/** Note text: first paragraph joined with spaces; "* ", "- ", "#### " lines kept as indented lines. */
function postProcess(commit) {
    for (const note of commit.notes) {
        let text = '';
        let extended = false;
        let i = 0;
        for (const chunk of note.text.split(/\r?\n/)) {
            if (i > 0 && /^#### |^[*-] /.test(chunk) && !extended) {
                text = `${text.trim()}\n`;
                extended = true;
            }
            if (chunk === '')
                break;
            text += extended ? `    ${chunk}\n` : `${chunk} `;
            i++;
        }
        note.text = text.trim();
    }
    const hyphenated = /BREAKING-CHANGE:\s*(.*)/.exec(commit.body);
    if (hyphenated?.[1]) {
        const existing = commit.notes.find((n) => n.title === 'BREAKING CHANGE');
        if (existing)
            existing.text += `\n${hyphenated[1].trim()}`;
        else
            commit.notes.push({ title: 'BREAKING CHANGE', text: hyphenated[1].trim() });
    }
    return commit;
}


/***/ }),

/***/ 66716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ renderGroupedBody),
/* harmony export */   OG: () => (/* binding */ parseBody),
/* harmony export */   Wu: () => (/* binding */ DEFAULT_FOOTER),
/* harmony export */   lc: () => (/* binding */ renderBody),
/* harmony export */   yT: () => (/* binding */ DEFAULT_HEADER)
/* harmony export */ });
/* harmony import */ var _version_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42752);
/** The release PR body (release-please's PullRequestBody, one release) and the entry read back from it. */

const DEFAULT_HEADER = ':robot: I have created a release *beep* *boop*';
const DEFAULT_FOOTER = 'This PR was generated with [Release Please](https://github.com/googleapis/release-please). See [documentation](https://github.com/googleapis/release-please#release-please).';
const DELIMITER = '---';
/** `grouped` is release-please's merged PR (separate-pull-requests: false): the entry folds into <details>. */
function renderBody(entry, header = DEFAULT_HEADER, footer = DEFAULT_FOOTER, grouped) {
    return grouped ? renderGroupedBody([{ ...grouped, entry }], header, footer) : wrapNotes(entry, header, footer);
}
/** release-please's PullRequestBody with useComponents: one <details> per release, in order. */
function renderGroupedBody(releases, header = DEFAULT_HEADER, footer = DEFAULT_FOOTER) {
    const notes = releases.map((r) => `<details><summary>${r.component ? `${r.component}: ` : ''}${r.version}</summary>\n\n${r.entry}\n</details>`).join('\n\n');
    return wrapNotes(notes, header, footer);
}
function wrapNotes(notes, header, footer) {
    return `${header}\n${DELIMITER}\n\n\n${notes}\n\n${DELIMITER}\n${footer}`;
}
/** The notes between the first and the last `---` line, and the version of their first heading. */
function parseBody(body, notation = 'semver') {
    const lines = body.trim().replace(/\r\n/g, '\n').split('\n');
    const first = lines.indexOf(DELIMITER);
    if (first === -1)
        return undefined;
    let last = lines.lastIndexOf(DELIMITER);
    if (last === first)
        last = lines.length - 1;
    const entry = lines.slice(first + 1, last).join('\n').trim();
    const heading = /^#{2,3} \[?(\d+\.\d+\.\d+[^\]\s]*)/m.exec(entry);
    return { entry, version: heading ? (0,_version_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(heading[1], notation) : undefined };
}


/***/ }),

/***/ 63052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ releaseBranchName),
/* harmony export */   n: () => (/* binding */ linkedBranchName)
/* harmony export */ });
/** The release PR's head branch: how pyrelease (and release-please) recognise their PR. */
function releaseBranchName(targetBranch, component) {
    return component ? `release-please--branches--${targetBranch}--components--${component}` : `release-please--branches--${targetBranch}`;
}
/** linked-versions' group PR (release-please's BranchName.ofGroupTargetBranch, the group name made branch-safe). */
function linkedBranchName(targetBranch, groupName) {
    return `release-please--branches--${targetBranch}--groups--${groupName.replace(/[^\w\d]/g, '-').replace(/-+/g, '-')}`;
}


/***/ }),

/***/ 71280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sj: () => (/* binding */ parseTitleVersion),
/* harmony export */   sR: () => (/* binding */ GROUP_TITLE_PATTERN),
/* harmony export */   zF: () => (/* binding */ renderTitle)
/* harmony export */ });
/* unused harmony exports DEFAULT_TITLE_PATTERN, titleMatcher */
/* harmony import */ var _version_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42752);
/** The release PR title from `pull-request-title-pattern`, and back (release-please's PullRequestTitle). */

const DEFAULT_TITLE_PATTERN = 'chore${scope}: release${component} ${version}';
/** separate-pull-requests: false ignores pull-request-title-pattern for this one (release-please's MANIFEST_PULL_REQUEST_TITLE_PATTERN). */
const GROUP_TITLE_PATTERN = 'chore: release ${branch}';
function renderTitle(p) {
    let pattern = p.pattern || DEFAULT_TITLE_PATTERN;
    const component = p.componentNoSpace ? p.component : p.component ? ` ${p.component}` : '';
    if (p.componentNoSpace && !component)
        pattern = pattern.replace('${component} ', '');
    // String.replace with a string pattern replaces the first occurrence only, as upstream.
    return pattern
        .replace('${scope}', p.targetBranch ? `(${p.targetBranch})` : '')
        .replace('${component}', component)
        .replace('${version}', p.version)
        .replace('${branch}', p.targetBranch)
        .trim();
}
function titleMatcher(pattern, componentNoSpace = false) {
    const source = (pattern || DEFAULT_TITLE_PATTERN)
        .replace(/\[/g, '\\[')
        .replace(/\]/g, '\\]')
        .replace(/\(/g, '\\(')
        .replace(/\)/g, '\\)')
        .replace('${scope}', '(\\((?<branch>[\\w-./]+)\\))?')
        .replace('${component}', componentNoSpace ? '?(?<component>@?[\\w-./]*)?' : ' ?(?<component>@?[\\w-./]*)?')
        .replace('${version}', 'v?(?<version>[0-9].*)')
        .replace('${branch}', '(?<branch>[\\w-./]+)?');
    return new RegExp(`^${source}$`);
}
/** The version a title names under the pattern, or undefined when the title does not match it. */
function parseTitleVersion(title, pattern, componentNoSpace = false, notation = 'semver') {
    const version = titleMatcher(pattern, componentNoSpace).exec(title)?.groups?.version;
    return version ? (0,_version_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(version, notation) : undefined;
}


/***/ }),

/***/ 27502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ stringifyLike)
/* harmony export */ });
/* harmony import */ var detect_indent__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99968);
/* harmony import */ var detect_indent__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(detect_indent__WEBPACK_IMPORTED_MODULE_0__);
/**
 * release-please's jsonStringify (util/json-stringify.js): JSON.stringify with the indent
 * detect-indent finds in the file (the most common step between lines, not the first one), and
 * the text before the first "{" and after the last "}" kept. The manifest and JSON extra files
 * are written through it.
 */

function stringifyLike(data, content) {
    return `${content.slice(0, content.indexOf('{'))}${JSON.stringify(data, null, detect_indent__WEBPACK_IMPORTED_MODULE_0___default()(content.trim()).indent)}${content.slice(content.lastIndexOf('}') + 1)}`;
}


/***/ }),

/***/ 26797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ updatePyproject)
});

// EXTERNAL MODULE: ./src/core/pyproject-toml.ts
var pyproject_toml = __webpack_require__(39332);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
;// CONCATENATED MODULE: ./src/core/updaters/toml-locate.ts
function lines(text) {
    const out = [];
    let offset = 0;
    for (const part of text.split('\n')) {
        out.push({ text: part, offset });
        offset += part.length + 1;
    }
    return out;
}
const unquote = (k) => k.trim().replace(/^"(.*)"$|^'(.*)'$/, (_m, a, b) => a ?? b ?? '');
const splitKey = (k) => k.split('.').map(unquote);
/** The span of the value of `key` in table `table` (each entry in the table path, every [[array]] entry when it is an array). */
function locateValues(text, table, key) {
    let current = [];
    const spans = [];
    for (const { text: line, offset } of lines(text)) {
        const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?\r?$/.exec(line);
        if (header) {
            current = splitKey(header[2]);
            continue;
        }
        const kv = /^(\s*)([A-Za-z0-9_."'-][^=]*?)\s*=\s*/.exec(line);
        if (!kv)
            continue;
        const fullKey = [...current, ...splitKey(kv[2])];
        if (fullKey.length !== table.length + 1 || fullKey[fullKey.length - 1] !== key || !table.every((t, i) => fullKey[i] === t))
            continue;
        const valueStart = offset + kv[0].length;
        const end = valueEnd(text, valueStart);
        if (end !== undefined)
            spans.push({ start: valueStart, end });
    }
    return spans;
}
/** End of a string value starting at `start` (basic or literal, single-line). */
function valueEnd(text, start) {
    const q = text.charAt(start);
    if (q !== '"' && q !== "'")
        return undefined;
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charAt(i);
        if (c === '\n')
            return undefined;
        if (q === '"' && c === '\\') {
            i++;
            continue;
        }
        if (c === q)
            return i + 1;
    }
    return undefined;
}
function replaceSpans(text, spans, replacement) {
    let out = text;
    for (const s of [...spans].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + replacement + out.slice(s.end);
    return out;
}

;// CONCATENATED MODULE: ./src/core/updaters/pyproject.ts
/** pyproject.toml: `[project].version`, else `[tool.poetry].version`, replaced in place. */



function updatePyproject(content, version, path = 'pyproject.toml') {
    const parsed = (0,pyproject_toml/* parsePyprojectToml */.w)(content, path, 'fix the TOML syntax (python -c "import tomllib; tomllib.load(open(\'pyproject.toml\', \'rb\'))" shows where)');
    const project = parsed.project;
    const poetry = parsed.tool?.poetry;
    const table = project ?? poetry;
    if (!table?.version) {
        const dynamic = table?.dynamic;
        if (Array.isArray(dynamic) && dynamic.includes('version'))
            return { content, warning: "dynamic version found in 'pyproject.toml'. Skipping update." };
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_NO_VERSION', `${path}: no [project].version or [tool.poetry].version`, {
            file: path,
            key: 'project.version',
            fix: 'add version = "0.1.0" under [project] (or declare dynamic = ["version"] and let your build backend read it)',
        });
    }
    const spans = locateValues(content, project ? ['project'] : ['tool', 'poetry'], 'version');
    if (spans.length === 0) {
        throw new pyrelease_error/* PyreleaseError */.dT('PYPROJECT_VERSION_SHAPE', `${path}: the version is written in a form pyrelease cannot edit in place`, {
            file: path,
            fix: 'write it as version = "1.2.3" on its own line in the [project] table',
        });
    }
    // release-please writes the value with JSON.stringify, so a single-quoted version becomes double-quoted.
    return { content: replaceSpans(content, spans.slice(0, 1), JSON.stringify(version)) };
}


/***/ }),

/***/ 39896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ planFromRepository)
});

// EXTERNAL MODULE: ./src/core/version/tag-name.ts
var tag_name = __webpack_require__(98186);
// EXTERNAL MODULE: ./src/errors/pyrelease-error.ts
var pyrelease_error = __webpack_require__(6376);
// EXTERNAL MODULE: ./src/core/version/version.ts
var version_version = __webpack_require__(42752);
;// CONCATENATED MODULE: ./src/core/previous-release.ts
/**
 * Which release the next one follows, found as release-please 17.11.2 finds it in manifest
 * mode (release-please-behaviour.md §2.1): the manifest's version decides, not the newest tag.
 */



function findPreviousRelease(manifestVersion, style, tagsNewestFirst, releaseSearchDepth = 400) {
    if (manifestVersion === undefined)
        return null;
    const wanted = (0,version_version/* tryParseVersion */.z0)(manifestVersion, style.notation);
    if (!wanted) {
        // Only PEP 440 is stricter than the manifest's own check: say so rather than start from scratch.
        throw new pyrelease_error/* PyreleaseError */.dT('MANIFEST_BAD_VERSION', `the manifest's version ${JSON.stringify(manifestVersion)} is not a PEP 440 version pyrelease can continue from (versioning: pep440)`, {
            fix: 'write the version last released as X.Y.Z, X.Y.ZaN, X.Y.ZbN, X.Y.ZrcN or X.Y.Z.devN',
        });
    }
    const wantedText = (0,version_version/* formatVersion */.qh)(wanted);
    for (const tag of tagsNewestFirst.slice(0, releaseSearchDepth)) {
        const parsed = (0,tag_name/* parseTag */.ED)(tag.name, style.notation);
        // A tag of another component belongs to another package (release-please skips it).
        if (!parsed || parsed.component !== style.component)
            continue;
        if ((0,version_version/* formatVersion */.qh)(parsed.version) === wantedText)
            return { version: wantedText, tag: tag.name, sha: tag.sha, source: 'tag-with-manifest-version' };
    }
    const expected = (0,tag_name/* formatTag */._3)(wanted, style);
    const exact = tagsNewestFirst.find((t) => t.name === expected);
    if (exact)
        return { version: wantedText, tag: expected, sha: exact.sha, source: 'expected-tag-name' };
    if (wantedText === '0.0.0')
        return null;
    return { version: wantedText, tag: expected, sha: null, source: 'manifest-only' };
}
/**
 * Where release-please's walk ends (newest first, first one met): the previous release's
 * commit, `last-release-sha`, and `bootstrap-sha` when no release commit is known; always
 * within commit-search-depth commits.
 */
function walkStops(previous, opts) {
    const stops = new Set();
    if (opts.lastReleaseSha)
        stops.add(opts.lastReleaseSha);
    if (previous?.sha)
        stops.add(previous.sha);
    else if (opts.bootstrapSha)
        stops.add(opts.bootstrapSha);
    return stops;
}

;// CONCATENATED MODULE: ./src/adapters/git/release-history.ts

/** With `sink`, each commit goes there as git writes it, and none is kept. */
async function readReleaseHistory(git, req, known, sink) {
    const [listed, shallow] = known ? [known.tags, known.shallow] : await Promise.all([git.tagsReachableFrom(req.head), git.isShallow()]);
    const reachableTags = known?.reachableTags ?? (() => git.tagsReachableFrom(req.head));
    const proven = !known || known.reachable !== false;
    // A shallow clone deepens by what reachability finds, and past release-search-depth tags the
    // first ones listed may differ: both ask git which tags are on the branch first.
    if (proven || shallow || listed.length > req.releaseSearchDepth)
        return readFrom(git, req, proven ? listed : await reachableTags(), shallow, sink);
    const first = await readFrom(git, req, listed, shallow, sink);
    const picked = first.previous?.sha;
    if (!picked || first.stoppedAt === picked || (await git.isAncestor(picked, req.head)))
        return first;
    sink?.reset();
    return readFrom(git, req, await reachableTags(), shallow, sink);
}
async function readFrom(git, req, tags, shallow, sink) {
    const notices = [];
    let previous = findPreviousRelease(req.manifestVersion, req.tagStyle, tags, req.releaseSearchDepth);
    if (shallow) {
        let depth = 50;
        for (let attempt = 0; !previous?.sha && attempt < 4; attempt++, depth *= 4) {
            await git.deepen(depth);
            previous = await lookup(git, req);
        }
        if (!previous?.sha && (await git.isShallow())) {
            await git.unshallow();
            previous = await lookup(git, req);
        }
        notices.push(`the clone was shallow: fetched more history${previous?.sha ? ` until ${previous.tag}` : ''} (set fetch-depth: 0 on actions/checkout to skip this)`);
    }
    else if (!previous?.sha && (previous !== null || !(await git.hasTags()))) {
        // The manifest names a release whose tag this clone lacks (made after the checkout, e.g. by the
        // run a re-run resumes): fetch tags rather than plan from the beginning of history.
        await git.fetchTags();
        previous = await lookup(git, req);
    }
    const stops = walkStops(previous, req);
    const commits = [];
    const end = await git.eachCommit(req.head, stops, req.commitSearchDepth, sink ? (c) => sink.add(c) : (c) => void commits.push(c), { files: req.files ?? true });
    return { previous, commits, notices, ...(end.stoppedAt && { stoppedAt: end.stoppedAt }) };
}
async function lookup(git, req) {
    const tags = await git.tagsReachableFrom(req.head);
    return findPreviousRelease(req.manifestVersion, req.tagStyle, tags, req.releaseSearchDepth);
}

;// CONCATENATED MODULE: ./src/adapters/git/remote-name.ts
/** owner/name from a remote URL: https, ssh (git@host:o/r.git), ssh://, or a mirror path ending in o/r(.git). */
function ownerRepoFromUrl(url) {
    const m = /[/:]([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? { owner: m[1], repo: m[2] } : undefined;
}

// EXTERNAL MODULE: ./src/core/config/parse.ts + 9 modules
var parse = __webpack_require__(66266);
;// CONCATENATED MODULE: ./src/core/commits/sentence-case.ts
const SPECIAL_WORDS = ['gRPC', 'npm'];
function sentenceCase(commits, specialWords = SPECIAL_WORDS) {
    const special = new Set(specialWords);
    const upper = (word) => (special.has(word) || !/^[a-z]/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1));
    return commits.map((c) => {
        let header = c.header;
        if (header.includes(':')) {
            const [type, ...rest] = header.split(':');
            const suffix = rest.join(':').trim();
            const end = /\s|$/.exec(suffix).index;
            header = `${type}: ${upper(suffix.slice(0, end))}${suffix.slice(end)}`;
        }
        return { ...c, subject: upper(c.subject), header };
    });
}

;// CONCATENATED MODULE: ./src/core/changelog/sections.ts
/** release-please's CHANGELOG sections for release-type python (and simple uses the same writer defaults). */
const pythonSections = [
    { type: 'feat', section: 'Features' },
    { type: 'fix', section: 'Bug Fixes' },
    { type: 'perf', section: 'Performance Improvements' },
    { type: 'deps', section: 'Dependencies' },
    { type: 'revert', section: 'Reverts' },
    { type: 'docs', section: 'Documentation' },
    { type: 'style', section: 'Styles', hidden: true },
    { type: 'chore', section: 'Miscellaneous Chores', hidden: true },
    { type: 'refactor', section: 'Code Refactoring', hidden: true },
    { type: 'test', section: 'Tests', hidden: true },
    { type: 'build', section: 'Build System', hidden: true },
    { type: 'ci', section: 'Continuous Integration', hidden: true },
];
/** release-please's base strategy defaults, used by release-type simple. */
const simpleSections = [
    { type: 'feat', section: 'Features' },
    { type: 'feature', section: 'Features' },
    { type: 'fix', section: 'Bug Fixes' },
    { type: 'perf', section: 'Performance Improvements' },
    { type: 'revert', section: 'Reverts' },
    { type: 'docs', section: 'Documentation', hidden: true },
    { type: 'style', section: 'Styles', hidden: true },
    { type: 'chore', section: 'Miscellaneous Chores', hidden: true },
    { type: 'refactor', section: 'Code Refactoring', hidden: true },
    { type: 'test', section: 'Tests', hidden: true },
    { type: 'build', section: 'Build System', hidden: true },
    { type: 'ci', section: 'Continuous Integration', hidden: true },
];
/** A case-insensitive type match, narrowed by scope when the section names one. */
function findSection(sections, type, scope) {
    const key = type.toLowerCase();
    return sections.find((s) => s.type === key && (!s.scope || s.scope === scope));
}

;// CONCATENATED MODULE: ./src/core/changelog/render-entry.ts

const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i;
const BANG_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
function renderChangelogEntry(commits, ctx) {
    const base = `${ctx.host}/${ctx.owner}/${ctx.repo}`;
    const bullets = commits.map((c) => toBullet(c, ctx, base)).filter((b) => b !== undefined);
    const heading = ctx.previousTag
        ? `## [${ctx.version}](${base}/compare/${ctx.previousTag}...${ctx.currentTag}) (${ctx.date})`
        : `## ${ctx.version} (${ctx.date})`;
    let out = `${heading}\n\n`;
    const notes = bullets.flatMap((b) => b.notes.map((text) => `* ${b.scope ? `**${b.scope}:** ` : ''}${text}\n`));
    if (notes.length > 0)
        out += `\n### ⚠ BREAKING CHANGES\n\n${notes.join('')}`;
    for (const group of groupBullets(bullets, ctx.sections)) {
        out += `\n${group.title ? `### ${group.title}\n\n` : ''}${group.bullets.map((b) => renderBullet(b, base)).join('')}\n`;
    }
    return out.trim();
}
/** release-please's rule: an entry with only its heading means nothing to release. */
function isEntryEmpty(entry) {
    return entry.split('\n').length <= 1;
}
function toBullet(c, ctx, base) {
    const entry = findSection(ctx.sections, c.type, c.scope);
    // A hidden type with no notes and no "!: " in its header (what BANG_HEADER needs) is never kept:
    // decided before any text is rewritten (issue #21: a third of a history's commits).
    if ((entry === undefined || entry.hidden) && c.notes.length === 0 && !c.header.includes('!: '))
        return undefined;
    const notes = c.notes.filter((n) => n.title === 'BREAKING CHANGE').map((n) => n.text.replace(/\(#(\d+)\)/, `([#$1](${base}/issues/$1))`));
    const bang = BANG_HEADER.exec(c.header);
    if (bang && notes.length === 0)
        notes.push(bang[3]);
    const footer = c.notes.filter((n) => n.title === 'RELEASE AS').map((n) => `Release-As: ${n.text}`).join('\n');
    const keep = notes.length > 0 || RELEASE_AS.test(footer);
    if (!keep && (entry === undefined || entry.hidden))
        return undefined;
    const issues = [];
    const subject = htmlEscape(c.subject)
        .replace(/(#)([0-9]+)/g, (_m, prefix, issue) => {
        issues.push(prefix + issue);
        return `[${prefix}${issue}](${base}/issues/${issue})`;
    })
        .replace(/\B@([a-z0-9](?:-?[a-z0-9/]){0,38})/g, (_m, user) => (user.includes('/') ? `@${user}` : `[@${user}](${ctx.host}/${user})`));
    return {
        type: entry ? entry.section : c.type,
        scope: c.scope === '*' ? '' : c.scope,
        subject,
        header: c.header,
        hash: c.sha,
        shortHash: c.sha.slice(0, 7),
        references: c.references.filter((r) => !issues.includes(r.prefix + r.issue)),
        notes,
    };
}
/** Backtick spans stay as written; a lone < or > is escaped (release-please's htmlEscape). */
function htmlEscape(message) {
    return message.replace(/``[^`].*[^`]``|`[^`]*`|<|>/g, (m) => (m.length > 1 ? m : m === '<' ? '&lt;' : '&gt;'));
}
function groupBullets(bullets, sections) {
    const groups = new Map();
    for (const b of bullets) {
        const list = groups.get(b.type);
        if (list)
            list.push(b);
        else
            groups.set(b.type, [b]);
    }
    const order = sections.map((s) => s.section).filter(Boolean);
    const result = [...groups].map(([title, list]) => ({ title, bullets: sortByScopeThenSubject(list) }));
    // Same comparator as the preset, on the same engine: unknown titles (index -1) sort first.
    return result.sort((a, b) => order.indexOf(a.title) - order.indexOf(b.title));
}
/**
 * conventional-changelog-writer 6 turns commitsSort ['scope', 'subject'] into one string per
 * bullet, (scope || '') + (subject || ''), compared with localeCompare (ICU: case-insensitive
 * first, punctuation before letters); the subject is the rewritten one, links included. Each
 * key is built once and compared with one Intl.Collator, which is what localeCompare without
 * arguments is defined to use (ECMA-402), without building a collator and two strings per
 * comparison (issue #21: 10,000 bullets made this a tenth of the plan). The sort is stable, as before.
 */
let collator;
function sortByScopeThenSubject(list) {
    const compare = (collator ??= new Intl.Collator()).compare;
    const keyed = list.map((bullet) => ({ bullet, key: `${bullet.scope || ''}${bullet.subject || ''}` }));
    keyed.sort((a, b) => compare(a.key, b.key));
    return keyed.map((k) => k.bullet);
}
function renderBullet(b, base) {
    const refs = b.references.length > 0 ? `, refs${b.references.map((r) => ` [${r.prefix}${r.issue}](${base}/issues/${r.issue})`).join('')}` : '';
    // The writer's template links the commit only when it has a hash (linked-versions' synthetic commit has none).
    const link = b.hash ? ` ([${b.shortHash}](${base}/commit/${b.hash}))` : '';
    return `*${b.scope ? ` **${b.scope}:**` : ''} ${b.subject || b.header}${link}${refs}\n`;
}

// EXTERNAL MODULE: ./src/core/release-pr/body.ts
var body = __webpack_require__(66716);
// EXTERNAL MODULE: ./src/core/release-pr/branch.ts
var branch = __webpack_require__(63052);
// EXTERNAL MODULE: ./src/core/release-pr/title.ts
var title = __webpack_require__(71280);
// EXTERNAL MODULE: ./src/core/pyproject-toml.ts
var pyproject_toml = __webpack_require__(39332);
// EXTERNAL MODULE: ./src/core/config/json-text.ts
var json_text = __webpack_require__(14744);
;// CONCATENATED MODULE: ./src/core/changelog/changelog-json.ts
/**
 * changelog.json, the machine-readable changelog, as release-please's ChangelogJson updater writes
 * it for release-type python: only when the file exists at the repository root, with the commits
 * the CHANGELOG sections show (its filterCommits), the new release first in `entries`.
 *
 * Two values release-please takes from the moment are taken from the plan instead, so the same
 * plan gives the same bytes and a re-run does not rewrite an unchanged release PR: `createTime`
 * (and `updateTime`) is the plan's date at 12:00 UTC, and `id` is a UUID-shaped value made of
 * the newest commit's sha instead of a random one.
 */


const CHANGELOG_JSON = 'changelog.json';
const COMMIT_PREFIX = /^[^:]+: ?/;
const PR_SUFFIX = / ?\(#(?<pr>[0-9]+)\)$/;
function updateChangelogJson(content, input) {
    const parsed = (0,json_text/* parseJsonText */.l)(content, CHANGELOG_JSON, 'CHANGELOG_JSON_INVALID').value;
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.entries)) {
        throw new pyrelease_error/* PyreleaseError */.dT('CHANGELOG_JSON_INVALID', `${CHANGELOG_JSON}: has no "entries" list, so the release cannot be added to it`, {
            file: CHANGELOG_JSON,
            fix: 'write {"repository": "owner/name", "entries": []} (the machine-readable changelog format), or delete the file',
        });
    }
    const changes = visibleCommits(input.commits, input.sections).map((c) => toChange(c, input.repositoryUrl));
    if (changes.length === 0)
        return content;
    const time = `${input.date}T12:00:00.000Z`;
    const newest = input.commits[0].sha;
    parsed.entries.unshift({ changes, version: input.version, language: 'PYTHON', artifactName: input.artifactName, id: uuidFromSha(newest), createTime: time });
    parsed.updateTime = time;
    return JSON.stringify(parsed, null, 2);
}
function toChange(commit, repositoryUrl) {
    const issues = new Set();
    let message = commit.header.replace(COMMIT_PREFIX, '');
    const pr = PR_SUFFIX.exec(message);
    if (pr?.groups?.pr) {
        message = message.replace(pr[0], '');
        issues.add(pr.groups.pr);
    }
    for (const ref of commit.references)
        issues.add(ref.issue);
    const change = { type: commit.type, sha: commit.sha, message, issues: [...issues] };
    if (commit.scope)
        change.scope = commit.scope;
    // release-please's CHANGELOG rendering rewrites the first (#N) of each breaking note into a link
    // on the commit objects themselves, before changelog.json is written: the file gets the link too.
    for (const note of commit.notes)
        if (note.title === 'BREAKING CHANGE')
            change.breakingChangeNote = note.text.replace(/\(#(\d+)\)/, `([#$1](${repositoryUrl}/issues/$1))`);
    return change;
}
/** release-please's filterCommits: a visible section's type (case-sensitive), or a breaking change of a hidden one. */
function visibleCommits(commits, sections) {
    const visible = sections.filter((s) => !s.hidden).map((s) => s.type);
    const hidden = sections.filter((s) => s.hidden).map((s) => s.type);
    return commits.filter((c) => visible.includes(c.type) || (c.notes.some((n) => n.title === 'BREAKING CHANGE') && hidden.includes(c.type)));
}
function uuidFromSha(sha) {
    const h = sha.padEnd(32, '0');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Number.parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./src/core/changelog/insert.ts
/** Puts the new entry into CHANGELOG.md where release-please does (release-please-behaviour.md §7). */
const VERSION_HEADING = /\n###? v?[0-9[]/s;
function insertChangelogEntry(existing, entry) {
    const content = existing ?? '';
    const at = content.search(VERSION_HEADING);
    if (at === -1) {
        // No version heading yet: a new file, or old text that moves below with every H1 demoted.
        return content ? `# Changelog\n\n${entry}\n\n${content.replace(/^#(\s)/gm, '##$1').trim()}\n` : `# Changelog\n\n${entry}\n`;
    }
    return `${content.slice(0, at)}\n${entry}\n${content.slice(at)}`.trim() + '\n';
}

// EXTERNAL MODULE: ./src/core/version/notation.ts
var version_notation = __webpack_require__(66956);
// EXTERNAL MODULE: ./src/core/updaters/extra-files.ts + 1 modules
var extra_files = __webpack_require__(68617);
// EXTERNAL MODULE: ./src/core/updaters/json-stringify.ts
var json_stringify = __webpack_require__(27502);
// EXTERNAL MODULE: ./src/core/updaters/pyproject.ts + 1 modules
var updaters_pyproject = __webpack_require__(26797);
// EXTERNAL MODULE: ./src/core/version/pep440-version.ts
var pep440_version = __webpack_require__(94072);
;// CONCATENATED MODULE: ./src/core/updaters/python-files.ts
/**
 * setup.py, setup.cfg and `__version__` files, with release-please's regexes — first match
 * only, `(-\w+)?` suffix (so dotted pre-releases are left stale), and setup.cfg's first
 * `version =` anywhere (even `python_version`): matched on purpose, see the README.
 * With versioning: pep440 the old version is matched in any PEP 440 spelling instead.
 */

const SEMVER_SUFFIXED = /[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?/.source;
function oldVersion(notation) {
    return notation === 'pep440' ? pep440_version/* PEP440_IN_TEXT */.SX.source : SEMVER_SUFFIXED;
}
function updateSetupPy(content, version, notation = 'semver') {
    return content.replace(new RegExp(`(version ?= ?["'])${oldVersion(notation)}(["'])`, notation === 'pep440' ? 'i' : ''), `$1${version}$2`);
}
function updateSetupCfg(content, version, notation = 'semver') {
    return content.replace(new RegExp(`(version ?= ?)${oldVersion(notation)}`, notation === 'pep440' ? 'i' : ''), `$1${version}`);
}
function updateVersionVariable(content, version, notation = 'semver') {
    return content.replace(new RegExp(`(__version__ ?= ?["'])${oldVersion(notation)}(["'])`, notation === 'pep440' ? 'i' : ''), `$1${version}$2`);
}

;// CONCATENATED MODULE: ./src/core/updaters/pyproject-requirements.ts
/**
 * pyproject.toml: requirement strings of [project] rewritten in place (a workspace dependent
 * admitting its dependency's new version). The string is found as TOML writes it, basic or
 * literal; one that is not written that plainly (escapes, a multi-line string) is refused rather
 * than left excluding the version the release publishes.
 */

function rewriteRequirements(content, file, rewrites) {
    let out = content;
    for (const { from, to } of rewrites) {
        const forms = [[JSON.stringify(from), JSON.stringify(to)], [`'${from}'`, `'${to}'`]];
        const form = forms.find(([written]) => out.includes(written));
        if (!form) {
            throw new pyrelease_error/* PyreleaseError */.dT('WORKSPACE_DEPENDENT_NOT_BUMPABLE', `${file}: the requirement ${JSON.stringify(from)} is not written as a plain TOML string, so it cannot be rewritten to ${JSON.stringify(to)}`, { file, key: 'project.dependencies', fix: `write it as "${to}" on one line (no escapes, no multi-line string)` });
        }
        out = out.split(form[0]).join(form[1]);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/publish/distribution-name.ts
var distribution_name = __webpack_require__(88409);
// EXTERNAL MODULE: ./src/core/publish/pep440.ts
var pep440 = __webpack_require__(98084);
;// CONCATENATED MODULE: ./src/core/updaters/uv-lock.ts
/**
 * uv.lock: a project's own `[[package]]` entry (its name, normalised as uv writes it, its source
 * the project's directory) gets the new version — and, in a workspace, the requires-dist
 * specifiers the release rewrote; every other byte stays as uv wrote it. release-please leaves it
 * stale, and `uv sync --locked` then fails on the release commit.
 */


const HEADER = /^\[\[package\]\]\s*$/;
function updateUvLock(content, projectName, version, edit = {}) {
    const eol = content.includes('\r\n') ? '\r\n' : '\n';
    const lines = content.split(eol);
    const wanted = (0,distribution_name/* normalizeProjectName */.yz)(projectName);
    const source = new RegExp(`^source\\s*=\\s*\\{\\s*(editable|virtual)\\s*=\\s*${uv_lock_escape(JSON.stringify(edit.memberPath ?? '.'))}\\s*\\}`);
    for (let i = 0; i < lines.length; i++) {
        if (!HEADER.test(lines[i]))
            continue;
        // The entry runs until the next table header; its [package.metadata] until the next [[package]].
        let end = i + 1;
        while (end < lines.length && !/^\s*\[/.test(lines[end]))
            end++;
        const entry = lines.slice(i + 1, end);
        const name = entry.map((l) => /^name\s*=\s*"([^"]*)"\s*$/.exec(l)?.[1]).find((n) => n !== undefined);
        if (name === undefined || (0,distribution_name/* normalizeProjectName */.yz)(name) !== wanted)
            continue;
        // Only the project itself (source editable/virtual at its directory), never a dependency that happens to share the name.
        if (!entry.some((l) => source.test(l)))
            continue;
        const at = entry.findIndex((l) => /^version\s*=\s*"[^"]*"\s*$/.test(l));
        if (at === -1)
            return { content, warning: `uv.lock: the entry of ${projectName} has no version line (a dynamic version): left as it is` };
        // uv writes the normalised PEP 440 form (1.2.0rc1, not 1.2.0-rc.1).
        lines[i + 1 + at] = lines[i + 1 + at].replace(/"[^"]*"/, JSON.stringify((0,pep440/* normalizePep440 */.Z)(version) ?? version));
        let blockEnd = end;
        while (blockEnd < lines.length && !HEADER.test(lines[blockEnd]))
            blockEnd++;
        for (const { name: dep, specifier } of edit.specifiers ?? []) {
            for (let j = end; j < blockEnd; j++)
                lines[j] = setSpecifier(lines[j], dep, specifier);
        }
        return { content: lines.join(eol) };
    }
    return { content, warning: `uv.lock: no [[package]] entry for ${projectName} (the project itself): left as it is; run uv lock` };
}
/** `{ name = "core", specifier = ">=1.0, <1.1" }` (inline tables of requires-dist): uv writes the clauses joined by ", ". */
function setSpecifier(line, dep, specifier) {
    const uvForm = specifier.replace(/^\((.*)\)$/, '$1').split(',').map((c) => c.trim()).join(', ');
    return line.replace(/\{\s*name\s*=\s*"([^"]*)"([^{}]*?)specifier\s*=\s*"[^"]*"/g, (whole, name, between) => (0,distribution_name/* normalizeProjectName */.yz)(name) === dep ? `{ name = "${name}"${between}specifier = ${JSON.stringify(uvForm)}` : whole);
}
function uv_lock_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/updaters/index.ts
/**
 * Every file edit of a release PR for release-type python (or simple), in release-please's
 * order, updaters for the same path applied one after another (its mergeUpdates).
 */











function planFileUpdates(input) {
    const { pkg } = input;
    const version = (0,version_version/* parseVersion */.ot)(input.version, 'version', (0,version_notation/* versionNotation */.t)(pkg));
    const warnings = [];
    const updates = new Map();
    // release-please's mergeUpdates: updaters of one path run one after another, in order.
    const addAt = (key, updater) => updates.set(key, [...(updates.get(key) ?? []), updater]);
    const add = (path, updater) => addAt((0,extra_files/* packagePath */.C0)(pkg.path, path), updater);
    const existing = (u) => (c) => (c === undefined ? undefined : u(c));
    if (!pkg.skipChangelog)
        add(pkg.changelogPath, (c) => insertChangelogEntry(c, input.changelogEntry));
    if (pkg.releaseType === 'python')
        addPythonUpdates(input, add, addAt, existing, warnings);
    else
        add('version.txt', existing(() => `${input.version}\n`));
    for (const extra of (0,extra_files/* extraFileUpdates */.nu)(pkg, version, input.date, input.treePaths, warnings, input.fileFormats))
        addAt(extra.path, existing(extra.update));
    const files = {};
    for (const [path, chain] of updates) {
        const original = input.readFile(path);
        let content = original;
        for (const u of chain)
            content = u(content);
        if (content !== undefined && content !== original)
            files[path] = content;
    }
    if (input.manifest) {
        const manifest = updateManifest(input.manifest.content, pkg.path, input.version);
        if (manifest !== input.manifest.content)
            files[input.manifest.path] = manifest;
    }
    return { files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings };
}
/**
 * The files the updaters may read beyond the fixed version files (pyproject.toml, setup.py, …):
 * extra files (globs expanded, package-relative) and changelog.json. A caller that loads files
 * before planning must load these too, or they are taken as missing and left unchanged.
 */
function updaterReadPaths(pkg, treePaths) {
    const paths = new Set((0,extra_files/* extraFileReadPaths */.Z6)(pkg, treePaths));
    if (treePaths.includes(CHANGELOG_JSON))
        paths.add(CHANGELOG_JSON);
    return [...paths];
}
function addPythonUpdates(input, add, addAt, existing, warnings) {
    const v = input.version;
    const notation = (0,version_notation/* versionNotation */.t)(input.pkg);
    add('setup.cfg', existing((c) => updateSetupCfg(c, v, notation)));
    add('setup.py', existing((c) => updateSetupPy(c, v, notation)));
    const pyprojectPath = (0,extra_files/* packagePath */.C0)(input.pkg.path, 'pyproject.toml');
    const pyproject = input.readFile(pyprojectPath);
    const project = pyproject === undefined ? undefined : projectTable(pyproject, pyprojectPath);
    // release-please's strategy component (component, else package-name, else ""), replaced by the
    // project's name when pyproject.toml has a project table — even by no name at all.
    const projectName = project ? (typeof project.name === 'string' ? project.name : undefined) : input.pkg.component || input.pkg.packageName || '';
    if (project) {
        add('pyproject.toml', (c) => {
            if (c === undefined)
                return c;
            const r = (0,updaters_pyproject/* updatePyproject */.e)(c, v, pyprojectPath);
            if (r.warning)
                warnings.push(r.warning);
            return r.content;
        });
    }
    const ws = input.workspace;
    if (ws && ws.rewrites.length > 0)
        add('pyproject.toml', existing((c) => rewriteRequirements(c, pyprojectPath, ws.rewrites)));
    if (projectName && typeof project?.name === 'string') {
        const name = project.name;
        // In a workspace, uv keeps one uv.lock at the root, naming each member by its directory.
        const edit = ws ? { memberPath: ws.memberPath, specifiers: ws.lockSpecifiers } : {};
        const lock = existing((c) => {
            const r = updateUvLock(c, name, v, edit);
            if (r.warning)
                warnings.push(r.warning);
            return r.content;
        });
        if (ws)
            addAt(ws.lockPath, lock);
        else
            add('uv.lock', lock);
    }
    if (projectName) {
        for (const name of [projectName, projectName.replace(/-/g, '_')]) {
            for (const p of [`${name}/__init__.py`, `src/${name}/__init__.py`])
                add(p, existing((c) => updateVersionVariable(c, v, notation)));
        }
    }
    const prefix = input.pkg.path === '.' ? '' : `${input.pkg.path}/`;
    for (const path of input.treePaths) {
        if (path.startsWith(prefix) && (path === `${prefix}version.py` || path.endsWith('/version.py')))
            add(path.slice(prefix.length), existing((c) => updateVersionVariable(c, v, notation)));
    }
    // release-please's python strategy: the project (else setup.py's) name; "" counts as a name
    // given, and then there is none. The path is the repository root's, whatever the package path.
    const artifactName = projectName ?? nameFromSetupPy(input);
    if (artifactName && !input.pkg.skipChangelog && input.commits.length > 0) {
        addAt(CHANGELOG_JSON, existing((c) => updateChangelogJson(c, { commits: input.commits, sections: input.sections, version: v, artifactName, date: input.date, repositoryUrl: input.repositoryUrl })));
    }
}
/** release-please's getNameFromSetupPy: the first `name = '…'` in setup.py. */
function nameFromSetupPy(input) {
    const text = input.readFile((0,extra_files/* packagePath */.C0)(input.pkg.path, 'setup.py'));
    return text ? /name *= *['"](?<name>.*)['"](\r|\n|$)/.exec(text)?.groups?.name || undefined : undefined;
}
/** release-please stops on a pyproject.toml it cannot parse; so does pyrelease, naming the line, rather than leave it stale. */
function projectTable(text, file) {
    const parsed = (0,pyproject_toml/* parsePyprojectToml */.w)(text, file, 'fix the syntax; the release PR would otherwise leave its version stale');
    return (parsed.project ?? parsed.tool?.poetry);
}
function updateManifest(content, pkgPath, version) {
    const parsed = content ? JSON.parse(content) : {};
    parsed[pkgPath] = version;
    return content ? (0,json_stringify/* stringifyLike */.d)(parsed, content) : JSON.stringify(parsed, null, 2);
}

;// CONCATENATED MODULE: ./src/core/workspace/dependency-notes.ts
/**
 * The "Dependencies" part of a workspace dependent's CHANGELOG entry, in the text release-please's
 * node-workspace and cargo-workspace plugins write (their getChangelogDepsNotes), appended to the
 * entry where their appendDependenciesSectionToChangelog (plugins/workspace.js) appends it.
 */
/** `* The following workspace dependencies were updated` with one indented list per group, or "" when none. */
function renderDependencyNotes(notes) {
    const groups = new Map();
    for (const n of notes) {
        // A requirement that still admits the version is release-please's `workspace:` case: "bumped to".
        const line = n.from === undefined ? `\n    * ${n.name} bumped to ${n.to}` : `\n    * ${n.name} bumped from ${n.from} to ${n.to}`;
        groups.set(n.group, (groups.get(n.group) ?? new Set()).add(line));
    }
    let text = '';
    for (const [group, lines] of groups)
        text += `\n  * ${group}${[...lines].join('')}`;
    return text ? `* The following workspace dependencies were updated${text}` : '';
}
/** release-please's appendDependenciesSectionToChangelog, line for line in behaviour. */
function appendDependenciesSection(changelog, notes) {
    if (!changelog)
        return `### Dependencies\n\n${notes}`;
    const out = [];
    let inSection = false;
    let spacer = false;
    let injected = false;
    for (const line of changelog.split('\n')) {
        if (inSection) {
            const trimmed = line.trim();
            // release-please pushes the whole changelog here (not the notes): kept, as its output is what users have.
            if (spacer && !injected && !trimmed.startsWith('*')) {
                out.push(changelog);
                injected = true;
            }
            if (trimmed === '')
                spacer = true;
        }
        if (/### Dependencies/.test(line))
            inSection = true;
        out.push(line);
    }
    if (injected)
        return out.join('\n');
    if (inSection)
        return `${changelog}\n${notes}`;
    return `${changelog}\n\n\n### Dependencies\n\n${notes}`;
}

// EXTERNAL MODULE: ./src/core/commits/parse-message.ts + 2 modules
var parse_message = __webpack_require__(47033);
;// CONCATENATED MODULE: ./src/core/commits/parse.ts

const SPLIT = /\r?\n\r?\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?: )/;
const BEGIN = 'BEGIN_COMMIT_OVERRIDE';
const END = 'END_COMMIT_OVERRIDE';
function splitMessages(message) {
    // Nearly every message is one message: said without the four arrays below (issue #21).
    if (!message.includes('BEGIN_NESTED_COMMIT') && !SPLIT.test(message))
        return message === '' ? [] : [message];
    const parts = message.split('BEGIN_NESTED_COMMIT');
    let main = parts.shift() ?? '';
    const nested = [];
    for (const part of parts) {
        const [inner, ...rest] = part.split('END_NESTED_COMMIT');
        nested.push(inner ?? '');
        main += rest.join('END_NESTED_COMMIT');
    }
    return [...main.split(SPLIT).filter(Boolean), ...nested];
}
/**
 * release-please's preprocessCommitMessage: the trimmed text after the first BEGIN marker, up to
 * the next END marker, replaces the message of every commit of that PR. Without an END marker it
 * takes the rest of the body; release-please says nothing then, pyrelease keeps that plan and warns.
 */
function effectiveMessage(commit, warnings) {
    const pr = commit.pullRequest;
    const body = pr?.body;
    if (!pr || !body)
        return commit.message;
    const after = body.split(BEGIN)[1];
    const override = (after ?? '').split(END)[0].trim();
    if (!override)
        return commit.message;
    if (!after.includes(END)) {
        warnings.add(`pull request #${pr.number}: its body opens ${BEGIN} without ${END}; release-please (and so pyrelease) uses the rest of the body as the commit message — close the block with ${END} on its own line`);
    }
    return override;
}
function parseConventionalCommits(commits) {
    const out = [];
    const warnings = new Set();
    for (const commit of commits)
        parseCommitInto(commit, out, warnings);
    return { commits: out, warnings: [...warnings] };
}
/**
 * One raw commit's conventional commits appended to `out` (a planner streaming the log calls it
 * per commit). The commit's files are not kept: the package filter has read them already, and
 * 10,000 kept lists were 6 MiB of the plan's peak memory (issue #21).
 */
function parseCommitInto(commit, out, warnings) {
    for (const message of splitMessages(effectiveMessage(commit, warnings))) {
        for (const p of (0,parse_message/* parseMessage */.v)(message)) {
            const c = { sha: commit.sha, ...p, header: flat(p.header), subject: flat(p.subject), body: flat(p.body), breaking: p.notes.some((n) => n.title === 'BREAKING CHANGE') };
            for (const n of c.notes)
                n.text = flat(n.text);
            if (commit.pullRequest)
                c.pullRequest = commit.pullRequest;
            out.push(c);
        }
    }
}
/**
 * The parser builds each text a character at a time (`value += next()`), which V8 keeps as a
 * tree of pieces, about 30 bytes a character; converting it to a number flattens it in place
 * to one run of characters (what npm's flatstr does). The commits a plan keeps are then a
 * fraction of the memory (issue #21); the value is the same string.
 */
function flat(text) {
    void (text | 0);
    return text;
}

// EXTERNAL MODULE: ./src/core/package-path.ts
var package_path = __webpack_require__(86539);
;// CONCATENATED MODULE: ./src/core/own-commits.ts


function collectOwnCommits(pkg, view) {
    const belongs = (0,package_path/* packageFilter */.Z6)(pkg.path, pkg.excludePaths);
    const commits = [];
    const warnings = new Set();
    let count = 0;
    return {
        add(raw) {
            const seen = view ? view.commit(raw) : raw;
            if (!seen || !belongs(seen))
                return;
            count++;
            parseCommitInto(seen, commits, warnings);
        },
        reset() {
            commits.length = 0;
            warnings.clear();
            count = 0;
        },
        done: () => ({ count, parsed: { commits, warnings: [...warnings] } }),
    };
}
/** The same for commits already read (tests, the preview's rewritten commits). */
function ownCommitsOf(commits, pkg) {
    const collector = collectOwnCommits(pkg);
    for (const c of commits)
        collector.add(c);
    return collector.done();
}

;// CONCATENATED MODULE: ./src/core/version/pep440-bump.ts


/** A new pre-release line starts at alpha unless prerelease-type says otherwise. */
const FIRST_PHASE = 'a';
function pep440Bump(previous, kind, pkg, reasons) {
    const prev = { ...previous, notation: 'pep440' };
    const current = (0,pep440_version/* leadingPhase */.CC)(prev);
    const wanted = (0,pep440_version/* pep440Phase */.Lh)(pkg.prereleaseType);
    const release = { major: prev.major, minor: prev.minor, patch: prev.patch, notation: 'pep440' };
    // Does the change fit the release the pre-release leads to? (1.3.0rc1 + feat: yes; 1.2.3rc1 + feat: no.)
    const fits = current !== undefined && (kind === 'patch' || (kind === 'minor' && prev.patch === 0) || (kind === 'major' && prev.minor === 0 && prev.patch === 0));
    const prevText = (0,version_version/* formatVersion */.qh)(prev);
    if (!pkg.prerelease) {
        if (fits)
            return { version: release, reasons: [...reasons, `prerelease is off: ${prevText} becomes the final ${(0,version_version/* formatVersion */.qh)(release)}`] };
        return { version: nextLine(release, kind), reasons };
    }
    if (fits) {
        const phase = wanted && (0,pep440_version/* phaseRank */.i$)(wanted) > (0,pep440_version/* phaseRank */.i$)(current.phase) ? wanted : current.phase;
        const number = phase === current.phase ? current.number + 1 : 1;
        const next = { ...release, preRelease: `${phase}.${number}` };
        const note = wanted && (0,pep440_version/* phaseRank */.i$)(wanted) < (0,pep440_version/* phaseRank */.i$)(current.phase) ? ` (prerelease-type ${wanted} would go back from ${current.phase}; PEP 440 orders dev < a < b < rc)` : '';
        return { version: next, reasons: [...reasons, `${prevText} is a pre-release of ${(0,version_version/* formatVersion */.qh)(release)}: the next one is ${(0,version_version/* formatVersion */.qh)(next)}${note}`] };
    }
    const line = nextLine(release, kind);
    const next = { ...line, preRelease: `${wanted ?? FIRST_PHASE}.1` };
    return { version: next, reasons: [...reasons, `prerelease is on: ${(0,version_version/* formatVersion */.qh)(next)} is the first pre-release of ${(0,version_version/* formatVersion */.qh)(line)}`] };
}
function nextLine(v, kind) {
    return kind === 'major' ? (0,version_version/* bumpMajor */.i9)(v) : kind === 'minor' ? (0,version_version/* bumpMinor */.OJ)(v) : (0,version_version/* bumpPatch */.nn)(v);
}

;// CONCATENATED MODULE: ./src/core/version/bump.ts



/** What the commits ask for, newest first; a Release-As footer (newest wins) short-circuits. */
function classifyCommits(commits) {
    const breaking = [];
    const features = [];
    for (const c of commits) {
        const releaseAs = c.notes.find((n) => n.title === 'RELEASE AS');
        if (releaseAs)
            return { releaseAs: releaseAs.text, breaking, features };
        if (c.breaking)
            breaking.push(c);
        // The bump compares types case-sensitively (FEAT: only patches), unlike the sections.
        else if (c.type === 'feat' || c.type === 'feature')
            features.push(c);
    }
    return { breaking, features };
}
function nextVersion(previous, commits, pkg) {
    const { releaseAs, breaking, features } = classifyCommits(commits);
    if (releaseAs !== undefined)
        return { version: (0,version_version/* parseVersion */.ot)(releaseAs, 'Release-As footer', (0,version_notation/* versionNotation */.t)(pkg)), reasons: [`a Release-As: ${releaseAs} footer forces the version`] };
    const preMajor = previous.major < 1;
    let kind = 'patch';
    const reasons = [];
    if (breaking.length > 0) {
        kind = preMajor && pkg.bumpMinorPreMajor ? 'minor' : 'major';
        reasons.push(...breaking.map((c) => `${describe(c)} is a breaking change → ${kind}${kind === 'minor' ? ' (bump-minor-pre-major)' : ''}`));
    }
    else if (features.length > 0) {
        kind = preMajor && pkg.bumpPatchForMinorPreMajor ? 'patch' : 'minor';
        reasons.push(...features.map((c) => `${describe(c)} is a feature → ${kind}${kind === 'patch' ? ' (bump-patch-for-minor-pre-major)' : ''}`));
    }
    else {
        reasons.push(`no feature or breaking change among ${commits.length} commit${commits.length === 1 ? '' : 's'} → patch`);
    }
    switch (pkg.versioning) {
        case 'always-bump-patch':
            return { version: (0,version_version/* bumpPatch */.nn)(previous), reasons: ['versioning: always-bump-patch'] };
        case 'always-bump-minor':
            return { version: (0,version_version/* bumpMinor */.OJ)(previous), reasons: ['versioning: always-bump-minor'] };
        case 'always-bump-major':
            return { version: (0,version_version/* bumpMajor */.i9)(previous), reasons: ['versioning: always-bump-major'] };
        case 'prerelease':
            return { version: prereleaseBump(previous, kind, pkg), reasons };
        case 'pep440':
            return pep440Bump(previous, kind, pkg, reasons);
        default:
            return { version: plainBump(previous, kind), reasons };
    }
}
function plainBump(v, kind) {
    return kind === 'major' ? (0,version_version/* bumpMajor */.i9)(v) : kind === 'minor' ? (0,version_version/* bumpMinor */.OJ)(v) : (0,version_version/* bumpPatch */.nn)(v);
}
const PRERELEASE_NUMBER = /(\d+)(?=\D*$)/;
/** "beta.01" → "beta.02" (width kept); a suffix without a number gets ".1". */
function bumpPrereleaseSuffix(pre) {
    const m = PRERELEASE_NUMBER.exec(pre);
    if (!m)
        return `${pre}.1`;
    return pre.replace(PRERELEASE_NUMBER, String(Number(m[1]) + 1).padStart(m[1].length, '0'));
}
function prereleaseBump(v, kind, pkg) {
    const type = pkg.prereleaseType;
    let next;
    if (kind === 'patch') {
        next = v.preRelease ? (0,version_version/* withPreRelease */.D2)(v, bumpPrereleaseSuffix(v.preRelease)) : (0,version_version/* withPreRelease */.D2)({ ...v, patch: v.patch + 1 }, type);
    }
    else if (kind === 'minor') {
        if (v.preRelease)
            next = v.patch === 0 ? (0,version_version/* withPreRelease */.D2)(v, bumpPrereleaseSuffix(v.preRelease)) : (0,version_version/* bumpMinor */.OJ)(v);
        else
            next = (0,version_version/* withPreRelease */.D2)({ ...v, minor: v.minor + 1, patch: 0 }, type);
    }
    else if (v.preRelease) {
        next = v.patch === 0 && v.minor === 0 ? (0,version_version/* withPreRelease */.D2)(v, bumpPrereleaseSuffix(v.preRelease)) : (0,version_version/* bumpMajor */.i9)(v);
    }
    else {
        next = (0,version_version/* withPreRelease */.D2)({ ...v, major: v.major + 1, minor: 0, patch: 0 }, type);
    }
    // Without `prerelease: true` the strategy drops the suffix it computed.
    return pkg.prerelease ? next : { major: next.major, minor: next.minor, patch: next.patch };
}
function describe(c) {
    return `${c.header} (${c.sha.slice(0, 7)})`;
}


// EXTERNAL MODULE: ./src/core/config/tag-style.ts
var tag_style = __webpack_require__(48102);
;// CONCATENATED MODULE: ./src/core/plan.ts














function planNextRelease(input) {
    const { pkg, config } = input;
    // release-please plans a package from the commits that touch its path (or nothing), less exclude-paths.
    const { count, parsed } = 'ownCommits' in input ? input.ownCommits : ownCommitsOf(input.commits, pkg);
    // release-please runs each plugin's processCommits in the order configured.
    const commits = config.plugins.reduce((list, plugin) => (plugin.type === 'sentence-case' ? sentenceCase(list, plugin.specialWords) : list), parsed.commits);
    const base = {
        version: null,
        tag: null,
        previousVersion: input.previous?.version ?? null,
        previousTag: input.previous?.tag ?? null,
        title: null,
        body: null,
        changelogEntry: null,
        files: {},
        commits: count,
        reasons: [],
        // A grouped PR (separate-pull-requests: false) lives on the plain branch, whatever the component.
        headBranch: (0,branch/* releaseBranchName */.H)(input.targetBranch, config.separatePullRequests ? (0,tag_style/* branchComponent */.k5)(pkg) : ''),
        labels: [...config.labels, ...config.extraLabels],
        draftPullRequest: pkg.draftPullRequest,
        releaseName: null,
        draftRelease: pkg.draft,
        prerelease: false,
        warnings: parsed.warnings,
    };
    const bump = input.workspace?.bump;
    if (commits.length === 0 && !bump)
        return { ...base, reasons: [nothingReason(count, 'none is a conventional commit')] };
    const { version, reasons } = bump ? dependentVersion(commits, input, pkg, bump) : decideVersion(commits, input, pkg);
    const versionText = (0,version_version/* formatVersion */.qh)(version);
    const style = (0,tag_style/* tagStyleOf */.Hn)(pkg);
    const { component } = style;
    const tag = (0,tag_name/* formatTag */._3)(version, style);
    const sections = pkg.changelogSections ?? (pkg.releaseType === 'simple' ? simpleSections : pythonSections);
    const github = pkg.changelogType === 'github';
    const own = github && input.githubNotes !== undefined ? githubEntry(versionText, input.date, input.githubNotes) : renderChangelogEntry(commits, {
        host: pkg.changelogHost,
        owner: input.owner,
        repo: input.repo,
        version: versionText,
        previousTag: input.previous?.tag ?? null,
        currentTag: tag,
        date: input.date,
        sections,
    });
    // release-please's workspace plugins append the bumped dependencies to the entry (and so to the PR body).
    const entry = bump?.notes ? appendDependenciesSection(own, bump.notes) : own;
    // GitHub's notes always hold more than the heading: release-please then releases for any conventional commit.
    if (!github && !bump && isEntryEmpty(entry))
        return { ...base, reasons: [nothingReason(count, 'only hidden types (chore, ci, test, refactor, build, style…)')] };
    const notesWarning = github && input.githubNotes === undefined ? ['changelog-type github: GitHub writes these release notes (its generate-notes API), which needs a token; this plan shows the default CHANGELOG entry instead'] : [];
    const { files, warnings } = planFileUpdates({ pkg, version: versionText, date: input.date, changelogEntry: entry, commits, sections, repositoryUrl: `${pkg.changelogHost}/${input.owner}/${input.repo}`, manifest: input.manifest, readFile: input.readFile, treePaths: input.treePaths, ...(input.fileFormats && { fileFormats: input.fileFormats }), ...(input.workspace && { workspace: { lockPath: input.workspace.lockPath, memberPath: input.workspace.memberPath, rewrites: bump?.rewrites ?? [], lockSpecifiers: bump?.lockSpecifiers ?? [] } }) });
    return {
        ...base,
        version: versionText,
        tag,
        title: config.separatePullRequests
            ? (0,title/* renderTitle */.zF)({ component, targetBranch: input.targetBranch, version: versionText, pattern: pkg.pullRequestTitlePattern, componentNoSpace: pkg.componentNoSpace })
            : (0,title/* renderTitle */.zF)({ component, targetBranch: input.targetBranch, version: versionText, pattern: config.groupPullRequestTitlePattern ?? title/* GROUP_TITLE_PATTERN */.sR, componentNoSpace: pkg.componentNoSpace }),
        body: (0,body/* renderBody */.lc)(entry, pkg.pullRequestHeader ?? body/* DEFAULT_HEADER */.yT, pkg.pullRequestFooter ?? body/* DEFAULT_FOOTER */.Wu, config.separatePullRequests ? undefined : { component, version: versionText }),
        changelogEntry: entry,
        files,
        reasons,
        releaseName: `${component ? `${component}: ` : ''}${pkg.includeVInReleaseName ? 'v' : ''}${versionText}`,
        // release-please marks the GitHub release a prerelease only for pre-release or 0.x versions.
        prerelease: pkg.prerelease && (version.preRelease !== undefined || version.major === 0),
        warnings: [...parsed.warnings, ...notesWarning, ...warnings],
    };
}
/** release-please's GitHubChangelogNotes: `## <version> (<date>)`, a blank line, GitHub's body as it came. */
function githubEntry(version, date, body) {
    return `## ${version} (${date})\n\n${body}`;
}
function decideVersion(commits, input, pkg) {
    const notation = (0,version_notation/* versionNotation */.t)(pkg);
    if (pkg.releaseAs)
        return { version: (0,version_version/* parseVersion */.ot)(pkg.releaseAs, 'release-as', notation), reasons: [`release-as: ${pkg.releaseAs} in the config forces the version (remove it after this release)`] };
    if (!input.previous) {
        const footer = commits.find((c) => c.notes.some((n) => n.title === 'RELEASE AS'));
        const text = footer?.notes.find((n) => n.title === 'RELEASE AS')?.text;
        if (text)
            return { version: (0,version_version/* parseVersion */.ot)(text, 'Release-As footer', notation), reasons: [`a Release-As: ${text} footer forces the version`] };
        const initial = pkg.releaseType === 'python' ? '0.1.0' : '1.0.0';
        return { version: (0,version_version/* parseVersion */.ot)(initial), reasons: [`no previous release: the first release is ${initial}`] };
    }
    return nextVersion((0,version_version/* parseVersion */.ot)(input.previous.version, 'previous version', notation), commits, pkg);
}
/**
 * A member released because members it depends on are: release-please's workspace plugins give
 * it a patch bump through its versioning strategy (no commits), or keep the version its own
 * commits already decide.
 */
function dependentVersion(commits, input, pkg, bump) {
    const why = `depends on ${bump.dependsOn.join(', ')}, released with it`;
    if (commits.length > 0) {
        const own = decideVersion(commits, input, pkg);
        return { version: own.version, reasons: [...own.reasons, `${why}: its Dependencies entry says so`] };
    }
    if (pkg.releaseAs || !input.previous)
        return { version: decideVersion(commits, input, pkg).version, reasons: [`${why} (no commits of its own)`] };
    const { version } = nextVersion((0,version_version/* parseVersion */.ot)(input.previous.version, 'previous version', (0,version_notation/* versionNotation */.t)(pkg)), [], pkg);
    return { version, reasons: [`${why}: a patch release with a Dependencies entry (no commits of its own)`] };
}
function nothingReason(count, why) {
    if (count === 0)
        return 'no commits since the last release';
    return `${count} commit${count === 1 ? '' : 's'} since the last release: ${why}`;
}

// EXTERNAL MODULE: ./src/core/config/config-path.ts
var config_path = __webpack_require__(73916);
// EXTERNAL MODULE: ./src/core/config/defaults.ts
var defaults = __webpack_require__(3902);
;// CONCATENATED MODULE: ./src/stages/package-files.ts
/**
 * What the planner reads of a package's tree: the check that its directory exists, and the
 * files its updaters may edit (release-please-behaviour.md §9), by repository path.
 */




const VERSION_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'version.py', 'version.txt', 'CHANGELOG.md', 'uv.lock']);
/** Version files, plus what the configured updaters read (extra files by path or glob, changelog.json). */
function packageReadPaths(pkg, treePaths) {
    return [...new Set([...treePaths.filter((p) => isVersionFileCandidate(p, pkg.path, (0,extra_files/* packagePath */.C0)(pkg.path, pkg.changelogPath))), ...updaterReadPaths(pkg, treePaths)])];
}
/** A package path release-please would plan against a directory the repository does not have: refused before anything is written. */
function assertPackageDirectory(pkgPath, treePaths, configFile, ref) {
    if (pkgPath === package_path/* ROOT_PATH */.Dl || treePaths.some((p) => (0,package_path/* isUnderPackage */.PO)(p, pkgPath)))
        return;
    throw new pyrelease_error/* PyreleaseError */.dT('CONFIG_PACKAGE_PATH_MISSING', `${configFile}: packages ${JSON.stringify(pkgPath)} names a directory that does not exist at ${ref}`, {
        file: configFile,
        key: `packages.${JSON.stringify(pkgPath)}`,
        fix: `key the package by the directory that holds its pyproject.toml, relative to the repository root (or "." for the root), and commit that directory`,
    });
}
/** Files the Python updaters may edit, by their path inside the package (release-please-behaviour.md §9). */
function isVersionFileCandidate(path, pkgPath, changelogPath) {
    if (path === changelogPath)
        return true;
    if (!(0,package_path/* isUnderPackage */.PO)(path, pkgPath))
        return false;
    const parts = (pkgPath === package_path/* ROOT_PATH */.Dl ? path : path.slice(pkgPath.length + 1)).split('/');
    const base = parts[parts.length - 1];
    if (base === '__init__.py')
        return parts.length <= 3;
    return VERSION_FILES.has(base);
}

;// CONCATENATED MODULE: ./src/stages/file-formats.ts
/**
 * Loads the format updaters of extra-files (YAML, XML, TOML, JSONPath: core/updaters/structured-files.ts)
 * only for a config that names such a file. They are most of the planner's bundle and most
 * configs never use them: `pyrelease plan` starts ~20 ms sooner without (issue #21).
 */

async function fileFormatsFor(packages) {
    if (!(0,extra_files/* needsStructuredUpdaters */.tX)(packages))
        return {};
    return { fileFormats: (await Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(920)]).then(__webpack_require__.bind(__webpack_require__, 32920))).structuredFileUpdaters };
}

;// CONCATENATED MODULE: ./src/core/manifest-walk.ts
function manifestWalk(releaseShas, opts) {
    const needsBootstrap = releaseShas.some((s) => !s);
    const shas = new Set(releaseShas.filter((s) => !!s));
    const stops = new Set();
    if (opts.lastReleaseSha)
        stops.add(opts.lastReleaseSha);
    if (needsBootstrap && opts.bootstrapSha)
        stops.add(opts.bootstrapSha);
    // One release commit for all (one grouped PR released them): git stops there itself.
    if (!needsBootstrap && shas.size === 1)
        stops.add([...shas][0]);
    return {
        stops,
        cut(commits) {
            const out = [];
            let found = 0;
            for (const c of commits) {
                if (shas.has(c.sha))
                    found++;
                if (opts.lastReleaseSha === c.sha)
                    break;
                if (needsBootstrap && c.sha === opts.bootstrapSha)
                    break;
                if (!needsBootstrap && found >= shas.size)
                    break;
                out.push(c);
            }
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/git/manifest-history.ts


async function readManifestHistory(git, req, known) {
    const notices = [];
    const find = (tags) => Object.fromEntries(req.packages.map((p) => [p.path, findPreviousRelease(p.manifestVersion, p.tagStyle, tags, req.releaseSearchDepth)]));
    let previous = find(known.tags);
    const missing = () => Object.values(previous).some((p) => p !== null && !p.sha);
    if (known.shallow) {
        await git.unshallow();
        previous = find(await git.tagsReachableFrom(req.head));
        notices.push('the clone was shallow: fetched the whole history, as several packages may each stop at their own release (set fetch-depth: 0 on actions/checkout to skip this)');
    }
    else if (missing()) {
        await git.fetchTags();
        previous = find(await git.tagsReachableFrom(req.head));
    }
    const walk = manifestWalk(Object.values(previous).map((p) => p?.sha ?? null), req);
    const commits = walk.cut(await git.log(req.head, walk.stops, req.commitSearchDepth));
    return { previous, commits, notices };
}

;// CONCATENATED MODULE: ./src/core/commit-split.ts

/** The commits of each package path, newest first, from the whole walk (newest first). */
function commitsPerPath(commits, packages, releaseShas) {
    const split = splitCommits(commits, packages.map((p) => p.path));
    const out = {};
    for (const pkg of packages) {
        const own = commitsAfterSha(pkg.path === package_path/* ROOT_PATH */.Dl ? [...commits] : (split.get(pkg.path) ?? []), releaseShas[pkg.path]);
        const excluded = pkg.excludePaths.map(package_path/* normalizePackagePath */.dX);
        out[pkg.path] = own.filter((c) => !(0,package_path/* isExcluded */.RF)(c, pkg.path, excluded));
    }
    return out;
}
/** CommitSplit with includeEmpty and packagePaths (the root left out: it is given every commit). */
function splitCommits(commits, paths) {
    const longestFirst = paths.map(package_path/* normalizePackagePath */.dX).filter((p) => p !== package_path/* ROOT_PATH */.Dl).sort((a, b) => b.length - a.length);
    const out = new Map();
    const add = (path, c) => (out.get(path) ?? out.set(path, []).get(path)).push(c);
    for (const c of commits) {
        // A commit whose files are not known (a preview's synthetic squash) counts as touching nothing.
        const files = c.files ?? [];
        const seen = new Set();
        for (const file of files) {
            // A file at the top level of the repository is no package's.
            if (!file.includes('/'))
                continue;
            const path = longestFirst.find((p) => file.startsWith(`${p}/`));
            if (path === undefined || seen.has(path))
                continue;
            seen.add(path);
            add(path, c);
        }
        if (files.length === 0)
            for (const path of longestFirst)
                add(path, c);
    }
    return out;
}
/** The commits before (newer than) the package's release commit; all of them when it is not in the list. */
function commitsAfterSha(commits, sha) {
    const index = commits.findIndex((c) => c.sha === sha);
    return index === -1 ? commits : commits.slice(0, index);
}

;// CONCATENATED MODULE: ./src/core/linked-versions.ts



function linkVersions(plugin, packages, commitsOf, planAlone) {
    const group = packages.filter((p) => (0,tag_style/* tagComponent */.w2)(p) !== '' && plugin.components.includes((0,tag_style/* tagComponent */.w2)(p)));
    const planned = group.map((pkg) => ({ pkg, version: planAlone(pkg).version }));
    const versions = planned.flatMap((p) => (p.version === null ? [] : [(0,version_version/* parseVersion */.ot)(p.version, 'linked version', (0,version_notation/* versionNotation */.t)(p.pkg))]));
    if (versions.length === 0)
        return packages;
    // The first of the highest (release-please's reduce keeps the collector when it compares greater).
    const primary = versions.reduce((a, b) => ((0,version_version/* compareVersions */.Zy)(a, b) > 0 ? a : b), versions[0]);
    const text = planned.find((p) => p.version !== null && (0,version_version/* compareVersions */.Zy)((0,version_version/* parseVersion */.ot)(p.version, 'linked version', (0,version_notation/* versionNotation */.t)(p.pkg)), primary) === 0).version;
    return packages.map((pkg) => {
        const member = planned.find((p) => p.pkg === pkg);
        if (!member)
            return pkg;
        if (member.version === null) {
            // No files, as release-please's: exclude-paths (applied before this plugin there) leave it alone.
            commitsOf[pkg.path] = [...(commitsOf[pkg.path] ?? []), { sha: '', message: `chore(${(0,tag_style/* tagComponent */.w2)(pkg)}): Synchronize ${plugin.groupName} versions\n\nRelease-As: ${text}` }];
        }
        return { ...pkg, releaseAs: text };
    });
}

;// CONCATENATED MODULE: ./src/core/release-pr/merge.ts




function mergeCandidates(candidates, targetBranch, o) {
    // release-please keeps the last candidate at "." as the root release.
    const root = [...candidates].reverse().find((c) => c.path === package_path/* ROOT_PATH */.Dl);
    const releases = candidates.flatMap((c) => c.plan.releases ?? []);
    const lead = candidates[0]?.plan;
    const files = {};
    for (const c of candidates)
        Object.assign(files, c.plan.files);
    const titleParts = { component: root?.titleParts.component ?? '', version: root?.titleParts.version ?? '' };
    const plan = {
        version: lead?.version ?? null,
        tag: lead?.tag ?? null,
        previousVersion: lead?.previousVersion ?? null,
        previousTag: lead?.previousTag ?? null,
        title: (0,title/* renderTitle */.zF)({ ...titleParts, targetBranch, pattern: o.pattern, ...(o.componentNoSpace !== undefined && { componentNoSpace: o.componentNoSpace }) }),
        // release-please: `header || DEFAULT_HEADER`, so an empty one is the default.
        body: (0,body/* renderGroupedBody */.Jk)(releases.map((r) => ({ component: r.component, version: r.version, entry: r.changelogEntry })), o.header || body/* DEFAULT_HEADER */.yT, o.footer || body/* DEFAULT_FOOTER */.Wu),
        changelogEntry: lead?.changelogEntry ?? null,
        files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        commits: candidates.reduce((n, c) => n + c.plan.commits, 0),
        reasons: candidates.flatMap((c) => c.plan.reasons),
        headBranch: o.headBranch,
        labels: [...new Set(candidates.flatMap((c) => c.plan.labels))],
        draftPullRequest: candidates.length > 0 && candidates.every((c) => c.plan.draftPullRequest),
        releaseName: lead?.releaseName ?? null,
        draftRelease: lead?.draftRelease ?? false,
        prerelease: lead?.prerelease ?? false,
        warnings: candidates.flatMap((c) => c.plan.warnings),
        releases,
    };
    return { path: package_path/* ROOT_PATH */.Dl, plan, members: candidates.flatMap((c) => c.members), separate: false, configuredComponent: '', titleParts };
}
/** A package's own release PR as a candidate. */
function packageCandidate(pkg, plan) {
    const release = packageRelease(pkg, plan);
    return {
        path: pkg.path,
        plan: { ...plan, reasons: plan.reasons.map((r) => `${pkg.path}: ${r}`), releases: [release] },
        members: [pkg],
        separate: pkg.separatePullRequests === true,
        configuredComponent: pkg.component ?? '',
        titleParts: { component: release.component, version: release.version },
    };
}
/** The merge the manifest itself applies (separate-pull-requests false). */
function manifestMergeOptions(config, headBranch, pattern) {
    const first = config.packages[0];
    return { pattern, headBranch, componentNoSpace: first.componentNoSpace, ...(first.pullRequestHeader !== undefined && { header: first.pullRequestHeader }), ...(first.pullRequestFooter !== undefined && { footer: first.pullRequestFooter }) };
}
/** A package's planned release, as the release PR and the release stage read it. */
function packageRelease(pkg, plan) {
    return {
        path: pkg.path,
        component: (0,tag_style/* tagComponent */.w2)(pkg),
        version: plan.version,
        tag: plan.tag,
        previousVersion: plan.previousVersion,
        previousTag: plan.previousTag,
        releaseName: plan.releaseName,
        changelogEntry: plan.changelogEntry,
        draftRelease: plan.draftRelease,
        prerelease: plan.prerelease,
    };
}

// EXTERNAL MODULE: ./src/core/workspace/dependency-graph.ts
var dependency_graph = __webpack_require__(50393);
// EXTERNAL MODULE: ./src/core/workspace/requirement.ts
var requirement = __webpack_require__(64482);
;// CONCATENATED MODULE: ./src/core/workspace/dependents.ts
/**
 * What a workspace release does to the members that depend on a released one: each requirement
 * on a released member is made to admit its new version (requirement.ts), and the dependent gets
 * a release whose entry says so (dependency-notes.ts). Pure: versions in, edits out.
 */



/** `versions`: every member this release bumps (normalised name → new version). */
function dependencyBumps(graph, versions) {
    const bumps = new Map();
    for (const name of versions.keys()) {
        const node = graph.get(name);
        if (!node)
            continue;
        const notes = [];
        const rewrites = [];
        const lockSpecifiers = [];
        const dependsOn = new Set();
        for (const req of node.member.requirements) {
            const version = versions.get(req.parsed.name);
            if (version === undefined || req.parsed.name === name)
                continue;
            const dep = graph.get(req.parsed.name).member.displayName;
            dependsOn.add(dep);
            const group = req.group === 'dependencies' ? 'dependencies' : `optional-dependencies.${req.extra}`;
            const r = (0,requirement/* admitVersion */.c)(req.parsed, version);
            if (r.kind === 'refused') {
                throw new pyrelease_error/* PyreleaseError */.dT('WORKSPACE_DEPENDENT_NOT_BUMPABLE', `${node.member.pyprojectPath}: ${node.member.displayName} requires ${JSON.stringify(req.text)}, which cannot admit ${dep} ${version}: ${r.why}`, { file: node.member.pyprojectPath, key: `project.${req.group}${req.extra ? `.${req.extra}` : ''}`, fix: `widen the requirement to admit ${version} (e.g. ${dep}>=${version}), or keep ${dep} out of this release` });
            }
            if (r.kind === 'admits')
                notes.push({ group, name: dep, to: version });
            else {
                notes.push({ group, name: dep, from: req.parsed.specifier.trim(), to: r.specifier });
                rewrites.push({ from: req.text, to: r.text });
                lockSpecifiers.push({ name: req.parsed.name, specifier: r.specifier });
            }
        }
        if (dependsOn.size > 0)
            bumps.set(name, { dependsOn: [...dependsOn].sort(), notes: renderDependencyNotes(notes), rewrites, lockSpecifiers });
    }
    return bumps;
}

;// CONCATENATED MODULE: ./src/core/workspace/workspace-release.ts
/**
 * A uv workspace inside a manifest plan: from each package's own plan, the members released,
 * the dependents released with them (dependency-graph.ts) at the version their versioning
 * strategy gives a release without commits, and what each dependent's release edits
 * (dependents.ts). Pure; called by plan-manifest.ts between planning and grouping.
 */



/**
 * `versionWith(pkg, bumps)` plans `pkg` as if `bumps` were in force and returns its version: a
 * dependent with no commits of its own gets one only through its bump.
 */
function workspaceBumps(ws, planned, versionWith) {
    const byName = new Map();
    for (const p of planned) {
        const name = ws.nameByPath.get(p.pkg.path);
        if (name !== undefined)
            byName.set(name, p);
    }
    const released = [...byName].filter(([, p]) => p.plan.version !== null).map(([name]) => name);
    const versions = new Map();
    for (const name of (0,dependency_graph/* membersToRelease */.IQ)(ws.graph, released)) {
        const p = byName.get(name);
        if (!p) {
            const member = ws.graph.get(name).member;
            throw new pyrelease_error/* PyreleaseError */.dT('WORKSPACE_MEMBER_NOT_CONFIGURED', `${member.pyprojectPath}: workspace member ${member.displayName} depends on a released member but is not a package of the config`, { file: member.pyprojectPath, fix: `add "${member.path}": {"release-type": "python"} to "packages"` });
        }
        const placeholder = { dependsOn: ws.graph.get(name).deps, notes: '', rewrites: [], lockSpecifiers: [] };
        const version = p.plan.version ?? versionWith(p.pkg, new Map([[name, placeholder]]));
        if (version !== null)
            versions.set(name, version);
    }
    return dependencyBumps(ws.graph, versions);
}

;// CONCATENATED MODULE: ./src/core/plan-manifest.ts







function planManifest(input) {
    const { config, githubNotes, commits: walk, previous: previousByPath, workspace, ...shared } = input;
    const shas = Object.fromEntries(Object.entries(previousByPath).map(([p, r]) => [p, r?.sha ?? undefined]));
    const commitsOf = commitsPerPath(walk, config.packages, shas);
    // Each package is planned as its own PR would be; the merge plugins regroup them afterwards.
    const alone = { ...config, separatePullRequests: true };
    let bumps = new Map();
    const plan = (pkg, files) => {
        const previous = previousByPath[pkg.path];
        const member = workspace?.graph.get(workspace.nameByPath.get(pkg.path) ?? '');
        const bump = member && bumps.get(member.member.name);
        return planNextRelease({
            ...shared,
            commits: commitsOf[pkg.path] ?? [],
            pkg,
            config: { ...alone, extraLabels: pkg.extraLabels ?? [] },
            previous: previous ? { version: previous.version, tag: previous.tag } : null,
            ...(files && { manifest: { path: input.manifest.path, content: files.manifest }, readFile: files.readFile }),
            ...(githubNotes?.[pkg.path] !== undefined && { githubNotes: githubNotes[pkg.path] }),
            ...(member && workspace && { workspace: { lockPath: workspace.lockPath, memberPath: pkg.path, ...(bump && { bump }) } }),
        });
    };
    let packages = config.packages;
    for (const plugin of config.plugins)
        if (plugin.type === 'linked-versions')
            packages = linkVersions(plugin, packages, commitsOf, (pkg) => plan(pkg));
    let planned = packages.map((pkg) => ({ pkg, plan: plan(pkg) }));
    if (workspace) {
        // release-please's WorkspacePlugin: the released members, then every dependent, each bumped
        // (a dependent without commits has a version only under a bump: planned once with a placeholder).
        bumps = workspaceBumps(workspace, planned, (pkg, placeholder) => {
            bumps = placeholder;
            return plan(pkg).version;
        });
        planned = planned.map((p) => ({ pkg: p.pkg, plan: plan(p.pkg) }));
    }
    let candidates = planned.filter((p) => p.plan.version !== null).map((p) => packageCandidate(p.pkg, p.plan));
    for (const plugin of config.plugins) {
        if (plugin.type !== 'linked-versions' || !plugin.merge)
            continue;
        const inScope = candidates.filter((c) => plugin.components.includes(c.configuredComponent));
        if (inScope.length === 0)
            continue;
        const headBranch = (0,branch/* linkedBranchName */.n)(input.targetBranch, plugin.groupName);
        const group = mergeCandidates(inScope, input.targetBranch, { pattern: `chore\${scope}: release ${plugin.groupName} libraries`, headBranch });
        candidates = [...candidates.filter((c) => !inScope.includes(c)), group];
    }
    if (!config.separatePullRequests && candidates.length > 0) {
        const inScope = candidates.filter((c) => !c.separate);
        const options = manifestMergeOptions(config, (0,branch/* releaseBranchName */.H)(input.targetBranch, ''), config.groupPullRequestTitlePattern ?? title/* GROUP_TITLE_PATTERN */.sR);
        // release-please's merge plugin puts the grouped PR first (it would open an empty one when every package is separate: not done here).
        candidates = [...(inScope.length > 0 ? [mergeCandidates(inScope, input.targetBranch, options)] : []), ...candidates.filter((c) => c.separate)];
    }
    return { packages: planned.map(({ pkg, plan: p }) => ({ path: pkg.path, plan: p })), pullRequests: candidates.map((c) => withChainedFiles(c, plan, input)) };
}
/**
 * A PR releasing several packages edits shared files (the manifest, changelog.json) once per
 * package, in body order, each edit on the last one's output (release-please's CompositeUpdater).
 */
function withChainedFiles(c, plan, input) {
    if (c.members.length < 2)
        return c.plan;
    const edited = new Map();
    let manifest = input.manifest.content;
    for (const pkg of c.members) {
        const p = plan(pkg, { manifest, readFile: (path) => (edited.has(path) ? edited.get(path) : input.readFile(path)) });
        for (const [path, text] of Object.entries(p.files))
            edited.set(path, text);
        manifest = p.files[input.manifest.path] ?? manifest;
    }
    return { ...c.plan, files: Object.fromEntries([...edited].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

// EXTERNAL MODULE: ./src/core/workspace/workspace-config.ts + 1 modules
var workspace_config = __webpack_require__(66222);
;// CONCATENATED MODULE: ./src/stages/plan-manifest-from-repository.ts
/**
 * planFromRepository for a config with several packages: each package's previous release, the
 * one walk for all (adapters/git/manifest-history.ts), every package's files, then the release
 * PRs release-please would open (core/plan-manifest.ts). changelog-type github is not asked of
 * GitHub here: each such package's plan says it shows the default entry.
 */








async function planSeveralPackages(git, req, read) {
    const { config, view, headSha } = read;
    for (const pkg of config.packages)
        assertPackageDirectory(pkg.path, read.treePaths, read.configFile, req.ref);
    const lock = read.workspace && read.treePaths.includes(workspace_config/* WORKSPACE_LOCK */.Wc) ? [workspace_config/* WORKSPACE_LOCK */.Wc] : [];
    const wanted = [...new Set([...config.packages.flatMap((pkg) => packageReadPaths(pkg, read.treePaths)), ...lock])];
    const packages = config.packages.map((pkg) => ({ path: pkg.path, manifestVersion: read.manifest[pkg.path], tagStyle: (0,tag_style/* tagStyleOf */.Hn)(pkg) }));
    const historyRequest = { head: headSha, packages, bootstrapSha: config.bootstrapSha, lastReleaseSha: config.lastReleaseSha, commitSearchDepth: config.commitSearchDepth, releaseSearchDepth: config.releaseSearchDepth };
    const [history, files, formats] = await Promise.all([readManifestHistory(git, historyRequest, { tags: read.tags, shallow: read.shallow }), git.readFiles(headSha, wanted.map(view.outside)), fileFormatsFor(config.packages)]);
    const repository = req.repository ?? ownerRepoFromUrl(read.originUrl ?? '');
    if (!repository) {
        throw new pyrelease_error/* PyreleaseError */.dT('REPOSITORY_UNKNOWN', 'cannot tell the repository owner/name for links', { fix: 'set GITHUB_REPOSITORY=owner/name, or add an origin remote (git remote add origin https://github.com/owner/name)' });
    }
    const targetBranch = req.targetBranch ?? read.branch ?? 'main';
    const withGitHub = req.readPullRequests ? await req.readPullRequests(history.commits, { repository, targetBranch, maxCommits: config.commitSearchDepth }) : { commits: history.commits };
    const commits = req.rewriteCommits ? await req.rewriteCommits(withGitHub.commits, headSha) : withGitHub.commits;
    const planned = planManifest({
        commits: view.commits(commits),
        config,
        previous: history.previous,
        date: req.date,
        owner: repository.owner,
        repo: repository.repo,
        targetBranch,
        manifest: { path: req.manifestFile, content: read.manifestText },
        readFile: (p) => files.get(view.outside(p)),
        treePaths: read.treePaths,
        ...formats,
        ...(read.workspace && { workspace: (0,workspace_config/* workspacePlanInput */.V3)(read.workspace) }),
    });
    const inRepository = (plan) => ({ ...plan, files: Object.fromEntries(Object.entries(plan.files).map(([p, c]) => [view.outside(p), c])) });
    const notices = [...(read.notice ? [read.notice] : []), ...history.notices];
    const each = { packages: planned.packages, ...(read.workspace && { workspace: read.workspace }) };
    // The path input with a workspace: that member's own release PR, as release-please plans one package.
    const only = req.onlyPath !== undefined ? planned.packages.find((p) => p.path === req.onlyPath) : undefined;
    if (only) {
        const plan = inRepository(only.plan);
        return { ...each, plan, pullRequests: plan.version === null ? [] : [plan], headSha, notices, warnings: [...read.warnings, ...only.plan.warnings], ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
    }
    const pullRequests = planned.pullRequests.map(inRepository);
    const nothing = planned.packages[0].plan;
    const plan = pullRequests[0] ?? { ...nothing, reasons: planned.packages.flatMap((p) => p.plan.reasons.map((r) => `${p.path}: ${r}`)) };
    const warnings = [...read.warnings, ...planned.packages.flatMap((p) => p.plan.warnings)];
    return { ...each, plan, pullRequests, headSha, notices, warnings, ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
}

;// CONCATENATED MODULE: ./src/stages/workspace-members.ts

/** undefined without [tool.uv.workspace]: the config is read as it always was. */
async function readWorkspaceConfig(git, at, rootPyproject, configText, configFile, onlyPath) {
    const files = (0,workspace_config/* workspaceMemberFiles */.pL)(rootPyproject, at.treePaths);
    if (!files)
        return undefined;
    const read = await git.readFiles(at.sha, files.map(at.view.outside));
    const members = (0,workspace_config/* readWorkspaceMembers */.n1)(files, (p) => read.get(at.view.outside(p)));
    const parsed = (0,workspace_config/* parseWorkspaceReleaseConfig */.kB)(configText, configFile, onlyPath, members);
    return { members, ...parsed, warnings: [...parsed.warnings, ...(0,workspace_config/* workspaceWarnings */.dv)(members)] };
}

// EXTERNAL MODULE: ./src/core/config/manifest-less.ts
var manifest_less = __webpack_require__(89191);
;// CONCATENATED MODULE: ./src/core/latest-release.ts




/** release-please reads this many commits of the target branch to tell its releases from others'. */
const LATEST_RELEASE_COMMIT_WINDOW = 250;
/** `recentShas`: the target branch's last LATEST_RELEASE_COMMIT_WINDOW commits. */
function latestReleaseVersion(pkg, tags, recentShas) {
    // tagMatchesConfig: with the component in tags, the tag's component must be the branch component; without, the tag has none.
    const component = pkg.includeComponentInTag ? (0,tag_style/* branchComponent */.k5)(pkg) : '';
    let best;
    for (const tag of tags) {
        const parsed = (0,tag_name/* parseTag */.ED)(tag.name, (0,version_notation/* versionNotation */.t)(pkg));
        if (!parsed || parsed.component !== component || !recentShas.has(tag.sha))
            continue;
        if (!best || (0,version_version/* compareVersions */.Zy)(parsed.version, best) > 0)
            best = parsed.version;
    }
    return best && (0,version_version/* formatVersion */.qh)(best);
}

;// CONCATENATED MODULE: ./src/stages/plan-from-repository.ts
/**
 * Plans the next release from a local repository at a ref: what `pyrelease plan` prints and
 * what the release stage writes to the release PR. Reads git through the adapter, decides in core.
 */
















async function planFromRepository(git, req) {
    // git reads files at a ref by repository path: the config and manifest of a working-directory
    // inside the repository are read under its prefix, and the plan is made in its view. Where
    // the run starts (the commit, the prefix, shallowness) is one process.
    const { sha: headSha, prefix, shallow } = await git.locate(req.ref);
    const candidates = req.manifestLess ? [] : req.configFile ? [req.configFile] : [defaults/* PYRELEASE_CONFIG_FILE */.fH, defaults/* RELEASE_PLEASE_CONFIG_FILE */.VJ];
    const view = (0,package_path/* directoryView */.tm)(prefix);
    // Independent reads in one round: each git call costs a process start.
    // Every tag, not only those on the branch: the walk proves the one picked (release-history.ts).
    const [head, listed, repoTree, originUrl, branch] = await Promise.all([
        git.readFiles(headSha, [...candidates, req.manifestFile, 'pyproject.toml'].map(view.outside)),
        git.allTags(),
        git.listTree(headSha),
        req.repository ? Promise.resolve(undefined) : git.originUrl(),
        req.targetBranch ? Promise.resolve(undefined) : git.currentBranch(),
    ]);
    const at = (p) => head.get(view.outside(p));
    const withKnown = (tags) => [...(req.knownTags ?? []), ...tags.filter((t) => !req.knownTags?.some((k) => k.name === t.name))];
    const treePaths = repoTree.flatMap((p) => view.inside(p) ?? []);
    const reachableTags = async () => withKnown(await git.tagsReachableFrom(headSha));
    const source = req.manifestLess ? await fromInputs(git, req.manifestLess, headSha, withKnown(listed), shallow, at(req.manifestFile)) : { ...(await fromFiles(git, req, at, { sha: headSha, view, treePaths })), tags: withKnown(listed), shallow };
    const { config, configFile, manifest, manifestText, warnings, tags } = source;
    if (req.changelogHost)
        for (const p of config.packages)
            p.changelogHost = req.changelogHost;
    if (config.packages.length > 1) {
        const workspace = source.workspace;
        // Several packages stop at several releases: the tags on the branch are asked for at once.
        return planSeveralPackages(git, req, { headSha, view, tags: await reachableTags(), shallow: source.shallow, treePaths, configFile, config, manifest, manifestText: manifestText ?? '', originUrl, branch, warnings, ...(workspace && { workspace: workspace.members, notice: workspace.notice }) });
    }
    const pkg = config.packages[0];
    assertPackageDirectory(pkg.path, treePaths, configFile, req.ref);
    // Version files, plus what the configured updaters read (extra files by path or glob, changelog.json).
    const wanted = packageReadPaths(pkg, treePaths);
    const historyRequest = {
        head: headSha,
        manifestVersion: manifest[pkg.path],
        tagStyle: (0,tag_style/* tagStyleOf */.Hn)(pkg),
        bootstrapSha: config.bootstrapSha,
        lastReleaseSha: config.lastReleaseSha,
        commitSearchDepth: config.commitSearchDepth,
        releaseSearchDepth: config.releaseSearchDepth,
        files: (0,package_path/* commitFilesMatter */.C$)(pkg, prefix),
    };
    // Without GitHub or a rewrite to wait for, each commit is kept and parsed as git writes it
    // (issue #21): the parse runs while git walks, and no raw message is held.
    const streamed = req.readPullRequests || req.rewriteCommits ? undefined : collectOwnCommits(pkg, view);
    const known = { tags, shallow: source.shallow, reachable: false, reachableTags };
    const [history, files, formats] = await Promise.all([readReleaseHistory(git, historyRequest, known, streamed), git.readFiles(headSha, wanted.map(view.outside)), fileFormatsFor([pkg])]);
    const repository = req.repository ?? ownerRepoFromUrl(originUrl ?? '');
    if (!repository) {
        throw new pyrelease_error/* PyreleaseError */.dT('REPOSITORY_UNKNOWN', 'cannot tell the repository owner/name for links', { fix: 'set GITHUB_REPOSITORY=owner/name, or add an origin remote (git remote add origin https://github.com/owner/name)' });
    }
    const targetBranch = req.targetBranch ?? branch ?? 'main';
    const withGitHub = req.readPullRequests ? await req.readPullRequests(history.commits, { repository, targetBranch, ...(history.previous?.sha ? { stopSha: history.previous.sha } : {}), maxCommits: config.commitSearchDepth }) : { commits: history.commits };
    const read = req.rewriteCommits ? await req.rewriteCommits(withGitHub.commits, headSha) : withGitHub.commits;
    const commits = streamed ? { ownCommits: streamed.done() } : { commits: view.commits(read) };
    const input = {
        ...commits,
        pkg,
        config,
        previous: history.previous ? { version: history.previous.version, tag: history.previous.tag } : null,
        date: req.date,
        owner: repository.owner,
        repo: repository.repo,
        targetBranch,
        // release-please updates a manifest that exists (createIfMissing: false); manifest-less mode may have none.
        ...(manifestText !== undefined && { manifest: { path: req.manifestFile, content: manifestText } }),
        readFile: (p) => files.get(view.outside(p)),
        treePaths,
        ...formats,
    };
    const first = planNextRelease(input);
    // The notes need the tag, so GitHub is asked once the version is known, and the plan made again with them.
    const notes = first.version !== null && pkg.changelogType === 'github' && req.generateNotes ? await req.generateNotes({ repository, tag: first.tag, previousTag: first.previousTag, targetBranch }) : undefined;
    const plan = notes === undefined ? first : planNextRelease({ ...input, githubNotes: notes });
    const inRepository = { ...plan, files: Object.fromEntries(Object.entries(plan.files).map(([p, c]) => [view.outside(p), c])) };
    return { plan: inRepository, headSha, notices: history.notices, warnings: [...warnings, ...plan.warnings], ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
}
/** The config and manifest files at the ref, both required; a uv workspace is read whole (its dependents take part, even for one path). */
async function fromFiles(git, req, at, where) {
    const choice = (0,config_path/* resolveConfigPath */.c)(req.configFile, (p) => at(p) !== undefined);
    if (!choice.found)
        throw new pyrelease_error/* PyreleaseError */.dT('CONFIG_MISSING', `${choice.file}: release-please config file not found at ${req.ref}`, { file: choice.file, fix: choice.fix });
    const manifestText = at(req.manifestFile);
    if (manifestText === undefined) {
        throw new pyrelease_error/* PyreleaseError */.dT('MANIFEST_MISSING', `${req.manifestFile}: release-please manifest not found at ${req.ref}`, { file: req.manifestFile, fix: `commit ${req.manifestFile} with {".": "0.0.0"} for a first release` });
    }
    const workspace = await readWorkspaceConfig(git, where, at('pyproject.toml'), at(choice.file), choice.file, req.onlyPath);
    const { config, warnings } = workspace ?? (0,parse/* parseReleaseConfig */.Xe)(at(choice.file), choice.file, req.onlyPath);
    return { config, configFile: choice.file, manifest: (0,parse/* parseManifest */.Ng)(manifestText, req.manifestFile), manifestText, warnings: [...(choice.warning ? [choice.warning] : []), ...warnings], ...(workspace && { workspace }) };
}
/**
 * Manifest-less: the version Manifest.fromConfig would find from the releases and tags of the
 * branch's last 250 commits stands in for the manifest's (a shallow clone is deepened to see them).
 * A manifest file that happens to exist is updated, as release-please does (createIfMissing: false).
 */
async function fromInputs(git, given, headSha, listed, shallow, manifestText) {
    // Every tag: only those among the branch's recent commits count (latestReleaseVersion).
    let tags = listed;
    if (shallow) {
        await git.deepen(LATEST_RELEASE_COMMIT_WINDOW);
        tags = [...tags, ...(await git.tagsReachableFrom(headSha)).filter((t) => !tags.some((k) => k.name === t.name))];
    }
    const recent = new Set(await git.recentCommits(headSha, LATEST_RELEASE_COMMIT_WINDOW));
    // A copy: the changelog-host input is applied to it, and the caller's config is planned again later.
    const config = { ...given, packages: given.packages.map((p) => ({ ...p })) };
    const pkg = config.packages[0];
    const latest = latestReleaseVersion(pkg, tags, recent);
    return { config, configFile: manifest_less/* MANIFEST_LESS_SOURCE */.y, manifest: latest === undefined ? {} : { [pkg.path]: latest }, manifestText, warnings: [], tags, shallow: shallow && (await git.isShallow()) };
}


/***/ })

};

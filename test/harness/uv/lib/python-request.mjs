// Python requests as uv parses them (https://docs.astral.sh/uv/concepts/python-versions/#requesting-a-version):
// `3`, `3.12`, `3.12.3`, a specifier (`>=3.12,<3.13`), `cpython@3.12`, `cpython3.12`, `cp312`,
// `cpython`/`cp`, a path to an executable or an installation directory, or an executable name.
// Interpreter versions are plain release numbers, so the comparison below is the numeric part of
// PEP 440 (zero-padded release segments, `==X.Y.*` wildcards, `~=`); the full PEP 440 grammar for
// package versions lives in the Python half (packaging). Free-threaded and debug variants
// (`3.13t`, `+debug`) are not modelled: such a request matches nothing.

/** @typedef {{kind:'any'} | {kind:'version', parts:number[]} | {kind:'range', spec:string} | {kind:'path', path:string} | {kind:'name', name:string}} PythonRequest */

const VERSION = /^\d+(\.\d+){0,2}$/;

/** @returns {PythonRequest} */
export function parseRequest(text) {
  const t = text.trim();
  if (t === '' || t === 'any' || t === 'default') return { kind: 'any' };
  if (VERSION.test(t)) return { kind: 'version', parts: t.split('.').map(Number) };
  if (/^[<>=!~]/.test(t)) return { kind: 'range', spec: t };
  const impl = /^(?:cpython|cp)(?:@|-)?(.*)$/i.exec(t);
  if (impl && !t.includes('/')) {
    const rest = impl[1];
    if (rest === '') return { kind: 'any' };
    if (VERSION.test(rest)) return { kind: 'version', parts: rest.split('.').map(Number) };
    if (/^3\d{1,2}$/.test(rest)) return { kind: 'version', parts: [3, Number(rest.slice(1))] };
    if (/^[<>=!~]/.test(rest)) return { kind: 'range', spec: rest };
  }
  if (t.includes('/') || t.startsWith('.')) return { kind: 'path', path: t };
  return { kind: 'name', name: t };
}

/** As uv names a request in its messages: `Python 3.12`, `Python >=3.9`, `executable name \`foo\``. */
export function describeRequest(req) {
  switch (req.kind) {
    case 'any':
      return 'a default Python';
    case 'version':
      return `Python ${req.parts.join('.')}`;
    case 'range':
      return `Python ${req.spec.split(',').map((s) => s.trim()).join(', ')}`;
    case 'path':
      return `path \`${req.path}\``;
    case 'name':
      return `executable name \`${req.name}\``;
  }
  return 'Python';
}

function cmp(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function one(version, clause) {
  const m = /^(===|==|!=|<=|>=|~=|<|>)\s*(\d+(?:\.\d+)*)(\.\*)?$/.exec(clause.trim());
  if (!m) return false;
  const [, op, v, wildcard] = m;
  const target = v.split('.').map(Number);
  if (wildcard) {
    const prefix = version.slice(0, target.length);
    const equal = cmp(prefix, target) === 0;
    return op === '!=' ? !equal : op === '==' ? equal : false;
  }
  const c = cmp(version, target);
  switch (op) {
    case '==':
    case '===':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '~=': {
      if (target.length < 2) return false;
      return c >= 0 && cmp(version.slice(0, target.length - 1), target.slice(0, -1)) === 0;
    }
  }
  return false;
}

/** Does the interpreter version `[3, 12, 1]` satisfy the specifier text (`>=3.9, <4`)? */
export function satisfiesSpec(version, spec) {
  if (!spec || spec.trim() === '') return true;
  return spec.split(',').every((clause) => clause.trim() === '' || one(version, clause));
}

/** Does an interpreter (queried info) satisfy a version-like request? Paths and names are matched where they are found. */
export function satisfiesRequest(info, req) {
  const v = info.versionInfo;
  switch (req.kind) {
    case 'any':
    case 'path':
    case 'name':
      return true;
    case 'version':
      return cmp(v.slice(0, req.parts.length), req.parts) === 0;
    case 'range':
      return satisfiesSpec(v, req.spec);
  }
  return false;
}

/** The minor version a request pins, for `python3.X` names (uv's executable_names). */
export function requestedMinor(req) {
  return req.kind === 'version' && req.parts.length >= 2 ? `${req.parts[0]}.${req.parts[1]}` : undefined;
}

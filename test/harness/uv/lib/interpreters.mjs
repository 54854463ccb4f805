// Finding, querying and "downloading" interpreters (https://docs.astral.sh/uv/concepts/python-versions/):
// - discovery: managed installations in UV_PYTHON_INSTALL_DIR first (newest first; python-preference
//   `managed`, uv's default), then each PATH directory in order for `python`, `python3`,
//   `python3.X` and, for ranges, every `python3.N` (uv's executable_names and find_all_minor);
//   each candidate is queried and the first that satisfies the request wins; virtual-environment
//   interpreters are skipped (project commands want a system interpreter);
// - downloads: when nothing matches and downloads are allowed (UV_PYTHON_DOWNLOADS not `never`,
//   not --offline), the newest matching build in the stand-in's download source
//   (UVSTANDIN_PYTHON_MIRROR: pyenv-style `<dir>/3.10.13/bin/python3.10`) is installed into
//   UV_PYTHON_INSTALL_DIR as `cpython-3.10.13-linux-x86_64-gnu` (a symlink to the mirror's
//   build: the stand-in's simplification of unpacking an archive), with uv's progress line;
// - no match and no download: uv's `No interpreter found for … in <sources>` and its hint, exit 2.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describeRequest, requestedMinor, satisfiesRequest } from './python-request.mjs';
import { fail, say } from './report.mjs';
import { offline, pythonDownloads, pythonInstallDir, pythonPreference, standin } from './settings.mjs';

// Runs on the candidate itself (3.6+): what uv's interpreter query learns.
const QUERY = `
import json, os, platform, sys, sysconfig
def fv(i):
    v = "%d.%d.%d" % (i.major, i.minor, i.micro)
    return v if i.releaselevel == "final" else v + i.releaselevel[0] + str(i.serial)
print(json.dumps({
    "executable": sys.executable,
    "version": platform.python_version(),
    "versionInfo": list(sys.version_info[:3]),
    "implementation": sys.implementation.name,
    "prefix": sys.prefix,
    "basePrefix": getattr(sys, "base_prefix", sys.prefix),
    "markers": {
        "implementation_name": sys.implementation.name,
        "implementation_version": fv(sys.implementation.version),
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_release": platform.release(),
        "platform_system": platform.system(),
        "platform_version": platform.version(),
        "python_full_version": platform.python_version(),
        "platform_python_implementation": platform.python_implementation(),
        "python_version": "%d.%d" % sys.version_info[:2],
        "sys_platform": sys.platform,
    },
}))
`;

const ARCH = { x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? process.arch;
export const PLATFORM = `linux-${ARCH}-gnu`;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The interpreter's facts, cached per executable (uv caches them too: interpreter-v4). */
export function query(executable, cache) {
  const path = resolve(executable);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  const key = createHash('sha256').update(path).digest('hex').slice(0, 24);
  const file = join(cache, 'interpreter-v4', `${key}.json`);
  try {
    const hit = JSON.parse(readFileSync(file, 'utf8'));
    if (hit.mtimeMs === stat.mtimeMs && hit.size === stat.size && hit.ino === stat.ino) return { ...hit.info, path };
  } catch {
    // not cached yet
  }
  const r = spawnSync(path, ['-I', '-c', QUERY], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  if (r.status !== 0) return undefined;
  let info;
  try {
    info = JSON.parse(r.stdout);
  } catch {
    return undefined;
  }
  if (info.implementation !== 'cpython') return undefined;
  try {
    mkdirSync(join(cache, 'interpreter-v4'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino, info }));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return { ...info, path };
}

const isVirtualenv = (info) => info.prefix !== info.basePrefix;

/** Managed installations, newest first: `[{ dir, version, executable }]`. */
export function managedInstalls() {
  const root = pythonInstallDir();
  let names = [];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const found = [];
  for (const name of names) {
    const m = /^cpython-(\d+)\.(\d+)\.(\d+)-/.exec(name);
    if (!m) continue;
    const [maj, min] = [m[1], m[2]];
    const executable = join(root, name, 'bin', `python${maj}.${min}`);
    if (isExecutable(executable)) found.push({ dir: join(root, name), versionInfo: [m[1], m[2], m[3]].map(Number), executable });
  }
  return found.sort((a, b) => b.versionInfo[0] - a.versionInfo[0] || b.versionInfo[1] - a.versionInfo[1] || b.versionInfo[2] - a.versionInfo[2]);
}

function pathCandidates(req) {
  const minor = requestedMinor(req);
  const names = ['python', 'python3', ...(minor ? [`python${minor}`] : [])];
  if (req.kind === 'version' && req.parts.length === 3) names.push(`python${req.parts.join('.')}`);
  const out = [];
  const seen = new Set();
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || seen.has(dir)) continue;
    seen.add(dir);
    for (const n of names) out.push(join(dir, n));
    if (req.kind === 'any' || req.kind === 'range' || (req.kind === 'version' && req.parts.length === 1)) {
      let entries = [];
      try {
        entries = readdirSync(dir);
      } catch {
        continue;
      }
      const minors = entries.map((e) => /^python3\.(\d\d?)$/.exec(e)).filter(Boolean).sort((a, b) => Number(b[1]) - Number(a[1]));
      for (const m of minors) out.push(join(dir, m[0]));
    }
  }
  return out.filter(isExecutable);
}

/** The first installed interpreter that satisfies `req` (and `accept`), or undefined. */
export function findInstalled(req, { cache, globals, accept = () => true }) {
  const preference = pythonPreference(globals);
  const ok = (info) => info && !isVirtualenv(info) && satisfiesRequest(info, req) && accept(info);
  if (req.kind === 'path') {
    const p = resolve(req.path);
    const exe = existsSync(join(p, 'bin', 'python3')) ? join(p, 'bin', 'python3') : p;
    const info = query(exe, cache);
    return info && accept(info) ? { ...info, managed: false } : undefined;
  }
  if (req.kind === 'name') {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      const exe = join(dir, req.name);
      if (!dir || !isExecutable(exe)) continue;
      const info = query(exe, cache);
      if (info && accept(info)) return { ...info, managed: false };
    }
    return undefined;
  }
  const sources = preference === 'only-managed' ? ['managed'] : preference === 'only-system' ? ['path'] : preference === 'system' ? ['path', 'managed'] : ['managed', 'path'];
  for (const source of sources) {
    const list = source === 'managed' ? managedInstalls().map((m) => m.executable) : pathCandidates(req);
    for (const exe of list) {
      const info = query(exe, cache);
      if (ok(info)) return { ...info, managed: source === 'managed' };
    }
  }
  return undefined;
}

/** What the download source offers for `req`, newest first. */
function downloadable(req, accept) {
  const mirror = standin.pythonMirror();
  if (!mirror || !['any', 'version', 'range'].includes(req.kind)) return undefined;
  let names = [];
  try {
    names = readdirSync(mirror);
  } catch {
    return undefined;
  }
  const builds = names
    .map((n) => ({ n, m: /^(\d+)\.(\d+)\.(\d+)$/.exec(n) }))
    .filter((x) => x.m)
    .map(({ n, m }) => ({ dir: join(mirror, n), versionInfo: [m[1], m[2], m[3]].map(Number) }))
    .filter((b) => isExecutable(join(b.dir, 'bin', `python${b.versionInfo[0]}.${b.versionInfo[1]}`)))
    .filter((b) => satisfiesRequest({ versionInfo: b.versionInfo }, req) && accept({ versionInfo: b.versionInfo }))
    .sort((a, b) => b.versionInfo[1] - a.versionInfo[1] || b.versionInfo[2] - a.versionInfo[2]);
  return builds[0];
}

function treeSize(dir) {
  let total = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    let entries = [];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) total += lstatSync(p).size;
    }
  }
  return total;
}

function humanBytes(n) {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) (v /= 1024), i++;
  return `${v.toFixed(1)}${units[i]}`;
}

/** Installs a build from the download source as a managed installation; returns its executable. */
export function install(build) {
  const [maj, min, patch] = build.versionInfo;
  const key = `cpython-${maj}.${min}.${patch}-${PLATFORM}`;
  const root = pythonInstallDir();
  const dest = join(root, key);
  if (!existsSync(dest)) {
    say(`Downloading ${key} (download) (${humanBytes(treeSize(build.dir))})`);
    mkdirSync(root, { recursive: true });
    const tmp = join(root, `.tmp-${key}-${process.pid}`);
    symlinkSync(build.dir, tmp);
    try {
      renameSync(tmp, dest); // atomic: a concurrent install of the same build is harmless
    } catch {
      // another process installed it first
    }
    // uv's minor-version directory (cpython-3.10-linux-x86_64-gnu → the newest patch).
    const minorLink = join(root, `cpython-${maj}.${min}-${PLATFORM}`);
    const tmpLink = `${minorLink}.${process.pid}.tmp`;
    try {
      symlinkSync(dest, tmpLink);
      renameSync(tmpLink, minorLink);
    } catch {
      // best effort, as in uv
    }
  }
  return join(dest, 'bin', `python${maj}.${min}`);
}

/**
 * An interpreter for `req`: installed, else downloaded; else uv's error (exit 2).
 * `sources` names where uv looked, for the message ("managed installations or search path").
 */
export function findOrDownload(req, { cache, globals, accept, sources = 'managed installations or search path', explicitInstall = false }) {
  const found = findInstalled(req, { cache, globals, accept });
  if (found) return found;
  const build = downloadable(req, accept ?? (() => true));
  const policy = pythonDownloads(globals);
  const isOffline = offline(globals);
  if (build && (policy === 'automatic' || (explicitInstall && policy === 'manual')) && !isOffline && pythonPreference(globals) !== 'only-system') {
    const info = query(install(build), cache);
    if (info) return { ...info, managed: true };
  }
  const what = describeRequest(req);
  let hint = '';
  if (build && policy !== 'automatic') hint = `\n\nhint: A managed Python download is available for ${what}, but Python downloads are set to '${policy}'`;
  else if (build && isOffline) hint = `\n\nhint: A managed Python download is available for ${what}, but uv is set to offline mode`;
  fail(`No interpreter found for ${what} in ${sources}${hint}`, 2);
}

/** uv's "Using CPython 3.12.1 interpreter at: /usr/bin/python3.12" (managed: no path). */
export function usingLine(info, displayPath) {
  return info.managed ? `Using CPython ${info.version}` : `Using CPython ${info.version} interpreter at: ${displayPath(info.path)}`;
}

// Installing locked packages into one environment's own site-packages, as uv's installer does
// (https://docs.astral.sh/uv/concepts/cache/#link-modes: hardlinks from the cache on Linux; a copy
// across file systems): each package's files are linked from the registry (an unpacked wheel),
// a `<name>-<version>.dist-info` with METADATA, INSTALLER (`uv`), RECORD and entry points is
// written, console scripts go to the environment's `bin/`. Nothing points into a shared
// directory: a package disappears with its environment. The project and `editable = true`
// path sources are installed editable (a `.pth` naming the import root, as hatchling's editable
// wheels do); other path sources are "built": their package copied in. `uv sync` is exact
// (extraneous packages are uninstalled through their RECORD), `uv run` inexact
// (https://docs.astral.sh/uv/concepts/projects/sync/#handling-of-extraneous-packages).
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, plural, say, since } from './report.mjs';

const norm = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** name → { version, dir } for every dist-info in site-packages. */
function installed(site) {
  const out = new Map();
  let entries = [];
  try {
    entries = readdirSync(site);
  } catch {
    return out;
  }
  for (const e of entries) {
    const m = /^(.+?)-([^-]+)\.dist-info$/.exec(e);
    if (m) out.set(norm(m[1]), { version: m[2], dir: join(site, e) });
  }
  return out;
}

function linkTree(src, dst, files, root) {
  const st = statSync(src);
  if (st.isDirectory()) {
    mkdirSync(dst, { recursive: true });
    for (const e of readdirSync(src)) if (e !== '__pycache__') linkTree(join(src, e), join(dst, e), files, root);
    return;
  }
  if (existsSync(dst)) unlinkSync(dst);
  try {
    linkSync(src, dst);
  } catch {
    copyFileSync(src, dst);
  }
  files.push(relative(root, dst));
}

function copyTree(src, dst, files, root) {
  const st = statSync(src);
  if (st.isDirectory()) {
    mkdirSync(dst, { recursive: true });
    for (const e of readdirSync(src)) if (e !== '__pycache__') copyTree(join(src, e), join(dst, e), files, root);
    return;
  }
  copyFileSync(src, dst);
  files.push(relative(root, dst));
}

function parseEntryPoints(text) {
  const scripts = {};
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const s = /^\[(.+)\]$/.exec(line);
    if (s) section = s[1].trim();
    else if (section === 'console_scripts' && line.includes('=')) {
      const [name, value] = line.split('=', 2).map((x) => x.trim());
      scripts[name] = value.split(/\s*\[/)[0];
    }
  }
  return scripts;
}

function writeScript(env, name, target, files, site) {
  const [module, attr = 'main'] = target.split(':');
  const [first, ...rest] = attr.split('.');
  const text = `#!${env.python}\n# -*- coding: utf-8 -*-\nimport sys\nfrom ${module} import ${first}\nif __name__ == "__main__":\n    if sys.argv[0].endswith("-script.pyw"):\n        sys.argv[0] = sys.argv[0][:-11]\n    elif sys.argv[0].endswith(".exe"):\n        sys.argv[0] = sys.argv[0][:-4]\n    sys.exit(${[first, ...rest].join('.')}())\n`;
  const path = join(env.dir, 'bin', name);
  writeFileSync(path, text, { mode: 0o755 });
  files.push(relative(site, path));
}

/** Console scripts (`name = module:attr`) into `<env>/bin`, run by `env.python`. */
export function writeConsoleScripts(env, scripts) {
  const files = [];
  mkdirSync(join(env.dir, 'bin'), { recursive: true });
  for (const [name, target] of Object.entries(scripts)) writeScript(env, name, target, files, env.dir);
  return files;
}

function writeDistInfo(env, item, { metadata, entryPoints, directUrl }, files) {
  const info = join(env.site, `${item.name.replace(/-/g, '_')}-${item.version}.dist-info`);
  mkdirSync(info, { recursive: true });
  const write = (name, text) => {
    writeFileSync(join(info, name), text);
    files.push(relative(env.site, join(info, name)));
  };
  write('METADATA', metadata);
  write('INSTALLER', 'uv\n');
  if (entryPoints) write('entry_points.txt', entryPoints);
  if (directUrl) write('direct_url.json', JSON.stringify(directUrl));
  files.push(relative(env.site, join(info, 'RECORD')));
  writeFileSync(join(info, 'RECORD'), files.map((f) => `${f},,\n`).join(''));
}

function basicMetadata(item) {
  return `Metadata-Version: 2.1\nName: ${item.name}\nVersion: ${item.version}\n`;
}

function installOne(env, item) {
  const files = [];
  if (item.kind === 'registry') {
    let metadata = basicMetadata(item);
    let entryPoints;
    for (const e of readdirSync(item.dir)) {
      const src = join(item.dir, e);
      if (e === item.infoDir) {
        const meta = ['METADATA', 'PKG-INFO'].map((n) => join(src, n)).find((p) => existsSync(p));
        if (meta) metadata = readFileSync(meta, 'utf8');
        if (existsSync(join(src, 'entry_points.txt'))) entryPoints = readFileSync(join(src, 'entry_points.txt'), 'utf8');
      } else if (e.endsWith('.data')) {
        const scripts = join(src, 'scripts');
        if (existsSync(scripts)) {
          for (const s of readdirSync(scripts)) {
            const dst = join(env.dir, 'bin', s);
            copyFileSync(join(scripts, s), dst);
            chmodSync(dst, 0o755);
            files.push(relative(env.site, dst));
          }
        }
      } else if (e !== '__pycache__') {
        linkTree(src, join(env.site, e), files, env.site);
      }
    }
    for (const [name, target] of Object.entries(parseEntryPoints(entryPoints ?? ''))) writeScript(env, name, target, files, env.site);
    writeDistInfo(env, item, { metadata, entryPoints }, files);
    return;
  }
  const url = pathToFileURL(item.path).href;
  if (item.kind === 'editable') {
    const pth = join(env.site, `_${item.name.replace(/-/g, '_')}.pth`);
    writeFileSync(pth, `${item.importRoot}\n`);
    files.push(relative(env.site, pth));
  } else {
    for (const e of item.entries) copyTree(join(item.importRoot, e), join(env.site, e), files, env.site);
  }
  for (const [name, target] of Object.entries(item.scripts ?? {})) writeScript(env, name, target, files, env.site);
  writeDistInfo(env, item, { metadata: basicMetadata(item), directUrl: { url, dir_info: item.kind === 'editable' ? { editable: true } : {} } }, files);
}

function uninstall(site, dir) {
  let record = '';
  try {
    record = readFileSync(join(dir, 'RECORD'), 'utf8');
  } catch {
    // no RECORD: remove the dist-info only
  }
  for (const line of record.split(/\r?\n/)) {
    const file = line.split(',')[0];
    if (!file) continue;
    const path = join(site, file);
    rmSync(path, { force: true });
    // Drop directories the package leaves empty.
    let d = dirname(path);
    while (d.startsWith(site) && d !== site) {
      try {
        const left = readdirSync(d).filter((e) => e !== '__pycache__');
        if (left.length > 0) break;
        rmSync(d, { recursive: true, force: true });
      } catch {
        break;
      }
      d = dirname(d);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Installed at this version from this source? (uv re-installs a path source only when it changed; the stand-in when its source or kind did.) */
function isCurrent(p, h) {
  if (!h || h.version !== p.version) return false;
  let url;
  try {
    url = JSON.parse(readFileSync(join(h.dir, 'direct_url.json'), 'utf8'));
  } catch {
    return p.kind === 'registry';
  }
  return p.kind !== 'registry' && url.url === pathToFileURL(p.path).href && Boolean(url.dir_info?.editable) === (p.kind === 'editable');
}

const display = (item) => (item.kind === 'registry' ? `${item.name}==${item.version}` : `${item.name}==${item.version} (from ${pathToFileURL(item.path).href})`);

/** Makes the environment hold exactly (or at least, when inexact) the plan's packages; prints uv's summary. */
export function sync(env, plan, { exact }) {
  const t0 = Date.now();
  if (!existsSync(env.site)) {
    const first = plan[0];
    fail(`Failed to install: \`${first ? `${first.name}==${first.version}` : 'packages'}\`\n  Caused by: failed to open \`${env.site}\`: No such file or directory (os error 2)`, 2);
  }
  const have = installed(env.site);
  const wanted = new Set(plan.map((p) => p.name));
  const todo = plan.filter((p) => !isCurrent(p, have.get(p.name)));
  const removed = [];
  for (const p of todo) {
    const h = have.get(p.name);
    if (!h) continue;
    uninstall(env.site, h.dir);
    removed.push(`${p.name}==${h.version}`);
  }
  if (exact) {
    for (const [name, h] of have) {
      if (wanted.has(name)) continue;
      uninstall(env.site, h.dir);
      removed.push(`${name}==${h.version}`);
    }
  }
  try {
    for (const p of todo) installOne(env, p);
  } catch (e) {
    fail(`Failed to install: \`${todo[0]?.name}\`\n  Caused by: ${e.message}`, 2);
  }
  if (todo.length === 0 && removed.length === 0) {
    say(`Checked ${plural(plan.length, 'package')} in ${since(t0)}`);
    return;
  }
  if (todo.length > 0) say(`Prepared ${plural(todo.length, 'package')} in ${since(t0)}`);
  if (removed.length > 0) say(`Uninstalled ${plural(removed.length, 'package')} in ${since(t0)}`);
  if (todo.length > 0) say(`Installed ${plural(todo.length, 'package')} in ${since(t0)}`);
  const lines = [...removed.map((r) => ({ k: r, t: ` - ${r}` })), ...todo.map((p) => ({ k: `${p.name}==${p.version}`, t: ` + ${display(p)}` }))];
  for (const l of lines.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.t < b.t ? -1 : 1))) say(l.t);
}

// `uv python find [REQUEST]` and `uv python install [REQUEST…]`
// (https://docs.astral.sh/uv/concepts/python-versions/): discovery and managed installs as
// interpreters.mjs models them; `install` only "downloads" from the stand-in's mirror.
import { parse } from '../cli.mjs';
import { findInstalled, findOrDownload } from '../interpreters.mjs';
import { parseRequest, describeRequest } from '../python-request.mjs';
import { fail, say, since } from '../report.mjs';
import { envValue } from '../settings.mjs';

export function python(args, ctx) {
  const [sub, ...rest] = args;
  const { positionals } = parse(rest, { '--system': { key: 'system' } }, { usage: `uv python ${sub ?? ''} [OPTIONS]`, globals: ctx.globals });
  if (sub === 'find') {
    const req = parseRequest(positionals[0] ?? envValue('UV_PYTHON') ?? '');
    const info = findInstalled(req, { cache: ctx.cache, globals: ctx.globals });
    if (!info) fail(`No interpreter found for ${describeRequest(req)} in virtual environments, managed installations, or search path`, 2);
    process.stdout.write(`${info.executable}\n`);
    return 0;
  }
  if (sub === 'install') {
    const t0 = Date.now();
    for (const r of positionals.length ? positionals : ['']) {
      const info = findOrDownload(parseRequest(r), { cache: ctx.cache, globals: { ...ctx.globals, managedPython: true }, explicitInstall: true });
      say(`Installed Python ${info.version} in ${since(t0)}`);
    }
    return 0;
  }
  fail(`uv stand-in: \`uv python ${sub ?? ''}\` is not implemented (find and install are)`, 2);
}

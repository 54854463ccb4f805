// npm run demo: the project's main job for a newcomer — the real action (dist/index.js) releasing an
// example project against loopback stand-ins of GitHub, the Actions OIDC issuer, Sigstore and PyPI;
// nothing leaves the machine. `npm run demo` releases examples/demo-package twice (demo/package.ts);
// `npm run demo -- --workspace` releases two members of the uv workspace examples/demo-workspace
// (demo/workspace.ts). What both do is demo/kit.ts.
import { ensureBuilt } from './demo/kit.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const unknown = args.filter((a) => a !== '--workspace');
if (unknown.length > 0) {
  console.error(`npm run demo: unknown argument ${unknown.join(' ')} (use: npm run demo, or npm run demo -- --workspace)`);
  process.exit(2);
}
ensureBuilt();
await (args.includes('--workspace') ? import('./demo/workspace.js') : import('./demo/package.js'));

// The second demo (npm run demo -- --workspace, issue #22): examples/demo-workspace, a uv workspace of
// three members, where acme-core gets a feature and acme-cli requires acme-core>=0.1,<0.2. The push
// runs the gates of acme-core and of its dependent acme-cli (not of acme-extras) and opens one
// release PR: acme-core 0.2.0 by its own change, acme-cli 0.1.1 as a dependent (a Dependencies
// entry, its requirement widened, uv.lock updated). After the squash merge the next run tags and
// releases both, builds each, uploads each to its own PyPI project through its own trusted
// publisher, and validates both with a real pip install from the stand-in index.
import { join } from 'node:path';
import { uvPath } from '../../test/harness/python-runner.js';
import { demoRepo, indent, ok, report, startDemoWorld, step } from './kit.js';

const MEMBERS = ['acme-core', 'acme-cli', 'acme-extras'];
const demo = demoRepo('demo-workspace');
console.log(`pyrelease workspace demo — everything happens in ${demo.work}, against loopback stand-ins; nothing leaves this machine.`);
step('1. A uv workspace with a release history: acme-core, acme-cli and acme-extras at 0.1.0; a feature in acme-core');
demo.commit('chore: release main');
for (const m of MEMBERS) demo.git(['tag', `${m}-v0.1.0`]);
demo.commit('feat(core): slugify takes the separator to join words with', {
  'packages/acme-core/src/acme_core/text.py': [
    '"""Text helpers."""',
    '',
    'import re',
    'import unicodedata',
    '',
    '',
    'def slugify(text: str, separator: str = "-") -> str:',
    '    """Lower-case ASCII words joined by `separator`: "Crème brûlée!" -> "creme-brulee"."""',
    '    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")',
    '    return separator.join(re.findall(r"[a-z0-9]+", ascii_text.lower()))',
    '',
  ].join('\n'),
  'packages/acme-core/tests/test_separator.py': 'from acme_core import slugify\n\n\ndef test_separator() -> None:\n    assert slugify("Hello, World!", "_") == "hello_world"\n',
});
demo.commit('docs: say what each member is for', { 'README.md': `${demo.git(['show', 'HEAD:README.md'])}\nEach member has its own CHANGELOG.md, tags and PyPI project.\n` });
demo.push();
console.log(indent(demo.git(['log', '--oneline', '--decorate'])));

// setup-uv (the uv stand-in, test/harness/uv) ahead of the runner's interpreters: the workspace has
// a uv.lock. With `python-version: "3.11"`, as setup-uv sets it, UV_PYTHON=3.11: the gates still
// ask for each declared version, and the validation's fresh environment is 3.11 (the stand-in's
// `uv pip` is Debian's pip, which does not run on 3.12).
const { bin: uvBin, env: { PATH: _uvPath, ...uvEnv } } = uvPath({ tempDir: join(demo.work, 'runner') });
const world = await startDemoWorld(demo, { repository: 'acme/demo-workspace', projects: MEMBERS, extraPath: [uvBin], env: { ...uvEnv, UV_PYTHON: '3.11' } });
const { gh, pypi } = world;
console.log(indent(`PyPI stand-in: one trusted publisher per project (acme/demo-workspace, release.yml) for ${MEMBERS.join(', ')}`));
// uvx runs bandit and twine at pyrelease's pins unless told; the stand-in's offline index has
// Debian's releases only (bandit 1.6.2, twine 4.0.2), so the job names those.
const job = () => world.job({ 'bandit-version': '1.6.2', 'twine-version': '4.0.2' });

try {
  step('2. pyrelease plan — the preview a maintainer runs locally');
  console.log(indent(world.cli(['plan']).trim()));

  step('3. The workflow runs on the push (stage: all): gates for acme-core and its dependent acme-cli, security scan, one release PR');
  const first = ok(await job());
  report(first.summary);
  const pr = gh.state.pulls.at(-1)!;
  console.log(`   → PR #${pr.number} "${pr.title}" (${pr.head}), labels: ${pr.labels.map((l) => l.name).join(', ')}`);
  demo.git(['fetch', '-q', 'origin']);
  console.log(indent(demo.git(['diff', '--stat', 'main', `origin/${pr.head}`])));
  console.log(indent(demo.git(['diff', '-U0', 'main', `origin/${pr.head}`, '--', 'packages/acme-cli/pyproject.toml', 'uv.lock'])));

  step('4. The release PR is squash-merged (real git); the workflow runs again (stage: all): tags, releases, publish, validate');
  world.mergeReleasePr();
  const second = ok(await job());
  report(second.summary);
  const keys = ['releases_created', 'paths_released', 'packages/acme-core--tag_name', 'packages/acme-cli--tag_name', 'published', 'validated'];
  console.log(`   → outputs: ${keys.map((k) => `${k}=${second.outputs[k]}`).join(' ')}`);

  world.showWhatWasMade('5. What the index and GitHub hold now', [['acme-core', '0.2.0'], ['acme-cli', '0.1.1']]);
} finally {
  await world.close();
}

// The first demo (npm run demo): examples/demo-package through two releases — gates → release PR →
// merge with real git → tag + GitHub release → build, check, sign, upload → validation with a real
// pip install from the stand-in index. The shared machinery is kit.ts.
import { demoRepo, indent, ok, report, startDemoWorld, step } from './kit.js';

const demo = demoRepo('demo-package');
console.log(`pyrelease demo — everything happens in ${demo.work}, against loopback stand-ins; nothing leaves this machine.`);
step('1. A Python project with a release history: demo-pkg 0.1.0, two open issues, three conventional commits');
demo.commit('chore: release 0.1.0');
demo.git(['tag', 'v0.1.0']);
demo.commit('feat: add a word counter\n\nCloses #1', { 'NOTES.md': 'word counter\n' });
demo.commit('fix(text): keep trailing punctuation\n\nFixes #2', { 'NOTES.md': 'word counter, punctuation\n' });
demo.commit('docs: explain the CLI in the README');
demo.push();
console.log(indent(demo.git(['log', '--oneline', '--decorate'])));

// PyPI with a trusted publisher for acme/demo-package's release.yml; the job adds a smoke test.
const world = await startDemoWorld(demo, { repository: 'acme/demo-package', projects: ['demo-pkg'] });
const { gh, pypi } = world;
gh.state.addIssue('Count words in a text');
gh.state.addIssue('slugify drops trailing punctuation');
const job = () => world.job({ 'smoke-test': 'demo-pkg slugify Shipped' });

try {
  step('2. pyrelease plan — the preview a maintainer runs locally');
  console.log(indent(world.cli(['plan']).split('\n').slice(0, 8).join('\n')));

  step('3. The workflow runs on the push (stage: all): gates, security scan, release PR; nothing to publish yet');
  const first = ok(await job());
  report(first.summary);
  const pr = gh.state.pulls.at(-1)!;
  console.log(`   → PR #${pr.number} "${pr.title}", labels: ${pr.labels.map((l) => l.name).join(', ')}`);

  step('4. The release PR is squash-merged (real git); the workflow runs again (stage: all): release, publish, validate');
  world.mergeReleasePr();
  const second = ok(await job());
  report(second.summary);
  console.log(`   → outputs: ${['release_created', 'tag_name', 'published', 'signed', 'validated', 'visible_after', 'installable_after'].map((k) => `${k}=${second.outputs[k]}`).join(' ')}`);
  console.log(`   → issues told: ${gh.state.comments.filter((c) => c.body.includes('pyrelease:released')).map((c) => `#${c.issue}`).join(', ')}`);

  step('5. A second release: a new feature, a new release PR, merged, released, published, validated');
  demo.commit('feat(cli): add a --version flag', { 'NOTES.md': 'word counter, punctuation, version flag\n' });
  demo.push();
  ok(await job());
  const pr2 = world.mergeReleasePr();
  console.log(`   → PR #${pr2.number} "${pr2.title}" merged`);
  const fourth = ok(await job());
  report(fourth.summary.slice(fourth.summary.indexOf('### Publish')));

  world.showWhatWasMade('6. What the index and GitHub hold now', [['demo-pkg', '0.2.0'], ['demo-pkg', '0.3.0']]);
} finally {
  await world.close();
}

// A stand-in action for the runner harness's own tests: it does through the real @actions/core what
// pyrelease's entry does (inputs, event, outputs, state, env, path, summary, annotations, masks),
// so the harness is checked against the toolkit's actual file formats, not against our reading of them.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';

const secret = core.getInput('token');
core.setSecret(secret);
const dryRun = core.getBooleanInput('dry-run');
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8'));

core.setOutput('dry_run', dryRun);
core.setOutput('python_versions', core.getInput('python versions'));
core.setOutput('pr', { number: 12, title: 'chore(main): release 1.2.0', body: 'line one\nline=two\n\nafter a blank' });
core.setOutput('event_name', process.env.GITHUB_EVENT_NAME ?? '');
core.setOutput('force_publish', String(event.inputs?.force_publish ?? ''));
core.setOutput('env_seen', JSON.stringify(Object.keys(process.env).filter((k) => k.startsWith('GITHUB_') || k.startsWith('INPUT_') || k.startsWith('RUNNER_') || k.startsWith('LEAK_')).sort()));
core.setOutput('sha', process.env.GITHUB_SHA ?? '');
core.setOutput('empty', null);
core.saveState('started', 'yes');
core.exportVariable('PYRELEASE_SEEN', 'a=b');
core.addPath('/opt/fake/bin');
core.startGroup('quality');
core.info(`token is ${secret}`);
core.endGroup();
core.error('Line too long: 120 > 100, see a:b', { file: 'src/demo_pkg/text.py', startLine: 3, endLine: 3, startColumn: 5, endColumn: 9, title: 'ruff E501, line-length' });
core.warning('100% done\nsecond line');
core.notice('plain');
await core.summary.addHeading('pyrelease', 2).addRaw('| stage | result |\n|---|---|\n| quality | ✅ |\n').write();
if (core.getInput('fail') === 'true') core.setFailed('quality gates failed');

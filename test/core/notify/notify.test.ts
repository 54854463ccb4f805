import { describe, expect, it } from 'vitest';
import { releasedComment, webhookPayload } from '../../../src/core/notify/messages.js';
import { referencedNumbers } from '../../../src/core/notify/references.js';
import { planRollback } from '../../../src/core/rollback/rollback-plan.js';

describe('references in release notes', () => {
  it('takes release-please links and bare #N, not other repositories, commit links or anchors', () => {
    const notes = [
      '* add retries ([#12](https://github.com/acme/widget/issues/12)) ([1a2b3c4](https://github.com/acme/widget/commit/1a2b3c4))',
      '* fix (closes #7, see https://github.com/acme/widget/pull/15)',
      '* vendor note ([#999](https://github.com/other/repo/issues/999))',
      '* see [docs](https://example.com/page#42) and issue&#35;3',
    ].join('\n');
    expect(referencedNumbers(notes, 'acme', 'widget')).toEqual([7, 12, 15]);
  });
});

describe('messages', () => {
  const facts = { project: 'demo-pkg', version: '1.2.0', tag: 'v1.2.0', releaseUrl: 'https://github.com/acme/widget/releases/tag/v1.2.0', projectUrl: 'https://pypi.org/project/demo-pkg/1.2.0/', indexLabel: 'PyPI' };

  it('the comment carries its marker, the links and the install line', () => {
    expect(releasedComment(facts)).toBe('<!-- pyrelease:released v1.2.0 -->\n🚀 Released in [v1.2.0](https://github.com/acme/widget/releases/tag/v1.2.0) and published to PyPI: [demo-pkg 1.2.0](https://pypi.org/project/demo-pkg/1.2.0/)\n\n```\npip install demo-pkg==1.2.0\n```\n');
  });

  it('webhook text for success and failure; commit text cannot forge Slack links', () => {
    expect(webhookPayload({ ok: true, repository: 'acme/widget', runUrl: 'https://github.com/acme/widget/actions/runs/1', release: facts }).text).toBe('✅ acme/widget: demo-pkg 1.2.0 released — <https://pypi.org/project/demo-pkg/1.2.0/|PyPI>, <https://github.com/acme/widget/releases/tag/v1.2.0|v1.2.0> (<https://github.com/acme/widget/actions/runs/1|run>)');
    const failed = webhookPayload({ ok: false, repository: 'acme/widget', runUrl: undefined, failure: { stage: 'quality', line: 'pytest failed: <https://evil.example|click> & more' } });
    expect(failed.text).toBe('❌ acme/widget: pyrelease failed in stage quality: pytest failed: &lt;https://evil.example|click&gt; &amp; more');
  });
});

describe('rollback plan', () => {
  const tags = [{ name: 'v1.3.0', sha: 'c'.repeat(40) }, { name: 'v1.2.1', sha: 'b'.repeat(40) }, { name: 'v1.2.0', sha: 'a'.repeat(40) }, { name: 'v1.3.0-rc.1', sha: 'd'.repeat(40) }, { name: 'nightly', sha: 'e'.repeat(40) }];

  it('starts the hotfix at the last good final release and names the next patch', () => {
    expect(planRollback('1.3.0', tags, undefined)).toEqual({ bad: { version: '1.3.0', tag: 'v1.3.0' }, lastGood: { name: 'v1.2.1', sha: 'b'.repeat(40) }, hotfixVersion: '1.3.1', branch: 'hotfix/1.3.1', baseSha: 'b'.repeat(40), baseName: 'v1.2.1' });
  });

  it('takes a given base, and says when there is nothing to start from', () => {
    expect(planRollback('1.3.0', tags, { name: 'main', sha: 'f'.repeat(40) }).baseName).toBe('main');
    expect(() => planRollback('1.2.0', tags, undefined)).toThrow(/no release before 1.2.0/);
    expect(() => planRollback('latest', tags, undefined)).toThrow(/input 'version' must be the version to roll back/);
  });
});

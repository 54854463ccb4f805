/** The parsers on hand-written file contents: both GITHUB_OUTPUT forms, workflow commands, leaks. */
import { describe, expect, it } from 'vitest';
import { findSecretLeaks, parseOutputFile, parseWorkflowCommands } from './workflow-files.js';

describe('GITHUB_OUTPUT parser', () => {
  it('reads name=value records, = inside values, empty values and blank lines', () => {
    const text = 'a=1\n\nurl=https://x/?q=a=b\nempty=\nshift=x<<y\n';
    expect(parseOutputFile(text)).toEqual({ a: '1', url: 'https://x/?q=a=b', empty: '', shift: 'x<<y' });
  });

  it('reads heredoc records as @actions/core writes them, several in a row, with blank lines and = inside', () => {
    const text = [
      'pr<<ghadelimiter_6f1c2d3e-0000-4000-8000-000000000001',
      '{"number":12,"title":"chore(main): release 1.2.0"}',
      'ghadelimiter_6f1c2d3e-0000-4000-8000-000000000001',
      'body<<ghadelimiter_2',
      'line one',
      '',
      'key=value inside',
      'ghadelimiter_2',
      'none<<EOF',
      'EOF',
      '',
    ].join('\n');
    expect(parseOutputFile(text)).toEqual({ pr: '{"number":12,"title":"chore(main): release 1.2.0"}', body: 'line one\n\nkey=value inside', none: '' });
  });

  it('mixes both forms, reads CRLF files, and lets a later record win', () => {
    const text = 'version=1.0.0\r\nnotes<<D\r\na\r\nb\r\nD\r\nversion=1.1.0\r\n';
    expect(parseOutputFile(text)).toEqual({ version: '1.1.0', notes: 'a\nb' });
  });

  it('refuses an unclosed heredoc and a line that is no record', () => {
    expect(() => parseOutputFile('x<<D\nvalue\n')).toThrow(/heredoc for x is not closed by D/);
    expect(() => parseOutputFile('a=1\njust text\n')).toThrow(/cannot read line "just text"/);
    expect(() => parseOutputFile('=value\n')).toThrow(/cannot read line/);
  });
});

describe('workflow command parser', () => {
  it('reads an annotation with its properties, unescaped and typed', () => {
    const out = 'plain line\n::error file=src/a.py,line=3,endLine=4,col=5,endColumn=9,title=ruff%3A E501%2C long::Line too long%0Asecond%25 line\n';
    const { annotations } = parseWorkflowCommands(out);
    expect(annotations).toEqual([
      {
        level: 'error',
        message: 'Line too long\nsecond% line',
        file: 'src/a.py',
        line: 3,
        endLine: 4,
        col: 5,
        endColumn: 9,
        title: 'ruff: E501, long',
        properties: { file: 'src/a.py', line: '3', endLine: '4', col: '5', endColumn: '9', title: 'ruff: E501, long' },
      },
    ]);
  });

  it('unescapes %25 last, so an escaped escape stays literal', () => {
    const { annotations, masks } = parseWorkflowCommands('::warning title=a%253Ab::100%250A done\n::add-mask::s3cr%25t%0D\n');
    expect(annotations[0]).toMatchObject({ level: 'warning', message: '100%0A done', title: 'a%3Ab' });
    expect(masks).toEqual(['s3cr%t\r']);
  });

  it('collects warnings, notices without properties, masks and groups in order', () => {
    const out = '::group::quality\n::add-mask::one\n::notice::fine\n::endgroup::\n::add-mask::two\n::debug::not an annotation\n';
    const { annotations, masks, groups } = parseWorkflowCommands(out);
    expect(annotations).toEqual([{ level: 'notice', message: 'fine', properties: {} }]);
    expect(masks).toEqual(['one', 'two']);
    expect(groups).toEqual(['quality']);
  });

  it('interprets nothing between ::stop-commands:: and its token', () => {
    const { annotations, masks } = parseWorkflowCommands('::stop-commands::T1\n::error::inside\n::add-mask::x\n::T1::\n::error::outside\n');
    expect(annotations.map((a) => a.message)).toEqual(['outside']);
    expect(masks).toEqual([]);
  });
});

describe('secret leak finder', () => {
  const clean = { stdout: '', stderr: '', summary: '', outputs: {} };

  it('accepts a secret printed only after its mask', () => {
    expect(findSecretLeaks({ ...clean, stdout: '::add-mask::tok123\nusing tok123\n' }, ['tok123'])).toEqual([]);
  });

  it('finds a secret printed before its mask, or never masked, and anywhere in stderr, summary or outputs', () => {
    expect(findSecretLeaks({ ...clean, stdout: 'using tok123\n::add-mask::tok123\n' }, ['tok123'])).toEqual([{ secret: 'tok123', where: 'stdout' }]);
    expect(findSecretLeaks({ stdout: 'tok123', stderr: 'x tok123', summary: 'tok123', outputs: { a: 'b', c: 'tok123' } }, ['tok123', ''])).toEqual([
      { secret: 'tok123', where: 'stdout' },
      { secret: 'tok123', where: 'stderr' },
      { secret: 'tok123', where: 'summary' },
      { secret: 'tok123', where: 'outputs' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOutputFile, parseWorkflowCommands } from './workflow-files.js';

describe('GITHUB_OUTPUT parser', () => {
  it('reads both record forms, = inside values, blank lines and several records', () => {
    const text = 'a=1\n\nurl=https://x/?q=a=b\npr<<ghadelimiter_1\n{"n":1}\nline two\nghadelimiter_1\nempty=\n';
    expect(parseOutputFile(text)).toEqual({ a: '1', url: 'https://x/?q=a=b', pr: '{"n":1}\nline two', empty: '' });
  });
  it('refuses an unclosed heredoc', () => {
    expect(() => parseOutputFile('x<<D\nvalue\n')).toThrow(/not closed/);
  });
});

describe('workflow command parser', () => {
  it('interprets nothing between ::stop-commands:: and its token', () => {
    const { annotations } = parseWorkflowCommands('::stop-commands::T1\n::error::inside\n::T1::\n::error::outside\n');
    expect(annotations.map((a) => a.message)).toEqual(['outside']);
  });

  it('unescapes annotation properties and messages, and collects masks', () => {
    const out = '::add-mask::s3cr%25t\nplain line\n::error file=src/a.py,line=3,title=ruff%3A E501::line%0Atwo\n';
    const { annotations, masks } = parseWorkflowCommands(out);
    expect(masks).toEqual(['s3cr%t']);
    expect(annotations).toEqual([{ level: 'error', message: 'line\ntwo', properties: { file: 'src/a.py', line: '3', title: 'ruff: E501' } }]);
  });
});

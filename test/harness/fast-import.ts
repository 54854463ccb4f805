/** Builds a linear git repository in one `git fast-import` run: fast enough for corpus replays. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ImportCommit {
  message: string;
  /** Files to write in this commit (path → content). */
  files?: Record<string, string>;
  tag?: string;
}

export const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function importHistory(commits: ImportCommit[], { branch = 'main', startEpoch = 1_700_000_000 } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'history-'));
  execFileSync('git', ['init', '-q', '-b', branch, dir], { env: gitEnv });
  const parts: string[] = [];
  commits.forEach((c, i) => {
    const msg = Buffer.from(c.message, 'utf8');
    parts.push(`commit refs/heads/${branch}\nmark :${i + 1}\ncommitter Test <test@example.com> ${startEpoch + i * 60} +0000\ndata ${msg.length}\n${c.message}\n`);
    for (const [path, content] of Object.entries(c.files ?? {})) {
      const data = Buffer.from(content, 'utf8');
      parts.push(`M 100644 inline ${path}\ndata ${data.length}\n${content}\n`);
    }
    if (c.tag) parts.push(`reset refs/tags/${c.tag}\nfrom :${i + 1}\n`);
  });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join(''), env: gitEnv });
  execFileSync('git', ['checkout', '-q', branch], { cwd: dir, env: gitEnv });
  return dir;
}

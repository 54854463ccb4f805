/** What the GitHub stand-in remembers besides git: pull requests, labels, comments, releases, attestations. */
import type { StoredAttestation } from './attestations.js';
export interface Label {
  id: number;
  name: string;
  color: string;
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  draft: boolean;
  head: string;
  base: string;
  labels: Label[];
  merged_at: string | null;
  merge_commit_sha: string | null;
  /** Who opened it (generated release notes credit them); the token's bot when unset. */
  user?: string;
  /** The PR's own commits, recorded when it is merged (GitHub associates them with it ever after). */
  commits?: string[];
  created_at: string;
  updated_at: string;
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
}

export interface Release {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  assets: Array<{ id: number; name: string; size: number; content_type: string; digest: string; state: 'uploaded' | 'starter'; bytes: Buffer }>;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

export class GitHubState {
  pulls: PullRequest[] = [];
  issues: Issue[] = [];
  labels: Label[] = [];
  comments: Comment[] = [];
  releases: Release[] = [];
  attestations: StoredAttestation[] = [];
  private nextId = 1000;
  private clockMs = Date.parse('2026-01-01T00:00:00Z');

  /** Issues and pull requests share one number sequence, as on GitHub. */
  nextNumber(): number {
    return Math.max(0, ...this.pulls.map((p) => p.number), ...this.issues.map((i) => i.number)) + 1;
  }

  /** An issue a test starts with (as if a user had opened it). */
  addIssue(title: string, body = ''): Issue {
    const issue: Issue = { number: this.nextNumber(), title, body, state: 'open', labels: [] };
    this.issues.push(issue);
    return issue;
  }

  id(): number {
    return this.nextId++;
  }

  /** A stand-in clock: every write is one minute after the previous one. */
  now(): string {
    this.clockMs += 60_000;
    return new Date(this.clockMs).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  label(name: string): Label {
    const existing = this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (existing) return existing;
    const created = { id: this.id(), name, color: 'ededed' };
    this.labels.push(created);
    return created;
  }
}

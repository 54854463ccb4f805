/** A commit as release-please sees it after parsing: several may share one sha. */
export interface CommitNote {
  title: 'BREAKING CHANGE' | 'RELEASE AS';
  text: string;
}

export interface CommitReference {
  prefix: string;
  action: string;
  issue: string;
}

/** One message as the parser reads it (several may come from one git commit). */
export interface ParsedCommit {
  /** The header as written: type(scope)!: subject. */
  header: string;
  type: string;
  scope: string | null;
  /** The subject (release-please's bareMessage). */
  subject: string;
  body: string;
  notes: CommitNote[];
  references: CommitReference[];
}

export interface ConventionalCommit extends ParsedCommit {
  sha: string;
  breaking: boolean;
  pullRequest?: { number: number; body?: string | null };
}

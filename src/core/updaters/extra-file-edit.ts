/** What an extra-file updater is told about the entry it edits, and where it reports skips. */
export interface ExtraFileEdit {
  /** Repository-relative path, for messages. */
  path: string;
  /** An object entry names its jsonpath/xpath: matching nothing there is an error, not a skip. */
  strict: boolean;
  warnings: string[];
}

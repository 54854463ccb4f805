/**
 * The end of a tool's output as an error's details (`more`): the last lines, fenced, so the summary
 * shows them as a block and the log keeps them short. One helper for every stage that reports a
 * failed build, check, install or smoke test.
 */
export function outputTail(text: string, lines = 20): string[] {
  return ['```', ...text.trim().split('\n').slice(-lines), '```'];
}

/** pytest's JUnit XML (`--junitxml`) → counts and failing tests. Small, regex-based: pytest's output shape only. */
export interface JUnitReport {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  failed: Array<{ name: string; message: string }>;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#10;/g, '\n').replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function parseJUnit(xml: string): JUnitReport {
  const report: JUnitReport = { tests: 0, failures: 0, errors: 0, skipped: 0, failed: [] };
  for (const m of xml.matchAll(/<testsuite\b[^>]*>/g)) {
    for (const key of ['tests', 'failures', 'errors', 'skipped'] as const) report[key] += Number(attr(m[0], key) ?? 0);
  }
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const inner = m[2] ?? '';
    const bad = /<(failure|error)\b([^>]*)>/.exec(inner);
    if (!bad) continue;
    const classname = attr(m[0], 'classname') ?? '';
    const name = attr(m[0], 'name') ?? '';
    report.failed.push({ name: decode(`${classname ? `${classname}::` : ''}${name}`), message: decode(attr(bad[0], 'message') ?? bad[1]!).split('\n')[0]! });
  }
  return report;
}

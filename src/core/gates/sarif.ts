/** Findings → a SARIF 2.1.0 log for github/codeql-action/upload-sarif (bandit here has no SARIF formatter). */
import type { Finding } from './types.js';

const securitySeverity: Record<string, string> = { HIGH: '8.0', MEDIUM: '5.0', LOW: '2.0' };

export function toSarif(tool: { name: string; version: string; informationUri: string }, findings: readonly Finding[]): unknown {
  const rules = [...new Map(findings.map((f) => [f.ruleId, f])).values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((f) => ({ id: f.ruleId, shortDescription: { text: f.ruleId.split(':')[1] ?? f.ruleId }, properties: { 'security-severity': securitySeverity[f.severity ?? 'LOW'], tags: ['security'] } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          level: f.level === 'notice' ? 'note' : f.level,
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } }],
          properties: { severity: f.severity, confidence: f.confidence },
        })),
      },
    ],
  };
}

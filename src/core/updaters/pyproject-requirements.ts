/**
 * pyproject.toml: requirement strings of [project] rewritten in place (a workspace dependent
 * admitting its dependency's new version). The string is found as TOML writes it, basic or
 * literal; one that is not written that plainly (escapes, a multi-line string) is refused rather
 * than left excluding the version the release publishes.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export function rewriteRequirements(content: string, file: string, rewrites: ReadonlyArray<{ from: string; to: string }>): string {
  let out = content;
  for (const { from, to } of rewrites) {
    const forms = [[JSON.stringify(from), JSON.stringify(to)], [`'${from}'`, `'${to}'`]] as const;
    const form = forms.find(([written]) => out.includes(written));
    if (!form) {
      throw new PyreleaseError('WORKSPACE_DEPENDENT_NOT_BUMPABLE', `${file}: the requirement ${JSON.stringify(from)} is not written as a plain TOML string, so it cannot be rewritten to ${JSON.stringify(to)}`, { file, key: 'project.dependencies', fix: `write it as "${to}" on one line (no escapes, no multi-line string)` });
    }
    out = out.split(form[0]).join(form[1]);
  }
  return out;
}

/**
 * Every user-facing failure, by stable code: what happened and how to fix it. docs/errors.md
 * is generated from this table (npm run docs) and a test keeps code, catalogue and docs in step.
 * Codes never change once released.
 */
import { configErrors } from './catalogue/config.js';
import { checkoutErrors } from './catalogue/checkout.js';
import { eventErrors } from './catalogue/events.js';
import { gateErrors } from './catalogue/gates.js';
import { inputErrors } from './catalogue/inputs.js';
import { planErrors } from './catalogue/plan.js';
import { publishErrors } from './catalogue/publish.js';
import { releaseErrors } from './catalogue/release.js';
import { signingErrors } from './catalogue/signing.js';
import { validateErrors } from './catalogue/validate.js';
import { carriedOverErrors } from './catalogue/carried-over.js';
import { githubAttestationErrors } from './catalogue/github-attestations.js';
import { workspaceErrors } from './catalogue/workspace.js';

export interface CatalogueEntry {
  title: string;
  fix: string;
}

export const catalogue: Record<string, CatalogueEntry> = { ...inputErrors, ...configErrors, ...planErrors, ...releaseErrors, ...gateErrors, ...publishErrors, ...signingErrors, ...validateErrors, ...carriedOverErrors, ...eventErrors, ...checkoutErrors, ...githubAttestationErrors, ...workspaceErrors };

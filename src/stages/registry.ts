/**
 * The pipeline as data (semantic-release's plugin table): each stage's code, loaded only when a
 * run selects it, so a release-only run never loads Sigstore (issue #21). The order lives in
 * stage-names.ts.
 */
import type { StageName } from '../settings/settings.js';
import type { StageDefinition } from './stage.js';

const loaders: Record<StageName, () => Promise<StageDefinition>> = {
  quality: async () => (await import('./quality.js')).qualityStage,
  security: async () => (await import('./security.js')).securityStage,
  release: async () => (await import('./release.js')).releaseStage,
  publish: async () => (await import('./publish.js')).publishStage,
  validate: async () => (await import('./validate.js')).validateStage,
  rollback: async () => (await import('./rollback.js')).rollbackStage,
  preview: async () => (await import('./preview.js')).previewStage,
};

/** The stages named, in the order given, loaded in parallel. */
export function loadStages(names: readonly StageName[]): Promise<StageDefinition[]> {
  return Promise.all(names.map((n) => loaders[n]()));
}

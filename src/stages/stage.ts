/** What a stage is: typed inputs (settings + earlier results) in, typed result + outputs out. */
import { PyreleaseError } from '../errors/pyrelease-error.js';
import type { Runtime } from '../adapters/runtime/runtime.js';
import type { Clock } from '../adapters/clock.js';
import type { Outputs, PublishResult, ReleaseResult, ValidateResult } from '../settings/handoff.js';
import type { PathRelease } from '../core/publish/released-paths.js';
import type { Settings, StageName } from '../settings/settings.js';
import type { GitRepository } from '../adapters/git/repository.js';
import type { GitHubClient } from '../adapters/github/client.js';
import { loadReleaseConfig, type LoadedReleaseConfig } from '../adapters/workspace/release-config-files.js';
import type { PackageIndex } from '../adapters/pypi/package-index.js';
import type { ActionsIdTokens } from '../adapters/oidc/actions-id-token.js';
import type { BundleSigner } from '../adapters/sigstore/bundle-signer.js';
import type { TrustedRoot } from '@sigstore/protobuf-specs';

/** The adapters a stage may use, built once by main.ts (tests build their own). */
export interface Services {
  git: GitRepository;
  /** The GitHub client for the run's repository; throws a clear error when it cannot exist (no token). */
  github(): GitHubClient;
  /** The package index named by repository-url / index-url (publish, validate). */
  index(): PackageIndex;
  /** The Actions OIDC token source (trusted publishing, Sigstore). */
  idTokens: ActionsIdTokens;
  /** Sigstore signing with the run's Fulcio/Rekor and OIDC token. */
  signer(): BundleSigner;
  /** The trust root bundles are verified against (trusted-root input, else public good via TUF). */
  trustedRoot(): Promise<TrustedRoot>;
  /** The release-please config, read and validated before any stage ran (release/publish only). */
  releaseConfig?: LoadedReleaseConfig;
  /** The Python project's directory when the config puts the package below working-directory. */
  projectDir?: string;
  /** The package paths of a config with several and no path input: a stage acting on one package refuses to guess. */
  severalPackages?: { configFile: string; paths: string[] };
}

/**
 * Where the gates run and the distribution is built: the package's directory, else
 * working-directory. With several packages and no `path`, no stage acts on a guess: per-member
 * gates and publish of a monorepo (the rest of #22) are not done, so it says which input to set.
 */
export function projectDirectory(ctx: StageContext, stage = 'this stage'): string {
  const several = ctx.services.severalPackages;
  if (several) {
    const paths = several.paths.map((p) => JSON.stringify(p)).join(', ');
    throw new PyreleaseError('CONFIG_SEVERAL_PACKAGES', `has ${several.paths.length} packages (${paths}) and ${stage} acts on one: set path: to the package it is for`, {
      file: several.configFile,
      key: 'path',
      fix: `add path: ${several.paths.find((p) => p !== '.') ?? several.paths[0]} to this step (one step per package, e.g. a matrix over the release stage's paths_released output)`,
    });
  }
  return ctx.services.projectDir ?? ctx.settings.workingDirectory;
}

/** The release config main.ts read before the stages ran, or read here (and kept) when a stage runs without it (stage: validate alone, a stage test). */
export function releaseConfigOf(ctx: StageContext): LoadedReleaseConfig {
  const { settings } = ctx;
  return (ctx.services.releaseConfig ??= loadReleaseConfig(settings.workingDirectory, settings.configFile, settings.manifestFile, settings.packagePath, settings.manifestLess));
}

/** Results of the stages run so far in this process (stage: all), keyed by stage. */
export interface PipelineResults {
  release?: ReleaseResult;
  /** Several packages: the releases of HEAD an earlier run made (a re-run after a partial publish), for publish and validate to finish. */
  releasesAtHead?: PathRelease[];
  publish?: PublishResult;
  validate?: ValidateResult;
  /** Each finished stage's action outputs, as a later job would be given them (publish reads the release stage's per-path ones). */
  outputs?: Partial<Record<StageName, Outputs>>;
}

export interface StageContext {
  settings: Settings;
  runtime: Runtime;
  clock: Clock;
  results: PipelineResults;
  services: Services;
}

export interface StageOutcome {
  /** Action outputs this stage sets (release-please-action names where they exist). */
  outputs: Outputs;
  /** Markdown for the job summary. */
  summary?: string;
  /** One line for the log's done line. */
  headline: string;
}

/** A stage with nothing to do says why and what would give it work (`fix`): stage: all skips it, a stage asked for by name fails with both. */
export type SkipDecision = { run: true } | { run: false; reason: string; fix?: string };

export interface StageDefinition {
  name: StageName;
  title: string;
  /** A failure stops the pipeline (every stage today; kept explicit for non-blocking ones). */
  blocking: boolean;
  /**
   * A gate (quality, security): when it fails, the gates after it still run, so one run reports
   * every verdict; the first stage that is not a gate is never reached.
   */
  gate?: boolean;
  /** The stage whose result gives this one its work: in a list with it, this one may skip when it has nothing to do. */
  fedBy?: StageName;
  /** Whether the stage may run with dry-run (it then only reads). */
  dryRunSafe: boolean;
  /** With stage: all, decides from earlier results whether this stage has anything to do. */
  shouldRun(ctx: StageContext): SkipDecision;
  run(ctx: StageContext): Promise<StageOutcome>;
}

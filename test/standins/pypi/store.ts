/**
 * What the PyPI stand-in remembers: projects, their releases and files, yanks, deleted file names
 * (never reusable) and the change serial. Reads see the store through `isVisible`, which models
 * the CDN lag of §3.8: a file exists at once for uploads but shows in JSON, simple and files only
 * after the visibility delay.
 */
import type { Provenance } from './attestations.js';
import { canonicalVersionText } from './pep440.js';
import { normalizeName } from './names.js';

export interface StoredFile {
  /** Canonical (PEP 503) project name. */
  project: string;
  version: string;
  filename: string;
  bytes: Buffer;
  sha256: string;
  blake2b256: string;
  md5: string;
  packagetype: 'sdist' | 'bdist_wheel';
  pythonVersion: string;
  requiresPython?: string;
  /** Epoch ms by the stand-in's clock. */
  uploadedAt: number;
  /** The upload form's metadata fields, repeated keys kept in order. */
  metadata: Record<string, string[]>;
  /** The raw `attestations` form field, when one was sent. */
  attestations?: string;
  /** The provenance object the integrity API serves, built from the accepted attestations. */
  provenance?: Provenance;
}

export interface Release {
  /** Normalized version as first uploaded (`str(meta.version)`). */
  version: string;
  canonicalVersion: string;
  files: StoredFile[];
  yanked: boolean;
  yankedReason: string;
  /** Metadata of the first upload, which the JSON API's `info` shows. */
  metadata: Record<string, string[]>;
  createdAt: number;
}

export interface Project {
  /** Display name: the metadata name of the latest upload. */
  name: string;
  canonical: string;
  releases: Release[];
  createdAt: number;
}

/** Responsible for the stand-in's package data and what of it reads may see. */
export class PypiStore {
  readonly projects = new Map<string, Project>();
  readonly deletedFilenames = new Set<string>();
  serial = 0;

  constructor(
    readonly now: () => number,
    readonly visibilityDelayMs: number,
  ) {}

  project(name: string): Project | undefined {
    return this.projects.get(normalizeName(name));
  }

  /** Registers a project (trusted publisher setup, pending-publisher mint, first upload); idempotent. */
  ensureProject(name: string, createdAt = this.now()): Project {
    const existing = this.project(name);
    if (existing) return existing;
    const created: Project = { name, canonical: normalizeName(name), releases: [], createdAt };
    this.projects.set(created.canonical, created);
    this.serial += 1;
    return created;
  }

  /** The release matched canonically, as PyPI does (`1.0` finds `1.0.0`). */
  release(project: Project, version: string): Release | undefined {
    const canonical = canonicalVersionText(version);
    return project.releases.find((r) => r.canonicalVersion === canonical);
  }

  addFile(project: Project, version: string, metadata: Record<string, string[]>, file: StoredFile): void {
    let release = this.release(project, version);
    if (!release) {
      release = { version, canonicalVersion: canonicalVersionText(version), files: [], yanked: false, yankedReason: '', metadata, createdAt: file.uploadedAt };
      project.releases.push(release);
    }
    release.files.push(file);
    this.serial += 1;
  }

  allFiles(): StoredFile[] {
    return [...this.projects.values()].flatMap((p) => p.releases.flatMap((r) => r.files));
  }

  /** The stored file with this name, or the one with these bytes (by BLAKE2b-256), as Warehouse's duplicate check looks. */
  findFile(filename: string, blake2b256?: string): StoredFile | undefined {
    return this.allFiles().find((f) => f.filename === filename || (blake2b256 !== undefined && f.blake2b256 === blake2b256));
  }

  releaseOf(file: StoredFile): Release | undefined {
    return this.projects.get(file.project)?.releases.find((r) => r.files.includes(file));
  }

  isVisible(at: { uploadedAt: number } | { createdAt: number }): boolean {
    const t = 'uploadedAt' in at ? at.uploadedAt : at.createdAt;
    return this.now() - t >= this.visibilityDelayMs;
  }

  visibleFiles(release: Release): StoredFile[] {
    return release.files.filter((f) => this.isVisible(f));
  }

  /** Releases reads may show: those whose first upload is visible. */
  visibleReleases(project: Project): Release[] {
    return project.releases.filter((r) => this.isVisible(r));
  }

  yank(projectName: string, version: string, reason = ''): void {
    const project = this.project(projectName);
    const release = project && this.release(project, version);
    if (!release) throw new Error(`pypi stand-in: no release ${projectName} ${version} to yank`);
    release.yanked = true;
    release.yankedReason = reason;
    this.serial += 1;
  }

  deleteFile(filename: string): void {
    const file = this.allFiles().find((f) => f.filename === filename);
    if (!file) throw new Error(`pypi stand-in: no file ${filename} to delete`);
    const release = this.releaseOf(file)!;
    release.files = release.files.filter((f) => f !== file);
    this.deletedFilenames.add(filename);
    this.serial += 1;
  }
}


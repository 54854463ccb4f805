/** Settings as the action would build them with no inputs, for in-process stage tests. */
import type { Settings } from '../../src/settings/settings.js';

export function testSettings(overrides: Partial<Settings> & Pick<Settings, 'workingDirectory' | 'tempDir'>): Settings {
  return {
    stage: 'all', token: '', forcePublish: false, skipTests: false, dryRun: false, configFile: undefined, manifestFile: '.release-please-manifest.json',
    pythonVersions: [], mypyBlocking: false, pytestArgs: [], missingPython: 'fail', ruffVersion: '', banditVersion: '', twineVersion: '', codeqlPath: '', banditSeverity: 'MEDIUM', banditConfidence: 'MEDIUM', repositoryUrl: 'https://upload.pypi.org/legacy/',
    targetBranch: 'main', eventName: 'push', repository: { owner: 'acme', repo: 'widget' }, apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com', sha: undefined, handoff: {},
    password: '', skipExisting: false, indexUrl: '', packagesDir: undefined, proxy: { httpProxy: '', httpsProxy: '', noProxy: '' }, printHash: false, verbose: false, buildIsolation: true, idTokenRequest: undefined,
    sign: false, fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev', trustedRoot: '', validateTimeoutSeconds: 600, importNames: [], smokeTest: [], notifyWebhook: '', runUrl: undefined, rollbackBase: '', lintPrTitle: false, previewFrom: 'auto', pullRequest: undefined,
    signInputs: [], buildCommand: undefined, uploadAllProjects: false, upload: true, smokeTestBeforeUpload: false, devBuild: undefined, githubAttestations: false, repositoryVisibility: undefined,
    ...overrides,
  };
}

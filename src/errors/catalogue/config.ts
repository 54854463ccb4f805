/** Failures of the release-please config and manifest files. */
export const configErrors = {
  CONFIG_INVALID_JSON: { title: 'The config file is not valid JSON', fix: 'Fix the JSON at the line and column given (a trailing comma or a missing quote is the usual cause).' },
  CONFIG_NOT_OBJECT: { title: 'The config file is not a JSON object', fix: 'Write {"packages": {".": {"release-type": "python"}}}.' },
  CONFIG_NO_PACKAGES: { title: 'The config has no packages', fix: 'Add the root package: "packages": {".": {"release-type": "python"}}.' },
  CONFIG_WRONG_TYPE: { title: 'A config key has the wrong type', fix: 'Write the value in the form the message names (true/false without quotes, strings in quotes, lists in brackets).' },
  CONFIG_MISSING_JSONPATH: { title: 'A json/yaml/toml extra file has no jsonpath', fix: 'Add "jsonpath": "$.version" (or the path to the version key).' },
  CONFIG_MONOREPO: { title: 'More than one package is configured', fix: 'pyrelease releases one Python package per repository: keep the root package ".".' },
  CONFIG_BAD_SHA: { title: 'bootstrap-sha or last-release-sha is not a sha', fix: 'Give the full sha of the commit (git rev-parse <ref>).' },
  CONFIG_UNSUPPORTED_RELEASE_TYPE: { title: 'The release type is not python or simple', fix: 'Write "release-type": "python".' },
  CONFIG_BAD_VERSIONING: { title: 'The versioning strategy is unknown or unsupported', fix: 'Use default, always-bump-patch, always-bump-minor, always-bump-major or prerelease.' },
  CONFIG_BAD_RELEASE_AS: { title: 'release-as is not a version', fix: 'Write "release-as": "1.2.3", and remove it after that release.' },
  CONFIG_BAD_JSONPATH: { title: 'An extra file\'s jsonpath is not supported', fix: "Use $.version, $.project.version or $.package[?(@.name.value=='my-pkg')].version." },
  CONFIG_MISSING: { title: 'The release-please config file is missing', fix: 'Create .release-please-config.json (or release-please-config.json), or name yours with config-file.' },
  MANIFEST_INVALID_JSON: { title: 'The manifest is not valid JSON', fix: 'Fix the JSON at the line and column given.' },
  MANIFEST_NOT_OBJECT: { title: 'The manifest is not a JSON object', fix: 'Write {".": "1.2.3"}.' },
  MANIFEST_BAD_VERSION: { title: 'A manifest version is not a version', fix: 'Write {".": "0.0.0"} before a first release, or the version last released.' },
  MANIFEST_MISSING: { title: 'The release-please manifest is missing', fix: 'Create .release-please-manifest.json with {".": "0.0.0"}.' },
} as const;

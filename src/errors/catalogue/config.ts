/**
 * Failures of the release-please config and manifest files (core/config). Each message names
 * the file, the key path and, for syntax errors, the line and column; the per-problem fix in the
 * error's details is specific to the value found, and these are the general forms for the docs.
 */
export const configErrors = {
  CONFIG_MISSING: { title: 'The release-please config file is missing', fix: 'Create .release-please-config.json (or release-please-config.json) with {"packages": {".": {"release-type": "python"}}}, or name yours with the config-file input.' },
  CONFIG_INVALID_JSON: { title: 'The config file is not valid JSON', fix: 'Correct the JSON at the line and column given: JSON allows no trailing commas, no comments and only double quotes.' },
  CONFIG_NOT_OBJECT: { title: 'The config file is not a JSON object', fix: 'Write {"packages": {".": {"release-type": "python"}}}.' },
  CONFIG_NO_PACKAGES: { title: 'The config has no packages', fix: 'Add the root package: "packages": {".": {"release-type": "python"}}.' },
  CONFIG_DUPLICATE_COMPONENT: { title: 'Two packages have the same component', fix: 'Give each package of a monorepo its own "component" (or "package-name"): release-please finds a package\'s releases by the component in their tags.' },
  CONFIG_PATH_NOT_CONFIGURED: { title: 'The path input names no package of the config', fix: 'Set path: to a key of "packages" in the release-please config (e.g. path: packages/core), or leave it empty to release every package.' },
  CONFIG_SEVERAL_PACKAGES: { title: 'A stage that acts on one package was given a config with several', fix: 'Set path: <package> (a key of "packages") on this step so the gates, publish and validate act on that package; run one step per package (a matrix over paths_released).' },
  CONFIG_PACKAGE_PATH_MISSING: { title: 'The package path names no directory of the repository', fix: 'Key the package by the directory that holds its pyproject.toml, relative to the repository root (or "." for the root), and commit that directory.' },
  CONFIG_WRONG_TYPE: { title: 'A config value has the wrong type', fix: 'Write the value in the form the message names: true/false without quotes, text in double quotes, lists in brackets, labels as one comma-separated string.' },
  CONFIG_MISSING_KEY: { title: 'A changelog-sections or extra-files entry lacks a required key', fix: 'Give each changelog section a "type" and a "section", and each extra file object a "type" and a "path".' },
  CONFIG_BAD_VALUE: { title: 'A config value has the right type but cannot be used', fix: 'Use a value of the form the message names (a non-empty path, an http(s) URL, at least one label, a known extra-files type).' },
  CONFIG_UNSUPPORTED_RELEASE_TYPE: { title: 'The release type is not python or simple', fix: 'Write "release-type": "python"; release other languages with release-please-action itself.' },
  CONFIG_BAD_VERSIONING: { title: 'The versioning strategy is unknown or unsupported', fix: 'Use default, always-bump-patch, always-bump-minor, always-bump-major, prerelease, or pyrelease\'s pep440.' },
  CONFIG_BAD_PRERELEASE_TYPE: { title: 'prerelease-type is not a PEP 440 phase (versioning: pep440)', fix: 'Write "prerelease-type": "a", "b", "rc" or "dev"; PEP 440 reads alpha, beta, c, pre and preview as a, b and rc.' },
  CONFIG_BAD_RELEASE_AS: { title: 'release-as is not a version', fix: 'Write "release-as": "1.2.3", and remove it after that release: it stays in force until removed.' },
  CONFIG_BAD_TAG_NAME: { title: 'The config makes tag names git refuses', fix: 'Use a tag-separator such as "-" or "/", and a component or package-name without spaces or ~^:?*[\\ characters.' },
  CONFIG_BAD_SHA: { title: 'bootstrap-sha or last-release-sha is not a full commit sha', fix: 'Give the full 40-character sha of the commit (git rev-parse <ref>); release-please compares full shas.' },
  CONFIG_MISSING_JSONPATH: { title: 'A json, yaml or toml extra file has no jsonpath', fix: 'Add "jsonpath": "$.version" (or the path to the version value, e.g. "$.project.version").' },
  CONFIG_MISSING_XPATH: { title: 'An xml extra file has no xpath', fix: 'Add "xpath": "//version" (the path to the version element).' },
  CONFIG_BAD_JSONPATH: { title: 'An extra file\'s jsonpath cannot be evaluated', fix: "Write a JSONPath jsonpath-plus evaluates, such as $.version, $.project.version or $.package[?(@.name.value=='my-pkg')].version." },
  CONFIG_BAD_XPATH: { title: 'An extra file\'s xpath is not an XPath expression', fix: 'Write an XPath 1.0 expression such as //version or /project/version.' },
  CONFIG_UNKNOWN_PLUGIN: { title: 'A plugin type release-please does not know', fix: 'Check the spelling or remove it; for one Python package only "sentence-case" changes the release PR (release-please itself stops with "Unknown plugin type").' },
  CONFIG_MONOREPO_PLUGIN: { title: 'A workspace plugin of another language is configured', fix: 'Remove node-workspace, cargo-workspace, maven-workspace or merge from plugins: they bump npm, Cargo and Maven workspaces (release those with release-please-action); linked-versions, group-priority and sentence-case apply to Python packages.' },
  MANIFEST_MISSING: { title: 'The release-please manifest is missing', fix: 'Create .release-please-manifest.json with {".": "0.0.0"} before a first release, or the version last released.' },
  MANIFEST_INVALID_JSON: { title: 'The manifest is not valid JSON', fix: 'Correct the JSON at the line and column given.' },
  MANIFEST_NOT_OBJECT: { title: 'The manifest is not a JSON object', fix: 'Write {".": "1.2.3"}: package path → version last released.' },
  MANIFEST_BAD_VERSION: { title: 'A manifest version is not a version', fix: 'Write {".": "0.0.0"} before a first release, or the version last released, as a string like "1.2.3".' },
} as const;

/**
 * The extra-files updaters that parse a format (JSON with JSONPath, YAML, TOML, XML and pom.xml),
 * gathered in one module because their libraries (yaml, xpath, @xmldom/xmldom, jsonpath-plus,
 * @iarna/toml: ~700 KB of the bundle) are loaded only when a config names such a file
 * (stages/file-formats.ts, issue #21): most configs edit pyproject.toml and markers only.
 */
import type { StructuredFileUpdaters } from './extra-files.js';
import { updateJsonFile } from './json-file.js';
import { updateTomlFile } from './toml-file.js';
import { updatePomFile, updateXmlFile } from './xml-file.js';
import { updateYamlFile } from './yaml-file.js';

export const structuredFileUpdaters: StructuredFileUpdaters = { json: updateJsonFile, yaml: updateYamlFile, toml: updateTomlFile, xml: updateXmlFile, pom: updatePomFile };

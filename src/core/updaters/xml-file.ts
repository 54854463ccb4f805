/**
 * XML extra files: release-please's GenericXml (an xpath) and PomXml (a Maven pom's own version,
 * else its parent's), over the libraries it uses, @xmldom/xmldom 0.8 and xpath: the document is
 * parsed, the text of each selected node set to the version, and serialised again only when
 * something changed (base-xml.js, a final newline kept).
 */
import { DOMParser, XMLSerializer, select, type XmlDocument, type XmlNode } from './xml-dom.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { ExtraFileEdit } from './extra-file-edit.js';
import { noMatch } from './json-path.js';

const POM_VERSION = '/*[local-name()="project"]/*[local-name()="version"]';
const POM_PARENT_VERSION = '/*[local-name()="project"]/*[local-name()="parent"]/*[local-name()="version"]';

export function updateXmlFile(content: string, xpath: string, version: string, edit: ExtraFileEdit): string {
  return updateDocument(content, edit, (doc) => {
    const nodes = selectNodes(xpath, doc, edit.path);
    if (nodes.length === 0 && edit.strict) throw noMatch(edit.path, 'xpath', xpath, `write the XPath of the version element in ${edit.path}, e.g. //version or /project/version`);
    return setText(nodes, version);
  });
}

/** type: pom — release-please's PomXml without dependency versions, as its base strategy builds it. */
export function updatePomFile(content: string, version: string, edit: ExtraFileEdit): string {
  return updateDocument(content, edit, (doc) => {
    const own = selectNodes(POM_VERSION, doc, edit.path);
    const nodes = own.length > 0 ? own : selectNodes(POM_PARENT_VERSION, doc, edit.path);
    if (nodes.length === 0) throw noMatch(edit.path, 'xpath', POM_VERSION, 'give the pom a <version> under <project> (or under <project><parent>)');
    return setText(nodes, version);
  });
}

function updateDocument(content: string, edit: ExtraFileEdit, update: (doc: XmlDocument) => boolean): string {
  const problems: string[] = [];
  // xmldom 0.8 recovers from broken XML and reports it here, a mismatched end tag only as a
  // "warning" (its default handler prints them all); a well-formed file reports nothing.
  const record = (msg: unknown) => void problems.push(String(msg).split('\n')[0]!);
  let doc: XmlDocument | undefined;
  try {
    doc = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(content);
  } catch (e) {
    record(e instanceof Error ? e.message : e);
    doc = undefined;
  }
  if (problems.length > 0 && edit.strict) {
    throw new PyreleaseError('EXTRA_FILE_INVALID', `${edit.path}: not valid XML: ${problems[0]!.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*@#\[line:.*$/, '')}`, {
      file: edit.path,
      fix: 'fix the XML (xmllint --noout shows where), or remove the file from extra-files',
    });
  }
  if (!doc) return content;
  if (!update(doc)) return content;
  const out = new XMLSerializer().serializeToString(doc);
  return content.endsWith('\n') && !out.endsWith('\n') ? `${out}\n` : out;
}

function selectNodes(xpath: string, doc: XmlDocument, file: string): XmlNode[] {
  let selected: unknown;
  try {
    selected = select(xpath, doc);
  } catch (e) {
    throw new PyreleaseError('CONFIG_BAD_XPATH', `${file}: xpath ${JSON.stringify(xpath)} is not an XPath expression: ${(e as Error).message}`, {
      file,
      key: 'xpath',
      fix: 'write an XPath 1.0 expression such as //version or /project/version',
    });
  }
  return Array.isArray(selected) ? selected : [];
}

/** Sets every node whose text differs; true when one changed (release-please then re-serialises). */
function setText(nodes: XmlNode[], version: string): boolean {
  const stale = nodes.filter((n) => n.textContent !== version);
  for (const n of stale) n.textContent = version;
  return stale.length > 0;
}

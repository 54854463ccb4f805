// @xmldom/xmldom and xpath re-exported without their type declarations: both reference the
// DOM library, which would replace Node's fetch and Blob types in the whole program. The types
// the XML updater needs are in xml-dom.d.ts beside this file.
export { DOMParser, XMLSerializer } from '@xmldom/xmldom';
export { select } from 'xpath';

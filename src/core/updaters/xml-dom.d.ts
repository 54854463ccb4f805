/** The part of @xmldom/xmldom 0.8 and xpath 0.0.34 the XML updater uses (see xml-dom.js). */
export interface XmlNode {
  textContent: string | null;
}

export type XmlDocument = XmlNode;

interface ErrorHandler {
  warning?: (message: unknown) => void;
  error?: (message: unknown) => void;
  fatalError?: (message: unknown) => void;
}

export class DOMParser {
  constructor(options?: { errorHandler?: ErrorHandler });
  parseFromString(source: string, mimeType?: string): XmlDocument;
}

export class XMLSerializer {
  serializeToString(node: XmlDocument): string;
}

/** Nodes for a node-set expression; a string, number or boolean for the others. */
export function select(expression: string, node: XmlDocument): XmlNode[] | string | number | boolean | null;

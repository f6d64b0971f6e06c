/** A small XML serialiser: an element tree in, well-formed XML 1.0 out, through one escaper. Pure. */

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  /** Text or elements; an element with only text is written on one line. */
  children?: Array<XmlElement | string>;
}

/**
 * Characters XML 1.0 does not allow at all, not even as a character reference: C0 controls
 * but tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. They become U+FFFD.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is this pattern's job.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };
/** In an attribute a parser turns tab and line breaks into spaces unless they are written as references. */
const attributeEntities: Record<string, string> = { ...textEntities, '\t': '&#9;', '\n': '&#10;' };

/** The one escaper: text or attribute value → its XML form, which a parser reads back as the same text. */
export function escapeXml(text: string, inAttribute = false): string {
  const entities = inAttribute ? attributeEntities : textEntities;
  return text.replace(forbidden, '\uFFFD').replace(inAttribute ? /[&<>"'\t\n\r]/g : /[&<>"'\r]/g, (c) => entities[c]);
}

function attributesOf(element: XmlElement): string {
  return Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value, true)}"`)
    .join('');
}

function serialiseElement(element: XmlElement, indent: string): string {
  const open = `${indent}<${element.name}${attributesOf(element)}`;
  const children = element.children ?? [];
  if (children.length === 0) return `${open}/>`;
  if (children.every((child) => typeof child === 'string')) return `${open}>${escapeXml(children.join(''))}</${element.name}>`;
  // Mixed content would gain whitespace from indentation: elements only, or text only.
  if (children.some((child) => typeof child === 'string')) throw new Error(`<${element.name}> mêle texte et éléments`);
  const inner = (children as XmlElement[]).map((child) => serialiseElement(child, `${indent}  `));
  return `${open}>\n${inner.join('\n')}\n${indent}</${element.name}>`;
}

/** A whole document: the XML declaration, then the root element. */
export function serialiseXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialiseElement(root, '')}\n`;
}

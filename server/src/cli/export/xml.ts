// Just enough XML writing for NITF: escaped text and attributes, and no characters XML forbids.

// Control characters other than tab, LF and CR are not allowed in XML 1.0 at all.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export type Attributes = Record<string, string | undefined | null>;

function attrs(a: Attributes): string {
  return Object.entries(a).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => ` ${k}="${escapeAttribute(v!)}"`).join('');
}

/** An element whose content is already XML. */
export function element(name: string, a: Attributes, content: string): string {
  return content === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${content}</${name}>`;
}

export function textElement(name: string, a: Attributes, text: string): string {
  return element(name, a, escapeText(text));
}

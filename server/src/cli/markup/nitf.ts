// Reading a NITF file back into a plain article: the headline (`hl1`), the publication date
// (`date.issue norm=`), the agency (`distributor/org`, else the copyright holder) and the body,
// one paragraph per `p` (and `hl2`) in `body.content`, joined by blank lines. The text of each
// paragraph is its character data with the inline elements (`q`, `person`, ...) dropped, which
// is exactly the published paragraph when `newsmark export --format nitf` wrote the file.
// fast-xml-parser (in its ordered mode, keeping whitespace) does the XML; this file only walks it.

import { XMLParser } from 'fast-xml-parser';
import type { PlainArticleInput } from '../../service';

/** One node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type XmlNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

/** Whether the text is XML rather than a plain article (its first non-blank characters). */
export function looksLikeXml(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  return text.startsWith('<?xml', i) || text.startsWith('<nitf', i);
}

export class NotNitfError extends Error {}

export function readNitf(xml: string): PlainArticleInput {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
  });
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(xml, true) as XmlNode[];
  } catch (e) {
    throw new NotNitfError(`not well-formed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
  const nitf = childOf(nodes, 'nitf');
  if (!nitf) throw new NotNitfError('an XML file without a <nitf> root');
  const body = childOf(nitf, 'body');
  const content = body && childOf(body, 'body.content');
  if (!content) throw new NotNitfError('a NITF file without <body.content>');
  const paragraphs = content.filter((n) => 'p' in n || 'hl2' in n).map((n) => textOf(childrenOf(n)));
  const head = childOf(nitf, 'head');
  const bodyHead = body && childOf(body, 'body.head');
  const headline = bodyHead && pathOf(bodyHead, ['hedline', 'hl1']);
  const title = head && childOf(head, 'title');
  const date = head && isoDate(attributeOf(head, ['docdata', 'date.issue'], 'norm'));
  const agency = (bodyHead && pathOf(bodyHead, ['distributor', 'org'])) ?? (head && attributeOf(head, ['docdata', 'doc.copyright'], 'holder'));
  const input: PlainArticleInput = { body: `${paragraphs.join('\n\n')}\n` };
  const headlineText = headline !== undefined && headline.trim() ? headline : title && textOf(title);
  if (headlineText?.trim()) input.headline = headlineText.trim();
  if (date) input.date = date;
  if (agency?.trim()) input.agency = agency.trim();
  return input;
}

function childrenOf(node: XmlNode): XmlNode[] {
  for (const [key, value] of Object.entries(node)) if (key !== ATTRIBUTES && Array.isArray(value)) return value as XmlNode[];
  return [];
}

function childOf(nodes: XmlNode[], tag: string): XmlNode[] | undefined {
  const node = nodes.find((n) => tag in n);
  return node ? (node[tag] as XmlNode[]) : undefined;
}

function pathOf(nodes: XmlNode[], tags: string[]): string | undefined {
  let current: XmlNode[] | undefined = nodes;
  for (const tag of tags) current = current && childOf(current, tag);
  return current && textOf(current);
}

function attributeOf(nodes: XmlNode[], tags: string[], name: string): string | undefined {
  let current: XmlNode[] | undefined = nodes;
  for (const tag of tags.slice(0, -1)) current = current && childOf(current, tag);
  const node = current?.find((n) => tags[tags.length - 1] in n);
  const attributes = node?.[ATTRIBUTES] as Record<string, string> | undefined;
  return attributes?.[`@_${name}`];
}

/** The character data of the nodes and of every element inside them, in order. */
function textOf(nodes: XmlNode[]): string {
  let out = '';
  for (const n of nodes) out += TEXT in n ? String(n[TEXT]) : textOf(childrenOf(n));
  return out;
}

/** `20230928T000000` (NITF's `norm`) as `2023-09-28`. */
function isoDate(norm: string | undefined): string | undefined {
  const m = norm ? /^(\d{4})(\d\d)(\d\d)/.exec(norm) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

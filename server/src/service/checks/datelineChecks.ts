// Wires the dateline module's checks (dateline/) into the article pipeline.

import { checkDateline, resolveHouseStyle } from '../dateline';
import type { Finding } from '../diagnostics/finding';
import type { StyleSetting } from '../options';
import type { Paragraph, ParsedArticle } from '../syntax';

/** How many paragraphs from the top are searched for weekdays ("on Tuesday"). */
const LEAD_PARAGRAPHS = 3;

export function checkDatelineOfArticle(article: ParsedArticle, style: StyleSetting): Finding[] {
  const paragraphs = article.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
  return checkDateline({
    text: article.text,
    dateline: article.dateline,
    firstParagraph: article.firstParagraph,
    leadParagraphs: paragraphs.slice(0, LEAD_PARAGRAPHS).map((p) => ({ start: p.start, end: p.end })),
    publication: article.frontMatter?.date?.parsed,
    agency: article.frontMatter?.agency?.value,
    lang: article.frontMatter?.lang?.value,
    // Without an agency in the front matter, `auto` still finds the style from the dateline's own.
    style: resolveHouseStyle(style, article.frontMatter?.agency?.value ?? article.dateline?.agency?.text),
  });
}

// Wires the dateline checks (checks/dateline/) into the article pipeline: the style, the lead
// paragraphs and the publication date come from the article context, as hover and export read them.
// A slug line before the dateline is checked here too: its fix edits the front matter.

import { articleContext } from '../context/articleContext';
import type { Finding } from '../diagnostics/finding';
import type { ServiceOptions } from '../options';
import type { Paragraph, ParsedArticle } from '../syntax';
import { checkDateline } from './dateline/check';
import { checkSlug } from './dateline/checkSlug';

export function checkDatelineOfArticle(article: ParsedArticle, options: Pick<ServiceOptions, 'style'>): Finding[] {
  const context = articleContext(article, options);
  return [...checkSlug(article), ...checkDateline({
    text: article.text,
    dateline: article.dateline,
    firstParagraph: article.firstParagraph,
    nextParagraph: blockAfter(article, article.firstParagraph),
    leadParagraphs: context.leadParagraphs,
    publication: context.publication,
    agency: article.frontMatter?.agency?.value,
    lang: article.frontMatter?.lang?.value,
    style: context.houseStyle.style,
  })];
}

/** The block right after `p`, when it is a paragraph. */
function blockAfter(article: ParsedArticle, p: Paragraph | undefined): Paragraph | undefined {
  if (!p) return undefined;
  const next = article.blocks[article.blocks.indexOf(p) + 1];
  return next?.type === 'paragraph' ? next : undefined;
}

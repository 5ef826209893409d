// dateline-form for a wire slug or keyword line before the dateline (`BC-US--Bridge Collapse`,
// spec section 3): it is not part of the article; the front matter `slug` is its place. The
// dateline itself is read in the next paragraph (parser/dateline/lead.ts).

import type { Finding, OffsetEdit } from '../../diagnostics/finding';
import { setFrontMatterKeyEdit } from '../../edits/setFrontMatterKey';
import type { ParsedArticle } from '../../syntax';
import { q } from './context';

export function checkSlug(article: ParsedArticle): Finding[] {
  const { slug, firstParagraph: datelineParagraph, text } = article;
  if (!slug || !datelineParagraph) return [];
  const fm = article.frontMatter;
  // The slug's paragraph goes, with the blank lines after it.
  const removal: OffsetEdit = { start: slug.start, end: datelineParagraph.start, newText: '' };
  const key = setFrontMatterKeyEdit(article, 'slug', slug.text);
  // Without a front matter the new one is written where the body starts: one edit, so that the
  // insertion and the removal cannot touch each other.
  const edits = fm ? [key, removal] : [{ start: key.start, end: removal.end, newText: key.newText + text.slice(key.start, slug.start) }];
  const known = fm?.slug ? ` (it replaces ${q(fm.slug.value)})` : '';
  return [{
    code: 'dateline-form', start: slug.start, end: slug.end,
    message: `${q(slug.text)} is a slug line, not the dateline, which opens the next paragraph: move it into the front matter as \`slug\`${known}`,
    fixes: [{ title: `Move ${q(slug.text)} into the front matter as slug`, edits, preferred: true }],
  }];
}

// Code lenses on each speaker entry of the front matter: "8 quotes · 3 mentions". Clicking one
// runs `newsmark.showReferences`, which the client turns into the editor's references peek.

import type { CodeLens, Location } from 'vscode-languageserver-types';
import { SHOW_REFERENCES_COMMAND } from '../../protocol';
import { articleContext } from '../context/articleContext';
import { plural } from '../labels';
import type { ServiceOptions } from '../options';
import type { ParsedArticle, TextSpan } from '../syntax';

export function getCodeLenses(article: ParsedArticle, options: ServiceOptions): CodeLens[] {
  const fm = article.frontMatter;
  if (!fm?.speakers.length) return [];
  // Quotes and mentions grouped by speaker once (the outline reads the same grouping).
  const { quotes, mentions } = articleContext(article, options).speakers;

  return fm.speakers.map((s) => {
    const qs = quotes.get(s.id) ?? [];
    const ms = mentions.get(s.id) ?? [];
    const spans: TextSpan[] = [...qs, ...ms];
    const locations: Location[] = spans
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((span) => ({ uri: article.uri, range: article.lines.range(span) }));
    const range = article.lines.range(s.idSpan);
    return {
      range,
      command: {
        title: `${plural(qs.length, 'quote')} · ${plural(ms.length, 'mention')}`,
        command: SHOW_REFERENCES_COMMAND,
        arguments: [article.uri, range.start, locations],
      },
    };
  });
}

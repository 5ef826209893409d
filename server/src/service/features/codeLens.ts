// Code lenses on each speaker entry of the front matter: "8 quotes · 3 mentions". Clicking one
// runs `newsmark.showReferences`, which the client turns into the editor's references peek.

import type { CodeLens, Location } from 'vscode-languageserver-types';
import { SHOW_REFERENCES_COMMAND } from '../../protocol';
import { allQuotes, type ParsedArticle, type TextSpan } from '../syntax';

export function getCodeLenses(article: ParsedArticle): CodeLens[] {
  const fm = article.frontMatter;
  if (!fm?.speakers.length) return [];
  // One pass over quotes and mentions, grouped by speaker, rather than one pass per speaker.
  const quotes = new Map<string, TextSpan[]>();
  for (const q of allQuotes(article)) push(quotes, q.speakerId, q);
  const mentions = new Map<string, TextSpan[]>();
  for (const m of article.mentions) push(mentions, m.speakerId, m);

  return fm.speakers.map((s) => {
    const qs = quotes.get(s.id) ?? [];
    const ms = mentions.get(s.id) ?? [];
    const locations: Location[] = [...qs, ...ms]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((span) => ({ uri: article.uri, range: article.lines.range(span) }));
    const range = article.lines.range(s.idSpan);
    return {
      range,
      command: {
        title: `${count(qs.length, 'quote')} · ${count(ms.length, 'mention')}`,
        command: SHOW_REFERENCES_COMMAND,
        arguments: [article.uri, range.start, locations],
      },
    };
  });
}

function push(map: Map<string, TextSpan[]>, id: string, span: TextSpan) {
  const list = map.get(id);
  if (list) list.push(span);
  else map.set(id, [span]);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// Speaker colours in the editor (issue 12): semantic tokens over the words of each quote, so that
// who says what shows at a glance. The token types are standard ones that every theme colours
// (and Neovim links to its own groups), one per tint: the speaker's tint is the preview's
// (publish/speakerTints.ts). `colorBy: 'kind'` colours by quote kind instead; `off`, nothing.
// A nested quote's words carry its own speaker; its brackets and `{@id}` keep the grammar's colours.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Cancellation } from '../cancellation';
import { speakerTints, TINT_COUNT } from '../publish/speakerTints';
import type { SpeakerColors } from '../settings/schema';
import { walkQuotes, type ParsedArticle, type Quote, type QuoteKind } from '../syntax';

/** One standard token type per tint, in tint order; themes give them distinct colours. */
const TINT_TYPES = ['string', 'function', 'type', 'variable', 'enumMember', 'parameter', 'keyword', 'number'] as const;
const KIND_TYPE: Record<QuoteKind, number> = { direct: 0, partial: 1, indirect: 2 };
const KIND_MODIFIER: Record<QuoteKind, number> = { direct: 1, partial: 2, indirect: 4 };

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TINT_TYPES], tokenModifiers: ['direct', 'partial', 'indirect'] };
if (TINT_TYPES.length !== TINT_COUNT) throw new Error('one token type per tint');

interface Token { start: number; end: number; type: number; modifiers: number }

export function getSemanticTokens(article: ParsedArticle, colorBy: SpeakerColors, token: Cancellation): SemanticTokens {
  if (colorBy === 'off') return { data: [] };
  const tints = speakerTints(article);
  const tokens: Token[] = [];
  for (const block of article.blocks) {
    if (token.isCancellationRequested) return { data: [] };
    if (block.type !== 'paragraph') continue;
    for (const q of walkQuotes(block.quotes)) {
      const tint = tints.get(q.speakerId);
      if (tint === undefined && colorBy === 'speaker') continue;
      const type = colorBy === 'kind' ? KIND_TYPE[q.kind] : tint!;
      for (const [start, end] of ownWords(q)) tokens.push({ start, end, type, modifiers: KIND_MODIFIER[q.kind] });
    }
  }
  tokens.sort((a, b) => a.start - b.start);
  return { data: encode(article, tokens) };
}

/** The quote's content without its nested quotes (which are coloured as their own speaker's). */
function ownWords(q: Quote): [number, number][] {
  const pieces: [number, number][] = [];
  let pos = q.content.start;
  for (const child of q.children) {
    if (child.start > pos) pieces.push([pos, child.start]);
    pos = Math.max(pos, child.end);
  }
  if (q.content.end > pos) pieces.push([pos, q.content.end]);
  return pieces;
}

/** LSP's relative encoding, one token per line a piece spans (tokens cannot cross lines). */
function encode(article: ParsedArticle, tokens: readonly Token[]): number[] {
  const data: number[] = [];
  const lines = article.lines;
  let lastLine = 0;
  let lastChar = 0;
  for (const t of tokens) {
    let from = t.start;
    while (from < t.end) {
      const { line, character } = lines.position(from);
      const to = Math.min(t.end, lines.lineEnd(line));
      if (to > from) {
        data.push(line - lastLine, line === lastLine ? character - lastChar : character, to - from, t.type, t.modifiers);
        lastLine = line;
        lastChar = character;
      }
      if (line + 1 >= lines.lineStarts.length) break;
      from = Math.max(to, lines.lineStarts[line + 1]);
    }
  }
  return data;
}

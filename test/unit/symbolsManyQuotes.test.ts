// The outline of a paragraph holding more quotes than V8 takes arguments: a spread into push()
// passes every element as an argument and throws past about 120,000 of them. A file of its own so
// that mutation runs can leave it out (stryker.config.mjs): it parses 150,000 quotes, seconds a
// run, for a limit of V8's rather than for behaviour a mutant could change.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import { documentSymbols } from '../support/features';
import { article, parse } from '../support/documents';

describe('document symbols of very many quotes', () => {
  const QUOTES = 150_000;
  const many = (prefix: string) => article(`${prefix}${Array.from({ length: QUOTES }, (_, i) => `[q${i}]{@a}`).join(' ')}.`, { a: 'A' });

  test('one paragraph of 150,000 quotes, grouped by section, lists every quote', () => {
    const symbols = documentSymbols(parse(many('')), 'section');
    assert.equal(symbols.filter((s) => s.kind === SymbolKind.String).length, QUOTES);
  });

  test('the same quotes under a subheading, grouped by section and by speaker', () => {
    const t = many('## Section\n\n');
    const bySection = documentSymbols(parse(t), 'section').find((s) => s.kind === SymbolKind.Namespace);
    assert.equal(bySection?.children?.length, QUOTES);
    const speaker = documentSymbols(parse(t), 'speaker').find((s) => s.kind === SymbolKind.Class);
    assert.equal(speaker?.children?.length, QUOTES);
  });
});

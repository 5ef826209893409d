// The diagnostics of quotes checked against their sources, pinned down further than
// quoteSources.test.ts: which code a quote gets, the exact message, where the diagnostic and its
// related information land, what the quick fix writes, and the front matter problems of `sources`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixesOf, NEVER_CANCELLED, type ServiceOptions, type SourceFile } from '../../server/src/service';
import { article, doc } from '../support/documents';
import { testService } from '../support/service';

const STATEMENT = [
  'Statement by the Regional Water Board, 3 March 2024.',
  '',
  'We will rebuild the Xigaze pumping station with vigor before the summer, and no household',
  'will go without water for more than two days. The cost will be met by the regional budget.',
  "We don't expect the agreement to be signed before April, but we are confident of it.",
].join('\n');

const file = (path: string, text?: string, problem?: string): SourceFile => ({ path, uri: `file:///test/${path}`, ...(text === undefined ? {} : { text }), ...(problem ? { problem } : {}) });
const STATEMENT_FILE = file('statement.txt', STATEMENT);
const CITED = '  - { file: statement.txt, speaker: wen, title: Board statement, date: 2024-03-03 }\n';
const SOURCE_CODES = ['quote-altered', 'quote-not-in-source', 'source-missing', 'front-matter-key'];

function articleText(body: string, sources = CITED) {
  return article(`BEIJING, March 4 (Xinhua) -- ${body} Wen Ming and Li Hua said.`, { wen: 'Wen Ming', li: 'Li Hua' }, `sources:\n${sources}`);
}

function check(body: string, options: Partial<ServiceOptions> = { sources: [STATEMENT_FILE] }, sources?: string) {
  const text = articleText(body, sources);
  const d = doc(text);
  const found = testService().diagnostics(d, {}, options, NEVER_CANCELLED).filter((x) => SOURCE_CODES.includes(String(x.code)));
  return { text, found, at: (x: { range: { start: import('vscode-languageserver-types').Position; end: import('vscode-languageserver-types').Position } }) => text.slice(d.offsetAt(x.range.start), d.offsetAt(x.range.end)), doc: d };
}

describe('sources: checks', () => {
  test('a modifier letter apostrophe in the quote is the source\'s apostrophe', () => {
    assert.deepEqual(check('["We don\u02bct expect the agreement to be signed before April"]{@wen}').found, []);
  });
});

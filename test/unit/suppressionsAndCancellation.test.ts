// Two ways diagnostics go missing on purpose, pinned where other tests leave gaps: a bare
// `newsmark-enable` ends every region a `newsmark-disable CODE` opened, and a cancelled request
// answers nothing (diagnostics, workspace symbols) without the empty answer being kept for the
// next request. Also `fixesOf` on a diagnostic that carries no fixes (another tool's, or an old
// client's). Written to kill mutants that `npm run mutate` left without coverage in
// diagnostics/suppressions.ts, diagnostics/toLsp.ts, features/problems.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixesOf, NEVER_CANCELLED } from '../../server/src/service';
import { article, diagnostics, doc, parse } from '../support/documents';
import { workspaceSymbols } from '../support/features';
import { testService } from '../support/service';

const QUOTED = 'He said "we will go there tomorrow night".';

test('a bare newsmark-enable ends the regions of named codes', () => {
  const text = article(`BERLIN, Sept. 27 (Xinhua) -- Text.\n\n<!-- newsmark-disable quote-unattributed dateline-missing -->\n${QUOTED}\n<!-- newsmark-enable -->\n\n${QUOTED}\n`);
  const lines = diagnostics(text).filter((d) => d.code === 'quote-unattributed').map((d) => d.range.start.line);
  assert.deepEqual(lines, [12], "only the quote after the region");
});

test('a cancelled diagnostics request answers nothing, and the next one answers in full', () => {
  const service = testService();
  const d = doc(article(`BERLIN, Sept. 27 (Xinhua) -- Text.\n\n${QUOTED}\n`));
  assert.deepEqual(service.diagnostics(d, {}, {}, { isCancellationRequested: true }), []);
  assert.deepEqual(service.diagnostics(d, {}, {}, NEVER_CANCELLED).map((x) => x.code), ['quote-unattributed']);
});

test('a cancelled workspace symbol search answers nothing', () => {
  const a = parse(article('Chen said [talks go on]{@chen}.', { chen: 'Chen Wenqing' }));
  assert.equal(workspaceSymbols([a], '').length, 2);
  assert.deepEqual(workspaceSymbols([a], '', { isCancellationRequested: true }), []);
});

test('fixesOf a diagnostic without fix data is empty', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  assert.deepEqual(fixesOf({ range, message: 'm' }), []);
  assert.deepEqual(fixesOf({ range, message: 'm', data: { other: 1 } }), []);
});

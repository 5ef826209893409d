import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SymbolKind, type Location } from 'vscode-languageserver-types';
import { fuzzyMatcher } from '../../server/src/service/features/workspaceSymbols';
import { workspaceSymbols } from '../support/features';
import { article, doc, example } from '../support/documents';
import { testService } from '../support/service';

describe('workspace symbols', () => {
  // Parsed in the describe body, not at the file's top: see test/mutation/nodeTestOnMocha.cjs.
  const service = testService();
  const berlin = service.parse(doc(example('berlin-security-dialogue.news'), 'file:///news/berlin-security-dialogue.news'));
  const kansas = service.parse(doc(example('ap-kansas-city-storm.news'), 'file:///news/ap-kansas-city-storm.news'));
  const untitled = service.parse(doc('[Words of a speaker]{@ann}', 'file:///news/drafts/untitled%20draft.news'));
  const all = [berlin, kansas, untitled];

  test('speakers with the article headline as container, pointing at their id', () => {
    const found = workspaceSymbols(all, 'chen wen');
    const chen = found.find((s) => s.kind === SymbolKind.Class);
    assert.ok(chen);
    assert.equal(chen.name, 'Chen Wenqing');
    assert.equal(chen.containerName, berlin.frontMatter?.headline?.value);
    assert.deepEqual(chen.location, { uri: berlin.uri, range: { start: { line: 5, character: 2 }, end: { line: 5, character: 6 } } });
  });

  test('quotes by their opening words, with the speaker name as container', () => {
    const found = workspaceSymbols(all, 'tornado that touched');
    assert.deepEqual(found.map((s) => [s.name, s.kind, s.containerName]), [
      ['A tornado that touched down late Tuesday in…', SymbolKind.String, 'Kansas City Fire Department'],
    ]);
    assert.equal((found[0].location as Location).uri, kansas.uri);
  });

  test('a case-insensitive subsequence of the query matches', () => {
    const names = workspaceSymbols(all, 'CWQ').map((s) => s.name);
    assert.ok(names.includes('Chen Wenqing'));
    assert.ok(workspaceSymbols(all, 'wolfschm').some((s) => s.name === 'Wolfgang Schmidt'));
    assert.ok(workspaceSymbols(all, 'reyes').some((s) => s.name === 'Tamara Reyes'));
    assert.deepEqual(workspaceSymbols(all, 'zzzzqx'), []);
  });

  test('speakers come before quotes; a speaker is found by its id too', () => {
    const found = workspaceSymbols(all, '');
    const firstQuote = found.findIndex((s) => s.kind === SymbolKind.String);
    assert.ok(firstQuote > 0);
    assert.ok(found.slice(firstQuote).every((s) => s.kind === SymbolKind.String));
    assert.equal(found.slice(0, firstQuote).length, 2 + 5);
    assert.ok(workspaceSymbols(all, 'kcfd').some((s) => s.name === 'Kansas City Fire Department'));
  });

  test('an article without a headline is named by its file; an undefined speaker by its id', () => {
    const quote = workspaceSymbols([untitled], 'words').find((s) => s.kind === SymbolKind.String);
    assert.equal(quote?.containerName, '@ann');
    const t = service.parse(doc(article('[Hi]{@ann}', { ann: 'Ann Lee' }).replace('headline: Test headline\n', ''), 'file:///news/my%20story.news'));
    assert.equal(workspaceSymbols([t], 'ann lee')[0].containerName, 'my story.news');
  });

  test('results are capped', () => {
    assert.equal(workspaceSymbols(all, '', undefined, 5).length, 5);
    assert.ok(workspaceSymbols(all, '').length <= 500);
  });

  test('a cancelled request returns nothing', () => {
    assert.deepEqual(workspaceSymbols(all, '', { isCancellationRequested: true }), []);
  });
});

describe('fuzzyMatcher', () => {
  test('subsequence, case-insensitive, spaces ignored, empty matches all', () => {
    const m = fuzzyMatcher('Ch Wq');
    assert.equal(m('Chen Wenqing'), true);
    assert.equal(m('Wenqing Chen'), false);
    assert.equal(fuzzyMatcher('')('anything'), true);
    assert.equal(fuzzyMatcher('abc')('ab'), false);
  });
});

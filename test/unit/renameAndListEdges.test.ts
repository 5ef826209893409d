// Rename, references, code lens, folding, fix-all passes and workspace symbols at their edges:
// what a rename accepts and why it refuses, references without front matter, the order of the
// locations a code lens shows, folding ranges in line order, how many passes fix-all makes, and
// the limits, cancellation and container names of workspace symbols. Written for mutants
// `npm run mutate` left alive in server/src/service/features/.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import type { Finding } from '../../server/src/service/diagnostics/finding';
import { fixAllText } from '../../server/src/service/features/fixAll';
import { parse } from '../support/documents';
import { codeLenses, documentSymbols, foldingRanges, prepareRename, references, renameEdits, workspaceSymbols } from '../support/features';

const at = (line: number, character: number) => ({ line, character });

describe('rename: what it accepts and why it refuses', () => {
  const TEXT = ['---', 'speakers:', '  chen:', '    name: Chen Wenqing', '  ma:', '    kind: organization', '---', '', '[We will win]{@chen}, Wenqing said. [Go]{@x} and [Stop]{@x}.', ''].join('\n');
  const ON_CHEN_KEY = at(2, 3);

  test('the new id may be typed with "@" and blanks around it; an "@" inside is no id', () => {
    const a = parse(TEXT);
    const edits = renameEdits(a, ON_CHEN_KEY, ' @wang ').edit?.changes?.[a.uri] ?? [];
    assert.deepEqual(edits.map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[2, 2, 'wang'], [8, 15, 'wang']]);
    assert.match(renameEdits(a, ON_CHEN_KEY, 'wa@ng').error ?? '', /^"wa@ng" is not a valid speaker id/);
  });

  test('on a mention or the entry\'s name the error says where the id is; no rename is prepared there', () => {
    const a = parse(TEXT);
    for (const position of [at(8, 24), at(3, 12)]) {
      assert.match(renameEdits(a, position, 'wang').error ?? '', /^Only the speaker id can be renamed: place the cursor on "@chen" or on the "chen:" key/);
    }
    assert.equal(prepareRename(a, at(3, 12)), null);
    assert.equal(prepareRename(a, at(2, 7)), null, 'after the key\'s colon');
    assert.equal(prepareRename(a, at(2, 6))?.placeholder, 'chen', 'at the end of the key');
  });

  test('no merge: into a speaker without a name, or into the id of one quote or of several', () => {
    const a = parse(TEXT);
    assert.equal(renameEdits(a, ON_CHEN_KEY, 'ma').error, '"ma" is already the id of another speaker: choose another id.');
    assert.match(renameEdits(a, ON_CHEN_KEY, 'x').error ?? '', /^"x" is already used by 2 quotes \(not in the front matter\): renaming would attribute them to this speaker/);
    const one = parse(TEXT.replace(' and [Stop]{@x}', ''));
    assert.match(renameEdits(one, ON_CHEN_KEY, 'x').error ?? '', /^"x" is already used by 1 quote \(not in the front matter\): renaming would attribute it to this speaker/);
  });

  test('references of an id in an article without front matter: its quotes', () => {
    const a = parse('[We will win]{@chen}, Chen said.\n');
    assert.deepEqual(references(a, at(0, 16), true).map((l) => [l.range.start.character, l.range.end.character]), [[15, 19]]);
  });
});

describe('outline: the dateline symbol', () => {
  test('spans the dateline and selects its place', () => {
    const a = parse(['---', 'headline: Talks', '---', '', 'BERLIN, Sept. 27 (Xinhua) -- Talks began.', ''].join('\n'));
    const dateline = documentSymbols(a, 'section').find((s) => s.range.start.line === 4);
    assert.deepEqual([dateline?.range, dateline?.selectionRange], [
      { start: { line: 4, character: 0 }, end: { line: 4, character: 28 } },
      { start: { line: 4, character: 0 }, end: { line: 4, character: 6 } },
    ]);
  });
});

describe('code lens, folding and fix-all passes', () => {
  test('the code lens lists a speaker\'s quotes in document order, an outer quote before the one inside it', () => {
    const a = parse(['---', 'speakers:', '  chen:', '    name: Chen Wenqing', '---', '', '[We said [no]{@chen} twice]{@chen}, Chen said.', ''].join('\n'));
    const [lens] = codeLenses(a);
    const locations = lens.command?.arguments?.[2] as { range: { start: { character: number }; end: { character: number } } }[];
    assert.deepEqual(locations.map((l) => [l.range.start.character, l.range.end.character]), [[0, 34], [9, 20]]);
  });

  test('folding ranges come in line order, a section before a comment inside it', () => {
    assert.deepEqual(foldingRanges(parse('# H\n\ntext\n\n<!-- a\nb -->\n')), [{ startLine: 0, endLine: 5 }, { startLine: 4, endLine: 5, kind: 'comment' }]);
  });

  test('fix-all stops after the pass that changes nothing, and after maxPasses at the latest', () => {
    const prefix: Finding = { code: 'quote-empty', start: 0, end: 0, message: '', fixes: [{ title: 'x', preferred: true, edits: [{ start: 0, end: 0, newText: 'x' }] }] };
    const passes: number[] = [];
    const endless = fixAllText('.', (_text, pass) => { passes.push(pass); return [prefix]; }, 3);
    assert.deepEqual(endless, { text: 'xxx.', applied: 3 });
    assert.deepEqual(passes, [0, 1, 2]);
    passes.length = 0;
    const once = fixAllText('.', (text, pass) => { passes.push(pass); return text.startsWith('x') ? [] : [prefix]; }, 5);
    assert.deepEqual(once, { text: 'x.', applied: 1 });
    assert.deepEqual(passes, [0, 1]);
  });
});

describe('workspace symbols: limits, cancellation, container names', () => {
  const article = (uri: string, headline?: string) => parse([
    '---', ...(headline === undefined ? [] : [`headline: ${headline}`]), 'speakers:', '  chen:', '    name: Chen Wenqing', '---', '',
    '[One quote here]{@chen}, Chen said. [Two quote here]{@chen}. [Three quote here]{@chen}.', '',
  ].join('\n'), uri);

  test('the limit counts speakers and quotes together; 0 gives nothing', () => {
    const a = article('file:///news/a.news', 'Talks');
    assert.deepEqual(workspaceSymbols([a], '', undefined, 3).map((s) => s.name), ['Chen Wenqing', 'One quote here', 'Two quote here']);
    assert.deepEqual(workspaceSymbols([a], '', undefined, 0), []);
  });

  test('a cancelled request answers nothing', () => {
    const a = article('file:///news/a.news', 'Talks');
    assert.deepEqual(workspaceSymbols([a], '', { isCancellationRequested: true }), []);
  });

  test('the container is the headline, else the file name (as written when it is no valid escape)', () => {
    const containers = (uri: string, headline?: string) => workspaceSymbols([article(uri, headline)], '').filter((s) => s.kind === SymbolKind.Class).map((s) => s.containerName);
    assert.deepEqual(containers('file:///news/a.news', 'Talks'), ['Talks']);
    assert.deepEqual(containers('file:///news/blank%20headline.news', '"   "'), ['blank headline.news']);
    assert.deepEqual(containers('file:///news/bad%E0.news'), ['bad%E0.news']);
  });
});

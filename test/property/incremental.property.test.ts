// Differential test of the incremental parser (issue 13, item 13): a document typed keystroke by
// keystroke into one service (which re-parses from the last version, re-uses blocks and caches
// paragraph findings) must give, at every version, the tree, the diagnostics and the published
// text that a fresh service gives for the same text. The typing mixes words, paragraph breaks,
// subheadings, comments opened and closed (a subheading that opens a comment was the bug), quote
// markup and edits of the front matter, at random places, with backspaces and pasted pieces.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clampingDocuments } from '../../server/src/lsp/documentSync';
import { lineLogger, NEVER_CANCELLED, type ParsedArticle } from '../../server/src/service';
import { allQuotes, paragraphsOf, quotesBySpeaker } from '../../server/src/service/syntax';
import { doc } from '../support/documents';
import { testService } from '../support/service';
import { propertyParameters } from './parameters';

const START = [
  '',
  '# <!--\n\n',
  '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  chen: Chen Wenqing\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen}.\n\n## Aftermath\n\n"We will see," he said.\n',
  'BEIJING, Sept. 28 (Xinhua) -- Words.\n\n<!-- a note -->\n\n### Later\nMore words.\n',
];

// What a writer types: words, breaks, subheadings, comment delimiters, quote markup, front matter.
const TYPED = ['x', 'Text', ' ', '\n', '\n\n', '\r\n', '# ', '## Aftermath ', '### ', '<!--', '-->', '<!-- note -->', '[', ']{@chen}', '"',
  '“Quoted words here,” she said.', 'Chen Wenqing', 'BERLIN, Sept. 27 (Xinhua) -- ', '---\n', 'headline: ', 'speakers:\n  chen: Chen Wenqing\n', 'date: 2023-09-27\n', '...', '\\', '\r'];

// Where an action happens, as a share of the text: fc.double draws uniformly among doubles, so
// nearly all of its values are near 0 (the start of the text, which parses whole); the uniform
// share reaches the paragraphs below, which parse incrementally.
const at = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.noBias(fc.integer({ min: 0, max: 1 << 20 })).map((n) => n / (1 << 20)));

const action = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at, text: fc.constantFrom(...TYPED) }),
  fc.record({ kind: fc.constant('paste' as const), at, text: fc.constantFrom(...TYPED) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 12 }) }),
  // Typing at the start of a line: a paragraph that now opens (or no longer opens) with a
  // quotation mark changes the findings of the paragraph before it, which was not edited.
  fc.record({ kind: fc.constant('line' as const), at, text: fc.constantFrom('"', '“Quoted words here,” she said.', '[We are ready]{@chen} ', 'Chen Wenqing said ') }),
);

/** The texts a sequence of actions goes through: one version per keystroke when typing. */
function versions(start: string, actions: { kind: string; at: number; text?: string; length?: number }[]): string[] {
  const out: string[] = [];
  let text = start;
  for (const a of actions) {
    let at = Math.floor(a.at * (text.length + 1));
    if (a.kind === 'line') at = lineStartNear(text, at);
    if (a.kind === 'delete') {
      text = text.slice(0, at) + text.slice(at + a.length!);
      out.push(text);
    } else if (a.kind === 'paste') {
      text = text.slice(0, at) + a.text! + text.slice(at);
      out.push(text);
    } else {
      for (const ch of a.text!) {
        text = text.slice(0, at) + ch + text.slice(at);
        at++;
        out.push(text);
      }
    }
  }
  return out;
}

/** The start of the line that holds `at`. */
function lineStartNear(text: string, at: number): number {
  while (at > 0 && text[at - 1] !== '\n') at--;
  return at;
}

/** The tree as plain data, without the text and the line index. */
function plain(a: ParsedArticle): unknown {
  const rest: Partial<ParsedArticle> = { ...a };
  delete rest.text;
  delete rest.lines;
  delete rest.uri;
  delete rest.version;
  // The quote list the document-wide checks walk: after an edit, joined from the last tree's.
  (rest as { quoteList?: unknown }).quoteList = [...allQuotes(a)];
  (rest as { quotesBySpeaker?: unknown }).quotesBySpeaker = [...quotesBySpeaker(a)].sort();
  (rest as { paragraphs?: unknown }).paragraphs = paragraphsOf(a);
  return JSON.parse(JSON.stringify(rest, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v)));
}

describe('incremental parse = fresh parse over random typing (issue 13, item 13)', () => {
  test('tree, diagnostics and published text agree at every keystroke', () => {
    fc.assert(fc.property(fc.constantFrom(...START), fc.array(action, { minLength: 1, maxLength: 14 }), (start, actions) => {
      const typed = testService();
      const uri = 'file:///test/typed.news';
      typed.diagnostics(doc(start, uri, 0), {}, {}, NEVER_CANCELLED);
      versions(start, actions).forEach((text, k) => {
        const edited = doc(text, uri, k + 1);
        const fresh = testService();
        const opened = doc(text, 'file:///test/opened.news', 1);
        assert.deepEqual(plain(typed.parse(edited) as ParsedArticle), plain(fresh.parse(opened) as ParsedArticle), `tree of ${JSON.stringify(text)}`);
        assert.deepEqual(typed.diagnostics(edited, {}, {}, NEVER_CANCELLED), fresh.diagnostics(opened, {}, {}, NEVER_CANCELLED), `diagnostics of ${JSON.stringify(text)}`);
        assert.equal(typed.strip(edited, {}, {}, NEVER_CANCELLED), fresh.strip(opened, {}, {}, NEVER_CANCELLED), `strip of ${JSON.stringify(text)}`);
      });
    }), propertyParameters(150));
  });

  // Issue 9: the per-paragraph findings cache and the document-wide checks' per-tree lists. Every
  // paragraph here has findings of its own (a loaded verb, unattributed words, an unknown speaker,
  // an unclosed mark, a review note), so that findings moved with an untouched paragraph are
  // compared too; the options change between versions (the cache's context key), and some
  // versions are never checked, so a check follows several edits at once.
  test('per-paragraph findings re-used after edits equal a fresh check, options changing', () => {
    const withFindings = [
      '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  chen: Chen Wenqing\n  bob: Bob Smith\n---\n',
      'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen}, Chen claimed.',
      '"These words are not attributed to anyone," a man said.',
      // A quote left open before a subheading: whether it may run on depends on the paragraph
      // after the subheading, which an edit there changes without re-splitting this one.
      'Bob Smith said [“this never closes]{@bob}.',
      '## Aftermath',
      'He said [it]{@nobody} and [more]{@chen} <!-- newsmark-review: speaker, or @bob -->',
      '"Short one," and "another quoted phrase of five words" here.',
    ].join('\n\n') + '\n';
    const OPTIONS = [{}, { unattributedMinWords: 2 }, { rules: { 'quote-cue-verb': 'error' as const } }, { unattributedMinWords: 6 }];
    fc.assert(fc.property(fc.array(action, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(OPTIONS.length - 1), { minLength: 40, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (actions, optionPicks, checked) => {
      const typed = testService();
      const uri = 'file:///test/findings.news';
      typed.diagnostics(doc(withFindings, uri, 0), {}, {}, NEVER_CANCELLED);
      versions(withFindings, actions).forEach((text, k) => {
        if (!checked[k % checked.length]) return;
        const options = OPTIONS[optionPicks[k % optionPicks.length]];
        // Another service, same uri: some fixes name the document.
        const fresh = testService();
        const opened = doc(text, uri, 1);
        assert.deepEqual(typed.diagnostics(doc(text, uri, k + 1), {}, options, NEVER_CANCELLED), fresh.diagnostics(opened, {}, options, NEVER_CANCELLED), `diagnostics of ${JSON.stringify(text)} with ${JSON.stringify(options)}`);
        // The tree too: mentions and quotes kept after an edit above them (here `Bob Smith` opens a paragraph).
        assert.deepEqual(plain(typed.parse(doc(text, uri, k + 1)) as ParsedArticle), plain(fresh.parse(opened) as ParsedArticle), `tree of ${JSON.stringify(text)}`);
      });
    }), propertyParameters(100));
  });

  // Issue 9: the server tells the parse what its change ranges kept (lsp/documentSync.ts); the
  // extent must be right for one change and for several applied one after the other.
  test('the edit extents of the server\'s documents give the same trees and diagnostics', () => {
    const change = fc.record({ at, length: fc.integer({ min: 0, max: 8 }), text: fc.constantFrom('', ...TYPED) });
    fc.assert(fc.property(fc.constantFrom(...START), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 }), (start, updates) => {
      const documents = clampingDocuments(lineLogger((line) => assert.fail(line)));
      const uri = 'file:///test/ranges.news';
      const typed = testService();
      let server = documents.create(uri, 'newsmark', 1, start);
      typed.diagnostics(server, {}, {}, NEVER_CANCELLED);
      for (const changes of updates) {
        // Each change's range is in the text the changes before it left (a scratch copy follows them).
        let scratch = TextDocument.create(uri, 'newsmark', 0, server.getText());
        const events = changes.map((c) => {
          const length = scratch.getText().length;
          const from = Math.floor(c.at * (length + 1));
          const event = { range: { start: scratch.positionAt(from), end: scratch.positionAt(Math.min(length, from + c.length)) }, text: c.text };
          scratch = TextDocument.update(scratch, [event], scratch.version + 1);
          return event;
        });
        server = documents.update(server, events, server.version + 1);
        const text = server.getText();
        assert.equal(text, scratch.getText());
        const fresh = testService();
        const opened = doc(text, uri, 1);
        assert.deepEqual(plain(typed.parse(server) as ParsedArticle), plain(fresh.parse(opened) as ParsedArticle), `tree of ${JSON.stringify(text)}`);
        assert.deepEqual(typed.diagnostics(server, {}, {}, NEVER_CANCELLED), fresh.diagnostics(opened, {}, {}, NEVER_CANCELLED), `diagnostics of ${JSON.stringify(text)}`);
      }
    }), propertyParameters(100));
  });

  // The three minimal inputs of the issue, and what the property found after them: a first line
  // or a closing fence without its line break still changes as one types.
  for (const [before, after] of [
    ['--', '---'],
    ['---\nheadline: H\n---', '---\nheadline: H\n---x'],
    ['---\nheadline: H\n---\r', '---\nheadline: H\n---\r\n'],
    ['# <!--\n\n', '# <!--\n\nx'],
    ['# <!--\n-->\n ', '# <!--\n-->\n'],
    // Issue 9: a quote left open before a subheading may run on into the paragraph after it.
    ['---\nheadline: H\ndate: 2023-09-28\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Words.\n\nHe said [“this never closes]{@x}.\n\n## Aftermath\n\nOn.\n', '---\nheadline: H\ndate: 2023-09-28\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Words.\n\nHe said [“this never closes]{@x}.\n\n## Aftermath\n\n"On.\n'],
    ['---\nheadline: H\ndate: 2023-09-28\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Words.\n\n## Aftermath <!--\n\n', '---\nheadline: H\ndate: 2023-09-28\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Words.\n\n## Aftermath <!--\n\n"Some quoted words were typed here," and on.'],
  ]) {
    test(`${JSON.stringify(before)} edited to ${JSON.stringify(after)} equals a fresh open`, () => {
      const typed = testService();
      const uri = 'file:///test/minimal.news';
      typed.diagnostics(doc(before, uri, 1), {}, {}, NEVER_CANCELLED);
      const fresh = testService();
      const opened = doc(after, 'file:///test/opened.news', 1);
      assert.deepEqual(plain(typed.parse(doc(after, uri, 2)) as ParsedArticle), plain(fresh.parse(opened) as ParsedArticle));
      assert.deepEqual(typed.diagnostics(doc(after, uri, 2), {}, {}, NEVER_CANCELLED), fresh.diagnostics(opened, {}, {}, NEVER_CANCELLED));
      assert.equal(typed.strip(doc(after, uri, 2), {}, {}, NEVER_CANCELLED), fresh.strip(opened, {}, {}, NEVER_CANCELLED));
    });
  }
});

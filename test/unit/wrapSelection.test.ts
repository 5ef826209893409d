// "Mark as quote by ..." on a selection: which selections can be wrapped in `[...]{@id}` (escaped
// brackets and backslashes, unbalanced brackets, a selection inside or cutting a comment, a
// selection made backwards) and the id of a third new speaker. Written to kill mutants that
// `npm run mutate` left without coverage in features/codeActions.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MARK_AS_QUOTE_KIND } from '../../server/src/protocol';
import { DEFAULT_OPTIONS } from '../../server/src/service';
import { applyTextEdits } from '../support/serviceCalls';
import { article, diagnostics, parse } from '../support/documents';
import { codeActions } from '../support/features';

const SPEAKERS = { chen: 'Chen Wenqing' };

/** The "Mark as quote" actions on the selection from `from` to the end of `to` (backwards if asked). */
function wrapActions(text: string, from: string, to = from, backwards = false) {
  const a = parse(text);
  const s = text.indexOf(from);
  const e = text.indexOf(to, s) + to.length;
  assert.ok(s >= 0 && e > s, `"${from}" … "${to}" in the text`);
  const start = a.lines.position(s);
  const end = a.lines.position(e);
  const range = backwards ? { start: end, end: start } : { start, end };
  return codeActions(a, range, { diagnostics: [] }, DEFAULT_OPTIONS).filter((x) => x.kind === MARK_AS_QUOTE_KIND);
}

/** The text after the "Mark as quote by Chen Wenqing" action. */
function wrappedByChen(text: string, from: string, to?: string, backwards = false): string {
  const action = wrapActions(text, from, to, backwards).find((x) => x.title === 'Mark as quote by Chen Wenqing');
  assert.ok(action, 'a Mark as quote by Chen Wenqing action');
  return applyTextEdits(text, Object.values(action.edit!.changes!)[0]);
}

test('a selection made backwards wraps the same words', () => {
  const text = article('Chen said talks will go on.', SPEAKERS);
  assert.match(wrappedByChen(text, 'talks', 'on', true), /said \[talks will go on\]\{@chen\}\./);
});

test('whitespace at the ends of the selection is left out', () => {
  const text = article('Officials said talks will go on xy.', SPEAKERS);
  assert.match(wrappedByChen(text, ' talks', 'on '), /said \[talks will go on\]\{@chen\} xy\./);
});

test('the first word of a body without blank line after the front matter', () => {
  const text = article('Officials said talks will go on.', SPEAKERS).replace('---\n\n', '---\n');
  assert.match(wrappedByChen(text, 'Officials', 'talks'), /---\n\[Officials said talks\]\{@chen\} will/);
});

test('not across a paragraph and the subheading right under it', () => {
  assert.deepEqual(wrapActions(article('Officials said talks will go on.\n## Next steps\n\nMore.', SPEAKERS), 'go on.', '## Next'), []);
});

test('escaped brackets inside the selection are words; a backslash at either edge forbids the wrap', () => {
  const text = article('Chen said talks \\] will go \\[on\\.', SPEAKERS);
  assert.match(wrappedByChen(text, 'talks', 'go'), /said \[talks \\\] will go\]\{@chen\} /);
  assert.match(wrappedByChen(text, 'talks', '\\[on\\.'), /said \[talks \\\] will go \\\[on\\\.\]\{@chen\}$/);
  // `[` + `go \` + `]` would escape the closing bracket; `\` + `[` would escape the opening one.
  assert.deepEqual(wrapActions(text, 'go \\'), []);
  assert.deepEqual(wrapActions(text, '[on'), []);
});

test('an unbalanced bracket in the selection forbids the wrap', () => {
  assert.deepEqual(wrapActions(article('Chen said talks] will go on.', SPEAKERS), 'talks', 'go'), []);
  assert.deepEqual(wrapActions(article('Chen said talks [will go on.', SPEAKERS), 'talks', 'go'), []);
});

test('a selection that cuts a comment or lies inside one forbids the wrap; one holding it wraps', () => {
  const text = article('Chen said <!-- a note --> talks will go on.', SPEAKERS);
  assert.deepEqual(wrapActions(text, 'note', 'talks'), []);
  assert.deepEqual(wrapActions(text, 'said', 'note'), []);
  assert.deepEqual(wrapActions(text, 'a note'), []);
  // `<!-- a [note -->]{@chen}` would be broken markup.
  assert.deepEqual(wrapActions(text, 'note -->'), []);
  assert.match(wrappedByChen(text, 'said', 'talks'), /\[said <!-- a note --> talks\]\{@chen\}/);
  // Holding it from its first character, or to its last; or apart from it, also touching it.
  assert.match(wrappedByChen(text, '<!--', 'talks'), /said \[<!-- a note --> talks\]\{@chen\} will/);
  assert.match(wrappedByChen(text, 'said', '-->'), /Chen \[said <!-- a note -->\]\{@chen\} talks/);
  assert.match(wrappedByChen(text, 'talks', 'on'), /--> \[talks will go on\]\{@chen\}\./);
  const touching = article('Officials said<!-- a note -->talks will go on.', SPEAKERS);
  assert.match(wrappedByChen(touching, 'talks', 'on'), /-->\[talks will go on\]\{@chen\}\./);
  assert.match(wrappedByChen(touching, 'Officials', 'said'), /\[Officials said\]\{@chen\}<!--/);
});

test('a selection beside a quote, touching it, or on the first words inside it, wraps', () => {
  const text = article('Officials said:[talks will go on]{@chen}, he said.', SPEAKERS);
  assert.match(wrappedByChen(text, 'Officials', 'said:'), /^\[Officials said:\]\{@chen\}\[talks/m);
  assert.match(wrappedByChen(text, ', he', 'said.'), /\{@chen\}\[, he said\.\]\{@chen\}$/);
  // From inside the attribution to past the quote: it cuts the quote's markup.
  assert.deepEqual(wrapActions(text, 'chen}, he'), []);
  // From the quote's first word: a nested quote.
  assert.match(wrappedByChen(text, 'talks will'), /:\[\[talks will\]\{@chen\} go on\]\{@chen\}/);
});

test('with new-speaker and new-speaker-2 taken, the new speaker is new-speaker-3', () => {
  const text = article('He said the talks would go on.', { 'new-speaker': 'New Speaker', 'new-speaker-2': 'Other Speaker' });
  const actions = wrapActions(text, 'the talks', 'on');
  const out = applyTextEdits(text, Object.values(actions[actions.length - 1].edit!.changes!)[0]);
  assert.match(out, /\[the talks would go on\]\{@new-speaker-3\}/);
  assert.match(out, /\n {2}new-speaker-3:\n {4}name: "New Speaker 3"\n/);
});

test('the kinds asked for: each of several, by prefix only up to a dot; nothing when the selection cannot be wrapped', () => {
  const text = article('Officials said talks will go on.', SPEAKERS);
  const a = parse(text);
  const s = text.indexOf('talks');
  const range = { start: a.lines.position(s), end: a.lines.position(s + 'talks will'.length) };
  const unattributed = { range, message: 'm', source: 'newsmark', code: 'quote-unattributed' }; // a diagnostic sent: quick fixes would be looked for
  const kinds = (only: string[] | undefined, r = range) => codeActions(a, r, only ? { diagnostics: [unattributed], only } : { diagnostics: [] }, DEFAULT_OPTIONS).map((x) => x.kind);
  assert.deepEqual(kinds(['quickfix', 'refactor']).filter((k) => k === 'refactor.rewrite.newsmark.markAsQuote').length, 2);
  assert.deepEqual(kinds(['quick']), []);
  assert.deepEqual(kinds(['refac']), []);
  assert.ok(!kinds(['refactor']).includes('quickfix'), 'no quick fix unasked');
  // A selection in the front matter: no action at all.
  const inFrontMatter = { start: a.lines.position(text.indexOf('Test headline')), end: a.lines.position(text.indexOf('Test headline') + 4) };
  assert.deepEqual(kinds(undefined, inFrontMatter), []);
  // Exactly the mark-as-quote actions, nothing else, when only they are asked for.
  const only = codeActions(a, range, { diagnostics: [], only: ['refactor.rewrite.newsmark.markAsQuote'] }, DEFAULT_OPTIONS);
  assert.deepEqual(only.map((x) => x.title), ['Mark as quote by Chen Wenqing', 'Mark as quote by new speaker…']);
});

test('quick fixes only when asked for', () => {
  const text = article('WASHINGTON, Aug 3 (AP) — Text.');
  const a = parse(text);
  const month = diagnostics(text).find((d) => d.code === 'dateline-month-style');
  assert.ok(month);
  const kinds = (only: string[]) => codeActions(a, month.range, { diagnostics: [month], only }, DEFAULT_OPTIONS).map((x) => x.kind);
  assert.ok(kinds(['quickfix']).includes('quickfix'));
  assert.ok(!kinds(['refactor']).includes('quickfix'));
});

/** The mark-as-quote titles for the selection from `from` (searched after the front matter) to the end of `to` in `text`. */
function offered(text: string, from: string, to = from, options = {}): string[] {
  const a = parse(text);
  const s = text.indexOf(from, text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0);
  const e = text.indexOf(to, s) + to.length;
  assert.ok(s >= 0 && e > s, `"${from}" … "${to}" in the text`);
  const range = { start: a.lines.position(s), end: a.lines.position(e) };
  return codeActions(a, range, { diagnostics: [] }, { ...DEFAULT_OPTIONS, ...options }).filter((x) => x.kind === MARK_AS_QUOTE_KIND).map((x) => x.title);
}

test('which selections are words to quote: whole words, at the very start and end of the text too, beside a comment or a stray {@id}', () => {
  const WANJIRU = { wanjiru: 'Grace Wanjiru' };
  const BY_WANJIRU = ['Mark as quote by Grace Wanjiru', 'Mark as quote by new speaker…'];
  const BY_NEW = ['Mark as quote by new speaker…'];
  const cases: [text: string, from: string, to: string, titles: string[]][] = [
    // A word cut one letter before its end, or punctuation alone (with a word right after it).
    [article('Kenya will hold talks next week.', WANJIRU), 'will hol', 'will hol', []],
    [article('The talks -- went on.', WANJIRU), '--', '--', []],
    [article('The talks --went on.', WANJIRU), '--', '--', []],
    // The only letter of the selection right after a comment it holds.
    [article('Officials said <!-- a note -->a few words.', WANJIRU), '<!--', '-->a', BY_WANJIRU],
    // No front matter: the text's first word, a one-letter word, and the text's last word.
    ['A talk went on.', 'A', 'A', BY_NEW],
    ['A talk went on.', 'A talk', 'A talk', BY_NEW],
    ['A talk went on', 'went', 'on', BY_NEW],
    // Words touching a stray `{@id}` on either side, and words around an empty quote.
    [article('Talks{@wanjiru}went on.', WANJIRU), 'Talks', 'Talks', BY_WANJIRU],
    [article('Talks{@wanjiru}went on.', WANJIRU), 'went', 'on', BY_WANJIRU],
    [article('Talks{@wanjiru}went on.', WANJIRU), 'Talks{', 'went', []],
    [article('It went on. [ ]{@wanjiru} said more.', WANJIRU), 'on.', 'said', BY_WANJIRU],
    // Ending between a quote's words and its speaker: it cuts the quote.
    [article('Chen said [both sides should talk]{@wanjiru} more.', WANJIRU), 'said', 'talk]', []],
  ];
  for (const [text, from, to, titles] of cases) assert.deepEqual(offered(text, from, to), titles, `${from} … ${to} in ${JSON.stringify(text.slice(text.lastIndexOf('---') + 4))}`);
});

test('of the registry, only the speakers the article quotes or mentions are offered', () => {
  const registry = { uri: 'file:///ws/speakers.yaml', text: 'chen:\n  name: Chen Wenqing\nschmidt:\n  name: Wolfgang Schmidt\nmueller:\n  name: Anna Mueller\n' };
  const text = article('[We are ready]{@chen}, she said. Schmidt agreed and talks went on.', { wanjiru: 'Grace Wanjiru' });
  assert.deepEqual(offered(text, 'talks', 'on', { registry }), [
    'Mark as quote by Grace Wanjiru',
    'Mark as quote by Chen Wenqing',
    'Mark as quote by Wolfgang Schmidt',
    'Mark as quote by new speaker…',
  ]);
});

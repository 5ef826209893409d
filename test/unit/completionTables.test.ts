// Completion, position by position, as tables of what is offered and what each item's edit
// replaces: speaker ids (after `{@` and `]{`, not after an e-mail's `@` or an escaped bracket,
// ids up to 64 characters), front matter keys (first, last and unclosed lines, comments and blank
// lines in a speaker map, a speaker id equal to a top-level key, a speaker in short form), values
// of `kind:` and `agency:` (where they count as such), the dateline (which words, how far, after
// what), and the details, documentation and sort order of agencies and months. Written to kill
// mutants that survived `npm run mutate` in features/completion.ts (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { parse } from '../support/documents';
import { completions } from '../support/features';

/** The items at the `|` of `text`, each as `label[replaced>newText]`, space-separated. */
function offered(textWithCursor: string): string {
  return items(textWithCursor).map(({ item, replaced }) => `${item.label}[${replaced}>${(item.textEdit as TextEdit).newText}]`).join(' ');
}

function items(textWithCursor: string): { item: CompletionItem; replaced: string }[] {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0);
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const a = parse(text);
  return completions(a, a.lines.position(offset)).items.map((item) => {
    const e = item.textEdit as TextEdit;
    return { item, replaced: text.slice(a.lines.offset(e.range.start), a.lines.offset(e.range.end)) };
  });
}

const labels = (textWithCursor: string) => items(textWithCursor).map((x) => x.item.label);

const SPEAKERS = '---\nheadline: H\nspeakers:\n  chen:\n    name: Chen Wenqing\n    role: minister\n    org: CPC\n  lee:\n    name: Lee\n    kind: group\n---\n\n';
const body = (text: string) => SPEAKERS + text;

describe('speaker ids', () => {
  test('after ]{ (also before a closing brace), not after {, ]] or an escaped ]', () => {
    assert.equal(offered(body('He said [x]{|')), 'chen[>@chen}] lee[>@lee}]');
    assert.equal(offered(body('He said [x]{|}')), 'chen[>@chen] lee[>@lee]');
    assert.equal(offered(body('He said [x]{|@chen}')), '');
    assert.equal(offered(body('He said x{|')), '');
    assert.equal(offered(body('He said [x]]|')), '');
    assert.equal(offered(body('He said [x\\]{|')), '');
    // A comment right after the cursor is not one the cursor is in.
    assert.equal(offered(body('He said [x]{|<!-- note -->')), 'chen[>@chen}] lee[>@lee}]');
    // The edit is an insertion at the cursor.
    const text = body('He said [x]{');
    const a = parse(text);
    const [chen] = completions(a, a.lines.position(text.length)).items;
    assert.deepEqual((chen.textEdit as TextEdit).range, { start: a.lines.position(text.length), end: a.lines.position(text.length) });
  });

  test('not after the @ of an e-mail address, after an escaped {@, or after { and another character than @', () => {
    assert.equal(offered(body('Write to press@|x.')), '');
    for (const text of ['He said \\{@|', 'He said \\{@ch|', 'He said {{|', 'He said {!|']) assert.equal(offered(body(text)), '', text);
    assert.equal(offered(body('He said {@ch|')), 'chen[ch>chen}] lee[ch>lee}]');
  });

  test('ids up to 64 characters are completed; a longer run of letters is no id being typed', () => {
    const id64 = 'a'.repeat(64);
    assert.equal(offered(body(`He said [x]{@${id64}|`)), `chen[${id64}>chen}] lee[${id64}>lee}]`);
    assert.equal(offered(body(`He said [x]{@${id64}a|`)), '');
    // After the cursor, only 64 characters are read for an id: beyond, the braces are not its own.
    assert.equal(offered(body(`He said [x]{@|${'b'.repeat(70)}}`)), 'chen[>chen}] lee[>lee}]');
    assert.equal(offered(body(`He said [x]{@|${'b'.repeat(65)}}`)), 'chen[>chen}] lee[>lee}]');
    assert.equal(offered(body(`He said [x]{@|${'b'.repeat(10)}}`)), `chen[${'b'.repeat(10)}>chen] lee[${'b'.repeat(10)}>lee]`);
  });

  test('detail, documentation (role, org, kind on lines) and front matter order', () => {
    const list = items(body('He said [x]{|')).map(({ item }) => [item.label, item.detail, (item.documentation as { value: string } | undefined)?.value, item.sortText]);
    assert.deepEqual(list, [['chen', 'Chen Wenqing', 'minister\nCPC', '0000'], ['lee', 'Lee', 'group', '0001']]);
  });
});

describe('front matter keys', () => {
  const TOP = 'date[da>date: ${1:YYYY-MM-DD}] agency[da>agency: ${1}] byline[da>byline: ${1}] lang[da>lang: ${1:en}] slug[da>slug: "${1}"] speakers[da>speakers:';
  test('on the last line, also of a front matter not closed yet, and on the first', () => {
    assert.ok(offered('---\nheadline: H\nda|\n---\n\nX.').startsWith(TOP));
    assert.ok(offered('---\nheadline: H\nda|').startsWith(TOP));
    assert.ok(offered('---\n|\nheadline: H\n---\n\nX.').startsWith(TOP.replace(/\[da>/g, '[>')));
    // The closing fence is no line of the front matter, also at its very start.
    assert.equal(offered('---\nheadline: H\n|---\n\nX.'), '');
  });

  test('inside a key the whole key is replaced (spaces after it may follow); not with other text after it', () => {
    assert.ok(offered('---\nheadline: H\nda|te\n---\n\nX.').startsWith(TOP.replace(/\[da>/g, '[date>')));
    assert.ok(offered('---\nheadline: H\nda|te  \n---\n\nX.').startsWith(TOP.replace(/\[da>/g, '[date>')));
    assert.equal(offered('---\nheadline: H\nda|te x\n---\n\nX.'), '');
    assert.ok(offered('---\nspeakers:\n  chen:\n    na|m\n---\n\nX.').startsWith('name[nam>name: ${1}]'));
  });

  const SPEAKER_KEYS = 'name[na>name: ${1}] role[na>role: ${1}] org[na>org: ${1}] aliases[na>aliases: [${1}]] kind[na>kind: ${1|person,organization,group,anonymous|}] reason[na>reason: ${1}]';
  test('speaker keys under an id line with a comment, across comment and blank lines, above a top-level key', () => {
    for (const fm of ['speakers:\n  chen: # the minister\n    na|', 'speakers:\n  chen:   \n    na|', 'speakers:\n  chen:   # the minister\n    na|', 'speakers:\n  chen:\n# note\n    na|', 'speakers:\n  chen:\n\n    na|', 'speakers:\n  chen:\n    na|\nheadline: H']) {
      assert.equal(offered(`---\n${fm}\n---\n\nX.`), SPEAKER_KEYS, fm);
    }
  });

  test('no speaker keys under a speaker in short form, a map that is not speakers, a nested speakers, or a map with nothing above it', () => {
    for (const fm of ['speakers:\n  chen: Chen Wenqing\n    na|', '  chen:\n    na|', 'other:\n  chen:\n    na|', 'x:\n  speakers:\n    chen:\n      na|', 'speakers:\n  chen:\n    na|me: C']) {
      assert.equal(offered(`---\n${fm}\n---\n\nX.`), '', fm);
    }
  });

  test('keys present are left out: only the speaker\'s own, past blank lines; at the top level, only top-level ones', () => {
    assert.deepEqual(labels('---\nspeakers:\n  chen:\n    |\n\n    role: x\n  lee:\n    org: y\n---\n\nX.'), ['name', 'org', 'aliases', 'kind', 'reason']);
    // The keys of a map nested deeper (under role) are not the speaker's.
    assert.deepEqual(labels('---\nspeakers:\n  chen:\n    |\n    role:\n      org: x\n---\n\nX.'), ['name', 'org', 'aliases', 'kind', 'reason']);
    assert.deepEqual(labels('---\nspeakers:\n  agency:\n    name: A\n|\n---\n\nX.'), ['headline', 'date', 'agency', 'byline', 'lang', 'slug', 'sources']);
  });
});

describe('values of kind: and agency:', () => {
  test('kind: with or without a space, replacing the whole word typed; nothing after other words', () => {
    const fm = (line: string) => `---\nspeakers:\n  chen:\n${line}\n---\n\nX.`;
    assert.equal(offered(fm('    kind:|')), 'person[>person] organization[>organization] group[>group] anonymous[>anonymous]');
    assert.equal(offered(fm('    kind: per|son')), 'person[person>person] organization[person>organization] group[person>group] anonymous[person>anonymous]');
    assert.equal(offered(fm('    kind: per|son  ')), offered(fm('    kind: per|son')), 'spaces after the word');
    for (const line of ['    kind: a b|', '    role: a kind: |', '    x    kind: |', '    kind: per|son, x']) assert.equal(offered(fm(line)), '', line);
    assert.equal(offered('---\nbyline:\n  kind: |\n---\n\nX.'), '', 'kind: outside a speaker');
    assert.deepEqual(items(fm('    kind: |')).map(({ item }) => item.detail), ['speaker kind (default)', 'speaker kind', 'speaker kind', 'speaker kind']);
  });

  test('agency: at the start of a line, with or without a space', () => {
    assert.ok(offered('---\nagency:|\n---\n\nX.').startsWith('AP[>AP] Reuters[>Reuters] Xinhua[>Xinhua] '));
    assert.equal(offered('---\nheadline: The agency: |\n---\n\nX.'), '');
  });
});

describe('the dateline', () => {
  const D = (line: string, agency = 'agency: Xinhua\n') => `---\nheadline: H\ndate: 2023-09-28\n${agency}---\n\n${line}`;
  const first = (line: string, agency?: string) => labels(D(line, agency))[0];

  test('nothing on the place, after other characters than a space or comma, after the agency or separator, or past 120 characters', () => {
    for (const line of ['BER|LIN, Sept. 27', 'BERLIN-Se|', 'BERLIN (Xinhua) x|', 'BERLIN, Sept. 27 (Xinhua) |-- Text.', 'BERLIN, Sept. 27 (Xinhua) -|- Text.', 'BERLIN, Sept. 27\t|', 'BERLIN [x]{@a} |', `BERLIN, ${'x '.repeat(60)}|`, `BERLIN, ${'a'.repeat(40)}|`]) {
      assert.deepEqual(labels(D(line)), [], line);
    }
    assert.deepEqual(labels('No front matter, no dateline: just text.\n\nBERLIN, |'), [], 'not in the second paragraph');
    // Nor on the place of an indented dateline, or before it.
    for (const line of ['  BER|LIN, Sept. 27 (Xinhua) -- Text.', '  |BERLIN, Sept. 27 (Xinhua) -- Text.', '\tBERLIN|']) assert.deepEqual(labels(D(line)), [], line);
    assert.equal(first('  BERLIN, |Sept. 27 (Xinhua) -- Text.'), 'Jan.');
    // After separators of other dashes (a figure dash, a horizontal bar) too.
    for (const line of ['BERLIN \u2012 |Officials said.', 'BERLIN, Sept. 27 \u2015 |Officials said.']) assert.deepEqual(labels(D(line)), [], line);
    assert.deepEqual(labels(D('|\nBERLIN, Sept. 27 (Xinhua) -- Text.')), [], 'not on the blank line before it');
    // At most 32 letters before the cursor are read as the word: a 33rd is a letter before the word.
    assert.deepEqual(labels(D(`BERLIN, ${'a'.repeat(33)}|`)), []);
    assert.equal(first(`BERLIN, ${'a'.repeat(32)}|`), 'Jan.');
  });

  test('agencies after a space, up to 120 characters, also with spaces after the cursor', () => {
    assert.equal(first(`BERLIN, ${'x '.repeat(55)}|`), '(Xinhua)');
    assert.equal(first(`BERLIN, ${'x '.repeat(56)}|`), '(Xinhua)', 'exactly 120 characters in');
    assert.equal(first('BERLIN, Sept. 27\t |'), '(Xinhua)', 'after a tab and a space at the end');
    assert.equal(first('BERLIN, Sept. 27 |  \nmore'), '(Xinhua)');
    assert.equal(first('BERLIN, Sept. 27 (|'), 'Xinhua');
  });

  test('a month being typed: the edit replaces the letters around the cursor, at most 32 on each side', () => {
    const sept = items(D('BERLIN, Se|pt')).find((x) => x.item.label === 'Sept.');
    assert.equal(sept?.replaced, 'Sept');
    const long = items(D(`BERLIN, Sept|${'a'.repeat(40)}`)).find((x) => x.item.label === 'Sept.');
    assert.equal(long?.replaced, `Sept${'a'.repeat(32)}`);
  });

  test('agency details and sort order: the front matter agency first', () => {
    const list = items(D('BERLIN, Sept. 27 (|')).slice(0, 5).map(({ item }) => [item.label, item.detail, item.sortText, item.filterText]);
    assert.deepEqual(list, [
      ['Xinhua', 'Xinhua News Agency', 'b0000', 'Xinhua'],
      ['AP', 'Associated Press', 'b0001', 'AP'],
      ['Reuters', 'Thomson Reuters', 'b0002', 'Reuters'],
      ['UPI', 'United Press International', 'b0003', 'UPI'],
      ['AFP', 'Agence France-Presse', 'b0004', 'AFP'],
    ]);
    const byLabel = new Map(items(D('BERLIN, Sept. 27 (|')).map(({ item }) => [item.label, item.detail]));
    assert.equal(byLabel.get('Jiji Press'), 'Jiji', 'a shorter alias when none is longer');
    assert.equal(byLabel.get('ANSA'), 'agency', 'no alias: "agency"');
    assert.equal(byLabel.get('TASS'), 'ITAR-TASS');
  });

  test('months: details, documentation per style, sort order; the full names too without a style', () => {
    const xinhua = items(D('BERLIN, |')).filter(({ item }) => item.sortText?.startsWith('a')).map(({ item }) => [item.label, item.detail, item.documentation, item.sortText]);
    assert.deepEqual(xinhua.slice(0, 2), [['Jan.', 'January', 'January, as Xinhua style writes it in a dateline', 'a00000'], ['Feb.', 'February', 'February, as Xinhua style writes it in a dateline', 'a00010']]);
    assert.equal(xinhua.length, 12);
    const none = items(D('BERLIN, |', '')).filter(({ item }) => item.sortText?.startsWith('a')).map(({ item }) => [item.label, item.documentation, item.sortText]);
    assert.deepEqual(none.slice(0, 5), [['Jan.', 'January', 'a00000'], ['January', 'January', 'a00001'], ['Feb.', 'February', 'a00010'], ['February', 'February', 'a00011'], ['March', 'March', 'a00020']]);
    assert.equal(none.length, 19, "7 abbreviated months with their full names, 5 written in full");
    // A front matter agency of spaces only is none: the agencies come in the data file's order.
    assert.equal(items(D('BERLIN, |', 'agency: " "\n')).find(({ item }) => item.sortText === 'b0000')?.item.label, '(AP)');
  });
});

// The quote checks at their edges (checks/quoteChecks.ts, checks/reviewNotes.ts): where the search
// for a loaded attribution verb stops, how far the removal of an empty quote or a review note
// reaches, how a review note is read (and what is no note), which speakers the fixes offer, and
// when an unclosed quotation mark is wire style running on into the next paragraph. Written for
// the mutants `npm run mutate` left alive there; each row is text a writer could type.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { reviewNoteText } from '../../server/src/service/checks/reviewNotes';
import { diagnostics } from '../support/documents';

const FM = '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n  chan:\n    name: Chan Ho\n  ma:\n    kind: organization\n---\n\n';
const BODY_LINE = FM.split('\n').length - 1;
type Fix = { title: string; preferred?: boolean; edits: { range: Diagnostic['range']; newText: string }[] };
const fixesOf = (d: Diagnostic) => (d.data as { fixes?: Fix[] } | undefined)?.fixes ?? [];
const of = (code: string, body: string, fm = FM) => diagnostics(fm + body).filter((d) => d.code === code);
/** A fix's edits as [line of the body (0 = first), start character, end character, new text]. */
const edits = (f: Fix) => f.edits.map((e) => [e.range.start.line - BODY_LINE, e.range.start.character, e.range.end.character, e.newText]);

describe('quote-cue-verb: the window around a quote', () => {
  test('a loaded verb within four words after or before the quote, not past a full stop, a bracket or a neutral verb', () => {
    const rows: [string, string[]][] = [
      ['[We will win]{@chen}, Chen claimed.\n', ['claimed→said']],
      ['[We will win]{@chen}, one two three claimed.\n', ['claimed→said']],
      ['[We will win]{@chen}, one two three four claimed.\n', []],
      ['[We will win]{@chen}. Chen claimed it.\n', []],
      ['[We will win]{@chen} [and more]{@chen} claimed Chen.\n', ['claimed→said']],
      ['[We will win]{@chen} Chen said and claimed.\n', []],
      ['Chen CLAIMED [we will win]{@chen}\n', ['CLAIMED→SAID']],
      ['two three four Claimed: [we will win]{@chen}\n', ['Claimed→Said']],
      ['Chen said, and then claimed [we will win]{@chen}\n', ['claimed→said']],
      ['Chen claimed. [We will win]{@chen}\n', []],
      ['Chen claimed} [we will win]{@chen}\n', []],
      ['Chen claimed] [we will win]{@chen}\n', []],
      ['Early on [we will win]{@chen} in the end', []],
    ];
    for (const [body, expected] of rows) {
      const found = of('quote-cue-verb', body).map((d) => fixesOf(d)[0].edits[0]).map((e) => `${(FM + body).split('\n')[e.range.start.line].slice(e.range.start.character, e.range.end.character)}→${e.newText}`);
      assert.deepEqual(found, expected, JSON.stringify(body));
    }
  });

  test('a paragraph at the very start or end of the document is searched to its edge without error', () => {
    for (const text of ['Early on [we will win]{@chen} in the end', '"Early" on [we will win]{@chen} in the end', 'Early on [we will win]{@chen} in the end!']) {
      const found = diagnostics(text);
      assert.deepEqual(found.filter((d) => d.code === 'quote-cue-verb'), [], text);
      assert.ok(found.some((d) => d.code === 'quote-unknown-speaker'), `${text}: the other checks still ran`);
    }
  });
});

describe('quote markup fixes', () => {
  test('Remove the empty quote takes one space with it, on the side that leaves the sentence well spaced', () => {
    const rows: [string, [number, number, number, string][]][] = [
      ['He said []{@chen} the thing.\n', [[0, 8, 18, '']]],
      ['He said []{@chen}.\n', [[0, 7, 17, '']]],
      ['He said []{@chen}', [[0, 7, 17, '']]],
      ['[]{@chen} the thing.\n', [[0, 0, 10, '']]],
      ['He said\n[]{@chen} the thing.\n', [[1, 0, 10, '']]],
      // No space before it: the space after stays; a mark or letter after it: the space before stays.
      ['He said,[]{@chen} the thing.\n', [[0, 8, 17, '']]],
      ['He said,[]{@chen}.\n', [[0, 8, 17, '']]],
      ['He said []{@chen}x\n', [[0, 8, 17, '']]],
      ['He said []{@chen}"\n', [[0, 8, 17, '']]],
    ];
    for (const [body, expected] of rows) {
      const [d] = of('quote-empty', body);
      assert.deepEqual(edits(fixesOf(d)[0]), expected, JSON.stringify(body));
    }
    const [first] = diagnostics('[]{@chen} the thing.\n').filter((x) => x.code === 'quote-empty');
    assert.deepEqual(fixesOf(first)[0].edits.map((e) => [e.range.start.character, e.range.end.character]), [[0, 10]], 'at the very start of the document');
  });

  test('an unclosed speaker gets "}" after its id; braces without "@", or a stray speaker, do not', () => {
    const [d] = of('quote-unclosed', '[Go]{@chen the thing.\n');
    assert.deepEqual(fixesOf(d).map((f) => [f.title, f.preferred, edits(f)]), [['Close the speaker with "}"', true, [[0, 10, 10, '}']]]]);
    const codesAndFixes = (body: string) => diagnostics(FM + body).filter((x) => String(x.code).startsWith('quote-')).map((x) => [x.code, fixesOf(x).map((f) => f.title)]);
    assert.deepEqual(codesAndFixes('[Go]{@'), [['quote-unclosed', ['Close the speaker with "}"']]], 'no id yet: unclosed, not unknown');
    assert.deepEqual(codesAndFixes('[Go]{chen} said.\n'), [['quote-unclosed', []]]);
    assert.deepEqual(codesAndFixes('[Go] {@chen} said.\n'), [['quote-orphan', ['Remove the stray "{@chen}"']]]);
    // A quote too deep whose words begin with "@": no speaker to close.
    assert.deepEqual(codesAndFixes(`${'['.repeat(33)}@home]{@chen}${']{@chen}'.repeat(32)}\n`), [['quote-depth', []]]);
  });

  test('a quotation without front matter is reported without fixes', () => {
    const [d] = diagnostics('"We must act now to protect the security of both countries," the minister said.\n').filter((x) => x.code === 'quote-unattributed');
    assert.deepEqual(fixesOf(d), []);
  });

  test('unknown speakers: the fixes name each speaker, by id when it has no name; preferred only when one is near', () => {
    const [none] = of('quote-unknown-speaker', '[Go]{@} he said.\n');
    assert.deepEqual(fixesOf(none).map((f) => f.title), ['Attribute to "@chen" (Chen Wenqing)', 'Attribute to "@chan" (Chan Ho)', 'Attribute to "@ma" (ma)']);
    const [two] = of('quote-unknown-speaker', '[Go]{@chon} he said.\n');
    assert.deepEqual(fixesOf(two).map((f) => [f.title, f.preferred]), [['Change to "@chan" (Chan Ho)', false], ['Change to "@chen" (Chen Wenqing)', false], ['Add speaker "chon" to the front matter', false]]);
    assert.equal(two.message, 'No speaker "chon" in the front matter: did you mean "@chan"?');
    const registry = { uri: 'file:///test/speakers.yaml', text: 'zhou:\n  name: Zhou Li\n' };
    const [far] = diagnostics(`${FM}[Go]{@wxyzvu} he said.\n`, { registry }).filter((x) => x.code === 'quote-unknown-speaker');
    assert.equal(far.message, 'No speaker "wxyzvu" in the front matter nor in the speaker registry: add it to "speakers" in the front matter or to the registry');
    assert.deepEqual(fixesOf(far).map((f) => f.title), ['Add speaker "wxyzvu" to the front matter', 'Add speaker "wxyzvu" to the registry']);
    const [one] = of('quote-unknown-speaker', '[Go]{@mx} he said.\n');
    assert.deepEqual(fixesOf(one).map((f) => [f.title, f.preferred]), [['Change to "@ma" (ma)', true], ['Add speaker "mx" to the front matter', false]]);
  });
});

describe('quote-marks: a quote running on into the next paragraph', () => {
  const FM1 = '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\n';
  test('allowed when the quote ends its paragraph (blanks and punctuation after it aside) and the next opens with a mark', () => {
    // [body, quote-marks findings, their fixes]
    const rows: [string, number, string[]][] = [
      ['Chen said: ["We will win]{@chen}\n\n"More to come," he said.\n', 0, []],
      ['Chen said: ["We will win]{@chen} \n\n"More to come," he said.\n', 0, []],
      ['Chen said: ["We will win]{@chen}?!\n\n"More to come," he said.\n', 0, []],
      ['Chen said: ["We will win]{@chen}\n\n["More to come,"]{@chen} he said.\n', 0, []],
      ['Chen said: ["We will win]{@chen} he said.\n\n"More to come," he said.\n', 1, ['Close the quote with "']],
      ['Chen said: ["We will win]{@chen}\n\nMore to come, he said.\n', 1, ['Close the quote with "']],
      // Two marks open, or a partial quote: no run-on, and no single mark to close it with.
      ['Chen said: ["We ‘will win]{@chen}\n\n"More to come," he said.\n', 1, []],
      ['Chen said: [We will "win]{@chen}\n\n"More to come," he said.\n', 1, []],
      // A blank before the full stop after the quote still ends the paragraph.
      ['Chen said: ["We will win]{@chen} .\n\n"More to come," he said.\n', 0, []],
      // A stray closing mark as well as the open one: reported, run-on or not.
      ['Chen said: [”We “will win]{@chen}\n\n"More to come," he said.\n', 1, []],
      // Every opening mark opens the next paragraph; a closing mark, a bracket or a "[" alone do not.
      ['Chen said: [“We will win]{@chen}\n\n“More to come,” he said.\n', 0, []],
      ['Chen said: [‘We will win]{@chen}\n\n‘More to come,’ he said.\n', 0, []],
      ['Chen said: [«We will win]{@chen}\n\n«More to come,» he said.\n', 0, []],
      ['Chen said: [„We will win]{@chen}\n\n„More to come,“ he said.\n', 0, []],
      ['Chen said: [“We will win]{@chen}\n\n[ “More to come,”]{@chen} he said.\n', 0, []],
      ['Chen said: ["We will win]{@chen}\n\n”More to come, he said.\n', 1, ['Close the quote with "']],
      ['Chen said: ["We will win]{@chen}\n\n(More to come, he said.)\n', 1, ['Close the quote with "']],
      ['Chen said: ["We will win]{@chen}\n\n[\n\n"More to come," he said.\n', 1, ['Close the quote with "']],
    ];
    for (const [body, count, fixes] of rows) {
      const found = of('quote-marks', body, FM1);
      assert.equal(found.length, count, JSON.stringify(body));
      assert.deepEqual(found.flatMap((d) => fixesOf(d).map((f) => f.title)), fixes, JSON.stringify(body));
    }
  });
});

describe('quote-marks: a closing mark with no opening one', () => {
  test('the first stray mark is named, also when it opens the quote', () => {
    const FM1 = '---\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\n';
    const messages = (body: string) => of('quote-marks', body, FM1).map((d) => d.message);
    assert.deepEqual(messages('Chen said: [”We will win]{@chen}.\n'), ['The closing quotation mark ” in this quote has no opening mark']);
    assert.deepEqual(messages('Chen said: [”We ’ win]{@chen}.\n'), ['The closing quotation mark ” in this quote has no opening mark']);
    assert.deepEqual(messages('Chen said: [We ’ will ” win]{@chen}.\n'), ['The closing quotation mark ’ in this quote has no opening mark']);
  });
});

describe('markup-uncertain: review notes', () => {
  const uncertain = (body: string) => of('markup-uncertain', body);

  test('the note as the markup writes it, read back as the same note', () => {
    assert.equal(reviewNoteText('speaker'), '<!-- newsmark-review: speaker -->');
    assert.equal(reviewNoteText('speaker', 'chan'), '<!-- newsmark-review: speaker, or @chan -->');
    assert.equal(reviewNoteText('end', 'chan'), '<!-- newsmark-review: end -->', 'only a speaker note names a second candidate');
    assert.equal(reviewNoteText('kind'), '<!-- newsmark-review: kind -->');
    const [d] = uncertain(`[Go]{@chen}${reviewNoteText('speaker', 'chan')}, he said.\n`);
    assert.match(d.message, /unsure who said this \(@chen, or @chan\)/);
  });

  test('how a note is read: the second candidate only in the form ", or @id"; an unknown word means the speaker', () => {
    const rows: [string, string, string[]][] = [
      ['speaker,or  @chan', 'who said this (@chen, or @chan)', ['Accept (remove the review note)', 'Use @chan instead']],
      ['speaker, or @chan.', 'who said this (@chen)', ['Accept (remove the review note)']],
      ['speaker, maybe or @chan', 'who said this (@chen)', ['Accept (remove the review note)']],
      ['speaker, or @chan,', 'who said this (@chen)', ['Accept (remove the review note)']],
      ['unsure', 'who said this (@chen)', ['Accept (remove the review note)']],
      ['end', 'where this quote ends (@chen)', ['Accept (remove the review note)']],
    ];
    for (const [note, message, fixes] of rows) {
      const [d] = uncertain(`[Go]{@chen}<!-- newsmark-review: ${note} -->, he said.\n`);
      assert.ok(d.message.includes(message), `${note}: ${d.message}`);
      assert.deepEqual(fixesOf(d).map((f) => f.title), fixes, note);
    }
    const same = uncertain('[Go]{@chan}<!-- newsmark-review: speaker, or @chan -->, he said.\n');
    assert.deepEqual(fixesOf(same[0]).map((f) => f.title), ['Accept (remove the review note)'], 'no switch to the speaker it already has');
    const nobody = uncertain('[Go]{@}<!-- newsmark-review: speaker, or @chan -->, he said.\n');
    assert.match(nobody[0].message, /\(no speaker, or @chan\)/);
    assert.deepEqual(uncertain('[Go]{@chen}, he said <!-- newsmark-review: kind'), [], 'an unclosed comment is no note');
  });

  test('a note after blanks still reviews the quote before it; Accept takes the blanks at a line\'s end with it', () => {
    const rows: [string, boolean, [number, number, number, string]][] = [
      ['[Go]{@chen} \t<!-- newsmark-review: end -->, he said.\n', true, [0, 13, 42, '']],
      ['[Go]{@chen} <!-- newsmark-review: kind --> he said.\n', true, [0, 12, 42, '']],
      ['[Go]{@chen}, he said. <!-- newsmark-review: kind -->\n', false, [0, 21, 52, '']],
      ['[Go]{@chen}, he said.\t<!-- newsmark-review: kind -->\r\nNext.\n', false, [0, 21, 52, '']],
      ['[Go]{@chen}, he said. <!-- newsmark-review: kind -->', false, [0, 21, 52, '']],
    ];
    for (const [body, related, accept] of rows) {
      const [d] = uncertain(body);
      assert.equal(d.relatedInformation !== undefined, related, JSON.stringify(body));
      assert.deepEqual(edits(fixesOf(d)[0]), [accept], JSON.stringify(body));
    }
  });
});

// Every quick fix, applied for real: the diagnostic it repairs goes away and nothing new appears
// (the front matter stays closed and valid YAML, other speakers stay defined), in LF and CRLF.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { doc, toCrlf } from '../support/documents';
import { testService } from '../support/service';
import { NEVER_CANCELLED } from '../../server/src/service';

function diagnostics(text: string): Diagnostic[] {
  return testService().diagnostics(doc(text), {}, {}, NEVER_CANCELLED);
}

/** Applies the fix titled `title` of the first diagnostic with `code`; returns the new text. */
function applyFix(text: string, code: string, title: string): string {
  const d = diagnostics(text).find((x) => x.code === code);
  assert.ok(d, `no ${code} in:\n${text}`);
  const fixes = (d.data as { fixes: { title: string; edits: TextEdit[] }[] }).fixes;
  const fix = fixes.find((f) => f.title === title);
  assert.ok(fix, `no fix "${title}" among ${fixes.map((f) => f.title).join(', ')}`);
  return TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, text), fix.edits);
}

const codesOf = (text: string) => diagnostics(text).map((d) => String(d.code)).sort();

/** Applies the fix and checks: one `code` fewer, no other code changed. */
function assertFixRepairs(text: string, code: string, title: string): string {
  const before = codesOf(text);
  const after = applyFix(text, code, title);
  const expected = [...before];
  expected.splice(expected.indexOf(code), 1);
  assert.deepEqual(codesOf(after), expected, `after "${title}":\n${after}`);
  return after;
}

const BODY = '\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen}.\n';
const HEAD = '---\nheadline: "Talks"\ndate: 2023-09-28\nagency: Xinhua\n';

describe('quick fix: Remove speaker (speaker-unused)', () => {
  for (const [eol, conv] of [['LF', (s: string) => s], ['CRLF', toCrlf]] as const) {
    test(`a map speaker before another keeps the next speaker's id (${eol})`, () => {
      const text = conv(`${HEAD}speakers:\n  bob:\n    name: Bob Smith\n  chen:\n    name: Chen Wenqing\n---\n${BODY}`);
      const after = assertFixRepairs(text, 'speaker-unused', 'Remove speaker "bob"');
      assert.equal(after, conv(`${HEAD}speakers:\n  chen:\n    name: Chen Wenqing\n---\n${BODY}`));
    });

    test(`the last speaker, a map, leaves the closing fence (${eol})`, () => {
      const text = conv(`${HEAD}speakers:\n  chen:\n    name: Chen Wenqing\n  bob:\n    name: Bob Smith\n    role: mayor\n---\n${BODY}`);
      const after = assertFixRepairs(text, 'speaker-unused', 'Remove speaker "bob"');
      assert.equal(after, conv(`${HEAD}speakers:\n  chen:\n    name: Chen Wenqing\n---\n${BODY}`));
    });
  }

  test('a flow map: only the entry and one comma go', () => {
    const cases: [string, string][] = [
      ['{bob: Bob Smith, chen: Chen Wenqing}', '{chen: Chen Wenqing}'],
      ['{chen: Chen Wenqing, bob: Bob Smith}', '{chen: Chen Wenqing}'],
      ['{chen: {name: Chen Wenqing}, bob: {name: Bob Smith, role: mayor}}', '{chen: {name: Chen Wenqing}}'],
      ['{\n  bob: Bob Smith,\n  chen: Chen Wenqing\n}', '{\n  chen: Chen Wenqing\n}'],
    ];
    for (const [map, rest] of cases) {
      const after = assertFixRepairs(`${HEAD}speakers: ${map}\n---\n${BODY}`, 'speaker-unused', 'Remove speaker "bob"');
      assert.equal(after, `${HEAD}speakers: ${rest}\n---\n${BODY}`);
    }
  });
});

describe('quick fix: Add speaker (quote-unknown-speaker)', () => {
  const body = '\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [we are ready]{@chen}. [No]{@mayor-li}, the mayor said.\n';

  test('to a flow map of speakers', () => {
    for (const map of ['{chen: Chen Wenqing}', '{\n  chen: Chen Wenqing\n}', '{\n  chen: Chen Wenqing,\n}']) {
      const after = assertFixRepairs(`${HEAD}speakers: ${map}\n---\n${body}`, 'quote-unknown-speaker', 'Add speaker "mayor-li" to the front matter');
      assert.match(after, /mayor-li: \{name: Mayor Li\}/);
    }
  });

  test('to an article without front matter: no empty date that is an error of its own', () => {
    const text = 'BERLIN, Sept. 27 (Xinhua) -- [No]{@mayor}, the mayor said.\n';
    assert.deepEqual(codesOf(text), ['front-matter-missing', 'quote-unknown-speaker']);
    const after = applyFix(text, 'quote-unknown-speaker', 'Add speaker "mayor" to the front matter');
    assert.deepEqual(codesOf(after), ['front-matter-missing']);
    assert.ok(!/date: ""/.test(after), after);
  });
});

describe('front matter', () => {
  test('the quote fix of a value with ": " leaves a comment after it outside the quotes', () => {
    const text = `---\nheadline: Talks resume: minister  # check the wording\ndate: 2023-09-28\nagency: Xinhua\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n`;
    const after = assertFixRepairs(text, 'front-matter-yaml', 'Put the value in quotes');
    assert.match(after, /^headline: "Talks resume: minister" {2}# check the wording$/m);
  });

  test('a key given twice: the message names it, the range covers it', () => {
    const text = `${HEAD}headline: "Again"\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n`;
    const d = diagnostics(text).find((x) => x.code === 'front-matter-yaml')!;
    assert.equal(d.message, 'Front matter YAML: the key "headline" is given twice: keep one');
    assert.deepEqual(d.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 8 } });
  });

  test('an empty headline is a missing headline', () => {
    const text = `---\nheadline: ""\ndate: 2023-09-28\nagency: Xinhua\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n`;
    const d = diagnostics(text).filter((x) => x.code === 'front-matter-missing');
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].range, { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } });
  });
});

describe('quotes', () => {
  const fm = `${HEAD}speakers:\n  chen:\n    name: Chen Wenqing\n    aliases: [Chen]\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said [yes]{@chen}.\n\n`;

  test('quote-unattributed: a quote span inside quotation marks does not turn the attribution after them into a quotation', () => {
    const text = fm + '"We will see [what]{@chen} happens," he said, and then he left the hall in a hurry.\n';
    const d = diagnostics(text).filter((x) => x.code === 'quote-unattributed');
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].range, { start: { line: 12, character: 0 }, end: { line: 12, character: 36 } });
    assert.match(d[0].message, /^4 words/); // not 5: the word inside the span is attributed
    assertFixRepairs(text, 'quote-unattributed', 'Mark as quote by Chen Wenqing');
    // Marks written around a whole span are no quotation of their own.
    assert.deepEqual(codesOf(fm + 'He said "[we will go]{@chen}" and then he left the hall in a hurry.\n'), []);
  });

  test('a plural possessive ’ and ’90s are apostrophes, not closing marks', () => {
    for (const words of ['“the residents’ homes were flooded,”', 'the residents’ homes were flooded', '"the music of the ’90s was better,"']) {
      assert.deepEqual(codesOf(`${fm}Chen said [${words}]{@chen}.\n`), [], words);
    }
    const a = testService().parse(doc(`${fm}Chen said [the residents’ homes were flooded]{@chen}.\n`));
    const last = a.blocks[a.blocks.length - 1];
    assert.equal(last.type === 'paragraph' && last.quotes[0].kind, 'indirect');
  });

  test('a quote with no id after "{@" is reported, with a fix per speaker', () => {
    const text = `${fm}Chen said [we will go]{@}.\n`;
    const d = diagnostics(text).find((x) => x.code === 'quote-unknown-speaker')!;
    assert.equal(d.message, 'The quote names no speaker: write the speaker id after "{@"');
    assert.deepEqual(d.range, { start: { line: 12, character: 22 }, end: { line: 12, character: 25 } });
    assertFixRepairs(text, 'quote-unknown-speaker', 'Attribute to "@chen" (Chen Wenqing)');
  });

  test('a "{@id}" after no quoted words is an orphan (it would be published)', () => {
    for (const body of ['Chen said [we will go] {@chen}.', 'Chen said [we will go]{@chen}{@chen}.']) {
      const text = `${fm}${body}\n`;
      assert.ok(codesOf(text).includes('quote-orphan'), body);
      assertFixRepairs(text, 'quote-orphan', 'Remove the stray "{@chen}"');
    }
    // Escaped on purpose: text.
    assert.deepEqual(codesOf(`${fm}Chen said [we will go]{@chen} and \\]{@chen}.\n`), []);
  });

  test('quote-cue-verb: a line break is a space; a neutral verb ends the search', () => {
    const cf = `${HEAD}speakers:\n  chief:\n    name: Helen Grady\n    aliases: [Grady]\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Helen Grady said [yes]{@chief}.\n\n`;
    assert.deepEqual(codesOf(`${cf}["We lost the pumps,"]{@chief}\nGrady admitted.\n`), ['quote-cue-verb']);
    assert.deepEqual(codesOf(toCrlf(`${cf}["We lost the pumps,"]{@chief}\nGrady admitted.\n`)), ['quote-cue-verb']);
    assert.deepEqual(codesOf(`${cf}["We lost the pumps,"]{@chief} said Grady, who admitted fault.\n`), []);
    assert.deepEqual(codesOf(`${cf}Grady, who admitted fault, said [the pumps failed]{@chief}.\n`), []);
    const after = assertFixRepairs(`${cf}["We lost the pumps,"]{@chief} GRADY ADMITTED.\n`, 'quote-cue-verb', 'Replace "ADMITTED" with "said"');
    assert.match(after, /GRADY SAID\./);
  });
});

describe('speakers', () => {
  test('speaker-ambiguous-alias: one speaker\'s name is another\'s alias, whichever comes first', () => {
    const body = '\nBERLIN, Sept. 27 (Xinhua) -- Daniel Ortiz said [no]{@ortiz-d}. Ortiz said [yes]{@ortiz}.\n';
    const a = `${HEAD}speakers:\n  ortiz:\n    name: Ortiz\n  ortiz-d: Daniel Ortiz\n---\n${body}`;
    const b = `${HEAD}speakers:\n  ortiz-d: Daniel Ortiz\n  ortiz:\n    name: Ortiz\n---\n${body}`;
    assert.deepEqual(codesOf(a), ['speaker-ambiguous-alias']);
    assert.deepEqual(codesOf(b), ['speaker-ambiguous-alias']);
  });
});

describe('disable comments', () => {
  test('newsmark-enable CODE after newsmark-disable (every code) switches that code on again', () => {
    const fm = `${HEAD}---\n\nBERLIN, Sept. 27 (Xinhua) -- Text.\n\n`;
    const quoted = 'He said "we will go there tomorrow night".';
    for (const conv of [(s: string) => s, toCrlf]) {
      const text = conv(`${fm}<!-- newsmark-disable -->\n${quoted}\n<!-- newsmark-enable quote-unattributed -->\n\n${quoted}\n`);
      const d = diagnostics(text).filter((x) => x.code === 'quote-unattributed');
      assert.deepEqual(d.map((x) => x.range.start.line), [12]);
    }
    // Other codes stay off until the region ends.
    const other = `${fm}<!-- newsmark-disable -->\n<!-- newsmark-enable quote-unattributed -->\n[x]{@nobody} said.\n`;
    assert.deepEqual(codesOf(other), []);
  });
});

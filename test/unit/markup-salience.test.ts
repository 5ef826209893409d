// Which body a description means (server/src/service/markup/salience.ts), on one made-up text
// each: the fullest form the text gives a short name ("Holbrook" → "Holbrook City") and the body
// "the company" / "the club" means at its place. Both functions are the engine's: tested directly
// on the engine's own analysis of the text, since what decides them (where a name's run of words
// stops, how many sentences back a description reaches) shows through markUp only together with
// the other rules. Expectations are the reviewed answers; names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fullestForm, salientBody } from '../../server/src/service/markup/salience';
import { analyse } from '../../server/src/service/markup/text';
import { markUp, marked } from '../support/markup';

/** The fullest form of `short` that `text` gives. */
const fullest = (text: string, short: string) => fullestForm(analyse(text).tokens, short, text);

/**
 * The body that the description at the last word `at` of `text` means (the last "the" unless
 * told); the names in `people` are people, and the text before `from` (a header) is not read.
 */
function salient(text: string, people: string[] = [], from = '', at = 'the'): string | undefined {
  const tokens = analyse(text).tokens;
  return salientBody(tokens, text, tokens.map((t) => t.lower).lastIndexOf(at.toLowerCase()), from === '' ? 0 : text.indexOf(from), (name) => people.includes(name));
}

describe('markup salience: the fullest form of a short name', () => {
  const CASES: [string, string, string][] = [
    // Capitalised nouns and adjectives join a name inside a sentence, not where they open it.
    ['Holbrook City won 2-1 on Saturday. Holbrook stay top.', 'Holbrook', 'Holbrook City'],
    ['He said "City Hall was shut."', 'City', 'City'],
    ['He said “City Hall was shut.”', 'City', 'City'],
    ['He said ,City Hall was shut.', 'City', 'City Hall'],
    ['Holbrook & City Bank said it would close.', 'Holbrook', 'Holbrook & City Bank'],
    // Words that are capitalised but no part of the name.
    ['Kestrel eBay said it would close.', 'Kestrel', 'Kestrel'],
    ['Kestrel Mayor Ana Ferreira spoke.', 'Kestrel', 'Kestrel'],
    ['Kestrel January sales rose.', 'Kestrel', 'Kestrel'],
    ['Kestrel Rev. Ana Ferreira spoke.', 'Kestrel', 'Kestrel'],
    ['Kestrel Rev . Ana spoke.', 'Kestrel', 'Kestrel Rev'],
    // A name at the very end of the text, or a connector there.
    ['They rate Kestrel', 'Kestrel', 'Kestrel'],
    ['They rate Kestrel and', 'Kestrel', 'Kestrel'],
    ['They rate Kestrel Motors', 'Kestrel', 'Kestrel Motors'],
    // Numbers: "UAW Local 2175" is a name, "Holbrook 2 - 1" a score.
    ['UAW Local 2175 said it would strike.', 'UAW', 'UAW Local 2175'],
    ['They met UAW Local 2175', 'UAW', 'UAW Local 2175'],
    ['Holbrook 2 - 1 today.', 'Holbrook', 'Holbrook'],
    ['Holbrook 2175 members voted.', 'Holbrook', 'Holbrook 2175'],
    // Words a single space apart, and only those; connectors only between two name words.
    ['Kestrel  Motors rose.', 'Kestrel', 'Kestrel'],
    ['Kestrel to Holbrook.', 'Kestrel', 'Kestrel'],
    ['Kestrel of Holbrook rose.', 'Kestrel', 'Kestrel of Holbrook'],
    ['Kestrel of of Holbrook rose.', 'Kestrel', 'Kestrel'],
    // The short name must open the run: "Holbrook Kestrel Motors" is no form of "Kestrel".
    ['Holbrook Kestrel Motors rose.', 'Kestrel', 'Kestrel'],
    ['Holbrook Kestrel Motors rose. Kestrel Motors fell.', 'Kestrel', 'Kestrel Motors'],
    ['Shares in Kestrel Motors rose.', 'Kestrel', 'Kestrel Motors'],
    ['Shares in Kestrel rose. Later Kestrel Motors fell.', 'Kestrel', 'Kestrel Motors'],
    ['Shares in KestrelMotors rose.', 'Kestrel', 'Kestrel'],
    // Up to six words.
    ['Kestrel Alpha Beta Gamma Delta Epsilon rose.', 'Kestrel', 'Kestrel Alpha Beta Gamma Delta Epsilon'],
    ['Kestrel Alpha Beta Gamma Delta Epsilon Zeta rose.', 'Kestrel', 'Kestrel'],
    ['Holbrook City won. Holbrook City Council met.', 'Holbrook City', 'Holbrook City Council'],
    ['Holbrook Kestrel won. Holbrook City Council met.', 'Holbrook City', 'Holbrook City Council'],
    // A capitalised noun that opens a sentence; a word the model calls foreign (X) inside one.
    ['Holbrook won. City Hall was shut.', 'City', 'City'],
    ['They sold Kestrel Etc on Monday.', 'Kestrel', 'Kestrel Etc'],
    ['They met the Kestrel Next team on Monday.', 'Kestrel', 'Kestrel Next'],
    ['They sold Kestrel Inside on Monday.', 'Kestrel', 'Kestrel'],
    // Numbers only when the whole word is one; a name word before, joined by one space.
    ['Kestrel v2 launched.', 'Kestrel', 'Kestrel'],
    ['They joined Kestrel 3rd Battalion.', 'Kestrel', 'Kestrel'],
    ['They rate Holbrook Kestrel', 'Kestrel', 'Kestrel'],
    ['Holbrook  Kestrel Motors rose.', 'Kestrel', 'Kestrel Motors'],
  ];
  for (const [text, short, expected] of CASES) {
    test(`${JSON.stringify(text)}: ${short} → ${expected}`, () => assert.equal(fullest(text, short), expected));
  }
});

describe('markup salience: the body a description means', () => {
  const CASES: [string, string[], string, string | undefined, string?][] = [
    ['Holbrook City won 2-1 on Saturday. Holbrook stay top. The club said it was pleased.', [], '', 'Holbrook City'],
    ['Shares in Rheinmark jumped. The company said profits rose.', [], '', 'Rheinmark'],
    // The subject is the name before the first verb.
    ['Shares in Rheinmark jumped after Holbrook cut prices. The company said profits rose.', [], '', 'Rheinmark'],
    ['With Holbrook, Rheinmark jumped. The company said profits rose.', [], '', 'Rheinmark'],
    ['Then Rheinmark jumped. The company said profits rose.', [], '', 'Rheinmark'],
    ['Then the "new" Rheinmark jumped. The company said profits rose.', [], '', 'Rheinmark'],
    // Two sentences back at most.
    ['Rheinmark jumped. Then prices rose. The company said profits rose.', [], '', 'Rheinmark'],
    ['Rheinmark jumped. Then prices rose. Then sales fell. The company said profits rose.', [], '', undefined],
    ['Rheinmark jumped. Then prices rose. Then sales fell. Then costs rose. The company said profits rose.', [], '', undefined],
    // A quotation of several sentences counts as one.
    ['Lumora Auto reported a loss. "The price war has no winners. We will not cut prices," Zhang told analysts. The company said it would hold.', ['Zhang'], '', 'Lumora Auto'],
    ['Lumora Auto reported a loss. Then prices fell. Then costs rose, Zhang told analysts. The company said it would hold.', ['Zhang'], '', undefined],
    // A sentence that a quotation opens has no narrative subject.
    ['"Rheinmark will win," he said. The company said profits rose.', [], '', undefined],
    // Not before the text's start (`from`).
    ['Rheinmark jumped. Then prices rose. The company said profits rose.', [], 'Then', undefined],
    ['Rheinmark jumped. Holbrook Bank rose. The company said profits rose.', [], 'Holbrook', 'Holbrook Bank'],
    // People are not bodies.
    ['Ana Ferreira jumped. The company said profits rose.', ['Ana Ferreira'], '', undefined],
    ['Rheinmark, with Ana Ferreira, jumped. The company said profits rose.', ['Ana Ferreira'], '', 'Rheinmark'],
    // A name inside a compound modifier, or a title's portfolio, is not the subject.
    ['The Holbrook-area Rheinmark jumped. The company said profits rose.', [], '', 'Rheinmark'],
    ['Interior Minister Ana Ferreira rose. The company said profits rose.', ['Ana Ferreira'], '', undefined],
    // Else a name holding an organisation word.
    ['The money was given by the International Organization for Migration. The agency said it was glad.', [], '', 'International Organization for Migration'],
    ['The money was given by Holbrook and the Kestrel Foundation. The agency said it was glad.', [], '', 'Kestrel Foundation'],
    ['The money was given by Holbrook. The agency said it was glad.', [], '', undefined],
    ['Parliament-backed groups gave money. The agency said it was glad.', [], '', 'Parliament'],
    ['Parliament-backed groups gave money. The agency said it was glad.', [], 'Parliament', 'Parliament'],
    ['By the Kestrel Foundation staff\nthen money came in. The agency said it was glad.', [], 'then', undefined],
    ['Then money came in. The Kestrel Foundation staff union said it was glad.', [], '', undefined],
    ['Then the X jumped. The company said profits rose.', [], '', undefined],
    // A name at the description's own place is not before it.
    ['Then the Kestrel Holbrook jumped.', [], '', undefined, 'Holbrook'],
    ['Then the Holbrook jumped.', [], '', undefined, 'Holbrook'],
    ['Rheinmark jumped. Then Holbrook', [], '', 'Rheinmark', 'Holbrook'],
    // A name that ends a sentence without its full stop; one where the text starts.
    ['Shares in Rheinmark\n\nThe company said profits rose.', [], '', 'Rheinmark'],
    ['Rheinmark\n\nThe company said profits rose.', [], '', 'Rheinmark'],
    ['Report. Rheinmark jumped. The company said profits rose.', [], 'Rheinmark', 'Rheinmark'],
    ['The Holbrook-area team jumped. The company said profits rose.', [], '', undefined],
    ['Then more news. "Rheinmark wins," he said. The company said it would hold.', [], '', undefined],
    // How far back a quotation lets the description reach: its sentences count as one, whether
    // straight or curly marks open it, and a closed quotation does not.
    ['"The Kestrel Foundation has no winners. We lost. We will not cut prices," Zhang told analysts. The foundation said it would hold.', ['Zhang'], '', 'Kestrel Foundation'],
    ['"The Kestrel Foundation has no winners. We lost. We lost more. We will not cut prices," Zhang told analysts. The foundation said it would hold.', ['Zhang'], '', 'Kestrel Foundation'],
    ['Lumora Auto reported a loss. “The price war has no winners. We will not cut prices,” Zhang told analysts. The company said it would hold.', ['Zhang'], '', 'Lumora Auto'],
    ['Lumora Auto reported a loss. It called it a “record” loss. Then prices fell. The company said it would hold.', [], '', undefined],
    ['Lumora Auto reported a loss. It said "Fight\n\nThen prices fell. The company said it would hold.', [], '', undefined],
    ['Lumora Auto reported a loss. It called it a "record" loss. Then prices fell. The company said it would hold.', [], '', undefined],
    ['Rheinmark jumped. Then prices fell. "We lost. The company will cut jobs," Zhang said.', ['Zhang'], '', 'Rheinmark'],
    ['Lumora Auto reported a loss. "We lost. We will. We can. We try. We hope," Zhang said. The company said it would hold.', ['Zhang'], '', 'Lumora Auto'],
    ['Lumora Auto reported a loss. "We lost. We will. We can. We try. We hope. We pray," Zhang said. The company said it would hold.', ['Zhang'], '', undefined],
  ];
  for (const [text, people, from, expected, at] of CASES) {
    test(`${JSON.stringify(text)}${from ? ` from "${from}"` : ''}${at ? ` at "${at}"` : ''}: ${String(expected)}`, () => assert.equal(salient(text, people, from, at), expected));
  }
});

describe('markup salience: through the markup', () => {
  test('a quotation of two sentences that the description closes counts as one: "the company" is the body named two sentences before it', () => {
    const body = 'Rheinmark posted a loss on Monday. Then its shares fell 5 percent. "We lost money. We will cut 300 jobs," the company said.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Rheinmark: "We lost money. We will cut 300 jobs,"']);
    assert.deepEqual(s.speakers.map((x) => `${x.name} ${x.kind} ${x.confidence}`), ['Rheinmark organization 0.8']);
  });
});

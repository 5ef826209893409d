// Which words in quotation marks a paragraph holds outside every quote span (the parse tree's
// `looseQuotations`, from which `quote-unattributed` is reported): escaped marks, comments and
// apostrophes open nothing, marks inside an open run do not restart it, and a run left open ends
// its paragraph, also when it opens the paragraph. Written to kill mutants of
// parser/looseQuotations.ts that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Paragraph } from '../../server/src/service/syntax';
import { article, parse } from '../support/documents';
import { diagnosticsOf } from '../support/serviceCalls';

const DL = 'BERLIN, Sept. 27 (Xinhua) -- Officials met on Monday.';

/** The loose quotations of the paragraph after the dateline's, as the words they cover and their word count. */
function loose(paragraph: string): [string, number][] {
  const a = parse(article(`${DL}\n\n${paragraph}`));
  const p = a.blocks.filter((b): b is Paragraph => b.type === 'paragraph')[1];
  assert.equal(a.text.slice(p.start, p.end), paragraph);
  return p.looseQuotations.map((l) => [a.text.slice(l.start, l.end), l.wordCount]);
}

describe('loose quotations', () => {
  test('escaped quotation marks and marks inside a comment open nothing', () => {
    assert.deepEqual(loose('The sign read \\"we are closed all day today\\" in red.'), []);
    assert.deepEqual(loose('The sign read \\“we are closed all day today” in red.'), []);
    assert.deepEqual(loose('The sign <!-- read "we are closed all day today" --> was red.'), []);
    // After the comment the scan goes on.
    assert.deepEqual(loose('The sign <!-- "x" --> read "we are closed all day today" in red.'), [['"we are closed all day today"', 6]]);
  });

  test('an apostrophe is no quotation mark: it neither closes nor opens a run', () => {
    assert.deepEqual(loose('She said ‘we don’t know what comes next,’ and left.'), [['‘we don’t know what comes next,’', 6]]);
    assert.deepEqual(loose('The ‘90s were “good times for all of us,” she said.'), [['“good times for all of us,”', 6]]);
  });

  test('inside an open run, other quotation marks neither close it nor open another', () => {
    assert.deepEqual(loose('“Chen called it "a plan" for all of us,” she said.'), [['“Chen called it "a plan" for all of us,”', 9]]);
    assert.deepEqual(loose('They said “Chen called it "a plan" for all of us,” then.'), [['“Chen called it "a plan" for all of us,”', 9]]);
    // A closing mark with no run open starts or closes nothing, also after a run has closed.
    assert.deepEqual(loose('He said this” and left the four of them there.'), []);
    assert.deepEqual(loose('“We are ready for all of this,” she said” and left.'), [['“We are ready for all of this,”', 7]]);
  });

  test('a run left open ends its paragraph, also when it opens it', () => {
    assert.deepEqual(loose('Chen said “we will build four more bridges this year.'), [['“we will build four more bridges this year.', 8]]);
    assert.deepEqual(loose('“We will build four more bridges this year.'), [['“We will build four more bridges this year.', 8]]);
  });

  test('words in a quote span inside the run are attributed: only those around it count', () => {
    const chen = { chen: 'Chen Wenqing' };
    const text = article(`${DL}\n\n"We will see [what]{@chen} happens next, and then more," she said.`, chen);
    const a = parse(text);
    const p = a.blocks.filter((b): b is Paragraph => b.type === 'paragraph')[1];
    assert.deepEqual(p.looseQuotations.map((l) => [text.slice(l.start, l.end), l.wordCount]), [['"We will see [what]{@chen} happens next, and then more,"', 8]]);
    const d = diagnosticsOf(text).filter((x) => x.code === 'quote-unattributed');
    assert.deepEqual(d.map((x) => x.message), ['8 words in quotation marks are not attributed to a speaker: mark them as a quote, "[...]{@id}"']);
  });
});

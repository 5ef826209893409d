// A dateline alone as the whole first paragraph (spec section 3): republished copy prints
// `BEIJING, China, 30 April 2009`, a blank line, then the text. It is the dateline, and
// dateline-form says the text belongs on its line, with a fix that joins them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnostics, parse, toCrlf } from '../support/documents';
import { applyTextEdits, fixesOf, outlineOf } from '../support/serviceCalls';

const front = (agency?: string) => `---\nheadline: H\ndate: 2009-04-30\n${agency ? `agency: ${agency}\n` : ''}---\n\n`;
const lone = (agency: string | undefined, dateline: string, after = '\n\nChina and Germany signed a deal on Thursday.\n') => front(agency) + dateline + after;

const aloneFinding = (text: string, options = {}) => diagnostics(text, options).find((d) => d.code === 'dateline-form' && /stands alone/.test(d.message));
const joined = (text: string, options = {}) => {
  const d = aloneFinding(text, options);
  assert.ok(d, 'no dateline-form for the lone dateline');
  return applyTextEdits(text, fixesOf(d)[0].edits).replace(/^---[\s\S]*?\n---\r?\n\r?\n/, '');
};

describe('a dateline alone on its paragraph', () => {
  test('is the dateline, day first with a year, and marked standalone', () => {
    const a = parse(lone('Xinhua', 'BEIJING, China, 30 April 2009'));
    assert.equal(a.dateline?.place?.text, 'BEIJING');
    assert.equal(a.dateline?.region?.text, 'China');
    assert.equal(a.dateline?.date?.text, '30 April 2009');
    assert.equal(a.dateline?.standalone, true);
    const codes = diagnostics(a.text).map((d) => d.code);
    assert.ok(!codes.includes('dateline-missing'), codes.join());
  });

  test('dateline-form says the text belongs on its line; the fix joins it with the style separator', () => {
    const text = lone('Xinhua', 'BEIJING, China, 30 April 2009');
    assert.equal(aloneFinding(text)?.message,
      'The dateline "BEIJING, China, 30 April 2009" stands alone as a paragraph: the text belongs on its line, after the separator, as in "BEIJING, Sept. 27 (Xinhua) -- ..."');
    assert.equal(joined(text), 'BEIJING, China, 30 April 2009 -- China and Germany signed a deal on Thursday.\n');
    assert.equal(fixesOf(aloneFinding(text)!)[0].title, 'Join the text to the dateline\'s line with "--"');
    // The missing separator is not reported twice: the join writes it.
    assert.ok(!diagnostics(text).some((d) => /no separator/.test(d.message)));
  });

  test('each style joins with its own separator; none with "--"', () => {
    assert.equal(joined(lone('AP', 'WASHINGTON, April 29 (AP)')), 'WASHINGTON, April 29 (AP) — China and Germany signed a deal on Thursday.\n');
    assert.equal(joined(lone('Reuters', 'LONDON, April 29 (Reuters)')), 'LONDON, April 29 (Reuters) - China and Germany signed a deal on Thursday.\n');
    assert.equal(joined(lone(undefined, 'BEIJING, China, 30 April 2009')), 'BEIJING, China, 30 April 2009 -- China and Germany signed a deal on Thursday.\n');
    assert.equal(joined(lone('AFP', 'PARIS, April 29 (AFP)'), { style: 'none' }), 'PARIS, April 29 (AFP) -- China and Germany signed a deal on Thursday.\n');
  });

  test('a separator already written stays; the text moves up after it', () => {
    const text = lone('Xinhua', 'BEIJING, April 29 (Xinhua) --');
    assert.equal(joined(text), 'BEIJING, April 29 (Xinhua) -- China and Germany signed a deal on Thursday.\n');
    assert.equal(joined(toCrlf(text)), 'BEIJING, April 29 (Xinhua) -- China and Germany signed a deal on Thursday.\r\n');
  });

  test('after the join nothing of the kind is left', () => {
    const text = lone('Xinhua', 'BEIJING, April 29 (Xinhua)');
    const after = front('Xinhua') + joined(text);
    assert.equal(aloneFinding(after), undefined);
    assert.deepEqual(diagnostics(after).filter((d) => String(d.code).startsWith('dateline')), []);
  });

  test('with no text after it (an article being written), the missing separator is reported instead', () => {
    const text = lone('Xinhua', 'BEIJING, April 29 (Xinhua)', '\n');
    assert.equal(aloneFinding(text), undefined);
    assert.ok(diagnostics(text).some((d) => d.code === 'dateline-form' && /no separator/.test(d.message)));
  });

  test('a subheading after it gets no join', () => {
    assert.equal(aloneFinding(lone('Xinhua', 'BEIJING, April 29 (Xinhua)', '\n\n## Talks\n\nChina said.\n')), undefined);
  });

  test('a one-line paragraph without a date or a known agency is still no dateline', () => {
    for (const line of ['WASHINGTON', 'NATO (North Atlantic Treaty Organization)', 'Talks in Berlin, April 29', 'The Minister (Ret.)']) {
      const codes = diagnostics(lone('Xinhua', line)).map((d) => d.code);
      assert.ok(codes.includes('dateline-missing'), `${line}: ${codes.join()}`);
    }
  });

  test('the outline shows it as the dateline', () => {
    const outline = outlineOf(lone('Xinhua', 'BEIJING, China, 30 April 2009'));
    assert.deepEqual(outline.filter((s) => s.detail === 'dateline').map((s) => s.name), ['BEIJING, China, 30 April 2009']);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixesOf, NEVER_CANCELLED } from '../../server/src/service';
import { article, codes, doc } from '../support/documents';
import { testService } from '../support/service';

const DATELINE = 'BERLIN, Sept. 27 (Xinhua) -- ';
const chen = { chen: 'Chen Wenqing' };
const count = (text: string, code: string, options?: Parameters<typeof codes>[1]) => codes(text, options).filter((c) => c === code).length;

function applyFirstFix(text: string, code: string): string {
  const d = testService().diagnostics(doc(text), {}, {}, NEVER_CANCELLED).find((x) => x.code === code)!;
  const edits = fixesOf(d)[0].edits;
  const td = doc(text);
  const sorted = [...edits].sort((a, b) => td.offsetAt(b.range.start) - td.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, td.offsetAt(e.range.start)) + e.newText + out.slice(td.offsetAt(e.range.end));
  return out;
}

describe('quote checks', () => {
  test('quote-unknown-speaker offers the nearest id and adding the speaker', () => {
    const text = article(`${DATELINE}[Ready]{@chne}, Chen Wenqing said.`, chen);
    const d = testService().diagnostics(doc(text), {}, {}, NEVER_CANCELLED).find((x) => x.code === 'quote-unknown-speaker')!;
    assert.match(d.message, /did you mean "@chen"/);
    assert.deepEqual(fixesOf(d).map((f) => f.title), ['Change to "@chen" (Chen Wenqing)', 'Add speaker "chne" to the front matter']);
    assert.equal(count(applyFirstFix(text, 'quote-unknown-speaker'), 'quote-unknown-speaker'), 0);
    const added = testService();
    const withNew = (() => {
      const dd = added.diagnostics(doc(text), {}, {}, NEVER_CANCELLED).find((x) => x.code === 'quote-unknown-speaker')!;
      const e = fixesOf(dd)[1].edits[0];
      const td = doc(text);
      return text.slice(0, td.offsetAt(e.range.start)) + e.newText + text.slice(td.offsetAt(e.range.end));
    })();
    assert.equal(count(withNew, 'quote-unknown-speaker'), 0);
    assert.match(withNew, /\n {2}chne:\n {4}name: Chne\n/);
  });

  test('quote-marks: unbalanced direct quote, with the wire-style continuation allowed', () => {
    assert.equal(count(article(`${DATELINE}["We are ready,]{@chen} Chen Wenqing said.`, chen), 'quote-marks'), 1);
    assert.equal(count(article(`${DATELINE}["We are ready,"]{@chen} Chen Wenqing said.`, chen), 'quote-marks'), 0);
    const continued = article(`${DATELINE}Chen Wenqing said: ["We are ready to talk.]{@chen}\n\n["And we will keep talking."]{@chen}`, chen);
    assert.equal(count(continued, 'quote-marks'), 0);
    const notContinued = article(`${DATELINE}Chen Wenqing said: ["We are ready to talk.]{@chen}\n\nThen he left.`, chen);
    assert.equal(count(notContinued, 'quote-marks'), 1);
    const fixed = applyFirstFix(article(`${DATELINE}["We are ready,]{@chen} Chen Wenqing said.`, chen), 'quote-marks');
    assert.match(fixed, /\["We are ready,"\]\{@chen\}/);
    assert.equal(count(fixed, 'quote-marks'), 0);
  });

  test('quote-unattributed: four or more words in marks outside spans; the minimum is a setting', () => {
    assert.equal(count(article(`${DATELINE}Chen Wenqing said "we are ready to talk" today.`, chen), 'quote-unattributed'), 1);
    assert.equal(count(article(`${DATELINE}Chen Wenqing called it "historic" today.`, chen), 'quote-unattributed'), 0);
    assert.equal(count(article(`${DATELINE}Chen Wenqing called it "very historic" today.`, chen), 'quote-unattributed', { unattributedMinWords: 2 }), 1);
    const fixed = applyFirstFix(article(`${DATELINE}Chen Wenqing said "we are ready to talk" today.`, chen), 'quote-unattributed');
    assert.match(fixed, /\["we are ready to talk"\]\{@chen\}/);
  });

  test('quote-cue-verb: a loaded verb next to a quote is a hint, with a neutral replacement', () => {
    const text = article(`${DATELINE}[The talks failed]{@chen}, Chen Wenqing claimed.`, chen);
    const d = testService().diagnostics(doc(text), {}, {}, NEVER_CANCELLED).find((x) => x.code === 'quote-cue-verb')!;
    assert.equal(d.severity, 4);
    assert.equal(text.slice(doc(text).offsetAt(d.range.start), doc(text).offsetAt(d.range.end)), 'claimed');
    assert.equal(count(article(`${DATELINE}[The talks failed]{@chen}, Chen Wenqing said.`, chen), 'quote-cue-verb'), 0);
    assert.match(applyFirstFix(text, 'quote-cue-verb'), /Chen Wenqing said\./);
  });

  test('markup errors: unclosed, orphan, empty', () => {
    assert.equal(count(article(`${DATELINE}[Ready]{@chen Chen Wenqing said.`, chen), 'quote-unclosed'), 1);
    assert.equal(count(article(`${DATELINE}Ready]{@chen}, Chen Wenqing said.`, chen), 'quote-orphan'), 1);
    assert.equal(count(article(`${DATELINE}[]{@chen} Chen Wenqing said.`, chen), 'quote-empty'), 1);
    assert.match(applyFirstFix(article(`${DATELINE}[Ready]{@chen Chen Wenqing said.`, chen), 'quote-unclosed'), /\[Ready\]\{@chen\} Chen/);
  });

  test('a span never crosses a blank line', () => {
    const text = article(`${DATELINE}[Ready to\n\ntalk]{@chen}, Chen Wenqing said.`, chen);
    assert.equal(count(text, 'quote-orphan'), 1);
  });
});

describe('severity settings and inline switches', () => {
  const broken = article(`${DATELINE}[Ready]{@chne}, Chen Wenqing said.`, chen);
  test('a rule can change severity or be turned off', () => {
    const service = testService();
    const sev = (rules: object) => service.diagnostics(doc(broken), {}, { rules }, NEVER_CANCELLED).filter((d) => d.code === 'quote-unknown-speaker').map((d) => d.severity);
    assert.deepEqual(sev({}), [1]);
    assert.deepEqual(sev({ 'quote-unknown-speaker': 'hint' }), [4]);
    assert.deepEqual(sev({ 'quote-unknown-speaker': 'off' }), []);
  });

  test('diagnostics carry source, code link and fixes', () => {
    const d = testService({ docsBaseUrl: 'file:///docs/syntax.md' }).diagnostics(doc(broken), {}, {}, NEVER_CANCELLED).find((x) => x.code === 'quote-unknown-speaker')!;
    assert.equal(d.source, 'newsmark');
    assert.equal(d.codeDescription?.href, 'file:///docs/syntax.md#quote-unknown-speaker');
  });

  test('disable-next-line, disable/enable regions', () => {
    const next = article(`<!-- newsmark-disable-next-line quote-unknown-speaker -->\n${DATELINE}[Ready]{@chne}, Chen Wenqing said.`, chen);
    assert.equal(count(next, 'quote-unknown-speaker'), 0);
    const region = article(`${DATELINE}Chen Wenqing spoke.\n\n<!-- newsmark-disable quote-unknown-speaker -->\n[A]{@x}\n\n<!-- newsmark-enable quote-unknown-speaker -->\n\n[B]{@y}`, chen);
    assert.equal(count(region, 'quote-unknown-speaker'), 1);
    const all = article(`${DATELINE}Chen Wenqing spoke.\n\n<!-- newsmark-disable -->\n[A]{@x}`, chen);
    assert.equal(count(all, 'quote-unknown-speaker'), 0);
  });
});

describe('diagnostics of one parse', () => {
  test('are computed once per parse and options (code actions ask again at every cursor move)', async () => {
    const { DEFAULT_OPTIONS } = await import('../../server/src/service');
    const service = testService();
    const d = doc(article(`${DATELINE}[Ready]{@chne}, Chen Wenqing said.`, chen));
    const first = service.diagnostics(d, {}, DEFAULT_OPTIONS, NEVER_CANCELLED);
    assert.equal(service.diagnostics(d, {}, { ...DEFAULT_OPTIONS }, NEVER_CANCELLED), first, 'same parse, equal options: the same result');
    const off = service.diagnostics(d, {}, { ...DEFAULT_OPTIONS, rules: { 'quote-unknown-speaker': 'off' } }, NEVER_CANCELLED);
    assert.notEqual(off, first);
    assert.ok(first.some((d) => d.code === 'quote-unknown-speaker') && !off.some((d) => d.code === 'quote-unknown-speaker'));
  });
});

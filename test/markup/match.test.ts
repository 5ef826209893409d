// The evaluation's own arithmetic on hand-made cases small enough to check on paper: a wrong IoU,
// a matching that is not one to one or not greedy by IoU, a kind counted against another, an F1
// of the wrong formula or a speaker rule that accepts the wrong person must each fail here.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareArticle, iou, matchSpans, scores } from './match';
import { sameName, sameSpeaker } from './speakerNames';
import type { MarkupSuggestion, SuggestedSpan, SuggestedSpeaker } from './suggestion';

const span = (start: number, end: number, speakerId = 'a', kind: SuggestedSpan['kind'] = 'direct'): SuggestedSpan =>
  ({ start, end, speakerId, kind, confidence: 1 });
const speaker = (id: string, name: string, aliases: string[] = [], kind: SuggestedSpeaker['kind'] = 'person'): SuggestedSpeaker =>
  ({ id, name, aliases, kind, confidence: 1 });

describe('intersection over union', () => {
  test('is the shared characters over the characters of either', () => {
    assert.equal(iou({ start: 0, end: 10 }, { start: 5, end: 15 }), 5 / 15);
    assert.equal(iou({ start: 0, end: 10 }, { start: 2, end: 7 }), 5 / 10);
    assert.equal(iou({ start: 3, end: 9 }, { start: 3, end: 9 }), 1);
  });

  test('is 0 for spans that only touch or lie apart', () => {
    assert.equal(iou({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
    assert.equal(iou({ start: 0, end: 5 }, { start: 7, end: 20 }), 0);
  });
});

describe('one-to-one matching', () => {
  test('each level has its own threshold, 0.5 inclusive', () => {
    const gold = [span(0, 10)];
    assert.equal(matchSpans(gold, [span(0, 5)], 'iou50').length, 1, 'IoU exactly 0.5');
    assert.equal(matchSpans(gold, [span(5, 15)], 'iou50').length, 0, 'IoU 1/3');
    assert.equal(matchSpans(gold, [span(5, 15)], 'iou30').length, 1, 'IoU 1/3');
    assert.equal(matchSpans(gold, [span(0, 9)], 'exact').length, 0);
    assert.equal(matchSpans(gold, [span(0, 10)], 'exact').length, 1);
  });

  test('a gold span is matched once, by the predicted span that overlaps it most', () => {
    assert.deepEqual(matchSpans([span(0, 10)], [span(1, 10), span(0, 10)], 'iou50'), [[0, 1]]);
  });

  test('pairs are taken highest IoU first, not in text order', () => {
    // Gold 0 = [0,10), gold 1 = [0,20); predicted 0 = [0,19) (IoU 0.53 with gold 0, 0.95 with
    // gold 1), predicted 1 = [0,11) (0.91 with gold 0). In text order gold 0 would take
    // predicted 0; by IoU, gold 1 takes it and gold 0 gets predicted 1.
    assert.deepEqual(matchSpans([span(0, 10), span(0, 20)], [span(0, 19), span(0, 11)], 'iou50'), [[0, 1], [1, 0]]);
  });

  test('nested spans are spans: the inner one alone matches the inner gold, not the outer', () => {
    const gold: MarkupSuggestion = { speakers: [speaker('a', 'Ann Lee'), speaker('b', 'Bo Kim')], spans: [span(0, 30, 'a', 'partial'), span(10, 20, 'b')] };
    const counts = compareArticle(gold, { speakers: [speaker('x', 'Bo Kim')], spans: [span(10, 20, 'x')] });
    assert.deepEqual(counts.kinds.all, { gold: 2, predicted: 1, matched: { iou50: 1, iou30: 1, exact: 1 } });
    assert.equal(counts.withSpeaker.matched.iou50, 1);
  });
});

describe('accounting per kind', () => {
  const gold: MarkupSuggestion = {
    speakers: [speaker('a', 'Ann Lee')],
    spans: [span(0, 10, 'a', 'direct'), span(20, 40, 'a', 'indirect')],
  };
  const predicted: MarkupSuggestion = {
    speakers: [speaker('p', 'Ann Lee')],
    spans: [span(0, 10, 'p', 'indirect'), span(20, 40, 'p', 'indirect'), span(50, 60, 'p', 'partial')],
  };
  const counts = compareArticle(gold, predicted);

  test('a span of the wrong kind counts against its own kind, and only "all" ignores the kind', () => {
    assert.deepEqual(counts.kinds.direct, { gold: 1, predicted: 0, matched: { iou50: 0, iou30: 0, exact: 0 } });
    assert.deepEqual(counts.kinds.indirect, { gold: 1, predicted: 2, matched: { iou50: 1, iou30: 1, exact: 1 } });
    assert.deepEqual(counts.kinds.partial, { gold: 0, predicted: 1, matched: { iou50: 0, iou30: 0, exact: 0 } });
    assert.deepEqual(counts.kinds.all, { gold: 2, predicted: 3, matched: { iou50: 2, iou30: 2, exact: 2 } });
  });

  test('precision, recall and F1 are matched over predicted, over gold, and their harmonic mean', () => {
    const s = scores({ gold: 4, predicted: 2, matched: { iou50: 1, iou30: 2, exact: 0 } }, 'iou50');
    assert.equal(s.precision, 0.5);
    assert.equal(s.recall, 0.25);
    assert.ok(Math.abs(s.f1! - (2 * 0.5 * 0.25) / (0.5 + 0.25)) < 1e-12);
    assert.equal(scores({ gold: 4, predicted: 2, matched: { iou50: 1, iou30: 2, exact: 0 } }, 'iou30').f1, 2 / 3);
  });

  test('a ratio with nothing to divide by is null, and F1 of a miss is 0', () => {
    assert.deepEqual(scores({ gold: 3, predicted: 0, matched: { iou50: 0, iou30: 0, exact: 0 } }, 'iou50'), { precision: null, recall: 0, f1: 0 });
    assert.equal(scores({ gold: 0, predicted: 0, matched: { iou50: 0, iou30: 0, exact: 0 } }, 'iou50').f1, null);
  });

  test('a matched span with the wrong speaker counts for the span but not for span and speaker', () => {
    const wrong = compareArticle(gold, { speakers: [speaker('p', 'Bo Kim')], spans: [span(0, 10, 'p', 'direct')] });
    assert.equal(wrong.kinds.all.matched.iou50, 1);
    assert.deepEqual(wrong.withSpeaker, { gold: 2, predicted: 1, matched: { iou50: 0, iou30: 0, exact: 0 } });
    const unknownId = compareArticle(gold, { speakers: [], spans: [span(0, 10, 'nobody', 'direct')] });
    assert.equal(unknownId.withSpeaker.matched.iou50, 0);
  });

  test('speakers found counts only the gold speakers that are quoted', () => {
    const withSilent: MarkupSuggestion = { speakers: [...gold.speakers, speaker('s', 'Silent Sam')], spans: gold.spans };
    const found = compareArticle(withSilent, { speakers: [speaker('p', 'Lee'), speaker('q', 'Silent Sam')], spans: [] }).speakers;
    assert.deepEqual(found, { gold: 1, predicted: 2, found: 1, rightName: 0 });
  });
});

describe('the speaker rule', () => {
  const chen = speaker('chen', 'Chen Wenqing', ['Chen']);
  const crane = speaker('crane', 'Walter Crane', ['Crane']);
  const ministry = speaker('ministry', 'Ministry of Energy', ['the ministry'], 'organization');
  const article = [chen, crane, ministry];

  test('names match in any case and spacing, and without a leading article', () => {
    assert.ok(sameSpeaker(chen, speaker('x', ' chen  WENQING'), article));
    assert.ok(sameSpeaker(ministry, speaker('x', 'the Ministry of Energy', [], 'organization'), article));
    assert.ok(sameName(ministry, speaker('x', 'The ministry of energy', [], 'organization')));
    assert.ok(!sameName(chen, speaker('x', 'Chen')));
  });

  test('a name or alias of one side may be an alias of the other', () => {
    assert.ok(sameSpeaker(chen, speaker('x', 'Chen'), article));
    assert.ok(sameSpeaker(ministry, speaker('x', 'Ministry', ['Ministry'], 'organization'), article));
    assert.ok(sameSpeaker(ministry, speaker('x', 'energy officials', ['The Ministry'], 'group'), article));
  });

  test('two persons sharing the surname are the same speaker, titles or not', () => {
    assert.ok(sameSpeaker(crane, speaker('x', 'Sen. Walter Crane'), article));
    const dumont = speaker('d', 'Pierre Dumont');
    assert.ok(sameSpeaker(dumont, speaker('x', 'Mr. Dumont'), [dumont]));
  });

  test('the surname rule is for persons only, and never for a surname two gold persons share', () => {
    assert.ok(!sameSpeaker(ministry, speaker('x', 'Department of Energy', [], 'organization'), article));
    assert.ok(!sameSpeaker(crane, speaker('x', 'Sen. Walter Crane', [], 'organization'), article));
    const odile = speaker('odile', 'Odile Batiste', ['Odile']);
    const june = speaker('june', 'June Batiste', ['Batiste']);
    assert.ok(!sameSpeaker(odile, speaker('x', 'Batiste'), [odile, june]));
    assert.ok(!sameSpeaker(june, speaker('x', 'Batiste'), [odile, june]), 'June\'s alias is Odile\'s surname too');
    assert.ok(sameSpeaker(june, speaker('x', 'June Batiste'), [odile, june]));
    assert.ok(!sameSpeaker(odile, speaker('x', 'Odette Batiste'), [odile, june]));
    assert.ok(sameSpeaker(odile, speaker('x', 'Odile'), [odile, june]));
  });

  test('another person is not the speaker', () => {
    assert.ok(!sameSpeaker(chen, speaker('x', 'Wolfgang Schmidt', ['Schmidt']), article));
    assert.ok(!sameSpeaker(chen, crane, article));
  });
});

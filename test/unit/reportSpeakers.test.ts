// The Speakers view's overview (report/speakers.ts) over a few in-memory articles: the order
// (most quoted, then name, then id), the name most articles give, the kind once some article
// defines it, the counts by kind, each article's quotes in reading order; the outline, one
// speaker's answer, and a cancelled request.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NEVER_CANCELLED, speakerOverview, withDefaults } from '../../server/src/service';
import { SpeakerOverview, sortedByUri, type SpeakerEntry } from '../../server/src/service/report/speakers';
import { asSummary } from '../../server/src/service/archive/articleSummary';
import { parse } from '../support/documents';

function news(name: string, speakers: string, body: string) {
  return parse(`---\nheadline: ${name}\ndate: 2024-01-15\nspeakers:\n${speakers}---\n\n${body}\n`, `file:///archive/${name}.news`);
}

const row = (s: SpeakerEntry) => [s.id, s.name, s.kind, s.quotes, s.articles.map((a) => [a.uri.slice(-6), a.headline, a.quotes.map((q) => [q.kind, q.text])]), s.articleCount];

describe('report: the Speakers view\'s overview', () => {
  // Made in the describe body, not at the file's top: see test/mutation/nodeTestOnMocha.cjs.
  const OPTIONS = withDefaults(undefined);
  const ARTICLES = [
    news('d', '  li:\n    name: Li Na\n    kind: group\n  chen:\n    name: Chen Wenqing\n    kind: organization\n', 'Li said [no]{@li}. Chen said [yes]{@chen}.'),
    news('b', '  chen:\n    name: Chen Wenqing\n', '["Yes,"]{@chen} Chen said, and [more]{@chen}. Li said [maybe]{@li}.'),
    news('a', '  chen:\n    name: Chen W.\n  bo:\n    name: Bo\n', 'Chen called it [a "good" plan]{@chen}. [Fine]{@bo}. [Also]{@bo}. [Quite]{@bo}.'),
    news('c', '  chen:\n    name: Chen W.\n  zed:\n    name: Al\n  aa:\n    name: Zoe\n', 'Chen said [so]{@chen}. Al said [it]{@zed}. Zoe said [that]{@aa}.'),
  ];

  it('orders by quotes, then name, then id; names and kinds a speaker as the articles define it', () => {
    const overview = speakerOverview(ARTICLES, OPTIONS, NEVER_CANCELLED);
    assert.deepEqual(overview.map(row), [
      ['chen', 'Chen W.', 'person', { direct: 1, partial: 1, indirect: 3 }, [
        ['a.news', 'a', [['partial', 'a "good" plan']]],
        ['b.news', 'b', [['direct', '"Yes,"'], ['indirect', 'more']]],
        ['c.news', 'c', [['indirect', 'so']]],
        ['d.news', 'd', [['indirect', 'yes']]],
      ], undefined],
      ['bo', 'Bo', 'person', { direct: 0, partial: 0, indirect: 3 }, [['a.news', 'a', [['indirect', 'Fine'], ['indirect', 'Also'], ['indirect', 'Quite']]]], undefined],
      ['li', 'Li Na', 'group', { direct: 0, partial: 0, indirect: 2 }, [['b.news', 'b', [['indirect', 'maybe']]], ['d.news', 'd', [['indirect', 'no']]]], undefined],
      ['zed', 'Al', 'person', { direct: 0, partial: 0, indirect: 1 }, [['c.news', 'c', [['indirect', 'it']]]], undefined],
      ['aa', 'Zoe', 'person', { direct: 0, partial: 0, indirect: 1 }, [['c.news', 'c', [['indirect', 'that']]]], undefined],
    ]);
    // The quote's range and its @id's range, in the article's lines.
    const bo = overview[1].articles[0].quotes[0];
    assert.deepEqual([bo.range.start.line, bo.speakerRange.start.line], [10, 10]);
    assert.ok(bo.speakerRange.start.character > bo.range.start.character);
  });

  it('answers an outline (counts, no articles) and one speaker whole', () => {
    const summaries = sortedByUri(ARTICLES.map((a) => asSummary(a, OPTIONS)));
    assert.deepEqual(summaries.map((s) => s.uri.slice(-6)), ['a.news', 'b.news', 'c.news', 'd.news']);
    const outline = new SpeakerOverview({ outline: true });
    for (const s of summaries) outline.add(s);
    assert.deepEqual(outline.speakers().map((s) => [s.id, s.articles.length, s.articleCount]), [['chen', 0, 4], ['bo', 0, 1], ['li', 0, 2], ['zed', 0, 1], ['aa', 0, 1]]);
    const one = new SpeakerOverview({ speaker: 'li' });
    for (const s of summaries) one.add(s);
    assert.deepEqual(one.speakers().map(row), [
      ['li', 'Li Na', 'group', { direct: 0, partial: 0, indirect: 2 }, [['b.news', 'b', [['indirect', 'maybe']]], ['d.news', 'd', [['indirect', 'no']]]], undefined],
    ]);
  });

  it('keeps the first name on a tie, and the id when no article names the speaker', () => {
    const tie = [news('x', '  p:\n    name: Zoe\n', '[a]{@p}.'), news('y', '  p:\n    name: Amy\n', '[b]{@p}.'), news('z', '  q:\n    name: Q\n', '[c]{@p} [d]{@nobody}.')];
    assert.deepEqual(speakerOverview(tie, OPTIONS, NEVER_CANCELLED).map((s) => [s.id, s.name, s.kind]), [['p', 'Zoe', 'person'], ['nobody', 'nobody', 'unknown']]);
    // The name used more often wins, though it came later; the speakers added first are quoted least.
    const later = [news('x', '  p:\n    name: Zoe\n  a:\n    name: zz\n', '[d]{@nobody} [e]{@a} [a]{@p}.'), news('y', '  p:\n    name: Amy\n', '[b]{@p}.'), news('z', '  p:\n    name: Amy\n', '[c]{@p}.')];
    assert.deepEqual(speakerOverview(later, OPTIONS, NEVER_CANCELLED).map((s) => [s.id, s.name]), [['p', 'Amy'], ['nobody', 'nobody'], ['a', 'zz']]);
  });

  it('answers nothing once the request is cancelled', () => {
    assert.deepEqual(speakerOverview(ARTICLES, OPTIONS, { isCancellationRequested: true }), []);
  });
});

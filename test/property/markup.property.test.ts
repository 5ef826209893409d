// Properties of the markup engine on any body: it never throws, its spans are well formed (inside
// the body, sorted, nested but never crossing), the draft checks with no error, and strip() of the
// draft gives the body back byte for byte (docs/markup.md, "The body is verbatim"). The body is
// what the front ends read from a file with readPlainArticle, as `newsmark markup` does.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { readPlainArticle, renderDraft } from '../../server/src/service';
import { ROOT } from '../support/documents';
import { draftErrors, markUp, stripped } from '../support/markup';
import { propertyParameters } from './parameters';

const RUNS = 120;

const GOLD = path.join(ROOT, 'test/markup/gold');
const bodies = readdirSync(GOLD).filter((f) => f.endsWith('.txt')).slice(0, 6)
  .map((f) => readPlainArticle(readFileSync(path.join(GOLD, f), 'utf8')).body);

// Everything the draft must escape or break up, and the words the rules react to.
const PIECES = ['[', ']', '{', '}', '{@', ']{@chen}', '\\', '\\[', '"', '“', '”', '‘', '’', '<!--', '-->', '<!---->', '\n', '\r\n',
  '\n\n', '\r\n\r\n', '---\n', '\n---\n', '...', '\n# ', '\n## ', '\n#### ', '#', ':', ', ', '-- ', ' — ', 'BERLIN, Sept. 27 (Xinhua) -- ',
  'Chen Wenqing', 'Chen', 'Rep. Dana Whitlock, R-Calif.,', ' said', ' told reporters', ' he said.', ' according to ', 'the ministry',
  ' adding that ', 'Calling for ', ' quoted ', ' as saying ', '"We are ready," ', '. ', ' ', '\uFEFF', '😀', 'é', '\t', '\u00a0'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }));
const soup = fc.array(piece, { maxLength: 50 }).map((a) => a.join(''));
const mutation = fc.record({ at: fc.nat(), del: fc.nat({ max: 10 }), insert: fc.array(piece, { maxLength: 3 }).map((a) => a.join('')) });
const mutatedGold = fc.tuple(fc.constantFrom(...bodies), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([text, ms]) => {
  let t = text;
  for (const m of ms) {
    const at = m.at % (t.length + 1);
    t = t.slice(0, at) + m.insert + t.slice(at + m.del);
  }
  return t;
});
const anyBody = fc.oneof(soup, mutatedGold, fc.string({ unit: 'binary', maxLength: 120 }));

describe('markup properties', () => {
  test('the draft strips to the body, checks with no error, and its spans are well formed', () => {
    fc.assert(fc.property(anyBody, (file) => {
      const body = readPlainArticle(file).body;
      const s = markUp(body);
      let last = -1;
      const open: { start: number; end: number }[] = [];
      for (const x of s.spans) {
        assert.ok(x.start >= 0 && x.end <= body.length && x.start < x.end, `span ${x.start}-${x.end} outside the body`);
        assert.ok(x.start >= last, 'spans sorted by start');
        last = x.start;
        while (open.length && open[open.length - 1].end <= x.start) open.pop();
        const parent = open[open.length - 1];
        assert.ok(!parent || x.end <= parent.end, 'spans nest, never cross');
        open.push(x);
        assert.ok(s.speakers.some((p) => p.id === x.speakerId), `span speaker ${x.speakerId} declared`);
      }
      const draft = renderDraft({ body, headline: 'H', date: '2024-01-02' }, s);
      assert.equal(stripped(draft), body);
      assert.deepEqual(draftErrors(draft), []);
    }), propertyParameters(RUNS));
  });
});

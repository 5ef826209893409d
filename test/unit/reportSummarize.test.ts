// One article's summary (report/summarize.ts) at two edges: a quote without a speaker id counts
// (as of kind unknown) but is nobody's row, and an organisation that names a parent `org` counts
// under that parent, not its own name.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeArticle, withDefaults } from '../../server/src/service';
import { parse } from '../support/documents';

describe('report: one article\'s summary at its edges', () => {
  it('counts a quote without an id as unknown, and an organisation under its org', () => {
    const text = '---\nheadline: x\ndate: 2024-01-01\nspeakers:\n  council:\n    name: Council\n    kind: organization\n    org: Parent\n---\n\nHe said [yes]{@}. The council said [no]{@council}.\n';
    const s = summarizeArticle(parse(text), withDefaults(undefined));
    assert.deepEqual(s.speakers.map((x) => [x.id, x.quotes]), [['council', { direct: 0, partial: 0, indirect: 1 }]]);
    assert.deepEqual(s.quotes, { direct: 0, partial: 0, indirect: 2 });
    assert.deepEqual(s.speakerKinds.unknown, { direct: 0, partial: 0, indirect: 1 });
    assert.deepEqual(s.organisations, [{ name: 'Parent', quotes: { direct: 0, partial: 0, indirect: 1 } }]);
  });
});

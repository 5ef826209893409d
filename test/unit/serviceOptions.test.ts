// The settings the language service reads (toServiceOptions): each setting to its option, among
// them `sources.spelling`, whose "variants" (British and American spellings count as the same in
// a quote) is the only value that turns spellingVariants on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, toServiceOptions } from '../../server/src/service';

test('settings to service options, sources.spelling both ways', () => {
  const rules = { 'quote-cue-verb': 'off' } as const;
  assert.deepEqual(toServiceOptions({ ...DEFAULT_SETTINGS, style: 'reuters', rules, quoteUnattributedMinWords: 6, sourcesSpelling: 'variants' }),
    { style: 'reuters', rules, unattributedMinWords: 6, spellingVariants: true });
  assert.equal(toServiceOptions({ ...DEFAULT_SETTINGS, sourcesSpelling: 'exact' }).spellingVariants, false);
});

// The settings validator (server/src/service/settings/readSettings.ts) on a table of values at and
// around the edges a .newsmarkrc.json or an editor can send: the bounds of integer and number
// settings (inclusive), numbers that are not finite (a JavaScript client can send them, JSON
// cannot), a group set to null or undefined (unset, as for any key), a setting whose value is an
// object with an empty key, and an origin without a key prefix. Each row gives the exact warnings
// and the value kept. Written to kill mutants that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, readSettings, type NewsmarkSettings } from '../../server/src/service';

const FILE: Parameters<typeof readSettings>[2] = { where: '.newsmarkrc.json', keyPrefix: '' };

function read(raw: unknown, origin = FILE) {
  const warnings: string[] = [];
  const settings = readSettings(raw, (m) => warnings.push(m), origin);
  return { settings, warnings };
}

/** [raw settings, the warnings, the settings that differ from the defaults]. */
type Row = [raw: Record<string, unknown>, warnings: string[], kept: Partial<NewsmarkSettings>];

function check(rows: Row[]) {
  for (const [raw, warnings, kept] of rows) {
    const label = JSON.stringify(raw, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v === undefined ? 'undefined' : v));
    const got = read(raw);
    assert.deepEqual(got.warnings, warnings, label);
    assert.deepEqual(got.settings, { ...DEFAULT_SETTINGS, ...kept }, label);
  }
}

describe('settings at the edges of their schema', () => {
  test('integers: the minimum itself is allowed, one below is named', () => {
    check([
      [{ quoteUnattributedMinWords: 1 }, [], { quoteUnattributedMinWords: 1 }],
      [{ quoteUnattributedMinWords: 0 }, ['.newsmarkrc.json: quoteUnattributedMinWords: must be at least 1'], {}],
      [{ maxDocumentSizeMB: 1 }, [], { maxDocumentSizeMB: 1 }],
      [{ maxDocumentSizeMB: 0 }, ['.newsmarkrc.json: maxDocumentSizeMB: must be at least 1'], {}],
      [{ maxDocumentSizeMB: '20' }, ['.newsmarkrc.json: maxDocumentSizeMB: must be an integer'], {}],
    ]);
  });

  test('numbers: both bounds are allowed, anything outside or not finite is named', () => {
    const outside = ['.newsmarkrc.json: markup.reviewThreshold: must be from 0 to 1'];
    const notANumber = ['.newsmarkrc.json: markup.reviewThreshold: must be a number'];
    check([
      [{ markup: { reviewThreshold: 0 } }, [], { markupReviewThreshold: 0 }],
      [{ markup: { reviewThreshold: 1 } }, [], { markupReviewThreshold: 1 }],
      [{ markup: { reviewThreshold: -0.1 } }, outside, {}],
      [{ markup: { reviewThreshold: 1.1 } }, outside, {}],
      [{ markup: { reviewThreshold: Number.NaN } }, notANumber, {}],
      [{ markup: { reviewThreshold: Number.POSITIVE_INFINITY } }, notANumber, {}],
      [{ markup: { reviewThreshold: Number.NEGATIVE_INFINITY } }, notANumber, {}],
    ]);
  });

  test('a group set to null or undefined is unset, with no warning; any other non-object is named', () => {
    check([
      [{ outline: null }, [], {}],
      [{ outline: undefined }, [], {}],
      [{ markup: null, sources: undefined, style: 'ap' }, [], { style: 'ap' }],
      [{ outline: 'section' }, ['.newsmarkrc.json: outline: must be an object'], {}],
      [{ outline: ['section'] }, ['.newsmarkrc.json: outline: must be an object'], {}],
    ]);
  });

  test('a setting\'s value that is an object with an empty key is the object, not that key\'s value', () => {
    check([
      [{ style: { '': 'ap' } }, ['.newsmarkrc.json: style: must be one of auto, ap, reuters, xinhua, upi, none'], {}],
      [{ rules: { '': 'off' } }, ['.newsmarkrc.json: rules.: unknown diagnostic code'], {}],
      [{ quoteUnattributedMinWords: { '': 6 } }, ['.newsmarkrc.json: quoteUnattributedMinWords: must be an integer'], {}],
    ]);
  });

  test('an origin without a key prefix names the keys as they are', () => {
    const origin = { where: 'settings.json' };
    assert.deepEqual(read({ styl: 'ap', outline: { sortBy: 'name' } }, origin).warnings, ['settings.json: styl: unknown key', 'settings.json: outline.sortBy: unknown key']);
    assert.deepEqual(read(42, origin).warnings, ['settings.json: (top level): must be an object']);
  });
});

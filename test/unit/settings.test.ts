import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, SettingsStore, readSettings } from '../../server/src/lsp/settings';

describe('server settings', () => {
  test('wrong values fall back to defaults, and each mistake is named', () => {
    const warnings: string[] = [];
    const s = readSettings({ validate: 'sometimes', style: 'bbc', rules: { 'quote-cue-verb': 'off', 'quote-cue-verbs': 'off', 'speaker-unused': 'loud' } }, (m) => warnings.push(m));
    assert.equal(s.validate, DEFAULT_SETTINGS.validate);
    assert.equal(s.style, DEFAULT_SETTINGS.style);
    assert.deepEqual(s.rules, { 'quote-cue-verb': 'off' });
    assert.deepEqual(warnings, [
      'newsmark.validate: "sometimes" is not one of onType, onSave; using "onType"',
      'newsmark.style: "bbc" is not one of auto, ap, reuters, xinhua, upi, none; using "auto"',
      'newsmark.rules: "quote-cue-verbs" is not a NewsMark diagnostic code; it is ignored',
      'newsmark.rules: "speaker-unused": "loud" is not one of error, warning, info, hint, off; the default severity stays',
    ]);
  });

  test('the store logs a settings mistake once, however many documents ask', async () => {
    const logged: string[] = [];
    const store = new SettingsStore({ pullSupported: true, fetch: async () => ({ rules: { nope: 'off' } }) }, undefined, (m) => logged.push(m));
    await store.get('file:///a.news');
    await store.get('file:///b.news');
    assert.deepEqual(logged, ['newsmark.rules: "nope" is not a NewsMark diagnostic code; it is ignored']);
  });
});

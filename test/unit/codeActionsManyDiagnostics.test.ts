// Quick fixes for more diagnostics than V8 takes arguments: a spread into push() passes every
// element as an argument and threw past about 120,000 of them (select all, then the light bulb).
// A file of its own so that mutation runs can leave it out (stryker.config.mjs): it checks 130,000
// quotes, seconds a run, for a limit of V8's rather than for behaviour a mutant could change.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED } from '../../server/src/service';
import { article, doc } from '../support/documents';
import { testService } from '../support/service';

describe('code actions for very many diagnostics', () => {
  test('130,000 quotes of an unknown speaker, all selected, each get their quick fixes', () => {
    const QUOTES = 130_000;
    const text = article(`BERLIN, Sept. 27 (Xinhua) -- ${Array.from({ length: QUOTES }, (_, i) => `[q${i}]{@b}`).join(' ')}.`, { b1: 'Bo' });
    const service = testService();
    const document = doc(text);
    const unknown = service.diagnostics(document, {}, {}, NEVER_CANCELLED).filter((d) => d.code === 'quote-unknown-speaker');
    assert.equal(unknown.length, QUOTES);
    const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
    const actions = service.codeActions(document, { range: whole, context: { diagnostics: unknown, only: ['quickfix'] } }, {}, NEVER_CANCELLED);
    const fixed = new Set(actions.map((a) => JSON.stringify(a.diagnostics?.[0]?.range)));
    assert.equal(fixed.size, QUOTES, 'every diagnostic sent has a quick fix');
    assert.ok(fixed.has(JSON.stringify(unknown[0].range)) && fixed.has(JSON.stringify(unknown[QUOTES - 1].range)));
  });
});

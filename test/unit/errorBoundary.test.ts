// The server's one error boundary (lsp/guard.ts): a feature that throws costs that one answer,
// never the server, and the bug reaches the log instead of vanishing. A refusal meant for the user
// (a ResponseError) and a cancelled request pass through as such.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { guardNotification, guardRequest } from '../../server/src/lsp/guard';
import type { Logger } from '../../server/src/service';

function recordingLogger(): { logger: Logger; errors: string[] } {
  const errors: string[] = [];
  const ignore = () => {};
  return { errors, logger: { error: (m, e) => errors.push(`${m} | ${e instanceof Error ? e.message : String(e)}`), warn: ignore, info: ignore, debug: ignore } };
}

const live: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
const cancelled: CancellationToken = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) };

describe('the request guard', () => {
  test('a throwing feature answers the empty result and logs the error with the request name', async () => {
    const { logger, errors } = recordingLogger();
    const handler = guardRequest('hover', null, logger, () => {
      throw new Error('boom in hover');
    });
    assert.equal(await handler({}, live), null);
    assert.deepEqual(errors, ['newsmark: hover failed | boom in hover']);
  });

  test('an asynchronous failure is caught the same way', async () => {
    const { logger, errors } = recordingLogger();
    const handler = guardRequest('completion', { isIncomplete: false, items: [] }, logger, async () => Promise.reject(new Error('later')));
    assert.deepEqual(await handler({}, live), { isIncomplete: false, items: [] });
    assert.deepEqual(errors, ['newsmark: completion failed | later']);
  });

  test('a refusal for the user passes through unlogged', async () => {
    const { logger, errors } = recordingLogger();
    const refusal = new ResponseError(1, 'Not a speaker id');
    const handler = guardRequest('rename', null, logger, () => {
      throw refusal;
    });
    assert.equal(await handler({}, live), refusal);
    assert.deepEqual(errors, []);
  });

  test('a cancelled request is answered as cancelled, also when the feature returned', async () => {
    const { logger, errors } = recordingLogger();
    const answer = await guardRequest('symbols', [], logger, () => ['a result'])({}, cancelled);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
    assert.deepEqual(errors, []);
  });

  test('a result is returned untouched', async () => {
    const { logger } = recordingLogger();
    assert.deepEqual(await guardRequest('symbols', [], logger, () => ['x'])({}, live), ['x']);
  });
});

describe('the notification guard', () => {
  test('synchronous and asynchronous throws are logged, never thrown', async () => {
    const { logger, errors } = recordingLogger();
    guardNotification('didOpen', logger, () => {
      throw new Error('sync');
    })({});
    let settle!: () => void;
    const settled = new Promise<void>((r) => (settle = r));
    guardNotification('didChange', logger, () => Promise.reject(new Error('async')).finally(() => setImmediate(settle)))({});
    await settled;
    assert.deepEqual(errors, ['newsmark: didOpen failed | sync', 'newsmark: didChange failed | async']);
  });
});

// The markup engine as the service's requests reach it: code actions add the engine's actions to
// the checks' own (once each: the check's "Mark as quote by NAME" is not offered twice), and none
// once the request is cancelled; a failure of the engine answers markUp with an empty draft and is
// reported through the injected logger with the service's message and the error itself.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED, type Logger } from '../../server/src/service';
import { Registry } from '../../server/src/service/markup/registry';
import { article, doc } from '../support/documents';
import { testService } from '../support/service';

const TEXT = article('BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met the press.\n\n"Talks will go on," Chen said.\n', { chen: 'Chen Wenqing' });
// The line of the unattributed quotation.
const RANGE = { start: { line: 11, character: 0 }, end: { line: 11, character: 5 } };

describe('code actions with the markup engine', () => {
  test('the check\'s fix and the engine\'s actions, each offered once; none of the engine\'s once cancelled', () => {
    const service = testService();
    const document = doc(TEXT);
    const diagnostics = service.diagnostics(document, {}, {}, NEVER_CANCELLED);
    assert.deepEqual(diagnostics.map((d) => d.code), ['quote-unattributed']);
    const titles = (context: { diagnostics: typeof diagnostics }, cancelled: boolean) =>
      service.codeActions(document, { range: RANGE, context }, {}, { isCancellationRequested: cancelled }).map((a) => `${a.kind}: ${a.title}`);
    assert.deepEqual(titles({ diagnostics }, false), ['quickfix: Mark as quote by Chen Wenqing', 'refactor.rewrite.newsmark.suggestMarkup: Suggest markup for this paragraph']);
    assert.deepEqual(titles({ diagnostics: [] }, false), ['refactor.rewrite.newsmark.suggestMarkup: Suggest markup for this paragraph']);
    assert.deepEqual(titles({ diagnostics: [] }, true), []);
    assert.deepEqual(titles({ diagnostics }, true), ['quickfix: Mark as quote by Chen Wenqing']);
  });
});

describe('markUp when the engine fails', () => {
  test('an empty draft, the failure logged with its error', () => {
    const logged: [string, unknown][] = [];
    const ignore = () => {};
    const logger: Logger = { error: (message, error) => logged.push([message, error]), warn: ignore, info: ignore, debug: ignore };
    const service = testService({ logger });
    const plain = doc('BERLIN, Sept. 27 (Xinhua) -- "Talks will go on," Chen Wenqing said on Tuesday.\n');
    const working = service.markUp(plain, {}, {}, NEVER_CANCELLED);
    assert.equal(working.quotes, 1);
    const failure = new Error('engine bug');
    const original = Registry.prototype.add;
    Registry.prototype.add = () => {
      throw failure;
    };
    let broken;
    try {
      broken = service.markUp(doc(plain.getText()), {}, {}, NEVER_CANCELLED);
    } finally {
      Registry.prototype.add = original;
    }
    assert.deepEqual(logged, [['newsmark: the markup engine failed, answering with what it had', failure]]);
    assert.deepEqual([broken.quotes, broken.speakers], [0, 0]);
  });
});

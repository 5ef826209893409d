// One parse per document version, as the service's callers see it: a second request on the same
// version (0 included) gets the same tree, and a parse in steps under way is shared by every
// caller of that version and registry; a negative version (a document the embedder does not
// version) is parsed afresh each time. The checks in steps end with no answer once a newer
// version is parsed (the tree they read moved) or the document is forgotten, at whatever step.
// Fix-all hands back the document it checked last (the next version after each pass).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NEVER_CANCELLED, type ServiceOptions, type Steps } from '../../server/src/service';
import { article, doc } from '../support/documents';
import { testService } from '../support/service';

const URI = 'file:///test/versions.news';
const withRegistry: Partial<ServiceOptions> = { registry: { uri: 'file:///ws/speakers.yaml', text: 'chen:\n  name: Chen Wenqing\n' } };
const body = (said: string) => `BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met. ["Talks will go on"]{@chen}, Chen ${said}.`;

function drain<T>(steps: Steps<T>): T | undefined {
  while (!steps.step());
  return steps.result;
}

describe('one parse per version', () => {
  test('the same version (0 too) answers with the same tree; a negative version is read again', () => {
    const service = testService();
    const zero = service.parse(doc(article(body('said')), URI, 0));
    assert.equal(service.parse(doc(article(body('said')), URI, 0)), zero);
    const unversioned = service.parse(doc(article(body('said')), URI, -1));
    assert.equal(unversioned.text, article(body('said')));
    const changed = service.parse(doc(article(body('added')), URI, -1));
    assert.equal(changed.text, article(body('added')));
  });

  test('a parse in steps under way is shared by the callers of its version and registry only', () => {
    const service = testService();
    const first = service.parseSteps(doc(article(body('said')), URI, 0));
    const second = service.parseSteps(doc(article(body('said')), URI, 0));
    const tree = drain(second);
    assert.ok(tree);
    assert.equal(drain(first), tree, 'the first caller gets the shared parse, not nothing');

    const unversioned = service.parseSteps(doc(article(body('said')), URI, -1));
    const edited = service.parseSteps(doc(article(body('added')), URI, -1));
    assert.equal(drain(edited)?.text, article(body('added')));
    assert.equal(drain(unversioned), undefined, 'superseded by the newer text');

    const plain = service.parseSteps(doc(article(body('said')), URI, 3));
    const registered = service.parseSteps(doc(article(body('said')), URI, 3), withRegistry);
    assert.deepEqual(drain(registered)?.mentions.map((m) => m.speakerId), ['chen']);
    assert.equal(drain(plain), undefined);
  });

  test('checks in steps end with no answer when a newer version is parsed or the document forgotten, at every step', () => {
    const paragraphs = [body('said'), ...Array.from({ length: 5 }, (_, i) => `"Quote ${'one two three '.repeat(i + 1)}," Chen said.`)];
    const text = article(paragraphs.join('\n\n'));
    const whole = testService().diagnostics(doc(text, URI, 1), {}, {}, NEVER_CANCELLED);
    assert.ok(whole.length > 0, 'the checks find something to report');
    for (const interrupt of ['newer version', 'forget'] as const) {
      let stoppedInTime = 0;
      for (let k = 0; ; k++) {
        const service = testService();
        const steps = service.diagnosticsSteps(doc(text, URI, 1), {}, {}, NEVER_CANCELLED);
        let done = false;
        for (let i = 0; i < k && !done; i++) done = steps.step();
        if (done) {
          assert.deepEqual(steps.result, whole, 'run to the end: the same diagnostics as in one go');
          break;
        }
        stoppedInTime++;
        if (interrupt === 'forget') service.forget(URI);
        else service.parse(doc(`${text}\n\nOne more paragraph.`, URI, 2));
        assert.equal(drain(steps), undefined, `${interrupt} after ${k} steps`);
      }
      assert.ok(stoppedInTime > 2, 'the parse and the checks each took steps');
    }
  });
});

describe('fix-all', () => {
  test('the document handed back is the last one checked: the next version after a pass that fixed, else the same', () => {
    const service = testService();
    const broken = doc(article('WASHINGTON, Aug 3 (AP) — Text.'), URI, 5);
    const fixed = service.fixAll(broken, {}, {}, NEVER_CANCELLED);
    assert.equal(fixed.applied, 3);
    assert.equal(fixed.document.version, 6);
    assert.equal(fixed.document.getText(), fixed.text);

    const clean = doc(article(body('said'), { chen: 'Chen Wenqing' }), URI, 9);
    const unchanged = service.fixAll(clean, {}, {}, NEVER_CANCELLED);
    assert.equal(unchanged.applied, 0);
    assert.equal(unchanged.document, clean);
  });
});

// Parsing and checking in steps (issue 13, item 12: server/src/service/steps.ts, the service's
// parseSteps and diagnosticsSteps): resumed to the end, the steps give exactly the one-shot answer,
// on a first parse and after an edit; callers of the same version share one parse; a parse of a
// newer version supersedes the steps under way, which then end with no result and leave the
// parser as it was (the next parse equals a fresh one).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleDocument, ParsedArticle, ServiceOptions, Steps } from '../../server/src/service';
import { NEVER_CANCELLED } from '../../server/src/service';
import { testService } from '../support/service';

const URI = 'file:///slices.news';
const HEAD = '---\nheadline: Talks\ndate: 2023-09-28\nspeakers:\n  chen:\n    name: Chen Wenqing\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Chen Wenqing spoke on Tuesday.\n\n';
/** Paragraphs with findings of several checks (an unknown speaker, an unattributed quotation, a bad span), headings, a comment. */
const PARAGRAPHS = [
  '[We will go on]{@chen}, Chen said.',
  '"Talks went on for a long time and nobody knows why at all," officials said.',
  '[Nobody here]{@nobody} was quoted.',
  '## Section',
  'An [open span without end, Chen said.',
  '<!-- a note\n\nover lines -->',
];
function article(paragraphs: number, marker = ''): string {
  const body: string[] = [];
  for (let k = 0; k < paragraphs; k++) body.push(PARAGRAPHS[k % PARAGRAPHS.length] + (k === paragraphs >> 1 ? marker : ''));
  return HEAD + body.join('\n\n') + '\n';
}
const doc = (text: string, version = 1): ArticleDocument => ({ uri: URI, version, getText: () => text });

/** Resumes `steps` to the end; how many steps it took and the result. */
function run<T>(steps: Steps<T>): { count: number; result: T | undefined } {
  let count = 1;
  while (!steps.step()) count++;
  return { count, result: steps.result };
}
const view = (a: ParsedArticle | undefined) => a && { ...a, lines: a.lines.lineStarts };

describe('parsing and checking in steps', () => {
  const text = article(3000);

  test('diagnostics in steps equal the one-shot diagnostics, in many steps', () => {
    // More diagnostics than are converted in one step.
    const large = article(15000);
    const expected = testService().diagnostics(doc(large), {}, {}, NEVER_CANCELLED);
    const { count, result } = run(testService().diagnosticsSteps(doc(large), {}, {}, NEVER_CANCELLED));
    assert.ok(count > 50, `only ${count} steps`);
    assert.ok(expected.length > 4096, `${expected.length} diagnostics`);
    assert.deepEqual(result, expected);
  });

  test('diagnostics are converted a few thousand to a step: more steps for more of them, but not a step each', () => {
    // 9,000 quotes of an unknown speaker, ten to a paragraph: 9,000 diagnostics that one setting turns off.
    const large = HEAD + Array.from({ length: 900 }, () => '[We went on]{@nobody} and '.repeat(10).trim()).join('\n\n') + '\n';
    const measure = (options: Partial<ServiceOptions>) => {
      const service = testService();
      service.parse(doc(large));
      return run(service.diagnosticsSteps(doc(large), {}, options, NEVER_CANCELLED));
    };
    const all = measure({});
    const without = measure({ rules: { 'quote-unknown-speaker': 'off' } });
    const converted = all.result!.length - without.result!.length;
    assert.ok(converted >= 9000, `${converted} diagnostics more`);
    // The checks take the same steps either way; only the conversion of the diagnostics adds some.
    const extra = all.count - without.count;
    assert.ok(extra >= Math.floor(converted / 8192) && extra >= 1, `${extra} steps for ${converted} diagnostics: a step converts too many`);
    assert.ok(extra <= Math.ceil(converted / 1000), `${extra} steps for ${converted} diagnostics: too many steps`);
  });

  test('after an edit in the middle, the steps equal the one-shot answer of a fresh service', () => {
    const edited = article(3000, ' [Again]{@chen}, he said [more');
    const service = testService();
    service.diagnostics(doc(text), {}, {}, NEVER_CANCELLED);
    const { result } = run(service.diagnosticsSteps(doc(edited, 2), {}, {}, NEVER_CANCELLED));
    assert.deepEqual(result, testService().diagnostics(doc(edited, 2), {}, {}, NEVER_CANCELLED));
    assert.deepEqual(view(service.parse(doc(edited, 2))), view(testService().parse(doc(edited, 2))));
  });

  test('callers of the same version share one parse, and a synchronous parse finishes it', () => {
    const service = testService();
    const first = service.parseSteps(doc(text));
    assert.equal(first.step(), false);
    assert.equal(service.parseSteps(doc(text)), first);
    const tree = service.parse(doc(text));
    assert.equal(first.step(), true);
    assert.equal(first.result, tree);
  });

  test('a parse of a newer version supersedes the steps under way: no result, and the parser is left as it was', () => {
    const service = testService();
    service.parse(doc(text));
    // The front matter edited: a whole parse, in many steps.
    const edited = text.replace('headline: Talks', 'headline: Talks again');
    const stale = service.parseSteps(doc(edited, 2));
    const staleChecks = service.diagnosticsSteps(doc(edited, 2), {}, {}, NEVER_CANCELLED);
    for (let k = 0; k < 5; k++) stale.step();
    const newer = article(3000, ' [Once more]{@nobody}');
    service.diagnostics(doc(newer, 3), {}, {}, NEVER_CANCELLED);
    assert.equal(run(stale).result, undefined);
    assert.equal(run(staleChecks).result, undefined);
    assert.deepEqual(view(service.parse(doc(newer, 3))), view(testService().parse(doc(newer, 3))));
    assert.deepEqual(service.diagnostics(doc(newer, 3), {}, {}, NEVER_CANCELLED), testService().diagnostics(doc(newer, 3), {}, {}, NEVER_CANCELLED));
  });

  test('checks in steps end with no result when a newer version is parsed between their steps', () => {
    const service = testService();
    const checks = service.diagnosticsSteps(doc(text), {}, {}, NEVER_CANCELLED);
    // Until the tree of version 1 is done, then one step into the checks.
    while (!service.parseSteps(doc(text)).step()) checks.step();
    checks.step();
    service.parse(doc(article(3000, ' [x]{@chen}'), 2));
    assert.equal(run(checks).result, undefined);
  });

  test('forgetting the document ends its steps with no result', () => {
    const service = testService();
    const steps = service.parseSteps(doc(text));
    steps.step();
    service.forget(URI);
    assert.equal(run(steps).result, undefined);
  });
});

// The markup engine's smaller parts on tables of inputs: quotation pairing and word counts,
// paragraphs, the plain article's header, the draft's front matter and escapes, speaker ids and
// aliases, and the contract's options (review threshold, onError). The attribution rules are in
// markup-rules.test.ts; the whole engine on real-style copy in test/golden/markupDrafts.test.ts.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPlainArticle, renderDraft, suggestMarkup, type SuggestedSpan, type SuggestedSpeaker } from '../../server/src/service';
import { quotationsIn, singleQuotationsIn } from '../../server/src/service/markup/quotations';
import { Registry, findNameAliases } from '../../server/src/service/markup/registry';
import { paragraphsOf } from '../../server/src/service/markup/text';
import { markUp, stripped } from '../support/markup';

describe('markup: quotations in a paragraph', () => {
  const doubles = (t: string) => quotationsIn(t, 0, t.length).map((x) => `${t.slice(x.open, x.end)}|${x.closed ? 'closed' : 'open'}|${x.words}`);
  const singles = (t: string) => singleQuotationsIn(t, 0, t.length).map((x) => `${t.slice(x.open, x.end)}|${x.words}`);
  const DOUBLES: [string, string[]][] = [
    ['He said "yes" and "no more', ['"yes"|closed|1', '"no more|open|2']],
    ['«Nous partons» et „Wir gehen“ und “We go”', ['«Nous partons»|closed|2', '„Wir gehen“|closed|2', '“We go”|closed|2']],
    // Apostrophes and hyphens inside a word, digits and letters beyond ASCII are words; a lone mark opens a quote to the end.
    ['"don\'t stop-gap 42 café’s x" "', ['"don\'t stop-gap 42 café’s x"|closed|5', '"|open|0']],
    ['"" ", . " "Ünï 9a"', ['""|closed|0', '", . "|closed|0', '"Ünï 9a"|closed|2']],
    ['"A-Z, a-z: 0 9 @[`{ Zz"', ['"A-Z, a-z: 0 9 @[`{ Zz"|closed|5']],
  ];
  for (const [text, expected] of DOUBLES) test(`double marks: ${text}`, () => assert.deepEqual(doubles(text), expected));
  const SINGLES: [string, string[]][] = [
    ['She said, ‘Write it down.’ Then', ['‘Write it down.’|3']],
    // An apostrophe is no closing mark, nor a ’ after a letter; an opening ‘ glued to a word opens nothing.
    ['the ‘rock’ and it’s ‘Go!’s', []],
    ['x‘No.’ ‘Yes,’ she said ‘Maybe?’', ['‘Yes,’|1', '‘Maybe?’|1']],
    ['‘Start.’', ['‘Start.’|1']],
    ['‘Never closed. ’ end', []],
  ];
  for (const [text, expected] of SINGLES) test(`single marks: ${text}`, () => assert.deepEqual(singles(text), expected));
  test('only the range asked for is read', () => {
    const t = '"one" "two" "three"';
    assert.deepEqual(quotationsIn(t, 6, 11).map((x) => [x.open, x.end]), [[6, 11]]);
    assert.deepEqual(quotationsIn(t, 6, 10).map((x) => [x.open, x.end, x.closed]), [[6, 10, false]]);
    assert.deepEqual(singleQuotationsIn('‘A.’ ‘B.’', 1, 9).map((x) => [x.open, x.end]), [[5, 9]]);
    assert.deepEqual(singleQuotationsIn('‘A.’ ‘B.’', 0, 8).map((x) => [x.open, x.end]), [[0, 4]]);
  });
});

describe('markup: paragraphs', () => {
  const CASES: [string, [number, number][]][] = [
    ['a\n\nb', [[0, 1], [3, 4]]],
    // White space around a paragraph's text is not its text; a line of spaces and tabs is blank.
    ['  a  \r\n \t\r\nb\rc\n\n\n', [[2, 3], [11, 14]]],
    ['', []],
    ['\n\n', []],
    ['one\r\rtwo', [[0, 3], [5, 8]]],
    ['one\r\ntwo\r\n', [[0, 8]]],
  ];
  for (const [text, expected] of CASES) {
    test(JSON.stringify(text), () => assert.deepEqual(paragraphsOf(text).map((p) => [p.start, p.end]), expected));
  }
});

describe('markup: paragraphs the model reads no token in', () => {
  // Found by the live-server fuzzer: a document of only U+2028 made the engine throw inside wink-nlp.
  for (const body of ['\u2028', '\u2029', 'A.\n\n\u2028\n\n"We are ready for this," Ana Ferreira said.']) {
    test(JSON.stringify(body), () => {
      const s = markUp(body);
      assert.deepEqual(s.spans.map((x) => body.slice(x.start, x.end)), body.length > 2 ? ['"We are ready for this,"'] : []);
    });
  }
});

describe('markup: the plain article file', () => {
  const CASES: [string, object][] = [
    ['\uFEFF date 2024-01-02 A head\n\nJanuary 2, 2024\n\nBody here.', { body: 'Body here.', date: '2024-01-02', headline: 'A head' }],
    [' date 2024-01-02 Head \r\n\r\nJan 2\r\n\r\nBody.', { body: 'Body.', date: '2024-01-02', headline: 'Head' }],
    ['date 2024-01-02\n\nJan 2\n\nBody, no headline.', { body: 'Body, no headline.', date: '2024-01-02' }],
    // Not a header: the whole text is the body, a byte-order mark and all.
    ['date 2024-1-02 Head\n\nBody.', { body: 'date 2024-1-02 Head\n\nBody.' }],
    ['\uFEFFBody only.', { body: '\uFEFFBody only.' }],
    // Two blank lines where the date line would be: no date line; the blank lines after stay in the body.
    [' date 2024-01-02 H\n\n\n\nBody', { body: 'Body', date: '2024-01-02', headline: 'H' }],
    [' date 2024-01-02 H\nBody right after', { body: 'Body right after', date: '2024-01-02', headline: 'H' }],
    [' date 2024-01-02 H', { body: '', date: '2024-01-02', headline: 'H' }],
  ];
  for (const [text, expected] of CASES) test(JSON.stringify(text).slice(0, 60), () => assert.deepEqual(readPlainArticle(text), expected));
});

describe('markup: the draft', () => {
  const speaker = (id: string, extra: Partial<SuggestedSpeaker> = {}): SuggestedSpeaker => ({ id, name: id.toUpperCase(), aliases: [], kind: 'person', confidence: 0.9, ...extra });
  const span = (start: number, end: number, id: string, extra: Partial<SuggestedSpan> = {}): SuggestedSpan => ({ start, end, speakerId: id, kind: 'indirect', confidence: 0.9, ...extra });

  test('front matter fields, nesting, refused spans, review notes and heading breakers', () => {
    const body = 'abcdefghij\n\nklmno\n## h\n#\tt\n#### no\n   ### x';
    const draft = renderDraft({ body, date: 'May 2', headline: 'H "q"' }, {
      speakers: [speaker('a', { role: 'r: x', org: 'O', kind: 'group', reason: 'why' }), speaker('b')],
      spans: [
        span(0, 4, 'a'), span(0, 4, 'b'), // a duplicate of a span is dropped
        span(1, 3, 'b', { confidence: 0.5, review: 'end' }),
        span(2, 6, 'a'), // crosses [0, 4)
        span(8, 14, 'a'), // crosses the blank line
        span(-1, 2, 'a'), span(12, 99, 'a'), span(5, 5, 'a'), // outside the body, or empty
        span(6, 8, 'a', { confidence: 0.5, alternativeSpeakerId: 'b' }),
        span(12, 17, 'b', { confidence: 0.6, review: 'end', alternativeSpeakerId: 'a' }), // the alternative is for "speaker" notes only
      ],
    });
    assert.equal(draft, [
      '---', 'headline: "H \\"q\\""', 'date: "May 2"', 'speakers:',
      '  a:', '    name: A', '    role: "r: x"', '    org: O', '    aliases: []', '    kind: group', '    reason: why',
      '  b:', '    name: B', '    aliases: []', '---', '',
      '[a[bc]{@b}<!-- newsmark-review: end -->d]{@a}ef[gh]{@a}<!-- newsmark-review: speaker, or @b -->ij', '',
      '[klmno]{@b}<!-- newsmark-review: end -->', '<!---->## h', '<!---->#\tt', '#### no', '   ### x',
    ].join('\n'));
    assert.equal(stripped(draft), body);
  });

  test('CRLF bodies get a CRLF front matter; the agency is quoted when YAML needs it', () => {
    const draft = renderDraft({ body: 'x said y.\r\n\r\nz', agency: 'A: B' }, { speakers: [], spans: [span(0, 1, 'a'), span(7, 8, 'a')] });
    assert.equal(draft, '---\r\nagency: "A: B"\r\n---\r\n\r\n[x]{@a} said [y]{@a}.\r\n\r\nz');
  });

  test('spans that close at one offset close innermost first, whatever order they come in', () => {
    const body = 'one two three';
    const draft = renderDraft({ body }, { speakers: [], spans: [span(8, 13, 'c'), span(0, 13, 'a'), span(4, 13, 'b')] });
    assert.ok(draft.endsWith('\n[one [two [three]{@c}]{@b}]{@a}'), draft);
  });
});

describe('markup: speaker ids, names and aliases', () => {
  test('ids from the surname or the first words, unique, ASCII, starting with a letter; words from name and role', () => {
    const r = new Registry();
    const made = ([
      ['Chen Wenqing', 'person'], ['Chen Wenqing', 'person'], ['3M', 'organization'], ['Ünal Çelik', 'person'],
      ['the Ministry of the Interior', 'organization'], ['...', 'group'], ['Madonna', 'person'], ['Miguel de la Cruz', 'person'],
    ] as const).map(([name, kind]) => r.add({ sort: 'name', first: 0, last: 0, name, head: '', ...(name === 'Madonna' ? { role: 'Pop Singer' } : {}) }, kind, 0, 0.9));
    assert.deepEqual(made.map((s) => `${s.id}: ${[...s.words].join(',')}`), [
      'wenqing: chen,wenqing', 'wenqing-2: chen,wenqing', 's-3m: 3m', 'celik: ünal,çelik', 'ministry-interior: the,ministry,of,interior',
      'speaker: ...', 'madonna: madonna,pop,singer', 'cruz: miguel,de,la,cruz',
    ]);
    const found = ['Wenqing', 'Chen', 'Chen Wenqing', 'ministry', 'Interior', 'the interior', 'Ministry of', 'de la Cruz', 'la Cruz', 'Cruz', 'Celik', 'Madonna Pop', 'inter']
      .map((n) => `${n}=${r.findByName(n)?.id ?? '-'}`);
    assert.deepEqual(found, ['Wenqing=wenqing', 'Chen=wenqing', 'Chen Wenqing=wenqing', 'ministry=ministry-interior', 'Interior=ministry-interior',
      'the interior=ministry-interior', 'Ministry of=ministry-interior', 'de la Cruz=cruz', 'la Cruz=cruz', 'Cruz=cruz', 'Celik=-', 'Madonna Pop=-', 'inter=-']);
  });

  test('an alias is each word of a person\'s name that stands alone after the first reference', () => {
    const r = new Registry();
    const a = r.add({ sort: 'name', first: 0, last: 0, name: 'Ana Maria Ferreira', head: '' }, 'person', 5, 0.9);
    findNameAliases(a, 'Ana. Ana Maria Ferreira said. Then Maria left; Ferreira2 and Ferreira spoke. Ana');
    assert.deepEqual(a.aliases, ['Ana', 'Maria', 'Ferreira']);
    const b = r.add({ sort: 'name', first: 0, last: 0, name: 'Li Na', head: '' }, 'person', 0, 0.9);
    findNameAliases(b, 'Li Na won. Li Na said. Na? No: Nadal.');
    assert.deepEqual(b.aliases, ['Na']);
    const org = r.add({ sort: 'name', first: 0, last: 0, name: 'Severn Water', head: '' }, 'organization', 0, 0.9);
    findNameAliases(org, 'Severn Water said. Severn said.');
    assert.deepEqual(org.aliases, []);
  });
});

describe('markup: the contract\'s options', () => {
  const body = 'Ana Ferreira said the dam would hold. Karl Odum said the road would flood. He said it again on Friday, warning that the bridge would go.';
  const notes = (threshold?: number) => suggestMarkup({ body }, threshold === undefined ? {} : { reviewThreshold: threshold }).spans
    .map((s) => `${s.speakerId} ${s.confidence} ${s.review ?? '-'} ${s.alternativeSpeakerId ?? '-'}`);

  test('spans below the threshold are marked for review, with the runner-up speaker', () => {
    assert.deepEqual(notes(), ['ferreira 0.9 - -', 'odum 0.9 - -', 'odum 0.75 - -']);
    assert.deepEqual(notes(0.8), ['ferreira 0.9 - -', 'odum 0.9 - -', 'odum 0.75 speaker ferreira']);
    assert.deepEqual(notes(0.95), ['ferreira 0.9 speaker -', 'odum 0.9 speaker -', 'odum 0.75 speaker ferreira']);
  });

  test('the suggestion is plain JSON: no key without a value, the same after a JSON round trip', () => {
    // What the command line prints and the editor receives is the JSON of this object; a key set to
    // undefined (a role the speaker lacks, a runner-up without an id) would exist here and not there.
    const body2 = 'Karl Odum met Peter Lang in Bonn on Friday. "We will rebuild the bridge," he said.';
    for (const [text, threshold] of [[body, 0.8], [body, 0.95], [body2, 0.95]] as const) {
      const s = suggestMarkup({ body: text }, { reviewThreshold: threshold });
      assert.ok(s.spans.some((x) => x.review), 'a span below the threshold is reached');
      assert.deepEqual(s, JSON.parse(JSON.stringify(s)));
    }
  });

  test('an internal error is told to onError and answered with an empty suggestion; without onError it is swallowed', () => {
    const errors: unknown[] = [];
    const broken = { body: undefined as unknown as string };
    assert.deepEqual(suggestMarkup(broken, { onError: (e) => errors.push(e) }), { speakers: [], spans: [] });
    assert.equal(errors.length, 1);
    assert.deepEqual(suggestMarkup(broken), { speakers: [], spans: [] });
  });
});

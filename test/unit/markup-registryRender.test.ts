// The small pieces of the markup engine around the attribution rules, on made-up names and wire
// text: the speaker registry (lookups by a short form, ids, aliases the text gives), the quotation
// finder (which marks pair, how many words a quote has), the reader of a plain article file
// (header, written-out date, first line of the body) and the draft writer (which spans it keeps,
// where it breaks a would-be subheading or comment). Each table row is one input the piece must
// decide; the expectations are whole results.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPlainArticle, renderDraft, type MarkupSuggestion, type SpeakerKind, type SuggestedSpan } from '../../server/src/service';
import type { SpeakerPhrase } from '../../server/src/service/markup/phrases';
import { quotationsIn, singleQuotationsIn } from '../../server/src/service/markup/quotations';
import { Registry, assignIds, findNameAliases, type Speaker } from '../../server/src/service/markup/registry';
import { markUp, marked } from '../support/markup';

const phrase = (name: string, role?: string) => ({ name, head: name.toLowerCase(), ...(role ? { role } : {}) }) as SpeakerPhrase;

/** A registry holding `people` in order: [name, kind] pairs, each first named at its index. */
function registryOf(...people: [string, SpeakerKind][]): Registry {
  const r = new Registry();
  people.forEach(([name, kind], i) => r.add(phrase(name), kind, i, 0.9));
  return r;
}

describe('markup registry: a short reference finds its speaker', () => {
  const CASES: [string, [string, SpeakerKind][], string, string | undefined][] = [
    ['a capitalised particle with a hyphen finds the name that holds it', [['Anna Van-Berg', 'person']], 'Van-Berg', 'Anna Van-Berg'],
    ['a capitalised particle finds the lower-case one', [['Pieter de Villiers', 'person']], 'De Villiers', 'Pieter de Villiers'],
    ['a capital inside a lower-case reference is no sentence opening', [['Miguel de la Cruz', 'person']], 'de La Cruz', undefined],
    ['a surname finds the person before an organisation that has the word', [['Harbour Trust', 'organization'], ['Tom Trust', 'person']], 'Trust', 'Tom Trust'],
    ['a word of no speaker finds none', [['Tom Trust', 'person']], 'Berg', undefined],
    ['an organisation by one of its words', [['Harbour Trust', 'organization']], 'Trust', 'Harbour Trust'],
    ['the particles and surname find the person before an organisation ending alike', [['Fundacion de la Paz', 'organization'], ['Miguel de la Paz', 'person']], 'de la Paz', 'Miguel de la Paz'],
    ['two capitalised names are another person, not the end of a longer name', [['Ana Maria Lopez', 'person']], 'Maria Lopez', undefined],
    ['an anonymous source is not found by a word of its description', [['senior official', 'anonymous']], 'official', undefined],
    ['a group by its words', [['striking dock workers', 'group']], 'dock workers', 'striking dock workers'],
    ['words inside a longer word are not the organisation', [['Seatrust Group', 'organization']], 'Trust Group', undefined],
  ];
  for (const [what, people, name, expected] of CASES) {
    test(what, () => assert.equal(registryOf(...people).findByName(name)?.name, expected));
  }
});

describe('markup registry: through the engine', () => {
  // Each: the body, the words marked with their speaker, then "id name [aliases]" per speaker.
  const CASES: [string, string[], string[]][] = [
    ['"We will rebuild the pier," said Pieter de Villiers, the harbour master.\n\n"The money is there," De Villiers told reporters.',
      ['Pieter de Villiers: "We will rebuild the pier,"', 'Pieter de Villiers: "The money is there,"'], ['villiers Pieter de Villiers [Villiers]']],
    ['"The dam will hold," said Tomas Berg.\n\n"It will not," said Anna Berg.\n\n"We are watching," said Rui Berg.',
      ['Tomas Berg: "The dam will hold,"', 'Anna Berg: "It will not,"', 'Rui Berg: "We are watching,"'], ['berg Tomas Berg [Berg]', 'berg-2 Anna Berg []', 'berg-3 Rui Berg []']],
    ['"Prices will rise," said Margaret Ellison.\n\n"They will fall," said David Ellison.\n\n"I stand by it," Ellison said.',
      ['Margaret Ellison: "Prices will rise,"', 'David Ellison: "They will fall,"', 'Margaret Ellison: "I stand by it,"'], ['ellison Margaret Ellison [Ellison]', 'ellison-2 David Ellison []']],
    ['"The port opens on Monday," said Mohamed Ahmed Mohamed, the port director.\n\n"Ships are waiting," Mohamed said.',
      ['Mohamed Ahmed Mohamed: "The port opens on Monday,"', 'Mohamed Ahmed Mohamed: "Ships are waiting,"'], ['mohamed Mohamed Ahmed Mohamed [Mohamed]']],
  ];
  for (const [body, spans, speakers] of CASES) {
    test(body.slice(0, 60), () => {
      const s = markUp(body);
      assert.deepEqual(marked(body, s), spans);
      assert.deepEqual(s.speakers.map((x) => `${x.id} ${x.name} [${x.aliases.join('|')}]`), speakers);
    });
  }
});

describe('markup registry: ids', () => {
  test('from the surname of a person, the first three words of anything else, without articles', () => {
    const r = registryOf(
      ['Lena Vogt', 'person'], ['Madonna', 'person'], ['Harbour Trust', 'organization'], ['The Port Authority', 'organization'],
      ['Bank of Ghana', 'organization'], ['An Garda Siochana', 'organization'], ['A Coalition for Clean Water', 'group'],
      ['#Harbour Watch', 'group'], ['2024 Games Committee', 'organization'], ['', 'anonymous'],
      ['Tom Vogt', 'person'], ['Eva Vogt', 'person'], ['Rui Vogt', 'person'],
    );
    assert.deepEqual(r.speakers.map((s) => s.id), [
      'vogt', 'madonna', 'harbour-trust', 'port-authority', 'bank-ghana', 'garda-siochana', 'coalition-for-clean',
      'harbour-watch', 's-2024-games-committee', 'speaker', 'vogt-2', 'vogt-3', 'vogt-4',
    ]);
  });

  test('the words of the name and role, for epithets', () => {
    const r = new Registry();
    const s = r.add(phrase('Lena  Vogt', 'port  director'), 'person', 0, 0.9);
    assert.deepEqual([...s.words], ['lena', 'vogt', 'port', 'director']);
  });

  test('assignIds: the short form the text uses, then the id without its number, unique', () => {
    const r = registryOf(['Chen Wenqing', 'person'], ['G-20 Summit', 'organization'], ['Curtis Jackson', 'person'], ['Ola Chen', 'person'], ['Harbour Trust', 'organization'], ['Harbour Trust', 'organization'], ['Ivo Marsh', 'person']);
    const [chen, g20, jackson, ola, , , marsh] = r.speakers;
    r.addAlias(chen, 'Chen');
    r.addAlias(chen, 'Chen');
    r.addAlias(chen, 'Chen Wenqing');
    r.addAlias(jackson, '50');
    r.addAlias(marsh, '2Marsh');
    r.addAlias(ola, 'Chen');
    assert.deepEqual(chen.aliases, ['Chen']);
    assignIds(r.speakers);
    assert.deepEqual(r.speakers.map((s) => s.id), ['chen', 'g-20-summit', 's-50', 'chen-2', 'harbour-trust', 'harbour-trust-2', 's-2marsh']);
    assert.equal(g20.id, 'g-20-summit');
  });
});

describe('markup registry: aliases from the text', () => {
  const person = (name: string, firstAt: number, kind: SpeakerKind = 'person'): Speaker => ({ id: 'x', name, aliases: [], kind, confidence: 0.9, firstAt, words: new Set() });
  const CASES: [string, string, Speaker, Speaker[], string[]][] = [
    ['each part that stands alone after the full name', 'Dana Whitlock said so. Whitlock and Dana left.', person('Dana Whitlock', 0), [], ['Dana', 'Whitlock']],
    ['an earlier organisation with the surname shares nothing', 'Whitlock Foundation staff met Dana Whitlock. Whitlock said so.', person('Dana Whitlock', 30), [person('Whitlock Foundation', 0, 'organization')], ['Whitlock']],
    ['a surname an earlier person gave stays theirs', 'Margaret Ellison and David Ellison spoke. Ellison and David left.', person('David Ellison', 21), [person('Margaret Ellison', 0)], []],
    ['a surname a later person gives is still this one\'s', 'David Ellison and Margaret Ellison spoke. Ellison left. David too.', person('David Ellison', 0), [person('Margaret Ellison', 18)], ['David', 'Ellison']],
    ['a person named at the same place is not earlier', 'David Ellison spoke. Ellison left. David too.', person('David Ellison', 0), [person('Margaret Ellison', 0)], ['David', 'Ellison']],
    ['an earlier person with other names shares nothing', 'Ana Ruiz met David Ellison. Ellison left. David too.', person('David Ellison', 13), [person('Ana Ruiz', 0)], ['David', 'Ellison']],
    ['a one-letter initial is no alias', 'Harry S Truman spoke. Plan S failed, Truman said.', person('Harry S Truman', 0), [], ['Truman']],
    ['a lower-case particle is no alias', 'Miguel de Cervantes spoke. The price de facto rose, Cervantes said.', person('Miguel de Cervantes', 0), [], ['Cervantes']],
    ['a name of one word has no alias', 'Madonna said so. Madonna left.', person('Madonna', 0), [], []],
    ['a name left with one part by a shared surname has no alias', 'Margaret Ellison met David Ellison. Ellison left. David too.', person('David Ellison', 21), [person('Margaret Ellison', 0)], []],
    ['a short form before the full name is not an alias', 'Chen spoke first. Chen Wenqing, the minister, said so.', person('Chen Wenqing', 0), [], []],
    ['a name repeated in itself counts only after the full name', 'Mohamed Ahmed Mohamed said the port would open.', person('Mohamed Ahmed Mohamed', 0), [], []],
    ['a full name not in the body: the search starts at the first reference', 'Cruz met them. Later Ms Pilar Cruz said Cruz was right.', person('Pilar Dolores Cruz', 21), [], ['Pilar', 'Cruz']],
    ['a part at the very start of the body', 'Whitlock said so; Dana agreed.', person('Dana Whitlock', 0), [], ['Dana', 'Whitlock']],
    ['a part inside a longer word is not an alias', 'Dana Berg spoke. McBerg and Bergen said Dana.', person('Dana Berg', 0), [], ['Dana']],
    ['an organisation gets no aliases', 'Harbour Trust said so. Trust and Harbour.', person('Harbour Trust', 0, 'organization'), [], []],
  ];
  for (const [what, body, s, others, expected] of CASES) {
    test(what, () => {
      findNameAliases(s, body, others);
      assert.deepEqual(s.aliases, expected);
    });
  }
});

describe('markup quotations', () => {
  const summary = (qs: { open: number; end: number; closed: boolean; words: number }[]) => qs.map((q) => `${q.open}-${q.end}${q.closed ? '' : ' open'} ${q.words}w`);
  const DOUBLE: [string, string, number, string[]][] = [
    ['a mark just past the paragraph does not close it', 'He said "we go" then', 14, ['8-14 open 2w']],
    ['a letter just before the mark is not a word of the quote', 'Vogt said"we go now"', 20, ['9-20 3w']],
    ['capitals, digits, lone letters, z and a letter past ASCII inside a word', '"A TOP plan for 9 May, I said: Plan Z pizza, naïve"', 51, ['0-51 12w']],
    ['z and Z inside a word', '"zzz Zed buzz"', 14, ['0-14 3w']],
    ['apostrophes and hyphens inside a word', '"don\'t go, well-known don\u2019t"', 28, ['0-28 4w']],
    ['a control character is no word', '"a \u007f b"', 7, ['0-7 2w']],
    ['curly and German marks', '\u201cYes,\u201d she said. \u201eJa\u201c', 23, ['0-6 1w', '17-21 1w']],
  ];
  for (const [what, text, end, expected] of DOUBLE) {
    test(what, () => assert.deepEqual(summary(quotationsIn(text, 0, end)), expected));
  }
  const SINGLE: [string, string, number, string[]][] = [
    ['a quote inside a quote', 'He said \u2018Write it down.\u2019 and left', 30, ['8-24 3w']],
    ['two quotes back to back', '\u2018Go.\u2019\u2018Now.\u2019', 11, ['0-5 1w', '5-11 1w']],
    ['a space after the opening mark', 'said \u2018 Go.\u2019', 11, ['5-11 1w']],
    ['an opening mark on the paragraph\'s last character', 'Done.\u2018', 6, []],
    ['a closing mark past the paragraph does not close it', 'said \u2018Go.\u2019', 9, []],
  ];
  for (const [what, text, end, expected] of SINGLE) {
    test(what, () => assert.deepEqual(summary(singleQuotationsIn(text, 0, end)), expected));
  }
});

describe('markup: reading a plain article file', () => {
  const CASES: [string, string, ReturnType<typeof readPlainArticle>][] = [
    ['header, date line and body', 'date 2024-05-02 Port reopens\n\nSeptember 28, 2023\n\nThe port reopened.', { body: 'The port reopened.', date: '2024-05-02', headline: 'Port reopens' }],
    ['an indented date line', 'date 2024-05-02\n\n  September 28, 2023\n\nText.', { body: 'Text.', date: '2024-05-02' }],
    ['a date line in lower case', 'date 2024-05-02\n\nmay 2, 2024\n\nText.', { body: 'Text.', date: '2024-05-02' }],
    ['a date line opening with a day', 'date 2024-05-02\n\n28 September 2023\n\nText.', { body: 'Text.', date: '2024-05-02' }],
    ['a date line opening with 0', 'date 2024-05-02\n\n02 May 2024\n\nText.', { body: 'Text.', date: '2024-05-02' }],
    ['a date line opening with 9', 'date 2024-05-02\n\n9 May 2024\n\nText.', { body: 'Text.', date: '2024-05-02' }],
    ['a line of 40 characters is still a date line', 'date 2024-05-02\n\n28 September 2023, 14:30 local time GMT+\n\nText.', { body: 'Text.', date: '2024-05-02' }],
    ['a first line with no number is the body\'s', 'date 2024-05-02\n\nMayors met on Tuesday.\nMore.', { body: 'Mayors met on Tuesday.\nMore.', date: '2024-05-02' }],
    ['a long first line is the body\'s', 'date 2024-05-02\n\nMarch 3 was the day the port reopened after the strike.', { body: 'March 3 was the day the port reopened after the strike.', date: '2024-05-02' }],
    ['a dateline alone on its line is the body\'s', 'date 2024-05-02\n\nBEIJING, 30 April 2009\nText.', { body: 'BEIJING, 30 April 2009\nText.', date: '2024-05-02' }],
    ['a line opening with a bracket is the body\'s', 'date 2024-05-02\n\n(Updated 2024)\nText.', { body: '(Updated 2024)\nText.', date: '2024-05-02' }],
    ['no header: text before "date" is no header', 'x date 2024-05-02 Port\n\nText.', { body: 'x date 2024-05-02 Port\n\nText.' }],
    ['no header: a date with more after it', 'date 2024-05-02x\n\nText.', { body: 'date 2024-05-02x\n\nText.' }],
    ['no header: a carriage return inside the line', 'date 2024-05-02 A\rB\nText.', { body: 'date 2024-05-02 A\rB\nText.' }],
    ['a header line ending in CRLF', 'date 2024-05-02 Port\r\n\r\nText.', { body: 'Text.', date: '2024-05-02', headline: 'Port' }],
    ['the body keeps the indent of its first line', '\n  Indented first line.', { body: '  Indented first line.' }],
    ['blank lines before the body are dropped', '\n\nText.', { body: 'Text.' }],
    ['an empty first line is no header', '\ndate 2024-05-02 X', { body: 'date 2024-05-02 X' }],
  ];
  for (const [what, text, expected] of CASES) {
    test(what, () => assert.deepEqual(readPlainArticle(text), expected));
  }
});

describe('markup: the draft writer', () => {
  const span = (start: number, end: number, speakerId = 'vogt'): SuggestedSpan => ({ start, end, speakerId, kind: 'direct', confidence: 0.9 });
  const suggestion = (spans: SuggestedSpan[]): MarkupSuggestion => ({ speakers: [{ id: 'vogt', name: 'Lena Vogt', aliases: [], kind: 'person', confidence: 0.9 }], spans });
  const head = '---\nspeakers:\n  vogt:\n    name: Lena Vogt\n    aliases: []\n---\n\n';

  test('a date that is no plain YYYY-MM-DD is quoted', () => {
    assert.equal(renderDraft({ body: 'Text.', date: '2024-05-02T10:00' }, { speakers: [], spans: [] }), '---\ndate: "2024-05-02T10:00"\n---\n\nText.');
    assert.equal(renderDraft({ body: 'Text.', date: 'on 2024-05-02' }, { speakers: [], spans: [] }), '---\ndate: "on 2024-05-02"\n---\n\nText.');
  });

  const SPANS: [string, string, SuggestedSpan[], string][] = [
    ['spans in any order, nested ones inside', 'aaa bbb ccc ddd', [span(12, 15), span(4, 7), span(0, 11), span(0, 3)], '[[aaa]{@vogt} [bbb]{@vogt} ccc]{@vogt} [ddd]{@vogt}'],
    ['a longer span at the same start holds the shorter, whichever comes first', 'aaa bbb ccc', [span(0, 3), span(0, 7), span(8, 11), span(4, 11)], '[[aaa]{@vogt} bbb]{@vogt} [ccc]{@vogt}'],
    ['a span that ends with the one that holds it', 'aaa bbb ccc', [span(4, 11), span(0, 11)], '[aaa [bbb ccc]{@vogt}]{@vogt}'],
    ['a span that starts where another ends', 'aaa bbb', [span(4, 7), span(0, 4)], '[aaa ]{@vogt}[bbb]{@vogt}'],
    ['crossing and duplicate spans are dropped', 'aaa bbb ccc', [span(0, 7), span(4, 11), span(0, 7), span(4, 6)], '[aaa [bb]{@vogt}b]{@vogt} ccc'],
    ['spans outside the body or empty are dropped', 'aaa', [span(-1, 2), span(1, 4), span(2, 2), span(1, 2)], 'a[a]{@vogt}a'],
    ['a span over a line break is kept', 'aaa\nbbb\nccc', [span(0, 11)], '[aaa\nbbb\nccc]{@vogt}'],
    ['a span over a blank line is dropped', 'aaa\n\nbbb', [span(0, 8)], 'aaa\n\nbbb'],
    ['a span over a line of spaces is dropped', 'aaa\n  \nbbb', [span(0, 10)], 'aaa\n  \nbbb'],
    ['a span over a line of a tab is dropped', 'aaa\n\t\nbbb', [span(0, 9)], 'aaa\n\t\nbbb'],
    ['a span over a blank line of carriage returns is dropped', 'aaa\r\rbbb', [span(0, 8)], 'aaa\r\rbbb'],
    ['a span that opens with a line break is kept', 'aaa\nbbb', [span(3, 7)], 'aaa[\nbbb]{@vogt}'],
    ['a span that opens with spaces and a line break is kept', 'aaa \nbbb', [span(3, 8)], 'aaa[ \nbbb]{@vogt}'],
    ['a span that ends with a line break before a blank line is kept', 'aaa\n\nbbb', [span(0, 4)], '[aaa\n]{@vogt}\nbbb'],
  ];
  for (const [what, body, spans, expected] of SPANS) {
    test(what, () => assert.equal(renderDraft({ body }, suggestion(spans)), head + expected));
  }

  const ESCAPES: [string, string, string][] = [
    ['a lone < is written as it is', 'Rates < 4% and <b>.', 'Rates < 4% and <b>.'],
    ['a comment opener is broken up', 'See <!-- this.', 'See <<!---->!-- this.'],
    ['a subheading after a line feed is broken up', 'Intro\n## Not a heading', 'Intro\n<!---->## Not a heading'],
    ['a subheading after a lone carriage return is broken up', 'Intro\r## Not a heading', 'Intro\r<!---->## Not a heading'],
    ['three hashes and a tab read as a subheading', '### Three\tx\n###\tFour', '<!---->### Three\tx\n<!---->###\tFour'],
    ['four hashes, no space or a hash inside a line are text', '#### Four\n##Two\nA ## b', '#### Four\n##Two\nA ## b'],
  ];
  for (const [what, body, expected] of ESCAPES) {
    test(what, () => assert.equal(renderDraft({ body }, { speakers: [], spans: [] }), `---\n---\n\n${expected}`));
  }
});

// Quotes checked against their sources (issue 14): each tolerance and each diagnostic, the quick
// fix, the related information, hover and go to definition, through the service's face with the
// sources handed over as the embedders hand them (`options.sources`).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixesOf, NEVER_CANCELLED, type ServiceOptions } from '../../server/src/service';
import { article, doc, parse, positionIn } from '../support/documents';
import { definition, hover } from '../support/features';
import { testService } from '../support/service';
import { sourceFile as file, STATEMENT } from '../support/sourceTexts';

const SECOND = 'Transcript of the press conference.\n\nWe owe the farmers an answer, and they will have one by Friday.';

const statementFile = () => file('statement.txt', STATEMENT);

/** An article by `wen` (and `li`, without sources) whose front matter cites `sources`. */
function text(body: string, sources = '  - { file: statement.txt, speaker: wen, title: Board statement, date: 2024-03-03 }\n') {
  return article(`BEIJING, March 4 (Xinhua) -- ${body} Wen Ming and Li Hua said.`, { wen: 'Wen Ming', li: 'Li Hua' }, `sources:\n${sources}`);
}

function diagnosticsOf(body: string, options: Partial<ServiceOptions> = { sources: [statementFile()] }, sources?: string) {
  return testService().diagnostics(doc(text(body, sources)), {}, options, NEVER_CANCELLED).filter((d) => ['quote-altered', 'quote-not-in-source', 'source-missing'].includes(String(d.code)));
}
const codesOf = (body: string, options?: Partial<ServiceOptions>, sources?: string) => diagnosticsOf(body, options, sources).map((d) => d.code);

function applyFix(body: string): string {
  const t = text(body);
  const d = testService().diagnostics(doc(t), {}, { sources: [statementFile()] }, NEVER_CANCELLED).find((x) => x.code === 'quote-altered')!;
  const td = doc(t);
  const edits = [...fixesOf(d)[0].edits].sort((a, b) => td.offsetAt(b.range.start) - td.offsetAt(a.range.start));
  let out = t;
  for (const e of edits) out = out.slice(0, td.offsetAt(e.range.start)) + e.newText + out.slice(td.offsetAt(e.range.end));
  return out;
}

describe('quotes against their sources: tolerances', () => {
  test('an exact quote is clean', () => {
    assert.deepEqual(codesOf('["We will rebuild the Xigaze pumping station with vigor before the summer,"]{@wen}'), []);
  });
  test('curly and straight quotation marks and apostrophes are the same', () => {
    assert.deepEqual(codesOf('[“We don’t expect the agreement to be signed before April,”]{@wen}'), []);
  });
  test('a quote spanning a line break in the source, and the letter case at its start', () => {
    assert.deepEqual(codesOf('["no household will go without water for more than two days"]{@wen}'), []);
    assert.deepEqual(codesOf('["No household will go without water"]{@wen}'), []);
  });
  test('an ellipsis stands for omitted words', () => {
    assert.deepEqual(codesOf('["We will rebuild the Xigaze pumping station … and no household will go without water"]{@wen}'), []);
    assert.deepEqual(codesOf('["We will rebuild the Xigaze pumping station... The cost will be met by the regional budget."]{@wen}'), []);
  });
  test('a bracketed insertion stands for a few words', () => {
    assert.deepEqual(codesOf('["We don\'t expect \\[the water agreement\\] to be signed before April"]{@wen}'), []);
    assert.deepEqual(codesOf('["We don\'t expect [the water agreement] to be signed before April"]{@wen}'), []);
  });
  test('spelling variants only when the setting allows them', () => {
    const body = '["We will rebuild the Xigaze pumping station with vigour before the summer"]{@wen}';
    assert.deepEqual(codesOf(body), ['quote-altered']);
    assert.deepEqual(codesOf(body, { sources: [statementFile()], spellingVariants: true }), []);
  });
  test('a letter case changed inside the quote is an alteration', () => {
    assert.deepEqual(codesOf('["We will rebuild the xigaze pumping station"]{@wen}'), ['quote-altered']);
  });
});

describe('quotes against their sources: diagnostics', () => {
  test('an altered word: the message names both words, the fix restores the source\'s, related information points at the passage', () => {
    const [d] = diagnosticsOf('["We will rebuild the Shigatse pumping station with vigor before the summer"]{@wen}');
    assert.equal(d.code, 'quote-altered');
    assert.match(d.message, /the source says "Xigaze", the quote "Shigatse"/);
    assert.equal(d.relatedInformation?.[0].location.uri, 'file:///test/statement.txt');
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 2);
    assert.match(applyFix('["We will rebuild the Shigatse pumping station with vigor before the summer"]{@wen}'), /\["We will rebuild the Xigaze pumping station with vigor before the summer"\]\{@wen\}/);
  });
  test('a dropped word is named and put back', () => {
    const body = '["no household will go without water for more than days"]{@wen}';
    const [d] = diagnosticsOf(body);
    assert.match(d.message, /the quote leaves out "two"/);
    assert.match(applyFix(body), /\["no household will go without water for more than two days"\]/);
  });
  test('a clause left out without an ellipsis is named as left out (its start and end) and put back', () => {
    const body = '["We will rebuild the Xigaze pumping station. The cost will be met by the regional budget."]{@wen}';
    const [d] = diagnosticsOf(body);
    assert.match(d.message, /the quote leaves out "with vigor before the summer, and no household … than two days"$/);
    assert.match(applyFix(body), /pumping station with vigor before the summer, and no household will go without water for more than two days\. The cost/);
  });
  test('an added word is named and taken out', () => {
    const body = '["The cost will be fully met by the regional budget."]{@wen}';
    assert.match(diagnosticsOf(body)[0].message, /the quote adds "fully"/);
    assert.match(applyFix(body), /\["The cost will be met by the regional budget\."\]/);
  });
  test('a reordered clause is an alteration, not an invention', () => {
    assert.deepEqual(codesOf('["Before the summer we will rebuild the Xigaze pumping station with vigor"]{@wen}'), ['quote-altered']);
  });
  test('a partial quote: its quoted words are looked for, its paraphrase is not', () => {
    assert.deepEqual(codesOf('Wen said [the plant would be rebuilt "with vigor" and "before the summer"]{@wen}'), []);
    const [d] = diagnosticsOf('Wen said [the plant would be rebuilt "with vigor" and "before the autumn"]{@wen}');
    assert.match(d.message, /the source says "summer", the quote "autumn"/);
  });
  test('words no source holds are not in the source', () => {
    const [d] = diagnosticsOf('["Tariffs on imported steel will be lifted next month"]{@wen}');
    assert.equal(d.code, 'quote-not-in-source');
    assert.match(d.message, /"statement\.txt"/);
  });
  test('two sources for one speaker: a quote may come from either', () => {
    const sources = '  - { file: statement.txt, speaker: wen }\n  - { file: press.txt, speaker: [wen] }\n';
    const options = { sources: [statementFile(), file('press.txt', SECOND)] };
    assert.deepEqual(codesOf('["We owe the farmers an answer"]{@wen} ["The cost will be met by the regional budget"]{@wen}', options, sources), []);
    assert.deepEqual(codesOf('["We owe the fishermen an answer"]{@wen}', options, sources), ['quote-altered']);
  });
  test('a speaker without sources is not checked; a source without a speaker holds everyone\'s words', () => {
    assert.deepEqual(codesOf('["Something Li said that is in no statement at all"]{@li}'), []);
    assert.deepEqual(codesOf('["Something Li said that is in no statement at all"]{@li}', undefined, '  - statement.txt\n'), ['quote-not-in-source']);
  });
  test('indirect speech is never checked word for word', () => {
    assert.deepEqual(codesOf('[the board would fix the station soon]{@wen}'), []);
  });
  test('source-missing names the path tried; the speaker\'s quotes are then left alone', () => {
    const options = { sources: [file('statement.txt', undefined, 'no such file: /test/statement.txt')] };
    const [d, ...rest] = diagnosticsOf('["Tariffs on imported steel will be lifted"]{@wen}', options);
    assert.equal(d.code, 'source-missing');
    assert.match(d.message, /"statement\.txt" cannot be read: no such file: \/test\/statement\.txt/);
    assert.deepEqual(rest, []);
  });
  test('a source not read yet checks nothing', () => {
    assert.deepEqual(codesOf('["Tariffs on imported steel will be lifted"]{@wen}', { sources: [] }), []);
    assert.deepEqual(codesOf('["Tariffs on imported steel will be lifted"]{@wen}', {}), []);
  });
  test('a source naming a speaker the article does not know is a front matter problem', () => {
    const t = text('["We will rebuild the Xigaze pumping station"]{@wen}', '  - { file: statement.txt, speaker: [wne] }\n');
    const found = testService().diagnostics(doc(t), {}, { sources: [statementFile()] }, NEVER_CANCELLED).filter((d) => d.code === 'front-matter-key');
    assert.deepEqual(found.map((d) => d.message), ['The source\'s speaker "wne" is not a speaker of this article: its quotes are not checked against "statement.txt"']);
  });
  test('a malformed sources entry is a front matter problem', () => {
    const t = text('["x"]{@wen}', '  - { speaker: wen }\n  - [a, b]\n');
    const found = testService().diagnostics(doc(t), {}, {}, NEVER_CANCELLED).filter((d) => d.code === 'front-matter-key').map((d) => d.message);
    assert.equal(found.length, 2);
    assert.match(found[0], /no "file"/);
  });
});

describe('quotes against their sources: hover and definition', () => {
  const options = { sources: [statementFile()] };
  test('hover shows the passage with its context, the title, the date and how exact', () => {
    const a = parse(text('["We will rebuild the Shigatse pumping station"]{@wen}'));
    const h = hover(a, positionIn(a, 'pumping'), options);
    const value = (h!.contents as { value: string }).value;
    assert.match(value, /\*\*Source:\*\* Board statement \(`statement\.txt`\), 2024-03-03/);
    assert.match(value, /\*\*We will rebuild the Xigaze pumping station\*\* with vigor before/);
    assert.match(value, /6 of 7 words as in the source; 1 difference/);
  });
  test('hover on a quote found nowhere says where it was looked for', () => {
    const a = parse(text('["Tariffs on imported steel will be lifted next month"]{@wen}'));
    const value = (hover(a, positionIn(a, 'steel'), options)!.contents as { value: string }).value;
    assert.match(value, /\*\*Sources:\*\* no passage of `statement\.txt` comes close to these words/);
  });
  test('hover on indirect speech shows a clear supporting passage', () => {
    const a = parse(text('[the cost will be met by the regional budget]{@wen}'));
    const value = (hover(a, positionIn(a, 'regional'), options)!.contents as { value: string }).value;
    assert.match(value, /indirect speech is not checked word for word/);
  });
  test('definition on a quote opens the source at the passage', () => {
    const a = parse(text('["The cost will be met by the regional budget."]{@wen}'));
    const at = on(a, 'regional');
    assert.equal(at?.uri, 'file:///test/statement.txt');
    assert.deepEqual(at?.range.start, { line: 3, character: STATEMENT.split('\n')[3].indexOf('The cost') });
  });
  const on = (a: ReturnType<typeof parse>, needle: string) => testServiceDefinition(a, needle);
  function testServiceDefinition(a: ReturnType<typeof parse>, needle: string) {
    // The helper of support/features.ts passes no options; the sources come with the request.
    return definition(a, positionIn(a, needle)) ?? testService().definition(doc(a.text, a.uri), { position: positionIn(a, needle) }, options, NEVER_CANCELLED);
  }
});

describe('quotes against their sources: limits', () => {
  test('a quote longer than a page is not compared; every other quote still is', () => {
    const long = `["${'We will rebuild the station. '.repeat(150)}"]{@wen}`;
    assert.deepEqual(codesOf(`${long} ["We will rebuild the Shigatse pumping station"]{@wen}`), ['quote-altered']);
  });
});

describe('quotes against their sources: kinds of source and of quote', () => {
  const NITF = '<nitf><body><body.content><p>We will rebuild the <em>Xigaze</em> pumping station&#160;with vigor.</p></body.content></body></nitf>';
  const WIRE = '---\nheadline: "Wire"\ndate: 2024-03-03\nspeakers:\n  wen:\n    name: Wen Ming\n---\n\nBEIJING -- ["We will rebuild the Xigaze pumping station with vigor,"]{@wen} Wen said. <!-- the pumping station with vigor -->\n';
  const only = (path: string, text: string) => ({ sources: [file(path, text)] });
  test('a NITF source is read without its tags, a .news source without its front matter, markup and comments', () => {
    const quote = '["We will rebuild the Xigaze pumping station with vigor"]{@wen}';
    assert.deepEqual(codesOf(quote, only('wire.xml', NITF), '  - { file: wire.xml, speaker: wen }\n'), []);
    assert.deepEqual(codesOf(quote, only('wire.news', WIRE), '  - { file: wire.news, speaker: wen }\n'), []);
    // The speaker's id in the wire's markup and its headline are no words of the source.
    assert.deepEqual(codesOf('["Wire wen Wen said"]{@wen}', only('wire.news', WIRE), '  - { file: wire.news, speaker: wen }\n'), ['quote-not-in-source']);
  });
  test('a quote reported within a quote: the inner markup is no part of the outer words', () => {
    assert.deepEqual(codesOf('["We will rebuild the [\'Xigaze pumping station\']{@li} with vigor"]{@wen}'), []);
  });
  test('one of a speaker\'s sources unreadable: its quotes wait, only source-missing is told', () => {
    const sources = '  - { file: statement.txt, speaker: wen }\n  - { file: gone.txt, speaker: wen }\n';
    const options = { sources: [statementFile(), file('gone.txt', undefined, 'there is no file /test/gone.txt')] };
    assert.deepEqual(codesOf('["Tariffs on imported steel will be lifted"]{@wen}', options, sources), ['source-missing']);
  });
});

describe('quotes against their sources: common words', () => {
  // A generated source where a quote's words are common: its second piece stands, word for word,
  // in three decoy stretches (twice each, with the first piece's words scattered around it in
  // another order), and the whole quote only at the end. Words voting for where a quote stands
  // would favour the earlier decoys; the quote is in the source and must be found there.
  const FILLER = ['river', 'stone', 'lamp', 'coat', 'field', 'yard', 'tower', 'bell', 'cart', 'mill', 'barn', 'gate'];
  let seed = 7;
  const filler = (n: number) => Array.from({ length: n }, () => FILLER[(seed = (seed * 31 + 11) % 9973) % FILLER.length]).join(' ');
  const decoy = () => `simple ${filler(5)} words ${filler(5)} and ${filler(5)} plain ${filler(5)} the news you can read ${filler(5)} the news you can read.`;
  const GENERATED = `${[decoy(), decoy(), decoy()].map((d) => `${d} ${filler(450)}.`).join('\n')}\nPlain words and simple, that is what we want. Here is the news you can read. ${filler(20)}.`;
  const options = { sources: [file('generated.txt', GENERATED)] };
  const sources = '  - { file: generated.txt, speaker: wen }\n';
  test('a quote of common words with an ellipsis is found where it stands, not at a chance spot', () => {
    assert.deepEqual(codesOf('["Plain words and simple … the news you can read"]{@wen}', options, sources), []);
  });
  test('the same words with one changed: an alteration told where the quote stands (the last line), not at a decoy', () => {
    const [d] = diagnosticsOf('["Plain words and simple … the news you can trust"]{@wen}', options, sources);
    assert.equal(d.code, 'quote-altered');
    assert.match(d.message, /the source says "read", the quote "trust"/);
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 3);
  });
  test('words not there are still not in the source', () => {
    assert.deepEqual(codesOf('["The news you can trust … nobody reads"]{@wen}', options, sources), ['quote-not-in-source']);
  });
});

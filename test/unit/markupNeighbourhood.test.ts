// The markup code actions of a long article read the paragraph's neighbourhood, not the whole
// article (issue 13, item 12: a code action on a 475,000-character article held the server's one
// thread for a second). What they offer must not change where the neighbourhood holds what the
// paragraph's attribution depends on: the reference articles, repeated past WHOLE_ARTICLE_CHARS,
// get for each paragraph exactly the markup that the whole document's draft (which still reads
// the whole article) gives it. The difference by design is shown too: a speaker named in full
// only between the lead and the neighbourhood is known by the name the neighbourhood has.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { strip, type Paragraph, type ParsedArticle } from '../../server/src/service';
import { CONTEXT_BEFORE_CHARS, neighbourhoodOf, WHOLE_ARTICLE_CHARS } from '../../server/src/service/features/markupSuggestions';
import { SUGGEST_MARKUP_KIND } from '../../server/src/protocol';
import { article, diagnostics, parse, ROOT } from '../support/documents';
import { codeActions, markUp } from '../support/features';

const SUGGEST = { diagnostics: [], only: [SUGGEST_MARKUP_KIND] };
const editsOf = (a: CodeAction) => Object.values(a.edit?.changes ?? {})[0] ?? [];

/** A paragraph whose comment holds a quotation and whose escapes are no markup: the engine must read neither. */
const NOTE = 'The figures were revised \\[twice\\] on Friday. <!-- "We never said this at all," Ma Hui said. --> Prices rose 5\\% on the year.';

/**
 * An example's body, its markup stripped, repeated under its front matter until the article is `length` characters or more;
 * `withMarkup`: each time after the body as it is (quote spans), and NOTE, so that the neighbourhoods hold markup.
 */
function repeated(example: string, length: number, withMarkup = false): string {
  const text = readFileSync(path.join(ROOT, 'examples', example), 'utf8');
  const bodyStart = parse(text).bodyStart;
  const body = strip(parse(text)).trimStart();
  const unit = withMarkup ? `${text.slice(bodyStart).trim()}\n\n${NOTE}\n\n${body.trimEnd()}` : body.trimEnd();
  return `${text.slice(0, bodyStart)}\n${`${unit}\n\n`.repeat(Math.ceil(length / unit.length))}`;
}

/** The whole text after "Suggest markup for this paragraph" on block `k` of tree `a`; undefined when not offered. */
function afterSuggestion(a: ParsedArticle, k: number): string | undefined {
  const at = a.lines.position(a.blocks[k].start);
  const action = codeActions(a, { start: at, end: at }, SUGGEST).find((x) => x.kind === SUGGEST_MARKUP_KIND);
  return action && TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, a.text), editsOf(action));
}

/** Words, `length` characters exactly, ending in a full stop: a paragraph that names nobody. */
function words(length: number): string {
  const text = 'The committee met again on the plan and the session ran long. '.repeat(Math.ceil(length / 60)).slice(0, length - 1);
  return `${text.endsWith(' ') ? `${text.slice(0, -1)}s` : text}.`;
}

const CHEN_IN_FULL = 'Chen Wenqing, a senior official, arrived later.';
const CHEN_SAID = 'The talks would go on next week, Chen said.';
/** Filler far longer than CONTEXT_BEFORE_CHARS: what lies between the lead and the last paragraph. */
const FILLER = Array.from({ length: 40 }, (_, i) => `The committee met for the ${i + 1}th time on the plan, and the session ran long into the evening before the clerk called a break.`);

/** The name the code action on the last paragraph ("... Chen said.") gives its new speaker, of an article with these paragraphs before the filler. */
function nameFromLastParagraph(lead: string[], trailing = ''): string | undefined {
  const text = article([...lead, ...FILLER, CHEN_SAID, ''].join('\n\n') + trailing);
  const a = parse(text);
  const after = afterSuggestion(a, a.blocks.length - 1);
  assert.ok(after?.includes(`[${CHEN_SAID.replace(', Chen said.', ']{@chen}, Chen said.')}`), after);
  return /^ {4}name: (.*)$/m.exec(after ?? '')?.[1];
}

/** The text of paragraph `k` (by block index) of tree `a` after the code action "Suggest markup for this paragraph" on it; undefined when not offered. */
function suggestedParagraph(a: ParsedArticle, k: number): string | undefined {
  const after = afterSuggestion(a, k);
  if (after === undefined) return undefined;
  const b = parse(after, 'file:///after.news').blocks[k];
  return after.slice(b.start, b.end);
}

describe('markup code actions in a long article read the paragraph\'s neighbourhood', () => {
  const rows: [string, boolean][] = [
    ['berlin-security-dialogue.news', false], ['ap-kansas-city-storm.news', false], ['upi-horizon-city.news', false],
    ['berlin-security-dialogue.news', true], ['upi-horizon-city.news', true],
  ];
  for (const [example, withMarkup] of rows) {
    test(`${example} repeated${withMarkup ? ' between its marked copies, with comments and escapes' : ''}: each paragraph gets what the whole-article draft gives it`, () => {
      // Past the whole-article limit by two neighbourhoods: most paragraphs read a neighbourhood
      // cut short, the case this test is for (each is a code action: the test's cost).
      const text = repeated(example, WHOLE_ARTICLE_CHARS + 2 * CONTEXT_BEFORE_CHARS, withMarkup);
      const a = parse(text);
      assert.ok(text.length - a.bodyStart > WHOLE_ARTICLE_CHARS);
      const draft = markUp(a).text;
      const drafted = parse(draft, 'file:///draft.news');
      let compared = 0;
      let marked = 0;
      a.blocks.forEach((b, k) => {
        if (b.type !== 'paragraph' || b.quotes.length) return;
        const inDraft = drafted.blocks[k] as Paragraph;
        const expected = inDraft.quotes.length ? draft.slice(inDraft.start, inDraft.end) : undefined;
        assert.equal(suggestedParagraph(a, k), expected, `paragraph ${k}`);
        compared++;
        if (expected) marked++;
      });
      assert.ok(compared >= 6 && marked >= 3, `${compared} paragraphs compared, ${marked} marked`);
    });
  }

  test('by design: a speaker named in full only between the lead and the neighbourhood is added by the name the neighbourhood has', () => {
    const filler = Array.from({ length: 160 }, (_, i) => `The committee met for the ${i + 1}th time on the plan, and the session ran long into the evening before the clerk called a break.`);
    const lead = ['BERLIN, Sept. 27 (Xinhua) -- Talks on the plan opened in Berlin on Wednesday.', 'Delegates from ten countries attended.', 'The agenda was long.'];
    const text = [...lead, 'Chen Wenqing, a senior official, arrived later.', ...filler, 'The talks would go on next week, Chen said.', ''].join('\n\n');
    const last = parse(text).blocks.length - 1;
    assert.ok(text.length > WHOLE_ARTICLE_CHARS + CONTEXT_BEFORE_CHARS);
    // The whole article's draft knows his full name.
    const draft = markUp(parse(text)).text;
    assert.match(draft, /name: Chen Wenqing/);
    assert.match(draft, /\[The talks would go on next week\]\{@chen\}, Chen said\./);
    // The code action marks the same words for the same id; his full name is out of its reach.
    const a = parse(text);
    const at = a.lines.position(a.blocks[last].start);
    const action = codeActions(a, { start: at, end: at }, SUGGEST)[0];
    const after = TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, text), editsOf(action));
    assert.match(after, /\[The talks would go on next week\]\{@chen\}, Chen said\./);
    assert.match(after, /name: Chen\n/);
  });

  test('a paragraph longer than WHOLE_ARTICLE_CHARS on its own gets no suggestion in a long article', () => {
    const huge = 'The plan would work, he said, and the talks went on. '.repeat(Math.ceil((WHOLE_ARTICLE_CHARS + 1) / 52)).trim();
    const text = `BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing arrived.\n\n${huge} "It will work," Chen said.\n`;
    const a = parse(text);
    const at = a.lines.position(a.blocks[1].start);
    assert.deepEqual(codeActions(a, { start: at, end: at }, SUGGEST), []);
    // The same paragraph, short, is offered a suggestion: only its length stops the engine.
    const short = parse(`BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing arrived.\n\nThe plan would work. "It will work," Chen said.\n`, 'file:///short.news');
    assert.equal(codeActions(short, { start: short.lines.position(short.blocks[1].start), end: short.lines.position(short.blocks[1].start) }, SUGGEST).length, 1);
  });

  test('the neighbourhood: whole blocks back to CONTEXT_BEFORE_CHARS, then two paragraphs on', () => {
    // Blocks of 1,000 characters each, one a heading.
    const blocks = Array.from({ length: 20 }, (_, i) => ({ type: i === 12 ? ('heading' as const) : ('paragraph' as const), start: i * 1000, end: i * 1000 + 998 }));
    const k = 10;
    const { from, to } = neighbourhoodOf(blocks as never, k);
    assert.equal(from, blocks[k].start - CONTEXT_BEFORE_CHARS);
    // Paragraphs 11 and 13: the heading between them is read, and does not count.
    assert.equal(to, blocks[13].end);
    assert.deepEqual(neighbourhoodOf(blocks as never, 0), { from: 0, to: blocks[2].end });
    assert.deepEqual(neighbourhoodOf(blocks as never, 19), { from: blocks[19].start - CONTEXT_BEFORE_CHARS, to: blocks[19].end });
  });

  test('up to WHOLE_ARTICLE_CHARS after the front matter the code action reads the whole article; one character more, the neighbourhood', () => {
    const lead = ['BERLIN, Sept. 27 (Xinhua) -- Talks on the plan opened in Berlin on Wednesday.', 'Delegates from ten countries attended.', 'The agenda was long.', CHEN_IN_FULL];
    const body = [...lead, ...FILLER, CHEN_SAID, ''].join('\n\n');
    const a = parse(article(body));
    const padding = WHOLE_ARTICLE_CHARS - (a.text.length - a.bodyStart);
    assert.ok(padding > 0 && a.bodyStart > 0);
    // Blank lines at the end make the article exactly as long as the limit, then one longer.
    assert.equal(nameFromLastParagraph(lead, '\n'.repeat(padding)), 'Chen Wenqing');
    assert.equal(nameFromLastParagraph(lead, '\n'.repeat(padding + 1)), 'Chen');
  });

  test('the lead is the first three paragraphs (headings and comments do not count) within 3,000 characters', () => {
    const dateline = 'BERLIN, Sept. 27 (Xinhua) -- Talks on the plan opened in Berlin on Wednesday.';
    const second = (leadLength: number) => words(leadLength - dateline.length - CHEN_IN_FULL.length - 4);
    const rows: [string, string[], string][] = [
      ['named in the third paragraph', [dateline, 'Delegates attended.', CHEN_IN_FULL], 'Chen Wenqing'],
      ['named in the fourth paragraph', [dateline, 'Delegates attended.', 'The agenda was long.', CHEN_IN_FULL], 'Chen'],
      ['a heading and a comment before the third paragraph', [dateline, '## The talks', '<!-- desk: check the names -->', 'Delegates attended.', CHEN_IN_FULL], 'Chen Wenqing'],
      ['the third paragraph ends 3,000 characters after the lead starts', [dateline, second(3000), CHEN_IN_FULL], 'Chen Wenqing'],
      ['the third paragraph ends 3,001 characters after the lead starts', [dateline, second(3001), CHEN_IN_FULL], 'Chen'],
    ];
    for (const [what, lead, name] of rows) assert.equal(nameFromLastParagraph(lead, '\n'.repeat(WHOLE_ARTICLE_CHARS)), name, what);
  });

  test('a lead of every paragraph (an article long only by its blank lines at the end) is read whole', () => {
    const text = article(['BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing, a senior official, arrived.', CHEN_SAID, ''].join('\n\n') + '\n'.repeat(WHOLE_ARTICLE_CHARS));
    const a = parse(text);
    assert.equal(a.blocks.length, 2);
    assert.match(afterSuggestion(a, 1) ?? '', /name: Chen Wenqing\n[^]*\[The talks would go on next week\]\{@chen\}, Chen said\./);
  });

  test('a neighbourhood that reaches into the lead reads the article from its start', () => {
    // The dateline names Chen in full; the paragraph asked about is 4,000 characters past the second paragraph's start but not the first's.
    const lead = [`BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing, a senior official, arrived for the talks. ${words(900)}`, words(1000), words(900)];
    const text = article([...lead, words(1500), CHEN_SAID, ...FILLER, ...FILLER, ''].join('\n\n'));
    const a = parse(text);
    assert.ok(text.length - a.bodyStart > WHOLE_ARTICLE_CHARS);
    const k = lead.length + 1;
    assert.ok(a.blocks[k].start - a.blocks[0].start > CONTEXT_BEFORE_CHARS && a.blocks[k].start - a.blocks[1].start <= CONTEXT_BEFORE_CHARS);
    assert.match(afterSuggestion(a, k) ?? '', /name: Chen Wenqing\n[^]*\[The talks would go on next week\]\{@chen\}, Chen said\./);
  });

  test('a paragraph that opens its neighbourhood with a quotation, after the lead, is marked from its first character; the lead stays a paragraph apart', () => {
    const dateline = 'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing, a senior official, arrived for the talks.';
    // The second lead ends on a quotation left open (a quote going on into the next paragraph): read apart, it does not swallow the next quotation mark.
    const leads = [[dateline, 'Delegates attended.', 'The agenda was long.'], [dateline, 'Delegates attended.', 'Chen said: "We will work with Germany, and with every partner in Europe.']];
    const quoted = '"We are ready to go on with the talks," Chen said.';
    for (const lead of leads) {
      const text = article([...lead, words(CONTEXT_BEFORE_CHARS + 100), quoted, ...FILLER, ...FILLER, ''].join('\n\n'));
      const a = parse(text);
      assert.ok(text.length - a.bodyStart > WHOLE_ARTICLE_CHARS);
      assert.equal(afterSuggestion(a, lead.length + 1)?.split('\n\n')[lead.length + 2], '["We are ready to go on with the talks,"]{@chen} Chen said.', lead[2]);
    }
  });

  test('on one tree, each paragraph in turn gets what it gets on a tree of its own', () => {
    const text = repeated('berlin-security-dialogue.news', 2 * WHOLE_ARTICLE_CHARS);
    const same = parse(text);
    const paragraphs = same.blocks.flatMap((b, k) => (b.type === 'paragraph' && !b.quotes.length ? [k] : []));
    // Far apart first (the same neighbourhood start, another end), then back.
    const order = [...paragraphs.filter((_, i) => i % 9 === 0), ...paragraphs.filter((_, i) => i % 9 === 4).reverse()];
    for (const k of order) assert.equal(afterSuggestion(same, k), afterSuggestion(parse(text), k), `paragraph ${k}`);
  });

  test('in a long article too, the brackets and id of a quote already marked are not read: "she" after it is its speaker', () => {
    const lead = ['BERLIN, Sept. 27 (Xinhua) -- Talks on the plan opened in Berlin on Wednesday.', 'Delegates attended.', 'The agenda was long.'];
    const text = article([...lead, ...FILLER, ...FILLER, ...FILLER, 'Ma Hui met Li Wei. ["We are ready,"]{@hui} said Ma.', '"We will go," she said.', ''].join('\n\n'), { hui: 'Ma Hui' });
    const a = parse(text);
    assert.ok(text.length - a.bodyStart > WHOLE_ARTICLE_CHARS);
    const after = afterSuggestion(a, a.blocks.length - 1) ?? '';
    assert.ok(after.includes('\n["We will go,"]{@hui} she said.\n'), after.slice(-300));
  });

  test('on one tree, the last paragraph and one far before it whose neighbourhood ends with it each get their own suggestion', () => {
    const lead = ['BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing, a senior official, arrived for the talks.', 'Delegates attended.', 'The agenda was long.'];
    const first = '"We are ready to go on with the talks," Chen said.';
    const last = '"We will meet again next week in Beijing," Chen said.';
    const text = article([...lead, ...FILLER, ...FILLER, first, words(CONTEXT_BEFORE_CHARS + 100), last, ''].join('\n\n'));
    const a = parse(text);
    assert.ok(text.length - a.bodyStart > WHOLE_ARTICLE_CHARS);
    const k = a.blocks.length - 1;
    assert.deepEqual(neighbourhoodOf(a.blocks, k - 2).to, neighbourhoodOf(a.blocks, k).to);
    assert.notEqual(neighbourhoodOf(a.blocks, k - 2).from, neighbourhoodOf(a.blocks, k).from);
    assert.match(afterSuggestion(a, k) ?? '', /\["We will meet again next week in Beijing,"\]\{@chen\} Chen said\./);
    assert.match(afterSuggestion(a, k - 2) ?? '', /\["We are ready to go on with the talks,"\]\{@chen\} Chen said\./);
  });

  test('"Mark as quote by" is not offered on a paragraph longer than WHOLE_ARTICLE_CHARS in a long article; the engine does not read it', () => {
    const quote = '"It will work for all of us," Chen said.';
    const rows: [number, number][] = [[WHOLE_ARTICLE_CHARS, 1], [WHOLE_ARTICLE_CHARS + 1, 0]];
    for (const [length, offered] of rows) {
      const paragraph = `${words(length - quote.length - 1)} ${quote}`;
      const text = `BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing arrived.\n\n${paragraph}\n\n${words(2000)}\n`;
      const a = parse(text);
      assert.equal(a.blocks[1].end - a.blocks[1].start, length);
      const at = a.lines.position(a.blocks[1].start);
      assert.equal(codeActions(a, { start: at, end: at }, SUGGEST).length, offered, `${length}: suggestion`);
      const unattributed = diagnostics(text).filter((d) => d.code === 'quote-unattributed');
      assert.equal(unattributed.length, 1);
      const marks = codeActions(a, unattributed[0].range, { diagnostics: unattributed, only: ['quickfix'] }).filter((x) => x.title.startsWith('Mark as quote by'));
      assert.deepEqual(marks.map((x) => x.title), offered ? ['Mark as quote by Chen Wenqing'] : [], `${length}: mark as quote`);
    }
  });

  test('the neighbourhood stops at WHOLE_ARTICLE_CHARS from its first block', () => {
    const blocks = (size: number) => Array.from({ length: 6 }, (_, i) => ({ type: 'paragraph' as const, start: i * size, end: i * size + size - 2 }));
    // Paragraphs of 4,998 characters: the one after is read (9,998 in all), the next not (14,998).
    const big = blocks(5000);
    assert.deepEqual(neighbourhoodOf(big as never, 0), { from: 0, to: big[1].end });
    // Paragraphs of 4,000: the second after ends exactly WHOLE_ARTICLE_CHARS after the first block's start, 2 more than it.
    const exact = blocks(4001).map((b, i) => (i === 2 ? { ...b, end: WHOLE_ARTICLE_CHARS } : b));
    assert.deepEqual(neighbourhoodOf(exact as never, 0), { from: 0, to: WHOLE_ARTICLE_CHARS });
    const over = exact.map((b, i) => (i === 2 ? { ...b, end: WHOLE_ARTICLE_CHARS + 1 } : b));
    assert.deepEqual(neighbourhoodOf(over as never, 0), { from: 0, to: over[1].end });
  });
});

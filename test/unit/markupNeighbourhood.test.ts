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
import { strip, type Paragraph } from '../../server/src/service';
import { CONTEXT_BEFORE_CHARS, neighbourhoodOf, WHOLE_ARTICLE_CHARS } from '../../server/src/service/features/markupSuggestions';
import { SUGGEST_MARKUP_KIND } from '../../server/src/protocol';
import { parse, ROOT } from '../support/documents';
import { codeActions, markUp } from '../support/features';

const SUGGEST = { diagnostics: [], only: [SUGGEST_MARKUP_KIND] };
const editsOf = (a: CodeAction) => Object.values(a.edit?.changes ?? {})[0] ?? [];

/** An example's body, its markup stripped, repeated under its front matter until the article is `length` characters or more. */
function repeated(example: string, length: number): string {
  const text = readFileSync(path.join(ROOT, 'examples', example), 'utf8');
  const bodyStart = parse(text).bodyStart;
  const body = strip(parse(text)).trimStart();
  return `${text.slice(0, bodyStart)}\n${`${body.trimEnd()}\n\n`.repeat(Math.ceil(length / body.length))}`;
}

/** The text of paragraph `k` (by block index) after the code action "Suggest markup for this paragraph" on it; undefined when not offered. */
function suggestedParagraph(text: string, k: number): string | undefined {
  const a = parse(text);
  const block = a.blocks[k];
  const action = codeActions(a, { start: a.lines.position(block.start), end: a.lines.position(block.start) }, SUGGEST).find((x) => x.kind === SUGGEST_MARKUP_KIND);
  if (!action) return undefined;
  const after = TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, text), editsOf(action));
  const b = parse(after, 'file:///after.news').blocks[k];
  return after.slice(b.start, b.end);
}

describe('markup code actions in a long article read the paragraph\'s neighbourhood', () => {
  for (const example of ['berlin-security-dialogue.news', 'ap-kansas-city-storm.news', 'upi-horizon-city.news']) {
    test(`${example} repeated: each paragraph gets what the whole-article draft gives it`, () => {
      const text = repeated(example, 3 * WHOLE_ARTICLE_CHARS);
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
        assert.equal(suggestedParagraph(text, k), expected, `paragraph ${k}`);
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
});

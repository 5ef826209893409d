// What the markup engine reads of an article already in NewsMark (features/markupSuggestions.ts):
// the words strip() publishes, at the document's own offsets, everything else blanked to spaces;
// a backslash too, as the checks read it (`\"` is no quotation mark). If they drifted apart, the
// engine would read a heading's marks, an id, or a paragraph break that a comment's blank line
// does not make, and suggest markup for words the reader never sees, or none for a quotation it
// does.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { strip } from '../../server/src/service';
import { maskedText } from '../../server/src/service/features/markupSuggestions';
import { SUGGEST_MARKUP_KIND } from '../../server/src/protocol';
import { parse } from '../support/documents';
import { codeActions } from '../support/features';

const FRONT = '---\nspeakers:\n  - id: chen\n    name: Chen Wenqing\n---\n';
/** The words and marks, without white space or backslashes (whose reading the escapes test below pins down). */
const words = (s: string) => s.replace(/[\s\\]+/g, '');

const ARTICLES: [string, string][] = [
  ['quotes, nested and plain brackets', `${FRONT}BERLIN, Sept. 27 (Xinhua) -- Talks opened.\n\n["We signed [the agreement] and ["the rest"]{@chen} too,"]{@chen} Chen said.\n`],
  ['escapes of the markup, and backslashes that are text', 'Prices rose 5\\% in C:\\Users and \\[sic\\] with \\{braces} and a \\\\ and \\]{kept}.\n\nA last backslash\\\n'],
  ['comments inline, on their own lines, and holding blank lines', `${FRONT}Talks opened. <!-- a note --> Then more.\n<!-- one\n\ntwo -->\n"We will go on," <!-- check:\n\nlater --> Chen said.\n\n<!-- a comment block -->\n\nThe end.\n`],
  ['subheadings with escapes', 'BERLIN, Sept. 27 (Xinhua) -- Talks opened.\n\n## Prices rose 5\\% \\[sic\\]\n\n### Then\n\nMore words.\n'],
  ['escapes beside markup after the first block', `${FRONT}Hi.\n\nUp 5\\% by ["the \\[new\\] rate,"]{@chen} Chen said, \\[sic\\] \\\\ and ["more \\{x}"]{@chen} \\] too. <!-- ${'a note long enough to lie where a stretch that starts at this paragraph reads it twice over; '.repeat(3)}-->\n`],
  ['CRLF line breaks', `${FRONT.replaceAll('\n', '\r\n')}Talks opened.\r\n\r\n["We will go on,"]{@chen} Chen said. <!-- x\r\n\r\ny -->\r\n`],
];

describe('the text the markup engine reads is the published text, at the document\'s offsets', () => {
  for (const [name, text] of ARTICLES) {
    test(name, () => {
      const a = parse(text);
      const masked = maskedText(a, 0, text.length);
      assert.equal(masked.length, text.length);
      for (let i = 0; i < text.length; i++) {
        if (masked[i] !== text[i]) assert.equal(masked[i], ' ', `offset ${i}: ${JSON.stringify(text[i])} became ${JSON.stringify(masked[i])}`);
      }
      assert.equal(words(masked), words(strip(a)));
    });
  }

  test('a backslash before any character is blanked and the character read, in paragraphs and subheadings', () => {
    const text = 'Prices rose 5\\% in \\[sic\\] and \\"no quote\\" and a \\\\ kept\\\n\n## Up 5\\% \\[sic\\]\n';
    assert.equal(maskedText(parse(text), 0, text.length), 'Prices rose 5 % in  [sic ] and  "no quote " and a  \\ kept\\\n\n   Up 5 %  [sic ]\n');
  });

  test('a stretch of whole blocks reads as the same stretch of the whole text', () => {
    for (const [, text] of ARTICLES) {
      const a = parse(text);
      const whole = maskedText(a, 0, text.length);
      for (let k = 0; k < a.blocks.length; k++) {
        for (let m = k; m < a.blocks.length; m++) {
          const from = a.blocks[k].start;
          const to = a.blocks[m].end;
          assert.equal(maskedText(a, from, to), whole.slice(from, to), `blocks ${k} to ${m} of ${JSON.stringify(text.slice(0, 30))}`);
        }
      }
    }
  });

  test('a comment that holds a blank line between a quotation and its speaker does not part them', () => {
    const text = 'BERLIN, Sept. 27 (Xinhua) -- Talks opened on Wednesday.\n\n"We will go on with the talks," <!-- check:\n\nlater --> Chen Wenqing said.\n';
    const a = parse(text);
    assert.equal(a.blocks.length, 2);
    const at = a.lines.position(a.blocks[1].start);
    const [action] = codeActions(a, { start: at, end: at }, { diagnostics: [], only: [SUGGEST_MARKUP_KIND] });
    assert.ok(action, 'a suggestion is offered');
    const after = TextDocument.applyEdits(TextDocument.create('file:///x.news', 'newsmark', 1, text), Object.values(action.edit?.changes ?? {})[0] ?? []);
    assert.match(after, /\n\["We will go on with the talks,"\]\{@[a-z-]+\} <!-- check:\n\nlater --> Chen Wenqing said\.\n$/);
  });
});

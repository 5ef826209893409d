// Issue 13, item 18, on the service: with `hoverFormat: 'plaintext'` (a client that does not list
// Markdown in hover's `contentFormat`) hover texts are plain text: no `**`, no backticks, no
// backslash escapes, no trailing spaces for line breaks, and the same words as the Markdown; what
// the Markdown shows as inline code (a front matter date as written) is shown as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../support/features';
import { article, example, parse, positionIn } from '../support/documents';

const BERLIN = example('berlin-security-dialogue.news');
const PLAIN = { hoverFormat: 'plaintext' } as const;

const contents = (h: Hover | null): MarkupContent => {
  assert.ok(h, 'expected a hover');
  return h.contents as MarkupContent;
};

describe('hover as plain text', () => {
  const a = parse(BERLIN);

  test('a speaker: the same facts, without Markdown', () => {
    const plain = contents(hover(a, positionIn(a, '{@chen}', 0, 3), PLAIN));
    assert.equal(plain.kind, 'plaintext');
    assert.equal(
      plain.value,
      [
        'Chen Wenqing @chen',
        'Role: member of the Political Bureau of the CPC Central Committee; head of the Commission for Political and Legal Affairs of the CPC Central Committee\nOrg: Communist Party of China\nAliases: Chen',
        '8 quotes: 0 direct, 0 partial, 8 indirect · 5 mentions',
      ].join('\n\n'),
    );
    assert.equal(contents(hover(a, positionIn(a, '{@chen}', 0, 3))).kind, 'markdown', 'Markdown by default');
  });

  test('a quote and the dateline', () => {
    assert.equal(contents(hover(a, positionIn(a, 'China has always', 0, 3), PLAIN)).value, 'Indirect quote by Chen Wenqing @chen\n\n19 words');
    const dateline = contents(hover(a, positionIn(a, 'BERLIN', 0, 2), PLAIN)).value;
    assert.match(dateline, /^Dateline BERLIN/);
    assert.doesNotMatch(dateline, /[*`\\]| {2}\n/);
  });

  test("an article's own stars, underscores and backslashes are shown as written", () => {
    const text = article('[We stay]{@ann}, she said.', { ann: 'Ann *Star* O_Neil \\ Jr' });
    const b = parse(text);
    const plain = contents(hover(b, positionIn(b, '{@ann}', 0, 3), PLAIN)).value;
    assert.match(plain, /^Ann \*Star\* O_Neil \\ Jr @ann\n/);
    assert.match(contents(hover(b, positionIn(b, '{@ann}', 0, 3))).value, /^\*\*Ann \\\*Star\\\* O\\_Neil \\\\ Jr\*\* `@ann`/);
  });

  test('inline code keeps its stars, backslashes and backticks, with the padding of a double-backtick span dropped', () => {
    const cases: [string, string][] = [
      ['20*3\\09', 'Date: not written (the front matter date 20*3\\09 is not a valid date)'],
      ['20*3`0\\9', 'Date: not written (the front matter date 20*3`0\\9 is not a valid date)'],
      ['20``23', 'Date: not written (the front matter date 20``23 is not a valid date)'],
    ];
    for (const [date, expected] of cases) {
      const b = parse(`---\nheadline: H\ndate: ${date}\n---\n\nBERLIN (Xinhua) -- Talks.\n`);
      const plain = contents(hover(b, positionIn(b, 'BERLIN', 0, 2), PLAIN)).value;
      assert.equal(plain.split('\n').find((l) => l.startsWith('Date: ')), expected, date);
    }
  });
});

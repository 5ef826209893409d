import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hover, MarkupContent, Range } from 'vscode-languageserver-types';
import type { ParsedArticle } from '../../server/src/service';
import { hover } from '../support/features';
import { article, example, parse, positionIn, toCrlf } from '../support/documents';

const BERLIN = example('berlin-security-dialogue.news');

const at = positionIn;

const markdown = (h: Hover | null) => {
  assert.ok(h, 'expected a hover');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown');
  return c.value;
};
const textOf = (a: ParsedArticle, r: Range | undefined) => (r ? a.text.slice(a.lines.offset(r.start), a.lines.offset(r.end)) : undefined);

describe('hover on a speaker', () => {
  const a = parse(BERLIN);
  const CHEN = [
    '**Chen Wenqing** `@chen`',
    'Role: member of the Political Bureau of the CPC Central Committee; head of the Commission for Political and Legal Affairs of the CPC Central Committee  \nOrg: Communist Party of China  \nAliases: Chen',
    '8 quotes: 0 direct, 0 partial, 8 indirect · 5 mentions',
  ].join('\n\n');

  test('on @id after a quote: name, role, org, aliases, quotes by kind, mentions', () => {
    const h = hover(a, at(a, '{@chen}', 0, 3));
    assert.equal(markdown(h), CHEN);
    assert.equal(textOf(a, h?.range), 'chen');
  });

  test('on a mention in the text, the same, with the mention as range', () => {
    const h = hover(a, at(a, 'Chen, also', 0, 1));
    assert.equal(markdown(h), CHEN);
    assert.equal(textOf(a, h?.range), 'Chen');
    assert.equal(textOf(a, hover(a, at(a, 'Chen Wenqing, a member', 0, 8))?.range), 'Chen Wenqing');
  });

  test('on its definition in the front matter (id or name)', () => {
    const h = hover(a, at(a, 'chen:', 0, 2));
    assert.equal(markdown(h), CHEN);
    assert.deepEqual(h?.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 6 } });
    assert.equal(markdown(hover(a, at(a, 'name: Chen Wenqing', 0, 9))), CHEN);
  });

  test('a speaker never quoted', () => {
    const value = markdown(hover(a, at(a, 'Wolfgang Schmidt, head', 0, 3)));
    assert.ok(value.startsWith('**Wolfgang Schmidt** `@schmidt`'));
    assert.ok(value.endsWith('No quotes · 1 mention'));
  });

  test('kind when not a person, the reason of an anonymous source, default aliases', () => {
    const t = '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  un:\n    name: United Nations\n    kind: organization\n  source:\n    name: a diplomat\n    kind: anonymous\n    reason: not authorised to speak\n  nobody:\n    name: an official\n    kind: anonymous\n  lee:\n    name: Ann Lee\n---\n\n["We act,"]{@un} the United Nations said. [Partly "so"]{@un} said [a diplomat]{@source}.';
    const b = parse(t);
    const un = markdown(hover(b, at(b, '@un', 0, 1)));
    assert.ok(un.includes('Kind: organization'));
    assert.ok(un.includes('2 quotes: 1 direct, 1 partial, 0 indirect · 1 mention'));
    const source = markdown(hover(b, at(b, 'source:')));
    assert.ok(source.includes('Kind: anonymous  \nReason: not authorised to speak'));
    assert.ok(markdown(hover(b, at(b, 'nobody:'))).includes('Reason: *not given*'));
    const lee = markdown(hover(b, at(b, 'lee:')));
    assert.ok(lee.includes('Aliases: Lee (default: the last word of the name)'));
    assert.ok(!lee.includes('Kind:'));
  });

  test('an id not in the front matter', () => {
    const b = parse(article('Text [some words]{@wang}.'));
    assert.equal(markdown(hover(b, at(b, '@wang', 0, 2))), '`@wang` — not in the front matter `speakers`\n\n1 quote: 0 direct, 0 partial, 1 indirect · 0 mentions');
  });

  test('Markdown in names is escaped', () => {
    const b = parse(article('[Words]{@x}.', { x: 'A *bold* <b>name</b>' }));
    assert.ok(markdown(hover(b, at(b, '@x', 0, 1))).startsWith('**A \\*bold\\* \\<b\\>name\\</b\\>** `@x`'));
  });
});

describe('hover on a quote', () => {
  test('speaker, kind and word count; the quote is the range', () => {
    const a = parse(BERLIN);
    const h = hover(a, at(a, 'China has always', 0, 3));
    assert.equal(markdown(h), 'Indirect quote by **Chen Wenqing** `@chen`\n\n19 words');
    assert.ok(textOf(a, h?.range)?.startsWith('[China has always'));
    assert.ok(textOf(a, h?.range)?.endsWith('countries]{@chen}'));
  });

  test('direct and partial quotes; a nested quote names the quote around it', () => {
    const b = parse(article('McClure said [senators told him, ["There is no doubt,"]{@senators}]{@mcclure}.', { mcclure: 'Jim McClure', senators: 'senators' }));
    assert.equal(markdown(hover(b, at(b, 'There is', 0, 2))), 'Direct quote by **senators** `@senators`\n\n4 words\n\nReported within a quote by Jim McClure');
    assert.equal(markdown(hover(b, at(b, 'told him'))), 'Partial quote by **Jim McClure** `@mcclure`\n\n7 words');
  });

  test('a quote of an undefined speaker', () => {
    const b = parse(article('Text ["One word"]{@wang}.'));
    assert.equal(markdown(hover(b, at(b, 'One'))), 'Direct quote by **@wang** (not in the front matter)\n\n2 words');
  });
});

describe('hover on the dateline', () => {
  test('place, resolved date with weekday and distance from publication, agency, house style', () => {
    const a = parse(BERLIN);
    const h = hover(a, at(a, 'BERLIN', 0, 2));
    assert.equal(markdown(h), [
      '**Dateline** BERLIN, Sept. 27 (Xinhua)',
      'Place: BERLIN  \nDate: Wednesday, September 27, 2023 — 1 day before publication (2023-09-28)  \nAgency: Xinhua  \nSeparator: `--`  \nHouse style: Xinhua (from the front matter agency, Xinhua)',
    ].join('\n\n'));
    assert.equal(textOf(a, h?.range), 'BERLIN, Sept. 27 (Xinhua) --');
    assert.equal(markdown(hover(a, at(a, 'Sept. 27', 0, 2))), markdown(h), 'anywhere on the dateline');
  });

  test('the house style follows the setting', () => {
    const a = parse(BERLIN);
    assert.ok(markdown(hover(a, at(a, 'BERLIN'), { style: 'ap' })).endsWith('House style: AP (set in the settings)'));
    assert.ok(markdown(hover(a, at(a, 'BERLIN'), { style: 'none' })).endsWith('House style: none (set in the settings)'));
  });

  test('AP without a date: the day of publication; a region', () => {
    const t = '---\nheadline: H\ndate: 2024-05-22\nagency: AP\n---\n\nKANSAS CITY, Mo. (AP) — Storms came on Tuesday.';
    const b = parse(t);
    const value = markdown(hover(b, at(b, 'KANSAS', 0, 1)));
    assert.ok(value.includes('Place: KANSAS CITY  \nRegion: Mo.  \nDate: *not written*: the day of publication, Wednesday, May 22, 2024'), value);
    assert.ok(value.includes('House style: AP (from the front matter agency, AP)'));
    assert.equal(markdown(hover(b, at(b, 'Tuesday', 0, 1))), '**Tuesday** → Tuesday, May 21, 2024\n\n1 day before publication (the dateline has no date), Wednesday, May 22, 2024');
  });

  test('a day that does not exist, and a dateline far from publication', () => {
    const b = parse(article('BERLIN, Sept. 31 (Xinhua) -- Text.'));
    assert.ok(markdown(hover(b, at(b, 'BERLIN'))).includes('Date: Sept. 31 — no such day (September 31, 2023)'));
    const c = parse(article('BERLIN, Sept. 17 (Xinhua) -- Text.'));
    assert.ok(markdown(hover(c, at(c, 'BERLIN'))).includes('Date: Sunday, September 17, 2023 — 11 days before publication (2023-09-28)'));
  });

  test('the same on CRLF text', () => {
    const a = parse(toCrlf(BERLIN));
    assert.ok(markdown(hover(a, at(a, 'BERLIN'))).includes('Wednesday, September 27, 2023 — 1 day before publication (2023-09-28)'));
  });
});

describe('hover on a weekday', () => {
  test('"on Tuesday" in paragraph 2 is the Tuesday before the dateline date', () => {
    const a = parse(BERLIN);
    const h = hover(a, at(a, 'Tuesday', 0, 3));
    assert.equal(markdown(h), '**Tuesday** → Tuesday, September 26, 2023\n\n1 day before the dateline, Wednesday, September 27, 2023');
    assert.equal(textOf(a, h?.range), 'Tuesday');
  });

  test('the dateline day itself, "next", "last" and an explicit date', () => {
    const b = parse(article('BERLIN, Sept. 27 (Xinhua) -- Talks on Wednesday, next Friday, last Wednesday and Monday, Sept. 26, in Berlin.'));
    assert.ok(markdown(hover(b, at(b, 'Wednesday,', 0, 1))).startsWith('**Wednesday** → Wednesday, September 27, 2023\n\nThe day of the dateline'));
    const next = hover(b, at(b, 'Friday', 0, 1));
    assert.ok(markdown(next).startsWith('**next Friday** → Friday, September 29, 2023\n\n2 days after the dateline'));
    assert.equal(textOf(b, next?.range), 'next Friday');
    assert.ok(markdown(hover(b, at(b, 'last Wed', 0, 6))).startsWith('**last Wednesday** → Wednesday, September 20, 2023\n\n7 days before'));
    const dated = hover(b, at(b, 'Monday', 0, 1));
    assert.ok(markdown(dated).startsWith('**Monday, Sept. 26** → Tuesday, September 26, 2023\n\n1 day before the dateline'));
    assert.ok(markdown(dated).endsWith('Tuesday, not Monday'));
  });

  test('inside a quote, the weekday wins over the quote', () => {
    const b = parse(article('BERLIN, Sept. 27 (Xinhua) -- [We met on Monday]{@a}.', { a: 'Ann Lee' }));
    assert.ok(markdown(hover(b, at(b, 'Monday', 0, 2))).startsWith('**Monday** → Monday, September 25, 2023'));
  });

  test('without any date to count from', () => {
    const b = parse('No front matter. We met on Monday.');
    assert.equal(markdown(hover(b, at(b, 'Monday'))), '**Monday**: no dateline or publication date to count from');
  });
});

describe('no hover', () => {
  test('on plain text, blank lines, out of range positions and odd documents', () => {
    const a = parse(BERLIN);
    assert.equal(hover(a, at(a, 'opening ceremony', 0, 3)), null);
    assert.equal(hover(a, { line: 17, character: 0 }), null);
    assert.equal(hover(a, { line: 9999, character: 9999 }), null);
    assert.equal(hover(a, { line: -1, character: -1 }), null);
  });

  test('odd documents: at every offset, the hover expected there and nowhere else', () => {
    // Runs of offsets with the same hover, by its first line: "from-to first line".
    const hoverRuns = (t: string) => {
      const b = parse(t);
      const runs: string[] = [];
      let open: { from: number; to: number; line: string } | undefined;
      for (let i = 0; i <= t.length; i++) {
        const h = hover(b, b.lines.position(i));
        const line = h ? markdown(h).split('\n')[0] : undefined;
        if (open && line === open.line) { open.to = i; continue; }
        if (open) runs.push(`${open.from}-${open.to} ${open.line}`);
        open = line === undefined ? undefined : { from: i, to: i, line };
      }
      if (open) runs.push(`${open.from}-${open.to} ${open.line}`);
      return runs;
    };
    assert.deepEqual(hoverRuns(''), []);
    assert.deepEqual(hoverRuns('---'), []);
    assert.deepEqual(hoverRuns('[]{@}'), ['0-2 Indirect quote by *no speaker*', '3-4 `@` — not in the front matter `speakers`']);
    assert.deepEqual(hoverRuns('---\nspeakers: 3\n---\n[x]{@x}'), [
      '20-23 Indirect quote by **@x** (not in the front matter)', '24-26 `@x` — not in the front matter `speakers`',
    ]);
  });
});

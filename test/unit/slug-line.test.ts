// A wire slug or keyword line before the dateline (spec section 3): `BC-US--Bridge Collapse`,
// then a paragraph that opens with the dateline. It is not a dateline (the recogniser alone would
// read `BC-US --` as a place and a separator); the dateline is read in the next paragraph, and
// dateline-form says to move the slug into the front matter, where `slug:` is a known key.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { buildModel } from '../../server/src/cli/export/model';
import { articleContext } from '../../server/src/service/context/articleContext';
import { withDefaults } from '../../server/src/service';
import { diagnostics, parse, positionIn, toCrlf } from '../support/documents';
import { completions, hover } from '../support/features';
import { applyTextEdits, fixesOf, outlineOf, stripOf } from '../support/serviceCalls';

const FRONT = '---\nheadline: Bridge falls\ndate: 2024-03-26\nagency: AP\n---\n\n';
const BODY = 'BC-US--Bridge Collapse\n\nKANSAS CITY, Mo. (AP) — A bridge fell on Tuesday, officials said.\n';
const slugFinding = (text: string) => diagnostics(text).find((d) => d.code === 'dateline-form' && /slug/.test(d.message));
/** A slug line of exactly `length` characters. */
const slugOfLength = (length: number) => {
  const slug = `BC-US--Bridge Collapse ${'x'.repeat(length - 23)}`;
  assert.equal(slug.length, length);
  return slug;
};
const moved = (text: string) => {
  const d = slugFinding(text);
  assert.ok(d, `no slug finding in:\n${text}`);
  return applyTextEdits(text, fixesOf(d)[0].edits);
};

describe('a slug line before the dateline', () => {
  test('the dateline is read in the next paragraph; the slug is no dateline', () => {
    const a = parse(FRONT + BODY);
    assert.equal(a.slug?.text, 'BC-US--Bridge Collapse');
    assert.equal(a.dateline?.place?.text, 'KANSAS CITY');
    assert.equal(a.dateline?.region?.text, 'Mo.');
    assert.equal(a.firstParagraph && a.text.slice(a.firstParagraph.start, a.firstParagraph.start + 11), 'KANSAS CITY');
  });

  test('dateline-form says to move it; nothing is said about "(AP)" after "BC-US"', () => {
    const found = diagnostics(FRONT + BODY).filter((d) => String(d.code).startsWith('dateline') || String(d.code).startsWith('front-matter'));
    assert.deepEqual(found.map((d) => [d.code, d.message]), [
      ['dateline-form', '"BC-US--Bridge Collapse" is a slug line, not the dateline, which opens the next paragraph: move it into the front matter as `slug`'],
    ]);
  });

  test('the fix moves it into the front matter as a quoted slug, and nothing is left to report', () => {
    const after = moved(FRONT + BODY);
    assert.equal(after, '---\nheadline: Bridge falls\ndate: 2024-03-26\nagency: AP\nslug: "BC-US--Bridge Collapse"\n---\n\nKANSAS CITY, Mo. (AP) — A bridge fell on Tuesday, officials said.\n');
    assert.equal(parse(after).frontMatter?.slug?.value, 'BC-US--Bridge Collapse');
    assert.deepEqual(diagnostics(after).map((d) => d.code), []);
    assert.equal(moved(toCrlf(FRONT + BODY)), toCrlf(after));
  });

  test('without a front matter, the fix writes one', () => {
    const after = moved('AP-OR–1st NewsMinute\n\nPORTLAND, Ore. (AP) — A bridge fell.\n');
    assert.equal(after, '---\nslug: "AP-OR–1st NewsMinute"\n---\n\nPORTLAND, Ore. (AP) — A bridge fell.\n');
    assert.equal(parse(after).frontMatter?.slug?.value, 'AP-OR–1st NewsMinute');
  });

  test('a slug already in the front matter is replaced, and the message says so', () => {
    const text = FRONT.replace('agency: AP\n', 'agency: AP\nslug: old\n') + BODY;
    assert.match(slugFinding(text)!.message, /\(it replaces "old"\)$/);
    assert.equal(parse(moved(text)).frontMatter?.slug?.value, 'BC-US--Bridge Collapse');
  });

  test('YAML-hostile slugs stay strings', () => {
    for (const slug of ['USA-ECONOMY/JOBS: Update #2', 'BC-"Quoted"--Item', 'yes']) {
      const after = moved(`${FRONT}${slug}\n\nKANSAS CITY, Mo. (AP) — A bridge fell.\n`);
      const fm = parse(after).frontMatter;
      assert.equal(fm?.slug?.value, slug, after);
      assert.deepEqual(fm?.problems, []);
    }
  });

  test('a slug: up to 100 characters, closing marks or brackets after a last word that ends no sentence', () => {
    for (const first of [slugOfLength(100), 'BC-US--Bridge Collapse (Update 2)', 'BC-US--Bridge Collapse »']) {
      const a = parse(`${FRONT}${first}\n\nKANSAS CITY, Mo. (AP) — A bridge fell.\n`);
      assert.equal(a.slug?.text, first);
      assert.equal(a.dateline?.place?.text, 'KANSAS CITY', first);
    }
  });

  test('not a slug: a sentence, two lines, markup, or no dateline in the next paragraph', () => {
    const notSlugs = [
      'The bridge fell.', 'Bridge Collapse\nSecond line', 'BC-US--[Bridge]{@x} Collapse', '"Bridge collapse!"',
      // over 100 characters; no letter or digit; a sentence inside brackets or spaced guillemets
      slugOfLength(101), '* * *', '(Bridge collapsed.)', '« Le pont s’est effondré. »',
    ];
    for (const first of notSlugs) {
      const a = parse(`${FRONT}${first}\n\nKANSAS CITY, Mo. (AP) — A bridge fell.\n`);
      assert.equal(a.slug, undefined, first);
      assert.equal(a.firstParagraph, a.blocks[0], first);
    }
    const noDateline = parse(`${FRONT}BC-US--Bridge Collapse\n\nA bridge fell.\n`);
    assert.equal(noDateline.slug, undefined);
    assert.equal(noDateline.dateline?.place?.text, 'BC-US', 'the first paragraph is read as before');
  });

  test('hover, outline, the article context and export see the dateline of the next paragraph', () => {
    const noAgency = FRONT.replace('agency: AP\n', '');
    const a = parse(noAgency + BODY);
    const h = hover(a, positionIn(a, 'KANSAS', 0, 2));
    assert.match((h?.contents as MarkupContent).value, /House style: AP \(from the dateline agency, AP/);
    assert.equal(hover(a, positionIn(a, 'BC-US', 0, 1)), null);
    assert.deepEqual(outlineOf(noAgency + BODY).filter((s) => s.detail === 'dateline').map((s) => s.name), ['KANSAS CITY, Mo. (AP)']);
    assert.equal(articleContext(a, withDefaults({})).houseStyle.style, 'ap');
    assert.equal(articleContext(a, withDefaults({})).leadParagraphs[0], a.firstParagraph);
    assert.equal(buildModel(a, withDefaults({})).dateline?.place, 'KANSAS CITY');
  });

  test('strip keeps the slug line in the body, as every word not markup', () => {
    assert.equal(stripOf(FRONT + BODY), BODY);
  });
});

describe('slug: a known front matter key', () => {
  test('a string slug is no unknown key; a list is reported', () => {
    assert.deepEqual(diagnostics(`${FRONT.replace('---\n\n', 'slug: BC-US--Bridge Collapse\n---\n\n')}KANSAS CITY, Mo. (AP) — A bridge fell.\n`).map((d) => d.code), []);
    const list = diagnostics(`${FRONT.replace('---\n\n', 'slug: [a, b]\n---\n\n')}KANSAS CITY, Mo. (AP) — A bridge fell.\n`);
    assert.deepEqual(list.map((d) => d.code), ['front-matter-key']);
  });

  test('completion offers it', () => {
    const text = `${FRONT.replace('agency: AP\n', 'agency: AP\nsl\n')}KANSAS CITY, Mo. (AP) — A bridge fell.\n`;
    const a = parse(text);
    const items = completions(a, positionIn(a, 'sl\n', 0, 2)).items;
    assert.ok(items.some((i) => i.label === 'slug'), items.map((i) => i.label).join());
  });
});

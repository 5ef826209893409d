// dateline-missing as the writer sees it: the first word underlined (after a comment, at most 60
// characters), quoted in the message without quote markup around it, and the example dateline of
// the article's house style. Written to kill mutants that survived `npm run mutate`
// (docs/testing.md): the older tests asked only for the code.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StyleSetting } from '../../server/src/service';
import { doc } from '../support/documents';
import { diagnosticsOf } from '../support/serviceCalls';

const front = (extra: string) => `---\nheadline: T\ndate: 2023-09-28\n${extra}speakers:\n  chen: Chen Wenqing\n---\n\n`;

function missing(extra: string, body: string, style?: StyleSetting): [string, string][] {
  const text = `${front(extra)}${body}\n`;
  const d = doc(text);
  return diagnosticsOf(text, style ? { style } : undefined)
    .filter((x) => x.code === 'dateline-missing').map((x) => [d.getText(x.range), x.message]);
}

const says = (first: string, who: string, example: string) => `The first paragraph has no dateline: it opens with "${first}"; ${who} opens with one, as in "${example}"`;
const AP = 'KANSAS CITY, Mo. (AP) \u2014';
const WIRE = 'BEIJING, Sept. 27 (Xinhua) --';

describe('dateline-missing', () => {
  test('names the first word without the quote markup or marks around it', () => {
    assert.deepEqual(missing('agency: AP\n', '["We are ready,"]{@chen} Chen said.'), [['["We', says('We', 'AP style', AP)]]);
    assert.deepEqual(missing('agency: UPI\n', '\u201cReady.\u201d Chen said.'), [['\u201cReady.\u201d', says('Ready', 'UPI style', 'HORIZON CITY, Texas, Jan. 14 (UPI) --')]]);
  });

  test('starts after a leading comment and stops after 60 characters', () => {
    assert.deepEqual(missing('agency: Reuters\n', '<!-- note --> Chen said so.'), [['Chen', says('Chen', 'Reuters style', 'HOUSTON, Jan 27 (Reuters) -')]]);
    const long = 'x'.repeat(70);
    assert.deepEqual(missing('agency: Xinhua\n', `${long} said.`), [['x'.repeat(60), says('x'.repeat(60), 'Xinhua style', WIRE)]]);
  });

  test('without a house style, the example is wire copy; the style setting wins', () => {
    assert.deepEqual(missing('', 'Chen said so.'), [['Chen', says('Chen', 'wire copy', WIRE)]]);
    assert.deepEqual(missing('agency: AP\n', 'Chen said so.', 'none'), [['Chen', says('Chen', 'wire copy', WIRE)]]);
    assert.deepEqual(missing('agency: AP\n', 'Chen said so.', 'reuters'), [['Chen', says('Chen', 'Reuters style', 'HOUSTON, Jan 27 (Reuters) -')]]);
  });

  test('English is any tag whose primary language is en; a blank lang is English', () => {
    assert.equal(missing('lang: EN_gb\nagency: AP\n', 'Chen said so.').length, 1);
    assert.equal(missing('lang: " "\nagency: AP\n', 'Chen said so.').length, 1);
    assert.equal(missing('lang: fr-CA\nagency: AP\n', 'Chen said so.').length, 0);
  });
});

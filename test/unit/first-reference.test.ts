// speaker-first-reference (spec section 6): the first reference uses an alias before the full
// name has appeared anywhere earlier in the body: in prose, in a quote, or inside another
// speaker's name such as a group's. And a full name at the start of a sentence is the full name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnostics, parse } from '../support/documents';

const FRONT = '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n';
const DATELINE = 'BERLIN, Sept. 27 (Xinhua) -- ';
const firstRefs = (speakers: string, body: string) =>
  diagnostics(`${FRONT}${speakers}---\n\n${DATELINE}${body}\n`).filter((d) => d.code === 'speaker-first-reference').map((d) => d.message);

const MOE = '  moe:\n    name: Moe Szyslak\n';
const BARNEY = '  barney:\n    name: Barney Gumble\n';

describe('speaker-first-reference: where the full name may have appeared', () => {
  test('in prose', () => {
    assert.deepEqual(firstRefs(MOE, 'Moe Szyslak spoke. [Szyslak left early]{@moe}.'), []);
    assert.deepEqual(firstRefs(MOE, 'Szyslak spoke. [Moe Szyslak left early]{@moe}.'), ['First reference to Moe Szyslak uses "Szyslak": write the full name the first time']);
  });

  test('in a quote, of this speaker or another', () => {
    assert.deepEqual(firstRefs(MOE + BARNEY, '[We stand with Moe Szyslak]{@barney}, Barney Gumble said. [Szyslak thanked him]{@moe}.'), []);
    assert.deepEqual(firstRefs(MOE + BARNEY, '["Moe Szyslak is a friend,"]{@barney} Barney Gumble said. Szyslak smiled.'), []);
    assert.deepEqual(firstRefs(MOE + BARNEY, '["Szyslak is a friend,"]{@barney} Barney Gumble said. Moe Szyslak smiled.'), ['First reference to Moe Szyslak uses "Szyslak": write the full name the first time']);
  });

  test("inside another speaker's name, such as a group's", () => {
    const friends = '  friends:\n    name: Friends of Moe Szyslak\n    kind: group\n    aliases: [friends]\n';
    assert.deepEqual(firstRefs(MOE + friends, '[Friends of Moe Szyslak rallied]{@friends}. [Szyslak thanked them]{@moe}.'), []);
    const foundation = '  fund:\n    name: the Chen Wenqing Foundation\n    kind: organization\n  chen:\n    name: Chen Wenqing\n    aliases: [Chen]\n';
    assert.deepEqual(firstRefs(foundation, '[The money came from the Chen Wenqing Foundation]{@fund}. [Chen said so]{@chen}.'), []);
  });

  test('a name of another speaker that merely shares a word does not count', () => {
    const friends = '  friends:\n    name: Friends of Moe\n    kind: group\n    aliases: []\n';
    assert.equal(firstRefs(MOE + friends, '[Friends of Moe rallied]{@friends}. [Szyslak thanked them]{@moe}.').length, 1);
  });
});

describe('a full name with a sentence-initial capital', () => {
  const FOUNDATION = '  fund:\n    name: the Chen Wenqing Foundation\n    kind: organization\n';

  test('"The Chen Wenqing Foundation" is the name "the Chen Wenqing Foundation"; its alias inside it is no reference', () => {
    const text = `${FRONT}${FOUNDATION}---\n\n${DATELINE}The Chen Wenqing Foundation said [it would help]{@fund}. The Foundation gave money.\n`;
    const a = parse(text);
    assert.deepEqual(a.mentions.map((m) => [m.text, m.viaAlias]), [['The Chen Wenqing Foundation', false], ['Foundation', true]]);
    assert.deepEqual(diagnostics(text).filter((d) => String(d.code).startsWith('speaker')).map((d) => d.code), []);
  });

  test('only the first letter of the first word: the other words keep their case', () => {
    const text = `${FRONT}${FOUNDATION}---\n\n${DATELINE}The chen wenqing foundation and THE Chen Wenqing Foundation said [it would help]{@fund}.\n`;
    assert.deepEqual(parse(text).mentions.map((m) => m.text), ['Foundation']);
  });

  test('aliases keep their case', () => {
    const kcfd = '  kcfd:\n    name: Kansas City Fire Department\n    kind: organization\n    aliases: [fire department]\n';
    const text = `${FRONT}${kcfd}---\n\n${DATELINE}Kansas City Fire Department crews came. Fire department officials said [it was out]{@kcfd}.\n`;
    assert.deepEqual(parse(text).mentions.map((m) => m.text), ['Kansas City Fire Department']);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { article, parse } from '../support/documents';

const withChen = (body: string) => `---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  chen:\n    name: Chen Wenqing\n    aliases: [Chen]\n---\n\n${body}`;

describe('mentions', () => {
  test('full names and aliases as whole words, longest match first, case-sensitive', () => {
    const text = withChen('Chen Wenqing spoke. Chen said so. Chenault and chen are not mentions. Chen’s view.');
    const a = parse(text);
    assert.deepEqual(a.mentions.map((m) => [text.slice(m.start, m.end), m.viaAlias]), [['Chen Wenqing', false], ['Chen', true], ['Chen', true]]);
  });

  test('the default alias is the last word of the name', () => {
    const text = article('Jo Smith arrived. Smith left.', { smith: 'Jo Smith' });
    assert.deepEqual(parse(text).mentions.map((m) => [text.slice(m.start, m.end), m.viaAlias]), [['Jo Smith', false], ['Smith', true]]);
  });

  test('mentions skip comments and speaker ids', () => {
    const text = article('<!-- Smith --> [x]{@smith} Smith.', { smith: 'Jo Smith' });
    const a = parse(text);
    assert.deepEqual(a.mentions.map((m) => text.slice(m.start, m.end)), ['Smith']);
  });
});

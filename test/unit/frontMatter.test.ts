import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrontMatter, parsePublicationDate } from '../../server/src/service/parser/frontMatter';
import { codes } from '../support/documents';

const at = (text: string, start: number, end: number) => text.slice(start, end);

describe('front matter', () => {
  test('reads keys and speakers with the spans of keys and values', () => {
    const text = '---\nheadline: "Talks resume"\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n  chen:\n    name: Chen Wenqing\n    aliases: [Chen]\n  moe: Moe Smith\n---\nBody';
    const fm = parseFrontMatter(text, 0)!;
    assert.deepEqual(fm.problems, []);
    assert.equal(fm.headline?.value, 'Talks resume');
    assert.equal(at(text, fm.headline!.key.start, fm.headline!.key.end), 'headline');
    assert.deepEqual(fm.date?.parsed, { year: 2023, month: 9, day: 28 });
    assert.equal(fm.speakers.length, 2);
    assert.equal(at(text, fm.speakers[0].idSpan.start, fm.speakers[0].idSpan.end), 'chen');
    assert.equal(at(text, fm.speakers[0].name!.start, fm.speakers[0].name!.end), 'Chen Wenqing');
    assert.deepEqual(fm.speakers[0].aliases.map((a) => a.text), ['Chen']);
    assert.equal(fm.speakers[1].name?.value, 'Moe Smith');
    assert.deepEqual(fm.speakers[1].aliases.map((a) => a.text), ['Smith'], 'default alias: the last word of the name');
    assert.equal(text.slice(fm.end), '\nBody', 'the node ends with its closing fence');
  });

  test('a YAML error points at the value, and the unquoted colon case offers quoting', () => {
    const text = '---\nheadline: China ready: senior official\ndate: 2023-09-28\n---\n';
    const fm = parseFrontMatter(text, 0)!;
    const p = fm.problems.find((x) => x.code === 'front-matter-yaml')!;
    assert.equal(at(text, p.start, p.end), 'China ready: senior official');
    assert.ok(p.quotableValue);
  });

  test('unclosed front matter ends at the first blank line, so the body is still read', () => {
    const text = '---\nheadline: H\ndate: 2023-09-28\n\nBERLIN -- Body';
    const fm = parseFrontMatter(text, 0)!;
    assert.equal(fm.closed, false);
    assert.equal(fm.problems[0].code, 'front-matter-unclosed');
    assert.equal(fm.headline?.value, 'H');
  });

  test('speaker problems: bad id, no name, unknown kind', () => {
    const text = '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  Bad Id: X Y\n  noname:\n    role: r\n  k:\n    name: K L\n    kind: robot\n---\n';
    const fm = parseFrontMatter(text, 0)!;
    const invalid = fm.problems.filter((p) => p.code === 'speaker-invalid').map((p) => at(text, p.start, p.end));
    assert.deepEqual(invalid, ['Bad Id', 'noname', 'robot']);
  });

  test('dates: real ones only', () => {
    assert.deepEqual(parsePublicationDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.equal(parsePublicationDate('2023-02-29'), undefined);
    assert.equal(parsePublicationDate('2023-13-01'), undefined);
    assert.deepEqual(parsePublicationDate('2023-09-28T14:30:00Z'), { year: 2023, month: 9, day: 28 });
    assert.equal(parsePublicationDate('Sept. 28, 2023'), undefined);
  });

  test('diagnostics: missing keys, bad date, unknown key; none for a good front matter', () => {
    assert.deepEqual(codes('---\nagency: AP\n---\n\nWASHINGTON (AP) — Text.'), ['front-matter-missing']);
    assert.ok(codes('---\nheadline: H\ndate: 2023-02-30\n---\n\nText.').includes('front-matter-date'));
    assert.ok(codes('---\nheadline: H\ndate: 2023-02-03\ncolour: red\n---\n\nText.').includes('front-matter-key'));
    assert.ok(codes('No front matter at all.').includes('front-matter-missing'));
  });
});

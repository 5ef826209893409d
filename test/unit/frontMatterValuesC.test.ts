// How single front matter values read: publication dates with and without a time, the default
// alias of a speaker (the last word of the name, pointed at inside the name), a plain value with
// ": " whose comment (` # ...`, after a space or a tab) stays out of the quoting, a YAML error's
// message, and the indentation new speakers get (the line's, also after an explicit key). Written
// to kill mutants that survived `npm run mutate` (docs/testing.md) in frontMatter.ts's helpers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addSpeakerEdit } from '../../server/src/service/edits/addSpeaker';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';
import { parse } from '../support/documents';

function frontMatterOf(yaml: string) {
  const text = `---\n${yaml}\n---\n\nBERLIN, Sept. 27 (Xinhua) -- X.\n`;
  return { text, fm: parseFrontMatter(text, 0)! };
}

describe('front matter values', () => {
  test('a publication date is a real date, optionally with a valid time and zone', () => {
    const table: [date: string, real: boolean][] = [
      ['2023-09-28', true], ['2023-09-28T10:30', true], ['2023-09-28 10:30:15', true],
      ['2023-09-28T10:30:15.123Z', true], ['2023-09-28T10:30+02:00', true], ['2023-09-28T10:30-0200', true],
      ['2023-09-28T23:59:59', true], [' 2023-09-28 ', true],
      ['x2023-09-28', false], ['2023-09-28x', false], ['12023-09-28', false], ['2023-9-28', false],
      ['2023-09-2', false], ['2023-02-30', false], ['2023-09-28X10:30', false], ['2023-09-28T1:30', false],
      ['2023-09-28T10:3', false], ['2023-09-28T10:30:5', false], ['2023-09-28T10:30:15.', false],
      ['2023-09-28T10:30+2:00', false], ['2023-09-28T10:30+02:0', false], ['2023-09-28T10:30Z+', false],
      ['2023-09-28T24:00', false], ['2023-09-28T10:60', false], ['2023-09-28T10:30:60', false],
    ];
    for (const [date, real] of table) {
      const { fm } = frontMatterOf(`date: "${date}"`);
      assert.deepEqual(fm.date?.parsed, real ? { year: 2023, month: 9, day: 28 } : undefined, date);
      assert.deepEqual(fm.problems.map((p) => p.code), real ? [] : ['front-matter-date'], date);
    }
  });

  test('the default alias is the last word of the name, pointed at inside the name', () => {
    const table: [name: string, alias: string[]][] = [
      ['Chen Wenqing', ['Wenqing']], ['Mary  Ann Smith', ['Smith']], ['Smith Smith', ['Smith']],
      ['Chen', []], ['"  Chen Wenqing  "', ['Wenqing']],
    ];
    for (const [name, alias] of table) {
      const { fm } = frontMatterOf(`speakers:\n  chen: ${name}`);
      assert.deepEqual(fm.speakers[0].aliases.map((a) => a.text), alias, name);
    }
    for (const [name, word] of [['Chen Wenqing', 'Wenqing'], ['Smith Smith', 'Smith'], ['Mary Ann Smith', 'Smith']]) {
      const { text, fm } = frontMatterOf(`speakers:\n  chen:\n    name: ${name}`);
      const [a] = fm.speakers[0].aliases;
      const nameAt = text.indexOf(name);
      assert.deepEqual([a.start, a.end], [nameAt + name.lastIndexOf(word), nameAt + name.length], name);
    }
  });

  test('a value with ": " is quoted without its comment, after a space or a tab, and "#" inside a word stays', () => {
    const table: [line: string, underlined: string][] = [
      ['headline: Talks: resume # note', 'Talks: resume'],
      ['headline: Talks: resume\t# note', 'Talks: resume'],
      ['headline: C# talks: resume', 'C# talks: resume'],
      ['headline: Talks: C#', 'Talks: C#'],
    ];
    for (const [line, underlined] of table) {
      const { text, fm } = frontMatterOf(`${line}\ndate: 2023-09-28`);
      const p = fm.problems.find((x) => x.code === 'front-matter-yaml')!;
      assert.equal(text.slice(p.start, p.end), underlined, line);
      assert.deepEqual(p.quotableValue && text.slice(p.quotableValue.start, p.quotableValue.end), underlined, line);
    }
  });

  test('a YAML error is told in the reader\'s own words, whole', () => {
    const { fm } = frontMatterOf('headline: "Talks resume\ndate: 2023-09-28');
    assert.deepEqual(fm.problems.map((p) => [p.code, p.message]), [['front-matter-yaml', 'Front matter YAML: Missing closing "quote']]);
  });

  test('new speakers are indented like the first one, also after an explicit key (`? chen`)', () => {
    assert.equal(frontMatterOf('speakers:\n    chen: Chen Wenqing').fm.speakerIndent, '    ');
    const { text } = frontMatterOf('headline: H\ndate: 2023-09-28\nspeakers:\n  ? chen\n  : Chen Wenqing');
    const edit = addSpeakerEdit(parse(text), 'moe', 'Moe Smith');
    const added = parseFrontMatter(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), 0)!;
    assert.deepEqual(added.problems, []);
    assert.deepEqual(added.speakers.map((s) => [s.id, s.name?.value]), [['chen', 'Chen Wenqing'], ['moe', 'Moe Smith']]);
  });
});

// The front matter's `sources` as the parser reads it (sources/sourceList.ts): each entry's path,
// speakers, title and date with the spans their diagnostics and go-to features use, and the
// `front-matter-key` problem each malformed shape gets, on a table of front matters.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../support/documents';

/** The sources and problems of a front matter holding `lines`, each span shown as the text it covers. */
function read(lines: string) {
  const text = `---\nheadline: H\ndate: 2023-09-28\n${lines}---\n\nBody.\n`;
  const fm = parse(text).frontMatter!;
  const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    sources: (fm.sources ?? []).map((s) => ({
      at: at(s), path: [s.path.text, at(s.path)], speakers: s.speakers.map((x) => [x.text, at(x)]),
      ...(s.title === undefined ? {} : { title: s.title }), ...(s.date === undefined ? {} : { date: s.date }),
    })),
    problems: fm.problems.filter((p) => p.code === 'front-matter-key').map((p) => [at(p), p.message]),
  };
}

const NOT_A_SOURCE = 'Each source must be a path relative to the article, or a map with "file", "speaker", "title", "date"';
const NO_FILE = 'This source has no "file": give the path of the transcript, statement or article, relative to this one';
const oneLine = (key: string) => `The source's "${key}" must be a single line of text`;

describe('sources: the front matter list', () => {
  test('no sources: an empty key, null', () => {
    assert.deepEqual(read('sources:\n'), { sources: [], problems: [] });
    assert.deepEqual(read('sources: ~\n'), { sources: [], problems: [] });
    // An explicit key with no value at all (YAML's `? key`): no node, and no problem either.
    assert.deepEqual(read('? sources\n'), { sources: [], problems: [] });
  });

  test('a single path or map stands for a list of one', () => {
    assert.deepEqual(read('sources: statement.txt\n'), { sources: [{ at: 'statement.txt', path: ['statement.txt', 'statement.txt'], speakers: [] }], problems: [] });
    assert.deepEqual(read('sources: { file: " a.txt ", speaker: " wen ", title: " T ", date: 2024-03-03 }\n'), {
      sources: [{ at: '{ file: " a.txt ", speaker: " wen ", title: " T ", date: 2024-03-03 }', path: ['a.txt', '" a.txt "'], speakers: [['wen', '" wen "']], title: 'T', date: '2024-03-03' }],
      problems: [],
    });
  });

  test('paths and maps in a list; text trimmed, speakers as a list with empty ones dropped, a timestamp as its date', () => {
    const lines = [
      'sources:',
      '  - file: a.txt',
      '    speaker:',
      '      - " wen "',
      '      - ""',
      '      - li',
      '    date: !!timestamp 2024-03-03T10:00:00Z',
      '    title: "x: y"',
      '  - "  b.txt  "',
      '  - 42',
      '',
    ].join('\n');
    assert.deepEqual(read(lines), {
      sources: [
        { at: 'file: a.txt\n    speaker:\n      - " wen "\n      - ""\n      - li\n    date: !!timestamp 2024-03-03T10:00:00Z\n    title: "x: y"\n', path: ['a.txt', 'a.txt'], speakers: [['wen', '" wen "'], ['li', 'li']], title: 'x: y', date: '2024-03-03' },
        { at: '"  b.txt  "', path: ['b.txt', '"  b.txt  "'], speakers: [] },
        { at: '42', path: ['42', '42'], speakers: [] },
      ],
      problems: [],
    });
  });

  test('each malformed entry or key is one problem where it stands; the well-formed ones are read', () => {
    const lines = [
      'sources:',
      '  - file:',
      '    speaker: wen',
      '  - { file: [a], title: "", date: {}, colour: red }',
      '  - { ? file }',
      '  - "  "',
      '  - [a]',
      '  - ',
      '  - { file: ok.txt, speaker: [wen, [x]], [k]: v }',
      '',
    ].join('\n');
    assert.deepEqual(read(lines), {
      sources: [{ at: '{ file: ok.txt, speaker: [wen, [x]], [k]: v }', path: ['ok.txt', 'ok.txt'], speakers: [['wen', 'wen']] }],
      problems: [
        ['file', oneLine('file')],
        ['file:\n    speaker: wen\n', NO_FILE],
        ['file', oneLine('file')],
        ['title', oneLine('title')],
        ['date', oneLine('date')],
        ['colour', 'Unknown source key "colour": a source has file, speaker, title, date'],
        ['{ file: [a], title: "", date: {}, colour: red }', NO_FILE],
        ['file', oneLine('file')],
        ['{ ? file }', NO_FILE],
        ['"  "', NOT_A_SOURCE],
        ['[a]', NOT_A_SOURCE],
        ['', NOT_A_SOURCE],
        ['[k]', 'Unknown source key "": a source has file, speaker, title, date'],
      ],
    });
  });
});

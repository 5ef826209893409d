import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InsertTextFormat, type CompletionItem, type CompletionList, type Position, type TextEdit } from 'vscode-languageserver-types';
import type { StyleSetting } from '../../server/src/service';
import { completions } from '../support/features';
import { article, example, parse } from '../support/documents';

const CURSOR = '|';

/** Completions at the `|` in `text` (the `|` is removed first). */
function complete(textWithCursor: string, style?: StyleSetting): { text: string; list: CompletionList; at: Position } {
  const offset = textWithCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the test text marks the cursor with |');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const a = parse(text);
  const at = a.lines.position(offset);
  return { text, list: completions(a, at, style ? { style } : {}), at };
}

const labels = (list: CompletionList) => list.items.map((i) => i.label);
const edit = (item: CompletionItem) => item.textEdit as TextEdit;
const item = (list: CompletionList, label: string) => {
  const found = list.items.find((i) => i.label === label);
  assert.ok(found, `no completion "${label}" among ${labels(list).join(', ')}`);
  return found;
};

/** The text a range of `text` covers. */
function covered(text: string, e: TextEdit): string {
  const a = parse(text);
  return text.slice(a.lines.offset(e.range.start), a.lines.offset(e.range.end));
}

const REFERENCE = example('berlin-security-dialogue.news');

describe('completion of speaker ids', () => {
  test('after {@ on the reference example: every speaker, with name and role', () => {
    const { list, at } = complete(REFERENCE + '\nHe said [more words]{@|');
    assert.deepEqual(labels(list), ['chen', 'schmidt']);
    const chen = item(list, 'chen');
    assert.equal(chen.detail, 'Chen Wenqing');
    assert.match(JSON.stringify(chen.documentation), /Communist Party of China/);
    assert.equal(item(list, 'schmidt').detail, 'Wolfgang Schmidt');
    assert.match(JSON.stringify(item(list, 'schmidt').documentation), /Federal Chancellery/);
    // Nothing typed yet: the edit inserts at the cursor, and closes the brace left open.
    assert.deepEqual(edit(chen).range, { start: at, end: at });
    assert.equal(edit(chen).newText, 'chen}');
    assert.ok(list.items.every((i) => i.sortText && i.kind));
  });

  test('after {@ch the edit replaces "ch", and keeps a closing brace already there', () => {
    const { text, list } = complete(REFERENCE + '\nHe said [more words]{@ch|}');
    const e = edit(item(list, 'chen'));
    assert.equal(covered(text, e), 'ch');
    assert.equal(e.newText, 'chen');
  });

  test('inside an existing id the whole id is replaced', () => {
    const { text, list } = complete(REFERENCE.replace(']{@chen}', ']{@ch|en}'));
    assert.equal(covered(text, edit(item(list, 'schmidt'))), 'chen');
  });

  test('right after ]{ the completion inserts @id}', () => {
    const open = complete(article('He said [words]{|', { chen: 'Chen Wenqing' }));
    assert.equal(edit(item(open.list, 'chen')).newText, '@chen}');
    const autoClosed = complete(article('He said [words]{|}', { chen: 'Chen Wenqing' }));
    assert.equal(edit(item(autoClosed.list, 'chen')).newText, '@chen');
  });

  test('an escaped \\{@ and a comment offer no speakers', () => {
    assert.deepEqual(labels(complete(article('He said \\{@|', { chen: 'Chen Wenqing' })).list), []);
    assert.deepEqual(labels(complete(article('<!-- note {@| -->', { chen: 'Chen Wenqing' })).list), []);
  });
});

describe('completion in the front matter', () => {
  test('top-level keys omit those already present, with snippets', () => {
    const { list } = complete(REFERENCE.replace('agency: Xinhua\n', 'agency: Xinhua\n|\n'));
    assert.deepEqual(labels(list), ['byline', 'lang', 'slug', 'sources']);
    const lang = item(list, 'lang');
    assert.equal(lang.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(edit(lang).newText, 'lang: ${1:en}');
  });

  test('a partial key is replaced, and the date snippet is a placeholder, not today', () => {
    const { text, list } = complete('---\nheadline: Talks\nda|\n---\n\nBody.\n');
    const date = item(list, 'date');
    assert.equal(covered(text, edit(date)), 'da');
    assert.equal(edit(date).newText, 'date: ${1:YYYY-MM-DD}');
    assert.ok(!labels(list).includes('headline'));
  });

  test('no key completion once the line has its colon', () => {
    assert.deepEqual(labels(complete('---\nhead|line: Talks\n---\n').list), []);
  });

  test('speaker keys inside a speaker map omit those present; none at the speaker id level', () => {
    const inSchmidt = complete(REFERENCE.replace('    aliases: [Schmidt]\n', '    aliases: [Schmidt]\n    |\n'));
    assert.deepEqual(labels(inSchmidt.list), ['org', 'kind', 'reason']);
    const atIdLevel = complete(REFERENCE.replace('    aliases: [Schmidt]\n', '    aliases: [Schmidt]\n  |\n'));
    assert.deepEqual(labels(atIdLevel.list), []);
  });

  test('values of kind:', () => {
    const { text, list } = complete(REFERENCE.replace('    aliases: [Schmidt]\n', '    aliases: [Schmidt]\n    kind: gr|\n'));
    assert.deepEqual(labels(list), ['person', 'organization', 'group', 'anonymous']);
    assert.equal(covered(text, edit(item(list, 'group'))), 'gr');
  });
});

describe('completion in the dateline', () => {
  const dateline = (agency: string, line: string) => `---\nheadline: Talks\ndate: 2023-09-28\nagency: ${agency}\n---\n\n${line}\n`;

  test('Xinhua style: AP month forms', () => {
    const { text, list } = complete(dateline('Xinhua', 'BERLIN, Se| 27 (Xinhua) -- Talks went on.'));
    const months = list.items.filter((i) => i.detail === 'September').map((i) => i.label);
    assert.deepEqual(months, ['Sept.']);
    assert.ok(labels(list).includes('March') && labels(list).includes('Jan.'));
    assert.ok(!labels(list).includes('Sep') && !labels(list).includes('Mar'));
    assert.equal(covered(text, edit(item(list, 'Sept.'))), 'Se');
  });

  test('Reuters style: no period, Sept before Sep, March to July in full', () => {
    const { list } = complete(dateline('Reuters', 'LONDON, |'));
    assert.deepEqual(list.items.filter((i) => i.detail === 'September').map((i) => i.label), ['Sept', 'Sep']);
    assert.deepEqual(list.items.filter((i) => i.detail === 'June').map((i) => i.label), ['June']);
    assert.ok(labels(list).includes('Jan') && !labels(list).includes('Jan.'));
    assert.ok(labels(list).includes('March') && !labels(list).includes('Mar') && !labels(list).includes('Jul'));
  });

  test('the style setting overrides the agency', () => {
    const { list } = complete(dateline('Reuters', 'LONDON, |'), 'ap');
    assert.deepEqual(list.items.filter((i) => i.detail === 'September').map((i) => i.label), ['Sept.']);
  });

  test('agencies in parentheses: the front matter agency first', () => {
    const { list } = complete(dateline('Associated Press', 'KANSAS CITY, Mo. (|'));
    assert.deepEqual(labels(list).slice(0, 5), ['AP', 'Reuters', 'Xinhua', 'UPI', 'AFP']);
    assert.equal(edit(list.items[0]).newText, 'AP)');
    const xinhua = complete(dateline('Xinhua', 'BERLIN, Sept. 27 (X|) -- Talks.'));
    assert.equal(xinhua.list.items[0].label, 'Xinhua');
    assert.equal(edit(xinhua.list.items[0]).newText, 'Xinhua');
  });

  test('after the date: agencies with their parentheses, no months', () => {
    const { list } = complete(dateline('Xinhua', 'BERLIN, Sept. 27 |'));
    assert.equal(list.items[0].label, '(Xinhua)');
    assert.ok(!labels(list).includes('Sept.'));
  });

  test('nothing after the separator or beyond the first paragraph', () => {
    assert.deepEqual(labels(complete(dateline('Xinhua', 'BERLIN, Sept. 27 (Xinhua) -- Talks, |')).list), []);
    assert.deepEqual(labels(complete(dateline('Xinhua', 'BERLIN, Sept. 27 (Xinhua) -- Talks.\n\nLONDON, |')).list), []);
  });
});

describe('completion never throws', () => {
  test('on odd positions and texts', () => {
    for (const text of ['', '---', '---\n', '{@', ']{', 'BERLIN, ', '---\nspeakers:\n  a:\n    ']) {
      const a = parse(text);
      for (const at of [{ line: 0, character: 0 }, { line: 5, character: 99 }, { line: -1, character: -1 }, a.lines.position(text.length)]) {
        assert.equal(completions(a, at).isIncomplete, false);
      }
    }
  });
});

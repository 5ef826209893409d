import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location, Position } from 'vscode-languageserver-types';
import { SHOW_REFERENCES_COMMAND } from '../../server/src/protocol';
import { articleStats, codeLenses } from '../support/features';
import { article, example, parse } from '../support/documents';

const REFERENCE = example('berlin-security-dialogue.news');

describe('code lenses on speakers', () => {
  test('the reference example: quote and mention counts per speaker', () => {
    const a = parse(REFERENCE);
    const lenses = codeLenses(a);
    // Chen is mentioned 5 times outside his quotes: "Chen Wenqing, a member", "Chen, also head",
    // "Chen said, adding", "Chen expressed", "Chen said both sides"; Schmidt once.
    assert.deepEqual(lenses.map((l) => l.command?.title), ['8 quotes · 5 mentions', '0 quotes · 1 mention']);
  });

  test('each lens sits on the id key and shows every quote and mention, in order', () => {
    const a = parse(REFERENCE);
    const [chen, schmidt] = codeLenses(a);
    const chenAt = a.lines.position(REFERENCE.indexOf('  chen:') + 2);
    assert.deepEqual(chen.range, { start: chenAt, end: { line: chenAt.line, character: chenAt.character + 4 } });
    assert.equal(chen.command?.command, SHOW_REFERENCES_COMMAND);
    const [uri, position, locations] = chen.command!.arguments as [string, Position, Location[]];
    assert.equal(uri, a.uri);
    assert.deepEqual(position, chenAt);
    assert.ok(locations.every((l) => l.uri === a.uri));
    // The 8 quotes and 5 mentions in reading order, each by the opening of its text.
    const opening = (l: Location) => REFERENCE.slice(a.lines.offset(l.range.start), a.lines.offset(l.range.end)).slice(0, 15);
    assert.deepEqual(locations.map(opening), [
      '[China is ready', 'Chen Wenqing', 'Chen', '[China has alwa', 'Chen', '[the China-Germ', '[Acting on the ',
      'Chen', '[China and Germ', '[strengthening ', 'Chen', '[both sides sho', '[promoting mutu',
    ]);

    const [, , schmidtLocations] = schmidt.command!.arguments as [string, Position, Location[]];
    assert.equal(schmidtLocations.length, 1);
    const m = schmidtLocations[0].range;
    assert.equal(REFERENCE.slice(a.lines.offset(m.start), a.lines.offset(m.end)), 'Wolfgang Schmidt');
  });

  test('singular and plural, nested quotes counted, none without speakers', () => {
    const text = article('McClure said [senators told him, ["There is no doubt,"]{@senators}]{@mcclure}.', { mcclure: 'James McClure', senators: 'Senators' });
    assert.deepEqual(codeLenses(parse(text)).map((l) => l.command?.title), ['1 quote · 1 mention', '1 quote · 0 mentions']);
    assert.deepEqual(codeLenses(parse('No front matter [words]{@x}.')), []);
  });
});

describe('article stats', () => {
  test('speakers defined and quotes, nested ones included', () => {
    assert.deepEqual(articleStats(parse(REFERENCE)), { speakers: 2, quotes: 8 });
    const nested = article('McClure said [senators told him, ["There is no doubt,"]{@senators}]{@mcclure}.', { mcclure: 'James McClure', senators: 'Senators', lone: 'Lone Ranger' });
    assert.deepEqual(articleStats(parse(nested)), { speakers: 3, quotes: 2 });
    assert.deepEqual(articleStats(parse('')), { speakers: 0, quotes: 0 });
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location, Position } from 'vscode-languageserver-types';
import { SHOW_REFERENCES_COMMAND } from '../../server/src/protocol';
import { articleStats, codeLenses } from '../support/features';
import { mentionsOf } from '../../server/src/service/query';
import { article, example, parse } from '../support/documents';

const REFERENCE = example('berlin-security-dialogue.news');

describe('code lenses on speakers', () => {
  test('the reference example: quote and mention counts per speaker', () => {
    const a = parse(REFERENCE);
    const lenses = codeLenses(a);
    const chenMentions = mentionsOf(a, 'chen').length;
    assert.ok(chenMentions > 1, 'the parser finds several mentions of Chen');
    assert.deepEqual(lenses.map((l) => l.command?.title), [`8 quotes · ${chenMentions} mentions`, '0 quotes · 1 mention']);
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
    assert.equal(locations.length, 8 + mentionsOf(a, 'chen').length);
    assert.ok(locations.every((l) => l.uri === a.uri));
    const offsets = locations.map((l) => a.lines.offset(l.range.start));
    assert.deepEqual(offsets, [...offsets].sort((x, y) => x - y));
    const first = locations[0].range;
    assert.equal(REFERENCE.slice(a.lines.offset(first.start), a.lines.offset(first.end)).slice(0, 15), '[China is ready');

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

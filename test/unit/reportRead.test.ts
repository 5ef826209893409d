// Reading a summary back (`newsmark report --merge`, report/read.ts): each way a file can be
// wrong, one field at a time, refused with the message that names the field and what it should
// be; a good summary read back equal.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSummary, summarizeArticle, withDefaults, type ReportSummary } from '../../server/src/service';
import { SummaryError } from '../../server/src/service/report/read';
import { parse } from '../support/documents';

/**
 * A good summary, made anew at each call: a parse at the file's top would run while the tests load
 * (see test/mutation/nodeTestOnMocha.cjs).
 */
function good(): ReportSummary {
  return summarizeArticle(parse([
    '---', 'headline: Budget', 'date: 2024-01-15', 'speakers:', '  mayor:', '    name: Ana Ruiz', '    org: City', '---', '',
    'NORBRIDGE -- ["We cut,"]{@mayor} Ruiz said.', '',
  ].join('\n')), withDefaults(undefined));
}

type Json = Record<string, unknown>;

/** A good summary as JSON with one change made by `edit`. */
function broken(edit: (s: Json & { speakers: Json[]; days: Json[]; organisations: Json[] }) => void): string {
  const s = JSON.parse(JSON.stringify(good()));
  edit(s);
  return JSON.stringify(s);
}

function refusal(text: string): string {
  try {
    readSummary(text);
  } catch (e) {
    assert.ok(e instanceof SummaryError, String(e));
    return e.message;
  }
  return 'read';
}

describe('report: reading a summary back', () => {
  const GOOD = good();
  it('reads a good summary back equal', () => {
    assert.equal(GOOD.speakers[0].variants.length, 1);
    assert.equal(GOOD.days.length, 1);
    assert.equal(GOOD.organisations.length, 1);
    assert.deepEqual(readSummary(JSON.stringify(GOOD)), GOOD);
    assert.equal(refusal(broken((s) => { (s.speakers[0].variants as Json[])[0].org = null; })), 'read');
  });

  it('refuses a file that is no summary, or of another version', () => {
    const notOurs = 'not a NewsMark report summary (no "format": "newsmark-report"; write one with `newsmark report --format json`)';
    assert.match(refusal('{'), /^not JSON \(.+\)$/);
    for (const text of ['[]', 'null', '"newsmark-report"', '{}', '{"format":"other"}', '["newsmark-report"]']) assert.equal(refusal(text), notOurs, text);
    assert.equal(refusal(broken((s) => { s.version = 2; })), 'a summary of version 2, but this newsmark reads version 1 only: compute every shard with the same newsmark');
  });

  it('names the first field that is wrong and what it should be', () => {
    const table: [(s: Json & { speakers: Json[]; days: Json[]; organisations: Json[] }) => void, string][] = [
      [(s) => { s.articles = -1; }, '"articles" should be a whole number, 0 or more'],
      [(s) => { s.undatedArticles = 1.5; }, '"undatedArticles" should be a whole number, 0 or more'],
      [(s) => { s.quotes = []; }, '"quotes" should be an object'],
      [(s) => { s.quotes = null; }, '"quotes" should be an object'],
      [(s) => { (s.quotes as Json).partial = '1'; }, '"quotes.partial" should be a whole number, 0 or more'],
      [(s) => { s.speakerKinds = 3; }, '"speakerKinds" should be an object'],
      [(s) => { delete (s.speakerKinds as Json).group; }, '"speakerKinds.group" should be an object'],
      [(s) => { (s as Json).speakers = {}; }, '"speakers" should be a list'],
      [(s) => { s.speakers.push([] as unknown as Json); }, '"speakers[1]" should be an object'],
      [(s) => { s.speakers[0].id = 7; }, '"speakers[0].id" should be a string'],
      [(s) => { s.speakers[0].quotes = {}; }, '"speakers[0].quotes.direct" should be a whole number, 0 or more'],
      [(s) => { s.speakers[0].articles = null; }, '"speakers[0].articles" should be a whole number, 0 or more'],
      [(s) => { s.speakers[0].variants = 'x'; }, '"speakers[0].variants" should be a list'],
      [(s) => { (s.speakers[0].variants as Json[])[0].name = null; }, '"speakers[0].variants[0].name" should be a string'],
      [(s) => { (s.speakers[0].variants as Json[])[0].kind = 'robot'; }, '"speakers[0].variants[0].kind" should be one of person, organization, group, anonymous, unknown'],
      [(s) => { (s.speakers[0].variants as Json[])[0].org = 3; }, '"speakers[0].variants[0].org" should be a string or null'],
      [(s) => { (s.speakers[0].variants as Json[])[0].articles = -2; }, '"speakers[0].variants[0].articles" should be a whole number, 0 or more'],
      [(s) => { s.organisations[0].name = 1; }, '"organisations[0].name" should be a string'],
      [(s) => { s.organisations[0].quotes = { direct: 1, partial: 0 }; }, '"organisations[0].quotes.indirect" should be a whole number, 0 or more'],
      [(s) => { s.days[0].date = '2024-1-15'; }, '"days[0].date" should be a date YYYY-MM-DD'],
      [(s) => { s.days[0].date = 'x2024-01-15'; }, '"days[0].date" should be a date YYYY-MM-DD'],
      [(s) => { s.days[0].date = '2024-01-15x'; }, '"days[0].date" should be a date YYYY-MM-DD'],
      [(s) => { s.days[0].articles = '1'; }, '"days[0].articles" should be a whole number, 0 or more'],
      [(s) => { s.days[0].quotes = null; }, '"days[0].quotes" should be an object'],
    ];
    for (const [edit, message] of table) assert.equal(refusal(broken(edit)), message, message);
  });
});

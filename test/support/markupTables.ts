// The markup tests' tables: wire sentences, each with every span the engine must mark in it.
// One reading for all of them, so that a table's expected lines mean the same in every file.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from './markup';

/** Every span of the body, in order, as "Speaker [role] (confidence): words" ("{org}" after the role with `withOrg`). */
function spansOf(body: string, withOrg: boolean): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, `${x.name}${x.role ? ` [${x.role}]` : ''}${withOrg && x.org ? ` {${x.org}}` : ''}`]));
  return s.spans.map((x) => `${names.get(x.speakerId)} (${x.confidence}): ${body.slice(x.start, x.end)}`);
}

/** "Speaker [role] (confidence): marked words", every span of the body, in order. */
export const attributed = (body: string): string[] => spansOf(body, false);

/** "Speaker: marked words", every span of the body, without role or confidence. */
export function spoken(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)}: ${body.slice(x.start, x.end)}`);
}

/** As `attributed`, with each speaker's organisation: "Speaker [role] {org} (confidence): words". */
const attributedWithOrg = (body: string): string[] => spansOf(body, true);

function tableOf(read: (body: string) => string[]) {
  return (title: string, rows: [string, string, string[]][]): void => {
    describe(title, () => {
      for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(read(body), expected));
    });
  };
}

/** A table of [why, body, every span as `attributed` reads them], a test per row. */
export const attributionTable = tableOf(attributed);

/** A table read as `attributedWithOrg` reads it. */
export const orgAttributionTable = tableOf(attributedWithOrg);

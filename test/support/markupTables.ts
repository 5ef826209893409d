// The markup tests' tables: wire sentences, each with every span the engine must mark in it.
// One reading for all of them, so that a table's expected lines mean the same in every file.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from './markup';

/** "Speaker [role] (confidence): marked words", every span of the body, in order. */
export function attributed(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.role ? `${x.name} [${x.role}]` : x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)} (${x.confidence}): ${body.slice(x.start, x.end)}`);
}

/** A table of [why, body, every span as `attributed` reads them], a test per row. */
export function attributionTable(title: string, rows: [string, string, string[]][]): void {
  describe(title, () => {
    for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(attributed(body), expected));
  });
}

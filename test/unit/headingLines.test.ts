// Which lines are subheadings (sections in the outline, folding ranges): one to three `#`, then a
// space or a tab. Written to kill mutants that survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHeadingLine } from '../../server/src/service/parser/blocks';

const heading = (line: string) => isHeadingLine(`x\n${line}\ny`, 2, 2 + line.length);

test('one to three # then a space or a tab', () => {
  for (const line of ['# A', '## A', '### A', '#\tA', '###\tA', '# ']) assert.equal(heading(line), true, JSON.stringify(line));
  for (const line of ['#### A', '#A', '#', '###', ' # A', 'A # B', '']) assert.equal(heading(line), false, JSON.stringify(line));
});

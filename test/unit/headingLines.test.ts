// Which lines are subheadings (sections in the outline, folding ranges): one to three `#`, then a
// space or a tab. Written to kill mutants that survived `npm run mutate` (docs/testing.md).
// Asked of the parse, as the outline and folding see it: is there a heading block where the line starts?
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOf } from '../support/serviceCalls';

const heading = (line: string) => parseOf(`x\n${line}\ny`).blocks.some((b) => b.type === 'heading' && b.start === 2);

test('one to three # then a space or a tab', () => {
  for (const line of ['# A', '## A', '### A', '#\tA', '###\tA', '# ']) assert.equal(heading(line), true, JSON.stringify(line));
  for (const line of ['#### A', '#A', '#', '###', ' # A', 'A # B', '']) assert.equal(heading(line), false, JSON.stringify(line));
});

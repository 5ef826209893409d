// Hover on a quote whose source file name holds a backtick (features/hover.ts with
// sources/sourceFeatures.ts): the name is inline code with a fence no backtick inside closes, in
// the Markdown and as plain text, both where the passage is found and where it is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { article, parse, positionIn } from '../support/documents';
import { hover } from '../support/features';
import { sourceFile, STATEMENT } from '../support/sourceTexts';

test('a source file name holding a backtick stays whole, in Markdown and in plain text', () => {
  const a = parse(article('BEIJING, March 4 (Xinhua) -- ["We will rebuild the Xigaze pumping station"]{@wen} and ["nothing of the kind"]{@wen}, Wen Ming said.', { wen: 'Wen Ming' }, 'sources:\n  - "notes`v2.txt"\n'));
  const options = { sources: [sourceFile('notes`v2.txt', STATEMENT)], spellingVariants: false };
  const sourcePart = (needle: string, hoverFormat: 'markdown' | 'plaintext') =>
    ((hover(a, positionIn(a, needle), { ...options, hoverFormat })?.contents as MarkupContent | undefined)?.value ?? '').split('---')[1]?.trim().split('\n')[0];
  assert.equal(sourcePart('pumping', 'markdown'), '**Source:** `` notes`v2.txt ``');
  assert.equal(sourcePart('pumping', 'plaintext'), 'Source: notes`v2.txt');
  assert.equal(sourcePart('kind', 'markdown'), '**Sources:** no passage of `` notes`v2.txt `` comes close to these words');
  assert.equal(sourcePart('kind', 'plaintext'), 'Sources: no passage of notes`v2.txt comes close to these words');
});

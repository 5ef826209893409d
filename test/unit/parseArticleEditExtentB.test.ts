// The edit extent an embedder passes to the incremental parse (server/src/service/parser/parseArticle.ts,
// `parseSteps(…, edit)`): the parser trusts it only when its versions are the last parsed one and
// this one and its kept stretches fit in both texts; otherwise it compares the texts itself. Which
// of the two it did shows in the work done (parseStats): a coarse extent that keeps nothing parses
// the whole article, the compared texts re-split two. Either way the tree equals a fresh parse.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ArticleParser, type ParseStats } from '../../server/src/service/parser/parseArticle';
import type { EditExtent } from '../../server/src/service/parser/textDiff';
import type { ParsedArticle } from '../../server/src/service/syntax';
import { rethrowingLogger } from '../support/service';

const URI = 'file:///extent.news';
const paragraphs = (words: string[]) => words.map((w) => `${w} spoke.\n\n`).join('');
const OLD = paragraphs(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']);
const BLOCKS = 6;
/** What comparing the texts re-splits after one paragraph was typed in: it and the one before it. */
const COMPARED = 2;
const view = (a: ParsedArticle) => ({ ...a, version: 0, lines: a.lines.lineStarts });

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Parses `old` as version 1, then `text` as version 2 with `edit`: the tree and the stats. */
function reparse(old: string, text: string, edit: EditExtent): { tree: ParsedArticle; stats: ParseStats } {
  const parser = new ArticleParser(rethrowingLogger);
  parser.parse(URI, 1, old);
  const tree = drain(parser.parseSteps(URI, 2, text, undefined, edit));
  return { tree, stats: parser.lastStats };
}

const extent = (fromVersion: number, toVersion: number, prefix: number, suffix: number): EditExtent => ({ fromVersion, toVersion, prefix, suffix });

describe('an edit extent is trusted only when it describes the change', () => {
  // 'Bravo' becomes 'Bravos': the texts agree up to and after the inserted letter.
  const at = OLD.indexOf(' spoke', OLD.indexOf('Bravo'));
  const typed = `${OLD.slice(0, at)}s${OLD.slice(at)}`;
  const exactSuffix = OLD.length - at;
  const cases: [string, string, string, EditExtent, number][] = [
    // Trusted: keeping nothing re-parses all; keeping nothing after the edit re-splits from the
    // paragraph before it to the end; the exact extent does what comparing would.
    ['right versions, nothing kept', OLD, typed, extent(1, 2, 0, 0), BLOCKS],
    ['right versions, nothing kept after the edit', OLD, typed, extent(1, 2, at, 0), BLOCKS],
    ['the exact extent', OLD, typed, extent(1, 2, at, exactSuffix), COMPARED],
    // Not trusted: the texts are compared, which finds the paragraph typed in.
    ['from another version', OLD, typed, extent(0, 2, 0, 0), COMPARED],
    ['to another version', OLD, typed, extent(1, 3, 0, 0), COMPARED],
    ['a negative prefix', OLD, typed, extent(1, 2, -1, 0), COMPARED],
    ['a negative suffix', OLD, typed, extent(1, 2, at, -1), COMPARED],
    ['keeping more than the old text', OLD, typed, extent(1, 2, 0, OLD.length + 1), COMPARED],
    ['keeping more than the new text', typed, OLD, extent(1, 2, 0, OLD.length + 1), COMPARED],
  ];
  // A paragraph typed again after the first one: the editor says it was inserted at the start,
  // the texts say after the first paragraph. Either extent keeps exactly all of the shorter text.
  const first = paragraphs(['Alpha']);
  const doubled = first + OLD;
  cases.push(
    ['an insertion keeping all of the old text', OLD, doubled, extent(1, 2, 0, OLD.length), BLOCKS + 1],
    ['a deletion keeping all of the new text', doubled, OLD, extent(1, 2, 0, OLD.length), BLOCKS],
    ['the same insertion with a stale extent, compared', OLD, doubled, extent(0, 0, 0, 0), COMPARED],
  );
  for (const [name, old, text, edit, resplit] of cases) {
    test(name, () => {
      const { tree, stats } = reparse(old, text, edit);
      assert.equal(stats.resplit, resplit);
      assert.deepEqual(view(tree), view(new ArticleParser(rethrowingLogger).parse(URI, 2, text)));
    });
  }
});

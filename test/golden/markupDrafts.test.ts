// Golden drafts of the markup engine: each development gold article's plain file (test/markup/gold/
// NN-*.txt, never the held-out set) goes through what `newsmark markup` runs (readPlainArticle,
// suggestMarkup, renderDraft), and the whole draft, front matter and body, is compared with a
// reviewed file in test/golden/expected/markup/; so are the confidences of its speakers and spans
// (NN-*.confidence.txt: the API's numbers, which decide the review notes at any threshold
// `--review-threshold` sets, and which the draft shows only against the default). These pin the engine's real output on real-style
// copy: a change to any rule shows up as a diff of drafts. After a deliberate change to the engine,
// regenerate with `UPDATE_GOLDEN=1 npm run test:unit` and review the diff (refused under CI=true).
// One test per article, so that mutation testing re-runs only the articles a mutant reaches; the
// NLP model loads once per process (text.ts caches it).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../support/documents';
import { UNDER_CI, UPDATE_GOLDEN } from '../support/golden';
import { draftOfPlain } from '../support/markup';
import type { MarkupSuggestion } from '../../server/src/service';

const GOLD = path.join(ROOT, 'test/markup/gold');
const EXPECTED = path.join(__dirname, 'expected', 'markup');

const articles = readdirSync(GOLD).filter((f) => /^\d\d-[a-z0-9-]+\.txt$/.test(f)).sort();
const expectationFiles = existsSync(EXPECTED) ? readdirSync(EXPECTED).sort() : [];

/** One line per speaker and per span: who, what kind, how sure (the draft shows the rest). */
function confidences(s: MarkupSuggestion): string {
  return [
    ...s.speakers.map((x) => `speaker ${x.id} ${x.kind} ${x.confidence}`),
    ...s.spans.map((x) => `span ${x.start}-${x.end} ${x.speakerId} ${x.kind} ${x.confidence}`),
  ].join('\n') + '\n';
}

function compareWithExpected(file: string, actual: string) {
  if (UPDATE_GOLDEN && !UNDER_CI) {
    mkdirSync(EXPECTED, { recursive: true });
    writeFileSync(file, actual);
  }
  assert.ok(existsSync(file), `no expectation file ${path.relative(ROOT, file)}: run UPDATE_GOLDEN=1 npm run test:unit and review it`);
  assert.equal(actual, readFileSync(file, 'utf8'), path.relative(ROOT, file));
}

describe('golden markup drafts of the gold articles', () => {
  test('every expected draft has its gold article, and the articles are found', () => {
    const orphans = expectationFiles.filter((f) => !articles.includes(f.replace(/(\.confidence\.txt|\.news)$/, '.txt')));
    assert.deepEqual(orphans, [], `expected drafts without a plain article in test/markup/gold/: delete them (${orphans.join(', ')})`);
    assert.ok(articles.length >= 20, `the gold articles are found (${articles.length})`);
  });

  for (const file of articles) {
    const name = file.replace(/\.txt$/, '');
    test(name, () => {
      const { draft, suggestion } = draftOfPlain(readFileSync(path.join(GOLD, file), 'utf8'));
      compareWithExpected(path.join(EXPECTED, `${name}.news`), draft);
      compareWithExpected(path.join(EXPECTED, `${name}.confidence.txt`), confidences(suggestion));
    });
  }
});

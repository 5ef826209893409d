// Golden drafts of the markup engine: each development gold article's plain file (test/markup/gold/
// NN-*.txt, never the held-out set) goes through what `newsmark markup` runs (readPlainArticle,
// suggestMarkup, renderDraft), and the whole draft, front matter and body, is compared with a
// reviewed file in test/golden/expected/markup/. These pin the engine's real output on real-style
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

const GOLD = path.join(ROOT, 'test/markup/gold');
const EXPECTED = path.join(__dirname, 'expected', 'markup');

const articles = readdirSync(GOLD).filter((f) => /^\d\d-[a-z0-9-]+\.txt$/.test(f)).sort();
const expectationFiles = existsSync(EXPECTED) ? readdirSync(EXPECTED).filter((f) => f.endsWith('.news')).sort() : [];

describe('golden markup drafts of the gold articles', () => {
  test('every expected draft has its gold article, and the articles are found', () => {
    const orphans = expectationFiles.filter((f) => !articles.includes(f.replace(/\.news$/, '.txt')));
    assert.deepEqual(orphans, [], `expected drafts without a plain article in test/markup/gold/: delete them (${orphans.join(', ')})`);
    assert.ok(articles.length >= 20, `the gold articles are found (${articles.length})`);
  });

  for (const file of articles) {
    const expectedFile = path.join(EXPECTED, file.replace(/\.txt$/, '.news'));
    test(file.replace(/\.txt$/, ''), () => {
      const { draft } = draftOfPlain(readFileSync(path.join(GOLD, file), 'utf8'));
      if (UPDATE_GOLDEN && !UNDER_CI) {
        mkdirSync(EXPECTED, { recursive: true });
        writeFileSync(expectedFile, draft);
      }
      assert.ok(existsSync(expectedFile), `no expected draft ${path.relative(ROOT, expectedFile)}: run UPDATE_GOLDEN=1 npm run test:unit and review it`);
      assert.equal(draft, readFileSync(expectedFile, 'utf8'));
    });
  }
});

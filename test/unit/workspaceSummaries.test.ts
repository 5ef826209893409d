// The workspace index keeps a summary of each article on disk instead of its tree and text
// (service/archive/articleSummary.ts, issue 11 "Scale"). These tests hold it to the answers the
// trees give: the fixture archive (test/fixtures/report-archive) with the registry workspace's
// articles and speakers.yaml beside it, indexed from disk, against the same files parsed whole.
// References are also checked against the trees' own spans, not only through the service.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';
import { allQuotes, NEVER_CANCELLED, speakerOverview, summarizeArticle, withDefaults, type ParsedArticle, type ServiceOptions } from '../../server/src/service';
import { walkFiles, GitIgnores, isArticlePath } from '../../server/src/workspace/walk';
import { doc, ROOT } from '../support/documents';
import { testService } from '../support/service';

type RegistrySource = NonNullable<ServiceOptions['registry']>;

/** The default options, made at each call: made at the file's top they would be made while the tests load (see test/mutation/nodeTestOnMocha.cjs). */
const defaults = () => withDefaults(undefined);
let dir: string;
let registry: RegistrySource;

/** The index of `dir`, filled from disk, every article read against `registry`. */
async function indexOf(): Promise<WorkspaceIndex> {
  const index = new WorkspaceIndex(() => assert.fail('no open documents here'), { get: () => undefined, all: () => [] }, (m) => assert.fail(m));
  index.registryOf = () => registry;
  index.setRoots([pathToFileURL(dir).toString()]);
  index.start();
  await index.idle();
  return index;
}

/** The same articles parsed whole, in the index's order (by uri). */
async function treesOf(uris: readonly string[]): Promise<ParsedArticle[]> {
  const service = testService();
  const files: string[] = [];
  await walkFiles(dir, new GitIgnores(), (f) => isArticlePath(f) && files.push(f));
  const byUri = new Map(files.map((f) => [pathToFileURL(f).toString(), f]));
  return uris.map((uri) => service.parse(doc(readFileSync(byUri.get(uri)!, 'utf8'), uri), { registry }));
}

const REGISTRY_IDS = ['chen', 'schmidt', 'ruiz', 'nobody'];

/** Every cross-file answer of the service over `articles`. */
function answers(articles: Parameters<ReturnType<typeof testService>['workspaceSymbols']>[0]) {
  const service = testService();
  const options = { registry };
  const registryDoc = doc(registry.text, registry.uri);
  return {
    symbols: service.workspaceSymbols(articles, { query: '' }, options, NEVER_CANCELLED),
    someSymbols: service.workspaceSymbols(articles, { query: 'we' }, options, NEVER_CANCELLED),
    references: REGISTRY_IDS.map((speakerId) => service.workspaceReferences(articles, { speakerId, includeDeclaration: true }, options, NEVER_CANCELLED)),
    renames: [['chen', 'chen-wenqing'], ['schmidt', 'chen'], ['chen', 'mayor']].map(([speakerId, newName]) => service.workspaceRename(articles, { speakerId, newName }, options, NEVER_CANCELLED)),
    lenses: service.codeLenses(registryDoc, { articles }, options, NEVER_CANCELLED),
    overview: speakerOverview(articles, defaults(), NEVER_CANCELLED),
  };
}

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-summaries-'));
  cpSync(path.join(ROOT, 'test/fixtures/report-archive'), dir, { recursive: true });
  cpSync(path.join(ROOT, 'test/fixtures/registry-workspace'), path.join(dir, 'registry'), { recursive: true });
  // A .git marker keeps the .gitignore files of folders above the temporary one out of play.
  writeFileSync(path.join(dir, '.git'), '');
  const file = path.join(dir, 'registry', 'speakers.yaml');
  registry = { uri: pathToFileURL(file).toString(), text: readFileSync(file, 'utf8') };
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('workspace summaries against whole trees', () => {
  test('every cross-file answer is the same from the index as from the trees', async () => {
    const index = await indexOf();
    const summaries = index.articles(NEVER_CANCELLED);
    assert.equal(summaries.length, 12, 'the archive (10 indexed articles) and the registry workspace (2)');
    const trees = await treesOf(summaries.map((s) => s.uri));
    const fromSummaries = answers(summaries);
    assert.deepEqual(fromSummaries, answers(trees));
    // Not a vacuous comparison: the fixture has symbols, references, a refusal and quoted speakers.
    assert.ok(fromSummaries.symbols.length > 20);
    assert.ok(fromSummaries.references[0].length > 3);
    assert.match(fromSummaries.renames[1].error ?? '', /already the id of Chen Wenqing/);
    assert.ok(fromSummaries.overview.length > 5);
  });

  test('references are the trees\' own spans: front matter ids, @ids and mentions, in reading order', async () => {
    const summaries = (await indexOf()).articles(NEVER_CANCELLED);
    const trees = await treesOf(summaries.map((s) => s.uri));
    const service = testService();
    for (const speakerId of REGISTRY_IDS) {
      const expected: Location[] = [];
      for (const a of trees) {
        const spans = [
          ...(a.frontMatter?.speakers ?? []).filter((d) => d.id === speakerId).map((d) => d.idSpan),
          ...[...allQuotes(a)].filter((q) => q.speakerId === speakerId).map((q) => q.speakerSpan),
          ...a.mentions.filter((m) => m.speakerId === speakerId),
        ].sort((x, y) => x.start - y.start);
        expected.push(...spans.map((s) => ({ uri: a.uri, range: a.lines.range(s) })));
      }
      const found = service.workspaceReferences(summaries, { speakerId, includeDeclaration: true }, {}, NEVER_CANCELLED);
      assert.deepEqual(found, expected, speakerId);
    }
  });

  test('each summary carries the report summary of its article', async () => {
    const summaries = (await indexOf()).articles(NEVER_CANCELLED);
    const trees = await treesOf(summaries.map((s) => s.uri));
    assert.deepEqual(summaries.map((s) => s.report), trees.map((t) => summarizeArticle(t, defaults())));
  });

  test('after the registry changes, current() reads the files again and answers as the new trees do', async () => {
    const index = await indexOf();
    const old = registry;
    const before = { summaries: index.articles(NEVER_CANCELLED) };
    try {
      // Chen leaves the registry: the articles that quote him without declaring him lose his name.
      registry = { uri: old.uri, text: old.text.replace(/^chen:\n(?: {2}.*\n)*/m, '') };
      assert.notEqual(registry.text, old.text);
      const summaries = await index.current(NEVER_CANCELLED);
      const trees = await treesOf(summaries.map((s) => s.uri));
      const now = answers(summaries);
      assert.deepEqual(now, answers(trees));
      // Not a vacuous comparison: the registry's article no longer names chen, and rename finds fewer places.
      const berlinName = (articles: typeof summaries) => articles.find((s) => s.uri.endsWith('/registry/berlin.news'))!.quoted.find((q) => q.id === 'chen')!.name;
      assert.equal(berlinName(before.summaries), 'Chen Wenqing');
      assert.equal(berlinName(summaries), '');
    } finally {
      registry = old;
    }
  });
});

describe('the Speakers view\'s definition of a speaker in an article', () => {
  test('is the article\'s own front matter id, and none for a speaker only the registry defines', async () => {
    const summaries = (await indexOf()).articles(NEVER_CANCELLED);
    const berlin = summaries.filter((s) => s.uri.endsWith('/registry/berlin.news'));
    assert.equal(berlin.length, 1);
    const overview = speakerOverview(berlin, defaults(), NEVER_CANCELLED);
    // berlin.news quotes chen and schmidt and declares neither: speakers.yaml does.
    assert.deepEqual(overview.map((s) => [s.id, s.articles.map((a) => a.definition)]), [['chen', [null]], ['schmidt', [null]]]);
    // An article of the archive that declares its speakers: each range covers the id as written.
    const declaring = summaries.find((s) => s.declared.length > 0 && s.quoted.length > 0)!;
    const text = readFileSync(new URL(declaring.uri), 'utf8');
    const lines = text.split('\n');
    for (const speaker of speakerOverview([declaring], defaults(), NEVER_CANCELLED)) {
      const range = speaker.articles[0].definition;
      if (!range) continue;
      assert.equal(lines[range.start.line].slice(range.start.character, range.end.character), speaker.id);
    }
    assert.ok(speakerOverview([declaring], defaults(), NEVER_CANCELLED).some((s) => s.articles[0].definition), 'some speaker is declared there');
  });
});

// The one settings model: the reader (defaults, each kind of mistake named with where it came
// from, the precedence of layers), the server's store (configuration file under editor settings),
// and the files generated from the schema (a test fails when they were edited by hand).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  ALL_CODES,
  configSchemaText,
  DEFAULT_OPTIONS,
  DEFAULT_SETTINGS,
  DIAGNOSTIC_CODES,
  packageJsonText,
  readSettings,
  readSettingsLayers,
  toServiceOptions,
} from '../../server/src/service';
import { SettingsStore } from '../../server/src/lsp/settings';

const ROOT = path.resolve(__dirname, '../..');
const FILE = { where: '.newsmarkrc.json', keyPrefix: '' };
const EDITOR = { where: 'editor settings', keyPrefix: 'newsmark.' };

function read(raw: unknown, origin = FILE) {
  const warnings: string[] = [];
  const settings = readSettings(raw, (m) => warnings.push(m), origin);
  return { settings, warnings };
}

describe('readSettings', () => {
  test('nothing set: the defaults of the schema', () => {
    for (const raw of [undefined, null, {}]) {
      const { settings, warnings } = read(raw);
      assert.deepEqual(settings, { validate: 'onType', style: 'auto', rules: {}, quoteUnattributedMinWords: 4, outlineGroupBy: 'speaker', speakerColors: 'speaker', markupReviewThreshold: 0.7, maxDocumentSizeMB: 20, registry: '', sourcesSpelling: 'exact' });
      assert.deepEqual(warnings, []);
    }
    assert.deepEqual(toServiceOptions(DEFAULT_SETTINGS), { style: 'auto', rules: {}, unattributedMinWords: 4, spellingVariants: false });
    assert.equal(DEFAULT_OPTIONS.unattributedMinWords, 4, 'the service defaults are the schema defaults');
  });

  test('valid values are kept, in nested and flat keys; $schema is welcome and null means unset', () => {
    const { settings, warnings } = read({
      $schema: './config.schema.json',
      validate: 'onSave',
      style: 'reuters',
      rules: { 'quote-cue-verb': 'off', 'speaker-unused': 'error' },
      quoteUnattributedMinWords: 6,
      outline: { groupBy: 'section' },
      speakerColors: 'kind',
    });
    assert.deepEqual(warnings, []);
    assert.deepEqual(settings, { validate: 'onSave', style: 'reuters', rules: { 'quote-cue-verb': 'off', 'speaker-unused': 'error' }, quoteUnattributedMinWords: 6, outlineGroupBy: 'section', speakerColors: 'kind', markupReviewThreshold: 0.7, maxDocumentSizeMB: 20, registry: '', sourcesSpelling: 'exact' });
    assert.deepEqual(read({ speakerColors: 'rainbow' }).warnings, ['.newsmarkrc.json: speakerColors: must be one of speaker, kind, off']);
    assert.equal(read({ 'outline.groupBy': 'section' }).settings.outlineGroupBy, 'section');
    assert.deepEqual(read({ style: null, rules: null }), { settings: DEFAULT_SETTINGS, warnings: [] });
  });

  test('each kind of mistake is named with its file and key, and only that key falls back', () => {
    const { settings, warnings } = read({
      styl: 'ap',
      validate: 'sometimes',
      style: 'bbc',
      quoteUnattributedMinWords: 2.5,
      outline: { groupBy: 'speaker', sortBy: 'name' },
      rules: { 'quote-cue-verb': 'off', 'quote-cue-verbs': 'off', 'speaker-unused': 'loud', 'quote-marks': 2 },
    });
    assert.deepEqual(warnings, [
      '.newsmarkrc.json: styl: unknown key',
      '.newsmarkrc.json: outline.sortBy: unknown key',
      '.newsmarkrc.json: validate: must be one of onType, onSave',
      '.newsmarkrc.json: style: must be one of auto, ap, reuters, xinhua, upi, none',
      '.newsmarkrc.json: rules.quote-cue-verbs: unknown diagnostic code',
      '.newsmarkrc.json: rules.speaker-unused: must be one of error, warning, info, hint, off',
      '.newsmarkrc.json: rules.quote-marks: must be one of error, warning, info, hint, off',
      '.newsmarkrc.json: quoteUnattributedMinWords: must be an integer',
    ]);
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, rules: { 'quote-cue-verb': 'off' } });
    assert.deepEqual(read({ quoteUnattributedMinWords: 0 }, EDITOR).warnings, ['editor settings: newsmark.quoteUnattributedMinWords: must be at least 1']);
    // markup.reviewThreshold: a number from 0 to 1, nested or flat.
    assert.equal(read({ markup: { reviewThreshold: 0.5 } }).settings.markupReviewThreshold, 0.5);
    assert.equal(read({ 'markup.reviewThreshold': 0 }).settings.markupReviewThreshold, 0);
    assert.deepEqual(read({ markup: { reviewThreshold: 1.5 } }, EDITOR).warnings, ['editor settings: newsmark.markup.reviewThreshold: must be from 0 to 1']);
    assert.deepEqual(read({ 'markup.reviewThreshold': 'high' }).warnings, ['.newsmarkrc.json: markup.reviewThreshold: must be a number']);
    assert.deepEqual(read({ rules: 'all off', outline: 7 }, EDITOR).warnings, [
      'editor settings: newsmark.outline: must be an object',
      'editor settings: newsmark.rules: must be an object',
    ]);
    assert.deepEqual(read(['ap'], { where: 'package.json', keyPrefix: 'newsmark.' }).warnings, ['package.json: newsmark.: must be an object']);
    assert.deepEqual(read('ap').warnings, ['.newsmarkrc.json: (top level): must be an object']);
  });

  test('precedence: defaults < configuration file < editor settings, rules merged code by code', () => {
    const warnings: string[] = [];
    const settings = readSettingsLayers(
      [
        { raw: { style: 'ap', quoteUnattributedMinWords: 6, rules: { 'quote-cue-verb': 'off', 'speaker-unused': 'error' } }, origin: FILE },
        { raw: { style: 'none', validate: 42, rules: { 'speaker-unused': 'hint', 'dateline-date': 'off' } }, origin: EDITOR },
      ],
      (m) => warnings.push(m),
    );
    assert.deepEqual(settings, {
      validate: 'onType', // the editor's mistake falls back to the file, here unset: the default
      style: 'none', // both set it: the editor wins
      quoteUnattributedMinWords: 6, // only the file sets it
      outlineGroupBy: 'speaker',
      speakerColors: 'speaker',
      markupReviewThreshold: 0.7,
      maxDocumentSizeMB: 20,
      registry: '',
      sourcesSpelling: 'exact',
      rules: { 'quote-cue-verb': 'off', 'speaker-unused': 'hint', 'dateline-date': 'off' },
    });
    assert.deepEqual(warnings, ['editor settings: newsmark.validate: must be one of onType, onSave']);
    const fallback = readSettingsLayers([{ raw: { style: 'ap' }, origin: FILE }, { raw: { style: 'bbc' }, origin: EDITOR }]);
    assert.equal(fallback.style, 'ap', 'an invalid editor value does not hide the file');
  });
});

describe('the server settings store', () => {
  test('logs a settings mistake once, however many documents ask', async () => {
    const logged: string[] = [];
    const store = new SettingsStore({ pullSupported: true, fetch: async () => ({ rules: { nope: 'off' } }) }, undefined, (m) => logged.push(m));
    await store.get('untitled:a.news');
    await store.get('untitled:b.news');
    assert.deepEqual(logged, ['newsmark: editor settings: newsmark.rules.nope: unknown diagnostic code']);
  });

  test('reads the nearest .newsmarkrc.json under the editor settings, and again after it changed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-store-'));
    try {
      writeFileSync(path.join(dir, '.newsmarkrc.json'), JSON.stringify({ style: 'ap', rules: { 'quote-cue-verb': 'off' } }));
      let editor: unknown = { rules: { 'speaker-unused': 'error' } };
      const store = new SettingsStore({ pullSupported: true, fetch: async () => editor }, undefined, assert.fail);
      const uri = pathToFileURL(path.join(dir, 'a.news')).toString();
      assert.deepEqual(await store.get(uri), { ...DEFAULT_SETTINGS, style: 'ap', rules: { 'quote-cue-verb': 'off', 'speaker-unused': 'error' } });
      editor = { style: 'xinhua' };
      store.changed(null);
      assert.equal((await store.get(uri)).style, 'xinhua', 'the editor overrides the file');
      writeFileSync(path.join(dir, '.newsmarkrc.json'), JSON.stringify({ quoteUnattributedMinWords: 9 }));
      assert.equal((await store.get(uri)).quoteUnattributedMinWords, 4, 'cached until the watcher says the file changed');
      store.configFilesChanged();
      assert.deepEqual(await store.get(uri), { ...DEFAULT_SETTINGS, style: 'xinhua', quoteUnattributedMinWords: 9 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a broken configuration file is logged with its line and ignored', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-store-'));
    try {
      writeFileSync(path.join(dir, '.newsmarkrc.json'), '{ "style": "ap", }');
      const logged: string[] = [];
      const store = new SettingsStore({ pullSupported: false, fetch: assert.fail }, { style: 'upi' }, (m) => logged.push(m));
      assert.equal((await store.get(pathToFileURL(path.join(dir, 'a.news')).toString())).style, 'upi');
      assert.equal(logged.length, 1);
      assert.match(logged[0], /\.newsmarkrc\.json:1:\d+: not valid JSON.*\(ignored\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files generated from the settings schema', () => {
  // The build runs before the tests: locally it rewrites a stale file (so these two pass after
  // `npm test`, and git shows the rewrite), under CI it fails first (next test). They guard the
  // committed files when the build is skipped (NEWSMARK_SKIP_BUILD=1, a test file run alone).
  test('package.json contributes.configuration is what the generator writes (run `npm run build`)', () => {
    const current = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    assert.equal(current, packageJsonText(current));
  });

  test('server/src/cli/config.schema.json is what the generator writes (run `npm run build`)', () => {
    assert.equal(readFileSync(path.join(ROOT, 'server/src/cli/config.schema.json'), 'utf8'), configSchemaText());
  });

  test('the build under CI only checks: a hand-edited file is named with the command, and left as it is', async () => {
    // The script is plain JavaScript: imported by URL, as the build imports it.
    const generator = await import(pathToFileURL(path.join(ROOT, 'scripts/generate-settings.mjs')).href);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-generated-'));
    try {
      const pkg = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
      const edited = pkg.replace('"title": "NewsMark"', '"title": "Edited by hand"');
      assert.notEqual(edited, pkg);
      writeFileSync(path.join(dir, 'package.json'), edited);
      mkdirSync(path.join(dir, 'server/src/cli'), { recursive: true });
      copyFileSync(path.join(ROOT, 'server/src/cli/config.schema.json'), path.join(dir, 'server/src/cli/config.schema.json'));

      await assert.rejects(generator.refreshGeneratedSettings({ ci: true, root: dir }), (e: Error) => {
        assert.ok(e instanceof generator.StaleGeneratedFiles);
        assert.match(e.message, /^package\.json differs from what the settings schema/);
        assert.match(e.message, /run `npm run build` locally/);
        assert.doesNotMatch(e.message, /config\.schema\.json/, 'only the stale file is named');
        return true;
      });
      assert.equal(readFileSync(path.join(dir, 'package.json'), 'utf8'), edited, 'under CI nothing is written');

      // Locally the build regenerates it, and then there is nothing left to report.
      assert.deepEqual(await generator.refreshGeneratedSettings({ ci: false, root: dir }), ['package.json']);
      assert.equal(readFileSync(path.join(dir, 'package.json'), 'utf8'), pkg);
      assert.deepEqual(await generator.refreshGeneratedSettings({ ci: true, root: dir }), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('both schemas list every diagnostic code with its summary and default severity', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const editorRules = pkg.contributes.configuration.properties['newsmark.rules'];
    const fileRules = JSON.parse(configSchemaText()).properties.rules;
    for (const rules of [editorRules, fileRules]) {
      assert.deepEqual(rules.propertyNames.enum, ALL_CODES);
      for (const code of ALL_CODES) {
        assert.equal(rules.properties[code].markdownDescription, `Reported when ${DIAGNOSTIC_CODES[code].summary}. Default: \`${DIAGNOSTIC_CODES[code].severity}\`.`);
      }
    }
  });
});

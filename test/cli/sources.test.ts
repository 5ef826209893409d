// `newsmark check` and `export` read an article's sources (issue 14): the fixture pair (a Xinhua
// wire article and a republished version whose quote was altered), the examples, and sources
// that cannot be used (missing, huge, binary, another encoding, outside the workspace), each told
// by one `source-missing` naming the path tried, with nothing else breaking.

import assert from 'node:assert/strict';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { ROOT, run, tempDir, writeFiles } from './helpers';

const PAIR = path.join(ROOT, 'test/fixtures/quote-sources');

interface Reported { file: string; diagnostics: { code: string; message: string; severity: string }[] }
const check = (args: string[], cwd: string): Reported[] => JSON.parse(run(['check', '--format', 'json', ...args], cwd).stdout) as Reported[];

function articleCiting(source: string): string {
  return [
    '---', 'headline: "Minister speaks"', 'date: 2025-03-04', 'agency: Reuters',
    'speakers:', '  wen:', '    name: Wen Ming', '    aliases: [Wen]',
    'sources:', `  - { file: "${source}", speaker: wen }`, '---', '',
    'KESTREL BAY, March 4 (Reuters) - ["We will rebuild the station,"]{@wen} Wen Ming said.', '',
  ].join('\n');
}

describe('newsmark check: quotes against their sources', () => {
  it('the republished article: quote-altered names the changed words; the wire article itself is clean', () => {
    const [republished, wire] = check(['republished.news', 'xinhua-tibet.news'], PAIR);
    const altered = republished.diagnostics.filter((d) => d.code === 'quote-altered');
    assert.equal(altered.length, 1);
    assert.equal(altered[0].severity, 'warning');
    assert.match(altered[0].message, /the source says "Lhasa-Xigaze", the quote "Lhasa-Shigatse"; the source says "vigor", the quote "vigour"; the source says "Xigaze", the quote "Shigatse"/);
    assert.deepEqual(republished.diagnostics.filter((d) => d.code !== 'quote-altered'), []);
    assert.deepEqual(wire.diagnostics, []);
  });

  it('the examples: the article quoting the statement is clean, the broken copies are caught with both codes and source-missing', () => {
    assert.deepEqual(check(['kestrel-bay-breakwater.news'], path.join(ROOT, 'examples'))[0].diagnostics, []);
    const [altered, missing] = check(['broken/quote-source.news', 'broken/source-missing.news'], path.join(ROOT, 'examples'));
    assert.deepEqual(altered.diagnostics.map((d) => d.code), ['quote-altered', 'quote-not-in-source']);
    assert.deepEqual(missing.diagnostics.map((d) => d.code), ['source-missing']);
    assert.match(missing.diagnostics[0].message, /there is no file .*examples\/sources\/harbour-board-press-conference\.txt/);
  });

  it('bad sources get one clear diagnostic each, and the other files are still checked', () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'elsewhere.txt'), 'We will rebuild the station.');
    writeFiles(dir, {
      'missing.news': articleCiting('nowhere.txt'),
      'huge.news': articleCiting('huge.txt'),
      'binary.news': articleCiting('binary.txt'),
      'latin1.news': articleCiting('latin1.txt'),
      'utf16.news': articleCiting('utf16.txt'),
      'outside.news': articleCiting(path.join(outside, 'elsewhere.txt')),
      'link.news': articleCiting('link.txt'),
      'folder.news': articleCiting('folder'),
      'good.news': articleCiting('good.txt'),
      'good.txt': 'Wen Ming: We will rebuild the station, and soon.',
      'folder/x.txt': '',
    });
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc((5 << 20) + 1, 0x61));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x57, 0x65, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('We will rebuild the station, caf\xe9.', 'latin1'));
    writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('We will rebuild the station.', 'utf16le')]));
    symlinkSync(path.join(outside, 'elsewhere.txt'), path.join(dir, 'link.txt'));
    const reported = new Map(check(['.'], dir).map((r) => [r.file, r.diagnostics.map((d) => `${d.code}: ${d.message}`)]));
    const expected: Record<string, RegExp> = {
      'missing.news': /there is no file .*nowhere\.txt/,
      'huge.news': /huge\.txt: it is larger than 5 MB, the limit for a source/,
      'binary.news': /binary\.txt is not text \(it holds binary data\)/,
      'latin1.news': /latin1\.txt is not UTF-8 text/,
      'utf16.news': /utf16\.txt is UTF-16 text: save it as UTF-8/,
      'outside.news': /elsewhere\.txt lies outside the workspace/,
      'link.news': /elsewhere\.txt lies outside the workspace/,
      'folder.news': /folder is a folder, not a file/,
    };
    for (const [file, message] of Object.entries(expected)) {
      const found = reported.get(file) ?? [];
      assert.equal(found.length, 1, `${file}: ${found.join(' | ')}`);
      assert.match(found[0], /^source-missing: The source ".+" cannot be read: /);
      assert.match(found[0], message);
    }
    assert.deepEqual(reported.get('good.news'), []);
  });
});

describe('newsmark export: each quote carries its source', () => {
  it('json: the file, title, date, passage and whether word for word', () => {
    const r = run(['export', '--format', 'json', 'republished.news'], PAIR);
    const quotes = (JSON.parse(r.stdout) as { quotes: { source?: Record<string, unknown> }[] }).quotes;
    assert.deepEqual(quotes.map((q) => q.source?.exact), [false, true]);
    assert.equal(quotes[1].source?.file, 'xinhua-tibet.news');
    assert.equal(quotes[1].source?.title, 'Xinhua, "Tibet\'s new railway section to open next year"');
    assert.equal(quotes[1].source?.date, '2009-04-30');
    assert.equal(quotes[1].source?.passage, 'The railway will bring prosperity to the farmers and herdsmen along the line');
  });

  it('jsonld: a Quotation found in a source is based on it', () => {
    const r = run(['export', '--format', 'jsonld', 'republished.news'], PAIR);
    const parts = (JSON.parse(r.stdout) as { hasPart: { isBasedOn?: Record<string, string> }[] }).hasPart;
    assert.deepEqual(parts[1].isBasedOn, { '@type': 'CreativeWork', name: 'Xinhua, "Tibet\'s new railway section to open next year"', url: 'xinhua-tibet.news', datePublished: '2009-04-30' });
  });

  it('nitf: each sourced quote has an id, and the bibliography says where its words come from', () => {
    const dir = tempDir();
    cpSync(PAIR, dir, { recursive: true });
    const r = run(['export', '--format', 'nitf', 'republished.news'], dir);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout) as { nitf: { body: { 'body.end': { bibliography: string } } } };
    assert.match(r.stdout, /<q quote-source="Zhang Qingli" class="direct" id="quote-1">/);
    const lines = xml.nitf.body['body.end'].bibliography.split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^quote-1: xinhua-tibet\.news \(Xinhua, "Tibet's new railway section to open next year", 2009-04-30\), altered: "We will push forward the Lhasa-Xigaze railway/);
    assert.match(lines[1], /^quote-2: .*, word for word: /);
  });
});

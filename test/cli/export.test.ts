// `newsmark export`: each format on the examples, errors, --strict, -o.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { allQuotes, articlePage, NEVER_CANCELLED, strip } from '../../server/src/service';
import { globMatcher, expandBraces } from '../../server/src/cli/glob';
import { CLEAN_EXAMPLES, EXAMPLES, run, tempDir } from './helpers';
import { testService } from '../support/service';

const parseExample = (name: string) => {
  const text = readFileSync(path.join(EXAMPLES, name), 'utf8');
  return testService().parse({ uri: `file:///${name}`, version: 1, getText: () => text });
};

describe('newsmark export', () => {
  it('html: the preview\'s rendering as a self-contained page, markers left out, errors on standard error', () => {
    for (const name of CLEAN_EXAMPLES) {
      const r = run(['export', '--format', 'html', name]);
      assert.equal(r.status, 0, r.stderr);
      const text = readFileSync(path.join(EXAMPLES, name), 'utf8');
      const published = testService().segments({ uri: `file:///${name}`, version: 1, getText: () => text }, {}, {}, NEVER_CANCELLED);
      assert.equal(r.stdout, articlePage({ ...published, diagnostics: [] }), name);
      assert.match(r.stdout, /^<!doctype html>/);
      assert.equal((r.stdout.match(/<q /g) ?? []).length, [...allQuotes(parseExample(name))].length, `${name}: one q element per quote`);
    }
    const broken = run(['export', '--format', 'html', 'every-diagnostic.news']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /error/);
    assert.match(broken.stdout, /<article class="newsmark-article">/);
    assert.doesNotMatch(broken.stdout, /class="marker/);
  });

  for (const name of CLEAN_EXAMPLES) {
    it(`text: the published words of ${name}`, () => {
      const r = run(['export', '--format', 'text', name]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, strip(parseExample(name)));
      assert.doesNotMatch(r.stdout, /\]\{@|^---$/m);
    });
  }

  it('json: metadata, the parsed dateline, speakers and every quote', () => {
    const r = run(['export', '--format', 'json', 'berlin-security-dialogue.news']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.headline, 'China ready to further enhance law enforcement, security dialogue with Germany: senior CPC official');
    assert.equal(out.date, '2023-09-28');
    assert.equal(out.agency, 'Xinhua');
    assert.deepEqual(out.dateline, { text: 'BERLIN, Sept. 27 (Xinhua)', place: 'BERLIN', region: null, dateText: 'Sept. 27', date: '2023-09-27', dateWritten: true, agency: 'Xinhua', separator: '--' });
    assert.deepEqual(out.speakers.map((s: { id: string }) => s.id), ['chen', 'schmidt']);
    assert.equal(out.speakers[0].role.startsWith('member of the Political Bureau'), true);
    const article = parseExample('berlin-security-dialogue.news');
    const quotes = [...allQuotes(article)];
    assert.equal(out.quotes.length, quotes.length);
    const source = readFileSync(path.join(EXAMPLES, 'berlin-security-dialogue.news'), 'utf8');
    for (const [i, q] of out.quotes.entries()) {
      assert.equal(q.speaker, 'chen');
      assert.equal(q.speakerName, 'Chen Wenqing');
      assert.ok(['direct', 'partial', 'indirect'].includes(q.kind));
      assert.equal(q.text, quotes[i].text);
      assert.equal(source[q.offsets.start], '[');
      assert.ok(source.slice(q.offsets.contentEnd, q.offsets.end).startsWith(']{@chen}'));
    }
  });

  it('json: an AP dateline without a date takes the publication date; region kept', () => {
    const out = JSON.parse(run(['export', '--format', 'json', 'ap-kansas-city-storm.news']).stdout);
    assert.deepEqual(out.dateline, { text: 'KANSAS CITY, Mo. (AP)', place: 'KANSAS CITY', region: 'Mo.', dateText: null, date: '2024-05-22', dateWritten: false, agency: 'AP', separator: '—' });
    assert.ok(out.quotes.some((q: { kind: string }) => q.kind === 'direct'));
  });

  it('nitf: NITF 3.6 in the structure of the DTD, the words as published', () => {
    const name = 'ap-kansas-city-storm.news';
    const r = run(['export', '--format', 'nitf', name]);
    assert.equal(r.status, 0, r.stderr);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false });
    const tree = parser.parse(r.stdout) as Node[];
    const nitf = only(tree, 'nitf');
    assert.equal(attr(nitf, 'version'), '-//IPTC//DTD NITF 3.6//EN');
    // Content models of the DTD, for the elements the exporter writes.
    const MODEL: Record<string, string[]> = {
      nitf: ['head', 'body'], head: ['title', 'docdata', 'pubdata'], docdata: ['doc-id', 'date.issue', 'doc.copyright', 'identified-content'],
      'identified-content': ['person', 'org'], person: ['#text', 'function'], function: ['#text'], org: ['#text'],
      body: ['body.head', 'body.content', 'body.end'], 'body.head': ['hedline', 'byline', 'distributor', 'dateline'],
      hedline: ['hl1', 'hl2'], hl1: ['#text'], byline: ['#text', 'person'], distributor: ['#text', 'org'],
      dateline: ['#text', 'location', 'story.date'], location: ['#text', 'city', 'state', 'region', 'country'], city: ['#text'], state: ['#text'], region: ['#text'],
      'story.date': ['#text'], 'body.content': ['p', 'hl2'], p: ['#text', 'q'], q: ['#text', 'q'], hl2: ['#text'],
      title: ['#text'], 'doc-id': [], 'date.issue': [], 'doc.copyright': [], pubdata: [], 'body.end': [],
    };
    const check = (node: Node) => {
      const tag = tagOf(node);
      if (tag === '#text') return;
      assert.ok(MODEL[tag], `unexpected element ${tag}`);
      for (const child of children(node)) {
        if (tagOf(child) === '#text' && !String(child['#text']).trim()) continue; // ignorable whitespace
        assert.ok(MODEL[tag].includes(tagOf(child)), `${tagOf(child)} inside ${tag}`);
        check(child);
      }
    };
    check(nitf);
    const head = only(children(nitf), 'head');
    const body = only(children(nitf), 'body');
    const bodyHead = only(children(body), 'body.head');
    assert.equal(textOf(only(children(only(children(bodyHead), 'hedline')), 'hl1')), "Tornado tears through Kansas City's Northland, damaging dozens of homes");
    const dateline = only(children(bodyHead), 'dateline');
    const location = only(children(dateline), 'location');
    assert.equal(textOf(only(children(location), 'city')), 'KANSAS CITY');
    assert.equal(textOf(only(children(location), 'state')), 'Mo.');
    assert.equal(attr(only(children(dateline), 'story.date'), 'norm'), '20240522T000000');
    const people = children(only(children(only(children(head), 'docdata')), 'identified-content'));
    const reyes = people.find((p) => attr(p, 'value') === 'reyes')!;
    assert.equal(tagOf(reyes), 'person');
    assert.equal(textOf(only(children(reyes), 'function')), 'meteorologist, National Weather Service office in Pleasant Hill, Missouri');
    assert.equal(tagOf(people.find((p) => attr(p, 'value') === 'kcfd')!), 'org');
    // Every quote is a q with its speaker's name; the paragraphs' words are the published ones.
    const content = only(children(body), 'body.content');
    const qs: Node[] = [];
    const collect = (n: Node) => { if (tagOf(n) === 'q') qs.push(n); children(n).forEach(collect); };
    collect(content);
    const article = parseExample(name);
    assert.equal(qs.length, [...allQuotes(article)].length);
    assert.ok(qs.every((q) => typeof attr(q, 'quote-source') === 'string'));
    assert.ok(qs.some((q) => attr(q, 'quote-source') === 'Tamara Reyes'));
    const paragraphs = children(content).filter((n) => tagOf(n) === 'p' || tagOf(n) === 'hl2').map(textOf);
    const published = strip(article).split(/\r?\n\r?\n/).map((p) => p.trim()).filter(Boolean);
    assert.deepEqual(paragraphs, published);
  });

  it('jsonld: a schema.org NewsArticle with dateline, place and quotations', () => {
    const r = run(['export', '--format', 'jsonld', 'reuters-houston-energy.news']);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc['@context'], 'https://schema.org');
    assert.equal(doc['@type'], 'NewsArticle');
    assert.equal(doc.datePublished, '2025-01-27');
    assert.equal(doc.dateline, 'HOUSTON, Jan 27 (Reuters)');
    assert.equal(doc.locationCreated['@type'], 'Place');
    assert.equal(doc.locationCreated.name, 'HOUSTON');
    const byId = new Map((doc.mentions as { '@id': string }[]).map((m) => [m['@id'], m as Record<string, unknown>]));
    assert.ok(doc.hasPart.length > 0);
    for (const q of doc.hasPart) {
      assert.equal(q['@type'], 'Quotation');
      assert.ok(byId.has(q.spokenByCharacter['@id']));
    }
    const bell = [...byId.values()].find((m) => m.name === 'Marcus Bell')!;
    assert.equal(bell['@type'], 'Person');
    assert.equal(bell.jobTitle, 'refining analyst');
    assert.deepEqual(bell.affiliation, { '@type': 'Organization', name: 'Ridgeway Energy Partners' });
    assert.deepEqual(bell.alternateName, ['Bell']);
    assert.equal(doc.articleBody, strip(parseExample('reuters-houston-energy.news')));
  });

  it('an article with errors still exports, errors on stderr, status 1; --strict writes nothing', () => {
    const dir = tempDir();
    const text = readFileSync(path.join(EXAMPLES, 'berlin-security-dialogue.news'), 'utf8').replace('{@chen}', '{@chenn}');
    writeFileSync(path.join(dir, 'bad.news'), text);
    const r = run(['export', '--format', 'json', 'bad.news'], dir);
    assert.equal(r.status, 1);
    assert.ok(JSON.parse(r.stdout).quotes.length > 0);
    assert.match(r.stderr, /^bad\.news:\d+:\d+ {2}error {2}.+ {2}quote-unknown-speaker$/m);
    const strict = run(['export', '--format', 'nitf', '--strict', 'bad.news'], dir);
    assert.equal(strict.status, 1);
    assert.equal(strict.stdout, '');
    const out = path.join(dir, 'out.xml');
    assert.equal(run(['export', '--format', 'nitf', '--strict', '-o', out, 'bad.news'], dir).status, 1);
    assert.equal(existsSync(out), false);
  });

  it('-o writes the export to a file', () => {
    const dir = tempDir();
    const out = path.join(dir, 'article.txt');
    const r = run(['export', '--format', 'text', '-o', out, path.join(EXAMPLES, 'upi-horizon-city.news')], dir);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), strip(parseExample('upi-horizon-city.news')));
  });

  it('exits 2 for an unreadable file', () => {
    const r = run(['export', '--format', 'text', 'missing.news']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read "missing\.news": no such file/);
    assert.equal(run(['export', '--format', 'text', 'broken'], EXAMPLES).status, 2, 'a folder');
  });
});

describe('glob matcher', () => {
  const m = (pattern: string, p: string) => globMatcher(pattern)(p);
  it('matches *, ?, classes, braces and **', () => {
    assert.ok(m('*.news', 'a.news'));
    assert.ok(!m('*.news', 'd/a.news'));
    assert.ok(m('**/*.news', 'a.news') && m('**/*.news', 'd/e/a.news'));
    assert.ok(m('d/**', 'd/e/a.news'));
    assert.ok(m('a?.news', 'ab.news') && !m('a?.news', 'a.news'));
    assert.ok(m('[a-c]*.news', 'b1.news') && !m('[!a-c]*.news', 'b1.news'));
    assert.ok(m('{x,y/z}.news', 'y/z.news'));
    assert.ok(!m('**/*.news', '.hidden/a.news') && !m('*', '.a'));
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
  });

  // Patterns that take a backtracking matcher exponential time: the answers must be right, and a
  // matcher that backtracks would not finish them at all (the timeout is a deadline against a
  // hang, not a measure of speed).
  it('answers hostile patterns', { timeout: 60_000 }, () => {
    assert.equal(m('*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)), false);
    assert.equal(m('*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000) + 'b'), true);
    assert.equal(m('**/**/**/**/**/x', Array(200).fill('d').join('/')), false);
    assert.equal(m('**/**/**/**/**/x', [...Array(200).fill('d'), 'x'].join('/')), true);
    const expanded = expandBraces('{a,b}'.repeat(20));
    assert.equal(expanded.length, 256, 'capped at 256 expansions');
    assert.equal(new Set(expanded).size, 256);
    assert.ok(expanded.every((e) => /^[ab]{20}$/.test(e)), expanded[0]);
  });
});

// fast-xml-parser's preserveOrder tree: [{ tag: [children], ':@': { '@attr': value } }] and { '#text': string }.
type Node = Record<string, unknown>;
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const children = (n: Node): Node[] => { const v = n[tagOf(n)]; return Array.isArray(v) ? (v as Node[]) : []; };
const attr = (n: Node, name: string) => (n[':@'] as Record<string, string> | undefined)?.[`@${name}`];
const textOf = (n: Node): string => (tagOf(n) === '#text' ? String(n['#text']) : children(n).map(textOf).join(''));
const only = (nodes: Node[], tag: string): Node => {
  const found = nodes.filter((n) => tagOf(n) === tag);
  assert.equal(found.length, 1, `one <${tag}>`);
  return found[0];
};

// The `registry` key of .newsmarkrc.json: a registry kept elsewhere (here ../shared/people.yaml,
// relative to the configuration file) is the one `newsmark check` reads, even where a
// speakers.yaml lies nearer the article; `--config` brings its key along; a registry named but
// missing is an error naming both files; `registry extract` extends the named registry.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { run, tempDir, writeFiles } from './helpers';

const ARTICLE = [
  '---',
  'headline: China, Germany hold security dialogue',
  'date: 2023-09-28',
  'agency: Xinhua',
  '---',
  '',
  'BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing met Wolfgang Schmidt on Wednesday. ["We are ready,"]{@chen} Chen said.',
  '',
  'Schmidt said [both sides should keep talking]{@schmidt}.',
  '',
].join('\n');

const PEOPLE = 'chen:\n  name: Chen Wenqing\n  aliases: [Chen]\nschmidt:\n  name: Wolfgang Schmidt\n';

/** The codes `check` reports for the workspace, one per problem. */
function codes(dir: string, ...args: string[]): string[] {
  const r = run(['check', '--format', 'json', ...args, 'ws'], dir);
  return (JSON.stringify(JSON.parse(r.stdout)).match(/quote-unknown-speaker|speaker-[a-z-]+/g) ?? []).sort();
}

describe('the registry key of .newsmarkrc.json', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    writeFiles(dir, {
      'shared/people.yaml': PEOPLE,
      // Nearer the article, but the configuration names another: the key wins.
      'ws/speakers.yaml': 'schmidt:\n  name: Wolfgang Schmidt\n',
      'ws/desk/berlin.news': ARTICLE,
      'ws/.newsmarkrc.json': JSON.stringify({ registry: '../shared/people.yaml' }),
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('check reads the registry the key names, relative to the configuration file', () => {
    const r = run(['check', 'ws'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(codes(dir), []);
  });

  test('without the key, the nearest speakers.yaml applies (and does not know chen)', () => {
    writeFileSync(path.join(dir, 'ws/.newsmarkrc.json'), '{}');
    try {
      assert.deepEqual(codes(dir), ['quote-unknown-speaker']);
    } finally {
      writeFileSync(path.join(dir, 'ws/.newsmarkrc.json'), JSON.stringify({ registry: '../shared/people.yaml' }));
    }
  });

  test('--config FILE brings its registry key: relative to that file', () => {
    writeFiles(dir, { 'elsewhere/ci.json': JSON.stringify({ registry: '../shared/people.yaml' }), 'ws/.newsmarkrc.json': '{}' });
    try {
      assert.deepEqual(codes(dir, '--config', 'elsewhere/ci.json'), []);
      assert.deepEqual(codes(dir), ['quote-unknown-speaker'], 'the nearest configuration, without the key');
    } finally {
      writeFileSync(path.join(dir, 'ws/.newsmarkrc.json'), JSON.stringify({ registry: '../shared/people.yaml' }));
    }
  });

  test('a registry named but missing stops the run, naming the registry and the configuration file', () => {
    writeFileSync(path.join(dir, 'ws/.newsmarkrc.json'), JSON.stringify({ registry: 'nowhere.yaml' }));
    try {
      const r = run(['check', 'ws'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /ws\/nowhere\.yaml \(the "registry" of .*ws\/\.newsmarkrc\.json\): cannot read the speaker registry: /);
    } finally {
      writeFileSync(path.join(dir, 'ws/.newsmarkrc.json'), JSON.stringify({ registry: '../shared/people.yaml' }));
    }
  });

  test('a key that is no string is a configuration mistake with its file and key', () => {
    writeFileSync(path.join(dir, 'ws/.newsmarkrc.json'), JSON.stringify({ registry: 7 }));
    try {
      const r = run(['check', 'ws'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /ws\/\.newsmarkrc\.json: registry: must be a non-empty string/);
    } finally {
      writeFileSync(path.join(dir, 'ws/.newsmarkrc.json'), JSON.stringify({ registry: '../shared/people.yaml' }));
    }
  });

  test('registry extract, run in the workspace, extends the registry the key names', () => {
    writeFiles(dir, { 'ws/desk/new.news': ARTICLE.replace('headline: China', 'speakers:\n  li:\n    name: Li Qiang\nheadline: China').replace('Schmidt said', 'Li Qiang said [yes]{@li}. Schmidt said') });
    try {
      const r = run(['registry', 'extract', '-o', '../shared/people.yaml', '.'], path.join(dir, 'ws'));
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(Object.keys(parse(readFileSync(path.join(dir, 'shared/people.yaml'), 'utf8')) as object), ['chen', 'li', 'schmidt']);
    } finally {
      unlinkSync(path.join(dir, 'ws/desk/new.news'));
      writeFileSync(path.join(dir, 'shared/people.yaml'), PEOPLE);
    }
  });
});

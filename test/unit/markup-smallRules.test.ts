// The markup engine's small rules, driven directly on a registry of speakers: the apposition that
// names a described person, the body called by a common noun, the gender the copy gives a person,
// and the phrase lists' lookup. The engine's sentences reach them only in a few shapes; here each
// condition is decided both ways. Names are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { namedInApposition } from '../../server/src/service/markup/apposition';
import { nameBodiesInFull } from '../../server/src/service/markup/bodies';
import { genderOf, pronounGender } from '../../server/src/service/markup/gender';
import { firstPhraseAt, phraseAt } from '../../server/src/service/markup/lexicon';
import { Registry, type Speaker } from '../../server/src/service/markup/registry';
import type { SpeakerKind } from '../../server/src/service/markup/types';

/** A registry with one speaker per entry, each first met at `at` (the order given). */
function registryOf(entries: { name: string; kind?: SpeakerKind; at?: number; role?: string; described?: boolean; reason?: string; spoke?: boolean }[]) {
  const registry = new Registry();
  const speakers = entries.map((e, i) => {
    const s = registry.add({ sort: 'name', first: 0, last: 0, name: e.name, head: e.name.split(' ').pop()!.toLowerCase(), ...(e.role ? { role: e.role } : {}) }, e.kind ?? 'person', e.at ?? i, 0.9, e.reason);
    if (e.described) s.described = true;
    if (e.spoke) s.spoke = true;
    return s;
  });
  return { registry, speakers };
}

describe('markup: a described person named later in apposition (apposition.ts)', () => {
  const TEXT = '"She never rested," her son said.\n\nHer son, Paul Duval, said she cooked.';
  /** The speaker of one span of the description after the rule, its confidence and the named person's role. */
  function run(text: string, described: Parameters<typeof registryOf>[0][number], named: Parameters<typeof registryOf>[0][number] = { name: 'Paul Duval' }) {
    const { registry, speakers: [d, n] } = registryOf([{ at: 0, ...described }, { at: text.indexOf(named.name), ...named }]);
    const spans = [{ speaker: d, confidence: 0.9 }, { speaker: n, confidence: 0.95 }];
    namedInApposition(text, spans, registry);
    return { speaker: spans[0].speaker.name, confidence: spans[0].confidence, role: n.role, other: spans[1] };
  }

  test('the description\'s spans go to the person named with it, less sure, and the description becomes the role', () => {
    const r = run(TEXT, { name: 'her son', described: true });
    assert.deepEqual({ speaker: r.speaker, confidence: r.confidence, role: r.role }, { speaker: 'Paul Duval', confidence: 0.75, role: 'her son' });
    assert.deepEqual(r.other, { speaker: r.other.speaker, confidence: 0.95 }, 'the named person\'s own spans keep their confidence');
    // A role the copy gave the person is kept.
    assert.equal(run(TEXT, { name: 'her son', described: true }, { name: 'Paul Duval', role: 'baker' }).role, 'baker');
  });

  test('only a described person without a reason is named so; only a named person names it', () => {
    for (const [described, named, why] of [
      [{ name: 'her son' }, { name: 'Paul Duval' }, 'a speaker found by name is no description'],
      [{ name: 'her son', described: true, kind: 'organization' as const }, { name: 'Paul Duval' }, 'a described body is no person'],
      [{ name: 'her son', described: true, reason: 'not authorised to speak' }, { name: 'Paul Duval' }, 'an anonymous source stays anonymous'],
      [{ name: 'her son', described: true }, { name: 'Paul Duval', kind: 'organization' as const }, 'a body in apposition is no person'],
      [{ name: 'her son', described: true }, { name: 'Paul Duval', described: true }, 'a description in apposition names no one'],
    ] as const) {
      assert.equal(run(TEXT, described, named).speaker, described.name, why);
    }
  });

  test('the name stands right after the description and a comma, or after titles, however close to the start and however spaced', () => {
    assert.equal(run('Her son said no. Her son, Paul Duval, said yes, and the bakery will stay open for now.', { name: 'her son', described: true }).speaker, 'Paul Duval', 'within the first 80 characters');
    assert.equal(run(`${'x '.repeat(60)}her son said no. Her son,  Dr. Paul Duval, said yes.`, { name: 'her son', described: true }).speaker, 'Paul Duval', 'two spaces and a title');
    assert.equal(run(`${'x '.repeat(60)}her son said no. Her coach Paul Duval said yes.`, { name: 'her son', described: true }).speaker, 'her son', 'another description');
    // Only a comma that ends the word sets it off: "so,n" is no "son".
    assert.equal(run('Her son said no. Her so,n Paul Duval said yes.', { name: 'her son', described: true }).speaker, 'her son');
  });
});

describe('markup: a body called by a common noun and named in full (bodies.ts)', () => {
  function run(entries: Parameters<typeof registryOf>[0]) {
    const { registry, speakers } = registryOf(entries);
    const spans: { speaker: Speaker; alternative?: Speaker }[] = speakers.map((s) => ({ speaker: s }));
    nameBodiesInFull(spans, registry);
    return { names: registry.speakers.map((s) => s.name), spans: spans.map((s) => s.speaker.name), registry, speakers };
  }

  test('"police" and the one "Dunmore Police Department" are one speaker, with the noun as an alias', () => {
    const r = run([{ name: 'Dunmore Police Department', kind: 'organization', at: 50 }, { name: 'police', kind: 'organization', at: 10, spoke: true }, { name: 'Ana Ruiz', at: 70 }]);
    assert.deepEqual(r.names, ['Dunmore Police Department', 'Ana Ruiz']);
    assert.deepEqual(r.spans, ['Dunmore Police Department', 'Dunmore Police Department', 'Ana Ruiz']);
    const [full] = r.registry.speakers;
    assert.deepEqual([full.aliases, full.firstAt, full.spoke], [['police'], 10, true], 'the alias, the earlier first reference, the speech');
  });

  test('the full name is not said to have spoken when the common noun did not', () => {
    const r = run([{ name: 'Dunmore Police Department', kind: 'organization', at: 5 }, { name: 'police', kind: 'organization', at: 10 }]);
    assert.deepEqual([r.registry.speakers[0].spoke, r.registry.speakers[0].firstAt], [undefined, 5]);
  });

  test('only a one-word lower-case body is a common noun, and only one capitalised body holding it names it', () => {
    for (const [entries, merged, why] of [
      [[{ name: 'Dunmore Police', kind: 'organization' }, { name: 'Police', kind: 'organization' }], false, 'a capitalised body is a name of its own'],
      [[{ name: 'Interpol', kind: 'organization' }], false, 'a one-word name stays a speaker'],
      [[{ name: 'Farmers Union', kind: 'organization' }, { name: 'farmers', kind: 'group' }], false, 'a group is no common noun of a body'],
      [[{ name: 'Dunmore Police', kind: 'organization' }, { name: 'Dunmore', kind: 'person' }], false, 'a person is none either'],
      [[{ name: 'Dunmore Police', kind: 'organization' }, { name: 'Police Officers', kind: 'group' }, { name: 'police', kind: 'organization' }], true, 'a group holding the word is no second body'],
      [[{ name: 'Dunmore Police', kind: 'organization' }, { name: 'la Police Nationale', kind: 'organization' }, { name: 'police', kind: 'organization' }], true, 'nor is a name in lower case'],
      [[{ name: 'Dunmore Police', kind: 'organization' }, { name: 'Police Scotland', kind: 'organization' }, { name: 'police', kind: 'organization' }], false, 'two bodies hold the word: the noun stays'],
    ] as const) {
      const r = run(entries as unknown as Parameters<typeof registryOf>[0]);
      assert.equal(r.names.length < entries.length, merged, why);
    }
  });

  test('an alternative that was the common noun is dropped; other alternatives stay', () => {
    const { registry, speakers: [full, common, other] } = registryOf([{ name: 'Dunmore Police', kind: 'organization' }, { name: 'police', kind: 'organization' }, { name: 'Ana Ruiz' }]);
    const spans = [{ speaker: other, alternative: common }, { speaker: other, alternative: full }] as { speaker: Speaker; alternative?: Speaker }[];
    nameBodiesInFull(spans, registry);
    assert.deepEqual(spans.map((s) => s.alternative?.name), [undefined, 'Dunmore Police']);
  });
});

describe('markup: the gender the copy gives a person (gender.ts)', () => {
  const person = (name: string, role?: string, kind: SpeakerKind = 'person') => registryOf([{ name, kind, ...(role ? { role } : {}) }]).speakers[0];

  test('pronouns', () => {
    assert.deepEqual(['she', 'She', 'he', 'HE', 'they', 'it', ''].map(pronounGender), ['female', 'female', 'male', 'male', undefined, undefined, undefined]);
  });

  test('from the role, a title in it, or a title before the surname in the text; none when both or neither', () => {
    for (const [name, role, text, expected] of [
      ['Ana Ruiz', 'spokeswoman', '', 'female'],
      ['Ana Ruiz', 'Spokeswoman, ministry', '', 'female'],
      ['Ben Ruiz', 'Chairman of the board', '', 'male'],
      ['Ana Ruiz', 'Ms.', '', 'female'],
      ['Ana Ruiz', undefined, 'Later Ms. Ruiz said', 'female'],
      ['Ben Ruiz', undefined, 'Later Mr Ruiz said', 'male'],
      ['Ben Ruiz', 'spokeswoman', 'Later Mr. Ruiz said', undefined],
      ['Ben Ruiz', 'analyst', 'Later Ms. Cole said', undefined],
      ['Ben X', undefined, 'Mr X said', undefined],
    ] as const) {
      assert.equal(genderOf(person(name, role), text), expected, `${name}, ${role}, "${text}"`);
    }
    assert.equal(genderOf(person('Acme Ruiz', 'spokeswoman', 'organization'), 'Ms. Ruiz'), undefined, 'a body has no gender');
  });
});

describe('markup: the phrase lists (lexicon.ts)', () => {
  test('phraseAt: the tokens from `at` spell the phrase, up to the last token', () => {
    const tokens = ['she', 'called', 'for', 'calm'];
    assert.equal(phraseAt(tokens, 1, ['called', 'for']), true);
    assert.equal(phraseAt(tokens, 2, ['for', 'calm']), true, 'a phrase ending at the last token');
    assert.equal(phraseAt(tokens, 3, ['calm', 'now']), false, 'a phrase running past the end');
    assert.equal(phraseAt(tokens, 0, ['she', 'asked']), false);
  });

  test('firstPhraseAt: the longest of a list\'s phrases with that first word, from a list it has not seen', () => {
    const list = [['called', 'for', 'calm'], ['called', 'for'], ['urged']];
    assert.deepEqual(firstPhraseAt(['they', 'called', 'for', 'calm'], 1, list), ['called', 'for', 'calm']);
    assert.deepEqual(firstPhraseAt(['they', 'called', 'for', 'peace'], 1, list), ['called', 'for']);
    assert.deepEqual(firstPhraseAt(['they', 'urged', 'calm'], 1, list), ['urged']);
    assert.equal(firstPhraseAt(['they', 'asked'], 1, list), undefined);
  });
});

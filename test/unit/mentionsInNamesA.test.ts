// Whether a full name has appeared inside another speaker's name mentioned before (docs/syntax.md,
// first references): only as whole words in the same order with the same signs between them
// (white space runs count as one space), or with a capital on a lower-case first word. A name
// without a word in it never has.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnostics } from '../support/documents';

const FRONT = '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n';
const DATELINE = 'BERLIN, Sept. 27 (Xinhua) -- ';
const firstRefs = (speakers: string, body: string) =>
  diagnostics(`${FRONT}${speakers}---\n\n${DATELINE}${body}\n`).filter((d) => d.code === 'speaker-first-reference').map((d) => d.message);
const speaker = (id: string, name: string, aliases: string) => `  ${id}:\n    name: "${name}"\n    kind: organization\n    aliases: [${aliases}]\n`;
const firstRef = (name: string, alias: string) => `First reference to ${name} uses "${alias}": write the full name the first time`;

describe('speaker-first-reference: a full name inside an earlier mention of another speaker', () => {
  // [name of the earlier speaker, its mention in the body, the later speaker's full name, its alias, whether the alias is a first reference]
  const cases: [string, string, string, string, boolean][] = [
    ['the Chen Wenqing Fund', 'The Chen Wenqing Fund', 'Chen Wenqing', 'Wenqing', false],
    ['the Chen Li Fund', 'the Chen Li Fund', 'Chen Wenqing', 'Wenqing', true],
    ['Chen, Wenqing Fund', 'Chen, Wenqing Fund', 'Chen Wenqing', 'Wenqing', true],
    ['Chen  Wenqing Fund', 'Chen  Wenqing Fund', 'Chen Wenqing', 'Wenqing', false],
    ['Li Qiang Fund', 'Li Qiang Fund', 'Chen', 'CW', true],
    ['Li Qiang Fund', 'Li Qiang Fund', 'Fund', 'FD', false],
    ['Friends of Chen', 'Friends of Chen', 'Chen Wenqing', 'Wenqing', true],
    ['the Wenqing Fund', 'The Wenqing Fund', 'the Wenqing', 'Wq', false],
    ['Li Qiang Fund', 'Li Qiang Fund', '—', 'Dash', true],
  ];
  for (const [otherName, otherMention, name, alias, expected] of cases) {
    test(`${JSON.stringify(name)} after ${JSON.stringify(otherMention)}`, () => {
      const speakers = speaker('other', otherName, '') + speaker('later', name, alias);
      assert.deepEqual(firstRefs(speakers, `${otherMention} paid. ${alias} said so.`), expected ? [firstRef(name, alias)] : []);
    });
  }
});

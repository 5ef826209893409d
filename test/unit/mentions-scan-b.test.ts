// Which words of a paragraph the mention search reads (parser/mentions.ts, findMentions): it
// skips comments and `{@id}` attributions and nothing else, and a full name matches only when
// all its words follow each other with the same separators, whitespace counted as one space.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../support/documents';

// `mofa` is both an id and an alias, so an attribution that is read as text shows up as a mention.
const withSpeakers = (body: string) =>
  `---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  smith:\n    name: Jo Smith\n  mofa:\n    name: the foreign ministry\n    aliases: [mofa]\n---\n\n${body}`;

/** The mentions of a one-paragraph article: the text each covers, its speaker, whether by alias. */
function mentionsOf(body: string): [string, string, boolean][] {
  const text = withSpeakers(body);
  return parse(text).mentions.map((m) => [text.slice(m.start, m.end), m.speakerId, m.viaAlias]);
}

const smith: [string, string, boolean] = ['Smith', 'smith', true];
const joSmith = (written: string): [string, string, boolean] => [written, 'smith', false];
const mofa: [string, string, boolean] = ['mofa', 'mofa', true];

describe('mentions: what the scan skips', () => {
  const cases: [string, string, [string, string, boolean][]][] = [
    ['a `<` that opens no comment skips nothing', 'Smith said 3 < 4, and Smith agreed.', [smith, smith]],
    ['a comment is skipped, the text after it is read', '<!-- Smith --> Smith said.', [smith]],
    ['an attribution is skipped', '["Yes,"]{@mofa} mofa said.', [mofa]],
    ['an attribution with spaces around the id is skipped', '["Yes,"]{@ mofa } mofa said.', [mofa]],
    ['a word right after the attribution is read', '["Yes,"]{@mofa}Smith said.', [smith]],
    ['an unclosed attribution ends at a space', '["Yes,"]{@mofa Smith said.', [smith]],
    ['an unclosed attribution ends at a line break', '["Yes,"]{@mofa\nSmith said.', [smith]],
    ['an unclosed attribution at the end of the paragraph', 'Smith said so {@mofa', [smith]],
    ['braces without `@` and `@` without a brace are text', '{Smith} and @Smith and x@Smith and @{Smith}', [smith, smith, smith, smith]],
  ];
  for (const [name, body, expected] of cases) test(name, () => assert.deepEqual(mentionsOf(body), expected));
});

describe('mentions: a full name needs all its words, in order, with its separators', () => {
  const cases: [string, string, [string, string, boolean][]][] = [
    ['the first word of a name at the end of the paragraph', 'Smith met Jo', [smith]],
    ['other separators than whitespace split the name', 'Jo. Smith, Jo, Smith and Jo-Smith', [smith, smith, smith]],
    ['any run of whitespace is one space', 'Jo  Smith and Jo\nSmith', [joSmith('Jo  Smith'), joSmith('Jo\nSmith')]],
  ];
  for (const [name, body, expected] of cases) test(name, () => assert.deepEqual(mentionsOf(body), expected));
});

// The language layer of the markup engine (markup/text.ts, lines 1-159) on the mutation survivors
// of issue 8: the white space the model hands back as tokens, the sentences at a paragraph's end,
// the names the model cuts at a hyphen, and the words it cuts at a letter outside its alphabet.
// Each row is a made-up wire sentence and the words (or sentences, or one word's tag) that the
// analysis must give. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, type Analysis } from '../../server/src/service/markup/text';
import { markUp } from '../support/markup';

/** The analysis, checked for what every analysis must be: each token is its own text, in order, no two overlapping. */
function checked(body: string): Analysis {
  const a = analyse(body);
  a.tokens.forEach((t, k) => {
    assert.equal(body.slice(t.start, t.end), t.text, `token ${k} is its text`);
    assert.equal(t.index, k);
    if (k > 0) assert.ok(t.start >= a.tokens[k - 1].end, `token ${k} "${t.text}" starts after "${a.tokens[k - 1].text}" ends`);
  });
  return a;
}

const words = (body: string) => checked(body).tokens.map((t) => t.text);
const sentences = (body: string) => checked(body).sentences.map((s) => body.slice(s.start, s.end));
/** "text/TAG lower" of the token that starts with `word`'s first letters. */
function word(body: string, start: string): string {
  const t = checked(body).tokens.find((x) => x.text.startsWith(start));
  return t === undefined ? '-' : `${t.text}/${t.pos} ${t.lower}`;
}

function table(title: string, read: (body: string) => string[] | string, rows: [string, string, string[] | string][]) {
  describe(title, () => {
    for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(read(body), expected));
  });
}

table('markup text: white space inside a paragraph is no word', words, [
  // The model reads a line break or a tab as a token of its own; the analysis has words only.
  ['a hard-wrapped line is one paragraph of words', 'Ana Ruiz said the bridge\nwould reopen on Monday.',
    ['Ana', 'Ruiz', 'said', 'the', 'bridge', 'would', 'reopen', 'on', 'Monday', '.']],
  ['a tab between two words', 'The storm hit\tthe coast.', ['The', 'storm', 'hit', 'the', 'coast', '.']],
  ['a line break with a tab after a sentence', 'It rained.\n\tIt stopped.', ['It', 'rained', '.', 'It', 'stopped', '.']],
]);

table('markup text: sentences', sentences, [
  // The model starts the next sentence with the line break; the sentence starts at its first word.
  ['a sentence on the next line starts at its first word', 'It rained.\nIt stopped.', ['It rained.', 'It stopped.']],
  ['a hard-wrapped sentence is one sentence', 'Ana Ruiz said the bridge\nwould reopen on Monday.', ['Ana Ruiz said the bridge\nwould reopen on Monday.']],
  // A stray line separator (U+2028) on the last line of a paragraph: the model makes the line
  // break before it a sentence of its own, or the last token of the sentence before.
  ['a line separator after the last sentence is no sentence', 'The bridge will reopen on Monday.\n\u2028', ['The bridge will reopen on Monday.']],
  ['and it does not end the last sentence before its words', 'The bridge will reopen on Monday\n\u2028', ['The bridge will reopen on Monday']],
  // A credit line has no period: the name joined from the model's pieces is its last word.
  ['a credit line ending in a name joined at its hyphen', 'Reporting by Ana Ruiz and Koo Ji-won', ['Reporting by Ana Ruiz and Koo Ji-won']],
  ['a credit line ending in a name joined at a foreign letter', 'Reporting by Ana Ruiz and Marta Dragović', ['Reporting by Ana Ruiz and Marta Dragović']],
  // The model reads "i." of "Hà Nội." as an abbreviation, which ends no sentence: its period does.
  ['a sentence ending in a word whose last letter the model reads with the period', 'The talks were held in Hà Nội. Officials said the talks went well.',
    ['The talks were held in Hà Nội.', 'Officials said the talks went well.']],
]);

table('markup text: names the model cuts at a hyphen', words, [
  // The word after the name is searched for after the whole name, not inside it.
  ['a Korean given name followed by a word it ends with', 'Koo Ji-won won the vote.', ['Koo', 'Ji-won', 'won', 'the', 'vote', '.']],
  ['and by a word its last letters begin', 'Koo Ji-won on Monday said the vote was fair.',
    ['Koo', 'Ji-won', 'on', 'Monday', 'said', 'the', 'vote', 'was', 'fair', '.']],
  // Only a hyphen joins: a slash after a name and before a word in lower case is a word of its own.
  ['a slash between a party and a word in lower case', 'The Labour Party/trade union link is old.',
    ['The', 'Labour', 'Party', '/', 'trade', 'union', 'link', 'is', 'old', '.']],
]);

table('markup text: the tag of a name joined at its hyphen', (body) => word(body, body.split(' ')[1]), [
  // A given name's halves ("Sun" read as a noun, "young" as an adjective) are a name.
  ['a Korean given name is a name', 'Park Sun-young said it.', 'Sun-young/PROPN sun-young'],
  // A double-barrelled surname is a name when either half was read as one ("Okafor" but not "Love").
  ['a double-barrelled surname whose second half the model read as a name', 'Nadia Love-Okafor said it.', 'Love-Okafor/PROPN love-okafor'],
  // Two capitalised words neither read as a name keep the model's tag of the first ("Well", an adverb).
  ['a compound in a headline, read as no name', 'The Well-Known Actor Returns', 'Well-Known/ADV well-known'],
]);

table('markup text: words the model cuts at a letter outside its alphabet', words, [
  // "Kyūshū" comes in four pieces, "ū" twice: the second "ū" is searched for after "sh".
  ['a word with the same letter twice', 'Floods hit Kyūshū on Monday.', ['Floods', 'hit', 'Kyūshū', 'on', 'Monday', '.']],
  // The last piece comes with the sentence's period, read as an abbreviation's ("i.", "no."): the
  // letters are the word's, the period a word of its own.
  ['a city at a sentence\'s end', 'The talks were held in Hà Nội. Officials said the talks went well.',
    ['The', 'talks', 'were', 'held', 'in', 'Hà', 'Nội', '.', 'Officials', 'said', 'the', 'talks', 'went', 'well', '.']],
  ['a name whose last piece looks like "No."', '"We will appeal," said Kenji Ōno.', ['"', 'We', 'will', 'appeal', ',', '"', 'said', 'Kenji', 'Ōno', '.']],
  // An abbreviation opening a paragraph has no word before it to join.
  ['an abbreviation first in a paragraph', 'U.S. officials said it.', ['U.S.', 'officials', 'said', 'it', '.']],
]);

table('markup text: the tag of a word joined at a letter outside the alphabet', (body) => {
  const a = checked(body);
  return a.tokens.filter((t) => /[^\p{ASCII}]/u.test(t.text)).map((t) => `${t.text}/${t.pos} ${t.lower}`);
}, [
  // A capitalised word is a name when a piece was read as unknown ("Ł").
  ['a capitalised word starting with a letter the model does not know', 'Łukasz Nowak said it.', ['Łukasz/PROPN łukasz']],
  ['a name cut in the middle, in lower case for the word lists', 'Ana Dragović said it.', ['Dragović/PROPN dragović']],
  // A word in lower case is no name: it keeps the tag the model gave its first piece ...
  ['a currency in lower case', 'The złoty fell against the euro.', ['złoty/NOUN złoty']],
  ['a word in lower case ending in a letter the model does not know', 'The hāngī was held at the marae.', ['hāngī/NOUN hāngī']],
  // ... or, when that piece was read as unknown, the tag of the piece after it.
  ['a word in lower case starting with a letter the model does not know', 'A bowl of żurek was served.', ['żurek/NOUN żurek']],
  // A capital inside a word in lower case does not make it a name (a made-up e-services brand).
  ['a capital inside a word in lower case', 'The city opened the eŁódź portal.', ['eŁódź/NOUN ełódź']],
]);

table('markup text: the period split off a word cut at a foreign letter', (body) => {
  const a = checked(body);
  const k = a.tokens.findIndex((t) => t.text === 'Nội');
  return a.tokens.slice(k, k + 2).map((t) => `${t.text}/${t.pos} ${t.lower}`);
}, [
  ['is punctuation', 'The talks were held in Hà Nội. Officials said the talks went well.', ['Nội/PROPN nội', './PUNCT .']],
]);

/** "Speaker [role]: marked words", every span of the body. */
function attributed(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.role ? `${x.name} [${x.role}]` : x.name]));
  return s.spans.map((x) => `${names.get(x.speakerId)}: ${body.slice(x.start, x.end)}`);
}

table('markup text: the engine on words cut at a foreign letter before a period', attributed, [
  // Before, the speaker was "Trần Đức." with the period, and "Lê Văn Lợ" without the last letter.
  ['a Vietnamese name at the end of the attribution', '"We are ready," said Trần Đức.', ['Trần Đức: "We are ready,"']],
  ['a Vietnamese name ending the sentence before a quote', 'Reporters met Lê Văn Lợi. "We are ready," he said.', ['Lê Văn Lợi: "We are ready,"']],
  // Before, the city ending the sentence before was one sentence with it, and the officials' role.
  ['a city ending the sentence before the speaker', 'The talks were held in Hà Nội. Officials said the talks went well.', ['Officials: the talks went well']],
]);

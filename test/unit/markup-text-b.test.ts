// The language layer of the markup engine, markup/text.ts lines 160-249, on the mutation survivors
// of issue 8: the corrections made to wink-nlp's words, tags and sentences (a surname the model
// read as a verb, a word it cut at a letter beyond ASCII, hyphenated names, sentence breaks it made
// where copy has none, and the ones it made where copy has one). One table per kind of output;
// each row a made-up sentence and what a reader of it would say. Names are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse } from '../../server/src/service/markup/text';
import { markUp } from '../support/markup';

/** The words of a body as the engine reads them. */
function words(body: string): string[] {
  return analyse(body).tokens.map((t) => t.text);
}

/** The tag of the one word `word` of a body. */
function tagOf(body: string, word: string): string {
  const found = analyse(body).tokens.filter((t) => t.text === word);
  assert.equal(found.length, 1, `one word "${word}" in ${JSON.stringify(body)}`);
  return found[0].pos;
}

/** The sentences of a body, as text. */
function sentences(body: string): string[] {
  return analyse(body).sentences.map((s) => body.slice(s.start, s.end));
}

describe('markup text: a capitalised word after a name word is a surname', () => {
  const rows: [string, string, string, string][] = [
    // The model tags "Watch" a verb; "Teacher" is a title, not "the newsletter" of a thing's name.
    ['after a capitalised title at the sentence start', 'Teacher Dana Watch said the school would close.', 'Watch', 'PROPN'],
    // "staff" is a common noun, but it ends the credit line, another paragraph.
    ['a common noun in the paragraph before does not count', 'Photo by staff\n\nLia Grant toured the plant.', 'Grant', 'PROPN'],
    // The article's first word has no word before it to be a surname of: a verb stays a verb.
    ['a capitalised verb opening the article', 'Asked about the plan, Ruiz said no.', 'Asked', 'VERB'],
  ];
  for (const [why, body, word, tag] of rows) test(why, () => assert.equal(tagOf(body, word), tag));
});

describe('markup text: words as the engine cuts them', () => {
  const rows: [string, string, string[]][] = [
    // The model cuts "cannot" in two on purpose; ASCII words stay as it cut them.
    ['an ASCII word the model cuts stays cut', 'They cannot say when the bridge will reopen.',
      ['They', 'can', 'not', 'say', 'when', 'the', 'bridge', 'will', 'reopen', '.']],
    // "ę" written as "e" and a combining ogonek (U+0328): a letter and a mark are one word still.
    ['a name with a combining mark is one word', 'Lech Wałe\u0328sa spoke on Monday.',
      ['Lech', 'Wałe\u0328sa', 'spoke', 'on', 'Monday', '.']],
    // The same with the mark before the letter the model cuts at ("Be\u0328d" + "ł" + "owski").
    ['a name with a combining mark before a cut is one word', 'Adam Be\u0328dłowski said so.',
      ['Adam', 'Be\u0328dłowski', 'said', 'so', '.']],
    // The credit ends one paragraph; "Long-term" opens the next: no name across the break.
    ['a capitalised compound after a name in the paragraph before stays as cut', 'Reporting by Ana Park\n\nLong-term rates rose.',
      ['Reporting', 'by', 'Ana', 'Park', 'Long', '-', 'term', 'rates', 'rose', '.']],
    // The model tags "Park" a noun; after the given name "Ana" it is half of a double-barrelled surname.
    ['a double-barrelled surname after a given name is one word', 'Ana Park-Lee said the port would close.',
      ['Ana', 'Park-Lee', 'said', 'the', 'port', 'would', 'close', '.']],
    // "family" is no name word: "family-owned" is a compound, not a Korean given name.
    ['a compound after a surname is no given name', 'The Grant family-owned bakery closed.',
      ['The', 'Grant', 'family', '-', 'owned', 'bakery', 'closed', '.']],
    // "NATO" is no half of a given name: a meeting of the two, not a name "Grant-NATO".
    ['a name and an acronym joined by a hyphen stay two words', 'Before the Lia Grant-NATO meeting, aides met.',
      ['Before', 'the', 'Lia', 'Grant', '-', 'NATO', 'meeting', ',', 'aides', 'met', '.']],
    // Two brands joined by a hyphen are a pair, not a double-barrelled name: a name word is a
    // capital and then lower case only, which "eBay" and "PayPal" are not.
    ['a brand in mixed case before the hyphen', 'The eBay-Amazon rivalry grew.',
      ['The', 'eBay', '-', 'Amazon', 'rivalry', 'grew', '.']],
    ['a brand in mixed case after the hyphen', 'The Amazon-eBay rivalry grew.',
      ['The', 'Amazon', '-', 'eBay', 'rivalry', 'grew', '.']],
    ['a brand with a second capital after the hyphen', 'The Amazon-PayPal deal collapsed.',
      ['The', 'Amazon', '-', 'PayPal', 'deal', 'collapsed', '.']],
    ['a brand with a second capital before the hyphen', 'The PayPal-Amazon deal collapsed.',
      ['The', 'PayPal', '-', 'Amazon', 'deal', 'collapsed', '.']],
    // Nor are they a family name and a given name: "iPhone" and "macOS" are no syllables of one.
    ['a product in mixed case after two capitalised words', 'The Samsung Galaxy-iPhone rivalry grew.',
      ['The', 'Samsung', 'Galaxy', '-', 'iPhone', 'rivalry', 'grew', '.']],
    ['a product in lower case then capitals after two capitalised words', 'The Microsoft Windows-macOS divide narrowed.',
      ['The', 'Microsoft', 'Windows', '-', 'macOS', 'divide', 'narrowed', '.']],
    ['a compound after a brand in mixed case and a capitalised word', 'Loans from PayPal Credit-backed lenders rose.',
      ['Loans', 'from', 'PayPal', 'Credit', '-', 'backed', 'lenders', 'rose', '.']],
    // A list of names, one a line: the hyphen of the next line does not glue the names together.
    ['a hyphen opening the next line of a list joins no names', 'The winners were:\n-Lia Grant\n-Dana Watch',
      ['The', 'winners', 'were', ':', '-', 'Lia', 'Grant', '-', 'Dana', 'Watch']],
    ['nor a word in lower case opening the next line', 'Guests included:\n-Lia Grant\n-two aides',
      ['Guests', 'included', ':', '-', 'Lia', 'Grant', '-', 'two', 'aides']],
    // A suspended hyphen ("Grant- and city-backed"): the word after the space is no half of a name.
    ['a suspended hyphen after a name glues no given name', 'The Lia Grant- and city-backed bills passed.',
      ['The', 'Lia', 'Grant', '-', 'and', 'city', '-', 'backed', 'bills', 'passed', '.']],
    // Hard-wrapped copy that breaks a compound at its hyphen: the word on the next line stays whole.
    ['a hyphen ending a line glues no given name', 'Mayor Lia Grant-\nled talks ended.',
      ['Mayor', 'Lia', 'Grant', '-', 'led', 'talks', 'ended', '.']],
    // "Teacher" is a noun, nothing before it is a name: a compound of two nouns, not a surname.
    ['a capitalised compound of two nouns opening the copy', 'Teacher-Parent talks resumed on Monday.',
      ['Teacher', '-', 'Parent', 'talks', 'resumed', 'on', 'Monday', '.']],
    // The same after a credit line: a name ending the paragraph before makes it no surname.
    ['a capitalised compound of two nouns opening a paragraph after a name', 'Reporting by Ana Park\n\nTeacher-Parent talks resumed.',
      ['Reporting', 'by', 'Ana', 'Park', 'Teacher', '-', 'Parent', 'talks', 'resumed', '.']],
    ['a hyphen opening the copy', '- Officials said the bridge would reopen.',
      ['-', 'Officials', 'said', 'the', 'bridge', 'would', 'reopen', '.']],
    ['initials opening the copy', 'P.S. We will be back on Monday.',
      ['P.S.', 'We', 'will', 'be', 'back', 'on', 'Monday', '.']],
  ];
  for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(words(body), expected));

  // Whether "Park-Lee" alone is one word is the model's affair; the copy must read without error.
  test('a hyphenated surname opening the copy', () => {
    const body = 'Park-Lee said the port would close.';
    assert.deepEqual(sentences(body), [body]);
  });
});

describe('markup text: sentences', () => {
  const rows: [string, string, string[]][] = [
    ['two plain sentences', 'The bridge closed at noon. Traffic backed up for miles.',
      ['The bridge closed at noon.', 'Traffic backed up for miles.']],
    ['a quotation opening the next sentence', 'He left the room. "We are done," she said.',
      ['He left the room.', '"We are done," she said.']],
    // The question ends the quotation, not the sentence: its speaker follows in lower case.
    ['a question quoted before a word in lower case', '"Where is the money?" zookeepers asked.',
      ['"Where is the money?" zookeepers asked.']],
    ['a question followed by a dash', 'Who pays for the repairs? — nobody would say.',
      ['Who pays for the repairs? — nobody would say.']],
    // A capital letter with a period set off by a space is no initial: the sentence ends there.
    ['a grade with a loose period', 'The grade was B . Then he left.',
      ['The grade was B .', 'Then he left.']],
    // Only a period makes a capital an initial: a question or an exclamation after it ends the sentence.
    ['a capital letter before a question mark', 'Is it vitamin C? Nobody knows.',
      ['Is it vitamin C?', 'Nobody knows.']],
    ['a capital letter before an exclamation mark', 'She got an A! Her parents were thrilled.',
      ['She got an A!', 'Her parents were thrilled.']],
    // The model cuts "U.S.-U.K." as "U.S." "-" "U" "." "K." and ends a sentence after "U.".
    ['initials after a hyphen cut in two', 'Officials of the U.S.-U.K. Trade Council met on Monday.',
      ['Officials of the U.S.-U.K. Trade Council met on Monday.']],
    // The same, where the model keeps the capital with what the hyphen joins it to ("G7-U").
    ['initials after a hyphenated word cut in two', 'Leaders met at the G7-U.S. Summit on Monday.',
      ['Leaders met at the G7-U.S. Summit on Monday.']],
    ['a two-letter abbreviation with its period ends a sentence', 'Aid flows to the US. Officials said so.',
      ['Aid flows to the US.', 'Officials said so.']],
    // "U.S." or "U.K." ending a sentence is common: no party-state tag, the sentence ends.
    ['initials ending a sentence', 'He moved to the U.K. He never came back.',
      ['He moved to the U.K.', 'He never came back.']],
    ['initials after a slash ending a sentence', 'The rules cover trade across the EU/U.K. The talks resume in May.',
      ['The rules cover trade across the EU/U.K.', 'The talks resume in May.']],
    // Initials the model keeps whole after a hyphen end a sentence too: the party-state tag
    // "D.-N.M." written with a period after the party (the rule that joined these is gone).
    ['initials kept whole after a hyphen ending a sentence', 'Ann Lo, D.-N.M. The vote was close.',
      ['Ann Lo, D.-N.M.', 'The vote was close.']],
    // A stray period opening the article: no capital before it makes it an initial.
    ['a paragraph opening with a stray period', '. Then he left.', ['.', 'Then he left.']],
    ['a party-state tag inside a sentence', 'Rep. Anita Soto, D-N.M., called the changes a blank check.',
      ['Rep. Anita Soto, D-N.M., called the changes a blank check.']],
  ];
  for (const [why, body, expected] of rows) test(why, () => assert.deepEqual(sentences(body), expected));
});

describe('markup text: the words a speaker is given across a false sentence break', () => {
  // Cut after "G7-U." the report lost its cue: no span at all.
  test('a summit named with initials after a hyphen', () => {
    const body = 'Trade will top the agenda at the G7-U.S. Summit in June, Lia Grant said on Monday.';
    const s = markUp(body);
    const names = new Map(s.speakers.map((x) => [x.id, x.name]));
    assert.deepEqual(s.spans.map((x) => `${names.get(x.speakerId)}: ${body.slice(x.start, x.end)}`),
      ['Lia Grant: Trade will top the agenda at the G7-U.S. Summit in June']);
  });
});

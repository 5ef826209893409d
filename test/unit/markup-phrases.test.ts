// The speaker phrase of "<phrase> said ...": where it starts (phraseEndingAt, reading back from the
// cue) and what it is (describePhrase: a name with its role and organisation, a body, a group, a
// description, an epithet, a pronoun). A table of the wire shapes the markup engine reads, each row
// decided whole. Names and bodies are made up or public.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePhrase, phraseEndingAt, phraseStartingAt } from '../../server/src/service/markup/phrases';
import { analyse } from '../../server/src/service/markup/text';
import { markUp } from '../support/markup';

/** The phrase before (or after) the first "said" of `text` and what describePhrase makes of it. */
function subjectOf(text: string, after = false): [string, Record<string, string>] | undefined {
  const a = analyse(text);
  const cue = a.tokens.findIndex((t) => t.lower === 'said');
  const ph = after ? phraseStartingAt(a.tokens, cue + 1, a.tokens.length - 1) : phraseEndingAt(a.tokens, cue - 1, 0);
  if (!ph) return undefined;
  const d = describePhrase(a.tokens, ph.first, ph.last, text);
  const described: Record<string, string> = {};
  if (d) for (const key of ['sort', 'name', 'role', 'org'] as const) if (d[key] !== undefined) described[key] = d[key];
  return [text.slice(a.tokens[ph.first].start, a.tokens[ph.last].end), described];
}

describe('markup: the speaker phrase before a cue', () => {
  const ROWS: [string, string, Record<string, string>][] = [
    ['Ana Ruiz', 'Ana Ruiz', { sort: 'name', name: 'Ana Ruiz' }],
    ['Maria de la Cruz', 'Maria de la Cruz', { sort: 'name', name: 'Maria de la Cruz' }],
    ['Dr. Ana Ruiz', 'Dr. Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'Dr.' }],
    ['The Dunmore Police Department', 'The Dunmore Police Department', { sort: 'organization', name: 'Dunmore Police Department' }],
    ['Two senior officials', 'Two senior officials', { sort: 'group', name: 'Two senior officials' }],
    ['People familiar with the matter', 'People familiar with the matter', { sort: 'group', name: 'People familiar with the matter' }],
    ['The company\'s chief executive', 'The company\'s chief executive', { sort: 'epithet', name: 'company\'s chief executive' }],
    ['NATO', 'NATO', { sort: 'organization', name: 'NATO' }],
    ['Hundreds of farmers', 'Hundreds of farmers', { sort: 'group', name: 'Hundreds of farmers' }],
    ['Rachel Kwan of the Colorado Department of Health', 'Rachel Kwan of the Colorado Department of Health', { sort: 'name', name: 'Rachel Kwan', org: 'Colorado Department of Health' }],
    ['One of the sources', 'One of the sources', { sort: 'group', name: 'sources' }],
    ['Passengers waiting for the 156', 'Passengers waiting for the 156', { sort: 'group', name: 'Passengers waiting for the 156' }],
    ['Farmers in Makueni', 'Farmers in Makueni', { sort: 'group', name: 'Farmers in Makueni' }],
    ['She', 'She', { sort: 'pronoun', name: 'She' }],
    ['Police', 'Police', { sort: 'organization', name: 'Police' }],
    ['The Department for Environment, Food and Rural Affairs', 'The Department for Environment, Food and Rural Affairs', { sort: 'organization', name: 'Department for Environment, Food and Rural Affairs' }],
    ['Ministry of the Interior', 'Ministry of the Interior', { sort: 'organization', name: 'Ministry of the Interior' }],
    ['A group of Severnside bondholders', 'A group of Severnside bondholders', { sort: 'group', name: 'group of Severnside bondholders' }],
    ['The workers waiting for the bus', 'The workers waiting for the bus', { sort: 'group', name: 'workers waiting for the bus' }],
    ['An official with the Energy Ministry', 'An official with the Energy Ministry', { sort: 'description', name: 'official with the Energy Ministry' }],
    ['A person familiar with the talks', 'A person familiar with the talks', { sort: 'description', name: 'person familiar with the talks' }],
    ['Officials at the Health Ministry', 'Officials at the Health Ministry', { sort: 'group', name: 'Officials at the Health Ministry' }],
    ['The residents\' association', 'The residents\' association', { sort: 'organization', name: 'residents\' association' }],
    ['Johnson & Johnson', 'Johnson & Johnson', { sort: 'organization', name: 'Johnson & Johnson' }],
    ['Bank of America', 'Bank of America', { sort: 'organization', name: 'Bank of America' }],
    ['Jean-Claude Juncker', 'Jean-Claude Juncker', { sort: 'name', name: 'Jean-Claude Juncker' }],
    ['Abu Bakr al-Baghdadi', 'Abu Bakr al-Baghdadi', { sort: 'name', name: 'Abu Bakr al-Baghdadi' }],
    ['Osama bin Laden', 'Osama bin Laden', { sort: 'name', name: 'Osama bin Laden' }],
    ['The EU', 'The EU', { sort: 'organization', name: 'EU' }],
    ['U.S. officials', 'U.S. officials', { sort: 'group', name: 'U.S. officials' }],
    ['WHO spokesman Tarik Jasarevic', 'WHO spokesman Tarik Jasarevic', { sort: 'name', name: 'Tarik Jasarevic', role: 'spokesman', org: 'WHO' }],
    ['Spokeswoman Ana Ruiz', 'Spokeswoman Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'Spokeswoman' }],
    ['His daughter', 'His daughter', { sort: 'description', name: 'daughter' }],
    ['Her lawyers', 'Her lawyers', { sort: 'group', name: 'lawyers' }],
    ['A top aide', 'A top aide', { sort: 'description', name: 'top aide' }],
    ['Local 1199', 'Local 1199', { sort: 'organization', name: 'Local 1199' }],
    ['District 9 officials', 'District 9 officials', { sort: 'group', name: 'District 9 officials' }],
    ['Ana Ruiz and Ben Cole', 'Ana Ruiz and Ben Cole', { sort: 'name', name: 'Ben Cole' }],
    ['The 3rd Infantry Division', 'The 3rd Infantry Division', { sort: 'organization', name: '3rd Infantry Division' }],
    ['A Commerce Department spokeswoman', 'A Commerce Department spokeswoman', { sort: 'organization', name: 'Commerce Department' }],
    ['The housing charity Roofline', 'The housing charity Roofline', { sort: 'organization', name: 'Roofline', role: 'housing charity' }],
    ['The CEO', 'The CEO', { sort: 'epithet', name: 'CEO' }],
    ['The CDC', 'The CDC', { sort: 'organization', name: 'CDC' }],
    ['The California Republican', 'The California Republican', { sort: 'epithet', name: 'California Republican' }],
    ['Minister for Water Resources Sardar Imran Qadir', 'Minister for Water Resources Sardar Imran Qadir', { sort: 'name', name: 'Sardar Imran Qadir', role: 'Minister for Water Resources' }],
    ['China Hengyuan Power Construction', 'China Hengyuan Power Construction', { sort: 'organization', name: 'China Hengyuan Power Construction' }],
    ['Italy\'s Carabinieri art squad', 'Italy\'s Carabinieri art squad', { sort: 'organization', name: 'Carabinieri', role: 'art squad' }],
    ['The IG BCE chemicals workers\' union', 'The IG BCE chemicals workers\' union', { sort: 'organization', name: 'IG BCE', role: 'chemicals workers\' union' }],
    ['Texaco spokesman Lee Park', 'Texaco spokesman Lee Park', { sort: 'name', name: 'Lee Park', role: 'spokesman', org: 'Texaco' }],
    ['UAW Local 2175', 'UAW Local 2175', { sort: 'organization', name: 'UAW Local 2175' }],
    ['Vice Minister of Transport Liu Jianguo', 'Vice Minister of Transport Liu Jianguo', { sort: 'name', name: 'Liu Jianguo', role: 'Vice Minister of Transport' }],
    ['A Kestrel spokesman', 'A Kestrel spokesman', { sort: 'organization', name: 'Kestrel' }],
    ['Residents', 'Residents', { sort: 'group', name: 'Residents' }],
    ['Several residents', 'Several residents', { sort: 'group', name: 'residents' }],
    ['The ministry', 'The ministry', { sort: 'organization', name: 'ministry' }],
    ['A senior U.S. official', 'A senior U.S. official', { sort: 'description', name: 'senior U.S. official' }],
    ['Two government sources', 'Two government sources', { sort: 'group', name: 'Two government sources' }],
    ['One customer', 'One customer', { sort: 'description', name: 'One customer' }],
    ['Of Ana Ruiz', 'Ana Ruiz', { sort: 'name', name: 'Ana Ruiz' }],
    ['And Ana Ruiz', 'Ana Ruiz', { sort: 'name', name: 'Ana Ruiz' }],
    ['- Ana Ruiz', 'Ana Ruiz', { sort: 'name', name: 'Ana Ruiz' }],
    ['Élodie Durand', 'Élodie Durand', { sort: 'name', name: 'Élodie Durand' }],
    ['Ángel García', 'Ángel García', { sort: 'name', name: 'Ángel García' }],
    ['Ørsted', 'Ørsted', { sort: 'name', name: 'Ørsted' }],
    ['The Élysée', 'The Élysée', { sort: 'organization', name: 'Élysée' }],
    ['Zürich police', 'Zürich police', { sort: 'organization', name: 'Zürich police' }],
    ['Some of the Fenwick executives', 'Some of the Fenwick executives', { sort: 'group', name: 'Fenwick executives' }],
    ['Three of the senior officials', 'Three of the senior officials', { sort: 'group', name: 'senior officials' }],
    ['Students at Nairobi University', 'Students at Nairobi University', { sort: 'group', name: 'Students at Nairobi University' }],
    ['Residents of Makueni', 'Residents of Makueni', { sort: 'group', name: 'Residents of Makueni' }],
    ['Ministry of the Interior of Laos', 'Ministry of the Interior of Laos', { sort: 'organization', name: 'Ministry of the Interior of Laos' }],
    ['Chief of the Army Staff Ana Ruiz', 'Chief of the Army Staff Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'Chief of the Army Staff' }],
    ['Head of the Fire Service John Smith Jr', 'Head of the Fire Service John Smith Jr', { sort: 'name', name: 'John Smith Jr', role: 'Head of the Fire Service' }],
    ['The mayor\'s office', 'The mayor\'s office', { sort: 'organization', name: 'mayor\'s office' }],
    ['Santos\' office', 'Santos\' office', { sort: 'organization', name: 'Santos\' office' }],
    ['Young Growers\' Council', 'Young Growers\' Council', { sort: 'organization', name: 'Young Growers\' Council' }],
  ];
  for (const [subject, phrase, described] of ROWS) {
    test(`"${subject} said"`, () => {
      assert.deepEqual(subjectOf(`${subject} said it.`), [phrase, described]);
    });
  }
});

describe('markup: the speaker phrase after a cue', () => {
  const ROWS: [string, string, Record<string, string>][] = [
    ['Ana Ruiz', 'Ana Ruiz', { sort: 'name', name: 'Ana Ruiz' }],
    ['Ana Ruiz, a spokeswoman for the ministry', 'Ana Ruiz', { sort: 'name', name: 'Ana Ruiz' }],
    ['Maria de la Cruz', 'Maria de la Cruz', { sort: 'name', name: 'Maria de la Cruz' }],
    ['Ana van der Berg, the mayor', 'Ana van der Berg', { sort: 'name', name: 'Ana van der Berg' }],
    ['the minister of health', 'the minister', { sort: 'epithet', name: 'minister' }],
    ['the Ministry of Health', 'the Ministry of Health', { sort: 'organization', name: 'Ministry of Health' }],
    ['the Department for Transport and Roads', 'the Department for Transport and Roads', { sort: 'organization', name: 'Department for Transport and Roads' }],
    ['a man who asked not to be named', 'a man', { sort: 'description', name: 'man' }],
    ['an official quoted by the agency', 'an official', { sort: 'description', name: 'official' }],
    ['the officials cited by the newspaper', 'the officials', { sort: 'group', name: 'officials' }],
    ['the chairman of Acme Corp', 'the chairman', { sort: 'epithet', name: 'chairman' }],
    ['the residents of the town', 'the residents', { sort: 'group', name: 'residents' }],
    ['farmers and traders', 'farmers', { sort: 'group', name: 'farmers' }],
    ['the farmers’ union', 'the farmers’ union', { sort: 'organization', name: 'farmers’ union' }],
    ['the residents\' association', 'the residents\' association', { sort: 'organization', name: 'residents\' association' }],
    ['Osama bin Laden', 'Osama bin Laden', { sort: 'name', name: 'Osama bin Laden' }],
    ['Prime Minister Ana Ruiz', 'Prime Minister Ana Ruiz', { sort: 'name', name: 'Ana Ruiz', role: 'Prime Minister' }],
    ['police', 'police', { sort: 'organization', name: 'police' }],
    ['she', 'she', { sort: 'pronoun', name: 'she' }],
    ['the lawyer for the family', 'the lawyer', { sort: 'epithet', name: 'lawyer' }],
    ['Ruiz the next day', 'Ruiz', { sort: 'name', name: 'Ruiz' }],
    ['the head of the Energy and Mines Ministry', 'the head', { sort: 'epithet', name: 'head' }],
    ['the head the ministry appointed', 'the head', { sort: 'epithet', name: 'head' }],
    ['union president Tom Haines', 'union president Tom Haines', { sort: 'name', name: 'Tom Haines', role: 'union president' }],
  ];
  for (const [subject, phrase, described] of ROWS) {
    test(`"said ${subject}"`, () => {
      assert.deepEqual(subjectOf(`"Yes," said ${subject}.`, true), [phrase, described]);
    });
  }
});

describe('markup: "X and Y said"', () => {
  test('the last of two people is the speaker, and "and" and the first are no role or organisation', () => {
    const s = markUp('Ana Ruiz and Ben Cole said the road was closed.');
    assert.deepEqual(s.speakers.map((x) => [x.name, x.role, x.org]), [['Ben Cole', undefined, undefined]]);
  });
});

describe('markup: a body whose name ends in an organisation word', () => {
  test('"the Farmers Forum said" after a named person: the forum\'s words, not the person\'s', () => {
    const body = '"We need rain," said Lena Vogt. "Crops are failing," the Farmers Forum said in a statement.';
    const s = markUp(body);
    const names = new Map(s.speakers.map((x) => [x.id, `${x.name} (${x.kind})`]));
    assert.deepEqual(s.spans.map((x) => `${names.get(x.speakerId)}: ${body.slice(x.start, x.end)}`), ['Lena Vogt (person): "We need rain,"', 'Farmers Forum (organization): "Crops are failing,"']);
  });
});

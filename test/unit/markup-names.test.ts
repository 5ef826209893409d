// Speakers' names on first reference (issue 10: "speakers found with the right name"): titles and
// role words before a name go to the role, organisations keep their whole name, groups keep what
// qualifies them. Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));
const speakers = (body: string) => markUp(body).speakers.map((s) => `${s.kind}: ${s.name}${s.role ? ` (${s.role})` : ''}`);

describe('markup: names on first reference', () => {
  test('a title before a name goes to the role: "Deputy Minister of Mines Tariq Olu"', () => {
    assert.deepEqual(speakers('Deputy Minister of Mines Tariq Olu said the quarry would close in May.'),
      ['person: Tariq Olu (Deputy Minister of Mines)']);
  });

  test('a department of two words and a name of three: "Minister for Coastal Affairs Ana Maria Sousa"', () => {
    assert.deepEqual(speakers('Federal Minister for Coastal Affairs Ana Maria Sousa said the dunes would be fenced.'),
      ['person: Ana Maria Sousa (Federal Minister for Coastal Affairs)']);
  });

  test('a role word capitalised before a name: "Passenger NAME", "State Epidemiologist NAME"', () => {
    assert.deepEqual(speakers('Passenger Ivo Brandt said the crew stayed calm.'), ['person: Ivo Brandt (Passenger)']);
    assert.deepEqual(speakers('State Epidemiologist Lena Ortiz said the cases were linked.'), ['person: Lena Ortiz (State Epidemiologist)']);
  });
});

describe('markup: groups and organisations keep their whole name', () => {
  test('a group with its qualifier: "Fishermen in Tarbert", "A group of Norland shareholders"', () => {
    assert.deepEqual(speakers('Fishermen in Tarbert said the quotas had halved their catch.'), ['group: Fishermen in Tarbert']);
    assert.deepEqual(speakers('A group of Norland shareholders said in a letter that the offer was too low.'), ['group: group of Norland shareholders']);
    assert.deepEqual(speakers('Several parents at Linden Park Elementary said they had not been told.'), ['group: parents at Linden Park Elementary']);
  });

  test('a country\'s possessive before an organisation\'s name is not the name: "Chile\'s National Guard"', () => {
    assert.deepEqual(speakers('The storm flooded two towns, Chile\'s National Emergency Office said.'), ['organization: National Emergency Office']);
    assert.deepEqual(speakers('The launch failed, the North\'s official Central Broadcast Agency said.'), ['organization: Central Broadcast Agency']);
  });

  test('a country\'s ministry keeps its country: "Norway\'s Fisheries Ministry", "Chile\'s Ministry of Mines"', () => {
    assert.deepEqual(speakers('The quota would be cut by a tenth, Norway\'s Fisheries Ministry said.'), ['organization: Norway\'s Fisheries Ministry']);
    assert.deepEqual(speakers('Two mines would reopen in June, Chile\'s Ministry of Mines said.'), ['organization: Chile\'s Ministry of Mines']);
  });
});

describe('markup: unnamed sources keep their number', () => {
  test('"two government sources said", "one customer said"', () => {
    assert.deepEqual(speakers('The plan will be dropped, two government sources said on condition of anonymity because the talks are private.'),
      ['anonymous: two government sources']);
  });
});

describe('markup: who speaks for whom', () => {
  test('an unnamed spokesperson of a named body is the body: "A Transport Ministry spokeswoman said"', () => {
    assert.deepEqual(speakers('A Transport Ministry spokeswoman said the ministry was following the law.'), ['organization: Transport Ministry']);
  });

  test('a time between the subject and the cue is not the subject: "senators on Wednesday urged"', () => {
    assert.deepEqual(speakers('Farm state senators on Wednesday urged the agency to act more quickly on complaints.'), ['group: Farm state senators']);
  });
});

describe('markup: a long capitalised name without a title is a body', () => {
  test('"Nordby Harbour Dredging Works said" is an organisation, not the person "Harbour Dredging Works"', () => {
    assert.deepEqual(speakers('The channel was deepened by two metres, Nordby Harbour Dredging Works said in a statement.'), ['organization: Nordby Harbour Dredging Works']);
  });
});

describe('markup: a name with particles, and an appositive inside an appositive', () => {
  test('"Rosa van der Berg, head of Dune Watch, a volunteer group that ..., called it "..."", then "van der Berg said"', () => {
    const body = 'Rosa van der Berg, head of Dune Watch, a volunteer group that counts birds on the coast, called the season "a quiet one".\n\n"We saw fewer gulls than ever," van der Berg said.';
    const s = markUp(body);
    assert.deepEqual(s.speakers.map((x) => x.name), ['Rosa van der Berg']);
    assert.equal(new Set(s.spans.map((x) => x.speakerId)).size, 1);
    assert.equal(s.spans.length, 2);
  });
});

describe('markup: a surname several people share, and a name before its age', () => {
  test('"Ellison" alone is the person named first with it, not the relative who spoke before', () => {
    const body = 'Ruth Varga, who ran the island ferry for 30 years, died Sunday.\n\nHer son, Paul Varga, said she died at home.\n\n"I was never scared," Varga told the Gazette in 1994.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Paul Varga: she died at home', 'Ruth Varga: "I was never scared,"']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.aliases]), [['Paul Varga', []], ['Ruth Varga', ['Varga']]]);
  });

  test('"But Teo said": the conjunction is not part of the name', () => {
    const body = '"Prices will rise," said Marcus Teo, an analyst. But Teo said supply would stay tight.';
    assert.deepEqual(marks(body), ['Marcus Teo: "Prices will rise,"', 'Marcus Teo: supply would stay tight']);
  });

  test('"NAME, 78, who ..., recalled that ...": the name before the age speaks', () => {
    const body = 'Walt Kerr, 78, who served on her crew for 14 years, recalled that the boat had never sunk.';
    assert.deepEqual(marks(body), ['Walt Kerr: the boat had never sunk']);
  });
});

describe('markup: descriptions before and after a name', () => {
  test('"said a 30-year-old man rescued by the coastguard": the participle and its agent are not the name', () => {
    const body = '"The water was cold," said a 30-year-old man rescued by the coastguard on Monday.';
    assert.deepEqual(marks(body), ['30-year-old man: "The water was cold,"']);
  });

  test('"The Labour MP for Hove and Portslade, Ana Ruiz, called the plan ‘...’": the name in apposition speaks', () => {
    const body = 'The Labour MP for Hove and Portslade, Ana Ruiz, called the plan ‘a betrayal of the coast’ on Monday.';
    assert.deepEqual(marks(body), ['Ana Ruiz: ‘a betrayal of the coast’']);
  });
});

describe('markup: names with "&" and hyphens', () => {
  test('"Hale & Moor Coaches said" is a body; "NAME, the managing director of Hale & Moor, said" is NAME', () => {
    const body = 'The operator Hale & Moor Coaches said the routes would close.\n\nAna Ruiz, the managing director of Hale & Moor, said fuel costs had risen.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Hale & Moor Coaches: the routes would close', 'Ana Ruiz: fuel costs had risen']);
    assert.equal(s.speakers[0].kind, 'organization');
  });

  test('"Mensah-Boateng told Sky Sports" after "Kwame Mensah-Boateng scored": the full name', () => {
    const body = 'Kwame Mensah-Boateng scored twice on Saturday.\n\n"We never stopped believing," Mensah-Boateng told Sky Sports.';
    assert.deepEqual(speakers(body), ['person: Kwame Mensah-Boateng']);
  });
});

test('"Professor NAME ..., called the study "..."." He said ...: he is the professor the prose named', () => {
  const body = 'Ana Ruiz said the study was new.\n\nProfessor Lena Ortiz of Boise State University, who was not involved, called the study "careful". He said the results were sound.';
  assert.deepEqual(marks(body), ['Ana Ruiz: the study was new', 'Lena Ortiz: "careful"', 'Lena Ortiz: the results were sound']);
});

// Speakers found with their right name (issue 10): the name a speaker gets is the whole name the
// copy gives, neither cut (a hyphenated given name, a possessive inside a body's name) nor
// extended. Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

describe('markup: names written with a hyphen or a possessive', () => {
  test('a hyphenated given name ("Moon Sun-young", which the model may cut in three) is one name, with its appositive as the role', () => {
    const body = 'Moon Sun-young, a lecturer in law at Corran University, said the ruling was probably final.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Moon Sun-young: the ruling was probably final']);
    assert.deepEqual(s.speakers.map((x) => x.name), ['Moon Sun-young']);
  });

  test('a word with a hyphen that opens a sentence ("Anti-war groups said") stays a group', () => {
    const body = 'Anti-war groups said the march would go ahead.';
    assert.deepEqual(marks(body), ['Anti-war groups: the march would go ahead']);
  });
});

describe('markup: a body whose name holds a plural possessive', () => {
  test('"The Northern Young Growers\' Council, which ..., said" keeps the whole name', () => {
    const body = "The Northern Young Growers' Council, which represents growers under 30, said in a statement that the new rules were unfair.";
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ["Northern Young Growers' Council: the new rules were unfair"]);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.kind]), [["Northern Young Growers' Council", 'organization']]);
  });

  test('"said the Harbour Pilots’ Association" after the quote keeps the whole name', () => {
    const body = '"We will not sail until it is fixed," said the Harbour Pilots’ Association.';
    assert.deepEqual(marks(body), ['Harbour Pilots’ Association: "We will not sail until it is fixed,"']);
  });
});

describe('markup: "it said" after a lead whose subject is the body that speaks', () => {
  test('"The Ruritanian navy stopped ..., it said" is the navy, named with its adjective, and so is "the navy said" later', () => {
    const body = 'The Ruritanian navy stopped two boats off the coast overnight, it said Saturday.\n\nAmong those on board were four children, the navy said in a statement.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), [
      'Ruritanian navy: The Ruritanian navy stopped two boats off the coast overnight',
      'Ruritanian navy: Among those on board were four children',
    ]);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.kind]), [['Ruritanian navy', 'organization']]);
  });

  test('"it said" after a person\'s name stays unattributed: a person is not "it"', () => {
    const body = 'Mara Quell closed the bakery on Monday, it said.';
    assert.deepEqual(marks(body), []);
  });
});

describe('markup: an unnamed source is named by the whole description that places it', () => {
  test('"A person familiar with the matter said" is an anonymous source of that name', () => {
    const body = 'A person familiar with the matter said Kelso Chemicals was also in talks to sell its paint unit.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['person familiar with the matter: Kelso Chemicals was also in talks to sell its paint unit']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.kind]), [['person familiar with the matter', 'anonymous']]);
  });

  test('"An official with the Harbour Ministry, who was not authorized to speak ..., said" is the official, not the ministry', () => {
    const body = 'An official with the Harbour and Fisheries Ministry, who was not authorized to speak publicly, said a team would visit the port on Friday.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['official with the Harbour and Fisheries Ministry: a team would visit the port on Friday']);
    assert.deepEqual(s.speakers.map((x) => x.kind), ['anonymous']);
  });

  test('"the Harbour Ministry said" stays the ministry', () => {
    const body = 'The Harbour and Fisheries Ministry said a team would visit the port on Friday.';
    assert.deepEqual(marks(body), ['Harbour and Fisheries Ministry: a team would visit the port on Friday']);
  });
});

describe('markup: a source that asks not to be named reports nothing by it', () => {
  test('"The person asked not to be named because ..." is no span', () => {
    const body = 'A person familiar with the matter said Kelso Chemicals was in talks to sell its paint unit. The person asked not to be named because the talks are private.';
    assert.deepEqual(marks(body), ['person familiar with the matter: Kelso Chemicals was in talks to sell its paint unit']);
  });
});

describe('markup: a body named in full with "and" in its portfolio', () => {
  test('"the water department" is the "Kelso Department of Water and Environment" named before, whole', () => {
    const body = 'Two wells had run dry, Chief Engineer Dana Reyes of the Kelso Department of Water and Environment told reporters.\n\nRates fell to about 80%, according to the water department.';
    assert.deepEqual(marks(body), ['Dana Reyes: Two wells had run dry', 'Kelso Department of Water and Environment: Rates fell to about 80%']);
  });
});

describe('markup: an unnamed source with a long clause between it and its cue', () => {
  test('"A Kelso diplomat, speaking on condition of anonymity because ..., said" is an anonymous diplomat', () => {
    const body = 'A Kelso diplomat, speaking on condition of anonymity because the talks were private, said several leaders planned to leave early.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Kelso diplomat: several leaders planned to leave early']);
    assert.deepEqual(s.speakers.map((x) => x.kind), ['anonymous']);
  });

  test('"A neighbor who did not want to be named because she ... said" reaches back over the whole clause', () => {
    const body = 'A neighbor who did not want to be named because she did not want to be involved said the family\'s cat also got out.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ["neighbor: the family's cat also got out"]);
    assert.deepEqual(s.speakers.map((x) => x.kind), ['anonymous']);
  });
});

describe('markup: a body with its short form in brackets before the cue', () => {
  test('"The Kelso Fruit Growers Association (KFGA) said" is the association, and "KFGA said" later too', () => {
    const body = 'The Kelso Fruit Growers Association (KFGA) said in a statement that it supported the goal. KFGA said prices would fall.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Kelso Fruit Growers Association: it supported the goal', 'Kelso Fruit Growers Association: prices would fall']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.aliases]), [['Kelso Fruit Growers Association', ['KFGA']]]);
  });

  test('"The Kelso News Agency (KNA) quoted NAME as saying" nests the name\'s words in the agency\'s', () => {
    const body = 'The state-run Kelso News Agency (KNA) quoted Brandt as saying that the line would be finished by June.';
    assert.deepEqual(marks(body), ['Kelso News Agency: Brandt as saying that the line would be finished by June', 'Brandt: the line would be finished by June']);
  });
});

describe('markup: a body called by its short form or its common noun after its full name', () => {
  test('"according to the OWSH" is the "Office for Water Safety and Health" named before, not the nearest person', () => {
    const body = 'The wells are dry, Dana Reyes said. More than 140 wells have run dry this year, according to the Office for Water Safety and Health.\n\nThe OWSH said it would send tankers.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), [
      'Dana Reyes: The wells are dry',
      'Office for Water Safety and Health: More than 140 wells have run dry this year',
      'Office for Water Safety and Health: it would send tankers',
    ]);
    assert.deepEqual(s.speakers.map((x) => x.name), ['Dana Reyes', 'Office for Water Safety and Health']);
  });

  test('"according to the DWR", with no name in full before it, is a body of that short form', () => {
    const body = 'The wells are dry, Dana Reyes said.\n\nMore than 140 wells have run dry this year, according to the DWR.';
    assert.deepEqual(marks(body), ['Dana Reyes: The wells are dry', 'DWR: More than 140 wells have run dry this year']);
  });

  test('"The chamber said" after "NAME, executive director of the Kelso Area Chamber of Commerce" is the chamber', () => {
    const body = 'Doug Whitcomb, executive director of the Kelso Area Chamber of Commerce, said rents were high.\n\nThe chamber said it was working with the city on a rent program.';
    assert.deepEqual(marks(body), ['Doug Whitcomb: rents were high', 'Kelso Area Chamber of Commerce: it was working with the city on a rent program']);
  });
});

describe('markup: a name in apposition after its description', () => {
  test('"Her editor, Henry Marlowe, said" is Henry Marlowe', () => {
    const body = 'Her editor, Henry Marlowe, said the book had gone back to press three times.';
    assert.deepEqual(marks(body), ['Henry Marlowe: the book had gone back to press three times']);
  });

  test('"The plant\'s operator, Energia Kelso del Norte, said" keeps the particle in the name', () => {
    const body = "The plant's operator, Energia Kelso del Norte, said it had cut output by about a third.";
    assert.deepEqual(marks(body), ['Energia Kelso del Norte: it had cut output by about a third']);
  });

  test('"Tomas Brandt, a farmer, said" still takes the name before its appositive', () => {
    const body = 'Tomas Brandt, a farmer, said prices had fallen sharply this year.';
    assert.deepEqual(marks(body), ['Tomas Brandt: prices had fallen sharply this year']);
  });
});

describe('markup: "charged" reports only before "that"', () => {
  test('"Residents said smugglers charged 500 francs" is the residents\' report, not the smugglers\'', () => {
    const body = 'Residents said smugglers charged between 400 and 600 francs for a place on a boat.';
    assert.deepEqual(marks(body), ['Residents: smugglers charged between 400 and 600 francs for a place on a boat']);
  });

  test('"The union charged that ..." is still the union\'s report', () => {
    const body = 'The union charged that the company had broken the contract.';
    assert.deepEqual(marks(body), ['union: the company had broken the contract']);
  });
});

describe('markup: a group counted by a quantity noun speaks through "demanding that"', () => {
  test('"Hundreds of growers and pickers blocked ..., demanding that ..." is the group "growers and pickers"', () => {
    const body = 'Hundreds of growers and pickers blocked the harbour road on Monday, demanding that the port authority lift the ban.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['growers and pickers: the port authority lift the ban']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.kind]), [['growers and pickers', 'group']]);
  });
});

describe('markup: a body named by its short form before a lower-case description', () => {
  test('"The KBV dock workers\' union said" is KBV, the description its role, and "the union" later is KBV', () => {
    const body = "The KBV dock workers' union said it would oppose any closure. The union said talks would go on.";
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['KBV: it would oppose any closure', 'KBV: talks would go on']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.role, x.kind]), [['KBV', "dock workers' union", 'organization']]);
  });

  test('"The farmers\' union said" keeps its description as its name', () => {
    const body = "The farmers' union said prices were too low.";
    assert.deepEqual(marks(body), ["farmers' union: prices were too low"]);
  });
});

describe('markup: a report inside a relative clause without "that"', () => {
  test('"a provision Republicans said would hurt ..." is the Republicans\' report, from its verb', () => {
    const body = 'The bill would also speed up reviews for thinning projects, a provision Republicans said would hurt old forests.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Republicans: would hurt old forests']);
    assert.deepEqual(s.speakers.map((x) => x.name), ['Republicans']);
  });
});

describe('markup: a body named after a place\'s possessive, with a lower-case description', () => {
  test('"Ruritania\'s Kustwacht patrol unit said" is the Kustwacht, and "the unit said" later too', () => {
    const body = 'Two boats were stopped off the coast overnight, Ruritania\'s Kustwacht patrol unit said Tuesday. The boats were towed to port, the unit said.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Kustwacht: Two boats were stopped off the coast overnight', 'Kustwacht: The boats were towed to port']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.role, x.kind]), [['Kustwacht', 'patrol unit', 'organization']]);
  });

  test('"Kelso\'s farm minister said" is still one description', () => {
    const body = "Prices rose sharply this year, Kelso's farm minister said.";
    assert.deepEqual(marks(body), ["Kelso's farm minister: Prices rose sharply this year"]);
  });
});

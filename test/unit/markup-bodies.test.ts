// Organisations and their people (issue 10, "speakers found with the right name"): a body that the
// article calls "police" or "the ministry" is the body it names in full, before or after; a person
// "of" an organisation keeps the two apart. Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

describe('markup: a body named in full elsewhere', () => {
  test('"police said" before "according to the Dunmore Police Department" is that department', () => {
    const body = 'A Kilby man was arrested Friday after a chase on Route 4, police said.\n\nThe driver was charged with reckless driving, according to the Dunmore Police Department. He was held on $2,000 bail, police said.';
    assert.deepEqual(marks(body), [
      'Dunmore Police Department: A Kilby man was arrested Friday after a chase on Route 4',
      'Dunmore Police Department: The driver was charged with reckless driving',
      'Dunmore Police Department: He was held on $2,000 bail',
    ]);
  });

  test('two ministries named in full are two speakers: "the Health Ministry" is not "the Finance Ministry"', () => {
    const body = 'The Finance Ministry said the budget would shrink. The Health Ministry said hospitals would be spared.';
    assert.deepEqual(marks(body), ['Finance Ministry: the budget would shrink', 'Health Ministry: hospitals would be spared']);
  });
});

describe('markup: a person of an organisation', () => {
  test('"County Engineer NAME of the ORG told reporters": the person speaks, the body is her org', () => {
    const body = 'Two wells in the valley had run dry, County Engineer Dana Reyes of the Oregon Department of Land and Water told reporters. Three more were low, she said.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Dana Reyes: Two wells in the valley had run dry', 'Dana Reyes: Three more were low']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.role, x.org]), [['Dana Reyes', 'County Engineer', 'Oregon Department of Land and Water']]);
  });

  test('"the Ministry of the Interior said" is the ministry, not a person', () => {
    const body = 'Four suspects were held overnight, the Ministry of the Interior said.';
    assert.deepEqual(marks(body), ['Ministry of the Interior: Four suspects were held overnight']);
  });
});

describe('markup: a body whose name holds a comma', () => {
  test('"A spokesman for the Department for Energy, Mines and Coastal Affairs said ..."', () => {
    const body = 'A spokesman for the Department for Energy, Mines and Coastal Affairs said the licence would not be renewed.';
    assert.deepEqual(marks(body), ['Department for Energy, Mines and Coastal Affairs: the licence would not be renewed']);
  });

  test('a list of people before the cue is not one name: "Ana Ruiz, Ben Cole and Department staff"', () => {
    const body = 'The pool will reopen in June, Ana Ruiz, Ben Cole and Lee Park said.';
    assert.ok(!markUp(body).speakers.some((s) => s.name.includes(',')));
  });
});

describe('markup: an appositive tells a body from a person', () => {
  test('"according to Harbour Watch, a Dutch charity that ...": a body, which "it" is next', () => {
    const body = 'The navy said two boats were stopped.\n\nMore than 3,000 people crossed this year, according to Harbour Watch, a Dutch charity that counts departures. Dozens are missing, it said.';
    const s = markUp(body);
    assert.equal(s.speakers.find((x) => x.name === 'Harbour Watch')?.kind, 'organization');
    assert.deepEqual(marked(body, s).slice(1), ['Harbour Watch: More than 3,000 people crossed this year', 'Harbour Watch: Dozens are missing']);
  });

  test('"Anna Berg, a nonprofit group\'s director, said": the head of the appositive is the director, a person', () => {
    assert.equal(markUp('Anna Berg, a nonprofit group\'s director, said the nests were safe.').speakers[0]?.kind, 'person');
  });
});

describe('markup: a body called by its common noun is the body the text is about', () => {
  test('"Tarvik Foods will shut ..., the company said": the subject of its own sentence', () => {
    const body = 'OSLO (Reuters) - Tarvik Foods will shut its bakery in Bergen and cut 200 jobs, the company said on Monday.';
    assert.deepEqual(marks(body), ['Tarvik Foods: Tarvik Foods will shut its bakery in Bergen and cut 200 jobs']);
  });

  test('"Shares in Norlund rose after the Danish shipping group said ...": the name in the subject, not a person', () => {
    const body = 'Shares in Norlund rose 4% on Friday after the Danish shipping group said freight rates had stopped falling.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Norlund: freight rates had stopped falling']);
    assert.equal(s.speakers[0].kind, 'organization');
  });

  test('"Westfield stay second ... The club said": the last sentence\'s subject, named in full where it was first', () => {
    const body = 'Ana Ruiz scored twice as Kelso Rovers beat Westfield Athletic on Saturday.\n\nWestfield stay second on 20 points. The club said its captain would miss the next match.';
    assert.deepEqual(marks(body), ['Westfield Athletic: its captain would miss the next match']);
  });

  test('a person named last is not the body: "the company said" after "Ana Ruiz said" goes past her', () => {
    const body = 'Brenner Steel will close a mill in Duisburg, the company said.\n\nAna Ruiz said the decision was wrong. The company said the mill had lost money for years.';
    assert.deepEqual(marks(body), ['Brenner Steel: Brenner Steel will close a mill in Duisburg', 'Ana Ruiz: the decision was wrong', 'Brenner Steel: the mill had lost money for years']);
  });

  test('"A Dovecote spokesman said" and "A Department for Transport spokesperson said": the body speaks', () => {
    const body = 'Dovecote Airways will cut three routes, the airline said. A Dovecote spokesman said the routes had lost money.\n\nA Department for Transport spokesperson said the department would review the licences.';
    assert.deepEqual(marks(body), [
      'Dovecote Airways: Dovecote Airways will cut three routes',
      'Dovecote Airways: the routes had lost money',
      'Department for Transport: the department would review the licences',
    ]);
  });
});

test('"A Dovecote spokesman said" before the company speaks: the body named in full in the text', () => {
  const body = 'Dovecote Airways will cut three routes next year.\n\nA Dovecote spokesman said the routes had lost money.';
  assert.deepEqual(marks(body), ['Dovecote Airways: the routes had lost money']);
});

describe('markup: a body with its short form or its number before a relative clause', () => {
  test('"The Danish Energy Agency (DEA), which ..., said": the name speaks, the short form is its alias', () => {
    const body = 'The Danish Energy Agency (DEA), which regulates the grid, said prices would fall. DEA said the winter was mild.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Danish Energy Agency: prices would fall', 'Danish Energy Agency: the winter was mild']);
    assert.deepEqual(s.speakers.map((x) => [x.name, x.aliases]), [['Danish Energy Agency', ['DEA']]]);
  });

  test('"IAM Local 751, which represents ..., said": a union local is a body; "The union said" is it', () => {
    const body = 'Harlan Aero will cut 300 jobs.\n\nIAM Local 751, which represents machinists at the plant, said it would fight the cuts.\n\n"This is wrong," said Local 751 president Ada Moss.\n\nThe union said members would vote on Friday.';
    assert.deepEqual(marks(body), [
      'IAM Local 751: it would fight the cuts',
      'Ada Moss: "This is wrong,"',
      'IAM Local 751: members would vote on Friday',
    ]);
  });
});

test('"Professor NAME of Boise State University said": a person with her org; "Joint Chiefs of Staff" stays a body', () => {
  const body = 'Professor Lena Ortiz of Boise State University said the ice was thin. The Joint Chiefs of Staff said the drill was over.';
  const s = markUp(body);
  assert.deepEqual(marked(body, s), ['Lena Ortiz: the ice was thin', 'Joint Chiefs of Staff: the drill was over']);
  assert.deepEqual(s.speakers.map((x) => [x.kind, x.role, x.org]), [['person', 'Professor', 'Boise State University'], ['organization', undefined, undefined]]);
});

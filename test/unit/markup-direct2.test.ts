// Direct quotes the first engine missed, one class each (issue 10's direct recall): a quote after
// an earlier sentence of the same paragraph that names its speaker, a quote ending in ? or ! with
// its cue after it, names with a lower-case particle, an appositive that opens with an
// organisation's possessive. Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

describe('markup: direct quotes, second round', () => {
  test('"...," he said after a sentence of the same paragraph that names him', () => {
    assert.deepEqual(marks('Harbour master Tobias Renn said the ferry left late. "The crew will be asked why," he said.'),
      ['Tobias Renn: the ferry left late', 'Tobias Renn: "The crew will be asked why,"']);
  });

  test('a quote ending in a question mark, then NAME said', () => {
    assert.deepEqual(marks('"They say it is safe. Then why is the well dry?" Ilse Maranga said by phone.'),
      ['Ilse Maranga: "They say it is safe. Then why is the well dry?"']);
  });

  test('a name with a lower-case particle: "de la Cruz said"', () => {
    assert.deepEqual(marks('"We count every nest," Pablo de la Vega said.'), ['Pablo de la Vega: "We count every nest,"']);
  });

  test('an appositive that opens with an organisation\'s possessive: "NAME, ABC\'s secretary-general, said:"', () => {
    assert.deepEqual(marks('Nora Quill, ABTA\'s secretary-general, said: "Members need to know the rules."'),
      ['Nora Quill: "Members need to know the rules."']);
  });
});

describe('markup: an appositive subject is not an inverted attribution', () => {
  test('"NAME, a pig farmer, said new rules on X ...": the subject is before the comma', () => {
    assert.deepEqual(marks('Ida Maes, a pig farmer, said new rules on fertiliser had been written by people who "have never seen a farm".'),
      ['Ida Maes: new rules on fertiliser had been written by people who "have never seen a farm"']);
  });
});

describe('markup: what follows a cue that is not its words', () => {
  test('"...," she said, pointing to ...: a participle after the comma is the writer\'s', () => {
    assert.deepEqual(marks('"My father built this boat," Ana Reis said, pointing to a photograph taped to the wall.'),
      ['Ana Reis: "My father built this boat,"']);
  });

  test('"said that ... and that she hoped ...": a cue inside the report does not split it', () => {
    assert.deepEqual(marks('Mayor Ruth Okoye said that the council had done its best and that she hoped residents would give the plan a chance.'),
      ['Ruth Okoye: the council had done its best and that she hoped residents would give the plan a chance']);
  });
});

describe('markup: "told" is never inverted', () => {
  test('"NAME, who ..., told Reuters that ...": Reuters is the audience, NAME the speaker', () => {
    assert.deepEqual(marks('Ola Brekke, who took over as chief in May, told Reuters that the order book was already larger.'),
      ['Ola Brekke: the order book was already larger']);
  });
});

describe('markup: a description with the name in apposition after a quote', () => {
  test('"...," Tarvik\'s chief executive, Ana Ruiz, said. "...": two quotes, the description outside', () => {
    const body = '"It was a hard decision," Tarvik\'s chief executive, Ana Ruiz, said in the statement. "We will help every worker."';
    assert.deepEqual(marks(body), ['Ana Ruiz: "It was a hard decision,"', 'Ana Ruiz: "We will help every worker."']);
  });
});

describe('markup: British placing and Q&A interviews', () => {
  test('"NAME, of Kent Police, said after the hearing: "..."": the quote, with the body as her org', () => {
    const body = 'Det Sgt Ana Ruiz, of Kent Police, said after the hearing: "Justice has been done."';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Ana Ruiz: "Justice has been done."']);
    assert.equal(s.speakers[0].org, 'Kent Police');
  });

  test('Q&A: each answer after "A:" is the interviewee\'s, the label and the questions outside', () => {
    const body = 'Ana Ruiz became harbour master in May. The Courier spoke with her this week.\n\nQ: Why now?\n\nA: Because the boats are getting bigger. We need room.\n\nQ: And the fishermen?\n\nA: They will keep their berths.';
    assert.deepEqual(marks(body), ['Ana Ruiz: Because the boats are getting bigger. We need room.', 'Ana Ruiz: They will keep their berths.']);
  });

  test('"A:" without a "Q:" before it is an ordinary paragraph', () => {
    const body = 'Ana Ruiz said the harbour would open.\n\nA: the harbour wall is finished.';
    assert.deepEqual(marks(body), ['Ana Ruiz: the harbour would open']);
  });
});

describe('markup: a quoted sentence after a report in the same paragraph', () => {
  test('"Ruiz says she turned the offer down. "Where would I go at my age?"": the reporter\'s', () => {
    const body = 'Ana Ruiz says she turned down a buyout offer in 2019. "Where would I go at my age?"';
    assert.deepEqual(marks(body), ['Ana Ruiz: she turned down a buyout offer in 2019', 'Ana Ruiz: "Where would I go at my age?"']);
  });

  test('a quoted title inside a sentence after the report stays unmarked', () => {
    const body = 'Ana Ruiz says she liked the film. Her sister saw "The Long Way Home" twice.';
    assert.deepEqual(marks(body), ['Ana Ruiz: she liked the film']);
  });
});

describe('markup: a lead quote named by the next paragraph', () => {
  test('"..." / "That is how NAME remembers ...": the quote is NAME\'s, under review', () => {
    const body = 'HOUSTON (AP) — "The water came in through the floor."\n\nThat is how Ana Ruiz remembers the night the bayou rose.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Ana Ruiz: "The water came in through the floor."']);
    assert.equal(s.spans[0].review, 'speaker');
  });

  test('a lead quote followed by any other paragraph stays unmarked', () => {
    const body = 'HOUSTON (AP) — "The water came in through the floor."\n\nAna Ruiz lives on Cedar Lane.';
    assert.deepEqual(marks(body), []);
  });
});

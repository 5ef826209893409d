// The wire patterns of the markup engine, one synthetic sentence each: which words are marked,
// and whose. Names and sentences are made up for these tests.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

const marks = (body: string) => marked(body, markUp(body));

describe('markup: direct quotes', () => {
  test('"...," NAME said', () => {
    assert.deepEqual(marks('"The bridge will open in May," Ana Ferreira said.'), ['Ana Ferreira: "The bridge will open in May,"']);
  });

  test('"...," said NAME, TITLE: the appositive is the role', () => {
    const body = '"We have enough beds for the winter," said Tomas Berg, director of the city shelter.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Tomas Berg: "We have enough beds for the winter,"']);
  });

  test('NAME said: "..."', () => {
    assert.deepEqual(marks('Ines Okafor said: "The numbers do not add up."'), ['Ines Okafor: "The numbers do not add up."']);
  });

  test('a quote split around its attribution is two spans of one speaker', () => {
    assert.deepEqual(marks('"The river rose fast," Karl Odum said. "By noon the road was gone."'),
      ['Karl Odum: "The river rose fast,"', 'Karl Odum: "By noon the road was gone."']);
  });

  test('a quote of several sentences ends at the cue', () => {
    assert.deepEqual(marks('"The pier is old. It needs work," Maya Lund said.'), ['Maya Lund: "The pier is old. It needs work,"']);
  });

  test('a paragraph that continues an open quote is the same speaker\'s, without its closing mark', () => {
    const body = '"We lost the harvest," Ruth Amadi said. "Then we lost the seed.\n\n"Now we wait for rain."';
    assert.deepEqual(marks(body), ['Ruth Amadi: "We lost the harvest,"', 'Ruth Amadi: "Then we lost the seed.', 'Ruth Amadi: "Now we wait for rain."']);
  });

  test('words in quotation marks with no cue are left alone (titles, slogans)', () => {
    assert.deepEqual(marks('The film "A Quiet Harbour in Winter" opened on Friday.'), []);
  });
});

describe('markup: partial quotes', () => {
  test('NAME called it "a fragment"', () => {
    const s = markUp('Paula Reyes called the deal "a historic step" for the region.');
    assert.equal(s.spans.length, 1);
    assert.equal(s.spans[0].kind, 'direct'); // the fragment is the whole span: direct by the marks
    assert.deepEqual(marked('Paula Reyes called the deal "a historic step" for the region.', s), ['Paula Reyes: "a historic step"']);
  });

  test('a fragment inside reported speech makes the span partial', () => {
    const body = 'Omar Siddiq said the plan was "dead on arrival" and would be withdrawn.';
    const s = markUp(body);
    assert.deepEqual(marked(body, s), ['Omar Siddiq: the plan was "dead on arrival" and would be withdrawn']);
    assert.equal(s.spans[0].kind, 'partial');
  });
});

describe('markup: reported speech', () => {
  test('NAME said (that) ...', () => {
    assert.deepEqual(marks('Lena Vogt said that the talks would resume next week.'), ['Lena Vogt: the talks would resume next week']);
    assert.deepEqual(marks('Lena Vogt said the talks would resume next week.'), ['Lena Vogt: the talks would resume next week']);
  });

  test('..., NAME said', () => {
    assert.deepEqual(marks('The dam is safe for now, Hugo Brandt said on Monday.'), ['Hugo Brandt: The dam is safe for now']);
  });

  test('according to NAME, ...', () => {
    assert.deepEqual(marks('According to the Harbour Authority, the channel will be dredged in spring.'),
      ['Harbour Authority: the channel will be dredged in spring']);
  });

  test('NAME expressed the hope that ...', () => {
    assert.deepEqual(marks('Wei Lan expressed the hope that both sides would keep talking.'), ['Wei Lan: both sides would keep talking']);
  });

  test('NAME told reporters ...: the audience is no part of the words', () => {
    assert.deepEqual(marks('Sara Kimura told reporters the ferry would run again by Friday.'), ['Sara Kimura: the ferry would run again by Friday']);
  });

  test('adding that ... and calling for ...: each cue opens a span of the same speaker', () => {
    assert.deepEqual(marks('Ahmed Tariq said the school would reopen, adding that classes would be shorter.'),
      ['Ahmed Tariq: the school would reopen', 'Ahmed Tariq: classes would be shorter']);
    assert.deepEqual(marks('Calling for calm, Ahmed Tariq said the school would reopen.'),
      ['Ahmed Tariq: calm', 'Ahmed Tariq: the school would reopen']);
  });

  test('negated speech is not marked', () => {
    assert.deepEqual(marks('Ruth Amadi did not say whether the farm would be sold.'), []);
  });
});

describe('markup: a participle cue after a sentence without one', () => {
  test('"NAME thanked X for Y, saying that ...": the sentence\'s subject is the speaker, and "he" next', () => {
    const body = 'Mira Holm thanked the donors for their help, saying that the shelter had found homes for 40 dogs.\n\nThe shelter will expand next year, she said.';
    assert.deepEqual(marks(body), ['Mira Holm: the shelter had found homes for 40 dogs', 'Mira Holm: The shelter will expand next year']);
  });

  test('a subject that is no speaker\'s name stays unmarked: "The storm hit the coast, killing ..." and "It rained, saying ..."', () => {
    assert.deepEqual(marks('The report was published on Monday, saying that costs had doubled.'), []);
  });
});

describe('markup: speakers', () => {
  test('a pronoun goes to the nearest person', () => {
    assert.deepEqual(marks('Lena Vogt said the talks would resume. She added that a date had been set.'),
      ['Lena Vogt: the talks would resume', 'Lena Vogt: a date had been set']);
  });

  test('an epithet goes to the speaker whose role holds it', () => {
    const body = 'Tomas Berg, a retired engineer, said the bridge was sound. The pier needs work, the engineer said.';
    assert.deepEqual(marks(body), ['Tomas Berg: the bridge was sound', 'Tomas Berg: The pier needs work']);
  });

  test('a singular epithet is a person, whose appositive holds it even after a title: "the Ohio Democrat"', () => {
    const body = 'Republican and Democrat senators urged the agency to act.\n\nSen. Lia Moss, an Ohio Democrat, said the mills were closing.\n\n"We cannot wait," the Ohio Democrat said.';
    assert.deepEqual(marks(body), [
      'Republican and Democrat senators: the agency to act',
      'Lia Moss: the mills were closing',
      'Lia Moss: "We cannot wait,"',
    ]);
  });

  test('the surname later is an alias, and the id comes from it', () => {
    const s = markUp('Ana Ferreira said the bridge would open in May. Ferreira said the cost had doubled.');
    assert.deepEqual(s.speakers.map((x) => [x.id, x.name, x.aliases]), [['ferreira', 'Ana Ferreira', ['Ferreira']]]);
    assert.equal(s.spans.length, 2);
  });

  test('organisations and groups that speak', () => {
    const s = markUp('The Ministry of Water said the pipes would be replaced. Residents said they had waited for years.');
    assert.deepEqual(s.speakers.map((x) => [x.name, x.kind]), [['Ministry of Water', 'organization'], ['Residents', 'group']]);
  });

  test('an unnamed source is anonymous, with the article\'s reason', () => {
    const s = markUp('A port official, who asked not to be named, said the cranes had been idle for a week.');
    assert.equal(s.speakers.length, 1);
    assert.equal(s.speakers[0].kind, 'anonymous');
    assert.match(s.speakers[0].reason ?? '', /asked not to be named/);
  });

  test('X quoted Y as saying ...: nested spans', () => {
    const body = 'The Harbour Gazette quoted Nils Berg as saying the port would close.';
    assert.deepEqual(marks(body), ['Harbour Gazette: Nils Berg as saying the port would close', 'Nils Berg: the port would close']);
  });
});

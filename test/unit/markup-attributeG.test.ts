// The last rules of the attribution engine (server/src/service/markup/attribute.ts, from the
// words after a cue to the colon at a paragraph's end) on made-up wire sentences, one table per
// rule: for each condition a sentence where the rule fires and one where it must not, for each
// bound a sentence at it, and for each word of a list a sentence that needs it. Each row is the
// whole result: every marked span with its speaker's name, confidence and review note, then the
// speakers the suggestion lists (a speech act lists a speaker with nothing marked). Names and
// sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';

/** "Speaker 0.9 review=speaker: words" per span, then "speakers: A | B". */
function result(body: string): string[] {
  const s = markUp(body);
  const names = new Map(s.speakers.map((x) => [x.id, x.name]));
  const spans = s.spans.map((x) => `${names.get(x.speakerId)} ${x.confidence}${x.review ? ` review=${x.review}` : ''}: ${body.slice(x.start, x.end)}`);
  return [...spans, `speakers: ${s.speakers.map((x) => x.name).join(' | ')}`];
}

const TABLES: [string, [string, string[]][]][] = [
  ['According to X: the words are the clause before the cue, or the clause after the name and its comma.', [
    ["According to Ana Ferreira, the plan was sound.", [
      "Ana Ferreira 0.9: the plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["The plan was sound, according to Ana Ferreira.", [
      "Ana Ferreira 0.9: The plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["According to Ana Ferreira", [
      "speakers: ",
    ]],
    ["The plan was sound, according to Ana Ferreira", [
      "Ana Ferreira 0.9: The plan was sound",
      "speakers: Ana Ferreira",
    ]],
  ]],
  ['The words after a cue: past "that" and a colon; a time clause or "said, pointing" is the writer\'s; a whole quoted sentence right after the cue is the words, what follows it the writer\'s.', [
    ["Ana Ferreira said, pointing to a photograph of the dam.", [
      "speakers: ",
    ]],
    ["Ana Ferreira said, “We are ready for the storm.”", [
      "Ana Ferreira 0.9: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said that the city was ready for the storm.", [
      "Ana Ferreira 0.9: the city was ready for the storm",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said: the city was ready for the storm.", [
      "Ana Ferreira 0.9: the city was ready for the storm",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said while leaving that the plan was sound.", [
      "speakers: ",
    ]],
    ["Ana Ferreira said before the vote that the plan was sound.", [
      "Ana Ferreira 0.9: the plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said Monday of Tomas Berg, the man who runs the water board.", [
      "speakers: ",
    ]],
    ["Ana Ferreira said: “Ports are for people!” as police closed the road.", [
      "Ana Ferreira 0.9: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said, “Ports are for people!” as police closed the road.", [
      "Ana Ferreira 0.9: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “Ports are for people!” as police closed the road.", [
      "Ana Ferreira 0.9: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “Ports are for people” as police closed the road.", [
      "Ana Ferreira 0.9: “Ports are for people” as police closed the road",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “ports are for people!” as police closed the road.", [
      "Ana Ferreira 0.9: “ports are for people!” as police closed the road",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “Ports are for people!”", [
      "Ana Ferreira 0.9: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira demanded “Ports for people!” as police closed the road.", [
      "Ana Ferreira 0.9: “Ports for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan, which she called “sound for now,” would hold.", [
      "Ana Ferreira 0.9: the plan, which she called “sound for now,” would hold",
      "speakers: Ana Ferreira",
    ]],
    ["The dam was safe, Ana Ferreira said. There had been no arrests.", [
      "Ana Ferreira 0.9: The dam was safe",
      "Ana Ferreira 0.6 review=speaker: There had been no arrests",
      "speakers: Ana Ferreira",
    ]],
    ["The plan was sound, Ana Ferreira said", [
      "Ana Ferreira 0.9: The plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said", [
      "speakers: ",
    ]],
    ["Ana Ferreira demanded: the city must pay for the storm.", [
      "Ana Ferreira 0.9: the city must pay for the storm",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said, “the plan” was sound.", [
      "Ana Ferreira 0.9: “the plan” was sound",
      "Ana Ferreira 0.9: “the plan”",
      "speakers: Ana Ferreira",
    ]],
    ["The plan was “fair.” Ana Ferreira said “Ports are for people!” as police closed the road.", [
      "Ana Ferreira 0.9: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
  ]],
  ['Where a report ends: at a writer\'s gloss ("the", "a", "an" and a noun) after a quoted phrase and its comma, or at ", and" before a verb in the past.', [
    ["Ana Ferreira said the plan was what she called “fire borrowing,” the practice of moving money.", [
      "Ana Ferreira 0.9: the plan was what she called “fire borrowing,”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was what she called “fire borrowing,” a practice of moving money.", [
      "Ana Ferreira 0.9: the plan was what she called “fire borrowing,”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the city was “sound,” an answer to critics.", [
      "Ana Ferreira 0.9: the city was “sound,”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the city was “sound,” the best news in weeks.", [
      "Ana Ferreira 0.9: the city was “sound,” the best news in weeks",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was what she called “fire borrowing,” which moved money.", [
      "Ana Ferreira 0.9: the plan was what she called “fire borrowing,” which moved money",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and accused the company of lying.", [
      "Ana Ferreira 0.9: the plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and the company lied.", [
      "Ana Ferreira 0.9: the plan was sound, and the company lied",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and needs more money.", [
      "Ana Ferreira 0.9: the plan was sound, and needs more money",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the city was ready for the storm, and wanted more money.", [
      "Ana Ferreira 0.9: the city was ready for the storm",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound and wanted more money.", [
      "Ana Ferreira 0.9: the plan was sound and wanted more money",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was what she called “fire borrowing” the practice of moving money.", [
      "Ana Ferreira 0.9: the plan was what she called “fire borrowing” the practice of moving money",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “fire borrowing,” the practice of moving money, was over.", [
      "speakers: ",
    ]],
    ["Ana Ferreira said the city was “sound,” some answer to critics.", [
      "Ana Ferreira 0.9: the city was “sound,” some answer to critics",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the wall was sound, and red paint covered it.", [
      "Ana Ferreira 0.9: the wall was sound, and red paint covered it",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and left.", [
      "Ana Ferreira 0.9: the plan was sound, and left",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and ended.", [
      "Ana Ferreira 0.9: the plan was sound",
      "speakers: Ana Ferreira",
    ]],
  ]],
  ['A quote in single marks after its own cue (within seven words, no other verb between), nested in the quote around it, under review.', [
    ["“A buyer said to me last week, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said to me last week, ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer told me: ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer told me: ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer wrote ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer wrote ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“A buyer smiled and said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer smiled and said, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“A buyer has said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer has said, ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“I sold it. A buyer said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “I sold it. A buyer said, ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“Tomas Berg said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “Tomas Berg said, ‘I can wait.’ That is new,”",
      "Tomas Berg 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | Tomas Berg",
    ]],
    ["“Said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “Said, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["Tomas Berg said, ‘I can wait for the money.’", [
      "Tomas Berg 0.9: ‘I can wait for the money.’",
      "speakers: Tomas Berg",
    ]],
    ["‘I can wait for the money,’ Tomas Berg said.", [
      "Tomas Berg 0.9: ‘I can wait for the money,’",
      "speakers: Tomas Berg",
    ]],
    ["“A buyer, said the clerk, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer, said the clerk, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“A buyer told the clerk, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer told the clerk, ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer said, ‘I can wait,’ and left,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said, ‘I can wait,’ and left,”",
      "buyer 0.6 review=speaker: ‘I can wait,’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["Ana Ferreira said, “Tomas Berg said, ‘I can wait.’ That is new.”", [
      "Ana Ferreira 0.9: “Tomas Berg said, ‘I can wait.’ That is new.”",
      "Tomas Berg 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | Tomas Berg",
    ]],
    ["“A buyer said to me ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said to me ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["Tomas Berg said, “Listen, ‘I can wait.’ That is new.”", [
      "Tomas Berg 0.9: “Listen, ‘I can wait.’ That is new.”",
      "speakers: Tomas Berg",
    ]],
    ["“A buyer said he smiled, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said he smiled, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“A buyer said it was, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said it was, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“Berg said, ‘I can wait.’ That is new,” Tomas Berg said.", [
      "Tomas Berg 0.9: “Berg said, ‘I can wait.’ That is new,”",
      "Tomas Berg 0.6 review=speaker: ‘I can wait.’",
      "speakers: Tomas Berg",
    ]],
    ["Tomas Berg said, ‘I can wait for the money.’ He called the offer “fair.”", [
      "Tomas Berg 0.6 review=speaker: ‘I can wait for the money.’",
      "Tomas Berg 0.8: “fair.”",
      "speakers: Tomas Berg",
    ]],
    ["“A buyer said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said, ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer said again and again and again and again today, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said again and again and again and again today, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["Tomas Berg said, “Friends, ‘I can wait.’ That is new.”", [
      "Tomas Berg 0.9: “Friends, ‘I can wait.’ That is new.”",
      "speakers: Tomas Berg",
    ]],
    ["“A buyer said again and again and again today, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said again and again and again today, ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer said again and again and again and again, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer said again and again and again and again, ‘I can wait.’ That is new,”",
      "buyer 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer at Said Market, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira 0.9: “A buyer at Said Market, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“Tomas Berg said, ‘I can wait.’” Ana Ferreira said it again.", [
      "Ana Ferreira 0.9: “Tomas Berg said, ‘I can wait.’”",
      "Tomas Berg 0.6 review=speaker: ‘I can wait.’",
      "speakers: Ana Ferreira | Tomas Berg",
    ]],
  ]],
  ['"X quoted Y as saying C", with an appositive of up to fifteen words between Y and "as saying".', [
    ["Tomas Berg quoted Ana Ferreira as saying the city was ready.", [
      "Tomas Berg 0.9: Ana Ferreira as saying the city was ready",
      "Ana Ferreira 0.9: the city was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira as saying that the city was ready.", [
      "Tomas Berg 0.9: Ana Ferreira as saying that the city was ready",
      "Ana Ferreira 0.9: the city was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the city water board, as saying the city was ready.", [
      "Tomas Berg 0.9: Ana Ferreira, head of the city water board, as saying the city was ready",
      "Ana Ferreira 0.9: the city was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the very large and very old and very famous city water board of the northern town, as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the city water board as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira as telling the city it was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira as", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira,", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted, as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira as saying the city, which was old, was ready.", [
      "Tomas Berg 0.9: Ana Ferreira as saying the city, which was old, was ready",
      "Ana Ferreira 0.9: the city, which was old, was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the very large and very old and famous city water board of the town, as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the very large and very old and famous city water board of a town, as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the very large and very old and famous city water board of the town as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the large and old and famous city water board of the town as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted nobody as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted “Ana Ferreira” as saying the city was ready.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted the report as saying the city was ready.", [
      "Tomas Berg 0.9: the report as saying the city was ready",
      "speakers: Tomas Berg",
    ]],
    ["Tomas Berg quoted it as saying the city was ready.", [
      "Tomas Berg 0.9: it as saying the city was ready",
      "speakers: Tomas Berg",
    ]],
    ["Tomas Berg quoted a friend as saying the city was ready.", [
      "Tomas Berg 0.9: a friend as saying the city was ready",
      "friend 0.7: the city was ready",
      "speakers: Tomas Berg | friend",
    ]],
    ["Tomas Berg quoted Ana Ferreira as saying: the city was ready.", [
      "Tomas Berg 0.9: Ana Ferreira as saying: the city was ready",
      "Ana Ferreira 0.9: the city was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira as saying, the city was ready.", [
      "Tomas Berg 0.9: Ana Ferreira as saying, the city was ready",
      "Ana Ferreira 0.9: the city was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira as saying", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted Ana Ferreira in saying the city was ready.", [
      "speakers: ",
    ]],
  ]],
  ['"X delivered a speech": a speaker without quoted words, listed with nothing marked; the subject opens the sentence, after a setting.', [
    ["Ana Ferreira delivered a speech at the opening.", [
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira, the mayor, delivered a speech at the opening.", [
      "speakers: Ana Ferreira",
    ]],
    ["At the opening, Ana Ferreira delivered a speech.", [
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira attended the opening and delivered a speech.", [
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira made the remarks.", [
      "speakers: Ana Ferreira",
    ]],
    ["The mayor made the remarks", [
      "speakers: mayor",
    ]],
    ["The visit of Ana Ferreira ended and she gave a speech.", [
      "speakers: ",
    ]],
    ["On Monday, the mayor delivered a speech.", [
      "speakers: mayor",
    ]],
    ["At the opening Ana Ferreira delivered a speech.", [
      "speakers: Ana Ferreira",
    ]],
    ["After the vote, Ana Ferreira, the mayor, gave a speech.", [
      "speakers: Ana Ferreira",
    ]],
    ["Tomas Berg arrived late. Ana Ferreira delivered a speech at the opening.", [
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira, tired, delivered a speech.", [
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira, at the opening, delivered a speech.", [
      "speakers: Ana Ferreira",
    ]],
  ]],
  ['A paragraph that ends "NAME said the following:" (the cue among its last three words) gives the next paragraph\'s quote its speaker.', [
    ["Ana Ferreira said the following:\n\n“We are ready.”", [
      "Ana Ferreira 0.8: “We are ready.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said it plainly on Monday:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["Ana Ferreira told them this:\n\n“We are ready.”", [
      "Ana Ferreira 0.8: “We are ready.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira's answer was this:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["Nobody said the following:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["The plan said the following:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["Ana Ferreira said the following.\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["Ana Ferreira said:\n\n“We are ready.”", [
      "Ana Ferreira 0.9: “We are ready.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said on Monday:\n\n“We are ready.”", [
      "Ana Ferreira 0.9: “We are ready.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira wrote:\n\n“We are ready.”", [
      "Ana Ferreira 0.9: “We are ready.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira has said:\n\n“We are ready.”", [
      "Ana Ferreira 0.9: “We are ready.”",
      "speakers: Ana Ferreira",
    ]],
    ["The plan was simple:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["Nobody said:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["It said:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["Ana Ferreira said.\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["Said:\n\n“We are ready.”", [
      "speakers: ",
    ]],
    ["The mayor, Ana Ferreira, said:\n\n“We are ready.”", [
      "Ana Ferreira 0.9: “We are ready.”",
      "speakers: Ana Ferreira",
    ]],
    ["“We will build the wall,” Tomas Berg said. Ana Ferreira then wrote:\n\n“We are ready.”", [
      "Tomas Berg 0.9: “We will build the wall,”",
      "Ana Ferreira 0.9: “We are ready.”",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["“We will build the wall,” Tomas Berg said. Ana Ferreira has said:\n\n“We are ready.”", [
      "Tomas Berg 0.9: “We will build the wall,”",
      "Ana Ferreira 0.9: “We are ready.”",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["“We will build the wall,” Tomas Berg said. Ana Ferreira said:\n\n“We are ready for the storm.”", [
      "Tomas Berg 0.9: “We will build the wall,”",
      "Ana Ferreira 0.9: “We are ready for the storm.”",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
  ]],
];

for (const [rule, cases] of TABLES) {
  describe(`markup: ${rule}`, () => {
    for (const [body, expected] of cases) {
      test(body.replace(/\s+/g, ' '), () => {
        assert.deepEqual(result(body), expected);
      });
    }
  });
}

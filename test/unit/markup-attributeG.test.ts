// The last rules of the attribution engine (server/src/service/markup/attribute.ts, from the
// words after a cue to the colon at a paragraph's end) on made-up wire sentences, one table per
// rule: for each condition a sentence where the rule must fire and one where it must not, and for
// each word list a sentence per word. Each row is the whole result: every marked span with its
// speaker's name, then the speakers the suggestion lists. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp, marked } from '../support/markup';

/** "Speaker: words" per span, then "speakers: A | B". */
function result(body: string): string[] {
  const s = markUp(body);
  return [...marked(body, s), `speakers: ${s.speakers.map((x) => x.name).join(' | ')}`];
}

const TABLES: [string, [string, string[]][]][] = [
  ['According to X: the words are the clause before the cue, or the clause after the name and its comma.', [
    ["According to Ana Ferreira, the plan was sound.", [
      "Ana Ferreira: the plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["The plan was sound, according to Ana Ferreira.", [
      "Ana Ferreira: The plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["According to Ana Ferreira", [
      "speakers: ",
    ]],
    ["The plan was sound, according to Ana Ferreira", [
      "Ana Ferreira: The plan was sound",
      "speakers: Ana Ferreira",
    ]],
  ]],
  ['The words after a cue (content): past "that" and a colon; a time clause or "said, pointing" is the writer\'s; a whole quoted sentence right after the cue is the words and what follows it the writer\'s.', [
    ["Ana Ferreira said, pointing to a photograph of the dam.", [
      "speakers: ",
    ]],
    ["Ana Ferreira said, “We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said that the city was ready for the storm.", [
      "Ana Ferreira: the city was ready for the storm",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said: the city was ready for the storm.", [
      "Ana Ferreira: the city was ready for the storm",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said while leaving that the plan was sound.", [
      "speakers: ",
    ]],
    ["Ana Ferreira said before the vote that the plan was sound.", [
      "Ana Ferreira: the plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said Monday of Tomas Berg, the man who runs the water board.", [
      "speakers: ",
    ]],
    ["Ana Ferreira said: “Ports are for people!” as police closed the road.", [
      "Ana Ferreira: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said, “Ports are for people!” as police closed the road.", [
      "Ana Ferreira: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “Ports are for people!” as police closed the road.", [
      "Ana Ferreira: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “Ports are for people” as police closed the road.", [
      "Ana Ferreira: “Ports are for people” as police closed the road",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “ports are for people!” as police closed the road.", [
      "Ana Ferreira: “ports are for people!” as police closed the road",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said “Ports are for people!”", [
      "Ana Ferreira: “Ports are for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira demanded “Ports for people!” as police closed the road.", [
      "Ana Ferreira: “Ports for people!”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan, which she called “sound for now,” would hold.", [
      "Ana Ferreira: the plan, which she called “sound for now,” would hold",
      "speakers: Ana Ferreira",
    ]],
  ]],
  ['Where a report ends (reportEnd): at a writer\'s gloss ("the", "a", "an" and a noun) after a quoted phrase and its comma, or at ", and" before a verb in the past.', [
    ["Ana Ferreira said the plan was what she called “fire borrowing,” the practice of moving money.", [
      "Ana Ferreira: the plan was what she called “fire borrowing,”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was what she called “fire borrowing,” a practice of moving money.", [
      "Ana Ferreira: the plan was what she called “fire borrowing,”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the city was “sound,” an answer to critics.", [
      "Ana Ferreira: the city was “sound,”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the city was “sound,” the best news in weeks.", [
      "Ana Ferreira: the city was “sound,” the best news in weeks",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was what she called “fire borrowing,” which moved money.", [
      "Ana Ferreira: the plan was what she called “fire borrowing,” which moved money",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and accused the company of lying.", [
      "Ana Ferreira: the plan was sound",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and the company lied.", [
      "Ana Ferreira: the plan was sound, and the company lied",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the plan was sound, and needs more money.", [
      "Ana Ferreira: the plan was sound, and needs more money",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the city was ready for the storm, and wanted more money.", [
      "Ana Ferreira: the city was ready for the storm",
      "speakers: Ana Ferreira",
    ]],
  ]],
  ['A quote in single marks after its own cue, nested in the quote around it (innerQuotes).', [
    ["“A buyer said to me last week, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer said to me last week, ‘I can wait.’ That is new,”",
      "buyer: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer told me: ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer told me: ‘I can wait.’ That is new,”",
      "buyer: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer wrote ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer wrote ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“A buyer smiled and said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer smiled and said, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“A buyer has said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer has said, ‘I can wait.’ That is new,”",
      "buyer: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“I sold it. A buyer said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “I sold it. A buyer said, ‘I can wait.’ That is new,”",
      "buyer: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“Tomas Berg said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “Tomas Berg said, ‘I can wait.’ That is new,”",
      "Tomas Berg: ‘I can wait.’",
      "speakers: Ana Ferreira | Tomas Berg",
    ]],
    ["“Said, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “Said, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["Tomas Berg said, ‘I can wait for the money.’", [
      "Tomas Berg: ‘I can wait for the money.’",
      "speakers: Tomas Berg",
    ]],
    ["‘I can wait for the money,’ Tomas Berg said.", [
      "Tomas Berg: ‘I can wait for the money,’",
      "speakers: Tomas Berg",
    ]],
    ["“A buyer, said the clerk, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer, said the clerk, ‘I can wait.’ That is new,”",
      "speakers: Ana Ferreira",
    ]],
    ["“A buyer told the clerk, ‘I can wait.’ That is new,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer told the clerk, ‘I can wait.’ That is new,”",
      "buyer: ‘I can wait.’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["“A buyer said, ‘I can wait,’ and left,” Ana Ferreira said.", [
      "Ana Ferreira: “A buyer said, ‘I can wait,’ and left,”",
      "buyer: ‘I can wait,’",
      "speakers: Ana Ferreira | buyer",
    ]],
    ["Ana Ferreira said, “Tomas Berg said, ‘I can wait.’ That is new.”", [
      "Ana Ferreira: “Tomas Berg said, ‘I can wait.’ That is new.”",
      "Tomas Berg: ‘I can wait.’",
      "speakers: Ana Ferreira | Tomas Berg",
    ]],
  ]],
  ['"X quoted Y as saying C" (quotedAs), with an appositive between Y and "as saying".', [
    ["Tomas Berg quoted Ana Ferreira as saying the city was ready.", [
      "Tomas Berg: Ana Ferreira as saying the city was ready",
      "Ana Ferreira: the city was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira as saying that the city was ready.", [
      "Tomas Berg: Ana Ferreira as saying that the city was ready",
      "Ana Ferreira: the city was ready",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["Tomas Berg quoted Ana Ferreira, head of the city water board, as saying the city was ready.", [
      "Tomas Berg: Ana Ferreira, head of the city water board, as saying the city was ready",
      "Ana Ferreira: the city was ready",
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
    ["Tomas Berg quoted Ana Ferreira as saying", [
      "Tomas Berg: Ana Ferreira as saying",
      "speakers: Tomas Berg",
    ]],
    ["Tomas Berg quoted Ana Ferreira.", [
      "speakers: ",
    ]],
    ["Tomas Berg quoted, as saying the city was ready.", [
      "speakers: ",
    ]],
  ]],
  ['"X delivered a speech": a speaker without quoted words (speechActs); the speaker is listed, nothing is marked.', [
    ["Ana Ferreira delivered a speech at the opening.", [
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira, the mayor, delivered a speech at the opening.", [
      "speakers: Ana Ferreira",
    ]],
    ["At the opening, Ana Ferreira delivered a speech.", [
      "speakers: At the opening",
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
  ]],
  ['A paragraph that ends "NAME said:" gives the next paragraph\'s quote its speaker (colonAtEnd).', [
    ["Ana Ferreira said:\n\n“We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said on Monday:\n\n“We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said it plainly on Monday:\n\n“We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira wrote:\n\n“We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["The plan was simple:\n\n“We are ready for the storm.”", [
      "speakers: ",
    ]],
    ["Ana Ferreira has said:\n\n“We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["The mayor said:\n\n“We are ready for the storm.”", [
      "mayor: “We are ready for the storm.”",
      "speakers: mayor",
    ]],
    ["Said:\n\n“We are ready for the storm.”", [
      "speakers: ",
    ]],
    ["Ana Ferreira said.\n\n“We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
    ["Ana Ferreira said the following:\n\n“We are ready for the storm.”", [
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Ana Ferreira",
    ]],
  ]],
  ["The same after another speaker's quote: the colon's speaker, not the last one named, has the next paragraph.", [
    ["“We will build the wall,” Tomas Berg said. Ana Ferreira then wrote:\n\n“We are ready for the storm.”", [
      "Tomas Berg: “We will build the wall,”",
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["“We will build the wall,” Tomas Berg said. Ana Ferreira has said:\n\n“We are ready for the storm.”", [
      "Tomas Berg: “We will build the wall,”",
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["“We will build the wall,” Tomas Berg said. The plan, Ana Ferreira said.\n\n“We are ready for the storm.”", [
      "Tomas Berg: “We will build the wall,”",
      "Ana Ferreira: “We are ready for the storm.”",
      "speakers: Tomas Berg | Ana Ferreira",
    ]],
    ["“We will build the wall,” Tomas Berg said. Said Ana:\n\n“We are ready for the storm.”", [
      "Tomas Berg: “We will build the wall,”",
      "Tomas Berg: “We are ready for the storm.”",
      "speakers: Tomas Berg",
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

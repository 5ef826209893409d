// The markup engine's attribution rules of attribute.ts around a quote's cue, one made-up wire
// sentence each: a name in apposition after an inverted cue ("said a neighbour, Tom Reyes"), a
// cue after or before the quote, the role or body an appositive gives its speaker (withRole,
// namesABody) and the appositive a subject carries before its cue (appositiveStart). Each table
// pairs a sentence where a rule fires with one where it must not; the expectations are the
// engine's reviewed output, every speaker (kind, role, organisation) and every span (speaker,
// confidence, words).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markUp } from '../support/markup';

/** "Name [kind] role=... org=..." per speaker, then "Name 0.9: words" per span. */
function outcome(body: string): string[] {
  const s = markUp(body);
  const name = new Map(s.speakers.map((x) => [x.id, x.name]));
  return [
    ...s.speakers.map((x) => `${x.name}${x.kind === 'person' ? '' : ` [${x.kind}]`}${x.role !== undefined ? ` role=${x.role}` : ''}${x.org ? ` org=${x.org}` : ''}`),
    ...s.spans.map((x) => `${name.get(x.speakerId)} ${x.confidence}: ${body.slice(x.start, x.end)}`),
  ];
}

const CASES: [string, string[]][] = [
  ["\"The bridge is safe,\" said a neighbour, Tom.", [
    "neighbour",
    "neighbour 0.7: \"The bridge is safe,\"",
  ]],
  ["\"The bridge is safe,\" Tomas Berg, who runs the board, said.", [
    "Tomas Berg",
    "Tomas Berg 0.9: \"The bridge is safe,\"",
  ]],
  ["\"The shaft is flooded,\" the mine's operator, Minera Andina del Sur, said.", [
    "Minera Andina del Sur",
    "Minera Andina del Sur 0.9: \"The shaft is flooded,\"",
  ]],
  ["\"The shaft is flooded,\" Tom Reyes, a petty officer stationed in Kodiak, Alaska, said.", [
    "Tom Reyes role=petty officer stationed in Kodiak",
    "Tom Reyes 0.9: \"The shaft is flooded,\"",
  ]],
  ["The Transport Ministry, in a statement, said: \"The shaft is flooded.\"", [
    "Transport Ministry [organization]",
    "Transport Ministry 0.8: \"The shaft is flooded.\"",
  ]],
  ["Pierre Dumont, 52, a dairy farmer, said: \"The shaft is flooded.\"", [
    "Pierre Dumont role=dairy farmer",
    "Pierre Dumont 0.9: \"The shaft is flooded.\"",
  ]],
  ["\"The dam will hold,\" said.", []],
  ["\"The dam will hold,\" Tomas Berg, the chief engineer of the northern water board since the spring of last year, said.", []],
  ["\"The dam will hold,\" Harbour Watch, volunteer group, said.", [
    "Harbour Watch role=volunteer group",
    "Harbour Watch 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Rep. Harbour Watch, a charity, said.", [
    "Harbour Watch role=Rep.",
    "Harbour Watch 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Tomas Berg, known as a charity, said.", [
    "Tomas Berg",
    "Tomas Berg 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Lena Ortiz, ISPA's longtime chief engineer, said.", [
    "Lena Ortiz role=ISPA's longtime chief engineer",
    "Lena Ortiz 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Lena Ortiz, ISPA’s longtime chief engineer, said.", [
    "Lena Ortiz role=ISPA’s longtime chief engineer",
    "Lena Ortiz 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Lena Ortiz, Leiden University chemistry professor, said.", []],
  ["\"The dam will hold,\" Lena Ortiz, Leiden, said.", []],
  ["\"The dam will hold,\" Lena Ortiz, sent by the board, said.", []],
  ["Ortiz, speaking at the weir, said: \"The dam will hold.\"", []],
  ["\"The dam will hold,\" Tom Reyes, a petty officer stationed in Kodiak, alaska, said.", []],
  ["\"The dam will hold,\" Tom Reyes, a petty officer from Kodiak, Alaska, said.", [
    "Tom Reyes role=petty officer from Kodiak",
    "Tom Reyes 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Tom Reyes, a petty officer at Kodiak, Alaska, said.", [
    "Tom Reyes role=petty officer at Kodiak",
    "Tom Reyes 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" the Transport Ministry, in a statement issued Monday, said.", []],
  ["\"The dam will hold,\" Haskell, 78, who served on her crew, said.", [
    "Haskell",
    "Haskell 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" another Director, Lena Ortiz of Dune Watch, said.", []],
  ["\"The dam will hold,\" Lena Ortiz, 52, of Dune Watch, said.", [
    "Lena Ortiz org=Dune Watch",
    "Lena Ortiz 0.9: \"The dam will hold,\"",
  ]],
  ["52, Lena Ortiz, said: \"The dam will hold.\"", []],
  ["Tomas Berg said \"the dam will hold\",", []],
  ["Said: \"The dam will hold.\"", []],
  ["But as Tomas Berg puts it, \"the dam will hold.\"", [
    "Tomas Berg",
    "Tomas Berg 0.9: \"the dam will hold.\"",
  ]],
  ["\"The dam will hold,\" Lumen Vale, a group (charity), said.", [
    "Lumen Vale [organization]",
    "Lumen Vale 0.9: \"The dam will hold,\"",
  ]],
  ["Tomas Berg called it \"a historic step.", []],
  ["Tomas Berg called it \"a step that will keep the river in its bed for years.\"", [
    "Tomas Berg",
    "Tomas Berg 0.8: \"a step that will keep the river in its bed for years.\"",
  ]],
  ["Tomas Berg called it \"a historic step,\" Lena Ortiz said.", [
    "Lena Ortiz",
    "Lena Ortiz 0.9: \"a historic step,\"",
  ]],
  ["Tomas Berg described the new flood barrier plan as \"a historic step.\"", [
    "Tomas Berg",
    "Tomas Berg 0.8: \"a historic step.\"",
  ]],
  ["Tomas Berg described the plan, a \"historic step.\"", []],
  ["Called it \"a historic step\" and left.", []],
  ["Tomas Berg, said: \"The dam will hold.\"", []],
  [", Minera Andina, said: \"The dam will hold.\"", []],
  ["52, 53, said: \"The dam will hold.\"", []],
  ["\"The dam will hold,\" the ministry, in a statement is, said.", []],
  ["Engineer, Lena Ortiz, said: \"The dam will hold.\"", []],
  ["Tomas Berg spoke at the weir\n\nSaid: \"The dam will hold.\"", []],
  ["Tomas Berg spoke at the weir\n\nCalled it \"a historic step\" and left.", []],
  ["\"The dam will hold,\" Haskell, 78, a retired sailor, said.", [
    "Haskell role=retired sailor",
    "Haskell 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Walt Haskell, 78, a retired sailor, said.", [
    "Walt Haskell role=retired sailor",
    "Walt Haskell 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" the old man, 78, a retired sailor, said.", []],
  ["\"The dam will hold,\" Ana deSouza, 78, a retired sailor, said.", []],
  ["Lena Ortiz, of eBay, said: \"The dam will hold.\"", []],
  ["\"The dam will hold,\" Lena Ortiz, of eBay, said.", []],
  [", a farmer, said: \"The dam will hold.\"", []],
  [", Priya Raman of Bernstein, said: \"The dam will hold.\"", []],
  ["\"The dam will hold,\" the engineer, 52, a farmer, said.", []],
  ["\"The dam will hold,\" Walt Haskell, 78, the retired sailor, said.", [
    "Walt Haskell role=the retired sailor",
    "Walt Haskell 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Tomas Berg, which surprised nobody, said.", [
    "Tomas Berg",
    "Tomas Berg 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Lumen Vale, a charity - its founder, said.", [
    "Lumen Vale role=charity - its founder",
    "Lumen Vale 0.9: \"The dam will hold,\"",
  ]],
];

/** "NAME, of [the] BODY, said": the body places the person, with the article or without; a body known already stays. */
const PLACED: [string, string[]][] = [
  ["\"The dam will hold,\" Lena Ortiz, of the Harbour Trust, said.", [
    "Lena Ortiz org=Harbour Trust",
    "Lena Ortiz 0.9: \"The dam will hold,\"",
  ]],
  ["Lena Ortiz, of the Harbour Trust, said: \"The dam will hold.\"", [
    "Lena Ortiz org=Harbour Trust",
    "Lena Ortiz 0.9: \"The dam will hold.\"",
  ]],
  ["\"The dam will hold,\" Lena Ortiz, of the harbour trust, said.", []],
  ["\"The dam will hold,\" Lena Ortiz, of the, said.", []],
  ["\"The dam will hold,\" Lena Ortiz, of Leiden, said.", [
    "Lena Ortiz org=Leiden",
    "Lena Ortiz 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Sarah Collins, of Wiltshire Police, said.", [
    "Sarah Collins org=Wiltshire Police",
    "Sarah Collins 0.9: \"The dam will hold,\"",
  ]],
  ["\"The dam will hold,\" Sarah Collins, of Wiltshire Police, said. \"It will rain,\" Sarah Collins, of Leiden, said.", [
    "Sarah Collins org=Wiltshire Police",
    "Sarah Collins 0.9: \"The dam will hold,\"",
    "Sarah Collins 0.9: \"It will rain,\"",
  ]],
];

describe('attribution around a cue: apposition, roles and bodies', () => {
  for (const [body, expected] of CASES) {
    test(body, () => assert.deepEqual(outcome(body), expected));
  }
  for (const [body, expected] of PLACED) {
    test(`placed by a body: ${body}`, () => assert.deepEqual(outcome(body), expected));
  }
});

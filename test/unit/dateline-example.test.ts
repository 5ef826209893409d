// The reference example of the spec must produce no dateline findings: `BERLIN, Sept. 27
// (Xinhua) --`, published 2023-09-28 by Xinhua, "held here on Tuesday" (Sept. 26) in paragraph two.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDateline } from '../../server/src/service/checks/dateline/check';
import { recogniseDateline } from '../../server/src/service/parser/dateline/recognise';
import { resolveHouseStyle } from '../../server/src/service/domain/styles';
import { resolveDatelineDate } from '../../server/src/service/domain/resolve';

const EXAMPLE = path.resolve(__dirname, '../../examples/berlin-security-dialogue.news');

/** Its body as in the example (front matter cut down to what the dateline checks read). */
const INLINE = `---
date: 2023-09-28
agency: Xinhua
---

BERLIN, Sept. 27 (Xinhua) -- [China is ready to work with Germany to further strengthen law enforcement and security dialogue and exchanges to enrich and consolidate the China-Germany all-round strategic partnership]{@chen}, Chen Wenqing, a member of the Political Bureau of the Communist Party of China (CPC) Central Committee, has said.

Chen, also head of the Commission for Political and Legal Affairs of the CPC Central Committee, made the remarks while addressing the opening of the 4th China-Germany high-level security dialogue held here on Tuesday.

[China has always attached great importance to and actively supported law enforcement and security cooperation between the two countries]{@chen}, Chen said, adding that [the China-Germany high-level security dialogue mechanism has contributed to safeguarding the common security interests of both countries]{@chen}.
`;

/** Body paragraphs (blank-line separated) after the front matter, with absolute offsets. */
function paragraphs(text: string): { start: number; end: number }[] {
  const close = text.indexOf('\n---\n', 4);
  let i = close < 0 ? 0 : close + 5;
  const out: { start: number; end: number }[] = [];
  while (i < text.length) {
    while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) break;
    let j = text.indexOf('\n\n', i);
    if (j < 0) j = text.length;
    let end = j;
    while (end > i && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    out.push({ start: i, end });
    i = j;
  }
  return out;
}

function check(text: string) {
  const paras = paragraphs(text);
  const dateline = recogniseDateline(text, paras[0].start, paras[0].end);
  const agency = /\nagency: (.*)\n/.exec(text)?.[1];
  const findings = checkDateline({
    text, dateline, firstParagraph: paras[0], leadParagraphs: paras.slice(0, 3),
    publication: { year: 2023, month: 9, day: 28 }, agency, style: resolveHouseStyle('auto', agency),
  });
  return { dateline, findings, agency };
}

describe('the reference example', () => {
  test('inline copy: dateline recognised, no findings', () => {
    const { dateline, findings } = check(INLINE);
    assert.equal(dateline?.place?.text, 'BERLIN');
    assert.equal(dateline?.date?.text, 'Sept. 27');
    assert.equal(dateline?.agency?.text, 'Xinhua');
    assert.equal(dateline?.separator?.text, '--');
    assert.equal(INLINE.slice(dateline!.bodyStart, dateline!.bodyStart + 6), '[China');
    assert.deepEqual(resolveDatelineDate(dateline!.date!, { year: 2023, month: 9, day: 28 }), { year: 2023, month: 9, day: 27, valid: true, yearSource: 'publication' });
    assert.deepEqual(findings, []);
  });

  test('the example file itself', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const { dateline, findings, agency } = check(text);
    assert.equal(agency, 'Xinhua');
    assert.equal(dateline?.place?.text, 'BERLIN');
    assert.deepEqual(findings, []);
  });
});

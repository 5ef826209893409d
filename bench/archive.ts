// The generated archive the benchmarks share (issue 11): small articles with varied speakers (200
// of them, a fifth anonymous), three quotes each and two years of dates, so that `newsmark report`
// and the server's workspace index are measured on the same kind of newsroom archive.

export const SPEAKERS = 200;
const KINDS = ['person', 'person', 'organization', 'group', 'anonymous'];
const QUOTES = ['["We will rebuild,"]', '[a plan that is "fair" to all]', '[the plan was fair]'];

/** Article `i` of the archive; `extraParagraphs` more quoting paragraphs make it longer (about 170 bytes each). */
export function archiveArticle(i: number, extraParagraphs = 0): string {
  const ids = [i % SPEAKERS, (i * 7 + 3) % SPEAKERS, (i * 13 + 5) % SPEAKERS];
  const date = new Date(Date.UTC(2023, 0, 1) + (i % 730) * 86400000).toISOString().slice(0, 10);
  const speakers = [...new Set(ids)].flatMap((n) => {
    const kind = KINDS[n % KINDS.length];
    return [`  s${n}:`, `    name: Speaker ${n}`, `    kind: ${kind}`, ...(kind === 'anonymous' ? ['    reason: not authorised'] : []), `    org: Org ${n % 17}`];
  });
  const body = ids.map((n, k) => `Someone said ${QUOTES[(i + k) % 3]}{@s${n}}.`);
  for (let k = 0; k < extraParagraphs; k++) {
    const n = ids[k % ids.length];
    body.push(`The council met again on day ${k + 1} of the talks, and the committee heard from residents of the northern districts. One of them said ${QUOTES[(i + k) % 3]}{@s${n}}.`);
  }
  return ['---', `headline: Article ${i}`, `date: ${date}`, 'speakers:', ...speakers, '---', '', `NORBRIDGE -- Story ${i}.`, '', body.join('\n\n'), ''].join('\n');
}

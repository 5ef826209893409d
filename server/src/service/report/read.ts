// Reading a summary back (`newsmark report --merge a.json b.json`): a file from another version,
// another program or a half-written shard must be refused with a message that says which and why,
// never merged into figures that look right. Only the shape of REPORT_VERSION is accepted.

import { QUOTE_KINDS, REPORT_FORMAT, REPORT_SPEAKER_KINDS, REPORT_VERSION, type ReportSummary } from './summary';

/** The summary cannot be read; the message names what is wrong (the caller adds the file's name). */
export class SummaryError extends Error {}

/** The JSON text of a summary, checked; throws SummaryError. */
export function readSummary(text: string): ReportSummary {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new SummaryError(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObject(value) || value.format !== REPORT_FORMAT) {
    throw new SummaryError(`not a NewsMark report summary (no "format": "${REPORT_FORMAT}"; write one with \`newsmark report --format json\`)`);
  }
  if (value.version !== REPORT_VERSION) {
    throw new SummaryError(`a summary of version ${JSON.stringify(value.version)}, but this newsmark reads version ${REPORT_VERSION} only: compute every shard with the same newsmark`);
  }
  const at = new Checker();
  for (const key of ['articles', 'articlesWithAnonymous', 'undatedArticles'] as const) at.count(value[key], key);
  at.kinds(value.quotes, 'quotes');
  const speakerKinds = at.object(value.speakerKinds, 'speakerKinds');
  for (const kind of REPORT_SPEAKER_KINDS) at.kinds(speakerKinds[kind], `speakerKinds.${kind}`);
  at.list(value.speakers, 'speakers', 'id', (s, where) => {
    at.kinds(s.quotes, `${where}.quotes`);
    at.count(s.articles, `${where}.articles`);
    at.list(s.variants, `${where}.variants`, 'name', (v, w) => {
      if (!(REPORT_SPEAKER_KINDS as readonly unknown[]).includes(v.kind)) at.fail(`${w}.kind`, `one of ${REPORT_SPEAKER_KINDS.join(', ')}`);
      if (v.org !== null && typeof v.org !== 'string') at.fail(`${w}.org`, 'a string or null');
      at.count(v.articles, `${w}.articles`);
    });
  });
  at.list(value.organisations, 'organisations', 'name', (o, where) => at.kinds(o.quotes, `${where}.quotes`));
  at.list(value.days, 'days', 'date', (d, where) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(d.date as string)) at.fail(`${where}.date`, 'a date YYYY-MM-DD');
    at.count(d.articles, `${where}.articles`);
    at.kinds(d.quotes, `${where}.quotes`);
  });
  return value as unknown as ReportSummary;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  fail(where: string, expected: string): never {
    throw new SummaryError(`"${where}" should be ${expected}`);
  }

  count(value: unknown, where: string): void {
    if (!Number.isSafeInteger(value) || (value as number) < 0) this.fail(where, 'a whole number, 0 or more');
  }

  object(value: unknown, where: string): Json {
    if (!isObject(value)) this.fail(where, 'an object');
    return value;
  }

  kinds(value: unknown, where: string): void {
    const counts = this.object(value, where);
    for (const kind of QUOTE_KINDS) this.count(counts[kind], `${where}.${kind}`);
  }

  /** A list of objects with a string key (in any order, repeats allowed: merging adds them up). */
  list(value: unknown, where: string, key: string, each: (item: Json, where: string) => void): void {
    if (!Array.isArray(value)) this.fail(where, 'a list');
    for (const [i, item] of value.entries()) {
      const at = `${where}[${i}]`;
      const object = this.object(item, at);
      if (typeof object[key] !== 'string') this.fail(`${at}.${key}`, 'a string');
      each(object, at);
    }
  }
}

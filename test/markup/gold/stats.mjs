// Why: the README's statistics table must describe the gold set as it is, not as it was when
// the README was written; this prints it from the articles themselves (via `export --format
// json`), so that anyone who changes an article can regenerate the table.
//
// Usage (from the repository root, after a build): node test/markup/gold/stats.mjs [DIR]
// (DIR: another set marked the same way, such as test/markup/heldout/; default the gold)
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldArticles, exportJson } from './make-plain.mjs';

const folderArgument = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const goldDir = folderArgument ? resolve(folderArgument) : dirname(fileURLToPath(import.meta.url));
const quoteKinds = ['direct', 'partial', 'indirect'];
const speakerKinds = ['person', 'organization', 'group', 'anonymous'];

const countWords = (text) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const zeroCounts = (keys) => Object.fromEntries(keys.map((key) => [key, 0]));

const rows = [];
const totals = { words: 0, nested: 0, spans: zeroCounts(quoteKinds), speakers: zeroCounts(speakerKinds) };
for (const name of goldArticles(goldDir)) {
  const article = exportJson(join(goldDir, name));
  const spans = zeroCounts(quoteKinds);
  for (const quote of article.quotes) spans[quote.kind]++;
  const nested = article.quotes.filter((quote) => quote.depth > 0).length;
  const speakers = zeroCounts(speakerKinds);
  for (const speaker of article.speakers) speakers[speaker.kind]++;
  const words = countWords(article.text);
  rows.push({ name: name.replace(/\.news$/, ''), agency: article.agency ?? '', words, spans, nested, speakers });
  totals.words += words;
  totals.nested += nested;
  for (const kind of quoteKinds) totals.spans[kind] += spans[kind];
  for (const kind of speakerKinds) totals.speakers[kind] += speakers[kind];
}

const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['article', 'agency', 'words', 'direct', 'partial', 'indirect', 'nested', 'person', 'org.', 'group', 'anon.']));
console.log(line(Array(11).fill('---')));
for (const row of rows) {
  console.log(line([row.name, row.agency, row.words, ...quoteKinds.map((k) => row.spans[k]), row.nested,
    ...speakerKinds.map((k) => row.speakers[k])]));
}
console.log(line([`**${rows.length} articles**`, '', `**${totals.words}**`, ...quoteKinds.map((k) => `**${totals.spans[k]}**`),
  `**${totals.nested}**`, ...speakerKinds.map((k) => `**${totals.speakers[k]}**`)]));
console.log(`\nSpans: ${sum(totals.spans)} (${totals.nested} of them nested inside another span). ` +
  `Speakers: ${sum(totals.speakers)}. Words per article: ${Math.min(...rows.map((r) => r.words))} to ` +
  `${Math.max(...rows.map((r) => r.words))}, mean ${Math.round(totals.words / rows.length)}.`);

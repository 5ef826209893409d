// Why: the markup evaluation needs each gold article's plain body exactly as NewsMark publishes
// it, so the .txt files are generated from the gold with the project's own `export --format
// text` rather than typed by hand (a hand copy would drift from the gold by a space or a quote).
// Each .txt gets the header of ../shared/examples/seed-xinhua-berlin.txt (" date YYYY-MM-DD
// Headline", a blank line, the date written out, a blank line) and then the exported body,
// byte for byte.
//
// Usage (from the repository root, after `npm run build` or `npm ci`):
//   node test/markup/gold/make-plain.mjs            write every NN-*.txt beside its NN-*.news
//   node test/markup/gold/make-plain.mjs --check    write nothing; exit 1 if a .txt is stale
//   node test/markup/gold/make-plain.mjs [--check] DIR   the same for another set marked the same
//                                                        way (test/markup/heldout/)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const goldDir = dirname(fileURLToPath(import.meta.url));
const cli = resolve(goldDir, '../../../dist/cli.js');
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** The gold articles, in their numbered order. */
export function goldArticles(dir = goldDir) {
  return readdirSync(dir).filter((name) => /^\d\d-[a-z0-9-]+\.news$/.test(name)).sort();
}

/** The article as `export --format json` sees it: headline, date, speakers, quotes, text. */
export function exportJson(newsFile) {
  return JSON.parse(execFileSync(process.execPath, [cli, 'export', '--format', 'json', '--strict', newsFile],
    { encoding: 'utf8' }));
}

/** " date 2023-09-28 Headline\n\nSeptember 28, 2023\n\n", as the seed file opens. */
function seedHeader(headline, isoDate) {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return ` date ${isoDate.slice(0, 10)} ${headline}\n\n${monthNames[month - 1]} ${day}, ${year}\n\n`;
}

function plainText(newsFile) {
  const body = execFileSync(process.execPath, [cli, 'export', '--format', 'text', '--strict', newsFile],
    { encoding: 'utf8' });
  const { headline, date } = exportJson(newsFile);
  return seedHeader(headline, date) + body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const checkOnly = process.argv.includes('--check');
  const folderArgument = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const articleDir = folderArgument ? resolve(folderArgument) : goldDir;
  let stale = 0;
  for (const name of goldArticles(articleDir)) {
    const newsFile = join(articleDir, name);
    const txtFile = newsFile.replace(/\.news$/, '.txt');
    const text = plainText(newsFile);
    if (checkOnly) {
      if (!existsSync(txtFile) || readFileSync(txtFile, 'utf8') !== text) {
        console.error(`stale: ${name.replace(/\.news$/, '.txt')}`);
        stale++;
      }
    } else {
      writeFileSync(txtFile, text);
    }
  }
  if (stale > 0) process.exit(1);
  if (!checkOnly) console.log(`wrote ${goldArticles(articleDir).length} plain articles`);
}

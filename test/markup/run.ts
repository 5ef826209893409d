// `npm run eval:markup`: the evaluation of issue 10. Every gold article's plain body goes to the
// baseline and, once it is built, to the engine; their spans and speakers are compared with the
// gold (match.ts, speakerNames.ts), the tables are printed and written into docs/markup.md
// between its markers (not under CI=true or with --no-write: CI never rewrites tracked files).
// It exits non-zero only when something crashes: figures below target are the floor test's
// business (eval.test.ts), not this script's.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baselineMarkup } from './baseline';
import { judgedSpans, thresholdRows, thresholdTable } from './confidence';
import { engineMarkup } from './engine';
import { evaluate, type SystemResult } from './evaluate';
import { loadGold, type GoldArticle } from './gold';
import { textacyGivesUp, textacyRulesMarkup } from './textacyRules';
import { evaluationBlock, figuresOf, kindTable, speakerLine, summaryTable, withEvaluationBlock, type Figures } from './report';

const ROOT = path.resolve(__dirname, '../..');
const PAGE = path.join(ROOT, 'docs/markup.md');

const SYSTEM_TITLES: Record<string, string> = {
  baseline: 'baseline: text in quotation marks, attributed to the nearest name (test/markup/baseline.ts)',
  'textacy rules': "textacy rules: textacy's `direct_quotations` rules over the same tagger (test/markup/textacyRules.ts)",
  newsmark: 'newsmark: `suggestMarkup` (server/src/service/markup/)',
};

async function main(): Promise<void> {
  const t0 = performance.now();
  const articles = loadGold();
  const results = evaluateAll(articles);

  const figures: Record<string, Figures> = {};
  const sections: string[] = [];
  for (const [name, r] of Object.entries(results)) {
    figures[name] = figuresOf(r);
    const note = name === 'textacy rules' ? `\n\n${givesUpLine(articles)}` : '';
    sections.push(`#### ${SYSTEM_TITLES[name]}\n\n${kindTable(r)}\n\n${speakerLine(r)}${note}`);
    console.log(`\n${SYSTEM_TITLES[name]}: ${r.ms.toFixed(0)} ms for ${r.articles} articles\n\n${kindTable(r)}\n\n${speakerLine(r)}${note}`);
  }
  const summary = summaryTable(figures);
  console.log(`\n${summary}`);
  const confidence = `#### Confidence and correctness (newsmark; the review threshold's evidence)\n\n${thresholdTable(thresholdRows(judgedSpans(engineMarkup, articles)))}`;
  console.log(`\n${confidence}`);

  const date = new Date().toISOString().slice(0, 10);
  const commit = commitLabel();
  const body = [
    `Run on ${date} at commit ${commit}: ${goldLine(articles)}.`,
    summary,
    ...sections,
    confidence,
  ].join('\n\n');
  const block = evaluationBlock({ date, commit, systems: figures }, body);
  // --dev-only: the development set alone, for work on the engine's rules; the held-out set is
  // looked at only to measure, never while tuning (its figures would become a target).
  const devOnly = process.argv.includes('--dev-only');
  const heldout = devOnly ? undefined : heldOutBlock(date, commit);
  if (process.env.CI === 'true' || process.argv.includes('--no-write') || devOnly) {
    console.log('\neval:markup: docs/markup.md not written (CI or --no-write)');
  } else {
    let page = existsSync(PAGE) ? readFileSync(PAGE, 'utf8') : '# Marking up plain articles\n';
    page = withEvaluationBlock(page, block);
    if (heldout) page = withEvaluationBlock(page, heldout, 'heldout');
    writeFileSync(PAGE, page);
    console.log(`\neval:markup: wrote the tables into ${path.relative(ROOT, PAGE)}`);
  }
  console.log(`eval:markup: ${articles.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * The same measures on the held-out set (test/markup/heldout/): articles written after the engine,
 * by someone who never saw its output, and never used to tune it. Its figures are the honest
 * estimate of how the engine does on copy it has not seen; the gold set's are optimistic.
 */
function heldOutBlock(date: string, commit: string): string | undefined {
  const articles = loadGold(undefined, 'heldout');
  if (!articles.length) return undefined;
  const results = evaluateAll(articles);
  const figures: Record<string, Figures> = {};
  for (const [name, r] of Object.entries(results)) figures[name] = figuresOf(r);
  const summary = summaryTable(figures);
  console.log(`\nheld-out set (${articles.length} articles):\n\n${summary}\n\n${kindTable(results.newsmark)}`);
  const body = [`Run on ${date} at commit ${commit}: ${goldLine(articles).replace('gold articles', 'held-out articles')}.`, summary, kindTable(results.newsmark), speakerLine(results.newsmark)].join('\n\n');
  return evaluationBlock({ date, commit, systems: figures }, body, 'heldout');
}

/** Every system on `articles`: the baseline, textacy's rules, and the engine (last, as the tables read). */
function evaluateAll(articles: GoldArticle[]): Record<string, SystemResult> {
  return { baseline: evaluate(baselineMarkup, articles), 'textacy rules': evaluate(textacyRulesMarkup, articles), newsmark: evaluate(engineMarkup, articles) };
}

function givesUpLine(articles: GoldArticle[]): string {
  const n = articles.filter((a) => textacyGivesUp(a.input.body)).length;
  return `textacy's rules give up on ${n} of the ${articles.length} articles: an odd number of quotation marks (a quote continued into the next paragraph, as wire style writes it) stops the whole article.`;
}

function goldLine(articles: GoldArticle[]): string {
  const spans = articles.flatMap((a) => a.gold.spans);
  const ofKind = (k: string) => spans.filter((s) => s.kind === k).length;
  const nested = articles.reduce((n, a) => n + a.gold.spans.filter((s) => a.gold.spans.some((t) => t !== s && t.start <= s.start && s.end <= t.end)).length, 0);
  const speakers = articles.reduce((n, a) => n + a.gold.speakers.filter((s) => a.gold.spans.some((x) => x.speakerId === s.id)).length, 0);
  return `${articles.length} gold articles, ${spans.length} gold spans (${ofKind('direct')} direct, ${ofKind('partial')} partial, ${ofKind('indirect')} indirect; ${nested} nested), ${speakers} quoted speakers`;
}

/** The commit the figures belong to; "+changes" when the work tree differs from it (the page itself aside). */
function commitLabel(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const changes = execFileSync('git', ['status', '--porcelain', '--', '.', ':!docs/markup.md'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return changes ? `${head}+changes` : head;
  } catch {
    return 'unknown (no git)';
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

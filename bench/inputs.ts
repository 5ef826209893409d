// The texts the benchmarks read: the reference example's paragraphs repeated to a size (50
// speakers declared, no problems, as in issue 9), and adversarial inputs of the same size that
// stress one construct each.
import { largeArticle } from './largeArticle';

/** The large article cut to about `bytes` (whole paragraphs). */
export function articleOfSize(bytes: number): string {
  const perParagraph = (largeArticle(400).length - largeArticle(200).length) / 200;
  return largeArticle(Math.max(2, Math.round((bytes - largeArticle(2).length) / perParagraph) + 2));
}

/**
 * The same article with every paragraph made distinct (a number added to each), so that no
 * paragraph is found in the parser's or the checks' caches: what a real article of that size costs.
 */
export function distinctArticleOfSize(bytes: number): string {
  let k = 0;
  // Not the first paragraph: it holds the dateline.
  return articleOfSize(bytes).replace(/\n\n(?=[^\n#])/g, (breaks) => (k++ === 0 ? breaks : `\n\n${k} `));
}

/** Inputs of about `bytes` that each repeat one hard case many thousand times. */
export function adversarialInputs(bytes: number): Record<string, string> {
  const head = '---\nheadline: H\ndate: 2023-09-28\nspeakers:\n  chen: Chen Wenqing\n---\n\nBERLIN, Sept. 27 (Xinhua) -- Words.\n\n';
  const fill = (unit: string) => head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));
  return {
    'unclosed [': fill('Chen Wenqing said [we are ready and '),
    'unclosed {@': fill('said [words]{@chen and '),
    'quotation marks': fill('"a “b ‘c « d „ e '),
    '--- lines': fill('---\n'),
    'one 1 MB line': head + 'Chen Wenqing said [we are ready]{@chen} and more words. '.repeat(Math.ceil(bytes / 56)),
  };
}

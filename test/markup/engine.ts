// The engine under evaluation, `suggestMarkup` of server/src/service/markup/ (issue 10), loaded
// only when it has been built: the harness and the floor test run before it exists (the baseline
// alone, and the reason said) and pick it up without a change once it is there. The import is by
// a path computed at run time, so that it stays out of knip's import graph: the service's face
// must not look used because the evaluation probes it.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkupSystem, PlainArticle, MarkupSuggestion } from './suggestion';

const ROOT = path.resolve(__dirname, '../..');
const ENGINE = 'server/src/service/markup/index.ts';

type SuggestMarkup = (input: PlainArticle) => MarkupSuggestion;

/** The engine as a system, or why there is none. */
export async function loadEngine(): Promise<{ system: MarkupSystem } | { missing: string }> {
  if (!existsSync(path.join(ROOT, ENGINE))) return { missing: `not built (no ${ENGINE})` };
  const face = await import(pathToFileURL(path.join(ROOT, 'server/src/service/index.ts')).href) as { suggestMarkup?: SuggestMarkup };
  const own = face.suggestMarkup ? undefined : await import(pathToFileURL(path.join(ROOT, ENGINE)).href) as { suggestMarkup?: SuggestMarkup };
  const suggestMarkup = face.suggestMarkup ?? own?.suggestMarkup;
  if (typeof suggestMarkup !== 'function') return { missing: `${ENGINE} exports no suggestMarkup yet` };
  return { system: (input) => suggestMarkup(input) };
}

// The command line reads an article's sources (front matter `sources`, issue 14) before checking
// or exporting it, as the language server does, and hands them to the service with the options.
// The workspace of the command line is the current folder (or, for an article outside it, the
// article's folder): a source outside it is reported, not read.

import path from 'node:path';
import type { ArticleDocument, ILanguageService, ServiceOptions } from '../service';
import { readSourceSync } from '../workspace/sourceFiles';

export function withSources(service: ILanguageService, document: ArticleDocument, options: ServiceOptions, articleFile: string, cwd = process.cwd()): ServiceOptions {
  const cited = service.parse(document, options).frontMatter?.sources ?? [];
  if (!cited.length) return options;
  const rel = path.relative(cwd, articleFile);
  const roots = rel.startsWith('..') || path.isAbsolute(rel) ? [path.dirname(articleFile)] : [cwd];
  const paths = [...new Set(cited.map((c) => c.path.text))];
  return { ...options, sources: paths.map((written) => readSourceSync(articleFile, written, roots)) };
}

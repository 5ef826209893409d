// The sources an example cites (front matter `sources`), read from disk as the command line reads
// them, for the tests that check examples through the service (golden, planted bugs).
import type { ServiceOptions } from '../../server/src/service';
import { readSourceSync } from '../../server/src/workspace/sourceFiles';
import { doc, ROOT } from './documents';
import { testService } from './service';

/**
 * `{ sources }` for the article `file` (absolute) with `text`, the repository being the workspace.
 * The paths in the problems are written from the repository (`<repo>/examples/...`), so that
 * expectations hold on every machine; `portable` false keeps them as the command line writes them.
 */
export function sourcesOption(file: string, text: string, portable = true): Partial<ServiceOptions> {
  const cited = testService().parse(doc(text)).frontMatter?.sources ?? [];
  const read = (written: string) => {
    const found = readSourceSync(file, written, [ROOT]);
    return found.problem && portable ? { ...found, problem: found.problem.split(ROOT).join('<repo>') } : found;
  };
  return cited.length ? { sources: [...new Set(cited.map((c) => c.path.text))].map(read) } : {};
}

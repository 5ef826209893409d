// Inline switches, as in every linter:
//   <!-- newsmark-disable-next-line CODE [CODE ...] -->   the line after the comment
//   <!-- newsmark-disable CODE -->  ...  <!-- newsmark-enable CODE -->   a region (no code: all)
// Regions are kept per code as sorted line intervals, so each finding is looked up quickly.

import type { ParsedArticle } from '../syntax';
import type { Finding } from './finding';

const ALL = '*';

export interface Suppressions {
  isSuppressed(finding: Finding): boolean;
}

export function readSuppressions(article: ParsedArticle): Suppressions {
  const { text, lines } = article;
  const nextLine = new Map<number, Set<string>>(); // line -> codes
  const regions: { code: string; from: number; to: number }[] = [];
  const open = new Map<string, number>(); // code -> start line
  // Codes switched on again inside a region that switched every code off (`newsmark-disable`,
  // then `newsmark-enable quote-cue-verb`): holes in that region, until it ends.
  const holes: { code: string; from: number; to: number }[] = [];
  const openHoles = new Map<string, number>();
  for (const c of article.comments) {
    const body = text.slice(c.body.start, c.body.end).trim();
    const words = body.split(/\s+/);
    const directive = words[0];
    if (!directive?.startsWith('newsmark-')) continue;
    // Codes are separated by spaces, commas or both, as ESLint's are ("a,b", "a, b", "a b"):
    // "a,b" once named no code, so the switch silently switched nothing off.
    const codes = words.slice(1).flatMap((w) => w.split(',')).filter((w) => w && w !== '--');
    const list = codes.length ? codes : [ALL];
    const endLine = lines.lineOf(c.end);
    if (directive === 'newsmark-disable-next-line') {
      const set = nextLine.get(endLine + 1) ?? new Set<string>();
      list.forEach((code) => set.add(code));
      nextLine.set(endLine + 1, set);
    } else if (directive === 'newsmark-disable') {
      for (const code of list) if (!open.has(code)) open.set(code, lines.lineOf(c.start));
    } else if (directive === 'newsmark-enable') {
      const closing = codes.length ? codes : [...open.keys()];
      for (const code of closing) {
        const from = open.get(code);
        if (from === undefined) {
          if (code !== ALL && open.has(ALL) && !openHoles.has(code)) openHoles.set(code, endLine + 1);
          continue;
        }
        regions.push({ code, from, to: endLine });
        open.delete(code);
        if (code === ALL) closeHoles(endLine);
      }
    }
  }
  for (const [code, from] of open) regions.push({ code, from, to: Number.MAX_SAFE_INTEGER });
  closeHoles(Number.MAX_SAFE_INTEGER);

  function closeHoles(to: number) {
    for (const [code, from] of openHoles) holes.push({ code, from, to });
    openHoles.clear();
  }

  return {
    isSuppressed(f: Finding) {
      const line = lines.lineOf(f.start);
      const codes = nextLine.get(line);
      if (codes && (codes.has(ALL) || codes.has(f.code))) return true;
      const covers = (r: { from: number; to: number }) => line >= r.from && line <= r.to;
      if (regions.some((r) => r.code === f.code && covers(r))) return true;
      return regions.some((r) => r.code === ALL && covers(r)) && !holes.some((h) => h.code === f.code && covers(h));
    },
  };
}

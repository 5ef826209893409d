// A finding moved by a number of characters: its range, its fixes' edits and its related spans.
// The paragraph-local findings are cached relative to their paragraph and moved into place.

import type { Finding } from '../diagnostics/finding';

export function moveFinding(f: Finding, d: number): Finding {
  if (d === 0) return f;
  return {
    ...f,
    start: f.start + d,
    end: f.end + d,
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) })),
    related: f.related?.map((r) => ({ ...r, start: r.start + d, end: r.end + d })),
  };
}

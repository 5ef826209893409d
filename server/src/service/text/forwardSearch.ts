// `indexOf` that stops where its answer stops mattering. The block split and the line index look
// for the next `\r` or `<!--` only to compare it with the end of the line they read; a plain
// indexOf that finds none reads on to the end of the text, so a keystroke that split two lines of
// a 10 MB article without CRs or comments read all the megabytes after them (issue 9). This reads
// the text in chunks up to the limit asked, and keeps what it learnt (the next occurrence, or none
// before some offset) for the next call: the offsets asked must not decrease.

const CHUNK = 1 << 12;

export class ForwardSearch {
  /** The next occurrence found (valid while at or after the offsets asked), or -1. */
  private found = -1;
  /** No occurrence starts in [the last offset asked, clearTo). */
  private clearTo = 0;

  constructor(private readonly text: string, private readonly needle: string) {}

  /** The first occurrence at or after `from`, if it starts before `limit`; else -1. */
  before(from: number, limit: number): number {
    if (this.found >= from) return this.found < limit ? this.found : -1;
    this.found = -1;
    const text = this.text;
    let pos = Math.max(from, this.clearTo);
    while (pos < limit && pos < text.length) {
      const end = Math.min(text.length, pos + CHUNK);
      // The chunk reaches past its end by the needle's length less one: an occurrence may start in it.
      const i = text.slice(pos, Math.min(text.length, end + this.needle.length - 1)).indexOf(this.needle);
      if (i >= 0) {
        this.found = pos + i;
        return this.found < limit ? this.found : -1;
      }
      pos = end;
    }
    this.clearTo = pos;
    return -1;
  }
}

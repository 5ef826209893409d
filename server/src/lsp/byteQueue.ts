// A queue of bytes read from a stream, for the message reader (framing.ts): appended at the end,
// consumed at the front, searched in place. One buffer that doubles when full, so that a 50 MB
// message arriving in 64 KB chunks is copied a few times, not once per chunk.

const INITIAL_BYTES = 64 * 1024;

export class ByteQueue {
  private buffer = Buffer.alloc(INITIAL_BYTES);
  private start = 0;
  private end = 0;

  get length(): number {
    return this.end - this.start;
  }

  push(chunk: Buffer): void {
    if (this.end + chunk.length > this.buffer.length) {
      const needed = this.length + chunk.length;
      // Room enough once the consumed front is dropped: move the bytes down; else grow.
      const target = needed <= this.buffer.length / 2 ? this.buffer : Buffer.alloc(Math.max(this.buffer.length * 2, needed * 2));
      this.buffer.copy(target, 0, this.start, this.end);
      this.buffer = target;
      this.end = this.length;
      this.start = 0;
    }
    chunk.copy(this.buffer, this.end);
    this.end += chunk.length;
  }

  /** The byte at `i` (from the front). */
  at(i: number): number {
    return this.buffer[this.start + i];
  }

  /** Where `needle` lies wholly inside [from, to) (from the front), or -1. */
  indexOf(needle: Buffer, from: number, to: number): number {
    const window = this.buffer.subarray(this.start + from, this.start + Math.min(to, this.length));
    const i = window.indexOf(needle);
    return i < 0 ? -1 : from + i;
  }

  /** The first `n` bytes as ASCII (a header block), left in the queue. */
  peek(n: number): string {
    return this.buffer.toString('latin1', this.start, this.start + n);
  }

  /** Removes the first `n` bytes and returns them as UTF-8. */
  take(n: number): string {
    const text = this.buffer.toString('utf8', this.start, this.start + n);
    this.drop(n);
    return text;
  }

  drop(n: number): void {
    this.start += n;
    if (this.start !== this.end) return;
    this.start = this.end = 0;
    // Empty after a huge message: give its memory back.
    if (this.buffer.length > INITIAL_BYTES * 16) this.buffer = Buffer.alloc(INITIAL_BYTES);
  }
}

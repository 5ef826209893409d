// Words the client writes itself (status bar, Speakers view, the Quote Report page). The client
// cannot import the language service's labels (it is bundled apart, and the page runs in a
// browser), so its one `plural` lives here, shared by all three.

/** "1 quote", "2 quotes". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

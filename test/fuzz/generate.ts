// The fuzzer's documents and edits. Documents are drawn from five families, from valid articles to
// noise: well-formed articles built from parts (front matter, dateline, quotes, nesting, comments,
// headings), the project's examples mutated, a soup of the grammar's pieces, an example's body
// repeated into a large document, and random characters. Edits are what an editor sends: typing
// character by character, pasting, deleting, new lines, several changes in one notification, and
// now and then the whole text replaced. Edits are kept as offsets so that a failing case can be
// replayed and shrunk; they become LSP ranges only when sent.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Random } from './random';

const ROOT = path.resolve(__dirname, '../..');

const EXAMPLES: readonly string[] = readdirSync(path.join(ROOT, 'examples'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.news'))
  .sort()
  .map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

/** Pieces of the grammar and of its corners: markup, quotation marks, line ends, invisible characters. */
const PIECES = [
  '[', ']', '{', '}', '{@', ']{@chen}', ']{@x', ']{@', '@', '@chen', '\\', '\\[', '\\]', '"', "'", '“', '”', '‘', '’', '«', '»', '„',
  '<!--', '-->', '<!-- newsmark-disable-next-line -->', '<!-- newsmark-review: check -->', '\n', '\r\n', '\r', '\n\n', '---', '---\n', '...', '# ', '## ', '### ',
  ':', ': ', ',', ' #', '# x', '-- ', ' — ', ' – ', ' - ', '(Xinhua)', '(AP)', '(Reuters)', '(UPI)', '(XINHUA)',
  'BERLIN, ', 'KANSAS CITY, Mo. ', 'Sept. 27 ', 'Sep ', 'Feb. 30', 'Jan 27', 'March 3', 'Chen', 'Chen Wenqing', 'Schmidt',
  'said', 'claimed', 'conceded', ' said ', 'on Tuesday', 'last Friday', '\uFEFF', '\u200B', '\u2028', '\u0000', '😀', 'é', 'e\u0301', '\t', '  ',
  'speakers:\n', '  a:\n', '    name: Ann Lee\n', '    aliases: [Lee]\n', 'date: 2023-09-28\n', 'agency: AP\n', 'headline: "H"\n', '[[', ']]', '{{', '}}',
];

const FIRST = ['Ann', 'Otto', 'Chen', 'Maria', 'José', 'Li', 'Wanjiru', 'Ólafur', 'Zoë'];
const LAST = ['Lee', 'Berg', 'Wenqing', 'Lind', 'García', 'Ng', 'Kamau', 'Schmidt', "O'Neill"];
const PLACES = ['BERLIN', 'KANSAS CITY, Mo.', 'HOUSTON', 'Hamburg', 'NAIROBI', 'BEIJING, China', 'PORTLAND, Ore.', 'CAIRO ', 'HORIZON CITY, Texas'];
const DATES = ['Sept. 27', 'Jan 27', 'Feb. 30', 'March 3', 'Mar. 14', 'Oct. 1', 'Sep 9', '30 April 2009', ''];
const AGENCIES = ['Xinhua', 'AP', 'Reuters', 'UPI', 'XINHUA', 'dpa', ''];
const SEPARATORS = [' -- ', ' — ', ' - ', ' – ', ' ', ': '];
const WORDS = ['the', 'council', 'said', 'vote', 'harbour', 'plan', 'on', 'Tuesday', 'security', 'will', 'not', 'be', 'delayed', 'claimed', 'added', 'we', 'are', 'ready', 'conceded', 'in', 'a', 'statement'];

/** An edit in offsets of the text it applies to: delete `del` characters at `at`, insert `insert`. */
export interface OffsetEdit {
  at: number;
  del: number;
  insert: string;
}

/** One `didChange`: its changes in order, or `full` for a change without a range (the whole text). */
export type Change = { full: string } | { edits: OffsetEdit[] };

export interface FuzzCase {
  /** Which family made it, for the figures. */
  family: string;
  text: string;
  changes: Change[];
}

function applyOffsetEdit(text: string, e: OffsetEdit): string {
  const at = Math.min(e.at, text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}

export function applyChange(text: string, change: Change): string {
  return 'full' in change ? change.full : change.edits.reduce(applyOffsetEdit, text);
}

const words = (r: Random, min: number, max: number) => Array.from({ length: r.between(min, max) }, () => r.pick(WORDS)).join(' ');
const piece = (r: Random) => (r.chance(0.8) ? r.pick(PIECES) : randomString(r, r.between(1, 6)));

function randomString(r: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const kind = r.below(4);
    const code = kind === 0 ? r.between(0, 0x7f) : kind === 1 ? r.between(0x80, 0x2fff) : kind === 2 ? r.between(0xd800, 0xdfff) : r.between(0x20, 0x7e);
    s += String.fromCharCode(code);
  }
  return s;
}

/** A well-formed article (or nearly: a choice now and then breaks it) built from parts. */
function builtArticle(r: Random): string {
  const speakers = Array.from({ length: r.between(0, 4) }, (_, i) => ({ id: r.chance(0.9) ? `s${i}` : r.pick(['1x', 'a b', '@', 'chen']), first: r.pick(FIRST), last: r.pick(LAST), anonymous: r.chance(0.1) }));
  const front = [
    '---',
    `headline: ${r.chance(0.8) ? `"${words(r, 2, 8)}"` : r.pick(['', '[', '"unclosed', 'a: b: c'])}`,
    `date: ${r.pick(['2023-09-28', '2023-02-30', 'yesterday', '2009-04-30', ''])}`,
    ...(r.chance(0.7) ? [`agency: ${r.pick(AGENCIES)}`] : []),
    ...(r.chance(0.1) ? [`${r.pick(['slug', 'unknown', 'style'])}: ${words(r, 1, 3)}`] : []),
    ...(speakers.length ? ['speakers:'] : []),
    ...speakers.flatMap((s) => [
      `  ${s.id}:`,
      s.anonymous ? '    anonymous: true' : `    name: ${s.first} ${s.last}`,
      ...(r.chance(0.5) ? [`    aliases: [${s.last}]`] : []),
      ...(r.chance(0.3) ? [`    role: ${words(r, 1, 5)}`] : []),
    ]),
    r.chance(0.95) ? '---' : '',
  ];
  const quote = (depth: number): string => {
    const s = speakers.length && r.chance(0.9) ? r.pick(speakers).id : r.pick(['nobody', '', 'x y']);
    const inner = depth < 3 && r.chance(0.15) ? `${words(r, 1, 4)} ${quote(depth + 1)} ${words(r, 0, 3)}` : words(r, 0, 12);
    return r.chance(0.95) ? `[${inner}]{@${s}}` : `[${inner}`;
  };
  const paragraph = (): string => {
    const parts: string[] = [];
    for (let i = r.between(1, 6); i > 0; i--) {
      parts.push(
        r.weighted([
          [5, () => words(r, 1, 15)],
          [3, () => quote(0)],
          [2, () => (speakers.length ? `${r.pick(speakers).first} ${r.pick(speakers).last}` : 'Somebody')],
          [1, () => `"${words(r, 1, 10)}"`],
          [1, () => `“${words(r, 1, 10)},” ${words(r, 1, 3)}`],
          [1, () => `<!-- ${words(r, 0, 4)}${r.chance(0.8) ? ' -->' : ''}`],
        ])(),
      );
    }
    return parts.join(r.pick([' ', ', ', '. ', '\n']));
  };
  const dateline = `${r.pick(PLACES)}, ${r.pick(DATES)} (${r.pick(AGENCIES)})${r.pick(SEPARATORS)}`;
  const body = [r.chance(0.9) ? `${dateline}${paragraph()}` : paragraph()];
  for (let i = r.between(0, 8); i > 0; i--) body.push(r.chance(0.15) ? `${r.pick(['#', '##', '###'])} ${words(r, 1, 4)}${r.chance(0.1) ? ' <!--' : ''}` : paragraph());
  const newline = r.chance(0.1) ? '\r\n' : '\n';
  return (r.chance(0.9) ? `${front.join('\n')}\n\n` : '') + body.join(r.chance(0.9) ? '\n\n' : '\n').replace(/\n/g, newline) + (r.chance(0.7) ? newline : '');
}

function mutatedExample(r: Random): string {
  let text = r.pick(EXAMPLES);
  for (let i = r.between(1, 8); i > 0; i--) text = applyOffsetEdit(text, { at: r.below(text.length + 1), del: r.below(13), insert: Array.from({ length: r.below(4) }, () => piece(r)).join('') });
  return text;
}

const soup = (r: Random) => Array.from({ length: r.below(80) }, () => piece(r)).join('');

/** An example with its body repeated: from tens of kilobytes to, rarely, a few hundred. */
function largeDocument(r: Random): string {
  const example = r.pick(EXAMPLES);
  const split = example.indexOf('\n---', 4) + 5;
  const body = example.slice(split);
  return example.slice(0, split) + body.repeat(r.chance(0.9) ? r.between(2, 20) : r.between(20, 80));
}

function randomEdit(r: Random, text: string): OffsetEdit {
  const at = r.chance(0.1) ? text.length : r.below(text.length + 1);
  return r.weighted([
    [4, () => ({ at, del: 0, insert: piece(r) })],
    [3, () => ({ at, del: r.between(1, 20), insert: '' })],
    [2, () => ({ at, del: r.between(1, 8), insert: piece(r) })],
    [1, () => ({ at, del: 0, insert: r.pick(['\n', '\n\n', '\r\n']) })],
    [1, () => ({ at, del: 0, insert: `[${words(r, 1, 5)}]{@${r.pick(['s0', 's1', 'chen', 'x'])}}` })],
    [1, () => ({ at, del: r.between(0, 200), insert: r.chance(0.5) ? builtArticle(r).slice(0, r.between(0, 400)) : '' })],
  ])();
}

/** A burst: typing a word character by character, single edits, a multi-change, a full replace. */
function randomChanges(r: Random, text: string): Change[] {
  const changes: Change[] = [];
  let current = text;
  const push = (c: Change) => {
    changes.push(c);
    current = applyChange(current, c);
  };
  for (let steps = r.between(1, 6); steps > 0; steps--) {
    const kind = r.weighted([[4, 'edit'], [3, 'type'], [1, 'multi'], [0.3, 'full']] as const);
    if (kind === 'edit') push({ edits: [randomEdit(r, current)] });
    if (kind === 'multi') {
      const edits: OffsetEdit[] = [];
      let t = current;
      for (let i = r.between(2, 4); i > 0; i--) {
        const e = randomEdit(r, t);
        edits.push(e);
        t = applyOffsetEdit(t, e);
      }
      push({ edits });
    }
    if (kind === 'full') push({ full: r.chance(0.5) ? builtArticle(r) : applyOffsetEdit(current, randomEdit(r, current)) });
    if (kind === 'type') {
      let at = r.below(current.length + 1);
      for (const ch of r.pick([words(r, 1, 3), ' <!--', '\n\n', '[', ']{@s0}', '# x', '---', ...PIECES])) {
        push({ edits: [{ at, del: 0, insert: ch }] });
        at += ch.length;
      }
    }
  }
  return changes;
}

/** Document `index` of the run with `seed`: the same on every call. */
export function generateCase(seed: number, index: number): FuzzCase {
  const r = Random.forDocument(seed, index);
  const family = r.weighted([[35, 'built'], [30, 'mutated'], [20, 'soup'], [4, 'large'], [11, 'random']] as const);
  const text =
    family === 'built' ? builtArticle(r)
    : family === 'mutated' ? mutatedExample(r)
    : family === 'soup' ? soup(r)
    : family === 'large' ? largeDocument(r)
    : randomString(r, r.below(300));
  // Most documents are edited; a large one is edited a little less often (each run of its checks costs).
  const changes = r.chance(family === 'large' ? 0.4 : 0.7) ? randomChanges(r, text) : [];
  return { family, text, changes };
}

// British and American spellings of one word (`vigour`/`vigor`, `organise`/`organize`,
// `centre`/`center`, `travelled`/`traveled`): a quote may follow the house style's spelling only
// when the setting `sources.spellingVariants` allows it. Two words are variants when they reduce
// to the same form under these endings; the endings are data, and each is tried at the end of a
// word only (or before a common suffix), so that `tour` and `tor` never meet.

/** British ending → American ending. */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['our', 'or'], ['ours', 'ors'], ['oured', 'ored'], ['ouring', 'oring'], ['ourite', 'orite'], ['ourable', 'orable'],
  ['ise', 'ize'], ['ised', 'ized'], ['ises', 'izes'], ['ising', 'izing'], ['isation', 'ization'], ['isations', 'izations'],
  ['yse', 'yze'], ['ysed', 'yzed'], ['ysing', 'yzing'],
  ['tre', 'ter'], ['tres', 'ters'],
  ['lled', 'led'], ['lling', 'ling'], ['ller', 'ler'], ['llers', 'lers'],
  ['ogue', 'og'], ['ogues', 'ogs'], ['ence', 'ense'],
];

/** The American form a word reduces to (itself when no ending applies); words shorter than 5 letters are never changed. */
export function spellingKey(key: string): string {
  if (key.length < 5) return key;
  let best = key;
  for (const [british, american] of ENDINGS) {
    if (key.endsWith(british) && key.length - british.length >= 2) {
      const reduced = key.slice(0, key.length - british.length) + american;
      if (reduced.length < best.length || best === key) best = reduced;
    }
  }
  return best;
}

// yamlNestingTooDeep's answer, the offset where the nesting passes MAX_YAML_DEPTH (or -1), on
// inputs nested exactly to the bound and one level past it, in each way it counts: indentation
// (line ends LF, CRLF, CR; blank and comment lines, lines inside a flow collection, which do not
// count), `- ` and `? `, and brackets, which do not count inside quotes or comments: so quotes that
// open only where a scalar can start, `\"` in double quotes, `''` in single quotes. Then the same
// answers as the front matter's finding. Written for the mutants that survived `npm run mutate`
// in parser/yamlGuards.ts (docs/testing.md).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrontMatter } from '../../server/src/service/parser/frontMatter';
import { MAX_YAML_DEPTH, yamlNestingTooDeep } from '../../server/src/service/parser/yamlGuards';

/** `lines` block maps, each indented one blank more than the one before: `lines` levels. */
const ladder = (lines: number, eol = '\n', blank = ' ') => Array.from({ length: lines }, (_, t) => `${blank.repeat(t)}k${t}:`).join(eol);
/** One bracket too many for a line of its own (the line is the first level). */
const PAST = '['.repeat(MAX_YAML_DEPTH);
/** As many brackets as a line of its own may hold. */
const UP_TO = '['.repeat(MAX_YAML_DEPTH - 1);
/** The offset of PAST's last bracket when PAST follows `before`. */
const lastOf = (before: string) => before.length + MAX_YAML_DEPTH - 1;

describe('yamlNestingTooDeep', () => {
  test('indentation: each deeper line is a level, blank and comment lines and lines in brackets are none', () => {
    const cases: [name: string, src: string, at: number][] = [];
    for (const eol of ['\n', '\r\n', '\r']) {
      const name = JSON.stringify(eol);
      cases.push(
        [`${name}: ${MAX_YAML_DEPTH} levels`, ladder(MAX_YAML_DEPTH, eol), -1],
        [`${name}: one more`, ladder(MAX_YAML_DEPTH + 1, eol), ladder(MAX_YAML_DEPTH, eol).length + eol.length + MAX_YAML_DEPTH],
        [`${name}: then a deeper blank line`, `${ladder(MAX_YAML_DEPTH, eol)}${eol}${' '.repeat(MAX_YAML_DEPTH)}${eol}`, -1],
        [`${name}: then a deeper comment line`, `${ladder(MAX_YAML_DEPTH, eol)}${eol}${' '.repeat(MAX_YAML_DEPTH)}# note${eol}k: v`, -1],
        // A shallow blank line does not close the levels above it.
        [`${name}: a shallow blank line, then one more`, `${ladder(MAX_YAML_DEPTH, eol)}${eol} ${eol}${' '.repeat(MAX_YAML_DEPTH)}x:`, ladder(MAX_YAML_DEPTH, eol).length + 2 * eol.length + 1 + MAX_YAML_DEPTH],
      );
    }
    cases.push(
      ['ends in a deeper blank line', `${ladder(MAX_YAML_DEPTH)}\n${' '.repeat(MAX_YAML_DEPTH + 1)}`, -1],
      ['ends in a deeper blank line, tabs', `${ladder(MAX_YAML_DEPTH)}\n${'\t'.repeat(MAX_YAML_DEPTH + 1)}`, -1],
      ['lines ever deeper inside a flow list', `k: [\n${Array.from({ length: MAX_YAML_DEPTH + 1 }, (_, t) => `${' '.repeat(t + 1)}x${t},`).join('\n')}\n]`, -1],
      ['lines ever deeper inside a flow map', `k: {\n${Array.from({ length: MAX_YAML_DEPTH + 1 }, (_, t) => `${' '.repeat(t + 1)}x${t}: 1,`).join('\n')}\n}`, -1],
      ['indented with tabs, to the bound', ladder(MAX_YAML_DEPTH, '\n', '\t'), -1],
      ['indented with tabs, past it', ladder(MAX_YAML_DEPTH + 1, '\n', '\t'), ladder(MAX_YAML_DEPTH).length + 1 + MAX_YAML_DEPTH],
    );
    for (const [name, src, at] of cases) assert.equal(yamlNestingTooDeep(src), at, name);
  });

  test('"- " and "? " opening a line, and brackets: a level each', () => {
    const cases: [name: string, src: string, at: number][] = [
      ['"- " to the bound', `${'- '.repeat(MAX_YAML_DEPTH - 1)}x`, -1],
      ['"- " past it', `${'- '.repeat(MAX_YAML_DEPTH)}x`, 2 * (MAX_YAML_DEPTH - 1)],
      ['"? " to the bound', `${'? '.repeat(MAX_YAML_DEPTH - 1)}x`, -1],
      ['"? " past it', `${'? '.repeat(MAX_YAML_DEPTH)}x`, 2 * (MAX_YAML_DEPTH - 1)],
      ['"[" to the bound', `k: ${UP_TO}`, -1],
      ['"[" past it', `k: ${PAST}`, lastOf('k: ')],
      ['"{" past it', `k: ${'{'.repeat(MAX_YAML_DEPTH)}`, lastOf('k: ')],
      ['on the next line, CRLF', `k: x\r\nk: ${PAST}`, lastOf('k: x\r\nk: ')],
    ];
    for (const [name, src, at] of cases) assert.equal(yamlNestingTooDeep(src), at, name);
  });

  test('brackets in quotes and comments are none; a quote opens only where a scalar can start', () => {
    const cases: [name: string, src: string, at: number][] = [
      // Where a quote opens: after a blank (space, tab, the line's start), ",", ":", "[", "{".
      ['in double quotes', `k: "${PAST}"`, -1],
      ['in single quotes', `k: '${PAST}'`, -1],
      ['in quotes at the line start', `"${PAST}": 1`, -1],
      ['in quotes after a tab', `k:\t"${PAST}"`, -1],
      ['in quotes after ","', `k: [a,"${PAST}"]`, -1],
      ['in quotes after ":"', `k: {a:"${PAST}"}`, -1],
      ['in quotes after "["', `k: ["${PAST}"]`, -1],
      ['in quotes after "{"', `k: {"${PAST}": 1}`, -1],
      ['a quote inside a word is text', `k: a"${PAST}`, lastOf('k: a"')],
      ["a ' inside a word is text", `k: it's ${PAST}`, lastOf("k: it's ")],
      ['a quote after a quoted scalar is text', `k: "a"' ${PAST}`, lastOf(`k: "a"' `)],
      // Where a quote closes: at its own mark, not at the other one, not before.
      ['after a closed double quote', `k: "ab" ${PAST}`, lastOf('k: "ab" ')],
      ['after a closed single quote', `k: 'ab' ${PAST}`, lastOf("k: 'ab' ")],
      ['after a one-letter quote', `k: 'a' ${PAST}`, lastOf("k: 'a' ")],
      ['" in single quotes', `k: 'a" ${PAST}`, -1],
      ["' in double quotes", `k: "a' ${PAST}`, -1],
      ['an unclosed quote runs to the line end', `k: "a ${PAST}`, -1],
      ['... and no further', `k: "a\nk: ${PAST}`, lastOf('k: "a\nk: ')],
      // Escapes: \" in double quotes only, '' in single quotes only.
      ['\\" goes on in double quotes', `k: "a\\" ${PAST}`, -1],
      ['\\\\ then " closes', `k: "a\\\\" ${PAST}`, lastOf('k: "a\\\\" ')],
      ["\\' closes single quotes", `k: 'a\\' ${PAST}`, lastOf("k: 'a\\' ")],
      ["'' goes on in single quotes", `k: 'it''s ${PAST}`, -1],
      ["'' then ' closes", `k: 'it''s' ${PAST}`, lastOf("k: 'it''s' ")],
      ["an empty '' closes", `k: '' ${PAST}`, lastOf("k: '' ")],
      // Comments: "#" after a blank, to the line's end only.
      ['in a comment', `k: v # ${PAST}`, -1],
      ['in a comment, then the next line', `k: v # [\nk: ${PAST}`, lastOf('k: v # [\nk: ')],
      ['"#" in a word is text', `k: v#${PAST}`, lastOf('k: v#')],
    ];
    for (const [name, src, at] of cases) assert.equal(yamlNestingTooDeep(src), at, name);
  });
});

describe('the front matter nested too deep', () => {
  const problemsOf = (yaml: string) => {
    const text = `---\n${yaml}\n---\nBody`;
    return parseFrontMatter(text, 0)!.problems.map((p) => [p.code, text.slice(p.start, p.end), p.start - '---\n'.length, p.message]);
  };
  const TOO_DEEP = `The front matter nests lists or maps more than ${MAX_YAML_DEPTH} deep here: NewsMark does not read it. Remove the extra brackets or indentation`;

  test('one finding at the level past the bound; none for brackets in quotes or comments', () => {
    assert.deepEqual(problemsOf(`headline: "a" ${PAST}`), [['front-matter-yaml', '[', lastOf('headline: "a" '), TOO_DEEP]]);
    assert.deepEqual(problemsOf(`${ladder(MAX_YAML_DEPTH + 1)}`), [['front-matter-yaml', 'k', ladder(MAX_YAML_DEPTH).length + 1 + MAX_YAML_DEPTH, TOO_DEEP]]);
    assert.deepEqual(problemsOf(`headline: "${PAST}"\nagency: '${PAST}' # ${PAST}\ndate: 2023-09-28`), []);
  });
});

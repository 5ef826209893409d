// The short fuzz run of `npm test` (group "fuzz"): a few hundred generated documents and edit
// bursts with a fixed seed through the live server (npm run fuzz is the long run), and the minimal
// inputs of the defects the fuzzer found, replayed one by one as regression tests (each fixed:
// docs/robustness.md says where).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FuzzCase } from './generate';
import { fuzz } from './fuzz';
import type { FindingKind, Tally } from './tally';

/** The seed of every fixed run: the reference article's date, as the property tests use. */
const SEED = 20230928;
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 300);

const summary = (tally: Tally, kinds: FindingKind[]) =>
  tally.findings.filter((f) => kinds.includes(f.kind)).slice(0, 5).map((f) => `${f.kind} in document ${f.index}: ${f.detail.slice(0, 300)}\n  case: ${JSON.stringify({ text: f.fuzzCase.text.slice(0, 300), changes: f.fuzzCase.changes.slice(0, 3) })}`).join('\n');

/** Minimal inputs (found by `npm run fuzz` and shrunk with --shrink) of the defects it found. */
const KNOWN: { name: string; defect: string; kind: FindingKind; fuzzCase: Omit<FuzzCase, 'family'> }[] = [
  {
    name: 'a subheading that opens a comment, then a paragraph deleted',
    defect: 'issue 13 item 13: incremental parse differs from a fresh one after "# <!--"',
    kind: 'incremental ≠ fresh',
    fuzzCase: { text: '# <!--\n-->\n\nd', changes: [{ edits: [{ at: 12, del: 1, insert: '' }] }] },
  },
  {
    name: 'a subheading that opens a comment, then a letter typed on the next subheading',
    defect: 'issue 13 item 13: incremental parse differs from a fresh one after "# <!--"',
    kind: 'incremental ≠ fresh',
    fuzzCase: { text: '# <!--\n# -->\n# d', changes: [{ edits: [{ at: 16, del: 0, insert: 'd' }] }] },
  },
  {
    name: 'an empty document, then "---" typed',
    defect: 'found by the fuzzer: an edit of an empty document that opens the front matter is parsed as a paragraph',
    kind: 'incremental ≠ fresh',
    fuzzCase: { text: '', changes: [{ edits: [{ at: 0, del: 0, insert: '---' }] }] },
  },
  {
    name: 'a space typed after "sources:" (the source is cited, and missing, only after the edit)',
    defect: 'found by the fuzzer: the first problems of a version were published before its newly cited sources were read, without source-missing; a fresh open of the same text, the source read by then, had it',
    kind: 'incremental ≠ fresh',
    fuzzCase: { text: '---\n: [\nsources:r', changes: [{ edits: [{ at: 16, del: 0, insert: ' ' }] }] },
  },
  {
    name: 'a flow list opened before a cited source',
    defect: 'found by the fuzzer: as above, the source cited by the edited version was not yet read when its problems were published',
    kind: 'incremental ≠ fresh',
    fuzzCase: { text: '---\n: t\nsources: l', changes: [{ edits: [{ at: 18, del: 0, insert: '[' }] }] },
  },
  {
    name: 'a document of one U+2028, asked for code actions',
    defect: 'found by the fuzzer: the markup engine throws "wink-nlp: 0 is an invalid or out of bounds index" (caught and logged)',
    kind: 'internal error',
    fuzzCase: { text: '\u2028', changes: [] },
  },
];

describe('fuzz through the live server', () => {
  let tally: Tally;

  it(`${DOCUMENTS} generated documents with edits (seed ${SEED}): no crash, no error response, no timeout`, async () => {
    tally = await fuzz({ seed: SEED, documents: DOCUMENTS, workers: 8 });
    assert.equal(tally.documents, DOCUMENTS);
    assert.ok(tally.edits > DOCUMENTS, `only ${tally.edits} edits sent`);
    assert.ok(tally.freshComparisons > DOCUMENTS / 3, `only ${tally.freshComparisons} incremental-vs-fresh comparisons`);
    const kinds: FindingKind[] = ['crash', 'error response', 'timeout'];
    assert.deepEqual(kinds.map((k) => tally.count(k)), [0, 0, 0], summary(tally, kinds));
  });

  it('every range in every answer and every publish lies inside its version of the document; no stale publish', () => {
    const kinds: FindingKind[] = ['out of range', 'stale'];
    assert.deepEqual(kinds.map((k) => tally.count(k)), [0, 0], summary(tally, kinds));
  });

  it('after a burst of edits, diagnostics, outline and folding equal those of a fresh open', () => {
    assert.equal(tally.count('incremental ≠ fresh'), 0, summary(tally, ['incremental ≠ fresh']));
  });

  it('the server logs no error its error boundary caught', () => {
    assert.equal(tally.count('internal error'), 0, summary(tally, ['internal error']));
  });

  for (const known of KNOWN) {
    it(`minimal input: ${known.name} (${known.defect})`, async () => {
      const replay = await fuzz({ seed: SEED, documents: 1, workers: 1, caseAt: () => ({ family: 'known', ...known.fuzzCase }) });
      assert.equal(replay.total, 0, summary(replay, [known.kind]));
    });
  }
});

// In-memory source files for the tests of quotes checked against their sources: the board's
// statement they quote from, and files whose text is read afresh by every service.
//
// The service keeps each source's index and its quotes' matches while the source's text is the
// same, and under mutation testing the modules stay loaded between tests: a test handed a text
// some earlier test indexed would read that test's results, computed without the mutant. So every
// file handed over ends in white space of its own (the count of files in binary, as spaces and
// tabs: no word), and is indexed again.
import type { SourceFile } from '../../server/src/service';

export const STATEMENT = [
  'Statement by the Regional Water Board, 3 March 2024.',
  '',
  'We will rebuild the Xigaze pumping station with vigor before the summer, and no household',
  'will go without water for more than two days. The cost will be met by the regional budget.',
  "We don't expect the agreement to be signed before April, but we are confident of it.",
].join('\n');

let handedOver = 0;

/** A number no earlier call returned (also for quotes that must not be found in a cache). */
export const nextHandOver = (): number => ++handedOver;

/** `text` with a tail of white space no other call gives. */
const freshText = (text: string): string => `${text}\n${nextHandOver().toString(2).replaceAll('0', ' ').replaceAll('1', '\t')}`;

/** A source file at `file:///test/<path>`: its text read afresh, or none (with a problem, if given). */
export const sourceFile = (path: string, text?: string, problem?: string): SourceFile =>
  ({ path, uri: `file:///test/${path}`, ...(text === undefined ? {} : { text: freshText(text) }), ...(problem ? { problem } : {}) });

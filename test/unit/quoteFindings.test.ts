// What a writer sees for quotes: the loaded attribution verb and where it is looked for, unbalanced
// quotation marks (and the run-on quote of wire style), unknown speakers and their fixes, and
// findings re-used after an edit elsewhere, moved into place. Written to kill mutants that
// survived `npm run mutate` (docs/testing.md): the older tests mostly counted codes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { NEVER_CANCELLED, type ServiceOptions } from '../../server/src/service';
import { article, doc } from '../support/documents';
import { diagnosticsOf } from '../support/serviceCalls';
import { testService } from '../support/service';

const DL = 'BERLIN, Sept. 27 (Xinhua) -- ';
const SPEAKERS = { chen: 'Chen Wenqing', 'wang-yi': 'Wang Yi' };

type Seen = { code: string; words: string; message: string; fixes?: [string, boolean | undefined, string[]][] };

/** The diagnostics of `code` for an article around `body`: the words underlined, the message, the fixes. */
function seen(body: string, code: string, speakers: Record<string, string> = SPEAKERS): Seen[] {
  const text = article(`${DL}${body}`, speakers);
  const d = doc(text);
  return diagnosticsOf(text).filter((x) => x.code === code).map((x) => show(text, d.offsetAt(x.range.start), d.offsetAt(x.range.end), x));
}

function show(text: string, start: number, end: number, x: Diagnostic): Seen {
  const fixes = (x.data as { fixes?: { title: string; preferred?: boolean; edits: { newText: string }[] }[] } | undefined)?.fixes;
  const s: Seen = { code: String(x.code), words: text.slice(start, end), message: x.message };
  if (fixes?.length) s.fixes = fixes.map((f) => [f.title, f.preferred, f.edits.map((e) => e.newText)]);
  return s;
}

const cue = (word: string, replacement: string, newText = replacement): Seen => ({
  code: 'quote-cue-verb', words: word,
  message: `"${word}" judges the speaker: neutral attribution ("${replacement}") lets the quote speak for itself`,
  fixes: [[`Replace "${word}" with "${replacement}"`, false, [newText]]],
});

describe('quote-cue-verb', () => {
  test('a loaded verb after the quote, within four words, across a line break', () => {
    assert.deepEqual(seen('[We are ready]{@chen}, Chen claimed.', 'quote-cue-verb'), [cue('claimed', 'said')]);
    assert.deepEqual(seen('[We are ready]{@chen}, the minister claimed.', 'quote-cue-verb'), [cue('claimed', 'said')]);
    assert.deepEqual(seen('[We are ready]{@chen}, Chen\nclaimed.', 'quote-cue-verb'), [cue('claimed', 'said')]);
    assert.deepEqual(seen('[We are ready]{@chen}, the minister of state claimed.', 'quote-cue-verb'), []);
    // The first loaded verb ends the search: one finding per quote.
    assert.deepEqual(seen('[We are ready]{@chen}, Chen claimed and insisted.', 'quote-cue-verb'), [cue('claimed', 'said')]);
  });

  test('a loaded verb before the quote, within four words; the fix keeps the capital', () => {
    assert.deepEqual(seen('Chen Claimed [we are ready]{@chen}.', 'quote-cue-verb'), [cue('Claimed', 'said', 'Said')]);
    assert.deepEqual(seen('Chen claimed the city [we are ready]{@chen}.', 'quote-cue-verb'), [cue('claimed', 'said')]);
    assert.deepEqual(seen('CHEN INSISTS [we are ready]{@chen}.', 'quote-cue-verb'), [cue('INSISTS', 'says', 'SAYS')]);
    assert.deepEqual(seen('Chen claimed in the city that [we are ready]{@chen}.', 'quote-cue-verb'), []);
  });

  test('the search stops at a sentence end, another quote or a neutral verb', () => {
    assert.deepEqual(seen('[We are ready]{@chen}. He claimed it.', 'quote-cue-verb'), []);
    assert.deepEqual(seen('Chen claimed. Then [we are ready]{@chen}.', 'quote-cue-verb'), []);
    assert.deepEqual(seen('Chen claimed [it]{@wang-yi} [we are ready]{@chen}.', 'quote-cue-verb'), [cue('claimed', 'said')]);
    assert.deepEqual(seen('[We are ready]{@chen} [claimed]{@wang-yi}.', 'quote-cue-verb'), []);
    assert.deepEqual(seen('[We are ready]{@chen}, Chen said and claimed.', 'quote-cue-verb'), []);
    assert.deepEqual(seen('Chen claimed [we are ready]{@chen}, he said.', 'quote-cue-verb'), []);
    // Nor does it cross into the paragraph before.
    assert.deepEqual(seen('Chen spoke and claimed\n\n[We are ready]{@chen} today.', 'quote-cue-verb'), []);
  });
});

const NEVER_CLOSED_DIRECT = 'The quotation mark " in this quote is never closed (a quote that runs on into the next paragraph ends its paragraph, and the next one opens with a quotation mark)';

describe('quote-marks', () => {
  test('an opening mark never closed: the fix closes it after the last word', () => {
    const expected: Seen = { code: 'quote-marks', words: '["We are ready  ]{@chen}', message: NEVER_CLOSED_DIRECT, fixes: [['Close the quote with "', true, ['"']]] };
    assert.deepEqual(seen('Chen said ["We are ready  ]{@chen}.', 'quote-marks'), [expected]);
    const text = article(`${DL}Chen said ["We are ready  ]{@chen}.`, SPEAKERS);
    const d = diagnosticsOf(text).find((x) => x.code === 'quote-marks')!;
    const edit = (d.data as { fixes: { edits: { range: { start: { character: number } } }[] }[] }).fixes[0].edits[0];
    assert.equal(edit.range.start.character, `${DL}Chen said ["We are ready`.length);
  });

  test('a quote running on into the next paragraph is wire style, when it ends its paragraph', () => {
    assert.deepEqual(seen('Chen said ["We are ready]{@chen}.\n\n"More to come," he said.', 'quote-marks'), []);
    assert.deepEqual(seen('Chen said ["We are ready]{@chen}!\n\n"More to come," he said.', 'quote-marks'), []);
    assert.deepEqual(seen('Chen said ["We are ready]{@chen}, he added.\n\n"More to come," he said.', 'quote-marks').map((s) => s.words), ['["We are ready]{@chen}']);
    assert.deepEqual(seen('Chen said ["We are ready]{@chen}.\n\nMore to come, he said.', 'quote-marks').map((s) => s.words), ['["We are ready]{@chen}']);
    // Only one mark may run on, and only from the outermost quote.
    assert.deepEqual(seen('Chen said ["We \u201care ready]{@chen}.\n\n"More," he said.', 'quote-marks').map((s) => s.words), ['["We \u201care ready]{@chen}']);
    assert.deepEqual(seen('Chen said [\u201cWe are ["ready]{@chen}]{@chen}.\n\n"More," he said.', 'quote-marks').map((s) => s.words), ['[\u201cWe are ["ready]{@chen}]{@chen}', '["ready]{@chen}']);
  });

  test('a stray closing mark, and a mark of another kind left open, have no fix', () => {
    assert.deepEqual(seen('Chen said [We are ready\u201d]{@chen} today.', 'quote-marks'), [
      { code: 'quote-marks', words: '[We are ready\u201d]{@chen}', message: 'The closing quotation mark \u201d in this quote has no opening mark' },
    ]);
    assert.deepEqual(seen('Chen said [We are \u201cready]{@chen} today.', 'quote-marks'), [
      { code: 'quote-marks', words: '[We are \u201cready]{@chen}', message: 'The quotation mark \u201c in this quote is never closed' },
    ]);
  });
});

describe('markup problems and their fixes', () => {
  test('an unclosed speaker, an empty quote, a stray closing bracket', () => {
    assert.deepEqual(seen('Chen said [we are ready]{@chen.', 'quote-unclosed'), [
      { code: 'quote-unclosed', words: '{@chen', message: 'The speaker "{@chen" is not closed: add "}" after the speaker id', fixes: [['Close the speaker with "}"', true, ['}']]] },
    ]);
    // Only a speaker opened with "{@" gets the fix: after "{" alone the id may be anything.
    assert.deepEqual(seen('Chen said [we are ready]{chen}.', 'quote-unclosed'), [
      { code: 'quote-unclosed', words: '{chen', message: 'A quote\'s words must be followed by "{@speaker-id}"' },
    ]);
    assert.deepEqual(seen('Chen said [we are ready]{', 'quote-unclosed').map((x) => [x.words, x.fixes]), [['{', undefined]]);
    assert.deepEqual(seen('Chen said {@chen} it.', 'quote-orphan').map((x) => x.fixes), [[['Remove the stray "{@chen}"', false, ['']]]]);
    assert.deepEqual(seen('Chen said []{@chen}.', 'quote-empty'), [
      { code: 'quote-empty', words: '[]{@chen}', message: 'The quote attributed to "@chen" has no words between its brackets', fixes: [['Remove the empty quote', true, ['']]] },
    ]);
    assert.deepEqual(seen('Chen said we are ready]{@chen}.', 'quote-orphan'), [
      { code: 'quote-orphan', words: ']{@chen}', message: '"]{@chen}" closes a quote that was never opened: add "[" where the quoted words begin', fixes: [['Remove the stray "]{@chen}"', false, ['']]] },
    ]);
  });
});

describe('quote-unknown-speaker', () => {
  test('no id: offers every speaker, none preferred', () => {
    assert.deepEqual(seen('Chen said [we are ready]{@}.', 'quote-unknown-speaker'), [{
      code: 'quote-unknown-speaker', words: '{@}', message: 'The quote names no speaker: write the speaker id after "{@"',
      fixes: [['Attribute to "@chen" (Chen Wenqing)', false, ['chen']], ['Attribute to "@wang-yi" (Wang Yi)', false, ['wang-yi']]],
    }]);
  });

  test('a near id: the one candidate is preferred; adding the speaker names it from its id', () => {
    assert.deepEqual(seen('Chen said [we are ready]{@chem}.', 'quote-unknown-speaker'), [{
      code: 'quote-unknown-speaker', words: 'chem', message: 'No speaker "chem" in the front matter: did you mean "@chen"?',
      fixes: [['Change to "@chen" (Chen Wenqing)', true, ['chen']], ['Add speaker "chem" to the front matter', false, ['  chem:\n    name: Chem\n']]],
    }]);
  });

  test('no near id: only adding it, named in title case from its parts', () => {
    assert.deepEqual(seen('Chen said [we are ready]{@li__qiang-jr}.', 'quote-unknown-speaker'), [{
      code: 'quote-unknown-speaker', words: 'li__qiang-jr', message: 'No speaker "li__qiang-jr" in the front matter: add it to "speakers" in the front matter',
      fixes: [['Add speaker "li__qiang-jr" to the front matter', false, ['  li__qiang-jr:\n    name: Li Qiang Jr\n']]],
    }]);
  });
});

describe('findings of unchanged paragraphs after an edit', () => {
  test('are the findings of a fresh parse: ranges and fixes moved with the text', () => {
    const later = '\n\nChen Claimed ["we are ready]{@chen} today.\n\nChen said [we are ready]{@chem}.\n';
    const v1 = article(`${DL}Chen spoke.${later}`, SPEAKERS);
    const v2 = article(`${DL}Chen spoke at length in the hall.${later}`, SPEAKERS);
    const service = testService();
    const uri = 'file:///edited.news';
    service.diagnostics(doc(v1, uri, 1), {}, {}, NEVER_CANCELLED);
    const edited = service.diagnostics(doc(v2, uri, 2), {}, {}, NEVER_CANCELLED);
    const fresh = diagnosticsOf(v2);
    assert.deepEqual(edited, fresh);
    assert.deepEqual(edited.map((x) => x.code), ['speaker-unused', 'quote-cue-verb', 'quote-marks', 'quote-unknown-speaker']);
  });
});

describe('findings re-used from the paragraph cache', () => {
  const LOOSE = `${DL}Chen spoke.\n\nThe minister said "we are ready to talk now" at the hall.\n`;
  const withName = (name: string) => article(LOOSE, { chen: name });
  // One service across versions and settings: the paragraph cache is what is tested.
  const checkedBy = (service: ReturnType<typeof testService>) => (d: ReturnType<typeof doc>, options: Partial<ServiceOptions> = {}) => service.diagnostics(d, {}, options, NEVER_CANCELLED);
  const titles = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'quote-unattributed').map((d) => (d.data as { fixes: { title: string }[] }).fixes.map((f) => f.title));

  test('follow a speaker renamed in the front matter', () => {
    const diagnostics = checkedBy(testService());
    const uri = 'file:///renamed.news';
    assert.deepEqual(titles(diagnostics(doc(withName('Chen Wenqing'), uri, 1))), [['Mark as quote by Chen Wenqing']]);
    assert.deepEqual(titles(diagnostics(doc(withName('Wang Yi'), uri, 2))), [['Mark as quote by Wang Yi']]);
  });

  test('follow the unattributedMinWords setting on the same version', () => {
    const diagnostics = checkedBy(testService());
    const d = doc(withName('Chen Wenqing'));
    assert.equal(titles(diagnostics(d, { unattributedMinWords: 4 })).length, 1);
    assert.equal(titles(diagnostics(d, { unattributedMinWords: 7 })).length, 0); // six words
    assert.equal(titles(diagnostics(d, { unattributedMinWords: 6 })).length, 1);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { FIX_ALL_KIND, MARK_AS_QUOTE_KIND } from '../../server/src/protocol';
import { allQuotes, DEFAULT_OPTIONS, NEVER_CANCELLED, type ParsedArticle } from '../../server/src/service';
import { article, doc, example, parse } from '../support/documents';
import { codeActions } from '../support/features';
import { serviceOfTree, testService } from '../support/service';

const URI = 'file:///test/actions.news';

function setup(text: string) {
  const service = testService();
  const d = doc(text, URI);
  const a = service.parse(d) as ParsedArticle;
  // The code actions below are asked of the service that parsed `a`, as the server does.
  serviceOfTree.set(a, service);
  return { service, a, diagnostics: service.diagnostics(d, {}, {}, NEVER_CANCELLED) };
}

/** The text after applying a code action's workspace edit. */
function applyAction(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[URI];
  assert.ok(edits?.length, `"${action.title}" has no edits for the document`);
  return TextDocument.applyEdits(TextDocument.create(URI, 'newsmark', 1, text), edits);
}

const codesOf = (text: string) => testService().diagnostics(doc(text), {}, {}, NEVER_CANCELLED).map((d) => String(d.code));
const whole: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const ctx = (diagnostics: Diagnostic[], only?: string[]): CodeActionContext => (only ? { diagnostics, only } : { diagnostics });

/** Small articles with several fixable problems, each code once. */
const BROKEN = [
  `---
headline: Talks resume
date: 2023-09-28
agency: Xinhua
speakers:
  chen:
    name: Chen Wenqing
    aliases: [Chen]
  schmidt:
    name: Wolfgang Schmidt
  mueller:
    name: Anna Mueller
---

BERLIN, Sep 27 (Xinhua) -- [China is ready to work with Germany]{@chen}, Chen said.

Chen Wenqing claimed that [the dialogue had contributed to security]{@chne}.

Wolfgang Schmidt said [ ]{@schmidt} and ["we are happy]{@schmidt}.

He added that [both sides should focus on real threats]{@chen
`,
  `---
headline: Talks resume: minister says
date: 2023-09-28
agency: Xinhua
---

Berlin, Sept. 27 (Xinhua) -- The talks resumed.
`,
];

describe('quick fixes', () => {
  test('every quick fix of the broken articles repairs its diagnostic', () => {
    let checked = 0;
    for (const text of BROKEN) {
      const { a, diagnostics } = setup(text);
      const fixable = diagnostics.filter((d) => (d.data as { fixes?: unknown[] } | undefined)?.fixes?.length);
      assert.ok(fixable.length >= 2, 'the article has fixable problems');
      for (const d of fixable) {
        const code = String(d.code);
        assert.equal(codesOf(text).filter((c) => c === code).length, 1, `${code} occurs once`);
        const actions = codeActions(a, d.range, ctx([d], [CodeActionKind.QuickFix]), DEFAULT_OPTIONS);
        assert.ok(actions.length > 0, `${code} has quick fixes`);
        for (const action of actions) {
          assert.equal(action.kind, CodeActionKind.QuickFix);
          assert.deepEqual(action.diagnostics, [d]);
          const fixed = applyAction(text, action);
          assert.ok(!codesOf(fixed).includes(code), `"${action.title}" leaves ${code}:\n${fixed}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 9, `checked ${checked} fixes`);
  });

  test('titles and preference come from the diagnostic', () => {
    const { a, diagnostics } = setup(BROKEN[0]);
    const unknown = diagnostics.find((d) => d.code === 'quote-unknown-speaker')!;
    const actions = codeActions(a, unknown.range, ctx([unknown]), DEFAULT_OPTIONS).filter((x) => x.kind === CodeActionKind.QuickFix);
    assert.deepEqual(actions.map((x) => [x.title, x.isPreferred]), [
      ['Change to "@chen" (Chen Wenqing)', true],
      ['Add speaker "chne" to the front matter', false],
    ]);
  });

  test('diagnostics of other sources, or without fixes, give no action', () => {
    const { a, diagnostics } = setup(BROKEN[0]);
    const foreign = diagnostics.map((d) => ({ ...d, source: 'spell' }));
    assert.deepEqual(codeActions(a, whole, ctx(foreign), DEFAULT_OPTIONS), []);
    const bare: Diagnostic = { range: whole, message: 'x', source: 'newsmark' };
    assert.deepEqual(codeActions(a, whole, ctx([bare, { ...bare, data: { fixes: 'nonsense' } }]), DEFAULT_OPTIONS), []);
  });
});

describe('fix all', () => {
  test('one source.fixAll.newsmark action repairs every preferred fix', () => {
    const text = BROKEN[0];
    const { a } = setup(text);
    const actions = codeActions(a, whole, ctx([], ['source.fixAll']), DEFAULT_OPTIONS);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, FIX_ALL_KIND);
    assert.equal(actions[0].title, 'Fix all auto-fixable NewsMark problems');
    const fixed = applyAction(text, actions[0]);
    const left = codesOf(fixed);
    for (const code of ['dateline-month-style', 'quote-unknown-speaker', 'quote-empty', 'quote-marks', 'quote-unclosed']) {
      assert.ok(!left.includes(code), `${code} is left after fix-all:\n${fixed}`);
    }
    // Fixes that are not preferred (a judgement call) stay for the writer.
    assert.ok(left.includes('quote-cue-verb') && left.includes('speaker-unused'));
    assert.match(fixed, /BERLIN, Sept\. 27/);
  });

  test('offered for source and source.fixAll.newsmark, never unasked, never empty', () => {
    const { a } = setup(BROKEN[0]);
    for (const only of [['source'], ['source.fixAll.newsmark']]) {
      assert.deepEqual(codeActions(a, whole, ctx([], only), DEFAULT_OPTIONS).map((x) => x.kind), [FIX_ALL_KIND]);
    }
    assert.ok(!codeActions(a, whole, ctx([]), DEFAULT_OPTIONS).some((x) => x.kind === FIX_ALL_KIND));
    assert.deepEqual(codeActions(a, whole, ctx([], ['quickfix']), DEFAULT_OPTIONS), []);
    const clean = parse(example('berlin-security-dialogue.news'));
    assert.deepEqual(codeActions(clean, whole, ctx([], ['source.fixAll']), DEFAULT_OPTIONS), []);
  });

  test('settings that turn a rule off keep fix-all from fixing it', () => {
    const { a } = setup(BROKEN[0]);
    const options = { ...DEFAULT_OPTIONS, rules: { 'dateline-month-style': 'off' as const } };
    const [action] = codeActions(a, whole, ctx([], ['source.fixAll']), options);
    assert.match(applyAction(BROKEN[0], action), /BERLIN, Sep 27/);
  });
});

describe('mark as quote', () => {
  const TEXT = article('BERLIN, Sept. 27 (Xinhua) -- Chen Wenqing said  both sides should talk more . Schmidt agreed.', { chen: 'Chen Wenqing', schmidt: 'Wolfgang Schmidt' });

  function select(text: string, from: string, to = from) {
    const { a } = setup(text);
    const s = text.indexOf(from);
    const e = text.indexOf(to, s) + to.length;
    assert.ok(s >= 0 && e >= s);
    return { a, range: { start: a.lines.position(s), end: a.lines.position(e) } };
  }

  const refactors = (text: string, from: string, to?: string, only?: string[]) => {
    const { a, range } = select(text, from, to);
    return codeActions(a, range, ctx([], only), DEFAULT_OPTIONS).filter((x) => x.kind === MARK_AS_QUOTE_KIND);
  };

  test('one action per speaker and one for a new speaker, trimming the selection', () => {
    const actions = refactors(TEXT, ' both sides', 'more ');
    assert.deepEqual(actions.map((x) => x.title), ['Mark as quote by Chen Wenqing', 'Mark as quote by Wolfgang Schmidt', 'Mark as quote by new speaker…']);
    const out = applyAction(TEXT, actions[0]);
    assert.match(out, /said {2}\[both sides should talk more\]\{@chen\} \. Schmidt/);
    const parsed = parse(out);
    const quotes = [...allQuotes(parsed)];
    assert.deepEqual(quotes.map((q) => [q.speakerId, q.text]), [['chen', 'both sides should talk more']]);
    assert.ok(!codesOf(out).some((c) => c.startsWith('quote-')));
  });

  test('the new-speaker variant adds the speaker to the front matter', () => {
    const actions = refactors(TEXT, 'both sides', 'more');
    const out = applyAction(TEXT, actions[actions.length - 1]);
    assert.match(out, /\[both sides should talk more\]\{@new-speaker\}/);
    assert.match(out, /\n {2}new-speaker:\n {4}name: New Speaker\n/);
    assert.ok(!codesOf(out).includes('quote-unknown-speaker'));
    assert.equal(parse(out).speakersById.get('new-speaker')?.name?.value, 'New Speaker');
    // Without any front matter, the variant still yields an article without unknown speakers.
    const bare = 'BERLIN (Xinhua) -- Officials said talks will go on.';
    const bareActions = refactors(bare, 'talks', 'on');
    assert.deepEqual(bareActions.map((x) => x.title), ['Mark as quote by new speaker…']);
    assert.ok(!codesOf(applyAction(bare, bareActions[0])).includes('quote-unknown-speaker'));
  });

  test('a second new speaker gets a fresh id', () => {
    const text = article('He said the talks would go on.', { 'new-speaker': 'New Speaker' });
    const actions = refactors(text, 'the talks', 'on');
    const out = applyAction(text, actions[actions.length - 1]);
    assert.match(out, /\{@new-speaker-2\}/);
    assert.ok(!codesOf(out).includes('quote-unknown-speaker'));
  });

  test('inside a quote the selection becomes a nested quote; around one it holds it', () => {
    const text = article('McClure said [senators told him there is no doubt]{@mcclure}.', { mcclure: 'James McClure', senators: 'Senators' });
    const inner = refactors(text, 'there is', 'doubt');
    const out = applyAction(text, inner.find((x) => x.title === 'Mark as quote by Senators')!);
    const quotes = [...allQuotes(parse(out))];
    assert.deepEqual(quotes.map((q) => [q.speakerId, q.depth]), [['mcclure', 0], ['senators', 1]]);
    assert.equal(refactors(text, '[senators', '{@mcclure}').length, 3);
  });

  test('no action for an empty selection, one crossing quote markup, a comment or paragraphs', () => {
    const quoted = article('Chen said [both sides should talk]{@chen} and more.', { chen: 'Chen Wenqing' });
    assert.deepEqual(refactors(quoted, 'said [both'), []);
    assert.deepEqual(refactors(quoted, 'talk]{@chen}'), []);
    assert.deepEqual(refactors(quoted, '{@chen} and'), []);
    assert.deepEqual(refactors(article('He said <!-- a note\n--> more words.', { chen: 'Chen Wenqing' }), 'said', 'note'), []);
    assert.deepEqual(refactors(article('First words.\n\nSecond words.', { chen: 'Chen Wenqing' }), 'words.', 'Second'), []);
    assert.deepEqual(refactors(article('One [sic words.', { chen: 'Chen Wenqing' }), '[sic', 'words'), []);
    const { a } = select(TEXT, 'both');
    const point = a.lines.position(TEXT.indexOf('both'));
    assert.deepEqual(codeActions(a, { start: point, end: point }, ctx([]), DEFAULT_OPTIONS).filter((x) => x.kind === MARK_AS_QUOTE_KIND), []);
    assert.deepEqual(refactors(TEXT, 'headline'), [], 'front matter');
  });

  test('only filters by kind prefix', () => {
    assert.equal(refactors(TEXT, 'both', 'more', ['refactor']).length, 3);
    assert.equal(refactors(TEXT, 'both', 'more', ['refactor.rewrite']).length, 3);
    assert.equal(refactors(TEXT, 'both', 'more', ['refactor.extract']).length, 0);
    assert.equal(refactors(TEXT, 'both', 'more', ['quickfix']).length, 0);
  });
});

describe('quick fixes after an edit, before the next publish', () => {
  test('a diagnostic the editor still shows at a stale place gets no fix; once re-published it does', () => {
    const before = article('WASHINGTON, Aug 3 (AP) — Text.', {}, '');
    const { diagnostics } = setup(before);
    const month = diagnostics.find((d) => d.code === 'dateline-month-style');
    assert.ok(month, 'dateline-month-style on the AP-style dateline');
    // A line inserted above moves the dateline down; the editor has not received new diagnostics.
    const after = before.replace('---\n\n', '---\n\nIntro line.\n\n');
    const { a, diagnostics: fresh } = setup(after);
    const stale = codeActions(a, month.range, ctx([month]), DEFAULT_OPTIONS).filter((x) => x.kind === CodeActionKind.QuickFix);
    assert.deepEqual(stale.map((x) => x.title), []);
    const moved = fresh.find((d) => d.code === 'dateline-month-style');
    // (With "Intro line." first, the dateline is no longer the first paragraph: no month check.)
    assert.equal(moved, undefined);
    const { a: a2, diagnostics: same } = setup(before);
    const current = codeActions(a2, month.range, ctx([same.find((d) => d.code === 'dateline-month-style')!], [CodeActionKind.QuickFix]), DEFAULT_OPTIONS);
    assert.deepEqual(current.map((x) => x.title), ['Write "Aug."']);
    assert.match(applyAction(before, current[0]), /WASHINGTON, Aug\. 3 \(AP\)/);
  });
});

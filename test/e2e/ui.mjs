// Drives a running code-server with playwright-core and Debian's chromium (started by test/e2e/run.sh).
//
//   node test/e2e/ui.mjs [ui] --url http://127.0.0.1:PORT --folder /abs/ws [--out DIR]
//     The installed NewsMark .vsix in the workbench: the reference example has no problems, its status
//     bar item counts 2 speakers and 8 quotes, its Outline shows the speakers, a hover on @chen names
//     Chen Wenqing and one on the dateline BERLIN gives the day and its distance from publication;
//     broken.news lists its problems in the Problems panel, typing `{@` after `]` in it brings up the
//     suggest widget with the speakers and their names, and Ctrl+. on "chne" offers and applies the
//     quick fix Change to "@chen" (Chen Wenqing), which clears its problem. Both edits are undone
//     (Ctrl+Z until the tab is clean; run.sh turns auto save off), so the file on disk never changes.
//     Then wire/harbour.txt is marked up with "NewsMark: Mark Up Plain Article" (a diff, "Save as
//     harbour.news"), its review hints leave the Problems panel empty, Ctrl+. accepts one, Ctrl+S saves.
//     Last, the Speakers view lists Chen Wenqing (2 articles) and the Quote Report webview draws its
//     speakers chart on a canvas beside its table. Then the live preview opens beside the
//     reference example with its 8 quotes tinted and the legend (which turns a tint off and on);
//     an article with a planted <script> and <img onerror> shows them as text, and an inline script
//     put into the preview's page is refused by its content security policy.
//     Screenshots go to DIR (default test-results/e2e); with UPDATE_SCREENSHOT=1 the overview is
//     copied to docs/images/screenshot.png, the Speakers view and the report to docs/images/speakers-view.png
//     and docs/images/quote-report.png, the preview to docs/images/preview.png.
//   node test/e2e/ui.mjs preview --url ... --folder ... [--payload JSON]
//     The preview part alone (e.g. against `npm start -- --browser`, its extension given as the
//     workbench's payload, [["extensionDevelopmentPath","vscode-remote://HOST/abs/path"]]).
//   node test/e2e/ui.mjs exthost --url ... --folder ... --dev /abs/ext --tests /abs/ext/dist/test/suite/index.js [--out DIR]
//     Runs the mocha suite inside code-server's extension host (the @vscode/test-web protocol:
//     window.codeAutomationLog / window.codeAutomationExit) and re-prints its PASS/FAIL lines.
//
// Env: PW_DIR (folder whose node_modules holds playwright-core; default: this project), CHROMIUM
//      (default /usr/bin/chromium), TIMEOUT_MS (per wait, default 90000), EXTHOST_TIMEOUT_MS (whole
//      suite, default 600000). Prints PASS/FAIL lines and "N passed, N failed"; exit 0 only if all pass.
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const mode = argv[0] && !argv[0].startsWith('--') ? argv.shift() : 'ui';
const args = {};
for (let i = 0; i < argv.length; i++) if (argv[i].startsWith('--')) args[argv[i].slice(2)] = argv[++i];
if (!args.url || !args.folder) {
  console.error('usage: ui.mjs [ui|exthost] --url URL --folder DIR [--dev DIR --tests FILE] [--out DIR]');
  process.exit(2);
}
const OUT = path.resolve(args.out || path.join(ROOT, 'test-results/e2e'));
mkdirSync(OUT, { recursive: true });
const TIMEOUT = Number(process.env.TIMEOUT_MS || 90000);
const REFERENCE = 'berlin-security-dialogue.news';
const BROKEN = 'broken.news';
const BROKEN_CODES = ['dateline-month-style', 'quote-unclosed', 'quote-unknown-speaker'];

const req = createRequire(path.join(process.env.PW_DIR || ROOT, 'package.json'));
const { chromium } = req('playwright-core');

let passed = 0, failed = 0;
const check = (ok, what, detail = '') => {
  ok ? passed++ : failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${mode}: ${what}${!ok && detail ? ` -- ${detail}` : ''}`);
  return ok;
};
const info = (s) => console.log(`INFO ${s}`);
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Polls `fn` until `ok(value)` or the deadline; returns the last value (never throws on timeout). */
async function poll(fn, ok, ms = TIMEOUT, every = 250) {
  const end = Date.now() + ms;
  let v;
  for (;;) {
    try { v = await fn(); } catch { v = undefined; }
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, every));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
page.setDefaultTimeout(TIMEOUT);
const shot = async (name) => {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file }).catch((e) => info(`screenshot ${name} failed: ${e.message}`));
  info(`screenshot ${path.relative(process.cwd(), file)}`);
  return file;
};

// ---- workbench helpers ----------------------------------------------------------------------------

async function runCommand(title) {
  await page.keyboard.press('Escape');
  await page.locator('.monaco-workbench').press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // The row whose label is exactly the title (typing "View: Close Editor" also lists "View: Close All Editors").
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const item = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  await item.waitFor({ state: 'visible' });
  await item.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' }).catch(() => {});
}

async function openFile(name) {
  const tab = page.locator(`.tabs-container .tab[data-resource-name="${name}"]`);
  if (await tab.count()) {
    await tab.first().click();
  } else if (await page.getByRole('treeitem', { name, exact: true }).isVisible().catch(() => false)) {
    await page.getByRole('treeitem', { name, exact: true }).click();
  } else {
    // Quick Open: F1 with the ">" removed lists files by name. On a loaded machine the first F1
    // can go to a part of the workbench that is still taking focus (a notification, a panel): ask
    // again, a bounded number of times, each waiting for the widget to show.
    const input = page.locator('.quick-input-widget .quick-input-box input');
    for (let attempt = 0; attempt < 4 && !(await input.isVisible().catch(() => false)); attempt++) {
      await page.keyboard.press('Escape');
      await page.locator('.monaco-workbench').press('F1');
      await input.waitFor({ state: 'visible', timeout: 20000 }).catch(() => undefined);
    }
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
    await input.press('Enter');
  }
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor();
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
}

/** Rows of the Problems panel (file rows and marker rows) as { label, text }. */
async function problemRows() {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
  // Expand everything so that marker rows of every file are listed.
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
    els.map((e) => ({ label: e.getAttribute('aria-label') || '', text: (e.textContent || '').replace(/\s+/g, ' ').trim() })));
}

async function outlineRows() {
  const header = page.locator('.pane-header', { hasText: /^\s*Outline/i }).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  // The Outline is a virtual list: only the rows in view exist. Collapse the folder pane above it so
  // that the whole outline of the reference example fits.
  const folders = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${path.basename(args.folder)}\\s*$`, 'i') }).first();
  if ((await folders.getAttribute('aria-expanded').catch(() => null)) === 'true') await folders.click();
  return page.locator('.outline-pane .monaco-list-row').evaluateAll((els) =>
    els.map((e) => ({ label: e.getAttribute('aria-label') || '', text: (e.querySelector('.label-name')?.textContent || e.textContent || '').trim(),
      level: Number(e.getAttribute('aria-level') || 0) })));
}

/** Screen point of the character at `delta` within the first visible occurrence of `needle` in the editor. */
async function pointOf(needle, delta) {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines').evaluate((lines, [needle, delta]) => {
    for (const line of lines.querySelectorAll('.view-line')) {
      const text = (line.textContent || '').replace(/\u00a0/g, ' '); // the editor renders spaces as U+00A0
      const at = text.indexOf(needle);
      if (at < 0) continue;
      let offset = at + delta;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        if (offset < len) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        offset -= len;
      }
    }
    return null;
  }, [needle, delta]);
}

const HOVER = '.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content';
/** The visible hover whose text contains `text`. */
const hoverWith = (text) => page.locator(HOVER).filter({ hasText: text }).first();
const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();

/** Shows the hover over the character at `delta` in `needle` (mouse first, then the keyboard hover
 *  command) and returns its text ('' when `locator` never shows). */
async function hoverOn(needle, delta, locator, what) {
  let hovered = false;
  for (let attempt = 0; attempt < 4 && !hovered; attempt++) {
    const p = await pointOf(needle, delta);
    if (!p) break;
    await page.mouse.move(p.x - 40, p.y + 40);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    hovered = await locator.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
  }
  if (!hovered) {
    info(`mouse hover did not show; trying the keyboard: cursor on ${what} + "Show or Focus Hover"`);
    const p = await pointOf(needle, delta);
    if (p) await page.mouse.click(p.x, p.y);
    await runCommand('Show or Focus Hover');
    hovered = await locator.waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
  }
  return hovered ? (await locator.textContent()).replace(/\s+/g, ' ').trim() : '';
}

/** Until the hover around `locator` has faded in (its 100 ms animation), for a screenshot. */
async function settled(locator) {
  await poll(() => locator.evaluate((el) => {
    const h = el.closest('.monaco-hover') || el;
    return h.getAnimations({ subtree: true }).every((a) => a.playState !== 'running') && getComputedStyle(h).opacity === '1';
  }), (ok) => ok, 3000, 50);
}

/** Mouse away and Escape until no hover is shown. */
async function dismissHover() {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.locator(HOVER).first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
}

/** The text of the lines the active editor renders (the whole of a short file). */
async function editorLines() {
  return activeEditor().locator('.view-lines').evaluate((el) =>
    [...el.querySelectorAll('.view-line')].sort((a, b) => a.offsetTop - b.offsetTop).map((l) => (l.textContent || '').replace(/\u00a0/g, ' ')));
}

/** Puts the cursor on the character at `delta` in `needle` with a click in the active editor. */
async function clickAt(needle, delta) {
  const p = await pointOf(needle, delta);
  if (!p) throw new Error(`"${needle}" is not visible in the editor`);
  await page.mouse.click(p.x, p.y);
  await poll(() => activeEditor().evaluate((e) => e.classList.contains('focused')), (f) => f, 5000, 50);
}

/** Ctrl+Z in the active editor until the tab of `name` is clean again: back at the saved text (run.sh
 *  turns auto save off for the UI test). Returns { wasDirty, clean, presses }. */
async function undoUntilClean(name) {
  const dirty = page.locator(`.tabs-container .tab.dirty[data-resource-name="${name}"]`);
  const wasDirty = (await poll(() => dirty.count(), (n) => n > 0, 5000, 50)) > 0;
  let presses = 0;
  for (; presses < 60 && (await dirty.count()); presses++) {
    await page.keyboard.press('Control+z');
    await poll(() => dirty.count(), (n) => n === 0, 300, 50);
  }
  const clean = (await dirty.count()) === 0;
  info(`undo: ${presses} x Ctrl+Z, ${name} ${clean ? 'clean' : 'still modified'}`);
  return { wasDirty, clean, presses };
}

/** Saves the outer HTML of `selector` next to the screenshots, for a failing step. */
async function dump(name, selector) {
  const html = await page.locator(selector).evaluateAll((els) => els.map((e) => e.outerHTML).join('\n\n')).catch((e) => String(e));
  writeFileSync(path.join(OUT, `${name}.html`), html);
  info(`DOM of ${selector} in ${path.relative(process.cwd(), path.join(OUT, `${name}.html`))}`);
}

// ---- modes ----------------------------------------------------------------------------------------

async function ui() {
  await page.goto(`${args.url}/?folder=${encodeURIComponent(args.folder)}`);
  await page.locator('.monaco-workbench').waitFor();
  check(true, `workbench loaded (${since()})`);

  // 1. The reference example: the status bar item shows the server's counts once it runs.
  await openFile(REFERENCE);
  check(true, `opened ${REFERENCE}`);
  const status = await poll(() => page.locator('.statusbar-item', { hasText: /\d+ speakers?, \d+ quotes?/ }).first().textContent({ timeout: 1000 }),
    (t) => /speakers?/.test(t || ''));
  check(/2 speakers, 8 quotes/.test(status || ''), `status bar shows "${(status || '').trim()}" for ${REFERENCE} (${since()})`, 'expected "2 speakers, 8 quotes"');
  const statusFile = path.join(OUT, 'statusbar.png');
  await page.locator('.part.statusbar').first().screenshot({ path: statusFile }).catch((e) => info(`screenshot statusbar failed: ${e.message}`));
  info(`screenshot ${path.relative(process.cwd(), statusFile)}`);
  const langStatus = await page.locator('#status\\.editor\\.mode').textContent().catch(() => '');
  check(/NewsMark/i.test(langStatus || ''), `language mode shows "${(langStatus || '').trim()}"`, 'expected NewsMark');

  // 2. Outline view: the speakers (and their quotes below them).
  const outline = await poll(outlineRows, (rows) => ['Chen Wenqing', 'Wolfgang Schmidt'].every((n) => rows.some((r) => r.text === n)));
  (outline || []).forEach((r) => info(`  outline ${'  '.repeat(Math.max(0, r.level - 1))}${r.text}`));
  check(['Chen Wenqing', 'Wolfgang Schmidt'].every((n) => (outline || []).some((r) => r.text === n)),
    `Outline view lists Chen Wenqing and Wolfgang Schmidt (${since()})`, `rows: [${(outline || []).map((r) => r.text)}]`);
  const children = (name) => {
    const rows = outline || [];
    const i = rows.findIndex((r) => r.text === name);
    if (i < 0) return -1;
    let n = 0;
    for (let j = i + 1; j < rows.length && rows[j].level > rows[i].level; j++) if (rows[j].level === rows[i].level + 1) n++;
    return n;
  };
  check(children('Chen Wenqing') === 8 && children('Wolfgang Schmidt') === 0,
    `Outline view: Chen Wenqing has ${children('Chen Wenqing')} quotes below it, Wolfgang Schmidt ${children('Wolfgang Schmidt')}`, 'expected 8 and 0');

  // 3. Hover on @chen (mouse over the id; the keyboard hover command as a fallback).
  const hover = hoverWith('Chen Wenqing');
  const hoverText = await hoverOn('{@chen}', 3, hover, '@chen');
  check(hoverText.includes('Chen Wenqing'), `hover on @chen shows "${hoverText.slice(0, 100)}"`, 'no hover naming Chen Wenqing');
  if (hoverText) await settled(hover);
  await shot('hover');

  // 3b. Hover on the dateline place BERLIN: the day "Sept. 27" stands for and how far it is from the
  //     publication date (2023-09-28).
  await dismissHover();
  const datelineText = await hoverOn('BERLIN, Sept.', 2, hoverWith('September 27, 2023'), 'BERLIN');
  check(datelineText.includes('Wednesday, September 27, 2023') && datelineText.includes('1 day before publication'),
    `hover on the dateline BERLIN shows "${(/Date: .*?\(\d{4}-\d\d-\d\d\)/.exec(datelineText) || [datelineText.slice(0, 90)])[0]}" (${since()})`,
    `expected "Wednesday, September 27, 2023" and "1 day before publication", got "${datelineText}"`);
  if (datelineText) await settled(hoverWith('September 27, 2023'));
  await shot('hover-dateline');
  await dismissHover();

  // 4. Problems: none for the reference example.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
  const refRows = await problemRows();
  check(!refRows.some((r) => r.label.includes(REFERENCE) || r.text.includes(REFERENCE)), `Problems panel: nothing for ${REFERENCE}`,
    refRows.map((r) => r.label).join(' | '));

  // 5. broken.news: its problems appear in the Problems panel.
  await openFile(BROKEN);
  const rows = await poll(problemRows, (rs) => BROKEN_CODES.every((c) => rs.some((r) => r.text.includes(c))));
  (rows || []).forEach((r) => info(`  problem ${r.label}`));
  for (const code of BROKEN_CODES) {
    const row = (rows || []).find((r) => r.text.includes(code));
    check(!!row, `Problems panel lists ${code}${row ? `: ${row.label.slice(0, 110)}` : ''}`, `rows: ${(rows || []).map((r) => r.text).join(' | ')}`);
  }
  const unknown = (rows || []).find((r) => r.text.includes('quote-unknown-speaker'));
  check(!!unknown && /chne/.test(unknown.label) && /^Error/i.test(unknown.label), 'quote-unknown-speaker is an error naming "chne"', unknown?.label);
  check(!(rows || []).some((r) => r.label.includes(REFERENCE)), `still nothing for ${REFERENCE} with both files open`);
  await shot('problems');

  // 5b. Completion after `{@`, typed key by key in a new paragraph at the end of broken.news (the
  //     editor auto-closes `[` and `{`): the suggest widget lists the speakers with their names. The
  //     edit is undone (Ctrl+Z until the tab is clean), so the file is as on disk for what follows.
  await clickAt('Wolfgang Schmidt, head', 0);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Schmidt said [the talks were useful]');
  await page.keyboard.type('{@');
  const suggest = page.locator('.monaco-editor .suggest-widget.visible').first();
  const suggestRows = () => suggest.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => ({
    label: e.getAttribute('aria-label') || '', name: (e.querySelector('.label-name')?.textContent || '').trim(),
    text: (e.textContent || '').replace(/\s+/g, ' ').trim(), focused: e.classList.contains('focused'),
    // The detail (the speaker's name) as shown: the widget shows it in the focused row.
    detail: [...e.querySelectorAll('.details-label')].filter((d) => d.checkVisibility()).map((d) => d.textContent.trim()).join(' ') })));
  const bothIds = (rs) => ['chen', 'schmidt'].every((id) => rs.some((r) => r.name === id));
  let items = await poll(suggestRows, bothIds, 15000);
  if (!bothIds(items || [])) {
    info(`suggest widget after "{@": [${(items || []).map((r) => r.text)}]; trying Ctrl+Space`);
    await page.keyboard.press('Control+Space');
    items = await poll(suggestRows, bothIds, 15000);
  }
  items = items || [];
  const typed = (await editorLines()).find((l) => l.includes('the talks were useful')) || '';
  info(`typed line: ${typed}`);
  items.forEach((r) => info(`  suggest ${r.focused ? '>' : ' '} ${r.text} [${r.label}]`));
  await shot('completion');
  check(/\]\{@\}?$/.test(typed.trim()), `typed "{@" after "]" in ${BROKEN}: "${typed.trim()}"`, 'expected the line to end in "]{@" or "]{@}"');
  // Each id with its name as the widget shows it: chen is focused first (front matter order), the
  // arrow key moves to schmidt, which is then accepted with Enter.
  const shown = {};
  const focusedWithDetail = (id) => (rs) => rs.some((r) => r.focused && r.name === id && r.detail);
  const note = (rs) => (rs || []).filter((r) => r.focused && r.detail).forEach((r) => { shown[r.name] = r.detail; });
  note(await poll(suggestRows, focusedWithDetail('chen'), 5000, 50));
  for (let i = 0; i < items.length && !shown.schmidt; i++) {
    await page.keyboard.press('ArrowDown');
    note(await poll(suggestRows, focusedWithDetail('schmidt'), 1000, 50));
  }
  info(`suggest widget shows ${JSON.stringify(shown)}`);
  check(bothIds(items) && shown.chen === 'Chen Wenqing' && shown.schmidt === 'Wolfgang Schmidt',
    `suggest widget lists chen "${shown.chen}" and schmidt "${shown.schmidt}" (${since()})`, `rows: ${items.map((r) => `${r.text} [${r.label}]`).join(' | ')}`);
  if (!items.length) await dump('completion', '.monaco-editor .suggest-widget');
  await page.keyboard.press('Enter');
  const accepted = await poll(editorLines, (ls) => ls.some((l) => l.includes('[the talks were useful]{@schmidt}')), 10000);
  check((accepted || []).some((l) => l.includes('[the talks were useful]{@schmidt}')), 'accepting schmidt writes "]{@schmidt}"',
    (accepted || []).find((l) => l.includes('the talks')));
  const undo1 = await undoUntilClean(BROKEN);
  const after1 = await editorLines();
  check(undo1.wasDirty && undo1.clean && !after1.some((l) => l.includes('the talks were useful')),
    `Ctrl+Z (${undo1.presses}x) restores ${BROKEN}: tab clean, typed paragraph gone`, `${JSON.stringify(undo1)}; ${after1.slice(-3).join(' / ')}`);

  // 5c. Quick fix through the UI: cursor on "chne", Ctrl+. opens the code action menu, which offers
  //     Change to "@chen" (Chen Wenqing); applying it clears the Problems entry. Undone afterwards.
  const FIX = 'Change to "@chen" (Chen Wenqing)';
  await clickAt('{@chne}', 3);
  const menu = page.locator('.action-widget').filter({ has: page.locator('.monaco-list-row') }).first();
  const fixRow = menu.locator('.monaco-list-row', { hasText: FIX }).first();
  await page.keyboard.press('Control+Period');
  let menuShown = await fixRow.waitFor({ state: 'visible', timeout: 15000 }).then(() => true, () => false);
  if (!menuShown) {
    info('Ctrl+. showed no quick fix menu; trying the light bulb, then "Quick Fix..."');
    await page.keyboard.press('Escape');
    await clickAt('{@chne}', 3);
    const bulb = activeEditor().locator('.lightBulbWidget').first();
    if (await bulb.isVisible().catch(() => false)) await bulb.click();
    else await runCommand('Quick Fix...');
    menuShown = await fixRow.waitFor({ state: 'visible', timeout: 15000 }).then(() => true, () => false);
  }
  const menuRows = menuShown ? await menu.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => (e.textContent || '').replace(/\s+/g, ' ').trim())) : [];
  menuRows.forEach((r) => info(`  code action ${r}`));
  await shot('quickfix-menu');
  if (!menuShown) await dump('quickfix-menu', '.context-view, .action-widget');
  check(menuShown, `quick fix menu on "chne" offers ${FIX} (${since()})`, `rows: [${menuRows}]`);
  if (menuShown) {
    // The keyboard: a click lands on the menu's pointer block until the mouse has moved.
    for (let i = 0; i < menuRows.length && !(await fixRow.evaluate((e) => e.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
    const fixed = await poll(editorLines, (ls) => ls.some((l) => l.includes('interests of both countries]{@chen}.')), 10000);
    check((fixed || []).some((l) => l.includes('interests of both countries]{@chen}.')), 'the quick fix writes "]{@chen}." in the editor',
      (fixed || []).find((l) => l.includes('interests of both')));
    const remaining = BROKEN_CODES.filter((c) => c !== 'quote-unknown-speaker');
    const cleared = await poll(problemRows, (rs) => !rs.some((r) => r.text.includes('quote-unknown-speaker')) && remaining.every((c) => rs.some((r) => r.text.includes(c))), 15000);
    await shot('quickfix-applied');
    check(!!cleared && !cleared.some((r) => r.text.includes('quote-unknown-speaker')) && remaining.every((c) => cleared.some((r) => r.text.includes(c))),
      `Problems panel: quote-unknown-speaker gone after the fix, ${remaining.join(' and ')} still listed (${since()})`, (cleared || []).map((r) => r.label).join(' | '));
  }
  await page.keyboard.press('Escape');
  await clickAt('Wolfgang Schmidt, head', 0);
  const undo2 = await undoUntilClean(BROKEN);
  const back = await poll(problemRows, (rs) => BROKEN_CODES.every((c) => rs.some((r) => r.text.includes(c))), 15000);
  const after2 = await editorLines();
  check(undo2.wasDirty && undo2.clean && after2.some((l) => l.includes(']{@chne}.')) && BROKEN_CODES.every((c) => (back || []).some((r) => r.text.includes(c))),
    `Ctrl+Z (${undo2.presses}x) restores ${BROKEN}: tab clean, "{@chne}" and its problem back (${since()})`,
    `${JSON.stringify(undo2)}; rows ${(back || []).map((r) => r.text).join(' | ')}`);

  const onDisk = readFileSync(path.join(args.folder, BROKEN), 'utf8');
  check(onDisk === readFileSync(path.join(ROOT, 'test/vscode/workspace', BROKEN), 'utf8'), `${BROKEN} in the workspace is unchanged on disk`);

  // 6. The status bar item belongs to .news editors only: a plain text editor hides it.
  const statsItem = page.locator('.statusbar-item', { hasText: /\d+ speakers?, \d+ quotes?/ });
  const shownBefore = await statsItem.count();
  await runCommand('File: New Untitled Text File');
  const hidden = await poll(() => statsItem.count(), (n) => n === 0, 15000);
  check(shownBefore > 0 && hidden === 0, 'status bar item shown for broken.news, hidden for a plain text editor', `before ${shownBefore}, after ${hidden}`);
  await runCommand('View: Revert and Close Editor');

  // 7. The overview for the README: the reference example with its outline, the problems of
  //    broken.news below it, and the hover on @chen.
  await openFile(REFERENCE);
  await outlineRows();
  const p = await pointOf('{@chen}', 3);
  if (p) { await page.mouse.move(p.x, p.y - 30); await page.mouse.move(p.x, p.y, { steps: 4 }); }
  if (await hover.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) await settled(hover);
  const overview = await shot('overview');
  if (process.env.UPDATE_SCREENSHOT === '1') {
    mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
    copyFileSync(overview, path.join(ROOT, 'docs/images/screenshot.png'));
    info('copied the overview to docs/images/screenshot.png');
  }

  // 8. A plain article marked up, reviewed and saved: wire/harbour.txt, "NewsMark: Mark Up Plain
  //    Article" from the command palette shows the draft as a diff; "Save as harbour.news" writes
  //    the article beside the .txt; the Problems panel lists nothing for it (the review notes are
  //    hints); Ctrl+. on a note accepts it; Ctrl+S saves. The new file is removed afterwards.
  await markUpPlainArticle();

  // 9. The Speakers view in the Explorer and the Quote Report webview (issue 11), with screenshots
  //    for the README (copied to docs/images/ with UPDATE_SCREENSHOT=1).
  await speakersAndReport();
  // 10. The live preview beside the editor (issue 12), its legend and its content security policy;
  //     the screenshot for the README (docs/images/preview.png with UPDATE_SCREENSHOT=1).
  await preview();
}

async function speakersAndReport() {
  await openFile(REFERENCE);
  await runCommand('View: Show Explorer');
  // Room for the view in the screenshot: the Outline folded, the panel below the editor hidden.
  const outlineHeader = page.locator('.pane-header', { hasText: /^\s*Outline/i }).first();
  if ((await outlineHeader.getAttribute('aria-expanded').catch(() => null)) === 'true') await outlineHeader.click();
  if (await page.locator('.part.panel').first().isVisible().catch(() => false)) await page.keyboard.press('Control+j'); // toggles the panel
  const header = page.locator('.pane-header', { hasText: /^\s*Speakers/i }).first();
  const headerShown = await header.waitFor({ state: 'visible', timeout: TIMEOUT }).then(() => true, () => false);
  if (headerShown && (await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = page.locator('.pane', { has: header }).first();
  const speakerRow = pane.locator('.monaco-list-row', { hasText: 'Chen Wenqing' }).first();
  const listed = headerShown && await speakerRow.waitFor({ state: 'visible', timeout: TIMEOUT }).then(() => true, () => false);
  if (listed && (await speakerRow.getAttribute('aria-expanded')) !== 'true') await speakerRow.click();
  const articleRow = pane.locator('.monaco-list-row[aria-level="2"]').first();
  if (listed && await articleRow.waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false)) {
    if ((await articleRow.getAttribute('aria-expanded')) !== 'true') await articleRow.click();
    await pane.locator('.monaco-list-row[aria-level="3"]').first().waitFor({ state: 'visible', timeout: 10000 }).catch(() => {});
  }
  const speakerText = listed ? (await speakerRow.textContent()).replace(/\s+/g, ' ').trim() : '';
  const views = await shot('speakers-view');
  if (!listed) await dump('speakers-view', '.explorer-viewlet, .sidebar');
  check(listed && /Chen Wenqing\s*2 articles · \d+ quotes/.test(speakerText), `Speakers view lists "${speakerText}" (${since()})`);

  await runCommand('NewsMark: Quote Report');
  // A webview is an iframe holding another iframe, the page itself.
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const canvas = webview.locator('#chart-speakers .chart canvas').first();
  const drawn = await canvas.waitFor({ state: 'attached', timeout: TIMEOUT }).then(() => true, () => false);
  const caption = drawn ? (await webview.locator('#chart-speakers table caption').first().textContent()) || '' : '';
  const chenCell = drawn ? await webview.locator('#chart-speakers table th[scope=row]', { hasText: 'Chen Wenqing' }).count() : 0;
  // The whole workspace for the screenshot, through the page's own scope picker.
  if (drawn) {
    await webview.locator('#scope').selectOption('workspace');
    const summary = await poll(() => webview.locator('#summary').textContent({ timeout: 1000 }), (t) => /^\d+ articles/.test(t || ''), 15000);
    check(/^\d+ articles/.test(summary || ''), `the scope picker switches the report to the workspace: "${summary}"`);
    await webview.locator('#chart-speakers .chart canvas').first().waitFor({ state: 'attached', timeout: 15000 }).catch(() => {});
  }
  const report = await shot('quote-report');
  check(drawn && /Quotes per speaker/.test(caption) && chenCell === 1, `Quote Report draws the speakers chart (a canvas) and its table "${caption}" (${since()})`);
  if (!drawn) await dump('quote-report', 'iframe.webview');
  if (process.env.UPDATE_SCREENSHOT === '1') {
    mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
    copyFileSync(views, path.join(ROOT, 'docs/images/speakers-view.png'));
    copyFileSync(report, path.join(ROOT, 'docs/images/quote-report.png'));
    info('copied the Speakers view and Quote Report screenshots to docs/images/');
  }
  await runCommand('View: Close All Editors');
}

// The live preview (issue 12): beside the editor, quotes tinted by speaker, the legend toggling a
// speaker's tint, and the content security policy: markup planted in an article shows as text,
// and an inline script put into the page (as a renderer bug would) does not run.
const PLANTED = 'planted.news';
const PLANTED_TEXT = [
  '---', 'headline: "Planted <b>markup</b>"', 'date: 2023-09-28', 'speakers:', '  eve:', '    name: Eve', '---', '',
  'BERLIN, Sept. 27 (Xinhua) -- Eve said [<script>window.__newsmarkPlanted = 1</script> and <img src=x onerror="window.__newsmarkPlanted = 2">]{@eve}.', '',
].join('\n');

const FEATURE = 'feature-harbour-town.news';

/** Opens a file just written into the workspace in the editor's group (not the preview's), from the Explorer once it lists it. */
async function openBesidePreview(name) {
  await page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines').click();
  await runCommand('View: Show Explorer');
  await page.getByRole('treeitem', { name, exact: true }).waitFor({ state: 'visible', timeout: 20000 }).catch(() => {});
  await openFile(name);
}

/** The preview's page (the frame holding its #blocks), or undefined. */
async function previewFrame() {
  for (const frame of page.frames()) {
    if (await frame.locator('#blocks').count().catch(() => 0)) return frame;
  }
  return undefined;
}

async function preview() {
  // The workspace folder's files listed in the Explorer (the Speakers view may have taken its room):
  // files written below are opened from there.
  await runCommand('View: Show Explorer');
  const folder = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${path.basename(args.folder)}\\s*$`, 'i') }).first();
  if ((await folder.getAttribute('aria-expanded').catch(() => null)) === 'false') await folder.click();
  await openFile(REFERENCE);
  await runCommand('NewsMark: Open Preview to the Side');
  const frame = await poll(previewFrame, (f) => !!f);
  const quotes = frame && await poll(() => frame.locator('q.quote').count(), (n) => n === 8);
  const groups = await page.locator('.editor-group-container').count();
  const tab = await page.locator('.tabs-container .tab', { hasText: `Preview ${REFERENCE}` }).count();
  check(quotes === 8 && groups === 2 && tab === 1, `the preview opens beside the editor with the article's 8 quotes (${since()})`, `quotes ${quotes}, groups ${groups}, tab ${tab}`);
  if (!frame) return;
  const legend = (await frame.locator('.legend button.speaker').allTextContents()).map((t) => t.trim());
  // The quote's underline is its speaker's colour, the legend's swatch for that speaker.
  const tintOf = () => frame.evaluate(() => ({
    underline: getComputedStyle(document.querySelector('q.quote')).textDecorationColor,
    swatch: getComputedStyle(document.querySelector('.legend .swatch')).backgroundColor,
    label: document.querySelector('q.quote').getAttribute('aria-label'),
  }));
  const tint = await tintOf();
  check(legend.join('|') === 'Chen Wenqing' && tint.underline === tint.swatch && /^Chen Wenqing, indirect quote: /.test(tint.label || ''),
    `quotes are tinted by speaker (${tint.underline}, the legend's colour), the legend lists ${legend.join(', ')}`, JSON.stringify(tint));
  await frame.locator('.legend button.speaker').first().click();
  const off = await poll(() => frame.locator('q.quote.untinted').count(), (n) => n === 8, 10000);
  const pressed = await frame.locator('.legend button.speaker').first().getAttribute('aria-pressed');
  const untinted = await tintOf();
  await frame.locator('.legend button.speaker').first().click();
  const on = await poll(() => frame.locator('q.quote.untinted').count(), (n) => n === 0, 10000);
  check(off === 8 && pressed === 'false' && untinted.underline !== tint.underline && on === 0, 'the legend turns a speaker\'s tint off and on again', `off ${off}, pressed ${pressed}, ${untinted.underline}, on ${on}`);

  // Clicking a quote puts the editor's cursor on its line; scrolling the preview scrolls the editor.
  const quoteLine = Number(await frame.locator('q.quote').nth(3).getAttribute('data-line'));
  await frame.locator('q.quote').nth(3).click();
  const cursor = await poll(() => page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first().textContent({ timeout: 1000 }), (t) => (t || '').startsWith(`Ln ${quoteLine + 1},`), 15000);
  check((cursor || '').startsWith(`Ln ${quoteLine + 1},`), `clicking a quote in the preview puts the cursor on its line (${cursor})`, `expected line ${quoteLine + 1}`);

  // The preview follows the active article: a feature with nine quoted speakers (the README's
  // screenshot), then markup planted in an article, shown as text.
  writeFileSync(path.join(args.folder, FEATURE), readFileSync(path.join(ROOT, 'examples', FEATURE), 'utf8'));
  writeFileSync(path.join(args.folder, PLANTED), PLANTED_TEXT);
  try {
    await openBesidePreview(FEATURE);
    const speakers = await poll(() => frame.locator('.legend button.speaker').count(), (n) => n === 9, 20000);
    const colours = await frame.evaluate(() => new Set([...document.querySelectorAll('.legend .swatch')].map((e) => getComputedStyle(e).backgroundColor)).size);
    check(speakers === 9 && colours === 8, `the preview follows the active article: ${FEATURE}'s 9 quoted speakers in the 8 colours`, `speakers ${speakers}, colours ${colours}`);
    // The editor scrolls to the quotes (Go to Line): the preview scrolls with it.
    await page.keyboard.press('Control+g');
    await page.keyboard.type('64');
    await page.keyboard.press('Enter');
    const scrolled = await poll(() => frame.evaluate(() => window.scrollY), (y) => y > 100, 15000);
    check(scrolled > 100, `the preview scrolls with the editor (to ${scrolled} px)`);
    // And the other way: the preview scrolled back to its top takes the editor to the article's top.
    const topLine = () => page.locator('.editor-group-container').first().locator('.line-numbers').evaluateAll((els) => Math.min(...els.map((e) => Number(e.textContent) || Infinity)));
    const editorTop = await topLine();
    // Scrolled again if the editor has not followed: under load, a late message of the editor's
    // own scrolling (Go to Line fires more than one) can reach the page after this scroll and
    // take it back, as a reader's second flick of the wheel would then correct. A page already at
    // its top fires no scroll event for scrollTo(0, 0): it is moved down a little first, a frame
    // before, as the wheel would.
    let backTop = editorTop;
    for (let attempt = 0; attempt < 3 && backTop > 2; attempt++) {
      await frame.evaluate(() => new Promise((resolve) => {
        if (window.scrollY === 0) window.scrollTo(0, 40);
        requestAnimationFrame(() => requestAnimationFrame(() => { window.scrollTo(0, 0); resolve(undefined); }));
      }));
      backTop = await poll(topLine, (n) => n <= 2, 8000);
    }
    check(editorTop > 20 && backTop <= 2, `scrolling the preview scrolls the editor (its top line ${editorTop} → ${backTop})`);
    await page.keyboard.press('Control+g');
    await page.keyboard.type('64');
    await page.keyboard.press('Enter');
    await poll(() => frame.evaluate(() => window.scrollY), (y) => y > 100, 15000);
    const shotFile = await shot('preview');
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
      copyFileSync(shotFile, path.join(ROOT, 'docs/images/preview.png'));
      info('copied the preview screenshot to docs/images/preview.png');
    }
    // An article with problems: markers in the preview's margin, beside the paragraphs that have them.
    await openBesidePreview(BROKEN);
    const markers = await poll(() => frame.locator('#blocks .marker-error').count(), (n) => n >= 2, 20000);
    const marked = markers ? await frame.locator('#blocks .marker-error').first().getAttribute('title') : '';
    check(markers >= 2 && /^error: /.test(marked || ''), `${BROKEN}'s errors are markers in the preview's margin (${markers})`, marked || '');
    await openBesidePreview(PLANTED);
    const shown = await poll(() => frame.locator('q.quote').first().textContent({ timeout: 1000 }), (t) => (t || '').includes('<script>'), 20000);
    const planted = await frame.evaluate(() => ({
      // Elements made of the article's text (VS Code puts a script of its own into every webview page).
      planted: document.querySelectorAll('#blocks script, #blocks img, #header b').length,
      scripts: [...document.querySelectorAll('script')].filter((e) => e.textContent.includes('__newsmarkPlanted')).length,
      ran: window.__newsmarkPlanted ?? null,
      headline: document.querySelector('.headline')?.textContent,
    }));
    check((shown || '').includes('<script>window.__newsmarkPlanted = 1</script>') && planted.planted === 0 && planted.scripts === 0 && planted.ran === null && planted.headline === 'Planted <b>markup</b>',
      'markup planted in an article is shown as text, never run', JSON.stringify({ shown, ...planted }));
    // And the policy itself: an inline script put into the page is refused and reported.
    // The violation is reported by an event, after the refusal: wait for it, with a deadline.
    const refused = await frame.evaluate(() => new Promise((resolve) => {
      const answer = (violation) => resolve({ ran: window.__newsmarkPlanted ?? null, violation });
      const deadline = setTimeout(() => answer(null), 10000);
      document.addEventListener('securitypolicyviolation', (e) => { clearTimeout(deadline); answer(e.violatedDirective); });
      const script = document.createElement('script');
      script.textContent = 'window.__newsmarkPlanted = 3';
      document.body.append(script);
    }));
    check(refused.ran === null && /^script-src/.test(refused.violation || ''), 'the content security policy refuses an inline script in the preview', JSON.stringify(refused));
  } finally {
    unlinkSync(path.join(args.folder, PLANTED));
    unlinkSync(path.join(args.folder, FEATURE));
  }
  await runCommand('View: Close All Editors');
}

/** `preview` mode: that part alone, e.g. against `npm start -- --browser` (the extension given as --payload). */
async function previewOnly() {
  const payload = args.payload ? `&payload=${encodeURIComponent(args.payload)}` : '';
  await page.goto(`${args.url}/?folder=${encodeURIComponent(args.folder)}${payload}`);
  await page.locator('.monaco-workbench').waitFor();
  await preview();
}

async function markUpPlainArticle() {
  const PLAIN = 'harbour.txt';
  const NEWS = 'harbour.news';
  const NOTE = '<!-- newsmark-review: speaker, or @lasko -->';
  const newsOnDisk = path.join(args.folder, 'wire', NEWS);
  await openFile(PLAIN);
  await runCommand('NewsMark: Mark Up Plain Article');
  const diff = page.locator('.monaco-diff-editor').first();
  const diffShown = await diff.waitFor({ state: 'visible', timeout: TIMEOUT }).then(() => true, () => false);
  const drafted = diffShown && await poll(() => diff.locator('.editor.modified .view-lines').textContent(), (t) => (t || '').includes('{@nguyen}'), 20000);
  await shot('markup-diff');
  check(diffShown && (drafted || '').includes('{@nguyen}'), `the command shows the draft beside ${PLAIN} in a diff (${since()})`, (drafted || '').slice(0, 200));
  const save = page.locator('.notifications-toasts .monaco-button', { hasText: `Save as ${NEWS}` }).first();
  const offered = await save.waitFor({ state: 'visible', timeout: 20000 }).then(() => true, () => false);
  check(offered, `a notification offers "Save as ${NEWS}"`);
  if (!offered) { await dump('markup-notification', '.notifications-toasts'); return; }
  await save.click();
  const opened = await page.locator(`.tabs-container .tab.active[data-resource-name="${NEWS}"]`).waitFor({ timeout: 20000 }).then(() => true, () => false);
  const written = await poll(() => readFileSync(newsOnDisk, 'utf8'), (t) => t.includes(NOTE), 10000);
  check(opened && (written || '').includes(NOTE), `${NEWS} is written next to ${PLAIN} and opened, with its review notes (${since()})`);
  const notesBefore = (written || '').split(NOTE).length - 1;
  // Only hints: the Problems panel lists nothing for the new article (no error, no warning).
  const rows = await poll(problemRows, (rs) => Array.isArray(rs), 10000);
  await openFile(NEWS);
  check(!(rows || []).some((r) => r.label.includes(NEWS) || r.text.includes(NEWS)), `Problems panel: nothing for ${NEWS} (the review notes are hints)`, (rows || []).map((r) => r.label).join(' | '));

  // Ctrl+. on the first note (found with Ctrl+F, which selects it) accepts it.
  await activeEditor().click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('newsmark-review');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const ACCEPT = 'Accept (remove the review note)';
  const menu = page.locator('.action-widget').filter({ has: page.locator('.monaco-list-row') }).first();
  const acceptRow = menu.locator('.monaco-list-row', { hasText: ACCEPT }).first();
  await page.keyboard.press('Control+Period');
  const menuShown = await acceptRow.waitFor({ state: 'visible', timeout: 15000 }).then(() => true, () => false);
  await shot('markup-review-menu');
  check(menuShown, `Ctrl+. on a review note offers "${ACCEPT}"`);
  if (!menuShown) { await dump('markup-review-menu', '.context-view, .action-widget'); return; }
  const menuRows = await menu.locator('.monaco-list-row').count();
  for (let i = 0; i < menuRows && !(await acceptRow.evaluate((e) => e.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
  const dirty = page.locator(`.tabs-container .tab.dirty[data-resource-name="${NEWS}"]`);
  await poll(() => dirty.count(), (n) => n > 0, 10000, 50);
  await page.keyboard.press('Control+s');
  const savedClean = await poll(() => dirty.count(), (n) => n === 0, 15000, 50);
  const savedText = await poll(() => readFileSync(newsOnDisk, 'utf8'), (t) => t.split(NOTE).length - 1 === notesBefore - 1, 10000);
  check(savedClean === 0 && (savedText || '').split(NOTE).length - 1 === notesBefore - 1,
    `accepted one review note and saved: ${notesBefore} notes before, ${(savedText || '').split(NOTE).length - 1} on disk after (${since()})`);
  await runCommand('View: Close All Editors');
  try { unlinkSync(newsOnDisk); } catch { /* already gone */ }
}

async function exthost() {
  // As @vscode/test-web: the workbench calls window.codeAutomationExit(code) when the extension host
  // that ran --extensionTestsPath ends, and window.codeAutomationLog(type, args) for its console.
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  let suitePass = 0, suiteFail = 0, summary = '';
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const text = format(...(logArgs || [])).replace(/%c\S*\s*/g, '');
    for (const line of text.split('\n')) {
      if (/^PASS /.test(line)) { suitePass++; console.log(`PASS exthost: ${line.slice(5)}`); }
      else if (/^FAIL /.test(line)) { suiteFail++; console.log(`FAIL exthost: ${line.slice(5)}`); }
      else if (/^\d+ passed, \d+ failed$/.test(line)) summary = line;
      else if (!line.trim() || /open-vsx\.org|^\s+at .*\/workbench\.js:/.test(line)) continue; // the offline gallery
      else if (type !== 'info' || process.env.E2E_VERBOSE === '1') console.log(`  [exthost ${type}] ${line}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const host = new URL(args.url).host;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${host}${args.dev}`],
    ['extensionTestsPath', `vscode-remote://${host}${args.tests}`],
  ];
  await page.goto(`${args.url}/?folder=${encodeURIComponent(args.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const limit = Number(process.env.EXTHOST_TIMEOUT_MS || 600000);
  let timer;
  const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), limit)))]);
  clearTimeout(timer);
  await shot('exthost');
  info(`extension host suite: ${summary || 'no summary'}; exit ${code} (${since()})`);
  passed += suitePass; failed += suiteFail;
  if (code === 'timeout') check(false, `extension host suite finished within ${limit} ms`);
  else if (code !== 0 && !suiteFail) check(false, `extension host exited with ${code}`, 'see the [exthost] lines above');
  else if (!suitePass && !suiteFail) check(false, 'the extension host ran no tests');
}

try {
  if (mode === 'ui') await ui();
  else if (mode === 'preview') await previewOnly();
  else if (mode === 'exthost') await exthost();
  else throw new Error(`unknown mode ${mode}`);
} catch (e) {
  check(false, `unexpected error (${since()})`, e.stack || String(e));
  await shot(`${mode}-error`);
} finally {
  await browser.close();
}
console.log(`INFO ui.mjs ${mode}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

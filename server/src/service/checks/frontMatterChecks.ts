// Front matter diagnostics: what the YAML reader found, plus the required keys.

import type { Finding } from '../diagnostics/finding';
import type { ParsedArticle } from '../syntax';
import { detectEol, lineEndAt } from '../text/scan';

export function checkFrontMatter(article: ParsedArticle): Finding[] {
  const fm = article.frontMatter;
  const text = article.text;
  const findings: Finding[] = [];
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    findings.push({
      code: 'front-matter-missing', start: at, end: lineEndAt(text, at),
      message: 'The article has no front matter: add "---" lines with its headline and publication date at the top',
    });
    return findings;
  }
  for (const p of fm.problems) {
    const f: Finding = { code: p.code, start: p.start, end: p.end, message: p.message };
    if (p.code === 'front-matter-unclosed') {
      const eol = detectEol(text);
      const at = fm.content.end;
      const needsBreak = at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r';
      f.fixes = [{ title: 'Close the front matter with "---"', preferred: true, edits: [{ start: at, end: at, newText: `${needsBreak ? eol : ''}---${eol}` }] }];
    }
    if (p.quotableValue) {
      const value = text.slice(p.quotableValue.start, p.quotableValue.end);
      f.fixes = [{ title: 'Put the value in quotes', preferred: true, edits: [{ ...p.quotableValue, newText: JSON.stringify(value) }] }];
    }
    findings.push(f);
  }
  // Missing keys are only worth saying when the YAML could be read.
  if (!fm.problems.some((p) => p.code === 'front-matter-yaml')) {
    const missing = [!fm.headline && 'headline', !fm.date && 'date'].filter(Boolean) as string[];
    if (missing.length) {
      const fence = { start: fm.start, end: fm.start + 3 };
      findings.push({
        code: 'front-matter-missing', ...fence,
        message: `The front matter has no ${missing.map((k) => `"${k}"`).join(' and no ')}: ${missing.includes('date') ? 'the publication date (YYYY-MM-DD) resolves the dateline' : 'every article needs its headline'}`,
      });
    }
    // `headline: ""` is no headline either (a placeholder left in place).
    if (fm.headline && !fm.headline.value.trim()) {
      findings.push({ code: 'front-matter-missing', start: fm.headline.start, end: fm.headline.end, message: 'The headline is empty: every article needs its headline' });
    }
  }
  return findings;
}



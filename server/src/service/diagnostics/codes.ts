// The diagnostic codes of the NewsMark spec (section 6), with their default severities.
// Codes are stable: they appear in settings (`newsmark.rules`), in disable comments and in the
// anchors of docs/syntax.md. Never rename one; add new codes instead.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';

export interface CodeInfo {
  severity: Severity;
  /** One line: when the code is reported. */
  summary: string;
}

export const DIAGNOSTIC_CODES = {
  'front-matter-unclosed': { severity: 'error', summary: '`---` opens the front matter but never closes it' },
  'front-matter-yaml': { severity: 'error', summary: 'the front matter is not valid YAML' },
  'front-matter-missing': { severity: 'warning', summary: '`headline` or `date` is absent' },
  'front-matter-date': { severity: 'error', summary: '`date` is not a real date' },
  'front-matter-key': { severity: 'warning', summary: 'a front matter key has the wrong type or is unknown' },
  'speaker-invalid': { severity: 'error', summary: 'a speaker has a bad id, no name or an unknown kind' },
  'quote-unclosed': { severity: 'error', summary: '`[...]{` or `{@...` is not closed on its paragraph' },
  'quote-orphan': { severity: 'error', summary: '`]{@id}` has no opening `[`' },
  'quote-empty': { severity: 'error', summary: 'a quote has no words between its brackets' },
  'quote-unknown-speaker': { severity: 'error', summary: 'a quote names a speaker id that is not in `speakers`' },
  'quote-marks': { severity: 'warning', summary: "a direct quote's quotation marks do not balance" },
  'quote-unattributed': { severity: 'warning', summary: 'words in quotation marks outside any quote span' },
  'dateline-missing': { severity: 'warning', summary: 'the first paragraph has no dateline' },
  'dateline-form': { severity: 'warning', summary: "the dateline departs from the house style's form" },
  'dateline-place-case': { severity: 'warning', summary: 'the dateline place is not in capitals' },
  'dateline-month-style': { severity: 'warning', summary: 'the month is written against the house style' },
  'dateline-date': { severity: 'error', summary: 'the dateline names a day that does not exist' },
  'dateline-distance': { severity: 'warning', summary: 'the dateline date is more than 7 days before publication' },
  'dateline-agency': { severity: 'warning', summary: 'the dateline agency differs from the front matter `agency`' },
  'speaker-unused': { severity: 'warning', summary: 'a speaker is defined but never quoted nor mentioned' },
  'speaker-first-reference': { severity: 'warning', summary: 'the first reference to a speaker uses an alias before the full name' },
  'speaker-ambiguous-alias': { severity: 'warning', summary: 'two speakers share an alias and the text uses it' },
  'speaker-anonymous-reason': { severity: 'warning', summary: 'an anonymous speaker has no `reason`' },
  'quote-cue-verb': { severity: 'hint', summary: 'the attribution verb next to a quote is a loaded one' },
  'dateline-weekday': { severity: 'warning', summary: 'a weekday in the first paragraphs does not fit the dateline date' },
  'dateline-standalone-city': { severity: 'hint', summary: 'AP style: a state after a stand-alone city, or none after one that needs it' },
  'speaker-registry-override': { severity: 'hint', summary: "an article's own speaker entry differs from the registry's entry of the same id" },
  'markup-uncertain': { severity: 'hint', summary: 'the markup tool left a review note `<!-- newsmark-review: ... -->` after a quote it was unsure of' },
  'quote-depth': { severity: 'warning', summary: 'a quote lies more than 32 brackets deep and is read as plain text' },
  'quote-altered': { severity: 'warning', summary: "a quote matches a passage of its speaker's sources closely but not word for word" },
  'quote-not-in-source': { severity: 'warning', summary: "no passage of the quote's speaker's sources comes close to the quote" },
  'source-missing': { severity: 'error', summary: 'a source listed in `sources` cannot be read (missing, too large, binary, not UTF-8 or outside the workspace)' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const ALL_CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}

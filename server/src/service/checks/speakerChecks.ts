// Speaker diagnostics: unused speakers, first references by alias, shared aliases in use,
// anonymous sources without a reason, and article entries that override the registry's.

import type { Finding } from '../diagnostics/finding';
import { speakerIndex } from '../context/articleContext';
import { containsPhrase } from '../parser/mentions';
import { overriddenFields, registrySpeakersBeyond } from '../registry/speakersInForce';
import { quotesBySpeaker, type ParsedArticle } from '../syntax';
import { oneLine } from '../text/characters';

export function checkSpeakers(article: ParsedArticle): Finding[] {
  const fm = article.frontMatter;
  const { definitions, registry } = speakerIndex(article);
  // Registry speakers need no front matter: their mentions are checked too.
  if (!definitions.size) return [];
  const own = fm?.speakers ?? [];
  const findings: Finding[] = [];

  // Which of the article's own speakers are never quoted nor mentioned: the scans stop as soon as
  // every one has been seen, which in an article that uses its speakers is near its start (a
  // keystroke in a 10 MB article read all its quotes and mentions here: 5 ms, issue 9).
  const unseen = new Set(own.map((s) => s.id));
  // Quotes by their counts per speaker, which the parser keeps across keystrokes (an unquoted
  // speaker made this read all 40,000 quotes of a 10 MB article on every keystroke).
  const quoted = quotesBySpeaker(article);
  for (const s of own) if (quoted.has(s.id)) unseen.delete(s.id);
  for (let i = 0; i < article.mentions.length && unseen.size; i++) unseen.delete(article.mentions[i].speakerId);

  for (const s of own) {
    const registered = registry?.byId.get(s.id);
    const differs = registered ? overriddenFields(s, registered) : [];
    if (differs.length) {
      findings.push({
        code: 'speaker-registry-override', start: s.idSpan.start, end: s.idSpan.end,
        message: `Speaker "${s.id}" overrides the registry's entry in this article (${differs.join(', ')} ${differ(differs)}): keep it if the article needs it, or remove it to use the registry's`,
        fixes: [{ title: `Remove "${s.id}" from the front matter: use the registry's entry`, edits: [removeEntry(article.text, s.idSpan.start, s.end)] }],
      });
    }
    if (unseen.has(s.id)) {
      findings.push({
        code: 'speaker-unused', start: s.idSpan.start, end: s.idSpan.end,
        message: `Speaker "${s.id}"${s.name ? ` (${oneLine(s.name.value)})` : ''} is never quoted nor mentioned`,
        fixes: [{ title: `Remove speaker "${s.id}"`, edits: [removeEntry(article.text, s.idSpan.start, s.end)] }],
      });
    }
    if (s.kind === 'anonymous' && !s.reason) {
      const at = s.kindField ?? s.idSpan;
      findings.push({ code: 'speaker-anonymous-reason', start: at.start, end: at.end, message: `Anonymous speaker "${s.id}" has no "reason": say why the source is not named, as the article gives it` });
    }
  }

  // First reference: the first mention of each speaker must be the full name, unless the full
  // name has appeared inside another speaker's name before (`the Chen Wenqing Foundation`, which
  // the longest match reads as the foundation's mention, not Chen's).
  // Stops once every speaker in force has had its first mention.
  const firstDone = new Set<string>();
  for (let i = 0; i < article.mentions.length && firstDone.size < definitions.size; i++) {
    const m = article.mentions[i];
    if (firstDone.has(m.speakerId)) continue;
    firstDone.add(m.speakerId);
    if (!m.viaAlias) continue;
    const s = definitions.get(m.speakerId);
    if (!s?.name) continue;
    const name = s.name.value;
    if (article.mentions.slice(0, i).some((earlier) => earlier.speakerId !== m.speakerId && containsPhrase(earlier.text, name))) continue;
    findings.push({
      code: 'speaker-first-reference', start: m.start, end: m.end,
      message: `First reference to ${s.name.value} uses "${m.text}": write the full name the first time`,
      fixes: [{ title: `Write the full name "${s.name.value}"`, edits: [{ start: m.start, end: m.end, newText: s.name.value }] }],
    });
  }

  // Aliases shared by several speakers, when the text uses them.
  const owners = new Map<string, string[]>();
  for (const s of [...own, ...registrySpeakersBeyond(own, registry)]) {
    const phrases = new Set([...s.aliases.map((a) => a.text), ...(s.name ? [s.name.value] : [])]);
    for (const p of phrases) owners.set(p, [...(owners.get(p) ?? []), s.id]);
  }
  // Only phrases of several speakers can be ambiguous: without any, no mention is read.
  let shared = false;
  for (const ids of owners.values()) shared ||= ids.length > 1;
  for (const m of shared ? article.mentions : []) {
    // Not only aliases: a speaker's name that is another's alias is matched as the name when
    // that speaker comes first in the front matter, and is just as ambiguous.
    const ids = owners.get(m.text);
    if (ids && ids.length > 1) {
      findings.push({
        code: 'speaker-ambiguous-alias', start: m.start, end: m.end,
        message: `"${m.text}" could be any of ${ids.map((id) => `"${id}"`).join(', ')}: use a fuller name here, or give the speakers distinct aliases`,
      });
    }
  }
  return findings;
}

/**
 * Whether the rest of an entry's line is blank but for one comma and a YAML comment: a scan, as
 * `/^[ \t]*,?[ \t]*(#.*)?$/` backtracked quadratically over a long run of blanks (issue 13).
 */
function onlyCommaOrComment(rest: string): boolean {
  let i = 0;
  while (rest[i] === ' ' || rest[i] === '\t') i++;
  if (rest[i] === ',') i++;
  while (rest[i] === ' ' || rest[i] === '\t') i++;
  return i === rest.length || rest[i] === '#';
}

/**
 * An edit removing a speaker entry [start, end): its whole lines when it has them to itself (block
 * style, or one entry a line in a flow map), otherwise the entry and one comma beside it
 * (`speakers: {chen: Chen Wenqing, bob: Bob Smith}`).
 */
function removeEntry(text: string, start: number, end: number) {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = Math.max(end, start);
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  const before = text.slice(s, start);
  const after = text.slice(end, e);
  if (/^[ \t]*$/.test(before) && onlyCommaOrComment(after)) {
    if (text[e] === '\r') e++;
    if (text[e] === '\n') e++;
    return { start: s, end: e, newText: '' };
  }
  // Within a line of a flow map: the entry with the comma after it, or else the one before it.
  let a = end;
  while (text[a] === ' ' || text[a] === '\t') a++;
  if (text[a] === ',') {
    a++;
    while (text[a] === ' ' || text[a] === '\t') a++;
    return { start, end: a, newText: '' };
  }
  let b = start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  if (text[b - 1] === ',') return { start: b - 1, end, newText: '' };
  return { start, end, newText: '' };
}

/** The verb after the list of fields: "name differs", "aliases differ" (a plural noun), "role, org differ". */
const differ = (fields: readonly string[]): string => (fields.length === 1 && fields[0] !== 'aliases' ? 'differs' : 'differ');

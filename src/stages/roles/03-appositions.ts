/**
 * 03: titles after names, set off by commas: "Ana Costa, the foreign minister, said",
 * "Lloyd Austin, the U.S. defense secretary,", "Jane Roe, a spokeswoman for the ministry,",
 * "Olaf Scholz, Germany's chancellor,".
 */
import type { Mention } from '../../core/mention.js';
import type { Span } from '../../core/span.js';
import { nameBefore } from './01-names.js';
import type { RoleCandidate } from './candidate.js';
import { APPOSITION_NOUNS, FORMER } from './rules.js';
import { readTitle } from './title-words.js';

const NOUNS = APPOSITION_NOUNS.map((n) => n.replace(/ /g, '\\s')).join('|');
/** ", the|a|X's [up to three modifiers] noun [of|for|at Org]" up to the closing comma or the end of the clause. */
const APPOSITION = new RegExp(
  String.raw`^,\s((?:the|a|an|[\p{Lu}][\p{L}.]*[’']s)\s)((?:(?:former|then-|[\p{L}.-]+)\s){0,3}?)(${NOUNS})` +
  String.raw`(?:\s(?:of|for|at|with)\s(?:the\s)?((?:[\p{Lu}][\p{L}.&'-]*)(?:\s(?:of\s|and\s|for\s)?[\p{Lu}][\p{L}.&'-]*)*))?(?=[,;.)]|\s(?:said|says|told|who|has|had|was|is)\b)`,
  'u',
);

export function appositionCandidates(text: string, range: Span, mentions: readonly Mention[]): RoleCandidate[] {
  const piece = text.slice(range.start, range.end);
  const out: RoleCandidate[] = [];
  for (const comma of piece.matchAll(/,\s(?=the\s|a\s|an\s|\p{Lu})/gu)) {
    const at = range.start + comma.index!;
    const m = APPOSITION.exec(text.slice(at, Math.min(range.end, at + 160)));
    if (!m) continue;
    const person = nameBefore(text, at, mentions);
    if (!person || person.start < range.start) continue;
    // "Prices, a minister said,": one capitalised word opening a sentence is no name unless the tagger says so.
    const opensSentence = /^[\s"“‘']*$/.test(text.slice(range.start, person.start));
    if (opensSentence && !/\s/.test(text.slice(person.start, person.end)) && !mentions.some((x) => x.start === person.start)) continue;
    const determiner = m[1]!.trim();
    const modifiers = m[2]!.trim().split(/\s+/).filter((w) => w && !/^(?:former|then-)$/.test(w));
    const possessor = /[’']s$/.test(determiner) ? [determiner] : [];
    const reading = readTitle([...possessor, ...modifiers], m[3]!);
    const titleStart = at + 2;
    const titleEnd = at + m[0].length;
    out.push({
      start: person.start, end: titleEnd, rule: 'apposition-after-name', person, titleSpan: { start: titleStart, end: titleEnd },
      title: reading.title, org: m[4] ?? reading.org, party: null, state: null, former: FORMER.test(`${m[1]}${m[2]}`) || /\b(?:former|then-)/.test(m[2]!),
    });
  }
  return out;
}

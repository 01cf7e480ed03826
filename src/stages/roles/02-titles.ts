/**
 * 02: titles before names: "Defense Secretary Lloyd Austin", "Sen. Ed Markey", "Israeli Prime
 * Minister Benjamin Netanyahu", "Pfizer chief executive Albert Bourla", "former President Bill Clinton".
 */
import type { Mention } from '../../core/mention.js';
import type { Span } from '../../core/span.js';
import { nameAfter } from './01-names.js';
import { FORMER, TITLE_ABBREVIATIONS, TITLE_NOUNS } from './rules.js';
import { readTitle } from './title-words.js';
import type { RoleCandidate } from './candidate.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOUNS = [...Object.keys(TITLE_ABBREVIATIONS), ...TITLE_NOUNS].sort((a, b) => b.length - a.length);
const TITLE = new RegExp(String.raw`(?<![\p{L}.-])(${NOUNS.map(escape).join('|')})(?=\s+\p{Lu})`, 'giu');
/** A modifier word before a title noun: capitalised, an acronym, or a possessive. */
const MODIFIER = /(?:^|\s)((?:[A-Z][\p{L}.&-]*|[a-z]+)(?:[’']s)?)\s$/u;
const MODIFIER_STOP = new Set(['the', 'a', 'an', 'and', 'of', 'said', 'says', 'told', 'with', 'by', 'for', 'to', 'in', 'on', 'as', 'at', 'former', 'then', 'late', 'ex', 'when', 'after', 'but', 'while']);
/** Capitalised adverbs that open sentences: no organisation of a title. */
const SENTENCE_ADVERBS = /^(?:Both|All|Many|Some|Several|Two|Three|Four|Each|Every|Other|Most|Yesterday|Today|Tonight|Meanwhile|However|Now|Earlier|Later|Also|Then|Here|There|Last|Next|Recently|Separately|Instead|Since|Until|Outgoing|Incoming|Newly|Current)$/;

function startsWithTitle(name: string): boolean {
  const first = name.split(/\s/)[0]!;
  return NOUNS.some((n) => n.split(' ')[0]!.toLowerCase() === first.toLowerCase());
}

/** Lower-case title nouns count only after a capitalised modifier ("Pfizer chief executive"), not alone ("the president said"). */
function modifiersBefore(text: string, start: number, floor: number): { words: string[]; start: number } {
  const words: string[] = [];
  let at = start;
  while (words.length < 3) {
    const m = MODIFIER.exec(text.slice(Math.max(floor, at - 30), at));
    if (!m || MODIFIER_STOP.has(m[1]!.toLowerCase()) || SENTENCE_ADVERBS.test(m[1]!)) break;
    if (/^[a-z]/.test(m[1]!) && !/^(?:defense|defence|interior|foreign|health|finance|home|justice|deputy|acting|state|vice)$/.test(m[1]!)) break;
    words.unshift(m[1]!);
    at -= m[1]!.length + 1;
  }
  return { words, start: at };
}

export function titleCandidates(text: string, range: Span, mentions: readonly Mention[]): RoleCandidate[] {
  const piece = text.slice(range.start, range.end);
  const out: RoleCandidate[] = [];
  for (const m of piece.matchAll(TITLE)) {
    const nounStart = range.start + m.index!;
    const noun = m[1]!;
    const mods = modifiersBefore(text, nounStart, range.start);
    if (/^\p{Ll}/u.test(noun) && mods.words.length === 0) continue;
    // "Secretary of Justice Wanda …": a title noun after "of" is the portfolio of another title.
    if (/\bof\s+$/i.test(text.slice(Math.max(range.start, nounStart - 4), nounStart))) continue;
    const person = nameAfter(text, nounStart + noun.length, mentions);
    // "Deputy Chief Minister of Goa": "Minister" is the rest of the title, not a name.
    if (!person || startsWithTitle(text.slice(person.start, person.end))) continue;
    const reading = readTitle(mods.words, TITLE_ABBREVIATIONS[noun] ? noun : noun);
    const titleSpan = { start: mods.start, end: nounStart + noun.length };
    out.push({
      start: titleSpan.start, end: person.end, rule: 'title-before-name', person, titleSpan, ...reading,
      party: null, state: null, former: FORMER.test(text.slice(Math.max(range.start, titleSpan.start - 12), titleSpan.start)),
    });
  }
  return out;
}

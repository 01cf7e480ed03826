/**
 * Step 02: the attributed claims of a headline, by form. Tried in order, first match wins per
 * clause (a headline's clauses are split at semicolons):
 *   other-outlet  "… : report", "… — sources", "…, officials say"
 *   says-after    "Y, says X" / "Y, X says"
 *   quote-colon   "'Y': X tells …"
 *   quote-dash    "'Y' — X"
 *   on-colon      "X on T: 'Y'"
 *   colon         "X: Y"
 *   speaker-verb  "X says / admits / denies / warns / claims / vows Y"; with a naming verb and a
 *                 quoted fragment after it, calls-fragment ("X calls Y 'a disgrace'")
 *   said-to       "MANILA SAID TO OFFER …" (unnamed sourcing)
 * A form only counts when its X reads as a speaker (speakerLike); else the clause attributes nothing.
 */
import type { Span } from '../../core/span.js';
import { ATTRIBUTION_VERBS, GENERIC_SOURCES, INTERVIEW_WORDS, NAMING_VERBS, NOT_SPEAKER_END, NOUN_VERBS, PARTICIPLES, PLACE_ALIASES, ROLE_ALIASES } from './rules.js';

export interface ClaimCandidate {
  readonly rule: string;
  readonly speaker: Span | null;
  readonly claim: Span;
  /** The speaker stands for another outlet or unnamed sourcing, not a person the body must name. */
  readonly generic: boolean;
  /**
   * "X: Y" is as often a topic label as a speaker ("Indian Railway: all-women crew …"): such a claim
   * only counts when the body quotes X (step 06 drops it otherwise).
   */
  readonly needsQuotedSpeaker?: boolean;
  /** The headline's verb ("admits", "denies", "warns"), when the form has one: step 05 reads what it promises. */
  readonly verb?: string;
}

const VERBS = [...ATTRIBUTION_VERBS].filter((v) => !NAMING_VERBS.has(v)).sort((a, b) => b.length - a.length).join('|');
/** Verbs only documents and data do ("Study finds", "Poll shows"): a person who "finds" something is no claim. */
const DOCUMENT_VERBS = new Set(['find', 'finds', 'show', 'shows', 'indicate', 'indicates', 'hint', 'hints']);
const OUTLET = /^(?<claim>.+?)\s*(?::|—|–|\s-\s|,)\s*(?<speaker>(?:[\p{L}.]+\s+){0,2}?(?:report|reports|sources?|media|officials|study|poll|survey|insiders|paper|newspaper|documents))(?:\s+(?:say|says|said|claim|claims|suggest|suggests|find|finds|show|shows|reveal|reveals))?\s*$/diu;
// the comma may sit inside the quote marks ("'We are living a nightmare,' says mother")
const SAYS_AFTER = new RegExp(`^(?<claim>.+?)(?:,|,['’"”]|['’"”],)\\s+(?:(?<verb>${VERBS})\\s+(?<speaker>[^,:;]{1,60})|(?<speaker2>[^,:;]{1,60}?)\\s+(?<verb2>${VERBS}))$`, 'diu');
const QUOTE_COLON = new RegExp(`^['‘"“](?<claim>.+)['’"”]:\\s*(?<speaker>.+?)\\s+(?:${VERBS})\\b`, 'diu');
const QUOTE_DASH = /^(?<claim>.+?)\s+(?:—|–|--|-)\s+(?<speaker>[^—–:]{1,50})$/du;
const ON_COLON = /^(?<speaker>[^:]{1,50}?)\s+on\s+[^:]+:\s*(?<claim>.+)$/du;
const COLON = /^(?<speaker>[^:]{1,50}):\s*(?<claim>.+)$/du;
const SAID_TO = /(?<speaker>\bsaid)\s+(?:to|likely|unlikely|near|close|set)\b/diu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;
const NOUN_AFTER = /^\s+(?:act|acts|case|cases|suit|suits|law|laws|court|process|program|programme|office|fund|bill|system|systems|center|centre|line|lines|group|services?)\b/i;

type Groups = Record<string, [number, number] | undefined>;

function group(m: RegExpExecArray, ...names: string[]): [number, number] | null {
  const indices = m.indices?.groups as Groups | undefined;
  for (const n of names) if (indices?.[n]) return indices[n]!;
  return null;
}

const lower = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}.&-]/gu, '');
const isRoleWord = (w: string) => ROLE_ALIASES[w] !== undefined || GENERIC_SOURCES.has(w) || PLACE_ALIASES[w] !== undefined;

/** Does this phrase read as someone who can say something? `strict` asks for a speaker head at its end (colon forms). */
export function speakerLike(phrase: string, strict: boolean): boolean {
  const words = phrase.match(WORD) ?? [];
  if (words.length === 0 || words.length > 7 || NOT_SPEAKER_END.test(phrase.trim())) return false;
  if (ATTRIBUTION_VERBS.has(lower(words[0]!)) || /^\d/.test(words[words.length - 1]!)) return false;
  const last = lower(words[words.length - 1]!);
  if (strict) return isRoleWord(last) || isRoleWord(last.replace(/s$/, '')) || /^\p{Lu}/u.test(words[words.length - 1]!);
  return words.some((w) => /^\p{Lu}/u.test(w) || isRoleWord(lower(w)));
}

function candidate(rule: string, base: number, speaker: [number, number] | null, claim: [number, number], generic = false): ClaimCandidate {
  return { rule, speaker: speaker ? { start: base + speaker[0], end: base + speaker[1] } : null, claim: { start: base + claim[0], end: base + claim[1] }, generic };
}

const quotedStart = (s: string) => /^\s*['‘"“]/.test(s);

/** "X verb Y": the first attribution verb among the first eight words with a speaker before it. */
function speakerVerb(clause: string, base: number, hasFragmentAfter: (at: number) => boolean, caseless: boolean): ClaimCandidate | null {
  const words = [...clause.matchAll(WORD)].slice(0, 9);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const verb = lower(w[0]);
    const naming = NAMING_VERBS.has(verb) && hasFragmentAfter(base + w.index! + w[0].length);
    if (!naming && (!ATTRIBUTION_VERBS.has(verb) || PARTICIPLES.has(verb))) continue;
    // "False Claims Act", "Support Systems": a noun-like verb before a noun that names a thing is part of a name
    if (NOUN_VERBS.has(verb) && caseless && NOUN_AFTER.test(clause.slice(w.index! + w[0].length))) continue;
    if (NAMING_VERBS.has(verb) && !naming && !ATTRIBUTION_VERBS.has(verb)) continue;
    const speaker = clause.slice(0, w.index!).trim();
    const head = lower(speaker.split(/\s+/).pop() ?? '');
    // A bare noun-like verb after a singular head is a compound noun ("Council report number 2",
    // "Government support package"): a headline's verb agrees ("Council reports").
    if (NOUN_VERBS.has(verb) && !/s$/.test(verb) && !/s$/.test(head) && !/\sand\s/i.test(speaker)) continue;
    if (DOCUMENT_VERBS.has(verb) && !GENERIC_SOURCES.has(head) && !/^(?:report|study|survey|poll|data|review|audit|analysis|figures)$/.test(head)) return null;
    if (!speakerLike(speaker, false) || /^to$/i.test(words[i - 1]![0])) return null;
    const after = /^\s*(?:that\s+)?/i.exec(clause.slice(w.index! + w[0].length))![0].length + w.index! + w[0].length;
    if (after >= clause.trimEnd().length) return null;
    const c = { ...candidate(naming ? 'calls-fragment' : 'speaker-verb', base, [0, speaker.length], [after, clause.trimEnd().length], GENERIC_SOURCES.has(head)), verb: w[0] };
    return NOUN_VERBS.has(verb) && !naming && caseless ? { ...c, needsQuotedSpeaker: true } : c;
  }
  return null;
}

/** The claims of one clause (text of the headline between semicolons), offsets from `base`. */
function clauseClaim(clause: string, base: number, fragments: readonly Span[], allCaps: boolean, caseless: boolean): ClaimCandidate | null {
  let m: RegExpExecArray | null;
  if ((m = SAYS_AFTER.exec(clause))) {
    const speaker = group(m, 'speaker', 'speaker2')!;
    // after a comma and before or after its verb, a short noun phrase is a speaker even in lower case ("…, bank says")
    const phrase = clause.slice(speaker[0], speaker[1]);
    if (speakerLike(phrase, false) || allCaps || (phrase.split(/\s+/).length <= 4 && !NOT_SPEAKER_END.test(phrase) && !/^(?:it|he|she|they|this|that)$/i.test(phrase.trim()))) {
      const head = lower(clause.slice(speaker[0], speaker[1]).split(/\s+/).pop() ?? '');
      const verb = group(m, 'verb', 'verb2')!;
      return { ...candidate('says-after', base, speaker, group(m, 'claim')!, GENERIC_SOURCES.has(head)), verb: clause.slice(verb[0], verb[1]) };
    }
  }
  if ((m = OUTLET.exec(clause)) && clause.trim().split(/\s+/).length > 3) return candidate('other-outlet', base, group(m, 'speaker'), group(m, 'claim')!, true);
  if ((m = QUOTE_COLON.exec(clause)) && speakerLike(clause.slice(...group(m, 'speaker')!), false)) return candidate('quote-colon', base, group(m, 'speaker'), group(m, 'claim')!);
  if ((m = QUOTE_DASH.exec(clause))) {
    const speaker = group(m, 'speaker')!;
    const claim = group(m, 'claim')!;
    if (speakerLike(clause.slice(...speaker), false) && clause.slice(...speaker).split(/\s+/).length <= 5 && quotedStart(clause.slice(...claim))) return candidate('quote-dash', base, speaker, claim);
  }
  if ((m = ON_COLON.exec(clause)) && quotedStart(clause.slice(group(m, 'claim')![0])) && speakerLike(clause.slice(...group(m, 'speaker')!), true)) return candidate('on-colon', base, group(m, 'speaker'), group(m, 'claim')!);
  if ((m = COLON.exec(clause))) {
    const speaker = clause.slice(...group(m, 'speaker')!);
    const claim = group(m, 'claim')!;
    if (speaker.split(/\s+/).length <= 5 && speakerLike(speaker, true) && !INTERVIEW_WORDS.test(clause.slice(claim[0]))) {
      const c = candidate('colon', base, group(m, 'speaker'), claim, GENERIC_SOURCES.has(lower(speaker.trim().split(/\s+/).pop()!)));
      return quotedStart(clause.slice(claim[0])) ? c : { ...c, needsQuotedSpeaker: true };
    }
  }
  if ((m = SAID_TO.exec(clause))) return candidate('said-to', base, group(m, 'speaker'), [0, clause.trimEnd().length], true);
  return speakerVerb(clause, base, (at) => fragments.some((f) => f.start >= at), caseless);
}

/** Short words title case leaves in lower case ("Charged with Submitting", "Suit against"). */
const TITLE_CASE_LOWER = new Set(['with', 'against', 'from', 'into', 'over', 'after', 'about', 'under', 'that', 'than', 'this', 'upon', 'onto', 'amid', 'near', 'were', 'have', 'been']);

/** An all-caps or title-case headline: its capitals say nothing about which words are names. */
export function isCaseless(headline: string): boolean {
  return (headline.match(/\p{L}{4,}/gu) ?? []).every((w) => /^\p{Lu}/u.test(w) || TITLE_CASE_LOWER.has(w));
}

/** The attributed claims of text[headline), in order; none when it attributes nothing. */
export function headlineClaims(text: string, headline: Span, fragments: readonly Span[]): ClaimCandidate[] {
  const h = text.slice(headline.start, headline.end);
  if (INTERVIEW_WORDS.test(h) && !/\b(?:says?|said)\b/i.test(h)) return [];
  const allCaps = !/\p{Ll}/u.test(h);
  const caseless = isCaseless(h);
  const out: ClaimCandidate[] = [];
  let at = 0;
  for (const clause of h.split(/;\s+/)) {
    const start = h.indexOf(clause, at);
    at = start + clause.length;
    const found = clauseClaim(clause, headline.start + start, fragments, allCaps, caseless);
    if (found) out.push(found);
  }
  return out;
}

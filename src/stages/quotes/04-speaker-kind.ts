/**
 * Step 04: what kind of source a speaker phrase is (person, anonymous, organization, document,
 * media) and the display name it gives. Pronouns and descriptors are only classified here;
 * step 06 resolves them to earlier mentions.
 */
import type { SpeakerKind } from '../../core/quote.js';
import { displayName, isAcronym } from './04-name-shape.js';
import { ANONYMOUS_PATTERNS, DOCUMENT_NOUNS, MEDIA_NAMES, MEDIA_NOUNS, NOT_ALONE_WORDS, ORGANIZATION_NAME_WORDS, ORGANIZATION_NOUNS, PERSON_NOUNS, PRONOUNS, TITLE_WORDS } from './rules.js';

export interface SpeakerReading {
  readonly kind: SpeakerKind;
  /** `pronoun` and `descriptor` phrases want resolving to an earlier mention. */
  readonly form: 'name' | 'pronoun' | 'descriptor' | 'description';
  readonly name: string;
  readonly rule: string;
  /** For `pronoun` readings: the pronoun, lower-cased ("He also" → "he"). */
  readonly pronoun?: string;
}

/** Media names, longest first, each with its pattern compiled once (compiling them per phrase was a tenth of the stage's time). */
const MEDIA_BY_LENGTH = [...MEDIA_NAMES].sort((a, b) => b.length - a.length).map((m) => ({ name: m, re: new RegExp(`(^|\\s)${m.replace(/\./g, '\\.')}(\\s|$|[’']s)`) }));

/** The head noun: last word before a post-modifier ("the report from the ministry" → report). */
export function headWord(phrase: string): string {
  const core = phrase.split(/\s+(?:of|for|from|at|with|in|by|on|who|which|that|obtained|released|published|familiar|close)\s+/i)[0]!;
  const words = core.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/[^\p{L}-]/gu, '');
}

const has = (set: ReadonlySet<string>, w: string) => set.has(w) || (w.endsWith('s') && set.has(w.slice(0, -1)));

/** Reads a speaker phrase. */
export function readSpeaker(phrase: string): SpeakerReading {
  const reading = readPhrase(phrase);
  // "Officials said" and "officials said" are one speaker: a capital that only opens the sentence is dropped
  const first = reading.name.split(' ')[0]!;
  const common = reading.form !== 'name' && /^\p{Lu}\p{Ll}+$/u.test(first) && (DETERMINER_WORDS.test(first) || has(PERSON_NOUNS, first.toLowerCase()) || has(ORGANIZATION_NOUNS, first.toLowerCase()) || has(DOCUMENT_NOUNS, first.toLowerCase()));
  return common ? { ...reading, name: first.toLowerCase() + reading.name.slice(first.length) } : reading;
}

const DETERMINER_WORDS = /^(?:The|A|An|One|Two|Three|Some|Several|Many|Other|His|Her|Their|Its|Our)$/;

function readPhrase(phrase: string): SpeakerReading {
  // "He also", "She would later": a pronoun with only lower-case words after it is still the pronoun
  const [first = '', ...rest] = phrase.split(/\s+/);
  // "In a meeting that day he was": a clause that opens with a preposition and ends in "he" / "she" (and an auxiliary)
  const late = /^(?:in|on|at|after|during|later|then|when)\s[^A-Z]*?\b(he|she)(?:\s+\p{Ll}+)?$/u.exec(phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  const lower = late ? late[1]! : first.toLowerCase();
  if (late || (PRONOUNS[lower] && (rest.length === 0 || (lower !== 'who' && rest.every((w) => /^\p{Ll}/u.test(w)))))) {
    return { kind: lower === 'he' || lower === 'she' || lower === 'i' ? 'person' : 'anonymous', form: 'pronoun', name: lower, rule: 'pronoun', pronoun: lower };
  }
  const media = MEDIA_BY_LENGTH.find((m) => m.re.test(phrase))?.name;
  const head = headWord(phrase);
  const proper = displayName(phrase);
  // a sentence-initial common noun is capitalized but no name ("Sources told …", "Officials said …")
  const name = !proper.includes(' ') && (has(PERSON_NOUNS, proper.toLowerCase()) || has(ORGANIZATION_NOUNS, proper.toLowerCase())) ? '' : proper;
  // "The Washington Post" is an outlet before "post" is a document ("a Reuters report" is the outlet's too)
  if (media && (headWord(phrase) === headWord(media) || phrase.startsWith(media) || phrase.startsWith(`the ${media}`))) return { kind: 'media', form: 'name', name: media.replace(/^The /, ''), rule: 'media-name' };
  if (has(DOCUMENT_NOUNS, head)) return { kind: 'document', form: 'description', name: name || phrase.replace(/^(the|a|an)\s+/i, ''), rule: 'document-noun' };
  if ((MEDIA_NOUNS.has(head) || /\bnews agency$/i.test(phrase)) && /^the\b/i.test(phrase)) return { kind: 'media', form: 'descriptor', name: phrase, rule: 'media-noun' };
  // "Republicans", "Canadians": the plural of a word that names no one alone is a party or a people, never "he" or "she"
  if (name && !name.includes(' ') && name.endsWith('s') && NOT_ALONE_WORDS.has(name.slice(0, -1).toLowerCase())) {
    return /^(?:republican|democrat|liberal|conservative)s$/i.test(name) ? { kind: 'organization', form: 'name', name, rule: 'party-plural' } : { kind: 'anonymous', form: 'description', name, rule: 'people-plural' };
  }
  // "FSB", "NATO", "Emergencies Ministry", "Railroad Workers United": acronyms and organisation words name no person
  if (name && (isAcronym(name) || name.split(' ').some((w) => ORGANIZATION_NAME_WORDS.has(w.toLowerCase())))) return { kind: 'organization', form: 'name', name, rule: 'organization-name' };
  // "House of Commons Speaker John Bercow", "Florida Department of Transportation official Troy Roberts": the phrase ends in a person's name
  const nameWords = name.toLowerCase().split(' ');
  const personShaped = nameWords.length > 1 && !has(ORGANIZATION_NOUNS, nameWords[nameWords.length - 1]!) && !nameWords.some((w) => NOT_ALONE_WORDS.has(w));
  const tail = phrase.replace(/[’']s$/, '').split(name)[1];
  // "Mayor of Koszalin Piotr Jedlinski has": nothing but auxiliaries after the name
  if (personShaped && tail !== undefined && /^(?:\s+(?:has|had|have|was|is|also|later|then|previously|once|would|will|could))*\s*$/.test(tail)) return { kind: 'person', form: 'name', name, rule: 'named-person' };
  if (has(ORGANIZATION_NOUNS, head) && !has(PERSON_NOUNS, head)) return { kind: 'organization', form: name ? 'name' : 'descriptor', name: name || phrase.replace(/^the\s+/i, ''), rule: 'organization-noun' };
  const personNoun = has(PERSON_NOUNS, head) || TITLE_WORDS.has(head);
  if (name && (!personNoun || /^\p{Lu}/u.test(phrase.split(/\s+/).pop() ?? ''))) return { kind: 'person', form: 'name', name, rule: 'named-person' };
  if (/^(the|this|that)\s/i.test(phrase) && personNoun) return { kind: 'person', form: 'descriptor', name: phrase, rule: 'descriptor' };
  const anon = ANONYMOUS_PATTERNS.find((p) => p.pattern.test(phrase));
  if (anon) return { kind: 'anonymous', form: 'description', name: phrase, rule: anon.rule };
  if (personNoun) return { kind: 'anonymous', form: 'description', name: phrase, rule: 'bare-role' };
  return { kind: name ? 'organization' : 'anonymous', form: 'description', name: name || phrase, rule: 'unclassified' };
}

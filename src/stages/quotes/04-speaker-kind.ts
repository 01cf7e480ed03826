/**
 * Step 04: what kind of source a speaker phrase is (person, anonymous, organization, document,
 * media) and the display name it gives. Pronouns and descriptors are only classified here;
 * step 06 resolves them to earlier mentions.
 */
import type { SpeakerKind } from '../../core/quote.js';
import { ANONYMOUS_PATTERNS, DOCUMENT_NOUNS, MEDIA_NAMES, MEDIA_NOUNS, ORGANIZATION_NOUNS, PERSON_NOUNS, PRONOUNS, TITLE_WORDS } from './rules.js';

export interface SpeakerReading {
  readonly kind: SpeakerKind;
  /** `pronoun` and `descriptor` phrases want resolving to an earlier mention. */
  readonly form: 'name' | 'pronoun' | 'descriptor' | 'description';
  readonly name: string;
  readonly rule: string;
}

const MEDIA_BY_LENGTH = [...MEDIA_NAMES].sort((a, b) => b.length - a.length);

/** The head noun: last word before a post-modifier ("the report from the ministry" → report). */
export function headWord(phrase: string): string {
  const core = phrase.split(/\s+(?:of|for|from|at|with|in|by|on|who|which|that|obtained|released|published|familiar|close)\s+/i)[0]!;
  const words = core.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/[^\p{L}-]/gu, '');
}

/** Capitalized words of the phrase with leading titles dropped ("Health Minister Ana Costa" → "Ana Costa"). */
export function properName(phrase: string): string {
  const words = phrase.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
  const caps: string[] = [];
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || (caps.length > 0 && /^(de|van|von|da|di|du|le|la|bin|al|and)$/.test(w))) caps.push(w.replace(/[,.;:]$/, ''));
    else if (caps.length > 0) break;
  }
  while (caps.length > 0 && /^(The|A|An|One)$/.test(caps[0]!)) caps.shift();
  const role = (w: string) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || PERSON_NOUNS.has(w.toLowerCase()) || /^(Engineer|Glaciologist|Dr)$/.test(w);
  while (caps.length > 1 && role(caps[0]!)) caps.shift();
  while (caps.length > 0 && /^(de|van|von|and)$/.test(caps[caps.length - 1]!)) caps.pop();
  return caps.join(' ');
}

const has = (set: ReadonlySet<string>, w: string) => set.has(w) || (w.endsWith('s') && set.has(w.slice(0, -1)));

/** Reads a speaker phrase. */
export function readSpeaker(phrase: string): SpeakerReading {
  const lower = phrase.toLowerCase();
  if (PRONOUNS[lower]) return { kind: lower === 'he' || lower === 'she' || lower === 'i' ? 'person' : 'anonymous', form: 'pronoun', name: phrase, rule: 'pronoun' };
  const media = MEDIA_BY_LENGTH.find((m) => new RegExp(`(^|\\s)${m.replace(/\./g, '\\.')}(\\s|$|[’']s)`).test(phrase));
  const head = headWord(phrase);
  const proper = properName(phrase);
  // a sentence-initial common noun is capitalized but no name ("Sources told …", "Officials said …")
  const name = !proper.includes(' ') && (has(PERSON_NOUNS, proper.toLowerCase()) || has(ORGANIZATION_NOUNS, proper.toLowerCase())) ? '' : proper;
  if (has(DOCUMENT_NOUNS, head)) return { kind: 'document', form: 'description', name: name || phrase.replace(/^(the|a|an)\s+/i, ''), rule: 'document-noun' };
  if (media && (headWord(phrase) === headWord(media) || phrase.startsWith(media) || phrase.startsWith(`the ${media}`))) return { kind: 'media', form: 'name', name: media.replace(/^The /, ''), rule: 'media-name' };
  if (MEDIA_NOUNS.has(head) && /^the\b/i.test(phrase)) return { kind: 'media', form: 'descriptor', name: phrase, rule: 'media-noun' };
  if (has(ORGANIZATION_NOUNS, head) && !has(PERSON_NOUNS, head)) return { kind: 'organization', form: name ? 'name' : 'descriptor', name: name || phrase.replace(/^the\s+/i, ''), rule: 'organization-noun' };
  const personNoun = has(PERSON_NOUNS, head) || TITLE_WORDS.has(head);
  if (name && (!personNoun || /^\p{Lu}/u.test(phrase.split(/\s+/).pop() ?? ''))) return { kind: 'person', form: 'name', name, rule: 'named-person' };
  if (/^(the|this|that)\s/i.test(phrase) && personNoun) return { kind: 'person', form: 'descriptor', name: phrase, rule: 'descriptor' };
  const anon = ANONYMOUS_PATTERNS.find((p) => p.pattern.test(phrase));
  if (anon) return { kind: 'anonymous', form: 'description', name: phrase, rule: anon.rule };
  if (personNoun) return { kind: 'anonymous', form: 'description', name: phrase, rule: 'bare-role' };
  return { kind: name ? 'organization' : 'anonymous', form: 'description', name: name || phrase, rule: 'unclassified' };
}

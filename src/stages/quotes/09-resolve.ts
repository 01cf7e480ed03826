/**
 * Step 09: speakers. Reads each speaker phrase (step 04) and resolves surnames, pronouns and
 * descriptors back to the last compatible earlier mention, the way a careful reader does;
 * quotes with no speaker of their own take the previous quote's (or the next paragraph's).
 * The entity list is local to one article.
 */
import type { Speaker, SpeakerKind } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { fullNameBefore, lastNameBefore } from './04-name-shape.js';
import { headWord, readSpeaker, type SpeakerReading } from './04-speaker-kind.js';
import { placeOrOrganization } from './04c-place-or-organization.js';
import type { Candidate } from './candidate.js';
import { DESCRIPTOR_COVERS } from './rules.js';

interface Entity {
  name: string;
  kind: SpeakerKind;
  span: Span;
  words: Set<string>;
  gender: 'he' | 'she' | null;
  /** Whether the entity has spoken in this article (a quote's speaker), not only been named. */
  spoke: boolean;
  /** Whether the mention opens its sentence (a subject: "Former premier Brian Gallant met …"), not an object named in passing. */
  subject: boolean;
  /** Where the text last mentioned the entity: "the last compatible mention" is the one mentioned last, not the one named first. */
  last?: number;
}

/** Organisation descriptors general enough to stand for any organisation named before ("the company", not "the ministry"). */
const GENERIC_ORGANIZATION = /^(?:company|firm|corporation|group|organization|organisation|utility|business|retailer|automaker|carmaker|airline|bank|insurer|startup|railway|railroad|operator)$/;

const FEMALE = /\b(mrs|ms|miss|spokeswoman|chairwoman|congresswoman|businesswoman|woman|mother|wife|daughter|sister|queen|princess|lady|dame)\b/i;
const MALE = /\b(mr|spokesman|chairman|congressman|businessman|man|father|husband|son|brother|king|prince|lord|sir)\b/i;

function opensSentence(text: string, s: Span): boolean {
  const before = /[^.!?\n“”"]*$/.exec(text.slice(Math.max(0, s.start - 80), s.start))![0];
  return before.trim().split(/\s+/).filter(Boolean).length <= 3;
}

function describe(text: string, mention: Span): Set<string> {
  const appositive = /^,\s+(?:a|an|the|who is)\s+([^,.;]+)/.exec(text.slice(mention.end, mention.end + 80));
  const phrase = `${text.slice(mention.start, mention.end)} ${appositive?.[1] ?? ''}`;
  return new Set(phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1));
}

function genderOf(text: string, mention: Span, words: Set<string>): 'he' | 'she' | null {
  const phrase = [...words].join(' ') + ' ' + text.slice(Math.max(0, mention.start - 4), mention.start);
  if (FEMALE.test(phrase)) return 'she';
  if (MALE.test(phrase)) return 'he';
  // "Darian Lonechild is new to advocacy work, but has already proven herself": the first pronoun
  // later in the same sentence that can only be a person's shows the gender the text gives them
  const rest = /^[^.!?\n]*/.exec(text.slice(mention.end, mention.end + 200))![0];
  const pronoun = /\b(he|him|his|himself|she|her|hers|herself)\b/i.exec(rest)?.[1]?.toLowerCase();
  return pronoun ? (/^(he|him|his|himself)$/.test(pronoun) ? 'he' : 'she') : null;
}

/**
 * Resolves speakers of one article; returns one Speaker (or null) per candidate, in order.
 * `names` are person mentions (step 04b) that enter the entity list as the text reaches them.
 */
export function resolveSpeakers(text: string, candidates: readonly Candidate[], names: readonly Span[] = [], from = 0): Array<Speaker | null> {
  const entities: Entity[] = [];
  const lastOf: LastOf = Object.assign((ok: (e: Entity) => boolean) => mentionedLast(entities.filter(ok)), { from });
  let nextName = 0;
  const own = candidates.map((c) => {
    const at = c.speaker?.start ?? c.start;
    for (; nextName < names.length && names[nextName]!.start < at; nextName++) resolveMention(text, names[nextName]!, entities, lastOf, false);
    return c.speaker ? resolveMention(text, c.speaker, entities, lastOf, true) : null;
  });
  const out: Array<Speaker | null> = [];
  candidates.forEach((c, i) => {
    if (!c.inherit || own[i]) return out.push(own[i] ?? null);
    const prev = out[i - 1];
    const next = c.inherit === 'next' ? candidates.findIndex((d, j) => j > i && d.speaker && d.line <= c.line + 1) : -1;
    const from = next >= 0 ? own[next] : prev ?? [...out].reverse().find((s) => s) ?? null;
    out.push(from ? { name: from.name, kind: from.kind, mention: null, resolved: from.resolved ?? from.mention } : null);
  });
  return out;
}

/** The last entity that passes `ok`; `from` is where the article starts (earlier text is another article's). */
type LastOf = ((ok: (e: Entity) => boolean) => Entity | undefined) & { readonly from: number };

/** The entity mentioned last (ties: the one named later). */
function mentionedLast(list: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  for (const e of list) if (!best || (e.last ?? e.span.start) >= (best.last ?? best.span.start)) best = e;
  return best;
}

function fromEntity(e: Entity, mention: Span, speaks = true): Speaker {
  if (speaks) e.spoke = true;
  e.last = Math.max(e.last ?? 0, mention.start);
  return { name: e.name, kind: e.kind, mention, resolved: e.span };
}

/**
 * The person "he" or "she" refers to: the last compatible one, except that someone only named in
 * passing ("after the death of Jordan Lafond"), whose gender the text has not shown, yields to the
 * last speaker the text has shown to be compatible.
 */
function personFor(want: 'he' | 'she', lastOf: LastOf): Entity | undefined {
  const e = lastOf((x) => x.kind === 'person' && (x.gender === null || x.gender === want));
  if (!e || e.spoke) return e;
  const speaker = lastOf((x) => x.kind === 'person' && x.spoke && (x.gender === want || (x.gender === null && !e.subject)));
  return e.gender === null || !e.subject ? speaker ?? e : e;
}

/** A "he" or "she" with no person read yet: the last full name in the article's text before it. */
function nameInText(text: string, mention: Span, entities: Entity[], lastOf: LastOf, want: 'he' | 'she'): Entity | undefined {
  const full = lastNameBefore(text, lastOf.from, mention.start);
  if (!full) return undefined;
  const span = { start: full.start, end: full.end };
  const words = describe(text, span);
  const gender = genderOf(text, span, words);
  // "Councillor Mara Lind describes herself …" is no antecedent for "he"
  if (gender && gender !== want) return undefined;
  const e: Entity = { name: full.name, kind: 'person', span, words, gender, spoke: false, subject: opensSentence(text, span) };
  entities.push(e);
  return e;
}

/** "Alaska says", "Ford said": one word the article also uses as a place or a company, and no one's name in it, is no person. */
function asPlaceOrOrganization(text: string, mention: Span, reading: SpeakerReading, lastOf: LastOf): SpeakerReading {
  if (reading.kind !== 'person' || reading.form !== 'name' || reading.name.includes(' ')) return reading;
  const word = reading.name;
  const org = { ...reading, kind: 'organization' as const, rule: 'place-or-organization' };
  if (lastOf((x) => x.kind === 'person' && x.name.split(' ').includes(word))) return reading;
  if (lastOf((x) => x.kind === 'organization' && x.name === word)) return org;
  if (fullNameBefore(text, lastOf.from, mention.start, word)) return reading;
  return placeOrOrganization(text, lastOf.from, word) ? org : reading;
}

function resolveMention(text: string, mention: Span, entities: Entity[], lastOf: LastOf, speaks: boolean): Speaker {
  const phrase = text.slice(mention.start, mention.end);
  const reading = asPlaceOrOrganization(text, mention, readSpeaker(phrase), lastOf);
  const lower = reading.pronoun ?? phrase.toLowerCase();
  if (lower === 'who') {
    // "Elena Ruiz, who said …": the phrase before the comma
    const window = text.slice(Math.max(0, mention.start - 80), mention.start);
    const before = /((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}’'-]*),\s*$/u.exec(window) ?? /((?:[^\s,.;:“”"]+\s+){0,3}[^\s,.;:“”"]+),\s*$/u.exec(window);
    if (before) {
      const start = mention.start - before[0].length + (before[1]!.length - before[1]!.trimStart().length);
      const antecedent = resolveMention(text, { start, end: start + before[1]!.trim().length }, entities, lastOf, speaks);
      return { ...antecedent, mention, resolved: antecedent.resolved ?? antecedent.mention };
    }
  }
  if (reading.form === 'pronoun') {
    const want = lower === 'he' || lower === 'she' ? lower : null;
    const e = want ? personFor(want, lastOf) : lower === 'i' ? lastOf((x) => x.kind === 'person') : lastOf((x) => lower === 'who' || x.kind !== 'person');
    const found = e ?? (want ? nameInText(text, mention, entities, lastOf, want) : undefined);
    if (found) {
      if (want && !found.gender) found.gender = want;
      return fromEntity(found, mention, speaks);
    }
    // nothing to resolve to: the name stays the bare pronoun, lower-cased, with `resolved` null
    if (!e) return { name: lower, kind: want || lower === 'i' ? 'person' : 'anonymous', mention, resolved: null };
    if (want && !e.gender) e.gender = want;
    return fromEntity(e, mention, speaks);
  }
  if (reading.form === 'descriptor') {
    const head = headWord(phrase);
    const covers = [head, ...(DESCRIPTOR_COVERS[head] ?? [])];
    // "the company", "the firm", "the utility": else the organisation named last ("Facebook said … the company added")
    const e = lastOf((x) => covers.some((w) => x.words.has(w)) && (reading.kind !== 'person' || x.kind === 'person'))
      ?? (reading.kind === 'organization' && GENERIC_ORGANIZATION.test(head) ? lastOf((x) => x.kind === 'organization' && /^\p{Lu}/u.test(x.name)) : undefined);
    if (e) return fromEntity(e, mention, speaks);
    if (reading.kind === 'person') return { name: phrase, kind: 'anonymous', mention, resolved: null };
  }
  if (reading.kind === 'person' && reading.form === 'name') {
    const words = reading.name.split(' ');
    const last = words[words.length - 1]!;
    const e = lastOf((x) => x.kind === 'person' && x.name.split(' ').pop() === last)
      ?? (words.length === 1 ? lastOf((x) => x.kind === 'person' && x.name.split(' ')[0] === last) : undefined);
    if (e) {
      if (words.length > e.name.split(' ').length) Object.assign(e, { name: reading.name, span: mention });
      // "Scheer said he is confident": a later mention can show the gender the first one did not
      e.gender ??= genderOf(text, mention, describe(text, mention));
      return fromEntity(e, mention, speaks);
    }
    // "Costa said" with "Ana Costa" named earlier in a sentence no rule read: the full name
    const full = words.length === 1 ? fullNameBefore(text, lastOf.from, mention.start, last) : null;
    if (full) {
      const span = { start: full.start, end: full.end };
      const words2 = describe(text, span);
      entities.push({ name: full.name, kind: 'person', span, words: words2, gender: genderOf(text, span, words2), spoke: speaks, subject: opensSentence(text, span) });
      return fromEntity(entities[entities.length - 1]!, mention, speaks);
    }
  }
  const same = lastOf((x) => x.name === reading.name && x.kind === reading.kind);
  if (same) return fromEntity(same, mention, speaks);
  const words = describe(text, mention);
  entities.push({ name: reading.name, kind: reading.kind, span: mention, words, gender: genderOf(text, mention, words), spoke: speaks, subject: opensSentence(text, mention) });
  return { name: reading.name, kind: reading.kind, mention, resolved: null };
}

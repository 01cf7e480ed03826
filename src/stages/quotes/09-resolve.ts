/**
 * Step 09: speakers. Reads each speaker phrase (step 04) and resolves surnames, pronouns and
 * descriptors back to the last compatible earlier mention, the way a careful reader does;
 * quotes with no speaker of their own take the previous quote's (or the next paragraph's).
 * The entity list is local to one article.
 */
import type { Speaker, SpeakerKind } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { headWord, readSpeaker } from './04-speaker-kind.js';
import type { Candidate } from './candidate.js';
import { DESCRIPTOR_COVERS } from './rules.js';

interface Entity {
  name: string;
  kind: SpeakerKind;
  span: Span;
  words: Set<string>;
  gender: 'he' | 'she' | null;
}

const FEMALE = /\b(mrs|ms|miss|spokeswoman|chairwoman|congresswoman|businesswoman|woman|mother|wife|daughter|sister|queen|princess|lady|dame)\b/i;
const MALE = /\b(mr|spokesman|chairman|congressman|businessman|man|father|husband|son|brother|king|prince|lord|sir)\b/i;

function describe(text: string, mention: Span): Set<string> {
  const appositive = /^,\s+(?:a|an|the|who is)\s+([^,.;]+)/.exec(text.slice(mention.end, mention.end + 80));
  const phrase = `${text.slice(mention.start, mention.end)} ${appositive?.[1] ?? ''}`;
  return new Set(phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1));
}

function genderOf(text: string, mention: Span, words: Set<string>): 'he' | 'she' | null {
  const phrase = [...words].join(' ') + ' ' + text.slice(Math.max(0, mention.start - 4), mention.start);
  return FEMALE.test(phrase) ? 'she' : MALE.test(phrase) ? 'he' : null;
}

/**
 * Resolves speakers of one article; returns one Speaker (or null) per candidate, in order.
 * `names` are person mentions (step 04b) that enter the entity list as the text reaches them.
 */
export function resolveSpeakers(text: string, candidates: readonly Candidate[], names: readonly Span[] = []): Array<Speaker | null> {
  const entities: Entity[] = [];
  const lastOf = (ok: (e: Entity) => boolean) => [...entities].reverse().find(ok);
  let nextName = 0;
  const own = candidates.map((c) => {
    const at = c.speaker?.start ?? c.start;
    for (; nextName < names.length && names[nextName]!.start < at; nextName++) resolveMention(text, names[nextName]!, entities, lastOf);
    return c.speaker ? resolveMention(text, c.speaker, entities, lastOf) : null;
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

type LastOf = (ok: (e: Entity) => boolean) => Entity | undefined;

function fromEntity(e: Entity, mention: Span): Speaker {
  return { name: e.name, kind: e.kind, mention, resolved: e.span };
}

function resolveMention(text: string, mention: Span, entities: Entity[], lastOf: LastOf): Speaker {
  const phrase = text.slice(mention.start, mention.end);
  const reading = readSpeaker(phrase);
  const lower = phrase.toLowerCase();
  if (lower === 'who') {
    // "Elena Ruiz, who said …": the phrase before the comma
    const window = text.slice(Math.max(0, mention.start - 80), mention.start);
    const before = /((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}’'-]*),\s*$/u.exec(window) ?? /((?:[^\s,.;:“”"]+\s+){0,3}[^\s,.;:“”"]+),\s*$/u.exec(window);
    if (before) {
      const start = mention.start - before[0].length + (before[1]!.length - before[1]!.trimStart().length);
      const antecedent = resolveMention(text, { start, end: start + before[1]!.trim().length }, entities, lastOf);
      return { ...antecedent, mention, resolved: antecedent.resolved ?? antecedent.mention };
    }
  }
  if (reading.form === 'pronoun') {
    const want = lower === 'he' || lower === 'she' ? lower : null;
    const e = want
      ? lastOf((x) => x.kind === 'person' && (x.gender === null || x.gender === want))
      : lower === 'i' ? lastOf((x) => x.kind === 'person') : lastOf((x) => lower === 'who' || x.kind !== 'person');
    if (!e) return { name: phrase, kind: want || lower === 'i' ? 'person' : 'anonymous', mention, resolved: null };
    if (want && !e.gender) e.gender = want;
    return fromEntity(e, mention);
  }
  if (reading.form === 'descriptor') {
    const head = headWord(phrase);
    const covers = [head, ...(DESCRIPTOR_COVERS[head] ?? [])];
    const e = lastOf((x) => covers.some((w) => x.words.has(w)) && (reading.kind !== 'person' || x.kind === 'person'));
    if (e) return fromEntity(e, mention);
    if (reading.kind === 'person') return { name: phrase, kind: 'anonymous', mention, resolved: null };
  }
  if (reading.kind === 'person' && reading.form === 'name') {
    const last = reading.name.split(' ').pop()!;
    const e = lastOf((x) => x.kind === 'person' && x.name.split(' ').pop() === last);
    if (e) {
      if (reading.name.split(' ').length > e.name.split(' ').length) Object.assign(e, { name: reading.name, span: mention });
      return fromEntity(e, mention);
    }
  }
  const same = lastOf((x) => x.name === reading.name && x.kind === reading.kind);
  if (same) return fromEntity(same, mention);
  const words = describe(text, mention);
  entities.push({ name: reading.name, kind: reading.kind, span: mention, words, gender: genderOf(text, mention, words) });
  return { name: reading.name, kind: reading.kind, mention, resolved: null };
}

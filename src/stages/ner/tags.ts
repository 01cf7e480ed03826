/**
 * BILOU tags for entity spans over tokens: B(egin) I(nside) L(ast) O(utside) U(nit). BILOU
 * tells the tagger more about a token's place in a name than BIO does (Ratinov & Roth 2009).
 */
import type { EntityType } from '../../core/mention.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

/** Tag index 0 is O; then B, I, L, U for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

export interface TokenSpan {
  /** First token index. */
  readonly start: number;
  /** One past the last token index. */
  readonly end: number;
  readonly type: EntityType;
}

const tagIndex = (prefix: string, type: EntityType): number => TAGS.indexOf(`${prefix}-${type}`);

/** The tag sequence for `length` tokens with these entity spans. */
export function encodeBilou(spans: readonly TokenSpan[], length: number): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = tagIndex('U', s.type);
    else {
      for (let i = s.start; i < s.end; i++) tags[i] = tagIndex('I', s.type);
      tags[s.start] = tagIndex('B', s.type);
      tags[s.end - 1] = tagIndex('L', s.type);
    }
  }
  return tags;
}

/** Entity spans from a tag sequence (a valid one: decoding forbids broken sequences). */
export function decodeBilou(tags: readonly number[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]!]!;
    const type = tag.slice(2) as EntityType;
    if (tag[0] === 'U') out.push({ start: i, end: i + 1, type });
    else if (tag[0] === 'B') open = i;
    else if (tag[0] === 'L' && open >= 0) {
      out.push({ start: open, end: i + 1, type });
      open = -1;
    }
  }
  return out;
}

/** May tag `b` follow tag `a` (-1 for the sentence start)? Also used for "may a sentence end after a". */
export function allowed(a: number, b: number): boolean {
  const pa = a < 0 ? 'O' : TAGS[a]![0];
  const pb = b < 0 ? 'O' : TAGS[b]![0];
  const inside = pa === 'B' || pa === 'I';
  if (inside) return (pb === 'I' || pb === 'L') && TAGS[a]!.slice(2) === TAGS[b]!.slice(2);
  return pb === 'O' || pb === 'B' || pb === 'U';
}

import type { Correction, CorrectionKind, NewCorrection } from '../core/correction.js';
import { PresstrailError } from '../core/errors.js';
import type { SpeakerKind } from '../core/quote.js';
import { speakerKey } from './quote-rows.js';

const KINDS: readonly CorrectionKind[] = ['quote.speaker', 'quote.reject', 'entity.merge', 'entity.split', 'entity.rename'];
const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'anonymous', 'organization', 'document', 'media'];

/** What every backend stores for a correction besides its id and times. */
export interface CorrectionRow {
  readonly kind: CorrectionKind;
  readonly target: string;
  readonly anchorDocument: string | null;
  readonly anchorStart: number | null;
  readonly anchorEnd: number | null;
  readonly value: string;
  readonly speakerName: string | null;
  readonly speakerKey: string | null;
  readonly speakerKind: SpeakerKind | null;
  readonly note: string | null;
  readonly author: string | null;
}

export function isQuoteCorrection(kind: CorrectionKind): boolean {
  return kind === 'quote.speaker' || kind === 'quote.reject';
}

function bad(message: string): never {
  throw new PresstrailError('PT-E013', message);
}

function checkValue(c: NewCorrection): { name: string; kind: SpeakerKind } | null {
  if (typeof c.value !== 'object' || c.value === null || Array.isArray(c.value)) bad(`A ${c.kind} correction needs an object value.`);
  if (c.kind !== 'quote.speaker') return null;
  const { name, kind } = c.value as { name?: unknown; kind?: unknown };
  if (typeof name !== 'string' || name.trim() === '') bad('A quote.speaker correction needs a non-empty speaker name.');
  if (!SPEAKER_KINDS.includes(kind as SpeakerKind)) bad(`Unknown speaker kind "${String(kind)}"; use one of ${SPEAKER_KINDS.join(', ')}.`);
  return { name: name.replace(/\s+/g, ' ').trim(), kind: kind as SpeakerKind };
}

function checkAnchor(c: NewCorrection): void {
  const a = c.anchor;
  if (a === undefined) return;
  const ok = typeof a.document === 'string' && a.document !== '' && Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end >= a.start;
  if (!ok) bad(`Invalid correction anchor ${JSON.stringify(a)}: it needs a document id and 0 <= start <= end.`);
}

/** Checks a new correction (PT-E012 / PT-E013) and turns it into the row every backend stores. */
export function correctionRow(c: NewCorrection): CorrectionRow {
  if (!KINDS.includes(c.kind)) throw new PresstrailError('PT-E012', `Unknown correction kind "${String(c.kind)}"; use one of ${KINDS.join(', ')}.`);
  if (typeof c.target !== 'string' || c.target.trim() === '') bad('A correction needs the id of what it corrects (target).');
  for (const field of ['note', 'author'] as const) {
    if (c[field] !== undefined && typeof c[field] !== 'string') bad(`A correction's ${field} must be text.`);
  }
  checkAnchor(c);
  const speaker = checkValue(c);
  const value = c.kind === 'quote.speaker' && speaker ? { ...c.value, name: speaker.name } : c.value;
  return {
    kind: c.kind, target: c.target, anchorDocument: c.anchor?.document ?? null, anchorStart: c.anchor?.start ?? null, anchorEnd: c.anchor?.end ?? null,
    value: JSON.stringify(value), speakerName: speaker?.name ?? null, speakerKey: speaker ? speakerKey(speaker.name) : null,
    speakerKind: speaker?.kind ?? null, note: c.note ?? null, author: c.author ?? null,
  };
}

/** A stored row back as a Correction (optional fields absent rather than null, as they were given). */
export function rowToCorrection(r: CorrectionRow & { id: string; createdAt: string; undoneAt: string | null }): Correction {
  return {
    id: r.id, kind: r.kind, target: r.target,
    ...(r.anchorDocument !== null ? { anchor: { document: r.anchorDocument, start: Number(r.anchorStart), end: Number(r.anchorEnd) } } : {}),
    value: JSON.parse(r.value) as Record<string, unknown>,
    ...(r.note !== null ? { note: r.note } : {}), ...(r.author !== null ? { author: r.author } : {}),
    createdAt: r.createdAt, undoneAt: r.undoneAt,
  };
}

/** Thrown when a quote correction has no anchor and its target quote is unknown. */
export function unknownQuote(id: string): PresstrailError {
  return new PresstrailError('PT-E014', `No quote "${id}" in the store; list quote ids with \`presstrail quotes\`.`);
}

/** A quote row read through the corrected view: `corrected` only where a correction changed it. */
export function correctedFlag<T extends { corrected?: unknown }>(row: T): Omit<T, 'corrected'> & { corrected?: true } {
  const { corrected, ...rest } = row;
  return corrected === true || corrected === 1 ? { ...rest, corrected: true } : rest;
}

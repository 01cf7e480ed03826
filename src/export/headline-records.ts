import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import type { HeadlineCheck, HeadlineClaim, HeadlineVerdict } from '../core/headline.js';
import type { Span } from '../core/span.js';
import type { SpanRecord, SpanText } from './quote-records.js';

/**
 * One claim of a headline as exported (docs/export.md, `headline`): `speaker` is the resolved
 * name, `text`/`start`/`end` the claim's words in the headline, `evidence` the body passages
 * that support it, best first (`quote` is a quote id, or null for a body paragraph naming the speaker).
 */
export interface HeadlineClaimRecord {
  readonly speaker: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly verdict: HeadlineVerdict;
  readonly evidence: ReadonlyArray<{ readonly quote: string | null; readonly similarity: number; readonly start: number; readonly end: number }>;
  readonly rule: string;
  /** The headline's words for the speaker, and the body mention they resolved to. */
  readonly speakerMention: SpanText | null;
  readonly speakerBody: SpanText | null;
  readonly speakerMatch: string | null;
  /** The entity id once an entities stage supplies one; null until then. */
  readonly entity: string | null;
  readonly fragments: ReadonlyArray<SpanText & { readonly inBody: boolean }>;
  /** Why the meaning checks decided the verdict ("antonym: …", "negation: …"), null when wording alone did. */
  readonly reason: string | null;
}

export interface HeadlineRecord extends Omit<SpanRecord, 'rule'> {
  readonly type: 'headline';
  readonly verdict: HeadlineVerdict;
  readonly claims: readonly HeadlineClaimRecord[];
  readonly unsupported: readonly SpanText[];
}

const spanText = (text: string, s: Span | null): SpanText | null => (s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null);

export function headlineClaimRecord(text: string, c: HeadlineClaim): HeadlineClaimRecord {
  return {
    speaker: c.speaker?.name ?? null, text: text.slice(c.start, c.end), start: c.start, end: c.end, verdict: c.verdict,
    evidence: c.evidence.map((e) => ({ quote: e.quote, similarity: e.similarity, start: e.start, end: e.end })), rule: c.rule,
    speakerMention: spanText(text, c.speaker?.mention ?? null), speakerBody: spanText(text, c.speaker?.body ?? null),
    speakerMatch: c.speaker?.match ?? null, entity: c.speaker?.entity ?? null,
    fragments: c.fragments.map((f) => ({ ...spanText(text, f)!, inBody: f.inBody })), reason: c.reason ?? null,
  };
}

export function headlineRecord(doc: Document, h: HeadlineCheck): HeadlineRecord {
  return {
    type: 'headline', id: h.id, article: h.article, document: doc.id, start: h.start, end: h.end, text: doc.text.slice(h.start, h.end),
    verdict: h.verdict, claims: h.claims.map((c) => headlineClaimRecord(doc.text, c)), unsupported: h.unsupportedFragments.map((s) => spanText(doc.text, s)!), by: h.by,
  };
}

export function headlineRecordsOf(doc: Document): HeadlineRecord[] {
  return getLayer<HeadlineCheck>(doc, 'headlines').map((h) => headlineRecord(doc, h));
}

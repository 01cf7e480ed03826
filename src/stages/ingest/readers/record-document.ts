import type { Block, Document, MetaHint, Origin, SourceMap } from '../../../core/document.js';
import { createDocument } from '../../../core/document.js';
import type { DocumentMessage } from '../../../core/diagnostics.js';

export interface RecordParts {
  readonly origin: Origin;
  readonly title: string;
  readonly body: string;
  readonly bodyBlocks?: readonly Block[];
  readonly bodySourceMap?: SourceMap;
  readonly hints: readonly MetaHint[];
  readonly messages?: readonly DocumentMessage[];
}

const SEPARATOR = '\n\n';

/**
 * A structured record (JSONL line, feed item) becomes one document whose text is
 * `title + "\n\n" + body`, so the title has a span like every other field. The title is
 * marked as a heading block; blocks the body already had are shifted behind it.
 */
export function recordDocument(parts: RecordParts): Document {
  const title = parts.title.replace(/\s+/g, ' ').trim();
  const offset = title.length > 0 ? title.length + SEPARATOR.length : 0;
  const text = title.length > 0 ? title + SEPARATOR + parts.body : parts.body;
  const heading: Block[] = title.length > 0 ? [{ start: 0, end: title.length, kind: 'heading', level: 1, by: 'ingest.record.v1', rule: 'record-title' }] : [];
  const shifted = (parts.bodyBlocks ?? []).map((b) => ({ ...b, start: b.start + offset, end: b.end + offset }));
  return createDocument({
    origin: parts.origin,
    text,
    ...(parts.bodySourceMap ? { sourceMap: { segments: parts.bodySourceMap.segments.map(([a, b, c, d]) => [a + offset, b + offset, c, d] as const) } } : {}),
    hints: parts.hints,
    blocks: [...heading, ...shifted],
    messages: parts.messages ?? [],
  });
}

export function hint(field: MetaHint['field'], value: unknown, source: string): MetaHint[] {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return [];
  const v = value.trim();
  return v.length > 0 ? [{ field, value: v, source }] : [];
}

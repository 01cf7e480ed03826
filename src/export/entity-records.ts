/**
 * Entity, mention and event records of a JSONL export (docs/export.md), and the entity id on each
 * quote's speaker. Computed values point at spans: an entity's name at `nameSupport`, each role at
 * the span and article that give it, each event's date at its words and sentence.
 */
import type { DateExpression } from '../core/date-expression.js';
import { getLayer, type Document } from '../core/document.js';
import type { DocumentSpan, Entity } from '../core/entity.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import type { Store } from '../store/store.js';
import type { SpanText } from './quote-records.js';
import { withClaimEntities } from './headline-entities.js';
import type { HeadlineRecord } from './headline-records.js';

export interface EntityRecord {
  readonly type: 'entity';
  readonly id: string;
  readonly name: string;
  readonly kind: Entity['kind'];
  readonly aliases: readonly string[];
  readonly roles: ReadonlyArray<{ readonly title: string; readonly org: string | null; readonly party: string | null; readonly state: string | null; readonly former: boolean;
    readonly from: string | null; readonly to: string | null; readonly article: string | null; readonly document: string; readonly start: number; readonly end: number }>;
  readonly nameSupport: readonly DocumentSpan[];
  readonly mentions: number;
  readonly articles: number;
  readonly quotes: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly corrections: readonly string[];
}

export interface MentionRecord {
  readonly type: 'mention';
  readonly entity: string;
  readonly article: string | null;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: EntityMentionRow['kind'];
  readonly source: EntityMentionRow['source'];
  readonly rule: string;
}

export interface EventRecord {
  readonly type: 'event';
  readonly article: string;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly date: string;
  readonly granularity: DateExpression['granularity'];
  readonly qualifier: DateExpression['qualifier'];
  readonly from: string;
  readonly to: string;
  readonly anchor: string | null;
  readonly text: string;
  readonly sentence: SpanText;
  readonly by: string;
  readonly rule: string;
}

export function entityRecord(e: Entity): EntityRecord {
  return {
    type: 'entity', id: e.id, name: e.name, kind: e.kind, aliases: e.aliases.map((a) => a.name).filter((a) => a !== e.name),
    roles: e.roles.map((r) => ({ title: r.title, org: r.org, party: r.party, state: r.state, former: r.former, from: r.from, to: r.to, article: r.article, document: r.document, start: r.start, end: r.end })),
    nameSupport: e.nameSupport, mentions: e.mentions, articles: e.articles, quotes: e.quotes, firstDate: e.firstDate, lastDate: e.lastDate, corrections: e.corrections,
  };
}

export function mentionRecord(r: EntityMentionRow & { entity: string }): MentionRecord {
  return { type: 'mention', entity: r.entity, article: r.article, document: r.document, start: r.start, end: r.end, text: r.text, kind: r.kind, source: r.source, rule: r.rule };
}

export function eventRecordsOf(doc: Document): EventRecord[] {
  return getLayer<DateExpression>(doc, 'dates').map((d) => ({
    type: 'event', article: d.article, document: doc.id, start: d.start, end: d.end, date: d.value, granularity: d.granularity, qualifier: d.qualifier,
    from: d.from, to: d.to, anchor: d.anchor, text: doc.text.slice(d.start, d.end),
    sentence: { start: d.sentence.start, end: d.sentence.end, text: doc.text.slice(d.sentence.start, d.sentence.end) }, by: d.by, rule: d.rule,
  }));
}

type AnyRecord = { readonly type: string };

/** What the export adds for entities: per document (speaker ids of quotes and headline claims, mentions, events) and at the end (entities). */
export async function entityExport(store: Store): Promise<{ document(doc: Document, records: readonly AnyRecord[]): AnyRecord[]; tail(): Promise<EntityRecord[]> }> {
  const rows = await store.listEntityMentions();
  const byDocument = new Map<string, EntityMentionRow[]>();
  const speakers = new Map<string, string>();
  for (const r of rows) {
    if (r.entity === null) continue;
    byDocument.set(r.document, [...(byDocument.get(r.document) ?? []), r]);
    for (const q of r.quotes) speakers.set(q, r.entity);
  }
  return {
    document(doc, records) {
      const linked = (byDocument.get(doc.id) ?? []) as Array<EntityMentionRow & { entity: string }>;
      const withIds = records.map((r) => {
        const q = r as AnyRecord & { id?: string; speaker?: { entity: string | null } | null };
        if (r.type === 'headline') return withClaimEntities(r as HeadlineRecord, linked, speakers);
        return r.type === 'quote' && q.speaker && q.id ? { ...r, speaker: { ...q.speaker, entity: speakers.get(q.id) ?? null } } : r;
      });
      const mentions = (byDocument.get(doc.id) ?? []).map((m) => mentionRecord(m as EntityMentionRow & { entity: string }));
      return [...withIds, ...mentions, ...eventRecordsOf(doc)];
    },
    async tail() {
      return (await store.listEntities()).map(entityRecord);
    },
  };
}

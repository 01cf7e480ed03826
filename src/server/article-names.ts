import type { DateExpression, Granularity } from '../core/date-expression.js';
import { getLayer } from '../core/document.js';
import type { EntityKind } from '../core/entity.js';
import type { Span } from '../core/span.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import type { Store, StoredArticle } from '../store/store.js';

/** A name in the article as the entities step indexed it (its mention row's fields), with the entity it was assigned to. */
export type NameMark = Pick<EntityMentionRow, 'start' | 'end' | 'name' | 'kind' | 'source' | 'rule' | 'quotes' | 'role'> & {
  /** The entity and its canonical name; null before the entities step has run (or for a name it left out). */
  readonly entity: { readonly id: string; readonly name: string; readonly kind: EntityKind } | null;
};

/** A date expression of the article, resolved against its publication date. */
export interface DateMark {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly granularity: Granularity;
  readonly from: string;
  readonly to: string;
  readonly anchor: string | null;
  readonly sentence: Span;
  readonly by: string;
  readonly rule: string;
}

/** What the reader underlines beside the quotes: names (entity mentions) and dates, in document offsets. */
export interface ArticleNames {
  readonly names: readonly NameMark[];
  readonly dates: readonly DateMark[];
}

/** The names and dates of one stored article: one mention query and one entity read per distinct entity. */
export async function articleNames(store: Store, stored: StoredArticle): Promise<ArticleNames> {
  const { article, document } = stored;
  const rows = (await store.listEntityMentions({ document: document.id })).filter((r) => r.article === article.id);
  const ids = [...new Set(rows.map((r) => r.entity).filter((e): e is string => e !== null))];
  const entities = new Map((await Promise.all(ids.map((id) => store.getEntity(id)))).filter((e) => e !== null).map((e) => [e.id, e]));
  const names = rows.map((r): NameMark => {
    const e = r.entity ? entities.get(r.entity) : undefined;
    return { start: r.start, end: r.end, name: r.name, kind: r.kind, source: r.source, rule: r.rule, quotes: r.quotes, role: r.role, entity: e ? { id: e.id, name: e.name, kind: e.kind } : null };
  });
  const dates = getLayer<DateExpression>(document, 'dates').filter((d) => d.article === article.id)
    .map((d): DateMark => ({ start: d.start, end: d.end, value: d.value, granularity: d.granularity, from: d.from, to: d.to, anchor: d.anchor, sentence: d.sentence, by: d.by, rule: d.rule }));
  return { names, dates };
}

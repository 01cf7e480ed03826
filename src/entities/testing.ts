/** Test helper: mention rows written by hand, one article per `article` name, positions in order. */
import type { EntityKind } from '../core/entity.js';
import type { EntityMentionRow, MentionRole } from '../store/entity-rows.js';

export interface RowSpec {
  readonly name: string;
  readonly article: string;
  readonly kind?: EntityKind;
  readonly title?: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly quotes?: readonly string[];
}

export function rows(specs: readonly RowSpec[]): EntityMentionRow[] {
  const next = new Map<string, number>();
  return specs.map((s) => {
    const ordinal = next.get(s.article) ?? 0;
    next.set(s.article, ordinal + 1);
    const start = ordinal * 100;
    const role: MentionRole | null = s.title ? { title: s.title, org: null, party: null, state: null, former: false, start: start - 10, end: start + s.name.length } : null;
    return {
      document: `d_${s.article}`, article: `a_${s.article}_0`, ordinal, start, end: start + s.name.length, text: s.name, name: s.name,
      kind: s.kind ?? 'person', source: 'mentions', rule: 'test', quotes: s.quotes ?? [], role, date: s.date ?? null, outlet: s.outlet ?? null, entity: null,
    };
  });
}

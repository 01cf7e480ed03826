import type { ArticleView } from '../server/article-view.js';
import type { Correction } from '../core/correction.js';
import type { Overview } from '../server/compute-overview.js';
import type { IngestJob } from '../server/ingest-jobs.js';
import type { SpeakerView } from '../server/speaker-view.js';
import type { ArticleWithVerdict } from '../server/headline-verdicts.js';
import type { QuoteSummary, SpeakerSummary } from '../store/store.js';
import type { ArticleCopies } from '../server/article-copies.js';
import type { CopyClusterView } from '../server/copy-clusters.js';
import type { CopyComparison } from '../server/copy-compare.js';
import type { Entity } from '../core/entity.js';
import type { EntityView } from '../server/entity-view.js';
import type { ArticleNames } from '../server/article-names.js';
import type { EntityCorrectionResult } from '../server/entity-at.js';
import type { MentioningArticle } from '../server/entity-articles.js';
import type { TimelineItem } from '../service/timeline.js';

export interface Page<T> {
  readonly total: number;
  /** Article search stops counting at 1,000: true means at least `total` ("1,000+"). */
  readonly totalIsLowerBound?: boolean;
  readonly offset: number;
  readonly items: readonly T[];
}

/** An error the API answered with (`{error: {code, message}}`), or a network failure. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(path, { signal, headers: { accept: 'application/json' } }));
}

async function answer<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? `The server answered ${res.status}.`);
  return body as T;
}

export type ArticleFilters = { q?: string; outlet?: string; from?: string; to?: string; limit?: number; offset?: number };
export type QuoteFilters = { speaker?: string; text?: string; outlet?: string; from?: string; to?: string; limit?: number; offset?: number };

async function post<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}

export type ListedEntity = Omit<Entity, 'nameSupport'>;
export type EntityRef = { readonly id: string; readonly name: string; readonly kind: Entity['kind'] };
export type TimelineEntry = TimelineItem & { readonly mark: string };
export type TimelinePage = Page<TimelineEntry> & {
  readonly entity: EntityRef | null;
  readonly counts: Readonly<Record<TimelineItem['kind'], number>>;
  readonly chart: { readonly unit: 'month' | 'year'; readonly periods: ReadonlyArray<{ readonly period: string } & Readonly<Record<TimelineItem['kind'], number>>> };
};
export type TimelineFilters = { entity?: string; from?: string; to?: string; kind?: string; limit?: number; offset?: number };

/** The entity views' calls (people, organisations, places; the timeline; entity corrections). */
export const entityApi = {
  entities: (f: { kind?: string; q?: string; limit?: number; offset?: number }, signal?: AbortSignal) => get<{ offset: number; more: boolean; items: ListedEntity[] }>(`/api/entities${query(f)}`, signal),
  entity: (id: string, signal?: AbortSignal) => get<EntityView>(`/api/entities/${encodeURIComponent(id)}${query({ limit: 50 })}`, signal),
  articles: (entity: string, f: ArticleFilters, signal?: AbortSignal) => get<Page<MentioningArticle & ArticleWithVerdict> & { entity: EntityRef }>(`/api/entities/${encodeURIComponent(entity)}/articles${query(f)}`, signal),
  names: (article: string, signal?: AbortSignal) => get<ArticleNames>(`/api/articles/${encodeURIComponent(article)}/names`, signal),
  timeline: (f: TimelineFilters, signal?: AbortSignal) => get<TimelinePage>(`/api/timeline${query(f)}`, signal),
  merge: (id: string, other: string, note?: string) => post<EntityCorrectionResult>(`/api/entities/${encodeURIComponent(id)}/merge`, { other, ...(note ? { note } : {}) }),
  split: (id: string, aliases: readonly string[], name?: string, note?: string) => post<EntityCorrectionResult>(`/api/entities/${encodeURIComponent(id)}/split`, { aliases, ...(name ? { name } : {}), ...(note ? { note } : {}) }),
  rename: (id: string, name: string, note?: string) => post<EntityCorrectionResult>(`/api/entities/${encodeURIComponent(id)}/rename`, { name, ...(note ? { note } : {}) }),
  undo: (id: string) => post<{ id: string; undone: boolean; entity?: string | null; summary?: string }>(`/api/corrections/${encodeURIComponent(id)}/undo`, {}),
};

export const api = {
  correct: (c: { kind: 'quote.speaker' | 'quote.reject'; target: string; value?: { name: string; kind: string }; note?: string }) => post<Correction>('/api/corrections', c),
  undoCorrection: (id: string) => post<{ id: string; undone: boolean }>(`/api/corrections/${encodeURIComponent(id)}/undo`, {}),
  overview: (signal?: AbortSignal) => get<Overview>('/api/overview', signal),
  outlets: (signal?: AbortSignal) => get<{ items: Array<{ outlet: string; articles: number }> }>('/api/outlets', signal),
  articles: (f: ArticleFilters, signal?: AbortSignal) => get<Page<ArticleWithVerdict>>(`/api/articles${query(f)}`, signal),
  article: (id: string, signal?: AbortSignal) => get<ArticleView>(`/api/articles/${encodeURIComponent(id)}`, signal),
  quotes: (f: QuoteFilters, signal?: AbortSignal) => get<Page<QuoteSummary>>(`/api/quotes${query(f)}`, signal),
  speakers: (q: string, signal?: AbortSignal) => get<{ items: SpeakerSummary[] }>(`/api/speakers${query({ q, limit: 8 })}`, signal),
  speaker: (name: string, kind: string | undefined, offset: number, signal?: AbortSignal, distinct?: boolean) =>
    get<SpeakerView>(`/api/speakers/${encodeURIComponent(name)}${query({ kind, offset, limit: 50, distinct: distinct ? 'true' : undefined })}`, signal),
  copies: (offset: number, signal?: AbortSignal) => get<Page<CopyClusterView>>(`/api/copies${query({ offset, limit: 20 })}`, signal),
  compareCopies: (cluster: string, a: string | undefined, b: string | undefined, signal?: AbortSignal) =>
    get<CopyComparison>(`/api/copies/${encodeURIComponent(cluster)}/compare${query({ a, b })}`, signal),
  articleCopies: (id: string, signal?: AbortSignal) => get<ArticleCopies>(`/api/articles/${encodeURIComponent(id)}/copies`, signal),
  jobs: (signal?: AbortSignal) => get<{ items: IngestJob[] }>('/api/ingest', signal),
  job: (id: string, signal?: AbortSignal) => get<IngestJob>(`/api/ingest/${encodeURIComponent(id)}`, signal),
  upload: async (files: ReadonlyArray<{ file: File; name: string }>): Promise<IngestJob> => {
    const form = new FormData();
    for (const f of files) form.append('files', f.file, f.name);
    return answer<IngestJob>(await fetch('/api/ingest', { method: 'POST', body: form }));
  },
};

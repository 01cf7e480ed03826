import type { ArticleCopies } from '../../server/article-copies.js';
import type { ReaderMarks } from './marks.js';

/** The mark id of a copied paragraph: its span, so another article's link can name it (`?mark=cp:START-END`). */
export const copyMarkId = (s: { start: number; end: number }): string => `cp:${s.start}-${s.end}`;

/**
 * The reader's marks plus one per paragraph other articles hold copies of. A copy mark spans the
 * whole paragraph, so quotes inside it stay the innermost mark and keep answering clicks.
 */
export function withCopyMarks(marks: ReaderMarks, copies: ArticleCopies | null, article: string): ReaderMarks {
  if (!copies || copies.paragraphs.length === 0) return marks;
  const spans = [...marks.spans], info = new Map(marks.info), classes = new Map(marks.classes);
  for (const paragraph of copies.paragraphs) {
    const id = copyMarkId(paragraph);
    spans.push({ id, start: paragraph.start, end: paragraph.end });
    info.set(id, { kind: 'copy', paragraph, article, cluster: copies.cluster?.id ?? null });
    classes.set(id, paragraph.copies.some((c) => c.match === 'changed') ? 'm-copy m-copy-changed' : 'm-copy');
  }
  return { ...marks, spans, info, classes };
}

import type { CorpusStep, CorpusStepResult } from '../../core/corpus-step.js';
import type { Document } from '../../core/document.js';
import type { Store } from '../../store/store.js';

/** Problems named in the summary line; the count covers them all. */
const NAMED = 3;

/**
 * `check`: every span in every layer and block of every stored document lies inside that
 * document's text (`0 <= start <= end <= length`, whole numbers), including spans nested in an
 * annotation (an article's title evidence, a quote's cue). Provenance is only as good as its
 * offsets; this finds a store damaged by hand edits, a buggy import or a stage that miscounted.
 * It reads and writes nothing else, so it is safe beside ingest; documents stored while it
 * runs may or may not be seen, and the next run sees them.
 */
export const checkStep: CorpusStep = {
  name: 'check',
  version: 1,
  async run(store: Store, progress?: (done: number, total: number) => void): Promise<CorpusStepResult> {
    const total = (await store.stats()).documents;
    let documents = 0;
    let spans = 0;
    const problems: string[] = [];
    for await (const doc of store.documents()) {
      const found = badSpans(doc);
      spans += found.checked;
      problems.push(...found.bad);
      progress?.(++documents, Math.max(total, documents));
    }
    const named = problems.slice(0, NAMED).join('; ');
    const summary = problems.length === 0
      ? `${documents} documents, ${spans} spans: every span lies inside its text`
      : `${documents} documents, ${spans} spans: ${problems.length} outside their text (${named}${problems.length > NAMED ? '; …' : ''})`;
    return { summary, counts: { documents, spans, bad: problems.length } };
  },
};

/** Checks the blocks and every layer of one document; names a bad span by document, layer and index. */
export function badSpans(doc: Document): { checked: number; bad: string[] } {
  let checked = 0;
  const bad: string[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) { value.forEach((v, i) => visit(v, `${where}[${i}]`)); return; }
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' || typeof o.end === 'number') {
      checked++;
      if (!inside(o.start, o.end, doc.text.length)) bad.push(`${doc.id} ${where} [${String(o.start)}, ${String(o.end)}) of ${doc.text.length}`);
    }
    for (const [key, child] of Object.entries(o)) if (typeof child === 'object') visit(child, `${where}.${key}`);
  };
  visit(doc.blocks, 'blocks');
  for (const [name, layer] of Object.entries(doc.layers)) visit(layer, name);
  return { checked, bad };
}

function inside(start: unknown, end: unknown, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

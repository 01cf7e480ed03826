/**
 * How often the stage says `not found` on text nobody rewrote: the sample corpus (through the
 * whole ingest pipeline), the Wikinews originals, and the scale corpora's records with titles
 * (every k-th record up to a limit). A `not found` there is a false alarm unless a person reading
 * the article agrees; the share is the figure to keep low.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLayer, type Document } from '../../src/core/document.js';
import { HEADLINE_VERDICTS, type HeadlineCheck, type HeadlineVerdict } from '../../src/core/headline.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { listInputs } from '../../src/service/list-inputs.js';
import { readInput } from '../../src/stages/ingest/read-input.js';
import { headlineDocument } from '../../src/stages/headlines/testing.js';
import { readRecords } from './pairs.js';

export interface Alarm { readonly headline: string; readonly speaker: string; readonly evidence: string; readonly similarity: number | null; readonly record: string; readonly reason: string | null }

export interface AlarmCount { readonly name: string; readonly checked: number; readonly counts: Readonly<Record<HeadlineVerdict, number>>; readonly alarms: readonly Alarm[] }

function tally(name: string, checked: ReadonlyArray<{ doc: Document; record: string }>): AlarmCount {
  const counts = Object.fromEntries(HEADLINE_VERDICTS.map((v) => [v, 0])) as Record<HeadlineVerdict, number>;
  const alarms: Alarm[] = [];
  let n = 0;
  for (const { doc, record } of checked) {
    for (const h of getLayer<HeadlineCheck>(doc, 'headlines')) {
      n++;
      counts[h.verdict]++;
      if (h.verdict !== 'not found') continue;
      const c = h.claims.find((x) => x.verdict === 'not found')!;
      const e = c.evidence[0];
      alarms.push({
        headline: doc.text.slice(h.start, h.end), record, similarity: e?.similarity ?? null, reason: c.reason ?? null,
        speaker: c.speaker ? `${doc.text.slice(c.speaker.mention.start, c.speaker.mention.end)} → ${c.speaker.name} (${c.speaker.match})` : '-',
        evidence: e ? doc.text.slice(e.start, e.end).replace(/\s+/g, ' ').slice(0, 160) : '',
      });
    }
  }
  return { name, checked: n, counts, alarms };
}

/** Every file of the sample corpus through the default pipeline (as `presstrail ingest` reads it). */
export async function sampleCorpus(dir: string): Promise<AlarmCount> {
  const docs: Array<{ doc: Document; record: string }> = [];
  for (const file of listInputs([dir]).files) {
    const read = await readInput({ bytes: readFileSync(file.path), uri: file.path }, file.path);
    for (const d of read.documents) docs.push({ doc: runPipeline(defaultPipeline, d), record: d.origin.uri });
  }
  return tally('sample corpus (sample/corpus, ingest pipeline)', docs);
}

/**
 * Records with titles of one corpus file: every `step`-th from `phase` on, up to `limit`, title
 * over text. A new phase is a sample no one has read (the rules were fixed looking at phase 0).
 */
export function titledRecords(corpora: string, file: string, limit: number, phase = 0): AlarmCount {
  const all = readRecords(corpora, file).filter((r) => typeof r.title === 'string' && r.title.trim() !== '');
  const step = Math.max(1, Math.floor(all.length / limit));
  const picked = all.filter((_, i) => i % step === phase % step).slice(0, limit);
  return tally(`${file} (${picked.length} of ${all.length} titled, phase ${phase % step})`, picked.map((r) => ({ doc: headlineDocument(r.title!.replace(/\s+/g, ' ').trim(), r.text), record: r.id })));
}

export const SCALE_FILES = ['scale-reuters21578/articles.jsonl.gz', 'scale-doj-opa-press-releases/articles.jsonl.gz', 'scale-senate-press-releases/articles.jsonl.gz'];
export const WIKINEWS = 'demo-wikinews/articles.jsonl';
export const SAMPLE_DIR = join(new URL('../../', import.meta.url).pathname, 'sample', 'corpus');

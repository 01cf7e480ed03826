/**
 * Step 01: quoted runs. Finds the stretches of a line inside quotation marks — typographic
 * (“ ” « » ‘ ’) and straight (" '), double and single — and links a run a paragraph opens and
 * does not close to the run the next paragraph opens (the multi-paragraph quote convention).
 */
import type { Span } from '../../core/span.js';

export interface QuotedRun extends Span {
  /** False when the line ends before the closing mark. */
  readonly closed: boolean;
  /** Index of the line (paragraph) the run is on. */
  readonly line: number;
  /** True when this run continues an unclosed run of the previous paragraph. */
  readonly continues: boolean;
}

const OPEN_DOUBLE = '“«„';
const CLOSE_DOUBLE = '”»“';
const BEFORE_OPEN = /[\s([{—–\-:/]/;

function opensAt(line: string, i: number): boolean {
  return i === 0 || BEFORE_OPEN.test(line[i - 1]!);
}

/**
 * A straight " closing a typographic “ (copy edited in two systems: “Obviously …," he added, “but …”): it
 * ends a word, and the next typographic mark after it opens a quotation (or there is none).
 */
function straightCloses(line: string, j: number): boolean {
  if (/\s/.test(line[j - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(line[j + 1] ?? ' ')) return false;
  const next = /[“”]/.exec(line.slice(j + 1));
  return !next || next[0] === '“';
}

function closeDouble(line: string, from: number, open: string): number {
  for (let j = from; j < line.length; j++) {
    const c = line[j]!;
    if (open === '"' ? c === '"' || c === '”' : CLOSE_DOUBLE.includes(c) && !(c === '“' && open === '“')) return j;
    if (open === '“' && c === '"' && straightCloses(line, j)) return j;
  }
  return -1;
}

/** A single closing mark: a ’ or ' not between two letters (which would be an apostrophe). */
function closeSingle(line: string, from: number): number {
  for (let j = from; j < line.length; j++) {
    const c = line[j]!;
    if ((c === '’' || c === "'") && !/[\p{L}\p{N}]/u.test(line[j + 1] ?? ' ') && !/\s/.test(line[j - 1] ?? ' ')) return j;
  }
  return -1;
}

/** Runs on one line, as offsets within the line. */
export function lineRuns(line: string): Array<{ start: number; end: number; closed: boolean }> {
  const single = !/["“”«»„]/.test(line);
  const out: Array<{ start: number; end: number; closed: boolean }> = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const isDouble = OPEN_DOUBLE.includes(c) || (c === '"' && opensAt(line, i));
    const isSingle = single && (c === '‘' || (c === "'" && opensAt(line, i))) && /[\p{L}\p{N}…]/u.test(line[i + 1] ?? '');
    if (!isDouble && !isSingle) continue;
    const close = isDouble ? closeDouble(line, i + 1, c) : closeSingle(line, i + 1);
    if (close < 0) {
      if (isDouble) out.push({ start: i, end: line.length, closed: false });
      break;
    }
    out.push({ start: i, end: close + 1, closed: true });
    i = close;
  }
  return out;
}

/** Quoted runs in the given lines (paragraphs) of `text`, in text order. */
export function quotedRuns(text: string, lines: readonly Span[]): QuotedRun[] {
  const out: QuotedRun[] = [];
  let openBefore = false;
  lines.forEach((l, index) => {
    const runs = lineRuns(text.slice(l.start, l.end));
    runs.forEach((r, k) => {
      const continues = k === 0 && openBefore && r.start === 0;
      out.push({ start: l.start + r.start, end: l.start + r.end, closed: r.closed, line: index, continues });
    });
    const last = runs[runs.length - 1];
    openBefore = last !== undefined && !last.closed;
  });
  return out;
}

import type { DriftEdit } from '../../core/copy.js';
import type { Span } from '../../core/span.js';
import { h } from '../dom.js';
import { cutPieces } from '../reader/segments.js';

/** A side's text: its article's span of the document, starting at `offset`. */
export interface SideText {
  readonly offset: number;
  readonly text: string;
}

export const sliceSide = (side: SideText, s: Span): string => side.text.slice(Math.max(0, s.start - side.offset), Math.max(0, s.end - side.offset));

/**
 * One paragraph of one side, as text, with the words that differ from the other side wrapped:
 * on the left (`a`) the words cut or replaced in <del>, on the right (`b`) the words added or
 * replacing in <ins>; a change inside a quotation is also marked `in-quote`. (style.css gives
 * each a hidden "cut:" / "added:" word for screen readers, which pass over <del>/<ins> silently.)
 */
export function diffParagraph(side: SideText, span: Span, edits: readonly DriftEdit[], which: 'a' | 'b'): HTMLElement {
  const mine = edits.map((e, i) => ({ id: String(i), start: e[which].start, end: e[which].end, edit: e })).filter((m) => m.end > m.start);
  const pieces = cutPieces(span.end - span.start, span.start, mine, []);
  const p = h('p', { class: 'copy-para' });
  for (const piece of pieces) {
    const text = sliceSide(side, { start: span.start + piece.start, end: span.start + piece.end });
    const id = piece.marks[piece.marks.length - 1];
    if (id === undefined) { p.append(text); continue; }
    const edit = edits[Number(id)]!;
    const cls = edit.inQuote ? 'in-quote' : null;
    p.append(which === 'a' ? h('del', { class: cls }, text) : h('ins', { class: cls }, text));
  }
  return p;
}

/** The drift edits that fall inside one aligned pair of paragraphs. */
export function editsWithin(drift: readonly DriftEdit[], a: Span, b: Span): DriftEdit[] {
  return drift.filter((d) => d.a.start >= a.start && d.a.end <= a.end && d.b.start >= b.start && d.b.end <= b.end);
}

/** A quotation change in words: lost "…", gained "…", or "…" → "…". */
export function quoteChange(a: SideText, b: SideText, d: DriftEdit): string {
  const was = sliceSide(a, d.a).replace(/\s+/g, ' '), now = sliceSide(b, d.b).replace(/\s+/g, ' ');
  return d.op === 'insert' ? `gained “${now}”` : d.op === 'delete' ? `lost “${was}”` : `“${was}” became “${now}”`;
}

import type { BoilerplateSpan } from '../../core/article.js';
import type { ArticleView } from '../../server/article-view.js';
import { h } from '../dom.js';
import { type ReaderMarks, speakerLabel } from './marks.js';
import { cutPieces, innermost, type Piece } from './segments.js';

/** Marks a keyboard user can reach with Tab (cues and mentions sit inside their quote). */
const FOCUSABLE = /^(q|at|f|ent|dt):/;
/** A copied paragraph (cp:) is reachable where no other mark covers its words (the reader also lists them). */
const focusable = (id: string, piece: Piece, text: string) => FOCUSABLE.test(id) || (id.startsWith('cp:') && piece.marks.length === 1 && /\w/.test(text));

/**
 * Draws the article text as text nodes inside spans, one span per piece with the classes of all
 * marks over it. Boilerplate is folded into <details>. The first piece of each quote,
 * attribution and field is a focusable button-like span; the caller listens for activation.
 */
export function renderText(view: ArticleView, marks: ReaderMarks): HTMLElement {
  const folds: BoilerplateSpan[] = [...view.boilerplate].sort((a, b) => a.start - b.start);
  const pieces = cutPieces(view.text.length, view.offset, marks.spans, folds);
  const body = h('div', { class: 'article-text', lang: 'en' });
  const seen = new Set<string>();
  const lastPiece = lastPieceOfQuotes(pieces);
  let fold: { index: number; box: HTMLElement } | null = null;
  for (const [i, piece] of pieces.entries()) {
    const el = pieceNode(view, marks, piece, seen);
    if (piece.fold >= 0) {
      if (!fold || fold.index !== piece.fold) fold = { index: piece.fold, box: foldBox(body, folds[piece.fold]!, view) };
      fold.box.appendChild(el);
    } else {
      fold = null;
      body.appendChild(el);
    }
    const ended = lastPiece.get(i);
    const info = ended ? marks.info.get(ended) : undefined;
    if (info && info.kind === 'quote') (fold?.box ?? body).appendChild(h('span', { class: 'who', 'aria-hidden': 'true' }, ` ⟨${speakerLabel(info.quote)}⟩`));
  }
  return body;
}

function pieceNode(view: ArticleView, marks: ReaderMarks, piece: Piece, seen: Set<string>): Node {
  const text = view.text.slice(piece.start, piece.end);
  if (piece.marks.length === 0) return document.createTextNode(text);
  const cls = piece.marks.map((id) => marks.classes.get(id) ?? '').join(' ');
  const target = innermost(piece)!;
  const el = h('span', { class: cls, 'data-mark': target, 'data-marks': piece.marks.join(' ') }, text);
  const first = piece.marks.find((id) => focusable(id, piece, text) && !seen.has(id));
  if (first) {
    seen.add(first);
    el.setAttribute('data-mark', first);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    // The visible text stays the accessible name; what the mark is goes in a description.
    const desc = h('span', { id: `desc-${first.replace(/[^\w-]/g, '_')}`, hidden: true }, describe(marks, first));
    el.setAttribute('aria-describedby', desc.id);
    const both = document.createDocumentFragment();
    both.append(el, desc);
    return both;
  }
  return el;
}

function describe(marks: ReaderMarks, id: string): string {
  const info = marks.info.get(id);
  if (!info) return 'mark';
  if (info.kind === 'field') return `${info.name}: show evidence`;
  if (info.kind === 'attribution') return `attributed to ${info.attribution.source.name}: show evidence`;
  if (info.kind === 'copy') return `paragraph copied in ${info.paragraph.copies.length} other article${info.paragraph.copies.length === 1 ? '' : 's'}: show the copies`;
  if (info.kind === 'entity') return `${info.name.kind} ${info.name.entity?.name ?? info.name.name}: show evidence`;
  if (info.kind === 'date') return `date ${info.date.value}: show evidence`;
  return `quote by ${speakerLabel(info.quote)}: show evidence`;
}

/** The speaker label goes after the last piece of each quote: piece index → quote mark id. */
function lastPieceOfQuotes(pieces: readonly Piece[]): Map<number, string> {
  const last = new Map<string, number>();
  pieces.forEach((p, i) => { for (const id of p.marks) if (id.startsWith('q:')) last.set(id, i); });
  return new Map([...last].map(([id, i]) => [i, id]));
}

function foldBox(body: HTMLElement, span: BoilerplateSpan, view: ArticleView): HTMLElement {
  const chars = Math.min(span.end, view.offset + view.text.length) - Math.max(span.start, view.offset);
  const inner = h('span', { class: 'fold-text' });
  body.appendChild(h('details', { class: 'fold' }, h('summary', {}, `Folded: ${span.label} (${chars} characters, rule ${span.rule})`), inner));
  return inner;
}

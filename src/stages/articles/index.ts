/**
 * The articles stage: splits a document into articles and gives each its title, date, author,
 * outlet and URL with evidence, and its clutter as labelled boilerplate spans.
 *
 * Steps: 01 lines → 02–06 line detectors (dateline, byline, outlet, url, boilerplate) →
 * 07 line roles → 08 boundaries (candidates, then refiners) → 09 extents → 10 fields from
 * text → 11 hints first → 12 pieces per input kind. Rules live in rules.ts.
 */
import { articleId, type Article, type BoilerplateSpan } from '../../core/article.js';
import { withLayer, type Document } from '../../core/document.js';
import { overlaps } from '../../core/span.js';
import { stageTag, type Stage } from '../../core/stage.js';
import { boilerplateSpans } from './06-boilerplate.js';
import { readLines, type LineInfo } from './07-roles.js';
import { textFields } from './10-fields.js';
import { applyHints } from './11-hints.js';
import { htmlPieces, inputKind, recordPieces, textPieces, type Piece } from './12-pieces.js';

const NAME = 'articles';
const VERSION = 1;
const BY = stageTag({ name: NAME, version: VERSION });

function mergeBoilerplate(fromBlocks: readonly BoilerplateSpan[], fromLines: readonly BoilerplateSpan[]): BoilerplateSpan[] {
  const extra = fromLines.filter((l) => !fromBlocks.some((b) => overlaps(b, l)));
  return [...fromBlocks, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}

function toArticle(doc: Document, lines: readonly LineInfo[], piece: Piece, index: number, single: boolean): Article {
  const inside = lines.filter((l) => l.start >= piece.start && l.end <= piece.end);
  const text = textFields(inside);
  const fields = applyHints(
    {
      title: piece.title,
      date: piece.blockFields.date ?? text.date,
      author: piece.blockFields.author ?? text.author,
      outlet: piece.blockFields.outlet ?? text.outlet,
      url: piece.blockFields.url ?? text.url,
    },
    doc.hints,
    single,
  );
  const titleSpan = fields.title?.start !== undefined ? { start: fields.title.start, end: fields.title.end! } : null;
  const lineClutter = boilerplateSpans(inside, BY, piece).filter((b) => !titleSpan || !overlaps(b, titleSpan));
  return {
    start: piece.start,
    end: piece.end,
    by: BY,
    rule: piece.rule,
    id: articleId(doc.id, index),
    document: doc.id,
    ...fields,
    boilerplate: mergeBoilerplate(piece.blockBoilerplate, lineClutter),
  };
}

/** The articles of one document, in text order. Pure: reads the document, changes nothing. */
export function segmentArticles(doc: Document): Article[] {
  const lines = readLines(doc.text);
  const kind = inputKind(doc);
  const pieces = kind === 'html' ? htmlPieces(doc, BY) : kind === 'record' ? recordPieces(doc, BY) : textPieces(lines);
  return pieces.map((piece, i) => toArticle(doc, lines, piece, i, pieces.length === 1));
}

export const articlesStage: Stage = {
  name: NAME,
  version: VERSION,
  requires: [],
  produces: ['articles'],
  run(doc, ctx) {
    const articles = segmentArticles(doc);
    ctx.debug(() => `${BY}: ${doc.id} → ${articles.length} article(s): ${articles.map((a) => JSON.stringify(a.title?.value ?? null)).join(', ')}`);
    return withLayer(doc, 'articles', articles);
  },
};

/**
 * Step 12: article spans per input kind. Plain text and Markdown: the boundaries and extents
 * of steps 8–9. HTML: one article per `post` block (archive pages), else the page from its
 * first heading; the reader's heading, caption, byline, dateline and boilerplate blocks give
 * the title, fields and clutter. Feed items and records: the whole text, titled by its heading.
 */
import type { ArticleField, BoilerplateLabel, BoilerplateSpan } from '../../core/article.js';
import type { Block, Document } from '../../core/document.js';
import { containsSpan, trimSpan, type Span } from '../../core/span.js';
import { findDate } from './02-dateline.js';
import { findByline } from './03-byline.js';
import type { LineInfo } from './07-roles.js';
import { findBoundaries } from './08-boundaries.js';
import { articleExtents } from './09-extent.js';
import type { TextFields } from './10-fields.js';

export interface Piece extends Span {
  readonly rule: string;
  readonly title: ArticleField | null;
  /** Fields the reader's blocks already give (they win over line cues). */
  readonly blockFields: Partial<TextFields>;
  readonly blockBoilerplate: readonly BoilerplateSpan[];
}

const LABELS: ReadonlySet<string> = new Set(['related', 'read-more', 'share', 'caption', 'author-bio', 'newsletter', 'advert', 'navigation', 'comments', 'copyright', 'tags', 'source-line', 'other']);
const kebab = (cue: string): string => cue.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function inputKind(doc: Document): 'text' | 'html' | 'record' {
  const type = doc.origin.mediaType.toLowerCase();
  if (/html|xhtml/.test(type)) return 'html';
  if (/ndjson|jsonl|json|rss|atom|xml/.test(type)) return 'record';
  return 'text';
}

/**
 * Text too short for the boundary rules (a note, one paragraph) is still one article: a document
 * with text is never silently dropped. A short first line over more text is its title.
 */
function wholeTextPiece(lines: readonly LineInfo[]): Piece[] {
  const filled = lines.filter((l) => l.contentText.trim().length > 0);
  const first = filled[0];
  const last = filled[filled.length - 1];
  if (!first || !last) return [];
  const titled = filled.length > 1 && first.role === 'short' && !first.quoted;
  const title: ArticleField | null = titled ? { value: first.contentText.replace(/\s+/g, ' '), start: first.content.start, end: first.content.end, source: 'text', rule: 'first-short-line' } : null;
  return [{ start: first.start, end: last.end, rule: 'whole-text', title, blockFields: {}, blockBoilerplate: [] }];
}

export function textPieces(lines: readonly LineInfo[]): Piece[] {
  const pieces = segmentedPieces(lines);
  return pieces.length > 0 ? pieces : wholeTextPiece(lines);
}

function segmentedPieces(lines: readonly LineInfo[]): Piece[] {
  return articleExtents(lines, findBoundaries(lines)).map(({ boundary, first, last }) => {
    const head = lines[boundary.headline]!;
    const title: ArticleField | null = boundary.hasTitle
      ? { value: head.contentText.replace(/\s+/g, ' '), start: head.content.start, end: head.content.end, source: 'text', rule: boundary.cues.map(kebab).join('+') }
      : null;
    const rule = boundary.cues.includes('single-article') || boundary.cues.includes('preamble-article') ? boundary.cues[0]! : 'headline-boundary';
    return { start: lines[first]!.start, end: lines[last]!.end, rule, title, blockFields: {}, blockBoilerplate: [] };
  });
}

/** Longest headline we accept; an unclosed <h1> in broken markup can swallow a whole page. */
const MAX_TITLE_CHARS = 300;

function headingField(doc: Document, block: Block | undefined, rule: string): ArticleField | null {
  if (!block) return null;
  const whole = trimSpan(doc.text, block);
  const lineBreak = doc.text.indexOf('\n', whole.start);
  const s = lineBreak >= 0 && lineBreak < whole.end ? trimSpan(doc.text, { start: whole.start, end: lineBreak }) : whole;
  if (s.start === s.end || s.end - s.start > MAX_TITLE_CHARS) return null;
  return { value: doc.text.slice(s.start, s.end).replace(/\s+/g, ' '), start: s.start, end: s.end, source: 'text', rule };
}

/** Title, fields and clutter from the reader's blocks inside one article span. */
function fromBlocks(doc: Document, within: Span, by: string, titleRule: string): Omit<Piece, 'start' | 'end' | 'rule'> {
  const inside = doc.blocks.filter((b) => b.kind !== 'post' && containsSpan(within, b));
  const title = headingField(doc, inside.find((b) => b.kind === 'heading'), titleRule);
  const blockFields: { -readonly [K in keyof TextFields]?: TextFields[K] } = {};
  const blockBoilerplate: BoilerplateSpan[] = [];
  for (const b of inside) {
    const s = trimSpan(doc.text, b);
    const text = doc.text.slice(s.start, s.end);
    if (b.kind === 'caption' || b.kind === 'boilerplate') {
      const label = (b.kind === 'caption' ? 'caption' : LABELS.has(b.label ?? '') ? b.label : 'other') as BoilerplateLabel;
      blockBoilerplate.push({ start: s.start, end: s.end, by, rule: `${b.kind}-block`, label });
    } else if (b.kind === 'byline' && !blockFields.author) {
      const hit = findByline(text);
      const value = hit ? { value: hit.value, start: s.start + hit.start, end: s.start + hit.end } : { value: text, start: s.start, end: s.end };
      if (value.value.length > 0 && value.value.length <= 120) blockFields.author = { ...value, source: 'text', rule: 'byline-block' };
    } else if (b.kind === 'dateline' && !blockFields.date) {
      const hit = findDate(text);
      if (hit?.value) blockFields.date = { value: hit.value, start: s.start + hit.start, end: s.start + hit.end, source: 'text', rule: 'dateline-block' };
    }
  }
  return { title, blockFields, blockBoilerplate };
}

export function htmlPieces(doc: Document, by: string): Piece[] {
  const posts = doc.blocks.filter((b) => b.kind === 'post').sort((a, b) => a.start - b.start);
  if (posts.length > 0) {
    return posts
      .map((p) => trimSpan(doc.text, p))
      .filter((s) => s.end > s.start)
      .map((s) => ({ ...s, rule: 'post-block', ...fromBlocks(doc, s, by, 'post-first-heading') }));
  }
  const whole = trimSpan(doc.text, { start: 0, end: doc.text.length });
  if (whole.start === whole.end) return [];
  const heading = doc.blocks.filter((b) => b.kind === 'heading').sort((a, b) => a.start - b.start)[0];
  const start = heading ? trimSpan(doc.text, heading).start : whole.start;
  const trailingSite = doc.blocks.filter((b) => b.kind === 'boilerplate' && b.label === 'navigation' && b.start > start).sort((a, b) => a.start - b.start);
  const lastContent = doc.blocks.filter((b) => b.kind !== 'boilerplate' && b.kind !== 'post' && b.end > start).reduce((m, b) => Math.max(m, b.end), start);
  const firstNav = trailingSite.find((b) => b.start >= lastContent);
  const span = trimSpan(doc.text, { start, end: firstNav ? firstNav.start : whole.end });
  return [{ ...span, rule: 'html-page', ...fromBlocks(doc, span, by, 'first-heading') }];
}

export function recordPieces(doc: Document, by: string): Piece[] {
  const whole = trimSpan(doc.text, { start: 0, end: doc.text.length });
  if (whole.start === whole.end) return [];
  return [{ ...whole, rule: 'one-record', ...fromBlocks(doc, whole, by, 'record-heading') }];
}

import type { Block, BlockKind } from '../../../core/document.js';

export const BY = 'ingest.html.v1';

export interface Region {
  start: number;
}

type Segment = [textStart: number, textEnd: number, rawStart: number, rawEnd: number];

/**
 * Accumulates block-aware plain text: inline white space collapses to one space, blocks are
 * separated by a blank line, `<br>` gives a newline. Every piece of text remembers the raw range
 * it came from, so the source map is built as the text is.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  /** 0: none, 1: newline (br), 2: blank line (block boundary). */
  private pendingBreak = 0;
  private blockStart = -1;
  private lastSeparator = '';
  private waiting: Region[] = [];
  readonly segments: Segment[] = [];
  readonly blocks: Block[] = [];

  constructor(private readonly raw: string) {}

  get text(): string {
    return this.parts.join('');
  }

  /** Where the next word will start once pending separators are written (for marking regions). */
  get position(): number {
    return this.length;
  }

  hasTextSince(position: number): boolean {
    return this.length > position;
  }

  /** Appends a text node's content; `rawStart`/`rawEnd` is its range in the raw page. */
  addText(data: string, rawStart: number, rawEnd: number, preformatted: boolean): void {
    const exact = rawEnd - rawStart === data.length && this.raw.slice(rawStart, rawEnd) === data;
    if (preformatted) return this.addPreformatted(data, rawStart, rawEnd, exact);
    let firstWordAt = -1;
    const re = /[^\s\u00a0]+/g;
    let m: RegExpExecArray | null;
    let sawWord = false;
    if (/^[\s\u00a0]/.test(data)) this.pendingSpace = true;
    while ((m = re.exec(data)) !== null) {
      if (sawWord) this.pendingSpace = true;
      this.writeSeparator();
      const start = this.length;
      if (firstWordAt < 0) firstWordAt = start;
      this.push(m[0]);
      if (exact) this.addSegment(start, this.length, rawStart + m.index, rawStart + m.index + m[0].length);
      sawWord = true;
    }
    if (sawWord && !exact) this.addSegment(firstWordAt, this.length, rawStart, rawEnd);
    if (/[\s\u00a0]$/.test(data)) this.pendingSpace = true;
  }

  lineBreak(): void {
    if (this.blockStart >= 0) this.pendingBreak = Math.max(this.pendingBreak, 1);
  }

  /** Ends the current text block (if any) and records it with the given kind. */
  endBlock(kind: BlockKind, rule: string, level?: number): void {
    if (this.blockStart >= 0 && this.length > this.blockStart) {
      this.blocks.push({ start: this.blockStart, end: this.length, kind, by: BY, rule, ...(level ? { level } : {}) });
    }
    this.blockStart = -1;
    this.pendingSpace = false;
    if (this.length > 0) this.pendingBreak = 2;
  }

  /** Starts a region (byline, boilerplate, post); it begins at the next word written. */
  openRegion(): Region {
    const region: Region = { start: -1 };
    this.waiting.push(region);
    return region;
  }

  /** Ends a region and records it as a block, unless no text was written inside it. */
  closeRegion(region: Region, kind: BlockKind, rule: string, label?: string): void {
    if (region.start < 0) {
      this.waiting = this.waiting.filter((r) => r !== region);
      return;
    }
    if (this.length > region.start) this.blocks.push({ start: region.start, end: this.length, kind, by: BY, rule, ...(label ? { label } : {}) });
  }

  private addPreformatted(data: string, rawStart: number, rawEnd: number, exact: boolean): void {
    const body = data.replace(/\r\n?/g, '\n');
    if (body.trim() === '' && this.blockStart < 0) return;
    this.writeSeparator();
    const start = this.length;
    this.push(body);
    this.addSegment(start, this.length, rawStart, exact && body === data ? rawStart + body.length : rawEnd);
  }

  private writeSeparator(): void {
    let sep = '';
    if (this.length > 0 && this.pendingBreak > 0) sep = this.pendingBreak === 2 ? '\n\n' : '\n';
    else if (this.length > 0 && this.pendingSpace && this.blockStart >= 0) sep = ' ';
    if (this.blockStart < 0) this.blockStart = this.length + sep.length;
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.lastSeparator = sep;
    if (sep) this.push(sep);
    if (this.waiting.length > 0) {
      for (const region of this.waiting) region.start = this.length;
      this.waiting = [];
    }
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Adds a segment, merging it into the previous one when text and raw both run on unbroken. */
  private addSegment(ts: number, te: number, rs: number, re: number): void {
    if (te <= ts) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last[1] <= ts && ts - last[1] === rs - last[3] && rs >= last[3] && this.raw.slice(last[3], rs) === this.lastSeparator && ts - last[1] === this.lastSeparator.length) {
      last[1] = te;
      last[3] = re;
      return;
    }
    this.segments.push([ts, te, rs, re]);
  }
}

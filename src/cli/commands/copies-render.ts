import type { CopyPair, DriftEdit } from '../../core/copy.js';

export interface Paint {
  readonly del: (s: string) => string;
  readonly ins: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

interface Token { readonly text: string; readonly changed: boolean }

/** The paragraph `text[start, end)` as words, each marked when a drift edit on this side covers it. */
function tokens(text: string, start: number, end: number, edits: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(start, end).matchAll(/\S+/g)) {
    const s = start + m.index, e = s + m[0].length;
    out.push({ text: m[0], changed: edits.some((x) => x.start < e && x.end > s) });
  }
  return out;
}

/** Words wrapped to `width` visible characters; changed runs bracketed ([-…-] / {+…+}) so they show without colour. */
function wrap(toks: readonly Token[], width: number, open: string, close: string, paint: (s: string) => string): Array<{ plain: string; shown: string }> {
  const lines: Array<{ plain: string; shown: string }> = [];
  let plain = '', shown = '';
  toks.forEach((t, k) => {
    const first = t.changed && !toks[k - 1]?.changed, last = t.changed && !toks[k + 1]?.changed;
    const word = `${first ? open : ''}${t.text}${last ? close : ''}`;
    if (plain.length > 0 && plain.length + 1 + word.length > width) { lines.push({ plain, shown }); plain = ''; shown = ''; }
    const sep = plain.length > 0 ? ' ' : '';
    plain += sep + word;
    shown += sep + (t.changed ? paint(word) : word);
  });
  if (plain.length > 0) lines.push({ plain, shown });
  return lines;
}

/** Two paragraphs side by side, a | b, differences marked. */
export function sideBySide(textA: string, textB: string, pair: CopyPair['paragraphs'][number], drift: readonly DriftEdit[], width: number, paint: Paint): string {
  const col = Math.max(20, Math.floor((width - 3) / 2));
  const left = wrap(tokens(textA, pair.a.start, pair.a.end, drift.map((d) => d.a)), col, '[-', '-]', paint.del);
  const right = wrap(tokens(textB, pair.b.start, pair.b.end, drift.map((d) => d.b)), col, '{+', '+}', paint.ins);
  const rows: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? { plain: '', shown: '' };
    const r = right[i]?.shown ?? '';
    rows.push(`${l.shown}${' '.repeat(Math.max(0, col - l.plain.length))} ${paint.dim('│')} ${r}`.trimEnd());
  }
  return rows.join('\n');
}

/** The quotation changes of a pair, one line each: "a words" → "b words". */
export function quoteChanges(textA: string, textB: string, drift: readonly DriftEdit[]): string[] {
  return drift.filter((d) => d.inQuote).map((d) => {
    const a = textA.slice(d.a.start, d.a.end).replace(/\s+/g, ' ');
    const b = textB.slice(d.b.start, d.b.end).replace(/\s+/g, ' ');
    return d.op === 'insert' ? `gained "${b}"` : d.op === 'delete' ? `lost "${a}"` : `"${a}" → "${b}"`;
  });
}

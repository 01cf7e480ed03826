import { CREDIT_RULES, WIRE_NAMES } from './rules.js';

/** A credit line in an article: text saying it was taken from elsewhere, and whom it names. */
export interface Credit {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  /** The name it credits, lower-cased ("associated press", "bbc news"). */
  readonly names: string;
}

/** Credit lines inside `text[start, end)` (boilerplate included: "Source:" lines are often labelled so). */
export function creditsIn(text: string, start: number, end: number): Credit[] {
  const slice = text.slice(start, end);
  const out: Credit[] = [];
  for (const rule of CREDIT_RULES) {
    for (const m of slice.matchAll(rule.pattern)) {
      const names = (m[1] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
      if (names.length === 0) continue;
      out.push({ rule: rule.id, start: start + m.index, end: start + m.index + m[0].length, names });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function canonical(name: string): string {
  const n = name.trim().toLowerCase().replace(/^the\s+/, '');
  for (const [key, aliases] of Object.entries(WIRE_NAMES)) if (aliases.some((a) => a.replace(/^the\s+/, '') === n)) return key;
  return n;
}

/**
 * Whether a credit names an outlet: the same wire service, or one name contains the other
 * ("BBC News" credits "BBC"). Wire credits name the wire even when the other article's outlet is
 * a newspaper that ran wire copy, so a credit to a wire matches only that wire's own copy.
 */
export function creditNames(credit: Credit, outlet: string | null): boolean {
  if (outlet === null) return false;
  const c = canonical(credit.names);
  const o = canonical(outlet);
  if (c.length < 2 || o.length < 2) return false;
  return c === o || (c.length >= 4 && o.includes(c)) || (o.length >= 4 && c.includes(o));
}

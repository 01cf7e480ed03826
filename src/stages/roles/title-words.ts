/**
 * Reading the words of a title: which are the portfolio ("Interior"), which the organisation
 * ("Pfizer", "Israeli" → Israel, "Britain's" → Britain), and the normalised title itself.
 */
import { DEMONYMS, PORTFOLIOS, TITLE_ABBREVIATIONS, TITLE_ORGS } from './rules.js';

export interface TitleReading {
  readonly title: string;
  readonly org: string | null;
}

function capitalise(w: string): string {
  return w.length <= 3 && w === w.toUpperCase() ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

export function normaliseNoun(noun: string): string {
  const expanded = TITLE_ABBREVIATIONS[noun];
  if (expanded) return expanded;
  return noun.split(/\s+/).map((w) => (w === 'of' ? w : /^(CEO|CFO)$/i.test(w) ? w.toUpperCase() : capitalise(w))).join(' ');
}

/** `modifiers` are the words before the title noun ("Israeli Defense"), `noun` the noun ("Minister"). */
export function readTitle(modifiers: readonly string[], noun: string): TitleReading {
  const portfolio: string[] = [];
  const org: string[] = [];
  for (const raw of modifiers) {
    const w = raw.replace(/[’']s$/, '');
    if (DEMONYMS[w]) org.push(DEMONYMS[w]!);
    else if (PORTFOLIOS.has(w.toLowerCase())) portfolio.push(capitalise(w));
    else org.push(w);
  }
  const title = [...portfolio, normaliseNoun(noun)].join(' ');
  const implied = TITLE_ORGS[normaliseNoun(noun)];
  return { title, org: org.length > 0 ? org.join(' ') : implied ?? null };
}

/**
 * The edits real copies show, applied to a source article with known truth: which copy paragraph
 * came from which source paragraph. Seeded, so the evaluation set is the same every run.
 */
export type EditKind = 'verbatim' | 'typography' | 'boilerplate' | 'reword-light' | 'reword-heavy' | 'truncate' | 'embed';
export const EDIT_KINDS: readonly EditKind[] = ['verbatim', 'typography', 'boilerplate', 'reword-light', 'reword-heavy', 'truncate', 'embed'];

export interface CopyParagraph { readonly text: string; readonly from: number | null; readonly host?: number }

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const SYNONYMS: Record<string, string> = {
  said: 'noted', says: 'notes', told: 'informed', announced: 'revealed', about: 'around', also: 'additionally', however: 'though',
  will: 'would', new: 'fresh', more: 'further', including: 'among them', after: 'following', week: 'weekly period', state: 'region',
};

function typography(p: string, r: () => number): string {
  let out = p.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’').replace(/ - /g, ' — ');
  out = out.replace(/ /g, (m) => (r() < 0.05 ? '\u00a0' : r() < 0.03 ? '  ' : m));
  return r() < 0.5 ? out.replace(/,/g, (m) => (r() < 0.3 ? ' ,' : m)) : out;
}

/** Changes about `share` of the words: a synonym where there is one, else a word from `vocabulary`. */
function reword(p: string, share: number, r: () => number, vocabulary: readonly string[]): string {
  return p.split(' ').map((w) => {
    if (r() >= share) return w;
    const bare = w.replace(/[^A-Za-z]/g, '').toLowerCase();
    return SYNONYMS[bare] !== undefined ? w.replace(/[A-Za-z]+/, SYNONYMS[bare]!) : vocabulary[Math.floor(r() * vocabulary.length)] ?? w;
  }).join(' ');
}

const sentences = (p: string) => p.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/);

const HEADERS = ['By Staff Writer | The Daily Example', 'Posted by Newsroom — Updated 10:42 AM', 'Home > News > Region', 'Listen to this article (4 min)'];
const FOOTERS = ['Copyright 2024 Example Media Group. All rights reserved.', 'Share this story: Facebook | Twitter | Email', 'Sign up for our free morning newsletter.', 'Have a news tip? Contact the newsroom at tips@example.com.'];

export interface EditInput {
  readonly source: readonly string[];
  readonly sourceOutlet: string | null;
  readonly host: readonly string[];
  readonly title: string | null;
  readonly vocabulary: readonly string[];
}

/** The copy's paragraphs with their source paragraph (or null for added text). */
export function applyEdit(kind: EditKind, input: EditInput, r: () => number): CopyParagraph[] {
  const src = input.source.map((text, i) => ({ text, from: i as number | null }));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  switch (kind) {
    case 'verbatim': return src;
    case 'typography': return src.map((p) => ({ ...p, text: typography(p.text, r) }));
    case 'boilerplate': {
      const credit = r() < 0.5 && input.sourceOutlet ? [{ text: `Source: ${input.sourceOutlet}`, from: null }] : [];
      return [{ text: pick(HEADERS), from: null }, ...src.map((p) => ({ ...p, text: typography(p.text, r) })), ...credit, { text: pick(FOOTERS), from: null }, { text: pick(FOOTERS), from: null }];
    }
    case 'reword-light': return src.map((p) => ({ ...p, text: reword(p.text, 0.04, r, input.vocabulary) }));
    case 'reword-heavy': return src.map((p) => {
      const ss = sentences(reword(p.text, 0.1, r, input.vocabulary));
      if (ss.length > 2 && r() < 0.3) ss.splice(Math.floor(r() * ss.length), 1);
      if (r() < 0.2) ss.push('Officials did not immediately respond to a request for comment.');
      return { ...p, text: ss.join(' ') };
    });
    case 'truncate': return src.slice(0, Math.max(1, Math.round(src.length * (0.55 + 0.4 * r()))));
    case 'embed': {
      const n = Math.min(src.length, 2 + Math.floor(r() * 3));
      const at = Math.floor(r() * (input.host.length + 1));
      const host = input.host.map((text, i) => ({ text, from: null, host: i }));
      return [...host.slice(0, at), ...(input.title ? [{ text: input.title, from: null }] : []), ...src.slice(0, n), ...host.slice(at)];
    }
  }
}

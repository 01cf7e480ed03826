/**
 * Parameters and rule tables of copy detection, each with its reason. The MinHash figures are
 * justified by the sweep in bench/copies (see bench/RESULTS.md).
 */
export const MINHASH = {
  /** Word shingle size: 5 words are specific enough that unrelated news rarely shares them; the bands below make up for what one changed word costs (5 shingles). */
  shingle: 5,
  /** Permutations: 64 hashes estimate Jaccard to about ±0.06, plenty when every candidate is verified by alignment. */
  permutations: 64,
  /**
   * 32 bands of 2 rows: a pair at Jaccard 0.2 is a candidate with probability 1-(1-0.2²)³² ≈ 0.73,
   * at 0.3 ≈ 0.95, at 0.4 ≈ 0.996. In the sweep (bench/RESULTS.md) this finds 98.5 % of copies keeping
   * ≥ 70 % of their words by LSH alone (16×4: 82.7 %) at 3.2 candidates an article.
   */
  bands: 32,
  rows: 2,
} as const;

export const PARAGRAPHS = {
  /** A paragraph shorter than this is not indexed by its hash: datelines, contact lines and "Share this" carry no evidence of copying. */
  minIndexedWords: 12,
  /** A paragraph hash found in at least this many stored articles is taken as boilerplate and no longer proposes candidates. */
  boilerplateArticles: 25,
  /** Two paragraphs align when their word similarity reaches this: "a few words changed" keeps well above it, a same-event rewrite falls well below. */
  alignSimilarity: 0.5,
  /** Aligned paragraphs further apart than this many unmatched paragraphs on a side start a new block. */
  maxGap: 2,
  /** Bodies are cut at this many paragraphs for alignment (a quadratic step). */
  maxParagraphs: 400,
} as const;

export const CANDIDATES = {
  /** At most this many candidates are verified per new article, most shared band keys and paragraphs first: a template reused 150 times links each new copy to 25 earlier ones (the cluster stays whole) instead of to all of them. */
  maxPerArticle: 25,
} as const;

export const ACCEPT = {
  /** A copied block must hold at least this many aligned words: less is a shared sentence, not a copy. */
  minWords: 25,
  /** …and cover this share of the shorter article, unless it is a reprint block (below). */
  minCoverage: 0.3,
  /** A block covering less is still a reprint when it has this many aligned paragraphs and words. */
  reprintParagraphs: 2,
  reprintWords: 60,
  /**
   * Word similarity of the block at or above which the copy is `near` rather than `reworded`. A
   * partial copy (a few paragraphs of each) must reach it too: a few paragraphs that are only
   * similar are a template with the names changed ("…thanked special agents of IRS-CI…"), not a reprint.
   */
  nearSimilarity: 0.9,
  /** A block at the same end of two articles covering less than this share of each is their template (see 08-verify templateBlock). */
  templateCoverage: 0.5,
  /** A copy covering at least this share of both articles is an `article` copy. */
  articleCoverage: 0.8,
} as const;

/** Credit lines that say an article was taken from elsewhere, with what they name. */
export interface CreditRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly reason: string;
}

export const CREDIT_RULES: readonly CreditRule[] = [
  { id: 'source-line', pattern: /^\s*(?:Source|Sources|Via|Courtesy(?: of)?)\s*:\s*([^\n]{2,80})$/gimu, reason: 'A "Source:" line names where a republished text came from.' },
  { id: 'first-published', pattern: /\b(?:first|originally)\s+(?:published|appeared|ran)\s+(?:by|in|on|at)\s+(?:the\s+)?([^\n.;,]{2,60})/giu, reason: '"first published by X" credits the original.' },
  { id: 'republished', pattern: /\b(?:republished|reprinted|reproduced)\s+(?:with permission\s+)?(?:from|courtesy of)\s+(?:the\s+)?([^\n.;,]{2,60})/giu, reason: '"republished from X" credits the original.' },
  { id: 'wire-dateline', pattern: /^[^\n]{0,60}\((AP|Reuters|AFP|UPI|dpa|Xinhua|PA|CP)\)\s*[—–-]/gmu, reason: 'A wire tag in the dateline, "(AP) —", marks wire copy.' },
  { id: 'wire-credit', pattern: /^\s*(?:By\s+)?(?:The\s+)?(Associated Press|Reuters|Agence France-Presse|AFP)\s*$/gmu, reason: 'A line naming only a wire service credits it.' },
];

/** Wire services a credit may name, and the outlet names they go by. */
export const WIRE_NAMES: Readonly<Record<string, readonly string[]>> = {
  ap: ['ap', 'associated press', 'the associated press'],
  reuters: ['reuters', 'thomson reuters'],
  afp: ['afp', 'agence france-presse', 'agence france presse'],
};

/**
 * Words that mark a paragraph as an outlet's standing text (newsletter boxes, licence and
 * copyright lines, contact blocks). A block of such paragraphs at the same end of two articles
 * that otherwise differ is their template, not a copy.
 */
export const BOILERPLATE_CUES: readonly RegExp[] = [
  /\b(?:newsletter|subscribe|sign up|follow us|social media|inbox)\b/i,
  /\b(?:copyright|all rights reserved|creative commons|licen[cs]e[ds]?|republish|may not be (?:published|reproduced))\b/i,
  /\b(?:for more information|media contact|press contact|contact:|tel\.|phone:|e-?mail:)/i,
  /\b(?:about (?:us|the author)|related (?:stories|articles)|read more|share this)\b/i,
];

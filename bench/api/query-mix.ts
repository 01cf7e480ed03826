/**
 * The requests bench/api sends, by class: what people type into the search page of a store of
 * wires and press releases. "typed" is search as you type: the UI sends each keystroke's text
 * as it stands, so a word arrives as its first letters, one more at a time.
 */
export interface QueryClass {
  readonly name: string;
  readonly paths: readonly string[];
}

const search = (q: string, extra = '') => `/api/articles?q=${encodeURIComponent(q)}&limit=20${extra}`;
const typing = (word: string) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1));

const COMMON = ['said', 'senator', 'federal', 'the', 'million', 'health'];
const RARE = ['cocoa', 'sorghum', 'tapioca', 'zinc', 'indictment', 'copper'];
const TYPED = [...typing('cocoa'), ...typing('veterans'), ...typing('indictment')];
const PREFIXES = ['ex*', 'exp*', 'export*', 'immigra*', 'sen*', 'trade*', 'invest*'];
const PHRASES = ['"federal prison"', '"attorney general"', '"health care"', '"farm bill"', '"united states"', '"climate change"'];
const COMBINED = ['oil prices', 'tax OR tariff', 'drug trafficking', 'bank loans', 'senator NOT fraud', '(wheat OR corn) exports'];
const FILTERED = ['said', 'senator', '"health care"', 'cocoa', 'fraud', 'oil prices'];

/** The article search classes; `outlets` are two outlets of the store (a large one and a small one). */
export function searchClasses(outlets: readonly string[]): QueryClass[] {
  const byOutlet = outlets.flatMap((o) => FILTERED.map((q) => search(q, `&outlet=${encodeURIComponent(o)}`)));
  return [
    { name: 'common words', paths: COMMON.map((q) => search(q)) },
    { name: 'rare words', paths: RARE.map((q) => search(q)) },
    { name: 'typed, keystroke by keystroke', paths: TYPED.map((q) => search(q)) },
    { name: 'prefix*', paths: PREFIXES.map((q) => search(q)) },
    { name: '"phrases"', paths: PHRASES.map((q) => search(q)) },
    { name: 'words, OR, NOT', paths: COMBINED.map((q) => search(q)) },
    { name: 'with a date range', paths: FILTERED.map((q) => search(q, '&from=2005-01-01&to=2012-12-31')) },
    { name: 'with an outlet', paths: byOutlet },
  ];
}

/** Every search class at once, for the headline figure. */
export function allSearches(classes: readonly QueryClass[]): QueryClass {
  return { name: 'all search classes mixed', paths: classes.flatMap((c) => c.paths) };
}

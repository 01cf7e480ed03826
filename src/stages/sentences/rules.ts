/**
 * Rule tables for sentence splitting. Each table says why it exists; the splitter in
 * split-sentences.ts only reads them.
 */

/** Titles and abbreviations that are (almost) never the last word of a sentence: a full stop after them never ends one. */
export const NEVER_FINAL = new Set([
  // personal titles come before a name
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'cpl', 'sgt', 'adm', 'cmdr',
  'rev', 'fr', 'sr', 'st', 'mt', 'hon', 'pres', 'supt', 'insp', 'det', 'const', 'atty', 'amb', 'sec', 'msgr',
  'vs', 'v', 'approx', 'al', 'ave', 'blvd', 'ft', 'pt', 'rd', 'sen', 'reps', 'sens', 'gens', 'messrs', 'adj', 'brig', 'cdr', 'cmdr', 'ens', 'pfc', 'spc', 'gov', 'govs', 'lt', 'rt',
  // months are followed by a day
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that often sit inside a sentence but can also end one ("works at Acme Inc. The
 * firm …"): a full stop after them ends a sentence only when the next word is a typical sentence opener.
 */
export const MAYBE_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'bros', 'etc', 'dept', 'univ', 'assn',
  // US state abbreviations in datelines and party tags: "(D-Mass.)", "Boston, Mass."
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'ont', 'que',
]);

/** Reference words that are abbreviations only before a number: "No. 5", "Vol. 3" ("He said no." ends a sentence). */
export const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'art', 'fig', 'pp', 'ch', 'p', 'para']);

/** Words that open sentences; after a MAYBE_FINAL abbreviation or a dotted one (U.S., p.m.) they mark a new sentence. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
  'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'his', 'her', 'their', 'its', 'our', 'my', 'some',
  'many', 'most', 'one', 'two', 'police', 'officials', 'still', 'yet', 'however', 'meanwhile', 'as', 'so', 'then', 'since',
  'what', 'who', 'why', 'how', 'no', 'not', 'last', 'earlier', 'later', 'both', 'each', 'all', 'asked', 'according',
]);

/** Characters that end a sentence. */
export const TERMINALS = '.!?…';

/** Characters that may follow the terminal and still belong to the sentence: closing quotes and brackets. */
export const CLOSERS = '"\'”’»)]';

/** Characters a new sentence may start with besides a capital letter or digit: opening quotes and brackets. */
export const OPENERS = '"\'“‘«([¿¡—–-';

/** Dotted abbreviations of time: after them a capital opens a new sentence unless it continues the time ("5 p.m. Thursday", "6 a.m. EST"). */
export const TIME_ABBREVIATIONS = new Set(['a.m.', 'p.m.']);

/** Words that continue a time after a.m./p.m. */
export const TIME_CONTINUATIONS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sept', 'sep', 'oct', 'nov', 'dec', 'eastern', 'central', 'pacific', 'mountain', 'local', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet',
]);

/** Dotted short names of places and bodies: they end sentences ("troops left the U.S. Talks …") unless a name goes on ("U.S. Treasury"). */
export const PLACE_ABBREVIATIONS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'd.c.', 'u.s.a.', 'n.y.', 'l.a.']);

/** Capitalised words that go on a name after U.S., U.N., D.C. …: the institutions and titles news writes there. */
export const NAME_CONTINUATIONS = new Set([
  'treasury', 'court', 'courts', 'army', 'navy', 'air', 'marine', 'marines', 'senate', 'house', 'congress', 'embassy', 'embassies',
  'department', 'president', 'secretary', 'ambassador', 'attorney', 'attorneys', 'open', 'central', 'federal', 'national', 'supreme',
  'district', 'coast', 'forces', 'special', 'state', 'states', 'justice', 'defense', 'postal', 'geological', 'census', 'chamber', 'capitol',
  'customs', 'border', 'olympic', 'agency', 'institute', 'bureau', 'marshals', 'forest', 'fish', 'park', 'commission', 'secret',
  'security', 'general', 'human', 'high', 'envoy', 'special', 'rep', 'sen', 'gen', 'gov', 'dr', 'mr', 'mrs', 'ms', 'food', 'centers',
  'health', 'trade', 'energy', 'commerce', 'labor', 'education', 'interior', 'transportation', 'agriculture', 'steel', 'bancorp',
  'dollar', 'dollars', 'treasuries', 'economy', 'government', 'officials', 'military', 'troops', 'intelligence', 'peacekeeping',
  'peacekeepers', 'mission', 'council', 'charter', 'refugee', 'refugees', 'children', 'development', 'climate', 'women', 'capital',
  'circuit', 'appeals', 'district', 'navy', 'space', 'cyber', 'southern', 'northern', 'central', 'european', 'pacific', 'atlantic',
]);

/** Lowercase words that join the parts of one name ("Securities and Exchange Commission"): after them a name goes on. */
export const CONNECTORS = new Set(['and', 'of', 'for', 'de', 'del', 'da', 'du', 'la', 'le', 'van', 'von', 'on', 'in', 'the', 'to', 'at']);

/** Verbs that follow a sentence's subject: "U.S. Talks will resume" ends a sentence at U.S.; "U.S. Democratic candidate" does not. */
export const VERBS_AFTER_SUBJECT = new Set([
  'will', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'said', 'says', 'can', 'could', 'may', 'might', 'must',
  'should', 'did', 'does', 'do', 'shall', 'began', 'begin', 'begins', 'remain', 'remains', 'remained', 'resumed', 'resume',
]);

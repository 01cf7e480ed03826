/**
 * Rule tables for the headlines stage, as data. Each table says why it exists; the steps
 * (01-fragments … 06-verdict) only read them.
 */

/**
 * Verbs a headline uses to put words in someone's mouth ("X says Y", "Y, warns X"), every
 * inflection listed. `announce`, `report` and `see` (Reuters' "SEES PROFIT") attribute an
 * announcement or a forecast, which the body supports the same way as a statement.
 */
export const ATTRIBUTION_VERBS = new Set([
  'say', 'says', 'said', 'admit', 'admits', 'admitted', 'deny', 'denies', 'denied', 'warn', 'warns', 'warned', 'claim', 'claims',
  'claimed', 'vow', 'vows', 'vowed', 'insist', 'insists', 'insisted', 'urge', 'urges', 'urged', 'tell', 'tells', 'told',
  'accuse', 'accuses', 'accused', 'concede', 'concedes', 'conceded', 'confirm', 'confirms', 'confirmed', 'reveal', 'reveals',
  'argue', 'argues', 'predict', 'predicts', 'pledge', 'pledges', 'promise', 'promises', 'blame', 'blames', 'believe', 'believes',
  'fear', 'fears', 'expect', 'expects', 'see', 'sees', 'announce', 'announces', 'announced', 'report', 'reports', 'reported',
  'slam', 'slams', 'blast', 'blasts', 'criticise', 'criticises', 'criticize', 'criticizes', 'praise', 'praises', 'defend', 'defends',
  'reject', 'rejects', 'dismiss', 'dismisses', 'demand', 'demands', 'threaten', 'threatens', 'assert', 'asserts', 'suggest', 'suggests',
  'indicate', 'indicates', 'find', 'finds', 'show', 'shows', 'call', 'calls', 'called',
  'forecast', 'forecasts', 'estimate', 'estimates', 'hint', 'hints', 'acknowledge', 'acknowledges', 'declare', 'declares', 'question', 'questions',
  // stances a headline reports as statements ("X backs Y", "X thanks Y")
  'back', 'backs', 'support', 'supports', 'oppose', 'opposes', 'thank', 'thanks', 'welcome', 'welcomes', 'condemn', 'condemns',
  'apologise', 'apologises', 'apologize', 'apologizes', 'dispute', 'disputes',
]);

/**
 * Past forms read as adjectives before a noun far more often than as a headline's verb
 * ("confirmed infections", "reported cases", "accused killer"): the speaker-verb form skips them.
 * "said" stays: "X said to …" has its own form and "X said Y" is rare but unambiguous.
 */
export const PARTICIPLES = new Set([...ATTRIBUTION_VERBS].filter((v) => /ed$|^told$/.test(v)));

/**
 * Attribution verbs that are as often nouns in a headline ("JOBLESS CLAIMS FALL", "GASOIL CALL",
 * "TELEPHONE SUPPORT SYSTEMS"): in an all-caps or title-case headline, where case cannot show
 * that X is a name, the claim only counts when the body quotes its X.
 */
export const NOUN_VERBS = new Set([
  'claim', 'claims', 'call', 'calls', 'support', 'supports', 'report', 'reports', 'question', 'questions', 'back', 'backs',
  'forecast', 'forecasts', 'estimate', 'estimates', 'show', 'shows', 'threaten', 'threatens', 'fear', 'fears', 'hint', 'hints',
  'promise', 'promises', 'pledge', 'pledges', 'demand', 'demands', 'praise', 'praises', 'blast', 'blasts', 'thanks', 'welcome', 'welcomes',
]);

/** Verbs that, with a quoted fragment after them, put the fragment in the speaker's mouth ("X calls Y 'a disgrace'"); without one, only "call" is an attribution ("TANDY BRANDS SELLS UNIT" is not). */
export const NAMING_VERBS = new Set(['call', 'calls', 'called', 'brand', 'brands', 'label', 'labels', 'dub', 'dubs', 'describe', 'describes', 'slam', 'slams']);

/**
 * Speakers that stand for another outlet or unnamed sourcing ("…: report", "… — sources",
 * "MANILA SAID TO OFFER …"). Their support is any attribution, anonymous or document source, or
 * any quote of the body: the body need not name the outlet to report what it said.
 */
export const GENERIC_SOURCES = new Set([
  'report', 'reports', 'source', 'sources', 'media', 'officials', 'official', 'insiders', 'insider', 'study', 'studies', 'poll',
  'survey', 'data', 'research', 'researchers', 'scientists', 'experts', 'analysts', 'police', 'authorities', 'witnesses', 'residents',
  'paper', 'newspaper', 'documents', 'filing', 'statement', 'aides', 'diplomats', 'critics', 'activists', 'lawmakers', 'doctors', 'economists',
]);

/** Roles a headline names a speaker by ("Minister admits …", "PM says …"), with the words the body may use for them. */
export const ROLE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  pm: ['prime minister', 'premier', 'pm'], premier: ['premier', 'prime minister'], minister: ['minister', 'secretary'],
  president: ['president'], governor: ['governor', 'gov'], mayor: ['mayor'], senator: ['senator', 'sen'], judge: ['judge', 'justice', 'court'],
  court: ['court', 'judge', 'justice', 'ruling'], police: ['police', 'officer', 'constable', 'detective', 'sheriff', 'rcmp'], chief: ['chief'],
  leader: ['leader', 'president', 'prime minister', 'chancellor', 'premier', 'chief executive'], ceo: ['ceo', 'chief executive'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'], spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson'],
  chancellor: ['chancellor'], ambassador: ['ambassador', 'envoy'], envoy: ['envoy', 'ambassador'], official: ['official', 'spokesman', 'spokeswoman', 'minister', 'officer'],
  government: ['government', 'ministry', 'minister', 'spokesman', 'spokeswoman', 'official'], ministry: ['ministry', 'minister', 'spokesman', 'spokeswoman'],
  company: ['company', 'firm', 'spokesman', 'spokeswoman', 'ceo', 'chief executive', 'ltd', 'inc', 'corp', 'co', 'group'],
  operator: ['operator', 'company', 'firm', 'ltd', 'inc', 'corp', 'chief executive'], firm: ['firm', 'company', 'ltd', 'inc', 'corp'], unit: ['unit', 'company'], head: ['head', 'chief', 'chairman', 'president', 'director'],
  scientists: ['scientist', 'researcher', 'professor', 'study', 'team', 'author', 'dr'], researchers: ['researcher', 'scientist', 'professor', 'study', 'team', 'author', 'dr'],
  study: ['study', 'research', 'researcher', 'scientist', 'paper', 'author', 'team', 'journal'], report: ['report', 'reported', 'according to', 'study'],
  union: ['union', 'workers', 'members'], council: ['council', 'councillor', 'councilor'], party: ['party'], opposition: ['opposition'],
  board: ['board', 'chair', 'chairman'], committee: ['committee', 'chair', 'chairman'], regulator: ['regulator', 'authority', 'commission'],
  watchdog: ['watchdog', 'regulator', 'ombudsman', 'inspector'], military: ['military', 'army', 'armed forces', 'defence', 'defense'],
  officials: ['official', 'spokesman', 'spokeswoman', 'minister', 'officer', 'authorities'], authorities: ['authorities', 'official', 'police', 'ministry', 'government'],
};

/** Country words a headline uses for a government, with the adjectives and capitals the body uses instead. */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  us: ['united states', 'american', 'u.s.', 'us', 'washington', 'white house', 'state department', 'pentagon'],
  'u.s.': ['united states', 'american', 'u.s.', 'us', 'washington', 'white house', 'state department', 'pentagon'],
  usa: ['united states', 'american', 'u.s.'], uk: ['united kingdom', 'british', 'britain', 'uk', 'london', 'downing street'],
  britain: ['british', 'united kingdom', 'uk', 'london'], france: ['french', 'paris', 'élysée'], china: ['chinese', 'beijing'],
  russia: ['russian', 'moscow', 'kremlin'], germany: ['german', 'berlin'], japan: ['japanese', 'tokyo'], iran: ['iranian', 'tehran'],
  israel: ['israeli', 'jerusalem'], india: ['indian', 'delhi'], turkey: ['turkish', 'ankara'], ukraine: ['ukrainian', 'kyiv', 'kiev'],
  eu: ['european union', 'european commission', 'brussels', 'eu'], un: ['united nations', 'un', 'u.n.'], who: ['world health organization', 'who'],
  polish: ['poland', 'polish', 'warsaw'], american: ['united states', 'american', 'u.s.'], british: ['united kingdom', 'british', 'uk'],
  german: ['germany', 'german'], french: ['france', 'french'], chinese: ['china', 'chinese'], russian: ['russia', 'russian'],
  nato: ['nato', 'alliance'], soviets: ['soviet', 'moscow', 'kremlin'], kremlin: ['kremlin', 'russian', 'moscow', 'putin'],
};

/** Words that open a speaker phrase but name no one ("The minister", "Ex-PM") and are dropped before matching. */
export const SPEAKER_FILLER = new Set([
  'the', 'a', 'an', 'ex', 'former', 'new', 'top', 'senior', 'chief', 'deputy', 'acting', 'interim', 'embattled', 'outgoing',
  'incoming', 'local', 'federal', 'state', 'national', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'prof', 'of', 'and', 'for', 'in',
]);

/** Words after which a phrase is no speaker ("After the storm says …" is no headline form; "Trump's claims" is a possessive). */
export const NOT_SPEAKER_END = /(?:^|\s)(?:the|a|an|of|in|on|at|to|for|with|by|from|as|and|or|but|after|before|over|amid|why|how|what|when|if|that|this|is|are|was|were|be|not|no|more|most)$|['’]s$/i;

/** Words that make a headline a report of an interview, not of a claim ("Wikinews interviews …"). */
export const INTERVIEW_WORDS = /\b(?:interviews?|talks? to|speaks? (?:to|with)|discusses|in conversation with|tells? Wikinews|tells? \p{Lu}\p{L}+ about)\b/iu;

/**
 * Function words left out of a claim's content: they say nothing a body must support. Numbers
 * and names stay: a headline's "39 dead" is exactly what the body must carry.
 */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'into', 'over', 'after',
  'before', 'about', 'up', 'out', 'off', 'than', 'that', 'this', 'these', 'those', 'it', 'its', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'who', 'which',
  'what', 'there', 'here', 'so', 'if', 'not', 'no', 'yes', 'all', 'any', 'some', 'more', 'most', 'new', 'now', 'just', 'also',
  'very', 'says', 'say', 'said', 'amid', 'via', 'per', 'vs', 'how', 'why', 'when', 'where', 'while', 'still', 'yet', 'own',
]);

/** Words with the same content in news copy that a stemmer cannot join (each pair read both ways). */
export const SYNONYMS: ReadonlyArray<readonly string[]> = [
  // wire-copy abbreviations (Reuters: "1ST QTR", "MLN DLRS", "DIV")
  ['qtr', 'quarter'], ['1st', 'first'], ['2nd', 'second'], ['3rd', 'third'], ['4th', 'fourth'], ['mln', 'million'], ['bln', 'billion'],
  ['dlrs', 'dollars', 'dlr'], ['pct', 'percent'], ['div', 'dividend'], ['revs', 'rev', 'revenue'], ['shr', 'share'], ['yr', 'year'],
  ['buyout', 'acquire', 'acquisition', 'takeover', 'merger', 'purchase'], ['currency', 'exchange'], ['reform', 'overhaul', 'change'],
  ['incorrect', 'untrue', 'false', 'wrong'],
  ['kill', 'dead', 'die', 'death', 'fatal'], ['resign', 'quit', 'step', 'resignation'], ['fail', 'failure', 'flop'],
  ['rise', 'increase', 'grow', 'growth', 'up', 'higher', 'gain'], ['fall', 'drop', 'decline', 'decrease', 'lower', 'cut', 'down'],
  ['ban', 'prohibit', 'outlaw'], ['plan', 'proposal', 'scheme'], ['wrong', 'mistake', 'error'], ['attack', 'strike', 'assault'],
  ['arrest', 'detain', 'custody'], ['win', 'victory', 'won'], ['lose', 'loss', 'defeat', 'lost'], ['poison', 'novichok', 'toxin'],
  ['profit', 'earnings', 'income'], ['talk', 'negotiation', 'meeting'], ['illegal', 'unlawful'], ['safe', 'safety'],
  ['elect', 'election', 'vote'], ['covid', 'coronavirus', 'covid-19', 'sars-cov-2'], ['us', 'u.s.', 'american', 'united'], ['un', 'united', 'nations'], ['sub', 'submarine'], ['deal', 'agreement', 'accord', 'pact'], ['worry', 'concern', 'fear'], ['detain', 'held', 'hold', 'jail', 'arrest'], ['boost', 'lift', 'help'], ['invade', 'invasion', 'offensive', 'incursion'],
  ['demand', 'call', 'urge', 'press'], ['discover', 'find', 'found', 'locate'], ['warn', 'caution', 'risk', 'danger'],
];

/**
 * Thresholds on the weighted share of a claim's content words that a passage carries.
 * - QUOTED_RUN, QUOTED_SHARE: a run of headline words, in order, inside the speaker's quote is a quotation when it is at
 *   least QUOTED_RUN words and QUOTED_SHARE of the claim (or the whole claim, when shorter).
 * - PARAPHRASE: this share in a passage of the speaker's is support.
 * - NOT_FOUND: below this share everywhere the speaker speaks, the body does not support the claim.
 *   Between the two the verdict stays `paraphrased` (with its low similarity shown): a `not found`
 *   must be rare on well-edited articles, so doubt goes to support.
 * - NOT_FOUND_CASELESS: the same bar for an all-caps or title-case headline, set lower: without case a name cannot be
 *   told from a word, and wire headlines abbreviate ("1ST QTR NET", "SEES BETTER YEAR"), so word overlap says less.
 *   On 3,000 Reuters headlines read by hand, the not-founds between 0.15 and 0.3 were all supported by the body.
 * - UNRESOLVED_SUPPORT: when the speaker cannot be found in the body at all, body text this close
 *   to the claim is taken as the speaker's under another name (a capital, a surname the headline dropped).
 * - MIN_CONTENT: claims with fewer content words are too short to call `not found` on wording alone.
 */
export const THRESHOLDS = { QUOTED_RUN: 4, QUOTED_SHARE: 0.75, PARAPHRASE: 0.5, NOT_FOUND: 0.3, NOT_FOUND_CASELESS: 0.15, UNRESOLVED_SUPPORT: 0.6, MIN_CONTENT: 2 } as const;

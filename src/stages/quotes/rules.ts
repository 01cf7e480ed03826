/**
 * Rule tables for the quotes stage, as data. Each table says why it exists; the steps
 * (01-marks … 06-resolve) only read them.
 */
import type { SpeakerKind } from '../../core/quote.js';

/**
 * Speech and reporting verbs, every inflection listed (no stemmer): a quote needs one of these
 * (or a colon introduction) near it to count as reported speech rather than a term in marks.
 */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'argue', 'argues', 'argued', 'arguing', 'warn', 'warns', 'warned', 'warning', 'insist', 'insists', 'insisted', 'insisting',
  'claim', 'claims', 'claimed', 'claiming', 'state', 'states', 'stated', 'explain', 'explains', 'explained', 'explaining',
  'note', 'notes', 'noted', 'noting', 'write', 'writes', 'wrote', 'writing', 'ask', 'asks', 'asked', 'asking',
  'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'answer', 'answered', 'continue', 'continued',
  'announce', 'announces', 'announced', 'announcing', 'admit', 'admits', 'admitted', 'acknowledge', 'acknowledged', 'acknowledges',
  'report', 'reports', 'reported', 'reporting', 'suggest', 'suggests', 'suggested', 'suggesting', 'believe', 'believes', 'believed',
  'predict', 'predicted', 'predicts', 'estimate', 'estimated', 'estimates', 'find', 'finds', 'found', 'show', 'shows', 'showed',
  'recall', 'recalls', 'recalled', 'agree', 'agreed', 'agrees', 'confirm', 'confirmed', 'confirms', 'deny', 'denied', 'denies',
  'contend', 'contended', 'contends', 'maintain', 'maintained', 'maintains', 'describe', 'described', 'describes', 'call', 'called',
  'tweet', 'tweeted', 'tweets', 'post', 'posted', 'declare', 'declared', 'declares', 'promise', 'promised', 'promises',
  'urge', 'urged', 'urges', 'complain', 'complained', 'complains', 'concede', 'conceded', 'concedes', 'point', 'pointed',
  'reveal', 'revealed', 'reveals', 'stress', 'stressed', 'stresses', 'emphasize', 'emphasized', 'emphasised', 'assert', 'asserted',
  'allege', 'alleged', 'alleges', 'charge', 'charged', 'testify', 'testified', 'recount', 'recounted', 'joke', 'joked', 'jokes',
  'quip', 'quipped', 'shout', 'shouted', 'yell', 'yelled', 'cry', 'cried', 'whisper', 'whispered', 'muse', 'mused',
  'inform', 'informs', 'informed', 'assure', 'assures', 'assured', 'indicate', 'indicated', 'indicates', 'observe', 'observed', 'mention', 'mentioned',
  'remark', 'remarked', 'concluded', 'concludes', 'conclude', 'advise', 'advised', 'reckon', 'reckons', 'reckoned',
  'think', 'thinks', 'thought', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'expect', 'expects', 'expected',
  'worry', 'worries', 'worried', 'wonder', 'wondered', 'wonders', 'counter', 'countered', 'counters', 'boast', 'boasted',
  'vow', 'vowed', 'vows', 'pledge', 'pledged', 'threaten', 'threatened', 'demand', 'demanded', 'demands', 'propose', 'proposed',
  'accuse', 'accused', 'accuses', 'criticize', 'criticized', 'criticised', 'praise', 'praised', 'blame', 'blamed', 'blames',
  // verbs that introduce or close a quotation in news copy ("the post read", "Bardos blurted out")
  'read', 'reads', 'began', 'blurted', 'retorted', 'retort', 'crowed', 'chanted', 'exclaimed', 'sighed', 'laughed', 'snapped',
  'interjected', 'points', 'offered', 'conceded', 'acknowledging', 'wrote', 'quipped', 'lamented', 'laments', 'added',
  'continues', 'remarks', 'comments', 'commented', 'comment', 'echoes', 'echoed', 'scolded', 'repeated', 'repeats', 'cautioned',
  'cautions', 'caution', 'shared', 'tells', 'recalled', 'reasoned', 'reasons', 'surmised', 'elaborated', 'clarified', 'specified',
];

/**
 * Verbs whose subject characterises something in the words that follow ("called the allegation “false”",
 * "described the scene as “chaos”", "labelled it “reckless”"): a short term in marks after one of them is
 * credited to the subject (step 07b). Naming verbs ("dubbed", "titled", "nicknamed") are not here.
 */
export const CREDIT_VERBS: readonly string[] = [
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing',
  'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'brand', 'brands', 'branded', 'branding',
  'term', 'terms', 'termed', 'deride', 'derides', 'derided', 'deriding', 'denounce', 'denounces', 'denounced', 'denouncing',
];

/** Multi-word cues before the source ("according to X, …"). */
export const SOURCE_FIRST_CUES: readonly string[] = ['according to', 'as reported by', 'in the words of', 'quoting', 'citing'];

/** Verbs that can be speech verbs but, without quotation marks or "that", usually are not ("called the police", "found the body"). */
export const WEAK_INDIRECT = new Set([
  'call', 'called', 'find', 'found', 'finds', 'show', 'shows', 'showed', 'post', 'posted', 'point', 'pointed', 'continue', 'continued',
  'ask', 'asks', 'asked', 'add', 'adds', 'added', 'describe', 'described', 'describes', 'praise', 'praised', 'blame', 'blamed', 'blames',
  'accuse', 'accused', 'accuses', 'criticize', 'criticized', 'criticised', 'expect', 'expects', 'expected', 'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared', 'demand', 'demanded', 'demands', 'propose', 'proposed', 'charge', 'charged', 'report', 'reported',
  'reports', 'state', 'states', 'answer', 'answered', 'respond', 'responded', 'reply', 'replied', 'threaten', 'threatened',
  'promise', 'promised', 'promises', 'urge', 'urged', 'urges', 'tell', 'told', 'tells', 'inform', 'informed', 'informs', 'mention',
  'mentioned', 'write', 'wrote', 'writes', 'think', 'thought', 'thinks', 'believe', 'believes', 'believed', 'worry', 'worried',
  'cry', 'cried', 'joke', 'joked', 'vow', 'vowed', 'pledge', 'pledged', 'agree', 'agreed', 'agrees',
  'read', 'reads', 'began', 'blurted', 'retorted', 'retort', 'crowed', 'chanted', 'exclaimed', 'sighed', 'laughed', 'snapped',
  'interjected', 'offered', 'lamented', 'laments', 'shared', 'repeated', 'repeats',
  // report an act or a stance more often than content: "denied the allegations", "announced a plan", "suggested a meeting"
  'deny', 'denied', 'denies', 'announce', 'announced', 'announces', 'announcing', 'suggest', 'suggested', 'suggests', 'suggesting',
  'conclude', 'concluded', 'concludes', 'comment', 'comments', 'commented', 'continues', 'estimate', 'estimated', 'estimates',
  'indicate', 'indicated', 'indicates', 'warning', 'points', 'claim', 'confirm', 'confirmed', 'confirms', 'adding', 'reveal', 'revealed',
]);

/** Titles and roles that go before a name and are dropped from the display name ("Health Minister Ana Costa" → "Ana Costa"). */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president',
  'prime', 'minister', 'premier', 'mayor', 'councillor', 'councilor', 'chief', 'judge', 'justice', 'sheriff', 'officer', 'sgt',
  'sergeant', 'lt', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'det', 'detective', 'const', 'constable', 'insp',
  'inspector', 'superintendent', 'supt', 'secretary', 'attorney', 'commissioner', 'director', 'chancellor', 'ambassador',
  'health', 'finance', 'foreign', 'defence', 'defense', 'justice', 'environment', 'education', 'deputy', 'former', 'then',
  'acting', 'interim', 'chair', 'chairman', 'chairwoman', 'leader', 'candidate', 'mp', 'mpp', 'mla', 'speaker', 'rev', 'father',
  'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'coach', 'ceo', 'spokesperson', 'spokesman',
  'spokeswoman', 'economist', 'analyst', 'lawyer', 'professor', 'crown', 'defence', 'conservative', 'liberal', 'ndp', 'democratic',
  'republican', 'u.s.', 'federal', 'provincial', 'state', 'city', 'county', 'party', 'opposition', 'house', 'senate', 'vice',
]);

/**
 * Capitalised words that are never part of a person's or organisation's name: they are capitalised
 * only because they open a sentence ("In the filing", "Some of the protesters", "It's", "Besides").
 */
export const NAME_STOP_WORDS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'about',
  'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose',
  'if', 'as', 'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'unless', 'whether', 'besides', 'despite',
  'some', 'all', 'any', 'many', 'most', 'much', 'more', 'few', 'several', 'each', 'every', 'both', 'either', 'neither', 'other',
  'another', 'such', 'no', 'not', 'none', 'one', 'two', 'three', 'four', 'five', 'total', 'part', 'those', 'these', 'this', 'that',
  'there', 'here', 'then', 'now', 'also', 'still', 'even', 'just', 'only', 'however', 'meanwhile', 'instead', 'later', 'earlier',
  'today', 'yesterday', 'tomorrow', 'tonight', 'newly', 'recently', 'previously', 'according', 'asked', 'speaking', 'following',
  'he', 'she', 'it', 'its', 'it’s', "it's", 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
  'will', 'would', 'could', 'should', 'may’s', 'said', 'says', 'told', 'added', 'read', 'watch', 'related', 'photo', 'video',
  'within', 'among', 'amid', 'across', 'through', 'throughout', 'against', 'around', 'behind', 'beyond', 'near', 'toward', 'towards',
  'upon', 'via', 'per', 'given', 'like', 'unlike', 'once', 'whatever', 'let', 'thanks', 'yes', 'well', 'again', 'never', 'always',
]);

/** Capitalised words that can sit inside a name but name no one alone ("United", "Regional", "May and October"). */
export const NOT_ALONE_WORDS = new Set([
  'united', 'regional', 'national', 'international', 'federal', 'provincial', 'local', 'new', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'central', 'general', 'public', 'royal', 'global', 'european', 'american',
  'canadian', 'british', 'chinese', 'russian', 'polish', 'french', 'german', 'republican', 'democrat', 'democratic', 'liberal',
  'conservative', 'atmospheric', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'first', 'second', 'third', 'last', 'next', 'senior', 'junior', 'former', 'acting', 'keeper', 'minority', 'majority',
]);

/** Occupations written before a name ("Engineer Ana Costa", "eyewitness Vinnie DeVita"): dropped from the display name like titles. */
export const OCCUPATION_WORDS = new Set([
  'engineer', 'eyewitness', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'pastor', 'reverend', 'editor', 'publisher',
  'reporter', 'journalist', 'columnist', 'physician', 'surgeon', 'nurse', 'pilot', 'captain', 'firefighter', 'paramedic',
  'protester', 'protesters', 'demonstrator', 'demonstrators', 'forecaster', 'forecasters', 'researchers', 'scientists',
  'historian', 'lecturer', 'founder', 'co-founder', 'co-author', 'co-chair', 'author', 'ecologist', 'president-elect', 'assemblyman', 'assemblywoman', 'congressman',
  'congresswoman', 'alderman', 'alderwoman', 'attorney-general', 'solicitor', 'barrister', 'qc', 'magistrate', 'prosecutor',
  'actor', 'actress', 'singer', 'musician', 'artist', 'columnist', 'chemist', 'biologist', 'physicist', 'pharmacist', 'therapist', 'dentist', 'psychiatrist', 'specialist', 'strategist', 'lobbyist', 'pollster', 'designer', 'writer', 'novelist', 'poet', 'filmmaker', 'director',
  'whip', 'forward', 'defenceman', 'goaltender', 'goalie', 'quarterback', 'golfer', 'striker', 'midfielder', 'pitcher', 'manager',
]);

/** Words inside a name that make it an organisation ("Emergencies Ministry", "Railroad Workers United", "Labour Party"). */
export const ORGANIZATION_NAME_WORDS = new Set([
  'ministry', 'ministries', 'police', 'agency', 'committee', 'council', 'party', 'company', 'department', 'office', 'institute',
  'university', 'college', 'school', 'hospital', 'association', 'union', 'workers', 'group', 'foundation', 'commission', 'court',
  'bank', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'nations', 'center', 'centre', 'service', 'services', 'authority', 'board',
  'league', 'federation', 'coalition', 'alliance', 'network', 'army', 'navy', 'guard', 'force', 'forces', 'government', 'church',
  'club', 'team', 'fund', 'bureau', 'patrol', 'rockets', 'raptors', 'secretariat', 'security', 'prosecutions', 'local', 'hydro', 'airlines', 'airways', 'motors',
  'canada', 'entertainment', 'media', 'news', 'press', 'tv', 'radio', 'magazine', 'times', 'post', 'journal', 'project', 'campaign',
  // the last word of many company names ("Northline Power", "Suncor Energy", "Acme Holdings")
  'power', 'energy', 'resources', 'pharmaceuticals', 'technologies', 'systems', 'holdings', 'partners', 'capital', 'railway', 'industries',
]);

/** Heads of descriptive speaker phrases ("the official", "a spokeswoman"): a person, named earlier if the text did. */
export const PERSON_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'senator', 'mayor', 'premier', 'president',
  'governor', 'chief', 'officer', 'doctor', 'lawyer', 'attorney', 'judge', 'professor', 'researcher', 'expert', 'analyst',
  'economist', 'diplomat', 'aide', 'adviser', 'advisor', 'director', 'executive', 'ceo', 'leader', 'candidate', 'man', 'woman',
  'resident', 'residents', 'witness', 'witnesses', 'source', 'sources', 'father', 'mother', 'son', 'daughter', 'wife', 'husband',
  'friend', 'neighbour', 'neighbor', 'student', 'teacher', 'worker', 'manager', 'owner', 'founder', 'chair', 'chairman',
  'councillor', 'mp', 'lawmaker', 'legislator', 'representative', 'critic', 'critics', 'scientist', 'author', 'coach',
  'player', 'victim', 'activist', 'organizer', 'organiser', 'commissioner', 'inspector', 'sergeant', 'constable', 'detective',
  'prosecutor', 'prosecutors', 'investigators', 'people', 'person', 'insider', 'insiders', 'member', 'members',
  'staffer', 'staffers', 'passenger', 'passengers', 'commuter', 'driver', 'parent', 'parents', 'customer', 'patient', 'nurse', 'negotiator', 'librarian', 'colleague', 'spokespeople', 'observer', 'observers', 'experts', 'farmer', 'farmers', 'strategist', 'voter', 'voters', 'supporter', 'supporters', 'official’s', 'secretary', 'partner',
]);

/**
 * What a generic descriptor can refer back to: "the official" may be the minister or the mayor
 * named earlier; a descriptor also matches any earlier person whose own title or appositive used it.
 */
export const DESCRIPTOR_COVERS: Readonly<Record<string, readonly string[]>> = {
  official: ['minister', 'mayor', 'senator', 'premier', 'governor', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'officer', 'chief', 'commissioner', 'secretary', 'president', 'councillor', 'superintendent', 'ambassador'],
  politician: ['minister', 'mayor', 'senator', 'premier', 'governor', 'mp', 'mpp', 'councillor', 'leader', 'candidate', 'president', 'representative'],
  lawmaker: ['senator', 'representative', 'mp', 'mpp', 'mla', 'congressman', 'congresswoman'],
  spokesperson: ['spokesman', 'spokeswoman'],
  doctor: ['dr', 'physician'],
};

/** Anonymous sourcing: descriptions that stand for people the text does not name. Each pattern's reason is its name. */
export const ANONYMOUS_PATTERNS: ReadonlyArray<{ readonly rule: string; readonly pattern: RegExp }> = [
  { rule: 'anon-sources', pattern: /^(?:\w+ )?(?:sources?|insiders?)\b/i },
  { rule: 'anon-indefinite-role', pattern: /^(?:a|an|one|two|three|several|some|other|many)\b(?! of the \p{Lu})/iu },
  { rule: 'anon-familiar-with', pattern: /\b(?:familiar with|close to|who (?:spoke|asked|requested) on condition|speaking on condition|not authori[sz]ed)\b/i },
];

/** Head nouns of organisations ("the ministry said"). */
export const ORGANIZATION_NOUNS = new Set([
  'ministry', 'department', 'government', 'agency', 'police', 'rcmp', 'company', 'firm', 'council', 'union', 'party', 'campaign',
  'university', 'commission', 'office', 'board', 'committee', 'court', 'authority', 'authorities', 'administration', 'corporation',
  'bank', 'group', 'association', 'coalition', 'service', 'services', 'institute', 'foundation', 'organization', 'organisation',
  'hospital', 'school', 'city', 'province', 'state', 'team', 'club', 'embassy', 'military', 'army', 'pentagon', 'kremlin',
  'white house', 'inc', 'corp', 'ltd', 'network', 'centre', 'center', 'league', 'federation', 'alliance', 'network', 'secretariat',
  'statistics canada', 'action', 'fund', 'bureau', 'cabinet', 'parliament', 'congress', 'senate', 'house',
  // kinds of company a text names its subject by ("the utility said", "the automaker added")
  'utility', 'retailer', 'automaker', 'carmaker', 'airline', 'insurer', 'startup', 'railway', 'railroad', 'operator',
]);

/** Head nouns of documents and data ("the leaked memo states", "the report found"). */
export const DOCUMENT_NOUNS = new Set([
  'report', 'study', 'memo', 'memorandum', 'cable', 'letter', 'statement', 'document', 'documents', 'survey', 'poll', 'polls',
  'data', 'figures', 'numbers', 'filing', 'filings', 'lawsuit', 'analysis', 'review', 'audit', 'records', 'record', 'email',
  'emails', 'e-mail', 'release', 'transcript', 'complaint', 'ruling', 'decision', 'indictment', 'affidavit', 'research',
  'paper', 'estimate', 'estimates', 'forecast', 'budget', 'notice', 'bulletin', 'briefing', 'website', 'post', 'tweet', 'video',
  // printed words that quote no one by themselves: "the headline described the raid as a ‘surgical strike’"
  'headline', 'headlines', 'caption', 'banner', 'placard', 'sign',
]);

/** Media outlets, by name ("the BBC reported", "told Reuters"), plus generic media nouns. */
export const MEDIA_NAMES: readonly string[] = [
  'BBC', 'Reuters', 'The Associated Press', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'CNN', 'Fox News', 'NBC',
  'CBS', 'ABC', 'MSNBC', 'NPR', 'CBC', 'CBC News', 'CTV', 'CTV News', 'Global News', 'The Canadian Press', 'Canadian Press',
  'Bloomberg', 'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
  'Wall Street Journal', 'Financial Times', 'The Financial Times', 'The Guardian', 'Guardian', 'The Times', 'The Globe and Mail',
  'Globe and Mail', 'Toronto Star', 'The Star', 'National Post', 'HuffPost', 'Huffington Post', 'Politico', 'Axios', 'USA Today',
  'Le Monde', 'Der Spiegel', 'Al Jazeera', 'The Verge', 'Sky News', 'Press TV', 'Interfax', 'TASS', 'Xinhua', 'The Economist', 'The Telegraph', 'Daily Mail', 'Breitbart', 'The Hill', 'CNBC',
];
/** Generic media nouns ("the newspaper reported"); "agency" alone is more often a government agency, so only "news agency" is media. */
export const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'daily', 'broadcaster', 'outlet', 'magazine', 'network', 'tabloid', 'station', 'wire']);

/**
 * Where the article uses a capitalised word (X) as a place or an organisation, so a speaker read as that
 * word alone is no person (step 04c). Prepositions that also take people ("from", "to", "with") are left out.
 */
export const PLACE_OR_ORGANIZATION_CUES: ReadonlyArray<{ readonly reason: string; readonly pattern: string }> = [
  { reason: 'a place: "in Alaska", "across Ontario", "based in Calgary"', pattern: '\\b(?:in|across|throughout|near|outside)\\s+X\\b(?![’\'-]|\\s+\\p{Lu})' },
  { reason: 'a home base: "Calgary-based"', pattern: '\\bX-based\\b' },
  { reason: 'a noun it modifies: "the Ford company", "the Alaska government"', pattern: '\\bthe\\s+X\\s+(?:company|government|province|state|city|region|firm|automaker|carmaker|team|club|brand|plant|factory|economy)\\b' },
  { reason: 'a company suffix or market words: "Ford Motor", "Apple Inc.", "Tesla shares"', pattern: '\\bX\\s+(?:Inc|Corp|Corporation|Ltd|Co|Motor|Motors|Group|Airlines|Bank|shares|stock)\\b' },
  { reason: 'what a company has: "Facebook CEO Mark Zuckerberg", "Google’s users", "Pfizer executives"', pattern: '\\bX(?:[’\']s)?\\s+(?:CEO|chief executive|founder|co-founder|executives|employees|users|platform|app|headquarters|shareholders|investors|subsidiary|products)\\b' },
  { reason: 'a group named with "the" and a plural: "the Republicans", "the Democrats"', pattern: '\\b[Tt]he\\s+X\\b(?<=s)(?![’\'-]|\\s+\\p{Lu})' },
];

/** Pronouns a speaker can be, with the kind of antecedent they look for. */
export const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it' | 'i' | 'we'>> = {
  he: 'he', she: 'she', they: 'they', it: 'it', i: 'i', we: 'we', who: 'they',
};

/** Confidence each rule gives its quote, before refiners adjust it. */
export const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  'direct-cue-after': 0.95, 'direct-cue-before': 0.9, 'direct-split': 0.95, 'direct-colon': 0.85, 'direct-after-verb': 0.85, 'direct-credited-term': 0.7, 'direct-list': 0.85, 'indirect-characterised': 0.6, 'direct-continues': 0.8,
  'direct-floating': 0.6, 'pull-quote': 0.6, 'embedded-post': 0.7, 'indirect-parenthetical': 0.7, 'direct-according-to': 0.9, 'direct-multi-paragraph': 0.85, 'mixed-cue': 0.8, 'indirect-that': 0.75, 'indirect-cue-after': 0.7, 'indirect-according-to': 0.8,
  'indirect-cue-before': 0.6,
};

export type KindGuess = SpeakerKind;

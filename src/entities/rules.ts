/** Rule tables of alias merging. Each says why. */

/** Honorifics and titles that can stand inside a name as read ("President Clinton", "Mr. Costa"): not part of the name. */
export const NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister', 'secretary',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor', 'gen', 'general', 'col', 'colonel', 'adm', 'admiral', 'judge', 'justice',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador', 'speaker', 'former', 'the', 'chief', 'sheikh', 'rev', 'reverend',
  'father', 'sister', 'brother', 'capt', 'captain', 'lt', 'sgt', 'commander', 'leader', 'premier', 'emir', 'ayatollah', 'deputy', 'acting',
  'mme', 'mlle', 'herr', 'frau', 'senor', 'señor', 'sra', 'sr', 'associate',
]);

/** Suffixes after a surname: "Martin Luther King Jr." has the surname King. */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

/**
 * Particles that belong to the surname: "Ursula von der Leyen" → "von der leyen", and "Van Biljon"
 * alone is a surname. Written lower-case inside a name; a capitalised one opening a name is a
 * particle too, except those that are also given names (Al Gore, Ben Affleck: see GIVEN_PARTICLES).
 */
export const SURNAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'das']);

/**
 * Short forms of given names used in news copy ("Bill Clinton" is William J. Clinton). Both sides
 * map to one key; the list is of common English forms only — a name not here must match exactly.
 */
export const NICKNAMES: Readonly<Record<string, string>> = {
  bill: 'william', will: 'william', billy: 'william', bob: 'robert', rob: 'robert', bobby: 'robert', jim: 'james', jimmy: 'james',
  joe: 'joseph', mike: 'michael', dick: 'richard', rick: 'richard', tom: 'thomas', tony: 'anthony', ted: 'edward', ed: 'edward',
  ned: 'edward', chuck: 'charles', charlie: 'charles', dave: 'david', dan: 'daniel', danny: 'daniel', steve: 'steven', stephen: 'steven',
  chris: 'christopher', matt: 'matthew', pat: 'patrick', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', katie: 'katherine',
  sam: 'samuel', ben: 'benjamin', bibi: 'benjamin', nick: 'nicholas', andy: 'andrew', alex: 'alexander', greg: 'gregory', jeff: 'jeffrey',
  jon: 'jonathan', larry: 'lawrence', jerry: 'gerald', hank: 'henry', harry: 'henry', peggy: 'margaret', maggie: 'margaret', sue: 'susan',
  jenny: 'jennifer', jen: 'jennifer', al: 'albert', fred: 'frederick', don: 'donald', ron: 'ronald', ken: 'kenneth', tim: 'timothy',
};

/** Words that make an organisation name the same without them: "the BBC" is "BBC". */
export const ORG_LEADING = /^(?:the|a)\s+/i;

/**
 * Names that are one place or body whatever the spelling news uses. Only widely used short forms;
 * the tagger's type is kept (a country tagged ORG stays an organisation entity).
 */
export const NAME_EQUIVALENTS: Readonly<Record<string, string>> = {
  'us': 'united states', 'u s': 'united states', 'usa': 'united states', 'u s a': 'united states', 'united states of america': 'united states',
  'uk': 'united kingdom', 'u k': 'united kingdom', 'britain': 'united kingdom', 'great britain': 'united kingdom',
  'eu': 'european union', 'un': 'united nations', 'u n': 'united nations', 'uae': 'united arab emirates', 'ussr': 'soviet union',
  'nyc': 'new york city', 'dprk': 'north korea',
};

/** Particles that open a name as a given name when capitalised: "Al Gore", "Ben Affleck", "Le Anh". */
export const GIVEN_PARTICLES = new Set(['al', 'el', 'ben', 'bin', 'le', 'la', 'da', 'di', 'du']);

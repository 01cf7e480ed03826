/** Rule tables of the roles stage: title words, abbreviations, portfolios, demonyms, party-state tags. */

/** Abbreviated titles and what they stand for (news style). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Lt. Gov.': 'Lieutenant Governor', 'Gen.': 'General',
  'Lt. Gen.': 'Lieutenant General', 'Maj. Gen.': 'Major General', 'Col.': 'Colonel', 'Adm.': 'Admiral', 'Pres.': 'President',
  'Sgt.': 'Sergeant', 'Capt.': 'Captain', 'Supt.': 'Superintendent', 'Atty. Gen.': 'Attorney General', 'Dr.': 'Doctor',
};

/**
 * Title nouns that stand before a name ("Interior Minister Ana Costa"). Capitalised words before
 * them are the portfolio ("Interior") or the organisation ("Pfizer chief executive").
 */
export const TITLE_NOUNS = [
  'Vice President', 'President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Secretary of State', 'Secretary', 'Senator', 'Representative',
  'Congressman', 'Congresswoman', 'Governor', 'Mayor', 'General', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Chief Justice',
  'Justice', 'Judge', 'Ambassador', 'Speaker', 'Commissioner', 'Director', 'Chairman', 'Chairwoman', 'Chief Executive', 'CEO', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Attorney General', 'Admiral', 'Colonel', 'Lieutenant General', 'Major General', 'Commander', 'Leader',
  'Premier', 'Emir', 'Sheikh', 'Ayatollah', 'Archbishop', 'Bishop', 'Cardinal', 'Coach', 'Manager', 'Chief', 'Police Chief', 'Sheriff', 'Lieutenant Governor',
].sort((a, b) => b.length - a.length);

/** Lower-case title nouns of an apposition ("Ana Costa, the foreign minister,"), longest first. */
export const APPOSITION_NOUNS = [
  'prime minister', 'minister', 'secretary of state', 'secretary', 'president', 'vice president', 'senator', 'governor', 'mayor', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'director general', 'chairman', 'chairwoman', 'chair', 'chief executive', 'ambassador', 'envoy',
  'commander', 'leader', 'head', 'chief', 'prosecutor', 'attorney general', 'judge', 'chancellor', 'speaker', 'founder', 'editor', 'lawmaker',
  'commissioner', 'general', 'spokesman for', 'secretary-general', 'secretary general', 'premier', 'coach', 'manager', 'captain', 'adviser', 'advisor',
].sort((a, b) => b.length - a.length);

/** Portfolio words: the part of a title that names a ministry's field, not an organisation. */
export const PORTFOLIOS = new Set([
  'defense', 'defence', 'interior', 'foreign', 'health', 'finance', 'home', 'justice', 'education', 'energy', 'transport', 'labour', 'labor',
  'agriculture', 'trade', 'economy', 'economic', 'environment', 'culture', 'treasury', 'homeland', 'security', 'commerce', 'housing', 'industry',
  'information', 'communications', 'digital', 'science', 'tourism', 'sports', 'sport', 'immigration', 'army', 'navy', 'state', 'deputy', 'acting',
  'chief', 'senior', 'junior', 'vice', 'former', 'then', 'interim', 'opposition', 'shadow', 'defense secretary',
]);

/** Nationality adjectives before a title ("Israeli Prime Minister …"): the country is the organisation. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  American: 'United States', 'U.S.': 'United States', US: 'United States', British: 'United Kingdom', 'U.K.': 'United Kingdom', UK: 'United Kingdom',
  French: 'France', German: 'Germany', Italian: 'Italy', Spanish: 'Spain', Russian: 'Russia', Ukrainian: 'Ukraine', Chinese: 'China', Japanese: 'Japan',
  Indian: 'India', Pakistani: 'Pakistan', Israeli: 'Israel', Palestinian: 'Palestine', Iranian: 'Iran', Iraqi: 'Iraq', Syrian: 'Syria', Turkish: 'Turkey',
  Egyptian: 'Egypt', Saudi: 'Saudi Arabia', Canadian: 'Canada', Mexican: 'Mexico', Brazilian: 'Brazil', Australian: 'Australia', Polish: 'Poland',
  Dutch: 'Netherlands', Belgian: 'Belgium', Swedish: 'Sweden', Norwegian: 'Norway', Finnish: 'Finland', Danish: 'Denmark', Greek: 'Greece',
  Hungarian: 'Hungary', Afghan: 'Afghanistan', Nigerian: 'Nigeria', Kenyan: 'Kenya', 'South African': 'South Africa', 'South Korean': 'South Korea',
  'North Korean': 'North Korea', Venezuelan: 'Venezuela', Argentine: 'Argentina', Colombian: 'Colombia', Irish: 'Ireland', Scottish: 'Scotland',
  Lebanese: 'Lebanon', Jordanian: 'Jordan', Qatari: 'Qatar', Emirati: 'United Arab Emirates', Ethiopian: 'Ethiopia', Sudanese: 'Sudan',
  Filipino: 'Philippines', Indonesian: 'Indonesia', Thai: 'Thailand', Vietnamese: 'Vietnam', Taiwanese: 'Taiwan', 'New Zealand': 'New Zealand',
};

/** Organisations a title implies: a U.S. senator sits in the Senate. */
export const TITLE_ORGS: Readonly<Record<string, string>> = {
  Senator: 'U.S. Senate', Representative: 'U.S. House of Representatives', Congressman: 'U.S. House of Representatives', Congresswoman: 'U.S. House of Representatives',
};

export const PARTIES: Readonly<Record<string, string>> = { D: 'Democratic', R: 'Republican', I: 'Independent' };

/** AP state abbreviations of party-state tags ("(D-Mass.)"); postal codes are read too. */
export const STATES: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', AL: 'Alabama', Alaska: 'Alaska', AK: 'Alaska', 'Ariz.': 'Arizona', AZ: 'Arizona', 'Ark.': 'Arkansas', AR: 'Arkansas',
  'Calif.': 'California', CA: 'California', 'Colo.': 'Colorado', CO: 'Colorado', 'Conn.': 'Connecticut', CT: 'Connecticut', 'Del.': 'Delaware', DE: 'Delaware',
  'Fla.': 'Florida', FL: 'Florida', 'Ga.': 'Georgia', GA: 'Georgia', Hawaii: 'Hawaii', HI: 'Hawaii', Idaho: 'Idaho', ID: 'Idaho', 'Ill.': 'Illinois', IL: 'Illinois',
  'Ind.': 'Indiana', IN: 'Indiana', Iowa: 'Iowa', IA: 'Iowa', 'Kan.': 'Kansas', KS: 'Kansas', 'Ky.': 'Kentucky', KY: 'Kentucky', 'La.': 'Louisiana', LA: 'Louisiana',
  Maine: 'Maine', ME: 'Maine', 'Md.': 'Maryland', MD: 'Maryland', 'Mass.': 'Massachusetts', MA: 'Massachusetts', 'Mich.': 'Michigan', MI: 'Michigan',
  'Minn.': 'Minnesota', MN: 'Minnesota', 'Miss.': 'Mississippi', MS: 'Mississippi', 'Mo.': 'Missouri', MO: 'Missouri', 'Mont.': 'Montana', MT: 'Montana',
  'Neb.': 'Nebraska', NE: 'Nebraska', 'Nev.': 'Nevada', NV: 'Nevada', 'N.H.': 'New Hampshire', NH: 'New Hampshire', 'N.J.': 'New Jersey', NJ: 'New Jersey',
  'N.M.': 'New Mexico', NM: 'New Mexico', 'N.Y.': 'New York', NY: 'New York', 'N.C.': 'North Carolina', NC: 'North Carolina', 'N.D.': 'North Dakota', ND: 'North Dakota',
  Ohio: 'Ohio', OH: 'Ohio', 'Okla.': 'Oklahoma', OK: 'Oklahoma', 'Ore.': 'Oregon', OR: 'Oregon', 'Pa.': 'Pennsylvania', PA: 'Pennsylvania', 'R.I.': 'Rhode Island', RI: 'Rhode Island',
  'S.C.': 'South Carolina', SC: 'South Carolina', 'S.D.': 'South Dakota', SD: 'South Dakota', 'Tenn.': 'Tennessee', TN: 'Tennessee', Texas: 'Texas', TX: 'Texas',
  Utah: 'Utah', UT: 'Utah', 'Vt.': 'Vermont', VT: 'Vermont', 'Va.': 'Virginia', VA: 'Virginia', 'Wash.': 'Washington', WA: 'Washington', 'W.Va.': 'West Virginia',
  WV: 'West Virginia', 'Wis.': 'Wisconsin', WI: 'Wisconsin', 'Wyo.': 'Wyoming', WY: 'Wyoming',
};

/** "(D-Mass.)", "(R-Texas)", "(I-Vt.)": party, then state. */
export const PARTY_STATE = /^\s*\(([DRI])-([A-Z][A-Za-z.]*(?:\s?[A-Z][a-z]*\.?)?)\)/;

/** Words before a title that mean the role is past. */
export const FORMER = /\b(?:former|ex-|then-|late|onetime|one-time)\s*$/i;

/**
 * Rule tables for the meaning checks of step 05 (beside rules.ts, which holds the forms and the
 * wording thresholds). Word overlap says a body passage is about the headline's topic; these say
 * whether it says the same thing about it: which words negate, which words say the opposite of
 * which, and which headline verbs promise more than a statement.
 */

/**
 * Words that negate what follows them in their clause ("not", "never", "hasn't", "declined to").
 * A negator binds the first content word after it (NEGATION_SKIP words are passed over):
 * "It hasn't been abolished" negates `abolished`, "no crisis" negates `crisis`.
 */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'cannot', 'nor', 'neither', 'without', 'none', 'nothing', 'nobody', 'unlikely',
  'declined', 'declines', 'refused', 'refuses', 'withhold', 'withholds', 'withheld', 'unable', 'unwilling', 'denied', 'denies', 'deny', 'denying', 'rejected', 'rejects',
]);

/** Words a negator reaches over to the word it negates ("not be abolished", "no longer", "never really"). */
export const NEGATION_SKIP = new Set([
  'a', 'an', 'the', 'any', 'be', 'been', 'being', 'to', 'have', 'has', 'had', 'do', 'does', 'did', 'is', 'are', 'was', 'were',
  'yet', 'even', 'ever', 'always', 'longer', 'more', 'so', 'too', 'very', 'much', 'really', 'all', 'at', 'one', 'that', 'it', 'its',
  'going', 'get', 'got', 'of', 'for', 'in', 'on', 'we', 'i', 'he', 'she', 'they', 'you', 'our', 'their', 'his', 'her', 'my',
]);

/** "not only X but Y", "no doubt": a negator followed by one of these negates nothing. */
export const NOT_NEGATING_AFTER = new Set(['only', 'just', 'doubt', 'matter', 'less', 'later', 'sooner', 'surprise', 'wonder']);

/**
 * Verbs that pass a negation on to the verb of their "to" clause: "did not persuade world leaders
 * to sanction" does not say they sanctioned; "not planning to cut" does not say they will cut.
 */
export const NEGATION_CARRIERS = new Set([
  'persuade', 'want', 'plan', 'expect', 'intend', 'agree', 'allow', 'try', 'seek', 'need', 'mean', 'able', 'likely', 'ready',
  'willing', 'prepared', 'ask', 'hope', 'decide', 'promise', 'wish', 'going', 'enough', 'convince', 'force', 'manage', 'room',
]);

/** Words that open a new clause: a negator before them reaches no further ("we will not cut fares, and prices will rise"). */
const CLAUSE_WORDS = ['but', 'however', 'while', 'although', 'though', 'whereas', 'and', 'or', 'yet', 'because', 'unless', 'if', 'so', 'then'];

/**
 * Where a clause ends: punctuation, quote marks, or one of CLAUSE_WORDS (in either case: wire
 * headlines are capitals). A full stop after a capital is an abbreviation ("U.S. oil"), no end.
 */
export const CLAUSE_BREAK = new RegExp(`[,;:!?()\\[\\]—–"“”]|(?<!\\b\\p{Lu})\\.(?=\\s|$)|\\s(?:${CLAUSE_WORDS.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]).join('|')})\\s`, 'u');

/** Where a sentence ends: a full stop, question or exclamation mark (and a closing quote) not after a capital ("U.S."). */
export const SENTENCE_BREAK = /(?<=(?<!\b\p{Lu})[.!?]["”’]?)\s+/u;

/**
 * Words with opposite meanings in news copy, as [one side, other side, reason]. A passage that
 * carries the other side about the headline's topic, and never the headline's side, says the
 * opposite of the headline ("Saudis will fail to curb output" over "Saudi Arabia will succeed in
 * curbing output"). Under a negation a side turns over ("will not change" is "will stay").
 * Every form is listed: stems are crude ("won", "lost", "fell" share nothing with their verbs).
 */
export const ANTONYMS: ReadonlyArray<readonly [readonly string[], readonly string[], string]> = [
  [['fail', 'fails', 'failed', 'failure', 'flop', 'flopped', 'collapse', 'collapsed'], ['succeed', 'succeeds', 'succeeded', 'success', 'successful'], 'failure against success'],
  [['rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'grow', 'grows', 'grew', 'growth', 'gain', 'gained', 'gains', 'jump', 'jumped', 'climb', 'climbed', 'soar', 'soared', 'raise', 'raised', 'higher', 'boost', 'expand', 'expanded', 'double', 'doubled'],
    ['fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'dropped', 'decline', 'declined', 'declines', 'decrease', 'slump', 'slumped', 'lower', 'lowered', 'cut', 'cuts', 'reduce', 'reduced', 'reduction', 'reductions', 'shrink', 'shrank', 'plunge', 'plunged', 'slide', 'collapse', 'collapsed'], 'a rise against a fall'],
  [['win', 'wins', 'won', 'victory', 'winner'], ['lose', 'loses', 'lost', 'defeat', 'defeated', 'loser'], 'a win against a loss'],
  // a profit is the other side of a loss, but an improvement is not: a loss can improve ("SEES IMPROVED NET" after a net loss)
  [['profit', 'profits', 'earnings'], ['loss', 'losses'], 'a profit against a loss'],
  [['better', 'improve', 'improved', 'improving', 'strong', 'stronger'], ['worse', 'worsen', 'worsening', 'deteriorate', 'deteriorating', 'weak', 'weaker'], 'better against worse'],
  [['accept', 'accepts', 'accepted', 'approve', 'approves', 'approved', 'agree', 'agrees', 'agreed', 'back', 'backs', 'backed', 'support', 'supports', 'supported', 'endorse', 'endorses', 'favour', 'favor'],
    ['reject', 'rejects', 'rejected', 'refuse', 'refuses', 'refused', 'oppose', 'opposes', 'opposed', 'veto', 'vetoed'], 'acceptance against rejection'],
  [['praise', 'praises', 'praised', 'back', 'backs', 'backed', 'support', 'supports', 'welcome', 'welcomes', 'welcomed', 'hail', 'hails', 'hailed', 'applaud', 'fair', 'generous', 'acceptable'],
    ['criticise', 'criticises', 'criticised', 'criticize', 'criticizes', 'criticized', 'condemn', 'condemns', 'condemned', 'slam', 'slams', 'unacceptable', 'unfair', 'disgrace', 'outrage', 'appalling'], 'praise against criticism'],
  // in a press release an indictment is what the office reports: "acquitted" over "charged" is the other side
  [['guilty', 'convicted', 'convict', 'convicts', 'charged', 'charging', 'indicted', 'indictment', 'sentenced'], ['acquitted', 'acquit', 'acquits', 'innocent', 'cleared'], 'a conviction against an acquittal'],
  [['optimistic', 'optimism', 'confident', 'hopeful'], ['pessimistic', 'pessimism', 'doubtful', 'hopeless', 'despair'], 'optimism against pessimism'],
  [['keep', 'keeps', 'kept', 'maintain', 'maintained', 'retain', 'stay', 'stays', 'remain', 'remains', 'continue', 'continues', 'preserve'],
    ['change', 'changes', 'convert', 'scrap', 'scrapped', 'abolish', 'abolished', 'ended', 'stop', 'stops', 'stopped', 'halt', 'halted', 'resign', 'resigns', 'quit', 'quits', 'remove', 'replace'], 'keeping against ending'],
  [['allow', 'allows', 'allowed', 'permit', 'permits', 'legalise', 'legalize', 'lift', 'lifted'], ['ban', 'bans', 'banned', 'prohibit', 'prohibited', 'forbid', 'forbids', 'block', 'blocked'], 'allowing against banning'],
  [['open', 'opens', 'opened', 'reopen'], ['close', 'closes', 'closed', 'shut', 'shuts'], 'opening against closing'],
  [['know', 'knows', 'knew', 'known', 'aware'], ['unaware', 'unknown'], 'knowing against not knowing'],
  [['safe', 'safety', 'secure'], ['unsafe', 'dangerous', 'danger', 'threat'], 'safety against danger'],
  [['confirm', 'confirms', 'confirmed'], ['deny', 'denies', 'denied'], 'confirming against denying'],
  [['disclose', 'discloses', 'disclosed', 'reveal', 'revealed', 'admit', 'admitted'], ['conceal', 'concealed', 'hide', 'hid', 'hidden', 'cover-up'], 'disclosing against concealing'],
];

/**
 * Headline verbs that say the speaker admits something ("X admits the plan has failed"): the body
 * must report that admission, so the claim needs a close paraphrase (THRESHOLDS.PARAPHRASE, not
 * the NOT_FOUND floor) and its predicate ("failed") in the speaker's words.
 */
export const ADMISSION_VERBS = new Set(['admit', 'admits', 'admitted', 'concede', 'concedes', 'conceded', 'acknowledge', 'acknowledges', 'confess', 'confesses']);

/**
 * Words with which a body reports an admission ("admitted", "conceded", "pleaded guilty"): a
 * passage of the speaker's that has one and carries the claim reports the admission, and the
 * claim is judged by wording as any other ("Former Executive Admits Guilt" over "pleaded guilty").
 */
export const ADMISSION_WORDS = /\b(?:admit(?:s|ted|ting)?|admission|conced(?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|confess(?:es|ed|ing|ion)?|ple(?:a|ade)d guilty|pled guilty|pleads guilty)\b/i;

/**
 * Headline verbs that say the speaker denies the claim ("X denies any link"): the speaker's words
 * that carry the claim must deny something (a negator or one of these words). Not "dismisses" or
 * "rejects": a judge dismisses a suit and a board rejects an offer by acts, not by denials.
 */
export const DENIAL_VERBS = new Set(['deny', 'denies', 'denied']);
export const DENIAL_WORDS = new Set([
  'false', 'untrue', 'wrong', 'incorrect', 'nonsense', 'ridiculous', 'absurd', 'baseless', 'crazy', 'lie', 'lies', 'fabricated', 'fiction',
  'deny', 'denies', 'denied', 'reject', 'rejects', 'rejected', 'dismiss', 'dismissed', 'categorically', 'unfounded', 'misleading', 'rubbish',
]);

/**
 * Words after which the next content word is a claim's predicate, its verb or complement: an
 * auxiliary ("has failed", "will cut"), a copula ("is weak", "are split"), "to" ("to abolish") or a
 * subject pronoun ("he knew"). This is how a claim's "key predicate" is found without a tagger.
 */
export const PREDICATE_AFTER = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'to',
  "won't", 'won’t', "can't", 'can’t', 'he', 'she', 'they', 'we', 'i', 'it',
]);

/**
 * Headline verbs that carry content of their own ("X backs Y", "X predicts Y"): read as a word of
 * the claim, so a body where the speaker opposes Y, or says the opposite, does not support it.
 */
export const CONTENT_VERBS = /^(?:predicts?|forecasts?|expects?|promises?|pledges?|vows?|urges?|demands?|praises?|backs?|supports?|opposes?|condemns?|welcomes?|critici[sz]es?|slams?|blasts?|defends?|thanks?)$/;

/**
 * Rule tables for the articles stage, as data. Each rule has an id (the `rule` an annotation
 * carries) and a reason (why the cue means what we say it means). Code elsewhere only walks
 * these tables; changing a heuristic means changing a row here.
 */
import type { BoilerplateLabel } from '../../core/article.js';

export interface PatternRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly reason: string;
}

export interface BoilerplateRule extends PatternRule {
  readonly label: BoilerplateLabel;
  /** A header line opens a block: the short lines after it (its list) belong to it. */
  readonly header?: boolean;
  /** Site furniture, not part of any article: it ends the article before it. */
  readonly site?: boolean;
}

/** Month names in English and the languages our dumps mix in (es, fr, de, it, pt, nl); index + 1 is the month. */
export const MONTH_NAMES: readonly string[] = [
  'jan(?:uary|vier)?|enero|januar|gennaio|janeiro|januari',
  'feb(?:ruary|rero|ruar|braio)?|f[ée]vr?(?:ier)?|fevereiro|februari',
  'mar(?:ch|zo|s|ço)?|m[äa]rz|maart',
  'apr(?:il|ile)?|abr(?:il)?|avr(?:il)?',
  'may|mayo|mai|maggio|maio|mei',
  'june?|junio|juin|juni|giugno|junho',
  'july?|julio|juil(?:let)?|juli|luglio|julho',
  'aug(?:ust|usti)?|agosto|ao[uû]t',
  'sep(?:t(?:ember|iembre|embre)?)?|set(?:tembre|embro)?',
  'oct(?:ober|ubre|obre)?|okt(?:ober)?|ottobre|outubro',
  'nov(?:ember|iembre|embre|embro)?',
  'dec(?:ember)?|dic(?:iembre|embre)?|d[ée]c(?:embre)?|dez(?:ember|embro)?',
];
const MONTH = `(${MONTH_NAMES.join('|')})\\.?`;
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const TIME = '(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,4}|[+-]\\d{2}:?\\d{2}))?)?';

/** Date expressions as news sites print them. Groups are read by `02-dateline.ts` by rule id. */
export const DATE_RULES: readonly PatternRule[] = [
  { id: 'iso-date', pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/, reason: 'ISO 8601 dates are unambiguous; the date part is the date as written in its own zone' },
  { id: 'month-day-year', pattern: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${TIME}`, 'i'), reason: 'US style "Apr 09, 2024", "Tuesday, January 4, 2019", "DEC 22, 2023"' },
  { id: 'day-month-year', pattern: new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})\\b${TIME}`, 'i'), reason: 'British and RFC 822 style "1 Feb 2024", "Tue, 09 Apr 2024 10:00:00 GMT"' },
  { id: 'numeric-date', pattern: new RegExp(`\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b${TIME}`), reason: '"05/02/2024 10:31": day first unless the first number cannot be a day-of-month pairing (see 02-dateline)' },
];

/** Times that are not dates: the line is a dateline, but it names no day we can state. */
export const RELATIVE_DATE: PatternRule = {
  id: 'relative-date',
  pattern: /\b(?:(?:\d+|an?|one|two|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now|moments ago)\b/i,
  reason: '"Updated 3 hours ago" says when relative to a scrape time we do not know: no date',
};

/** Words that may surround a date on a dateline without making it prose. */
export const DATELINE_FILLER =
  /\b(?:published|updated|last updated|le|el|am|du|del|de|publié|publicado|actualizado|mis à jour|modified|posted|first published|date|dated|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|\d+\s+min(?:ute)?s?\s+read|read time|reading time)\b|[|•·,:;\-–—()/\s]|\d{1,2}[:.]\d{2}/gi;

export const BYLINE_RULES: readonly PatternRule[] = [
  { id: 'by-prefix', pattern: /^(?:by|written by|words by|story by|reporting by|text by|por|par|von|di|door|av|af|przez)\s*:?\s+(.+)$/i, reason: '"By Jane Doe" ("Por", "Par", "Von" …) is how nearly every outlet credits a writer' },
  { id: 'posted-by', pattern: /^(?:posted|published|filed|submitted)\s+by\s+(.+)$/i, reason: 'blog engines print "Posted by X on <date>"' },
  { id: 'author-label', pattern: /^(?:author|authors|reporter|writer)\s*:\s*(.+)$/i, reason: '"Author: Jane Doe" in CMS exports' },
  { id: 'desk-name', pattern: /^((?:[A-Z][\p{L}'’-]*\s+){0,3}(?:Desk|Staff|Bureau|Newsroom|Team|Correspondents?|Editors|Reporters?))$/u, reason: 'an unsigned piece is credited to a desk: "Metro Desk", "Reuters Staff"' },
];

/** Name tokens in a byline: capitalised words, initials and the particles names use. */
export const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|and|&|de|del|della|da|van|von|der|den|la|le|bin|al|ibn|y|dos|du)$/u;

/** Words that make a credited name an organisation, so it names the outlet. */
export const ORG_WORDS =
  /\b(?:News|Times|Post|Herald|Journal|Tribune|Press|Agency|Media|Gazette|Guardian|Chronicle|Daily|Weekly|Radio|TV|Television|Network|Wire|Service|Broadcasting|Reuters|AP|AFP|Bloomberg|BBC|CNN|NPR|PBS|Xinhua|Kyodo|Associated|Telegraph|Observer|Independent|Mirror|Express|Standard|Monitor|Report|Review|Magazine|Online|Today|Insider|Week|Wikinews|Newswire|Bulletin|Courier|Dispatch|Sun|Star|Mail|Inquirer|Economist|Politico|Axios)\b/;

/** Desk words dropped from a credit to name the outlet: "Reuters Staff" → Reuters. */
export const DESK_SUFFIX = /\s+(?:Staff|Desk|Bureau|Newsroom|Team|Reporters?|Correspondents?|Editors|Wire)$/;

export const OUTLET_RULES: readonly PatternRule[] = [
  { id: 'source-label', pattern: /^(?:source|sources|via|credit|courtesy(?: of)?|from|fuente|quelle|fonte|bron|źródło)\s*:\s*(.+)$/i, reason: 'a "Source: X" line names where a reprint came from' },
  { id: 'originally-published', pattern: /^(?:this (?:article|story|post) )?(?:was )?(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|in|on|at)\s+(.+)$/i, reason: 'reprints credit the original outlet' },
  { id: 'read-original', pattern: /^read the (?:original|full)(?: article| story)?(?: at| on)?\s*:?\s+(.+)$/i, reason: '"Read the original at …" closes syndicated copy' },
];

/** "LONDON (Reuters) -", "(AP) —", "WASHINGTON, Feb 5 (AFP) –": agencies put themselves in the lead. */
export const WIRE_DATELINE: PatternRule = {
  id: 'wire-dateline',
  pattern: /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?(?:,\s*[\p{L}]{3,9}\.? \d{1,2})?\s*)?\((Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|Kyodo|CNN|BBC|PA|CP|Yonhap|ANI|IANS|PTI|Anadolu|EFE|ANSA|TASS)\)\s*[-–—]+\s*/u,
  reason: 'a wire story opens with CITY (Agency) and a dash',
};

/** Press-release leads: "WASHINGTON, Feb. 5, 2024 /PRNewswire/ --". */
export const RELEASE_DATELINE: PatternRule = {
  id: 'release-dateline',
  pattern: /^[\p{Lu}][\p{L} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?,\s*(.{6,30}?\d{4})\s*(?:\/\s*([A-Za-z][\w ]+?)\s*\/)?\s*[-–—]+\s*/u,
  reason: 'a release opens with CITY, date and a dash (and sometimes the wire that carried it)',
};

export const RELEASE_MARK: PatternRule = {
  id: 'release-mark',
  pattern: /^(?:for immediate release|for release|embargoed until|news release|press release|media release)\b.*$/i,
  reason: 'press releases open with a release line above the headline',
};

/** Lines that end a piece and are not text: separators, "###", "-30-", "END". */
export const SEPARATOR = /^\s*(?:(?:[-=*_~#•·]\s*){3,}|-30-|- 30 -|ends?|\*\*\*|<hr\s*\/?>)\s*$/i;

export const URL_LINE = /^[<(]?(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"”’])[>)]?$/;
export const URL_IN_LINE = /https?:\/\/[^\s<>()\]]+[^\s<>().,;:!?'"”’\]]/;

/** Clutter, in order: the first rule whose pattern matches a whole line labels it. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { id: 'site-recommendations', label: 'related', header: true, site: true, pattern: /^(?:you (?:might|may) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular (?:posts|stories|now)|don'?t miss|editors'? picks|from around the web|more from (?:the|our) (?:site|blog|network))\s*:?$/i, reason: 'site-wide recommendation boxes belong to the page, not to the story above them' },
  { id: 'related-header', label: 'related', header: true, pattern: /^(?:related(?: news| stories| articles| coverage| content| posts| reading| links)?|more (?:news|stories|coverage) (?:on|about|from) .{1,40}|more on this(?: story| topic)?|see also|further reading|in other news)\s*:?$/i, reason: 'a story\'s own related-links list, headed as such' },
  { id: 'read-more', label: 'read-more', pattern: /^(?:read more|read also|also read|read next|more|continue reading|click here|full story|watch|listen)\s*[:›»>→-]\s*\S.*$|^(?:read more|continue reading(?: .{0,40})?)(?:\s*[…›»>→]+)?$/i, reason: 'inline links to other stories, printed between paragraphs' },
  { id: 'share-bar', label: 'share', pattern: /^(?:share(?: this(?: article| story| post)?| on| via)?\s*:?\s*)?(?:(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|print|reddit|telegram|pinterest|messenger|copy link|share|tweet|flipboard|bluesky|threads)\s*[|•·,/]?\s*){2,}$|^share(?: this(?: article| story| post)?)?\s*:?$/i, reason: 'share widgets scrape to a row of network names' },
  { id: 'caption', label: 'caption', pattern: /^(?:photo|image|picture|photograph|pictured|file photo|illustration|video|graphic)(?: credit)?\s*[:|]|\((?:image|photo|picture) (?:credit|by|courtesy)[^)]*\)\s*$|(?:[/|]\s*|\b(?:photo|image)s?:?\s*)(?:AFP|Reuters|AP|Getty Images|EPA|Shutterstock|Alamy|Bloomberg|EPA-EFE|AP Photo)(?:\s*\/\s*[\p{L} .]+)?\s*\)?$|\b(?:getty images|ap photo|afp photo|reuters\/[\p{L} ]+)\s*\)?$|[.!?]\s+(?:photo|image|picture|photograph)(?:s| credit)?:\s*[^.:]{2,80}$/iu, reason: 'photo credits name a photographer or agency after "Photo:" or a slash' },
  { id: 'author-bio', label: 'author-bio', pattern: /^(?:about the author\b.*|[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3} (?:is|was|has been) (?:an?|the|our) (?:[\p{L}-]+ ){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|analyst|author|freelancer|fellow)\b.*)$/iu, reason: 'author boxes begin "Jane Doe is a reporter covering …"' },
  { id: 'newsletter', label: 'newsletter', pattern: /^(?:(?:sign up|subscribe)\b.{0,120}|.{0,80}\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|delivered)\b.{0,60}|get (?:the|our) .{0,60}(?:newsletter|in your inbox).{0,40}|enter your email(?: address)?.{0,40}|thank you for subscribing.{0,40})$/i, reason: 'newsletter boxes ask for an email in the middle of the story' },
  { id: 'advert', label: 'advert', pattern: /^(?:advertisement|advertising|ad|sponsored(?: content)?|paid (?:content|post)|story continues below(?: advertisement)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?)\s*:?$/i, reason: 'ad slots leave their label behind in scraped text' },
  { id: 'comments', label: 'comments', pattern: /^(?:\d+\s+comments?|comments?\s*\(\d+\)|comments?|leave a (?:comment|reply)|(?:join|view) the (?:conversation|discussion)|comments are closed\.?|show comments|add a comment)\s*:?$/i, reason: 'comment widgets follow the story' },
  { id: 'copyright', label: 'copyright', pattern: /^(?:©|\(c\)|copyright\b).{0,160}$|^.{0,120}\ball rights reserved\.?$/i, reason: 'copyright lines close syndicated copy' },
  { id: 'tags', label: 'tags', pattern: /^(?:tags?|topics?|filed under|categories|category|tagged(?: with)?|keywords)\s*:.{0,200}$/i, reason: 'tag lists name topics, not text' },
  { id: 'source-line', label: 'source-line', pattern: /^(?:source|sources|via|credit|courtesy(?: of)?|fuente|quelle|fonte|bron|źródło)\s*:.{1,200}$|^(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:published|appeared|ran) .{1,200}$|^read the (?:original|full)(?: article| story)?(?: at| on)?\s*:?\s+.{1,200}$/i, reason: 'reprints say where they came from' },
  { id: 'cookie-notice', label: 'other', site: true, pattern: /^.{0,80}\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b.{0,200}$/i, reason: 'consent banners are page furniture' },
  { id: 'navigation', label: 'navigation', site: true, pattern: /^(?:home|menu|search|skip to (?:main )?content|log ?in|sign in|back to top|next (?:post|article|story)\b.*|previous (?:post|article|story)\b.*|(?:← )?older posts|newer posts(?: →)?|page \d+ of \d+|load more)\s*$|^[\p{L}&' ]{2,20}(?:\s*[|›»>•\/]\s*[\p{L}&' ]{2,20}){2,}$/iu, reason: 'menus and pagers are page furniture' },
  { id: 'release-contact', label: 'other', header: true, pattern: /^(?:media contacts?|press contacts?|contacts?|for more information(?:, contact)?|about [\p{Lu}][\p{L}&.' -]{1,60}|###)\s*:?$/iu, reason: 'press releases end with contact and "About us" blocks' },
];

/** Heading cues, as data: a line is taken as an article's headline when its score reaches HEADLINE_THRESHOLD. */
export const HEADLINE_CUES = {
  followedByMeta: { weight: 3, reason: 'a headline is followed by its dateline, byline or source line' },
  followedByWireLead: { weight: 3, reason: 'a wire story\'s first paragraph opens with CITY (Agency) -' },
  afterReleaseMark: { weight: 3, reason: '"FOR IMMEDIATE RELEASE" sits right above a release headline' },
  afterMeta: { weight: 2, reason: 'some archives print the date above the headline' },
  afterSeparator: { weight: 2, reason: 'a rule or "* * *" separates posts in dumps' },
  documentStart: { weight: 2, reason: 'the first short line of a dump is usually a headline' },
  markdownH1: { weight: 2, reason: 'a Markdown "#" heading names a whole piece' },
  markdownH2: { weight: 1, reason: 'a Markdown "##" heading names a post in archives, but a section in long pieces' },
  wideGap: { weight: 1, reason: 'two or more blank lines before a line set pieces apart' },
  followedByBody: { weight: 1, reason: 'a headline leads into prose' },
  sameCaseAsHeadlines: { weight: 2, reason: 'when a dump sets its other headlines in capitals, a capitals line over prose is one more' },
} as const;

export type HeadlineCue = keyof typeof HEADLINE_CUES;

export const HEADLINE_THRESHOLD = 3;

/** A piece needs at least this much prose under its headline to be an article (related lists have none). */
export const MIN_BODY_CHARS = 160;

/** Text before the first headline is an article of its own only with this much prose (else it is a site header). */
export const MIN_PREAMBLE_BODY_CHARS = 300;

export const HEADLINE_MAX_WORDS = 28;
export const HEADLINE_MAX_CHARS = 220;

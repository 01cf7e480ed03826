/**
 * Step 04a: the display name inside a speaker phrase. A name is a run of name-shaped tokens
 * (capitalised, not a common word that merely opens a sentence: "In", "Some", "United", "Day"),
 * read after the last title or role word ("Santa Barbara County Sheriff Bill Brown" → "Bill Brown",
 * "Mexico's Foreign Secretary Marcelo Ebrard" → "Marcelo Ebrard") and before any post-modifier
 * ("Yvette Cooper of the Labour Party").
 */
import { NAME_STOP_WORDS, NOT_ALONE_WORDS, OCCUPATION_WORDS, ORGANIZATION_NAME_WORDS, ORGANIZATION_NOUNS, PERSON_NOUNS, TITLE_WORDS } from './rules.js';

/** Lower-case words inside names ("Charles de Gaulle", "Bank of Canada"), kept only between name words. */
const LINKS = /^(de|van|von|der|den|da|di|du|le|la|bin|al|del|dos|das|of|and|the)$/;
/** A post-modifier that starts a description ("of the Labour Party", "who sponsored the bill", "via news agency Interfax"). */
const POST_MODIFIER = /\s+(?:(?:of|for|from|at|with|in|by|via|on|to)\s+(?=the\s|a\s|an\s|his\s|her\s|their\s|its\s|\p{Ll})|(?:who|which|that|whose)\s).*$/su;

const bare = (w: string) => w.replace(/^[‘“"'(]+|[’”"'),.;:!?]+$/g, '').replace(/[’']s$/, '');

/** A word that is a title or role ("Minister", "sheriff", "founder"), whatever its case. */
export function isRoleWord(word: string): boolean {
  const w = bare(word).toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) || PERSON_NOUNS.has(w) || OCCUPATION_WORDS.has(w) || /^\p{L}{2,}(?:ologist|ician)s?$/u.test(w)
    || /^(?:assembly|congress|council|chair|spokes|alder|business|anchor)(?:man|woman|person)$/.test(w);
}

/** A token that can be part of a name: capitalised, and not a common word, month, day or title. */
export function nameShaped(word: string): boolean {
  const w = bare(word);
  if (!/^\p{Lu}/u.test(w) || w.length < 2 && !/^\p{Lu}\.$/u.test(word)) return false;
  return !NAME_STOP_WORDS.has(w.toLowerCase());
}

/** A run of name-shaped words that are all words which name no one alone ("United", "May and October", "Regional"). */
function weakRun(run: readonly string[]): boolean {
  return run.every((w) => NOT_ALONE_WORDS.has(w.toLowerCase()) || LINKS.test(w));
}

/** Acronyms ("FSB", "NATO", "IRCC"): organisations, not people. */
export function isAcronym(name: string): boolean {
  return /^[\p{Lu}\d&.-]{2,}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);
}

/**
 * The name in a speaker phrase with titles and roles dropped, or '' when the phrase has no
 * name-shaped run ("Some of the protesters", "In the filing", "on Tuesday", "the mayor of Yartsevo").
 */
export function displayName(phrase: string): string {
  const words = phrase.replace(POST_MODIFIER, '').split(/\s+/).filter(Boolean);
  const runs: Array<{ words: string[]; afterRole: boolean }> = [];
  let run: string[] = [];
  let afterRole = false;
  let affiliation = false;
  const close = () => {
    while (run.length > 0 && LINKS.test(run[run.length - 1]!)) run.pop();
    // a run right after "of"/"from"/"at" names where the speaker belongs ("the mayor of Yartsevo"),
    // unless a name follows the place ("Ambassador to Germany Richard Grenell")
    if (affiliation) run = run.length >= 3 ? run.slice(1) : [];
    if (run.length > 0 && !weakRun(run)) runs.push({ words: run, afterRole });
    run = [];
  };
  words.forEach((raw, i) => {
    const w = bare(raw);
    if (run.length === 0 && /^(of|from|at|for|in|to)$/i.test(w)) {
      affiliation = true;
      return;
    }
    // "White House", "Liberal Party", "New York City": a role word that also heads organisations ends a name it follows
    const orgHead = run.length > 0 && /^\p{Lu}/u.test(w) && (ORGANIZATION_NAME_WORDS.has(w.toLowerCase()) || ORGANIZATION_NOUNS.has(w.toLowerCase()));
    if (isRoleWord(raw) && !orgHead) {
      close();
      afterRole = true;
      affiliation = false;
      return;
    }
    // "Bank of Canada", "University of California": "of" links only after an organisation word ("Jennifer Lu of Marriage …" is two names)
    const linked = run.length > 0 && LINKS.test(w) && nameShaped(words[i + 1] ?? '') && (w !== 'of' || ORGANIZATION_NAME_WORDS.has(run[run.length - 1]!.toLowerCase()));
    if (nameShaped(raw) || linked) {
      run.push(w.length > 2 ? w.replace(/\.$/, '') : w);
      // "Mexico's Foreign Secretary …", "Mendez's wife Jonna Mendez": the owner is not the speaker
      if (/[’']s[,.;:]?$/.test(raw)) {
        run = [];
        afterRole = true;
      }
      if (/[,;:]$/.test(raw)) close();
      return;
    }
    close();
    // "Mayor Lena Ford of Fairbanks": a run after "of" / "from" / "at" / "in" is where the speaker belongs
    affiliation = /^(of|from|at|in)$/i.test(w);
    // "Mississauga accountant Babatunji Farinloye": a lower-case noun between names is a role too
    if (/^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && !NAME_STOP_WORDS.has(w)) afterRole = true;
  });
  close();
  // the run after the last title or role ("… County Sheriff Bill Brown"), else the first
  const best = [...runs].reverse().find((r) => r.afterRole) ?? runs[0];
  return best ? best.words.join(' ') : '';
}

/** Capitalised words and initials ("J."), not across a full stop ("… Insurance Open. Woods"). */
const NAME_RUN = /(?:\p{Lu}(?:\.|[\p{L}’'-]*)\s+){1,5}\p{Lu}[\p{L}’'-]*/gu;

/** Name-shaped runs of two or more words in text[from, to), each with its display name, in text order. */
function namesIn(text: string, from: number, to: number): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  const slice = text.slice(from, to);
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(slice); m; m = NAME_RUN.exec(slice)) {
    const run = m[0].replace(/[’']s$/, '');
    const name = displayName(run);
    if (!name.includes(' ') || isAcronym(name) || name.split(' ').some((w) => ORGANIZATION_NAME_WORDS.has(w.toLowerCase()) || NOT_ALONE_WORDS.has(w.toLowerCase()))) continue;
    const at = run.lastIndexOf(name.split(' ')[0]!);
    out.push({ start: from + m.index + Math.max(0, at), end: from + m.index + run.length, name });
  }
  return out;
}

/**
 * The last full name in text[from, to) that ends in `word` ("Costa" → "Ana Costa" named earlier in
 * the article), else the last that starts with it (a first name: "Stephen" → "Stephen Gillis").
 */
export function fullNameBefore(text: string, from: number, to: number, word: string): { start: number; end: number; name: string } | null {
  const names = namesIn(text, from, to);
  const last = (ok: (ws: string[]) => boolean) => names.filter((n) => ok(n.name.split(' '))).pop();
  return last((ws) => ws[ws.length - 1] === word) ?? last((ws) => ws[0] === word) ?? null;
}

/** The last full name in text[from, to): who an unresolved "he" or "she" most likely is. */
export function lastNameBefore(text: string, from: number, to: number): { start: number; end: number; name: string } | null {
  return namesIn(text, from, to).pop() ?? null;
}

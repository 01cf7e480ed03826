/** Lead-ins sites put before the name in a byline. */
const LEAD_IN = /^(?:(?:view\s+all\s+posts|articles|posts|stories|more|written|posted|recipe|words|story|reviewed|edited|photos?|text)\s+)?by\s*:?\s+|^(?:author|written\s+by|by)\s*:\s*/i;
/** Byline texts that are labels, not names. */
const NOT_A_NAME = /^(?:by|author|authors|the\s+author|about\s+the\s+author|about|written\s+by|posted\s+by|staff|admin|\W*)$/i;
/** Where a date, a time or a reading time starts inside a byline ("ClayMar 14, 2024", "Chris Carroll30 Sep 2022"). */
const DATE_TAIL = /(?:\d{1,2}\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*$|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}.*$|\d{4}-\d{2}-\d{2}.*$|\d+\s*min(?:ute)?s?\s+read.*$|\s(?:updated|published|last\s+updated)\b.*$/i;
const EMAIL = /\s*\S+@\S+\.\w+\s*/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#39': "'" };

/** Decodes the few character references CMSs leave inside JSON-LD and meta values ("Maria &amp; Katerina"). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

/**
 * The writer's name from a byline or author field: lead-ins ("Written By:", "View all posts by"),
 * e-mail addresses and a trailing date or reading time removed; '' when what is left is a label
 * ("About the Author"), a URL, a handle, or too long to be names.
 */
export function cleanAuthorName(value: string): string {
  let v = decodeEntities(value).replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(v) || /^@/.test(v)) return '';
  v = v.replace(LEAD_IN, '').replace(EMAIL, ' ').replace(DATE_TAIL, '').replace(/[\s,|·•–—-]+$/, '').trim();
  if (NOT_A_NAME.test(v) || v.length > 100 || !/\p{L}/u.test(v)) return '';
  return v;
}

/**
 * Step 10: an article's fields from its own lines. Date, author, outlet and URL are looked for
 * first in the header (between headline and first paragraph, and the lead's wire dateline),
 * then in the footer (source lines, "Posted by" under the post, author bio). Every value
 * found here points at its characters (`source: 'text'`).
 */
import type { ArticleField } from '../../core/article.js';
import { isOrgName, type Hit } from './03-byline.js';
import { findDate } from './02-dateline.js';
import { siteOf } from './04-outlet.js';
import type { LineInfo } from './07-roles.js';
import { DESK_SUFFIX, RELEASE_DATELINE } from './rules.js';

export interface TextFields {
  readonly date: ArticleField | null;
  readonly author: ArticleField | null;
  readonly outlet: ArticleField | null;
  readonly url: ArticleField | null;
}

const field = (hit: Hit, rule: string = hit.rule): ArticleField => ({ value: hit.value, start: hit.start, end: hit.end, source: 'text', rule });

/** Lines from the article's first line up to and including its lead paragraph, then the rest. */
function zones(lines: readonly LineInfo[]): { header: LineInfo[]; lead: LineInfo | undefined; rest: LineInfo[] } {
  const k = lines.findIndex((l) => l.role === 'body');
  if (k === -1) return { header: [...lines], lead: undefined, rest: [] };
  return { header: lines.slice(0, k), lead: lines[k], rest: lines.slice(k + 1) };
}

function dateField(header: LineInfo[], lead: LineInfo | undefined, rest: LineInfo[]): ArticleField | null {
  const dated = (l: LineInfo): boolean => l.role === 'meta' && l.date?.value != null;
  const inHeader = header.find(dated);
  if (inHeader) return field(inHeader.date as Hit, inHeader.byline ? `${inHeader.date!.rule}-in-byline` : `dateline-${inHeader.date!.rule}`);
  if (lead && RELEASE_DATELINE.pattern.test(lead.contentText)) {
    const hit = findDate(lead.contentText.slice(0, 80));
    if (hit?.value) return field({ value: hit.value, start: lead.content.start + hit.start, end: lead.content.start + hit.end, rule: 'release-dateline' });
  }
  const inFooter = rest.find(dated);
  return inFooter ? field(inFooter.date as Hit, `footer-${inFooter.date!.rule}`) : null;
}

function authorField(header: LineInfo[], rest: LineInfo[]): ArticleField | null {
  const credited = (l: LineInfo): boolean => l.role === 'meta' && l.byline !== null;
  const line = header.find(credited) ?? rest.find(credited);
  if (line) return field(line.byline!);
  const bio = rest.find((l) => l.boiler?.id === 'author-bio');
  const name = bio ? /^([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}) (?:is|was|has been)\b/u.exec(bio.contentText) : null;
  return name ? field({ value: name[1]!, start: bio!.content.start, end: bio!.content.start + name[1]!.length, rule: 'author-bio-name' }) : null;
}

function outletField(all: LineInfo[], lead: LineInfo | undefined, url: ArticleField | null): ArticleField | null {
  const source = all.find((l) => l.role === 'meta' && l.outlet && !l.wireLead);
  if (source?.outlet) return field(source.outlet);
  const credit = all.find((l) => l.role === 'meta' && l.byline?.outlet);
  if (credit?.byline?.outlet) return field(credit.byline.outlet);
  const org = all.find((l) => l.role === 'meta' && l.byline && isOrgName(l.byline.value));
  if (org?.byline) {
    const name = org.byline.value.replace(DESK_SUFFIX, '');
    return field({ ...org.byline, value: name, end: org.byline.start + name.length }, `${org.byline.rule}-organisation`);
  }
  if (lead?.outlet) return field(lead.outlet);
  if (url?.start !== undefined && url.end !== undefined) {
    const site = siteOf(url.value);
    if (site) return { value: site, start: url.start, end: url.end, source: 'text', rule: 'site-of-url' };
  }
  return null;
}

export function textFields(lines: readonly LineInfo[]): TextFields {
  const { header, lead, rest } = zones(lines);
  const all = [...lines];
  const urlLine = all.find((l) => l.url && (l.role === 'meta' || l.role === 'boilerplate'));
  const url = urlLine?.url ? field(urlLine.url) : null;
  return {
    date: dateField(header, lead, rest),
    author: authorField(header, rest),
    outlet: outletField(all, lead, url),
    url,
  };
}

import { bodyParagraphs, longDate, shortDate, type WikinewsRecord } from './record.js';

const SHARE = ['Share this: Facebook | Twitter | WhatsApp | Email', 'SHARE  TWEET  PIN  EMAIL', 'Share on Facebook · Share on X · Copy link'];
const NEWSLETTER = 'Sign up for our morning briefing: the day\'s top stories in your inbox. Subscribe now';

/**
 * A scraped blog archive page: articles run together with the clutter such pages carry
 * (share bars, "Related News" lists, "Read more:" lines, a site header and footer).
 */
export function textDump(records: readonly WikinewsRecord[], variant: number): string {
  const parts: string[] = [`World Desk Blog — Archive, page ${variant}`, 'Home | World | Politics | Science | Contact', ''];
  records.forEach((r, i) => {
    const other = records[(i + 1) % records.length]!;
    const date = variant === 1 ? longDate(r.date) : shortDate(r.date).toUpperCase();
    parts.push(r.title, date, 'Source: Wikinews', r.url, '');
    parts.push(...bodyParagraphs(r).flatMap((p) => [p, '']));
    parts.push(SHARE[i % SHARE.length]!, '');
    if (i % 2 === 0) parts.push('Related News', `- ${other.title}`, `- ${records[(i + 2) % records.length]!.title}`, '');
    else parts.push(`Read more: ${other.title}`, '');
    if (i === 2) parts.push(NEWSLETTER, '');
    parts.push('* * *', '');
  });
  parts.push('© World Desk Blog. Articles reprinted from Wikinews under CC BY 2.5.', '');
  return parts.join('\n');
}

/** A Markdown round-up: `##` headlines, a dateline and source line, `---` between posts. */
export function markdownDump(records: readonly WikinewsRecord[]): string {
  const parts: string[] = ['# Weekly world round-up', ''];
  records.forEach((r) => {
    parts.push(`## ${r.title}`, '', `*${longDate(r.date)}* · Posted by Wikinews`, '');
    parts.push(...bodyParagraphs(r).flatMap((p) => [p, '']));
    parts.push(`[Read the original](${r.url})`, '', '---', '');
  });
  parts.push('You Might Also Like', '', ...records.slice(0, 3).map((r) => `- [${r.title}](${r.url})`), '');
  return parts.join('\n');
}

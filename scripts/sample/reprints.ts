/**
 * Reprint patterns for the sample corpus, made from Wikinews articles already in it (CC BY 2.5;
 * these are changed copies, as ATTRIBUTION.md says): another outlet's copy with its own
 * boilerplate and typography, a lightly reworded copy (a few words changed, a sentence cut and
 * one added, a quotation shortened), a truncated copy, and a roundup that embeds an article's
 * paragraphs under a sub-heading repeating its headline. The outlets are invented.
 */
import { bodyParagraphs, type WikinewsRecord } from './record.js';

const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const record = (r: WikinewsRecord, outlet: string, date: string, url: string, paragraphs: string[], title = r.title) =>
  JSON.stringify({ title, date, url, outlet, author: null, text: paragraphs.join('\n\n') });

/** Curly quotes, non-breaking spaces after short words, spaced dashes: a CMS's typography. */
function retype(p: string): string {
  return p.replace(/"([^"]*)"/g, '“$1”').replace(/\b(a|an|the|of|in|on) /g, '$1\u00a0').replace(/ - /g, ' – ');
}

const REWORD: ReadonlyArray<[RegExp, string]> = [[/\bsaid\b/, 'noted'], [/\bannounced\b/, 'revealed'], [/\babout\b/, 'around'], [/\bhowever\b/i, 'though']];

/** One reword a paragraph, a quotation loses two words, every third paragraph loses its last sentence. */
function reword(ps: string[]): string[] {
  let quoteCut = false;
  return ps.map((p, i) => {
    let out = p;
    for (const [from, to] of REWORD) if (from.test(out)) { out = out.replace(from, to); break; }
    if (!quoteCut) {
      const q = /(["“])([^"”]{40,}?)(["”])/.exec(out);
      if (q) {
        const words = q[2]!.split(' ');
        out = out.replace(q[0], `${q[1]}${[...words.slice(0, 2), ...words.slice(4)].join(' ')}${q[3]}`);
        quoteCut = true;
      }
    }
    const sentences = out.split(/(?<=[.!?])\s+(?=[A-Z])/);
    if (i % 3 === 2 && sentences.length > 2) out = sentences.slice(0, -1).join(' ');
    return out;
  });
}

export function reprintsJsonl(rs: readonly WikinewsRecord[]): string {
  const [a, b, c, host, d] = rs as [WikinewsRecord, WikinewsRecord, WikinewsRecord, WikinewsRecord, WikinewsRecord];
  const lines = [
    record(a, 'Daily Example', plusDays(a.date, 1), 'https://daily.example/news/1',
      ['By Staff Reporter | Daily Example', ...bodyParagraphs(a).map(retype), 'Source: Wikinews', 'Sign up for the Daily Example morning newsletter to get stories like this in your inbox.']),
    record(b, 'Riverside Courier', plusDays(b.date, 2), 'https://courier.example/world/2',
      [...reword(bodyParagraphs(b)), 'This article was first published by Wikinews.']),
    record(c, 'Metro Brief', c.date, 'https://metro.example/briefs/3', bodyParagraphs(c).slice(0, Math.max(2, Math.ceil(bodyParagraphs(c).length * 0.6)))),
    record(host, 'Example Weekly', plusDays(d.date, 3), 'https://weekly.example/roundup/4',
      [...bodyParagraphs(host), d.title, ...bodyParagraphs(d).slice(0, 3)], `Weekly roundup: ${host.title}`),
  ];
  return lines.join('\n') + '\n';
}

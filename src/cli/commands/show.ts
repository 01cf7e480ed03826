import pc from 'picocolors';
import type { Article, ArticleField } from '../../core/article.js';
import type { Document } from '../../core/document.js';
import type { Quote } from '../../core/quote.js';
import { getLayer } from '../../core/document.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';
import type { HeadlineCheck } from '../../core/headline.js';
import { headlineClaimRecord } from '../../export/headline-records.js';
import { renderHeadlineClaim } from './headlines.js';

function field(name: string, f: ArticleField | null): string {
  if (!f) return `${pc.dim(name.padEnd(8))} ${pc.dim('—')}\n`;
  const where = f.start !== undefined ? `chars ${f.start}-${f.end}` : f.source;
  return `${pc.dim(name.padEnd(8))} ${f.value}  ${pc.dim(`[${where}; ${f.rule}]`)}\n`;
}

const SPEAKER_COLOURS = [pc.cyan, pc.magenta, pc.yellow, pc.green, pc.blue, pc.red];

/** One colour per speaker, in order of first appearance, so a reader can follow who says what. */
function speakerColours(quotes: readonly Quote[]): Map<string, (s: string) => string> {
  const colours = new Map<string, (s: string) => string>();
  for (const q of quotes) {
    const key = q.speaker?.name ?? '';
    if (!colours.has(key)) colours.set(key, key === '' ? pc.underline : SPEAKER_COLOURS[colours.size % SPEAKER_COLOURS.length]!);
  }
  return colours;
}

/**
 * The article text with the title in bold, every boilerplate span dimmed and labelled, and each
 * quote coloured by speaker and tagged with the speaker's name.
 */
export function renderArticleText(text: string, article: Article, color: boolean, quotes: readonly Quote[] = []): string {
  const plain = (s: string) => s;
  const c = color ? pc : { bold: plain, dim: plain };
  const colours = speakerColours(quotes);
  const marks: Array<{ start: number; end: number; kind: string; speaker?: string }> = article.boilerplate.map((b) => ({ start: b.start, end: b.end, kind: b.label }));
  for (const q of quotes) marks.push({ start: q.start, end: q.end, kind: 'quote', speaker: q.speaker?.name ?? '' });
  if (article.title?.start !== undefined && article.title.end !== undefined) marks.push({ start: article.title.start, end: article.title.end, kind: 'title' });
  marks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = article.start;
  for (const m of marks) {
    if (m.start < at) continue;
    out += text.slice(at, m.start);
    const piece = text.slice(m.start, m.end);
    if (m.kind === 'quote') {
      const paint = color ? colours.get(m.speaker ?? '')! : plain;
      out += `${paint(piece)}${c.dim(` ⟨${m.speaker || 'speaker unknown'}⟩`)}`;
    } else out += m.kind === 'title' ? c.bold(piece) : c.dim(`[${m.kind}] ${piece}`);
    at = m.end;
  }
  return out + text.slice(at, article.end);
}

function renderQuoteList(doc: Document, quotes: readonly Quote[], io: Io): void {
  if (quotes.length === 0) return;
  io.out(`\n${pc.bold('Who said what')}\n`);
  for (const q of quotes) {
    const who = q.speaker ? `${q.speaker.name} (${q.speaker.kind})` : 'speaker unknown';
    const cue = q.cue ? ` cue "${doc.text.slice(q.cue.start, q.cue.end)}"` : '';
    io.out(`- ${who}: ${q.kind}, chars ${q.start}-${q.end}${cue} ${pc.dim(`[${q.rule}, ${q.confidence.toFixed(2)}]`)}\n`);
  }
}

/** The headline check: each claim with its verdict and best evidence. */
function renderHeadlineCheck(doc: Document, article: Article, io: Io): void {
  const check = getLayer<HeadlineCheck>(doc, 'headlines').find((h) => h.article === article.id);
  if (!check) return;
  io.out(`\n${pc.bold('Headline check')} ${pc.dim(`(${check.verdict})`)}\n`);
  for (const c of check.claims) io.out(renderHeadlineClaim(headlineClaimRecord(doc.text, c)));
}

function renderArticle(doc: Document, article: Article, io: Io): void {
  const quotes = getLayer<Quote>(doc, 'quotes').filter((q) => q.article === article.id);
  io.out(`${pc.bold(article.title?.value ?? '(untitled)')}\n`);
  io.out(`${pc.dim('id'.padEnd(8))} ${article.id}\n${pc.dim('source'.padEnd(8))} ${doc.origin.uri} ${pc.dim(`chars ${article.start}-${article.end} of ${doc.id}`)}\n`);
  for (const [name, f] of [['date', article.date], ['outlet', article.outlet], ['author', article.author], ['url', article.url]] as const) io.out(field(name, f));
  io.out('\n' + renderArticleText(doc.text, article, io.isTTY, quotes).trim() + '\n');
  renderQuoteList(doc, quotes, io);
  renderHeadlineCheck(doc, article, io);
}

/** `show ID`: an article by id, or every article of a document by document id. */
export async function showCommand(store: Store, id: string, io: Io): Promise<number> {
  const found = await store.getArticle(id);
  if (found) {
    renderArticle(found.document, found.article, io);
    return EXIT.ok;
  }
  const doc = await store.getDocument(id);
  if (!doc) {
    io.err(`${pc.red('error')}: PT-E005 no article or document with id "${id}" (list ids with: presstrail articles)\n`);
    return EXIT.notFound;
  }
  const articles = getLayer<Article>(doc, 'articles');
  io.out(`${pc.bold(doc.origin.uri)}  ${pc.dim(`${doc.id}, ${doc.origin.mediaType}, ${articles.length} articles`)}\n\n`);
  articles.forEach((a, i) => { if (i > 0) io.out(pc.dim('\n────────\n\n')); renderArticle(doc, a, io); });
  return EXIT.ok;
}

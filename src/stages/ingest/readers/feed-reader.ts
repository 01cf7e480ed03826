import { parseFeed } from 'feedsmith';
import { sha256Hex } from '../../../core/hash.js';
import type { MetaHint } from '../../../core/document.js';
import { decodeBytes } from '../decode.js';
import { htmlFragmentToText } from '../html/index.js';
import { problem, type ReadResult, type ReaderInput } from '../reader.js';
import { hint, recordDocument } from './record-document.js';

/** What we need of one feed item, whatever the feed format. */
export interface FeedItem {
  readonly title: string;
  /** Full content (HTML) when the feed carries it, else the summary. */
  readonly html: string;
  readonly link?: string;
  readonly date?: string;
  readonly dateSource: string;
  readonly author?: string;
  readonly id?: string;
}

export interface FeedInfo {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title?: string;
  readonly items: readonly FeedItem[];
}

type Loose = Record<string, any>; // feedsmith's per-format types differ; read them defensively

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Loose).value === 'string') return (v as Loose).value;
  return undefined;
}

/** Atom titles may be typed html or xhtml: the reader wants their text, not their markup. */
function plainTitle(v: unknown): string {
  const t = text(v) ?? '';
  const type = v && typeof v === 'object' ? (v as Loose).type : undefined;
  return type === 'html' || type === 'xhtml' || /<[a-z][^>]*>/i.test(t) ? htmlFragmentToText(t).text.replace(/\s+/g, ' ').trim() : t;
}

function rssItem(item: Loose): FeedItem {
  const date = item.pubDate ?? item.dc?.date ?? item.dc?.dates?.[0];
  return {
    title: plainTitle(item.title),
    html: item.content?.encoded ?? text(item.description) ?? '',
    link: item.link,
    date,
    dateSource: item.pubDate ? 'feed:pubDate' : 'feed:dc:date',
    author: item.dc?.creators?.join(', ') ?? item.dc?.creator ?? item.authors?.join(', ') ?? item.author,
    id: text(item.guid) ?? item.link,
  };
}

function atomEntry(entry: Loose): FeedItem {
  const link = (entry.links as Loose[] | undefined)?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  return {
    title: plainTitle(entry.title),
    html: text(entry.content) ?? text(entry.summary) ?? '',
    link,
    date: entry.published ?? entry.updated,
    dateSource: entry.published ? 'feed:published' : 'feed:updated',
    author: (entry.authors as Loose[] | undefined)?.map((a) => a.name).filter(Boolean).join(', ') || undefined,
    id: entry.id ?? link,
  };
}

export function parseFeedItems(xml: string): FeedInfo {
  const parsed = parseFeed(xml) as { format: FeedInfo['format']; feed: Loose };
  const feed = parsed.feed;
  if (parsed.format === 'atom') return { format: 'atom', title: text(feed.title), items: (feed.entries ?? []).map(atomEntry) };
  const items = parsed.format === 'json' ? feed.items ?? [] : feed.items ?? [];
  return { format: parsed.format, title: text(feed.title), items: items.map(rssItem) };
}

/** RSS 2.0, RDF and Atom feeds: one document per item, full content where the feed has it. */
export function readFeed(input: ReaderInput): ReadResult {
  const decoded = decodeBytes(input.bytes, { markup: true });
  let feed: FeedInfo;
  try {
    feed = parseFeedItems(decoded.text);
  } catch (error) {
    return { documents: [], problems: [problem(input.uri, `malformed feed: ${(error as Error).message}`)] };
  }
  const result: ReadResult = { documents: [], problems: [] };
  const mediaType = feed.format === 'atom' ? 'application/atom+xml' : 'application/rss+xml';
  feed.items.forEach((item, index) => {
    const uri = `${input.uri}#item=${index + 1}`;
    const body = htmlFragmentToText(item.html);
    if (body.text.trim().length === 0 && item.title.trim().length === 0) {
      result.problems.push(problem(uri, 'feed item has neither title nor content'));
      return;
    }
    const hints: MetaHint[] = [
      ...hint('title', item.title, 'feed:title'),
      ...hint('date', item.date, item.dateSource),
      ...hint('author', item.author, 'feed:author'),
      ...hint('url', item.link, 'feed:link'),
      ...hint('outlet', feed.title, 'feed:channel-title'),
    ];
    const identity = JSON.stringify([item.id ?? '', item.title, item.html]);
    result.documents.push(recordDocument({
      origin: { uri, mediaType, sha256: sha256Hex(identity), byteLength: Buffer.byteLength(identity), encoding: decoded.encoding, container: { uri: input.uri, mediaType }, ...(item.link ? { url: item.link } : {}) },
      title: item.title, body: body.text, bodyBlocks: body.blocks, bodySourceMap: body.sourceMap, hints,
    }));
  });
  if (feed.items.length === 0) result.problems.push(problem(input.uri, 'feed has no items', 'warning'));
  return result;
}

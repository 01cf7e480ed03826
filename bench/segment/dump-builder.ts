/**
 * Builds scraped-dump-like texts from a JSONL corpus (title, a dateline in a random site
 * format, sometimes a byline, the body, and clutter between and inside articles) with the
 * true title positions, for scoring the articles stage on text it was not written against.
 * The corpus is read at run time; nothing from it is written anywhere.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface Rec { title: string; date: string | null; text: string }
export interface Gold { titleStart: number; title: string }


export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_FORMATS: ((y: string, m: number, d: number) => string)[] = [
  (y, m, d) => `${MONTHS[m - 1]!.slice(0, 3)} ${String(d).padStart(2, '0')}, ${y}`,
  (y, m, d) => `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`,
  (y, m, d) => `${MONTHS[m - 1]!.slice(0, 3).toUpperCase()} ${d}, ${y}`,
  (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`,
  (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  (y, m, d) => `Published: ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y} 10:31`,
  () => 'Updated 3 hours ago',
];
const NAMES = ['Jane Doe', 'Carlos Ruiz', 'Amara Okafor', 'Li Wei', 'Sophie Martin', 'Reuters Staff', 'Metro Desk'];
const CLUTTER_BETWEEN = ['Share this: Facebook Twitter WhatsApp', 'Advertisement', '* * *', '----', 'Sign up for our daily newsletter', '© 2024 Example Media. All rights reserved.', 'Tags: world, politics', '3 Comments', 'Source: Wikinews'];

export function loadRecords(file: string): Rec[] {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec).filter((r) => r.title && r.text && r.text.length > 200);
}

export function buildDump(recs: readonly Rec[], rand: () => number, bare: number): { text: string; gold: Gold[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = 5 + Math.floor(rand() * 6);
  const parts: string[] = [rand() < 0.5 ? 'Example News Archive\nHome | World | Politics | Science' : ''];
  const gold: Gold[] = [];
  let text = parts[0]!;
  const add = (s: string): void => { text += (text ? '\n\n' : '') + s; };
  for (let k = 0; k < n; k++) {
    const r = pick(recs);
    const title = r.title.replace(/\s+/g, ' ').trim();
    const [y, m, d] = (r.date ?? '2020-01-01').slice(0, 10).split('-');
    const body = r.text.replace(/^\s*(?:\w+day, )?\w+ \d{1,2}, \d{4}\s*\n+/, '').split(/\n+/).filter((p) => p.trim());
    const paras = body.slice(0, 8).map((p) => (rand() < 0.1 ? `${p}\n\nRead more: ${pick(recs).title}` : p));
    if (k > 0 && rand() < 0.4) add(pick(CLUTTER_BETWEEN));
    if (k > 0 && rand() < 0.2) add(`Related News\n${pick(recs).title}\n${pick(recs).title}`);
    if (k > 0 && rand() < 0.15) add(`You Might Also Like\n${pick(recs).title}\n${pick(recs).title}`);
    add('');
    text = text.replace(/\n\n$/, '\n\n');
    const titleStart = text.length;
    gold.push({ titleStart, title });
    const meta = [pick(DATE_FORMATS)(y!, Number(m), Number(d))];
    if (rand() < 0.4) meta.push(`By ${pick(NAMES)}`);
    text += rand() < bare ? `${title}\n\n${paras.join('\n\n')}` : `${title}\n${meta.join('\n')}\n\n${paras.join('\n\n')}`;
  }
  return { text, gold };
}

export function f1(p: number, r: number): number { return p + r === 0 ? 0 : (2 * p * r) / (p + r); }


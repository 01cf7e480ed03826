/** What a file holds, decided from its bytes first and its name second. */
export type InputKind = 'text' | 'markdown' | 'html' | 'feed' | 'warc' | 'jsonl' | 'gzip' | 'binary' | 'empty';

const TEXT_SAMPLE = 8192;

function head(bytes: Uint8Array, n = 2048): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, n)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
}

/** Binary: NUL bytes (outside UTF-16) or many control characters in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, TEXT_SAMPLE);
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function extensionKind(name: string): InputKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.gz')) return 'gzip';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(rss|atom)$/.test(lower)) return 'feed';
  if (/\.warc$/.test(lower)) return 'warc';
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  return null;
}

function contentKind(start: string): InputKind | null {
  const s = start.trimStart();
  if (s.startsWith('WARC/')) return 'warc';
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(s) || /^<(rss|feed|rdf:RDF)\b/i.test(s)) return 'feed';
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)\b/i.test(s)) return 'html';
  if (/^\{\s*"/.test(s) && /\}\s*(\r?\n|$)/.test(s)) return 'jsonl';
  return null;
}

export function detectKind(bytes: Uint8Array, name: string): InputKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  const start = head(bytes);
  const byContent = contentKind(start);
  if (byContent) return byContent;
  if (looksBinary(bytes)) return 'binary';
  const byName = extensionKind(name);
  if (byName && byName !== 'gzip') return byName;
  // `.xml` without a feed root, `.json`, `.txt` and unknown text all read as text.
  return start.trim().length === 0 ? 'empty' : 'text';
}

export const MEDIA_TYPES: Record<Exclude<InputKind, 'gzip' | 'binary' | 'empty'>, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  feed: 'application/rss+xml',
  warc: 'application/warc',
  jsonl: 'application/x-ndjson',
};

import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  readonly text: string;
  /** Encoding name used (iconv-lite / WHATWG label). */
  readonly encoding: string;
  /** How it was decided: `bom`, `http-header`, `meta`, `xml-declaration`, `utf8-valid`, `detected`, `fallback`. */
  readonly source: string;
  /** Set when the bytes did not decode cleanly with the declared encoding. */
  readonly warning?: string;
}

export interface DecodeHints {
  /** Charset from an HTTP Content-Type header (WARC response records). */
  readonly httpCharset?: string;
  /** Look for `<meta charset>` / `http-equiv` (HTML) or the XML declaration. */
  readonly markup?: boolean;
}

const PRESCAN_BYTES = 4096;

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Reads a charset declared inside the first bytes of an HTML or XML file (the HTML prescan, simplified). */
export function declaredCharset(bytes: Uint8Array): { charset: string; source: string } | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return { charset: xml[1], source: 'xml-declaration' };
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return { charset: meta[1], source: 'meta' };
  return null;
}

const WEB_ALIASES: Record<string, string> = { 'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252', utf8: 'utf-8' };

/** Normalised encoding name iconv-lite can decode, or null. Latin-1 labels mean windows-1252 on the web (WHATWG). */
export function knownEncoding(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const name = WEB_ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}

/**
 * Strict for UTF-8 (invalid bytes fail, so detection can take over). Single-byte encodings
 * decode any bytes; iconv-lite is used because Node's TextDecoder reads windows-1252 as Latin-1.
 */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return null;
    }
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  return text.includes('\uFFFD') ? null : text;
}

/**
 * Decodes input bytes. Order: byte-order mark, HTTP header charset, in-document declaration,
 * valid UTF-8, statistical detection, windows-1252. A declared charset that fails to decode
 * is not trusted blindly: valid UTF-8 wins over a wrong declaration (common on the web).
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), bom, { stripBOM: true }), encoding: bom, source: 'bom' };

  const declared = hints.httpCharset
    ? { charset: hints.httpCharset, source: 'http-header' }
    : hints.markup ? declaredCharset(bytes) : null;
  const declaredEncoding = declared ? knownEncoding(declared.charset) : null;
  if (declared && declaredEncoding) {
    const text = tryDecode(bytes, declaredEncoding);
    if (text !== null) return { text, encoding: declaredEncoding, source: declared.source };
  }

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'utf8-valid' };

  const guess = knownEncoding(chardet.detect(bytes) ?? '') ?? 'windows-1252';
  const encoding = guess === 'utf-8' ? 'windows-1252' : guess;
  const warning = declared && declaredEncoding
    ? `declared ${declared.charset} did not decode cleanly; decoded as ${encoding}`
    : `not valid UTF-8; decoded as ${encoding}`;
  return { text: tryDecode(bytes, encoding) ?? iconv.decode(Buffer.from(bytes), encoding), encoding, source: 'detected', warning };
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1];
}

import type { Element } from 'domhandler';
import type { Span } from '../../../core/span.js';

/** The raw range of an attribute's value inside the element's start tag, so a hint can point at it. */
export function attrValueSpan(raw: string, el: Element, name: string): Span | undefined {
  const start = el.startIndex;
  if (start === null) return undefined;
  const tagEnd = raw.indexOf('>', start);
  const tag = raw.slice(start, tagEnd < 0 ? raw.length : tagEnd + 1);
  const re = new RegExp(`\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  const m = re.exec(tag);
  if (!m) return undefined;
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const valueStart = start + m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
  return { start: valueStart, end: valueStart + value.length };
}

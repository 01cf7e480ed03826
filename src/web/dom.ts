/**
 * The only way the UI makes elements. Text goes in as text nodes, never as HTML: article text,
 * titles, names and snippets are untrusted. Attributes named on… are refused, and links may
 * only point at this site or at http(s) addresses.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  readonly [name: string]: string | number | boolean | null | undefined | EventListener;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      if (!name.startsWith('on:')) throw new Error(`listener attribute ${name} must be written on:${name}`);
      el.addEventListener(name.slice(3), value);
      continue;
    }
    if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
    const text = value === true ? '' : String(value);
    if ((name === 'href' || name === 'src' || name === 'action') && !isSafeUrl(text)) continue;
    el.setAttribute(name, text);
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Paths on this site, and http(s) addresses elsewhere; never javascript:, data: or the like. */
export function isSafeUrl(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  if (url.startsWith('#') || url.startsWith('?')) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

export function speakerHref(name: string, kind?: string | null): string {
  return `/speakers/${encodeURIComponent(name)}${kind ? `?kind=${encodeURIComponent(kind)}` : ''}`;
}

export function articleHref(id: string, mark?: string): string {
  return `/articles/${encodeURIComponent(id)}${mark ? `?mark=${encodeURIComponent(mark)}` : ''}`;
}

/** A copy cluster's side-by-side view, optionally of two chosen members (left a, right b). */
export function copiesHref(cluster: string, a?: string, b?: string): string {
  const q = new URLSearchParams();
  if (a) q.set('a', a);
  if (b) q.set('b', b);
  const s = q.toString();
  return `/copies/${encodeURIComponent(cluster)}${s ? `?${s}` : ''}`;
}

export function entityHref(id: string): string {
  return `/entities/${encodeURIComponent(id)}`;
}

export function timelineHref(filters: { entity?: string; from?: string; to?: string } = {}): string {
  const q = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => !!e[1]));
  return `/timeline${q.size ? `?${q}` : ''}`;
}

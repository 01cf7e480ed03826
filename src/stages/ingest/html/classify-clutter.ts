import type { Element } from 'domhandler';
import { attr } from './raw-tree.js';
import { BYLINE_ITEMPROPS, CLUTTER_RULES, DATE_ITEMPROPS, type ClutterRule } from './rules.js';

export interface ClutterMark {
  readonly kind: ClutterRule['kind'];
  readonly label?: string;
  readonly rule: string;
}

/** Splits `relatedStories sidebar_ad` into kebab-case lower-case tokens to match rules against. */
function nameTokens(el: Element): string[] {
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`.split(/\s+/).filter(Boolean);
  return names.map((n) => n.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase());
}

/** Says whether the page structure marks this element as byline, dateline, caption or clutter. */
export function classifyClutter(el: Element): ClutterMark | null {
  if (el.name === 'figcaption') return { kind: 'caption', rule: 'figcaption' };
  if (el.name === 'nav') return { kind: 'boilerplate', label: 'navigation', rule: 'tag:nav' };
  const itemprop = attr(el, 'itemprop').toLowerCase();
  if (BYLINE_ITEMPROPS.has(itemprop)) return { kind: 'byline', rule: `itemprop:${itemprop}` };
  if (DATE_ITEMPROPS.has(itemprop)) return { kind: 'dateline', rule: `itemprop:${itemprop}` };
  if (attr(el, 'rel').toLowerCase().split(/\s+/).includes('author')) return { kind: 'byline', rule: 'rel:author' };
  if (el.name === 'time') return { kind: 'dateline', rule: 'time' };
  const tokens = nameTokens(el);
  if (tokens.length === 0) return null;
  for (const rule of CLUTTER_RULES) {
    if (tokens.some((t) => rule.pattern.test(t))) return { kind: rule.kind, ...(rule.label ? { label: rule.label } : {}), rule: `class:${rule.label ?? rule.kind}` };
  }
  return null;
}

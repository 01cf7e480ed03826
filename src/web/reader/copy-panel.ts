import type { ArticleCopies } from '../../server/article-copies.js';
import type { ArticleView } from '../../server/article-view.js';
import { articleHref, copiesHref, h, type Child } from '../dom.js';
import type { MarkInfo } from './marks.js';
import { copyMarkId } from './copy-marks.js';

type CopyInfo = Extract<MarkInfo, { kind: 'copy' }>;

/** The evidence panel of a copied paragraph: the paragraph, and links to the other copies of it at their matching spans. */
export function copyPanel(view: ArticleView, info: CopyInfo): Child[] {
  const p = info.paragraph;
  const text = view.text.slice(Math.max(0, p.start - view.offset), Math.max(0, p.end - view.offset));
  return [
    h('h2', { id: 'evidence-title' }, 'Paragraph copied elsewhere'),
    h('p', { class: 'label' }, `This paragraph (characters ${p.start}–${p.end})`),
    h('blockquote', { class: 'sentence' }, text),
    h('h3', { class: 'small-heading' }, 'Other copies of this paragraph'),
    h('ul', { class: 'other-copies' }, ...p.copies.map((c) => h('li', {},
      h('a', { href: articleHref(c.article, copyMarkId(c)), class: 'copy-link' }, c.title ?? c.article),
      ` — ${c.outlet ?? 'no outlet'}, ${c.date ?? 'undated'}; ${c.match === 'same' ? 'the same words' : `changed, ${Math.round(c.similarity * 100)}% alike`} · `,
      info.cluster ? h('a', { href: copiesHref(info.cluster, info.article, c.article), class: 'small' }, 'side by side') : null))),
  ];
}

/** The reader's header line for an article in a copy cluster: the cluster (link) and its earliest version. */
export function clusterLine(copies: ArticleCopies | null, article: string): HTMLElement | null {
  const c = copies?.cluster;
  if (!c) return null;
  const first = c.earliest;
  return h('p', { class: 'copy-cluster-line' }, h('span', { class: 'tag' }, 'copies'), ' ',
    `One of ${c.size} articles in copy cluster `, h('a', { href: copiesHref(c.id), class: 'cluster-link' }, c.id), '; ',
    first.article === article ? 'this is the earliest version.' : h('span', {}, 'earliest version: ', h('a', { href: articleHref(first.article) }, first.title ?? first.article), ` (${first.outlet ?? 'no outlet'}, ${first.date ?? 'undated'}) · `,
      h('a', { href: copiesHref(c.id, first.article, article) }, 'side by side with it')));
}

/** The side list of copied paragraphs (so each is reachable by keyboard even when a quote covers it). */
export function copiedParagraphs(view: ArticleView, copies: ArticleCopies | null, select: (mark: string) => void): HTMLElement | null {
  if (!copies || copies.paragraphs.length === 0) return null;
  return h('section', { class: 'copied', 'aria-labelledby': 'copied-title' },
    h('h2', { id: 'copied-title' }, `Copied elsewhere (${copies.paragraphs.length} paragraph${copies.paragraphs.length === 1 ? '' : 's'})`),
    h('ol', { class: 'copied-list' }, ...copies.paragraphs.map((p) => {
      const words = view.text.slice(Math.max(0, p.start - view.offset), Math.max(0, p.end - view.offset)).replace(/\s+/g, ' ');
      return h('li', {}, h('button', { type: 'button', class: 'copy-button', 'data-copy': copyMarkId(p), 'on:click': () => select(copyMarkId(p)) },
        `${words.length > 70 ? `${words.slice(0, 70)}…` : words} — in ${p.copies.length} other article${p.copies.length === 1 ? '' : 's'}`));
    })));
}

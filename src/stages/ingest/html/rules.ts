import type { BlockKind } from '../../../core/document.js';

/** Elements that end a text block; the value is the block kind their own text gets. */
export const BLOCK_TAGS: ReadonlyMap<string, BlockKind> = new Map<string, BlockKind>([
  ...['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'form', 'fieldset', 'address', 'center',
    'details', 'summary', 'dialog', 'dl', 'dt', 'dd', 'figure', 'hr', 'ul', 'ol', 'menu', 'table', 'thead', 'tbody', 'tfoot', 'tr',
    'caption', 'hgroup', 'body', 'html', 'option', 'legend', 'picture', 'video', 'audio'].map((t) => [t, 'paragraph'] as [string, BlockKind]),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, 'heading'] as [string, BlockKind]),
  ['li', 'list-item'],
  ['blockquote', 'blockquote'],
  ['figcaption', 'caption'],
  ['pre', 'preformatted'],
  ['td', 'table-cell'],
  ['th', 'table-cell'],
]);

/** Block kinds a container passes down to the paragraphs inside it (a <p> inside an <li> is a list item). */
export const INHERITED_KINDS: ReadonlySet<BlockKind> = new Set(['list-item', 'blockquote', 'caption', 'table-cell', 'preformatted']);

export interface ClutterRule {
  readonly kind: 'byline' | 'dateline' | 'boilerplate' | 'caption';
  readonly label?: string;
  /** Matched against each class and the id, camelCase split into kebab-case and lower-cased. */
  readonly pattern: RegExp;
  readonly reason: string;
}

const word = (alternatives: string): RegExp => new RegExp(`(?:^|[-_])(?:${alternatives})(?:$|[-_])`);

/**
 * Class/id rules for clutter that readability leaves inside the main content. First match wins,
 * so the more specific labels come before the general ones (author-bio before byline).
 */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  { kind: 'boilerplate', label: 'author-bio', pattern: word('author-bio|about-(?:the-)?author|author-info-box|bio|author-description|contributor-bio'), reason: 'a note about the writer, not the story' },
  { kind: 'boilerplate', label: 'share', pattern: word('share|shares|sharing|social|sharebar|share-tools|social-links|addthis|sharethis'), reason: 'share buttons' },
  { kind: 'boilerplate', label: 'newsletter', pattern: word('newsletter|subscribe|subscription|signup|sign-up|optin|opt-in'), reason: 'newsletter sign-up box' },
  { kind: 'boilerplate', label: 'related', pattern: word('related|more-stories|recommended|read-next|also-read|you-may-like|trending|popular|most-read|more-from|recirc|outbrain|taboola'), reason: 'links to other stories' },
  { kind: 'boilerplate', label: 'read-more', pattern: word('read-more|readmore|continue-reading|more-link'), reason: 'link to the rest of the story' },
  { kind: 'boilerplate', label: 'advert', pattern: word('ad|ads|advert|advertisement|adslot|ad-slot|ad-container|sponsor|sponsored|promo|dfp|gpt-ad|banner-ad'), reason: 'advertising' },
  { kind: 'boilerplate', label: 'tags', pattern: word('tags|tag-list|tagcloud|topics|post-tags|entry-tags|categories|post-categories'), reason: 'tag and topic lists' },
  { kind: 'boilerplate', label: 'comments', pattern: word('comments|comment-list|commentlist|disqus|respond|comment-respond'), reason: 'reader comments' },
  { kind: 'boilerplate', label: 'navigation', pattern: word('breadcrumb|breadcrumbs|pagination|nav-links|post-navigation|pager'), reason: 'page navigation' },
  { kind: 'boilerplate', label: 'copyright', pattern: word('copyright'), reason: 'copyright notice' },
  { kind: 'caption', pattern: word('caption|wp-caption-text|image-caption|photo-caption|credit|image-credit|photo-credit'), reason: 'image caption or credit' },
  { kind: 'byline', pattern: word('byline|by-line|author|authors|author-name|writer|contributor|post-author|entry-author'), reason: 'names the writer' },
  { kind: 'dateline', pattern: word('dateline|date|timestamp|published|pubdate|posted-on|post-date|entry-date|publish-date'), reason: 'gives the date' },
];

/** itemprop / rel values that name the writer or the date. */
export const BYLINE_ITEMPROPS: ReadonlySet<string> = new Set(['author', 'creator']);
export const DATE_ITEMPROPS: ReadonlySet<string> = new Set(['datepublished', 'datecreated', 'datemodified']);

import { VERDICT_BADGES, type HeadlineVerdict } from '../../core/headline.js';
import type { ArticleView } from '../../server/article-view.js';
import type { HeadlineClaimRecord } from '../../export/headline-records.js';
import { entityHref, h, speakerHref, type Child } from '../dom.js';

const EXCERPT = 120;

/** Plain words for what each verdict means, shown beside the badge. Never a judgement of truth. */
const MEANING: Readonly<Record<HeadlineVerdict, string>> = {
  quoted: 'the headline\'s words appear in what the body quotes the speaker saying',
  paraphrased: 'what the body reports the speaker saying carries the same content',
  'not found': 'nothing the body reports the speaker saying supports the headline',
  'no attribution': 'the headline attributes nothing to anyone',
};

/** The badge for a headline verdict (null for `no attribution`, which most headlines are). Its glyph is hidden from screen readers. */
export function verdictBadge(verdict: HeadlineVerdict | null | undefined): HTMLElement | null {
  if (!verdict || !VERDICT_BADGES[verdict]) return null;
  const glyph = VERDICT_BADGES[verdict].slice(0, -verdict.length).trim();
  return h('span', { class: `verdict verdict-${verdict.replace(' ', '-')}`, title: `Headline check: ${MEANING[verdict]}` },
    h('span', { 'aria-hidden': 'true' }, `${glyph} `), `headline ${verdict}`);
}

function excerpt(view: ArticleView, s: { start: number; end: number }): string {
  const text = view.text.slice(Math.max(0, s.start - view.offset), Math.max(0, s.end - view.offset)).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

function evidenceItem(view: ArticleView, claim: HeadlineClaimRecord, select: (mark: string) => void): Child {
  const best = claim.evidence[0];
  if (!best) return h('p', { class: 'muted small' }, 'No passage of the body supports it.');
  const similarity = `similarity ${Math.round(best.similarity * 100)}%`;
  const quote = best.quote;
  if (quote && view.quotes.some((q) => q.id === quote)) {
    return h('button', { type: 'button', class: 'quote-button headline-evidence', 'data-quote': quote, 'on:click': () => select(`q:${quote}`) },
      'Best evidence: ', h('q', {}, excerpt(view, best)), ` · ${similarity} · show in the text`);
  }
  return h('p', { class: 'headline-evidence small' }, 'Best evidence (a body passage naming the speaker): ', h('q', {}, excerpt(view, best)), ` · ${similarity} · characters ${best.start}–${best.end}`);
}

function claimItem(view: ArticleView, claim: HeadlineClaimRecord, select: (mark: string) => void): HTMLElement {
  const speaker = claim.speaker ? h('a', { href: speakerHref(claim.speaker), class: 'speaker-link' }, claim.speaker) : h('span', {}, 'no speaker');
  return h('li', { class: 'headline-claim' },
    h('p', { class: 'small' }, speaker, claim.speakerMention && claim.speakerMention.text !== claim.speaker ? ` (headline: “${claim.speakerMention.text}”)` : '', ': ', h('q', {}, claim.text)),
    h('p', { class: 'small' }, 'Verdict: ', h('strong', {}, claim.verdict), ` — ${MEANING[claim.verdict]}`),
    claim.reason ? h('p', { class: 'small headline-reason' }, `Why: ${claim.reason}`) : null,
    claim.entity ? h('p', { class: 'small' }, h('a', { href: entityHref(claim.entity), class: 'entity-link headline-entity' }, `${claim.speaker ?? 'speaker'}: entity page`)) : null,
    claim.verdict === 'no attribution' ? null : evidenceItem(view, claim, select));
}

/** The reader's headline check: each claim the headline attributes, its verdict and best evidence. */
export function headlineSection(view: ArticleView, select: (mark: string) => void): HTMLElement | null {
  const check = view.headline;
  if (!check || check.verdict === 'no attribution') return null;
  const claims = check.claims.filter((c) => c.verdict !== 'no attribution');
  return h('section', { class: 'headline-check', 'aria-labelledby': 'headline-check-title' },
    h('h2', { id: 'headline-check-title' }, 'Headline check'),
    h('p', { class: 'muted small' }, 'Does the body report the speaker saying what the headline says? Not a judgement of whether it is true.'),
    h('ol', { class: 'headline-claims' }, ...claims.map((c) => claimItem(view, c, select))),
    check.unsupported.length ? h('p', { class: 'small' }, 'Quoted headline words found nowhere in the body: ', ...check.unsupported.flatMap((w, i) => [i ? ', ' : '', h('q', {}, w)])) : null);
}

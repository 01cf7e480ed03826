import { bodyParagraphs, escapeHtml as e, longDate, type WikinewsRecord } from './record.js';

function jsonLd(r: WikinewsRecord): string {
  const data = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: r.title, datePublished: r.date, url: r.url, publisher: { '@type': 'Organization', name: 'Wikinews' } };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const NAV = '<header class="site-header"><a href="/">World Desk</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/science">Science</a></nav></header>';
const FOOTER = '<footer class="site-footer"><p>Articles © Wikinews contributors, CC BY 2.5.</p><p><a href="/about">About</a> · <a href="/privacy">Privacy</a></p></footer>';

function body(r: WikinewsRecord): string {
  return bodyParagraphs(r).map((p) => `<p>${e(p)}</p>`).join('\n');
}

/** A single saved article page with JSON-LD, OpenGraph, a share bar and related links. */
export function articleHtml(r: WikinewsRecord): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${e(r.title)} | World Desk</title>
<meta property="og:title" content="${e(r.title)}"><meta property="og:site_name" content="Wikinews">
<meta property="article:published_time" content="${r.date}T09:00:00Z"><link rel="canonical" href="${e(r.url)}">
<script type="application/ld+json">${jsonLd(r)}</script></head>
<body>${NAV}
<main><article><h1>${e(r.title)}</h1><p class="dateline"><time datetime="${r.date}">${longDate(r.date)}</time></p>
${body(r)}
<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>Related News</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside></main>
${FOOTER}</body></html>
`;
}

/** A blog archive page holding several full posts, each an <article> with its own heading and date. */
export function archiveHtml(records: readonly WikinewsRecord[]): string {
  const posts = records.map((r) => `<article class="post hentry">
<h2 class="entry-title"><a href="${e(r.url)}">${e(r.title)}</a></h2>
<div class="entry-meta">Posted on <time datetime="${r.date}">${longDate(r.date)}</time> by Wikinews</div>
<div class="entry-content">
${body(r)}
</div>
<div class="sharedaddy">Share this: <a href="#">Twitter</a> <a href="#">Facebook</a></div>
</article>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Archive | World Desk Blog</title></head>
<body>${NAV}
<main class="archive"><h1 class="page-title">Archive: World</h1>
${posts}
<nav class="pagination"><a href="/page/2">Older posts</a></nav></main>
${FOOTER}</body></html>
`;
}

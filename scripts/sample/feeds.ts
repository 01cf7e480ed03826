import { bodyParagraphs, escapeHtml as e, type WikinewsRecord } from './record.js';

function rfc822(iso: string): string {
  return new Date(`${iso}T09:00:00Z`).toUTCString().replace('GMT', '+0000');
}

const cdata = (html: string) => `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const htmlBody = (r: WikinewsRecord) => bodyParagraphs(r).map((p) => `<p>${e(p)}</p>`).join('\n');

export function rssFeed(records: readonly WikinewsRecord[]): string {
  const items = records.map((r) => `  <item>
    <title>${e(r.title)}</title>
    <link>${e(r.url)}</link>
    <guid isPermaLink="true">${e(r.url)}</guid>
    <pubDate>${rfc822(r.date)}</pubDate>
    <dc:creator>Wikinews contributors</dc:creator>
    <description>${e(bodyParagraphs(r)[0] ?? '')}</description>
    <content:encoded>${cdata(htmlBody(r))}</content:encoded>
  </item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Wikinews</title>
  <link>https://en.wikinews.org/</link>
  <description>Sample feed built from Wikinews articles (CC BY 2.5)</description>
${items}
</channel>
</rss>
`;
}

export function atomFeed(records: readonly WikinewsRecord[]): string {
  const entries = records.map((r) => `  <entry>
    <title>${e(r.title)}</title>
    <link rel="alternate" href="${e(r.url)}"/>
    <id>${e(r.url)}</id>
    <published>${r.date}T09:00:00Z</published>
    <updated>${r.date}T09:00:00Z</updated>
    <author><name>Wikinews contributors</name></author>
    <content type="html">${e(htmlBody(r))}</content>
  </entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wikinews</title>
  <id>https://en.wikinews.org/</id>
  <updated>2020-12-31T00:00:00Z</updated>
${entries}
</feed>
`;
}

export interface WikinewsRecord {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly outlet: string;
  readonly author: string | null;
  readonly text: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
}

/** The body without the leading Wikinews dateline line (it is shown separately). */
export function bodyParagraphs(r: WikinewsRecord): string[] {
  const ps = paragraphs(r.text);
  return /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /.test(ps[0] ?? '') ? ps.slice(1) : ps;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
}

export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m! - 1]!.slice(0, 3)} ${String(d).padStart(2, '0')}, ${y}`;
}

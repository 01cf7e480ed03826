/**
 * 05: an entity record from a cluster: its name (the fullest form used most, or the user's), the
 * mentions that carry the name, aliases with counts, roles over time with their first evidence,
 * and where and when it is mentioned.
 */
import type { DocumentSpan, Entity, EntityRole } from '../core/entity.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import { groupBy, type Cluster } from './cluster.js';
import { fold, personKey } from './name-keys.js';
import { NAME_TITLES } from './rules.js';

const SUPPORT = 5;
/** An alias that opens with a title is not the name to show. */
const TITLED = /^(?:mr|mrs|ms|dr|president|sen|senator|rep|gov|governor|gen|prime minister|minister|secretary|former)\b/;

function aliasesOf(rows: readonly EntityMentionRow[]): Array<{ name: string; mentions: number }> {
  return [...groupBy(rows, (r) => fold(r.name))].map(([, list]) => {
    const forms = [...groupBy(list, (r) => r.name.replace(/\s+/g, ' ').trim())].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    return { name: forms[0]![0], mentions: list.length };
  }).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** People are named by a full name without titles ("Bill Clinton", not "President Clinton" or "Clinton"). */
function chooseName(c: Cluster, aliases: ReadonlyArray<{ name: string; mentions: number }>): string {
  if (c.name) return c.name;
  if (c.kind !== 'person') return aliases[0]!.name;
  const full = aliases.filter((a) => personKey(a.name)?.first != null && !TITLED.test(fold(a.name)) && !NAME_TITLES.has(fold(a.name).split(' ')[0]!));
  return (full.sort((a, b) => b.mentions - a.mentions || b.name.length - a.name.length)[0] ?? aliases[0]!).name;
}

/**
 * Rows with a role, by title; a title given with several organisations ("President" of Turkey,
 * of the Senate) is one role per organisation, and rows without one join the most given.
 */
function roleGroups(rows: readonly EntityMentionRow[]): EntityMentionRow[][] {
  const out: EntityMentionRow[][] = [];
  for (const [, list] of groupBy(rows.filter((r) => r.role !== null), (r) => r.role!.title.toLowerCase())) {
    const byOrg = [...groupBy(list.filter((r) => r.role!.org !== null), (r) => r.role!.org!.toLowerCase()).values()].sort((a, b) => b.length - a.length);
    const plain = list.filter((r) => r.role!.org === null);
    if (byOrg.length === 0) { out.push(plain); continue; }
    byOrg[0]!.push(...plain);
    out.push(...byOrg);
  }
  return out;
}

function rolesOf(rows: readonly EntityMentionRow[]): EntityRole[] {
  return roleGroups(rows).map((list) => {
    const sorted = [...list].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document) || a.start - b.start);
    const first = sorted[0]!;
    const dates = sorted.map((r) => r.date).filter((d): d is string => d !== null);
    const role = first.role!;
    const pick = (f: (r: EntityMentionRow) => string | null) => sorted.map(f).find((v) => v !== null) ?? null;
    return {
      title: role.title, org: pick((r) => r.role!.org), party: pick((r) => r.role!.party), state: pick((r) => r.role!.state),
      former: list.every((r) => r.role!.former), from: dates[0] ?? null, to: dates[dates.length - 1] ?? null,
      article: first.article, document: first.document, start: role.start, end: role.end, mentions: list.length,
    };
  }).sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999') || a.title.localeCompare(b.title));
}

export function summarise(c: Cluster, id: string): Entity {
  const rows = [...c.rows].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document) || a.start - b.start);
  const aliases = aliasesOf(rows);
  const name = chooseName(c, aliases);
  const nameKey = fold(name);
  const support: DocumentSpan[] = rows.filter((r) => fold(r.name) === nameKey).slice(0, SUPPORT).map((r) => ({ document: r.document, start: r.start, end: r.end }));
  const dates = rows.map((r) => r.date).filter((d): d is string => d !== null);
  return {
    id, kind: c.kind, name, nameSupport: support, aliases, roles: rolesOf(rows), mentions: rows.length,
    articles: new Set(rows.map((r) => r.article ?? r.document)).size, quotes: rows.reduce((n, r) => n + r.quotes.length, 0),
    outlets: [...new Set(rows.map((r) => r.outlet).filter((o): o is string => o !== null))].sort(),
    firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null, corrections: [...new Set(c.corrections)],
  };
}

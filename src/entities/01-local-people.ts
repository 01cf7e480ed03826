/**
 * 01: people within one article. Full names ("Bill Clinton", "William J. Clinton") group by given
 * name and surname; a surname alone ("Clinton", "President Clinton") joins the full name with that
 * surname mentioned last before it (news introduces a person in full, then by surname), failing
 * that the first one after it; with none in the article it stays a bare surname group.
 */
import type { EntityMentionRow } from '../store/entity-rows.js';
import { groupBy } from './cluster.js';
import { middlesAgree, personKey, type PersonKey } from './name-keys.js';

export interface LocalGroup {
  readonly first: string | null;
  readonly surname: string;
  middle: string[];
  /** Words a surname alone may stand for (see PersonKey.surnames). */
  readonly surnames: Set<string>;
  readonly rows: EntityMentionRow[];
  /** Role titles given to it in this article. */
  readonly titles: Set<string>;
}

function addRow(group: LocalGroup, row: EntityMentionRow, key: PersonKey): void {
  group.rows.push(row);
  if (key.first !== null) for (const s of key.surnames) group.surnames.add(s);
  if (group.middle.length === 0 && key.middle.length > 0) group.middle = [...key.middle];
  if (row.role) group.titles.add(row.role.title.toLowerCase());
}

function articleGroups(rows: readonly EntityMentionRow[]): LocalGroup[] {
  const groups: LocalGroup[] = [];
  const keyed = rows.map((row) => ({ row, key: personKey(row.name) })).filter((x): x is { row: EntityMentionRow; key: PersonKey } => x.key !== null);
  for (const { row, key } of keyed) {
    if (key.first === null) continue;
    const found = groups.find((g) => g.first === key.first && g.surname === key.surname && middlesAgree(g.middle, key.middle));
    if (found) addRow(found, row, key);
    else { const g: LocalGroup = { first: key.first, surname: key.surname, middle: [], rows: [], titles: new Set(), surnames: new Set() }; addRow(g, row, key); groups.push(g); }
  }
  const full = [...groups];
  for (const { row, key } of keyed) {
    if (key.first !== null) continue;
    const same = full.filter((g) => g.surnames.has(key.surname));
    const before = same.filter((g) => g.rows[0]!.start < row.start).sort((a, b) => lastBefore(b, row.start) - lastBefore(a, row.start));
    const target = before[0] ?? same.sort((a, b) => a.rows[0]!.start - b.rows[0]!.start)[0];
    if (target) { addRow(target, row, key); continue; }
    const bare = groups.find((g) => g.first === null && g.surname === key.surname);
    if (bare) addRow(bare, row, key);
    else { const g: LocalGroup = { first: null, surname: key.surname, middle: [], rows: [], titles: new Set(), surnames: new Set([key.surname]) }; addRow(g, row, key); groups.push(g); }
  }
  return groups;
}

/** The start of the group's last mention before `at`. */
function lastBefore(g: LocalGroup, at: number): number {
  let best = -1;
  for (const r of g.rows) if (r.start < at && r.start > best) best = r.start;
  return best;
}

/** Person rows grouped within each article (or document, for rows outside any article). */
export function localPeople(rows: readonly EntityMentionRow[]): LocalGroup[] {
  const byArticle = groupBy(rows.filter((r) => r.kind === 'person'), (r) => r.article ?? r.document);
  return [...byArticle.values()].flatMap((list) => articleGroups([...list].sort((a, b) => a.start - b.start)));
}

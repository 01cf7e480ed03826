/**
 * 02: people across the corpus. Article groups with the same given name and surname are one
 * person unless their middle initials differ (George W. and George H. W. Bush); a group without a
 * middle initial joins the variant mentioned most. Surname-only groups join the one full-name
 * person with that surname; where several share it ("Clinton": Bill and Hillary), the one with
 * the same role title ("President Clinton"); else they stay a bare surname entity, unmerged.
 */
import { groupBy, newCluster, type Cluster } from './cluster.js';
import type { LocalGroup } from './01-local-people.js';

interface Built { readonly cluster: Cluster; readonly surnames: Set<string> }

function built(key: string, groups: readonly LocalGroup[]): Built {
  return { cluster: newCluster(`person:${key}`, 'person', groups.flatMap((g) => g.rows)), surnames: new Set(groups.flatMap((g) => [...g.surnames])) };
}

function fullClusters(groups: readonly LocalGroup[]): Built[] {
  const out: Built[] = [];
  for (const [key, list] of groupBy(groups, (g) => `${g.first}|${g.surname}`)) {
    const variants = groupBy(list.filter((g) => g.middle.length > 0), (g) => g.middle.join(''));
    const plain = list.filter((g) => g.middle.length === 0);
    if (variants.size <= 1) {
      const middle = [...variants.keys()][0] ?? '';
      out.push(built(key.replace('|', `|${middle}|`), list));
      continue;
    }
    const made = [...variants].map(([middle, gs]) => built(key.replace('|', `|${middle}|`), gs));
    const biggest = made.reduce((a, b) => (b.cluster.rows.length > a.cluster.rows.length ? b : a));
    biggest.cluster.rows.push(...plain.flatMap((g) => g.rows));
    for (const g of plain) for (const w of g.surnames) biggest.surnames.add(w);
    out.push(...made);
  }
  return out;
}

function titlesOf(c: Cluster): Set<string> {
  return new Set(c.rows.flatMap((r) => (r.role ? [r.role.title.toLowerCase()] : [])));
}

/**
 * "Pedro Pierluisi" is "Pedro R. Pierluisi Urrutia": a full name whose surname is one of the
 * surnames of exactly one fuller name with the same given name joins it (Spanish and Portuguese
 * names drop the second surname in later copy).
 */
function joinShortForms(made: Built[]): Built[] {
  const byFirst = groupBy(made, (b) => b.cluster.key.split('|')[0]!);
  const gone = new Set<Built>();
  for (const list of byFirst.values()) {
    for (const short of list) {
      const surname = short.cluster.key.split('|')[2]!;
      const longer = list.filter((b) => b !== short && !gone.has(b) && b.surnames.size > short.surnames.size && b.surnames.has(surname) && b.cluster.key.split('|')[2] !== surname);
      if (longer.length !== 1) continue;
      longer[0]!.cluster.rows.push(...short.cluster.rows);
      gone.add(short);
    }
  }
  // "Rivera Schatz" is "Thomas Rivera Schatz": a two-word name that is both surnames of exactly one fuller name.
  const kept = made.filter((b) => !gone.has(b));
  for (const short of kept) {
    const [first, middle, surname] = short.cluster.key.replace(/^person:/, '').split('|') as [string, string, string];
    if (middle !== '' || gone.has(short)) continue;
    const longer = kept.filter((b) => b !== short && !gone.has(b) && b.surnames.has(first) && b.surnames.has(surname));
    if (longer.length !== 1) continue;
    longer[0]!.cluster.rows.push(...short.cluster.rows);
    gone.add(short);
  }
  return made.filter((b) => !gone.has(b));
}

export function corpusPeople(groups: readonly LocalGroup[]): Cluster[] {
  const made = joinShortForms(fullClusters(groups.filter((g) => g.first !== null)));
  const clusters = made.map((b) => b.cluster);
  // Each surname word → the clusters whose full names carry it.
  const bySurname = new Map<string, Cluster[]>();
  for (const b of made) for (const w of b.surnames) bySurname.set(w, [...(bySurname.get(w) ?? []), b.cluster]);
  const bare = new Map<string, Cluster>();
  for (const g of groups.filter((x) => x.first === null)) {
    // A candidate whose titles and the group's share none (both known) is someone else.
    const candidates = (bySurname.get(g.surname) ?? []).filter((c) => g.titles.size === 0 || titlesOf(c).size === 0 || [...g.titles].some((t) => titlesOf(c).has(t)));
    const byTitle = candidates.filter((c) => [...g.titles].some((t) => titlesOf(c).has(t)));
    const target = candidates.length === 1 ? candidates[0] : byTitle.length === 1 ? byTitle[0] : undefined;
    if (target) { target.rows.push(...g.rows); continue; }
    const key = `person:~${g.surname}`;
    const existing = bare.get(key);
    if (existing) existing.rows.push(...g.rows);
    else bare.set(key, newCluster(key, 'person', [...g.rows], true));
  }
  return [...clusters, ...bare.values()];
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Correction } from '../core/correction.js';
import { buildEntities } from './build-entities.js';
import { rows } from './testing.js';

/** Entity names with their aliases, sorted, for assertions that read as the merge they expect. */
function groups(built: ReturnType<typeof buildEntities>): string[][] {
  return built.entities.map((e) => [e.name, ...e.aliases.map((a) => a.name).filter((a) => a !== e.name).sort()]).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

const clintons = rows([
  { name: 'William J. Clinton', article: 'a1', date: '1998-01-02' },
  { name: 'Clinton', article: 'a1', title: 'President', date: '1998-01-02' },
  { name: 'Bill Clinton', article: 'a2', date: '1999-05-05' },
  { name: 'Hillary Clinton', article: 'a2', date: '1999-05-05' },
  { name: 'Clinton', article: 'a2', date: '1999-05-05' },
  { name: 'Hillary Rodham Clinton', article: 'a3', title: 'Secretary of State', date: '2010-03-03' },
  { name: 'Clinton', article: 'a3', date: '2010-03-03' },
  { name: 'Clinton', article: 'a4', title: 'President', date: '1997-06-01' },
]);

test('William J. Clinton, Bill Clinton, President Clinton and a later bare Clinton are one person; Hillary Clinton another', () => {
  const built = buildEntities(clintons);
  assert.deepEqual(groups(built), [
    ['Hillary Rodham Clinton', 'Clinton', 'Hillary Clinton'],
    ['William J. Clinton', 'Bill Clinton', 'Clinton'],
  ]);
  const bill = built.entities.find((e) => e.name === 'William J. Clinton')!;
  assert.equal(bill.mentions, 4);
  assert.deepEqual(bill.roles.map((r) => [r.title, r.from, r.to]), [['President', '1997-06-01', '1998-01-02']]);
  const hillary = built.entities.find((e) => e.name === 'Hillary Rodham Clinton')!;
  assert.deepEqual(hillary.roles.map((r) => r.title), ['Secretary of State']);
});

test('people who share a surname stay apart by first name; a bare surname among them joins the one named last before it', () => {
  const built = buildEntities(rows([
    { name: 'Ana Costa', article: 'b1' }, { name: 'Rui Costa', article: 'b1' }, { name: 'Costa', article: 'b1' },
  ]));
  assert.deepEqual(groups(built), [['Ana Costa'], ['Rui Costa', 'Costa']]);
});

test('a surname alone, in articles with no full name and several candidates, stays its own entity', () => {
  const built = buildEntities(rows([
    { name: 'Ana Costa', article: 'c1' }, { name: 'Rui Costa', article: 'c2' }, { name: 'Costa', article: 'c3' },
  ]));
  assert.deepEqual(groups(built).map((g) => g[0]), ['Ana Costa', 'Costa', 'Rui Costa']);
});

test('different middle initials are different people', () => {
  const built = buildEntities(rows([{ name: 'George W. Bush', article: 'g1' }, { name: 'George H. W. Bush', article: 'g2' }]));
  assert.equal(built.entities.length, 2);
});

test('organisations merge by folded name ("the BBC" = "BBC") and stay apart from people', () => {
  const built = buildEntities(rows([
    { name: 'the BBC', article: 'o1', kind: 'org' }, { name: 'BBC', article: 'o2', kind: 'org' }, { name: 'Paris', article: 'o2', kind: 'place' },
  ]));
  assert.deepEqual(groups(built), [['BBC', 'the BBC'], ['Paris']]);
});

test('ids are stable: the same rows give the same entities', () => {
  assert.deepEqual(buildEntities(clintons), buildEntities(clintons));
});

function correction(id: string, kind: Correction['kind'], value: Record<string, unknown>, anchor?: Correction['anchor']): Correction {
  return { id, kind, target: 'e_x', value, createdAt: `2026-01-01T00:00:0${id.slice(2)}Z`, undoneAt: null, ...(anchor ? { anchor } : {}) };
}

test('corrections: merge by anchor, split aliases off, rename; an undone one is ignored', () => {
  const base = rows([{ name: 'Ana Costa', article: 'k1' }, { name: 'A. M. Costa', article: 'k2' }, { name: 'Ana Costa-Lima', article: 'k3' }]);
  const merged = buildEntities(base, [correction('c_1', 'entity.merge', { entity: 'Ana Costa', other: { name: 'A. M. Costa', document: 'd_k2', start: 0, end: 11 } }, { document: 'd_k1', start: 0, end: 9 })]);
  assert.deepEqual(groups(merged), [['A. M. Costa', 'Ana Costa'], ['Ana Costa-Lima']]);
  const split = buildEntities(base, [
    correction('c_1', 'entity.merge', { entity: 'Ana Costa', other: { name: 'A. M. Costa' } }),
    correction('c_2', 'entity.split', { entity: 'Ana Costa', aliases: ['A. M. Costa'] }),
    correction('c_3', 'entity.rename', { entity: 'Ana Costa-Lima', name: 'Ana Maria Costa' }),
    { ...correction('c_4', 'entity.rename', { entity: 'Ana Costa', name: 'Nobody' }), undoneAt: '2026-01-02T00:00:00Z' },
  ]);
  assert.deepEqual(groups(split), [['A. M. Costa'], ['Ana Costa'], ['Ana Maria Costa', 'Ana Costa-Lima']]);
  assert.deepEqual(split.corrections.applied, ['c_1', 'c_2', 'c_3']);
  const renamed = split.entities.find((e) => e.name === 'Ana Maria Costa')!;
  assert.deepEqual(renamed.corrections, ['c_3']);
});

test('a given name and first surname join the one fuller name that carries both ("Pedro Pierluisi" = "Pedro R. Pierluisi Urrutia")', () => {
  const built = buildEntities(rows([
    { name: 'Pedro R. Pierluisi Urrutia', article: 'p1' }, { name: 'Pedro Pierluisi', article: 'p2' }, { name: 'Pedro Urrutia', article: 'p3' }, { name: 'Ana Pierluisi', article: 'p4' },
  ]));
  assert.deepEqual(groups(built), [['Ana Pierluisi'], ['Pedro R. Pierluisi Urrutia', 'Pedro Pierluisi', 'Pedro Urrutia']]);
});

test('US, U.S. and the United States are one place', () => {
  const built = buildEntities(rows([{ name: 'US', article: 'u1', kind: 'place' }, { name: 'U.S.', article: 'u2', kind: 'place' }, { name: 'United States', article: 'u3', kind: 'place' }]));
  assert.equal(built.entities.length, 1);
});

test('"Van Biljon" alone is the surname of "Leon van Biljon"; "Al Gore" keeps his given name', () => {
  assert.deepEqual(groups(buildEntities(rows([{ name: 'Leon van Biljon', article: 'v1' }, { name: 'Van Biljon', article: 'v2' }]))), [['Leon van Biljon', 'Van Biljon']]);
  assert.deepEqual(groups(buildEntities(rows([{ name: 'Al Gore', article: 'v3' }, { name: 'Tipper Gore', article: 'v4' }]))), [['Al Gore'], ['Tipper Gore']]);
});

test('both surnames alone are the fuller name ("Rivera Schatz" = "Thomas Rivera Schatz"); titles never make the shown name', () => {
  assert.deepEqual(groups(buildEntities(rows([{ name: 'Thomas Rivera Schatz', article: 's1' }, { name: 'Rivera Schatz', article: 's2' }]))), [['Thomas Rivera Schatz', 'Rivera Schatz']]);
  assert.deepEqual(groups(buildEntities(rows([{ name: 'Justice John Paul Stevens', article: 's3' }, { name: 'Justice John Paul Stevens', article: 's4' }, { name: 'John Paul Stevens', article: 's5' }]))), [['John Paul Stevens', 'Justice John Paul Stevens']]);
});

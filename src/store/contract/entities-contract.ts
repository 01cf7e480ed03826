import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Entity } from '../../core/entity.js';
import type { Mention } from '../../core/mention.js';
import type { Quote } from '../../core/quote.js';
import type { Role } from '../../core/role.js';
import { makeDocument } from './fixtures.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

const at = (doc: Document, words: string) => { const start = doc.text.indexOf(words); assert.ok(start >= 0, words); return { start, end: start + words.length }; };

/** A document with a tagger mention, a role and a quote whose speaker resolves to the role's name. */
function entityDocument(seed: string, date: string): Document {
  const doc = makeDocument(seed, [{ title: 'Port strike', body: 'Interior Minister Ana Costa met the BBC. "We will not yield," Costa said.', date, outlet: 'Harbour Herald' }]);
  const article = getLayer<Article>(doc, 'articles')[0]!;
  const bbc = at(doc, 'BBC');
  const name = at(doc, 'Ana Costa');
  const mentions: Mention[] = [{ ...bbc, by: 'ner.v1', rule: 'tagger', type: 'ORG', article: article.id, confidence: 0.9 }];
  const roles: Role[] = [{ ...at(doc, 'Interior Minister Ana Costa'), by: 'roles.v1', rule: 'title-before-name', article: article.id, person: name,
    titleSpan: at(doc, 'Interior Minister'), title: 'Interior Minister', org: null, party: null, state: null, former: false, date }];
  const quote = at(doc, '"We will not yield,"');
  const quotes: Quote[] = [{ ...quote, by: 'quotes.v1', rule: 'test', id: `q_${article.id.slice(2)}_0`, article: article.id, kind: 'direct', cue: null,
    sentence: quote, confidence: 0.9, speaker: { name: 'Ana Costa', kind: 'person', mention: at(doc, 'Costa said').start === -1 ? null : { start: at(doc, 'Costa said').start, end: at(doc, 'Costa said').start + 5 }, resolved: name } }];
  return withLayer(withLayer(withLayer(doc, 'mentions', mentions), 'roles', roles), 'quotes', quotes);
}

function entity(id: string, name: string, kind: Entity['kind'], mentions: number, aliases: string[] = []): Entity {
  return { id, kind, name, nameSupport: [], aliases: [{ name, mentions }, ...aliases.map((a) => ({ name: a, mentions: 1 }))], roles: [], mentions,
    articles: 1, quotes: 0, outlets: [], firstDate: null, lastDate: null, corrections: [] };
}

export function entitiesContract(open: OpenStore): void {
  test('name mentions are derived from the mentions, roles and quotes layers when a document is stored', () => withStore(open, async (store) => {
    const doc = entityDocument('e1', '2024-03-01');
    await store.putDocument(doc);
    await store.putDocument(doc);
    const rows = await store.listEntityMentions();
    assert.deepEqual(rows.map((r) => [r.text, r.name, r.kind, r.source, r.quotes.length, r.role?.title ?? null, r.date, r.outlet, r.entity]), [
      ['Ana Costa', 'Ana Costa', 'person', 'roles', 1, 'Interior Minister', '2024-03-01', 'Harbour Herald', null],
      ['BBC', 'BBC', 'org', 'mentions', 0, null, '2024-03-01', 'Harbour Herald', null],
    ]);
    assert.equal(rows[0]!.document, doc.id);
    assert.deepEqual(rows.map((r) => r.ordinal), [0, 1]);
  }));

  test('entities are written, listed most mentioned first, found by kind and by part of a name or alias, and removed', () => withStore(open, async (store) => {
    const doc = entityDocument('e2', '2024-03-02');
    await store.putDocument(doc);
    await store.writeEntities({
      upsert: [entity('e_1', 'Ana Costa', 'person', 3, ['Costa']), entity('e_2', 'BBC', 'org', 5, ['the BBC'])],
      remove: [], assign: [{ document: doc.id, ordinal: 0, entity: 'e_1' }, { document: doc.id, ordinal: 1, entity: 'e_2' }],
    });
    assert.deepEqual((await store.listEntities()).map((e) => e.id), ['e_2', 'e_1']);
    assert.deepEqual((await store.listEntities({ kind: 'person' })).map((e) => e.name), ['Ana Costa']);
    assert.deepEqual((await store.listEntities({ name: 'THE bbc' })).map((e) => e.id), ['e_2']);
    assert.deepEqual((await store.listEntities({ limit: 1, offset: 1 })).map((e) => e.id), ['e_1']);
    assert.deepEqual(await store.getEntity('e_1'), entity('e_1', 'Ana Costa', 'person', 3, ['Costa']));
    assert.deepEqual((await store.listEntityMentions({ entity: 'e_1' })).map((r) => r.text), ['Ana Costa']);
    await store.writeEntities({ upsert: [{ ...entity('e_1', 'Ana M. Costa', 'person', 4) }], remove: ['e_2'], assign: [{ document: doc.id, ordinal: 1, entity: null }] });
    assert.deepEqual((await store.listEntities()).map((e) => [e.id, e.name]), [['e_1', 'Ana M. Costa']]);
    assert.equal(await store.getEntity('e_2'), null);
    assert.deepEqual((await store.listEntityMentions({ document: doc.id })).map((r) => r.entity), ['e_1', null]);
  }));

  test('re-processing a document re-derives its name mentions, without an entity until the step runs again', () => withStore(open, async (store) => {
    const doc = entityDocument('e3', '2024-03-03');
    await store.putDocument(doc);
    await store.writeEntities({ upsert: [entity('e_1', 'Ana Costa', 'person', 1)], remove: [], assign: [{ document: doc.id, ordinal: 0, entity: 'e_1' }] });
    assert.equal(await store.replaceDocument(withLayer(doc, 'roles', [])), true);
    assert.deepEqual((await store.listEntityMentions()).map((r) => [r.text, r.source, r.entity]), [['Ana Costa', 'quotes', null], ['BBC', 'mentions', null]]);
  }));
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMentionRow } from '../store/entity-rows.js';
import { claimEntity } from './headline-entities.js';
import type { HeadlineClaimRecord } from './headline-records.js';

const row = (start: number, text: string, entity: string, article = 'a_1'): EntityMentionRow & { entity: string } => ({
  document: 'd_1', article, ordinal: start, start, end: start + text.length, text, name: text, kind: 'person', source: 'mentions', rule: 'test',
  quotes: [], role: null, date: null, outlet: null, entity,
});

const claim = (over: Partial<HeadlineClaimRecord>): HeadlineClaimRecord => ({
  speaker: 'Ana Costa', text: 'fares will not rise', start: 6, end: 25, verdict: 'paraphrased', evidence: [], rule: 'speaker-verb',
  speakerMention: { start: 0, end: 5, text: 'Costa' }, speakerBody: null, speakerMatch: 'surname', entity: null, fragments: [], reason: null, ...over,
});

test('a claim whose speaker resolved to a body mention takes that mention\'s entity', () => {
  const c = claim({ speakerBody: { start: 40, end: 49, text: 'Ana Costa' } });
  assert.equal(claimEntity(c, 'a_1', [row(40, 'Ana Costa', 'e_costa'), row(80, 'Marc Ruiz', 'e_ruiz')], new Map()), 'e_costa');
});

test('without a body mention, the surname picks the one entity of the article it names', () => {
  assert.equal(claimEntity(claim({}), 'a_1', [row(40, 'Ana Costa', 'e_costa'), row(80, 'Marc Ruiz', 'e_ruiz')], new Map()), 'e_costa');
});

test('a surname two entities of the article share names no one', () => {
  assert.equal(claimEntity(claim({}), 'a_1', [row(40, 'Ana Costa', 'e_ana'), row(80, 'Rui Costa', 'e_rui')], new Map()), null);
});

test('a generic or unresolved speaker gets no entity, whatever the body names', () => {
  const rows = [row(40, 'Ana Costa', 'e_costa')];
  assert.equal(claimEntity(claim({ speakerMatch: 'generic', speakerMention: { start: 0, end: 6, text: 'report' } }), 'a_1', rows, new Map()), null);
  assert.equal(claimEntity(claim({ speakerMatch: 'unresolved' }), 'a_1', rows, new Map()), null);
});

test('evidence quotes of one entity name the speaker when the headline words match that entity', () => {
  const c = claim({ evidence: [{ quote: 'q_1', similarity: 0.8, start: 50, end: 70 }], speakerBody: { start: 200, end: 205, text: 'Costa' } });
  assert.equal(claimEntity(c, 'a_2', [row(40, 'Ana Costa', 'e_costa', 'a_1')], new Map([['q_1', 'e_costa']])), 'e_costa');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLayer } from '../../core/document.js';
import type { Mention } from '../../core/mention.js';
import { silentContext } from '../../core/stage.js';
import { showSpan } from '../../core/span.js';
import { asOneArticle, plainDocument } from '../quotes/testing.js';
import { sentencesStage } from '../sentences/index.js';
import { nerStage } from './index.js';

function mentionsOf(text: string): readonly Mention[] {
  const doc = nerStage.run(sentencesStage.run(asOneArticle(plainDocument(text), false), silentContext), silentContext);
  return getLayer<Mention>(doc, 'mentions');
}

/** Passages with no name in them at all: capitalised common words, calendar words, labels. */
const NO_NAMES: readonly string[] = [
  'Officials said the road would reopen soon.',
  'Residents fled as the water rose. Meanwhile, rescuers worked through the night.',
  'Prices rose again in March, and again on Monday.',
  'Related News',
  'Advertisement',
  'Thursday was the hottest day of the year.',
  'Shares fell sharply after the announcement.',
  'Police arrested two men on Friday night.',
  'Critics called the plan reckless; supporters called it overdue.',
  'Doctors warned that hospitals were running out of beds.',
];

for (const passage of NO_NAMES) {
  test(`finds no name in "${passage.slice(0, 60)}"`, () => {
    const ms = mentionsOf(passage);
    assert.equal(ms.length, 0, ms.map((m) => `${m.type}: ${showSpan(passage, m)}`).join('\n'));
  });
}

test('a party-state tag "(D-Mass.)" is not an organisation', () => {
  const text = 'Sen. Elizabeth Warren (D-Mass.) spoke first.';
  const got = mentionsOf(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(got, ['Elizabeth Warren']);
});

test('months and weekdays next to names are left out of the names', () => {
  const text = 'On Tuesday, Amina Yusuf said talks in Abuja would resume in January.';
  for (const m of mentionsOf(text)) assert.doesNotMatch(text.slice(m.start, m.end), /Tuesday|January/, showSpan(text, m));
});

test('a sentence-initial capitalised common word is not a name', () => {
  const text = 'Investigators found the wreck. Divers recovered the flight recorder.';
  assert.deepEqual(mentionsOf(text), []);
});

test('non-Latin scripts, emoji and a 5,000-word line without a full stop neither throw nor yield broken spans', () => {
  const text = `Киев заявил 🇺🇦 что 北京 ответил.\n\n${'word '.repeat(5000)}end`;
  for (const m of mentionsOf(text)) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, showSpan(text, m));
    assert.ok(!/^[\uDC00-\uDFFF]/.test(text.slice(m.start, m.end)), 'a span starts inside a surrogate pair');
  }
});

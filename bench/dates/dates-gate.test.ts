/**
 * Quality gate for date resolution on bench/dates/cases.ts (hand-written, in the repo, so the
 * gate never skips). Floors only move up unless a regression is argued for in bench/RESULTS.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_CASES } from './cases.js';
import { chronoAlone, ours, scoreCases } from './score.js';

const FLOORS = { cases: 60, correct: 0.95, qualifier: 0.9 };

test('dates: at least 60 cases, value + granularity right on 95%, qualifiers on 90%, ahead of chrono alone', () => {
  const s = scoreCases(DATE_CASES, ours);
  const base = scoreCases(DATE_CASES, chronoAlone);
  assert.ok(s.cases >= FLOORS.cases, `${s.cases} cases`);
  const misses = s.results.filter((r) => !r.correct).map((r) => `${r.case.pub} ${r.case.text} → ${r.found?.value ?? 'nothing'}`);
  assert.ok(s.correct / s.cases >= FLOORS.correct, `${s.correct}/${s.cases} right; misses:\n${misses.join('\n')}`);
  assert.ok(s.qualifierRight / s.qualifierCases >= FLOORS.qualifier, `${s.qualifierRight}/${s.qualifierCases} qualifiers`);
  assert.ok(s.correct > base.correct, `ours ${s.correct} vs chrono ${base.correct}`);
});

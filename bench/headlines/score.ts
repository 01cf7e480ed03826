/**
 * Scores the headlines stage on the evaluation set: each pair's headline over its body, read as
 * one article, gets the article's summary verdict; precision and recall per verdict, the
 * confusion matrix and accuracy per headline form.
 */
import { HEADLINE_VERDICTS, type HeadlineVerdict } from '../../src/core/headline.js';
import { checkOf } from '../../src/stages/headlines/testing.js';
import { loadBodies, type Pair } from './pairs.js';

export interface Prediction { readonly pair: Pair; readonly predicted: HeadlineVerdict; readonly rule: string; readonly similarity: number | null }

export interface VerdictScore { readonly gold: number; readonly predicted: number; readonly correct: number; readonly precision: number; readonly recall: number }

export interface Scores {
  readonly predictions: readonly Prediction[];
  readonly perVerdict: Readonly<Record<HeadlineVerdict, VerdictScore>>;
  readonly confusion: Readonly<Record<HeadlineVerdict, Readonly<Record<HeadlineVerdict, number>>>>;
  readonly perForm: ReadonlyArray<{ readonly form: string; readonly pairs: number; readonly correct: number }>;
  readonly accuracy: number;
}

export function predict(corpora: string, pairs: readonly Pair[]): Prediction[] {
  const bodies = loadBodies(corpora, pairs);
  return pairs.map((pair) => {
    const { check } = checkOf(pair.headline, bodies.get(`${pair.corpus}#${pair.record}`)!);
    const worst = check.claims.find((c) => c.verdict === check.verdict) ?? check.claims[0]!;
    return { pair, predicted: check.verdict, rule: worst.rule, similarity: worst.evidence[0]?.similarity ?? null };
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function score(predictions: readonly Prediction[]): Scores {
  const empty = () => Object.fromEntries(HEADLINE_VERDICTS.map((v) => [v, 0])) as Record<HeadlineVerdict, number>;
  const confusion = Object.fromEntries(HEADLINE_VERDICTS.map((v) => [v, empty()])) as Record<HeadlineVerdict, Record<HeadlineVerdict, number>>;
  for (const p of predictions) confusion[p.pair.expected][p.predicted]++;
  const perVerdict = Object.fromEntries(HEADLINE_VERDICTS.map((v) => {
    const gold = predictions.filter((p) => p.pair.expected === v).length;
    const predicted = predictions.filter((p) => p.predicted === v).length;
    const correct = confusion[v][v];
    return [v, { gold, predicted, correct, precision: ratio(correct, predicted), recall: ratio(correct, gold) }];
  })) as Record<HeadlineVerdict, VerdictScore>;
  const forms = [...new Set(predictions.map((p) => p.pair.form))].sort();
  const perForm = forms.map((form) => {
    const of = predictions.filter((p) => p.pair.form === form);
    return { form, pairs: of.length, correct: of.filter((p) => p.predicted === p.pair.expected).length };
  });
  return { predictions, perVerdict, confusion, perForm, accuracy: ratio(predictions.filter((p) => p.predicted === p.pair.expected).length, predictions.length) };
}

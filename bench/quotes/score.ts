/** Runs the shared scorer (score_quotes.mjs --json) on a predictions file, overall and per quote kind. */
import { execFileSync } from 'node:child_process';

export interface Prf { readonly P: number; readonly R: number; readonly F1: number; readonly speakerAcc?: number }
export interface Scores {
  readonly goldQuotes: number;
  readonly predQuotes: number;
  readonly 'ggt@0.3': Prf;
  readonly 'ggt@0.8': Prf;
  readonly exact: Prf;
  readonly tokOverlap: Prf;
  readonly 'e2e@0.3': Prf;
  readonly name: { strict: number; lenient: number; n: number } | null;
}

export const KINDS = ['direct', 'mixed', 'indirect'] as const;

export function score(scorer: string, gold: string, pred: string, options: { split?: string; kinds?: string } = {}): Scores {
  const args = [scorer, gold, pred, '--json'];
  if (options.split) args.push('--split', options.split);
  if (options.kinds) args.push('--kinds', options.kinds);
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 })) as Scores;
}

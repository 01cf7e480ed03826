import type { CorpusStep } from '../../core/corpus-step.js';
import { PresstrailError } from '../../core/errors.js';

/** The corpus steps this build knows, in the order `presstrail corpus run` runs them. */
export interface CorpusRegistry {
  readonly steps: readonly CorpusStep[];
  /** The named steps in the order given, or every step when none is named. Unknown names throw PT-E070. */
  select(names: readonly string[]): CorpusStep[];
  get(name: string): CorpusStep | undefined;
}

/** Step names become queue names (`presstrail-corpus.<name>`), so they keep to a safe alphabet. */
const STEP_NAME = /^[a-z][a-z0-9-]{0,40}$/;

/** A registry of corpus steps; `src/cli/bin.ts` builds the one the CLI and workers use. */
export function corpusRegistry(steps: readonly CorpusStep[]): CorpusRegistry {
  const byName = new Map<string, CorpusStep>();
  for (const step of steps) {
    if (!STEP_NAME.test(step.name)) throw new PresstrailError('PT-E071', `Cannot register the corpus step "${step.name}": name it in lower case letters, digits and -, starting with a letter.`);
    if (byName.has(step.name)) throw new PresstrailError('PT-E071', `Two corpus steps are named "${step.name}": give each step its own name.`);
    byName.set(step.name, step);
  }
  return {
    steps: [...steps],
    get: (name) => byName.get(name),
    select(names) {
      if (names.length === 0) return [...steps];
      return [...new Set(names)].map((name) => {
        const step = byName.get(name);
        if (!step) throw new PresstrailError('PT-E070', `There is no corpus step "${name}": the steps are ${[...byName.keys()].join(', ') || '(none)'}.`);
        return step;
      });
    },
  };
}

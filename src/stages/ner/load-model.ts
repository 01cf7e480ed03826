/**
 * The shipped NER model, read and decoded once per process on first use (the stage stays pure:
 * the weights are a constant of the program, like its rule tables).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PresstrailError } from '../../core/errors.js';
import { loadModelBuffer, type NerModel } from './model.js';

/** models/ at the package root: three levels above both src/stages/ner and dist/stages/ner. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/ner-conll2003.json.gz', import.meta.url));

let cached: NerModel | undefined;

export function defaultNerModel(): NerModel {
  if (cached) return cached;
  let buffer: Buffer;
  try {
    buffer = readFileSync(DEFAULT_MODEL_PATH);
  } catch (cause) {
    throw new PresstrailError('PT-E031', `the NER model ${DEFAULT_MODEL_PATH} could not be read: reinstall presstrail or run npm run train:ner`, { cause });
  }
  cached = loadModelBuffer(buffer);
  return cached;
}

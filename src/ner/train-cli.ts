/**
 * `npm run train:ner -- PATH [--epochs N] [--seed N] [--dev] [--out FILE] [--unlabelled A,B] [--clusters-from MODEL]`: trains
 * the NER model on PATH/eng.train + PATH/eng.testa (CoNLL-2003) and writes the compressed weights.
 * Word clusters come first, from unlabelled news (by default the Reuters-21578 and DOJ press-release
 * scale corpora beside PATH, when present, plus the CoNLL words). With --dev it trains on eng.train
 * only and prints testa F1 after every epoch (how the epoch count was chosen).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_PATH } from '../stages/ner/load-model.js';
import { loadModelBuffer, saveModel } from '../stages/ner/model.js';
import { readConll } from './conll.js';
import { evaluateConll } from './evaluate-conll.js';
import { clusterWords } from './clusters.js';
import { trainNer } from './train.js';
import { unlabelledLines } from './unlabelled.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { epochs: { type: 'string', default: '12' }, seed: { type: 'string', default: '1' }, 'min-count': { type: 'string', default: '2' }, dev: { type: 'boolean', default: false }, out: { type: 'string' }, unlabelled: { type: 'string' }, 'unlabelled-words': { type: 'string', default: '2500000' }, 'clusters-from': { type: 'string' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run train:ner -- PATH/TO/conll2003 [--epochs 12] [--seed 1] [--dev] [--out FILE]');
  process.exit(2);
}
const started = Date.now();
const train = readConll(join(dir, 'eng.train'));
const dev = readConll(join(dir, 'eng.testa'));
const docs = values.dev ? train : [...train, ...dev];
const besides = ['scale-reuters21578', 'scale-doj-opa-press-releases'].map((c) => join(dir, '..', '..', c, 'articles.jsonl.gz'));
const unlabelled = values.unlabelled ? values.unlabelled.split(',') : besides.filter((p) => existsSync(p));
const conllWords = docs.flatMap((d) => d.map((s) => s.words));
// --clusters-from MODEL reuses a model's cluster table (quick experiments); the default rebuilds it
const clusters = values['clusters-from']
  ? loadModelBuffer(readFileSync(values['clusters-from'])).clusters
  : clusterWords([...conllWords, ...unlabelledLines(unlabelled, Number(values['unlabelled-words']))]);
console.log(`${clusters.size} word clusters from ${unlabelled.length} unlabelled files in ${((Date.now() - started) / 1000).toFixed(0)} s`);
const { model, features } = trainNer(docs, {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  clusters,
  onEpoch: (epoch, errors, current) => {
    const line = `epoch ${epoch}: ${errors} sentences wrong, ${((Date.now() - started) / 1000).toFixed(0)} s`;
    if (!values.dev) return console.log(line);
    const s = evaluateConll(current(), dev);
    console.log(`${line}; testa F1 ${(100 * s.prf().f1).toFixed(2)}`);
  },
});
const out = values.out ?? DEFAULT_MODEL_PATH;
const buffer = saveModel(features, { ...model, meta: { ...model.meta, data: values.dev ? 'eng.train' : 'eng.train+eng.testa', unlabelled: unlabelled.map((p) => p.split('/').slice(-2).join('/')), unlabelledWordsPerFile: Number(values['unlabelled-words']), seconds: Math.round((Date.now() - started) / 1000) } });
writeFileSync(out, buffer);
console.log(`wrote ${out} (${(buffer.length / 1e6).toFixed(2)} MB, ${features.length} features before pruning) in ${((Date.now() - started) / 1000).toFixed(0)} s`);

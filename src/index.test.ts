import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from './index.js';

test('the public API exports exactly these values', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'ERROR_CODES', 'EXPORT_FORMAT_VERSION', 'MemoryStore', 'PresstrailError', 'articleId', 'articlesStage', 'bodySpans',
    'bodyText', 'buildEntities', 'checkPipeline', 'compareSpans', 'containsSpan', 'copiesStep', 'copyEntry',
    'createDocument', 'datesStage', 'decodeBytes', 'defaultCorpusSteps', 'defaultPipeline', 'documentId',
    'entitiesStep', 'exportStore', 'findCopies', 'getLayer', 'htmlFragmentToText', 'ingestFiles', 'isPresstrailError',
    'isValidSpan', 'listInputs', 'openStore', 'overlaps', 'pipe', 'readHtml', 'readInput', 'recordsOf', 'resolveDates',
    'rolesStage', 'runPipeline', 'segmentArticles', 'showSpan', 'silentContext', 'sliceSpan', 'stageTag', 'trimSpan',
    'withLayer', 'withMessages',
  ]);
});

test('a document read and run through the default pipeline round-trips through JSON', async () => {
  const read = await api.readInput({ bytes: new TextEncoder().encode('River rises\nMarch 3, 2024\n\nThe river rose two metres.\n'), uri: 'x.txt' }, 'x.txt');
  const doc = api.runPipeline(api.defaultPipeline, read.documents[0]!);
  assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  const [article] = api.getLayer<api.Article>(doc, 'articles');
  assert.equal(article?.title?.value, 'River rises');
  assert.equal(article?.date?.value, '2024-03-03');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { HeadlineCheck } from '../../core/headline.js';
import { silentContext } from '../../core/stage.js';
import { headlinesStage } from '../../stages/headlines/index.js';
import { quotesStage } from '../../stages/quotes/index.js';
import { sentencesStage } from '../../stages/sentences/index.js';
import { makeDocument, type ArticleSpec } from './fixtures.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

/** A test document with real sentences, quotes and headline checks (the stages run on makeDocument's articles). */
function checked(seed: string, articles: readonly ArticleSpec[]): Document {
  const base = withLayer(makeDocument(seed, articles), 'sentences', []);
  return [sentencesStage, quotesStage, headlinesStage].reduce((d, s) => s.run(d, silentContext), base);
}

const QUOTED = checked('h1', [{ title: 'Costa says "we will not raise taxes"', body: '"We will not raise taxes this year," Finance Minister Ana Costa said on Monday.', date: '2024-03-01', outlet: 'Harbour Herald' }]);
const NOT_FOUND = checked('h2', [
  { title: 'Costa admits ferry plan has failed', body: '"We are reviewing the timetable with the operators," Finance Minister Ana Costa said. The review ends in May.', date: '2024-03-05', outlet: 'Valley Courier' },
  { title: 'Ferries resume after storm', body: 'Ferries ran again on Tuesday after two days of storms.', date: '2024-03-06', outlet: 'Valley Courier' },
]);

async function corpus(store: { putDocument(d: Document): Promise<unknown> }): Promise<void> {
  await store.putDocument(QUOTED);
  await store.putDocument(NOT_FOUND);
}

export function headlinesContract(open: OpenStore): void {
  test('headline checks are listed in article date order with their verdict and claims', () => withStore(open, async (store) => {
    await corpus(store);
    const all = await store.listHeadlines();
    assert.deepEqual(all.map((h) => [h.headline, h.verdict, h.date]), [
      ['Costa says "we will not raise taxes"', 'quoted', '2024-03-01'],
      ['Costa admits ferry plan has failed', 'not found', '2024-03-05'],
      ['Ferries resume after storm', 'no attribution', '2024-03-06'],
    ]);
    const claim = all[0]!.claims[0]!;
    assert.equal(claim.speaker, 'Ana Costa');
    assert.equal(QUOTED.text.slice(claim.start, claim.end), claim.text);
    assert.match(claim.evidence[0]!.quote ?? '', /^q_/);
    assert.match(all[0]!.uri, /h1\.html$/);
  }));

  test('headline filters: verdict, outlet, dates, article ids and paging', () => withStore(open, async (store) => {
    await corpus(store);
    const heads = async (q: Parameters<typeof store.listHeadlines>[0]) => (await store.listHeadlines(q)).map((h) => h.headline);
    assert.deepEqual(await heads({ verdict: 'not found' }), ['Costa admits ferry plan has failed']);
    assert.deepEqual(await heads({ outlet: 'harbour herald' }), ['Costa says "we will not raise taxes"']);
    assert.deepEqual(await heads({ from: '2024-03-05', to: '2024-03-05' }), ['Costa admits ferry plan has failed']);
    const second = getLayer<HeadlineCheck>(NOT_FOUND, 'headlines')[1]!.article;
    assert.deepEqual(await heads({ articles: [second] }), ['Ferries resume after storm']);
    assert.deepEqual(await heads({ limit: 1, offset: 1 }), ['Costa admits ferry plan has failed']);
    assert.equal(await store.countHeadlines({ verdict: 'quoted' }), 1);
    assert.deepEqual(await heads({ attributed: true }), ['Costa says "we will not raise taxes"', 'Costa admits ferry plan has failed']);
    assert.equal(await store.countHeadlines(), 3);
    await assert.rejects(store.listHeadlines({ verdict: 'false' as never }), { code: 'PT-E060' });
  }));

  test('storing a document twice keeps one check per article; replacing it re-derives them', () => withStore(open, async (store) => {
    await corpus(store);
    await store.putDocument(NOT_FOUND);
    assert.equal(await store.countHeadlines(), 3);
    await store.replaceDocument(withLayer(NOT_FOUND, 'headlines', []));
    assert.equal(await store.countHeadlines(), 1);
    await store.replaceDocument(NOT_FOUND);
    assert.equal(await store.countHeadlines({ verdict: 'not found' }), 1);
  }));
}

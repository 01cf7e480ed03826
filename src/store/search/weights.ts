/** Title hits weigh more than body hits in ranking: a word in the headline is what the story is about. */
export const BM25_WEIGHTS = { title: 5, body: 1 } as const;

/**
 * Copy detection: near-duplicate articles and reprinted paragraphs. Pure functions; the index
 * they feed lives in the store and the corpus step that runs them is src/service/copies-step.ts.
 *
 * 01 words (normalised, with spans) → 02 paragraphs (+ hashes) → 03 MinHash and LSH band keys →
 * 04 credit lines → 05 one article's entry → candidates (same band key or paragraph hash) →
 * 06 paragraph alignment → 08 verification → 09 lineage (orientation, direction, drift via 07) →
 * 10 clusters.
 */
export { wordsOf, normalizeWord } from './01-words.js';
export { paragraphsOf, type Paragraph } from './02-paragraphs.js';
export { minhash, shingleHashes, bandKeys, estimateJaccard, type MinHashParams } from './03-minhash.js';
export { creditsIn, type Credit } from './04-credits.js';
export { copyEntry, type CopyEntry } from './05-entry.js';
export { verifyPair, type VerifiedBlock } from './08-verify.js';
export { copyPair, directionOf, COPIES_BY } from './09-lineage.js';
export { clustersOf, clusterId } from './10-clusters.js';
export { findCopies, type FoundCopies } from './find-copies.js';
export { MINHASH, PARAGRAPHS, ACCEPT } from './rules.js';

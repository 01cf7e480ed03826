/**
 * Which matches a text search ranks, the same rule in every backend. Ranking costs per match:
 * SQLite's bm25 reads each match's column sizes (about 0.5 µs of CPU a match), PostgreSQL's
 * ts_rank_cd reads its tsvector (about 20 µs), so a word found in most of 100k articles cost
 * 50 ms and 2 s to rank in full, on every keystroke of search as you type. Finding matches in
 * stored order costs almost nothing in either index, so search ranks a bounded set instead:
 * the newest matches, plus the newest matches with a query word in the title. Up to `newest`
 * matches every match is a candidate and the ranking is exact; past it (the page says
 * "1,000+"), the best of the candidates come first. Measured in bench/api (bench/RESULTS.md).
 */
export const RANK_CANDIDATES = {
  /** The latest stored matches: with no more matches than this, all of them (exact ranking). */
  newest: 2000,
  /**
   * Also the latest stored matches with a query word in the title: a title hit weighs 5x a body
   * hit (weights.ts), so for a common word these hold most of what full ranking puts first.
   */
  titled: 1000,
} as const;

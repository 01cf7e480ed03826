import pc from 'picocolors';
import type { HeadlineVerdict } from '../../core/headline.js';
import { verdictSlug } from '../../core/headline.js';
import type { HeadlineQuery, HeadlineSummary, Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

const PAINT: Readonly<Record<HeadlineVerdict, (s: string) => string>> = {
  quoted: pc.green, paraphrased: pc.cyan, 'not found': pc.red, 'no attribution': pc.dim,
};

function renderClaim(c: HeadlineSummary['claims'][number]): string {
  if (c.verdict === 'no attribution') return `  ${pc.dim('attributes nothing to anyone')}\n`;
  const who = c.speakerMention ? `${pc.bold(c.speaker ?? c.speakerMention.text)}${c.speaker !== c.speakerMention.text ? pc.dim(` (headline: "${c.speakerMention.text}", ${c.speakerMatch})`) : ''}` : pc.dim('(no speaker)');
  const best = c.evidence[0];
  const evidence = best ? `${best.quote ?? `body chars ${best.start}-${best.end}`} ${pc.dim(`similarity ${best.similarity.toFixed(2)}`)}` : pc.dim('no passage of the speaker comes near it');
  const unsupported = c.fragments.filter((f) => !f.inBody).map((f) => `“${f.text}”`);
  return `  ${who}: “${c.text}” → ${PAINT[c.verdict](c.verdict)} ${pc.dim(`[${c.rule}, chars ${c.start}-${c.end}]`)}\n    evidence: ${evidence}\n`
    + (unsupported.length > 0 ? `    ${pc.yellow('quoted in the headline, nowhere in the body:')} ${unsupported.join(', ')}\n` : '')
    + (c.reason ? `    ${pc.yellow('why:')} ${c.reason}\n` : '');
}

/** `headlines`: each checked headline with its verdict, its claims and their best evidence. */
export async function headlinesCommand(store: Store, options: HeadlineQuery & { json: boolean }, io: Io): Promise<number> {
  const { json, ...query } = options;
  const rows = await store.listHeadlines(query);
  if (json) {
    for (const r of rows) io.out(JSON.stringify(r) + '\n');
    return EXIT.ok;
  }
  for (const r of rows) {
    io.out(`${PAINT[r.verdict](verdictSlug(r.verdict).toUpperCase())} ${pc.bold(r.headline)}\n  ${pc.dim(`${r.article} · ${r.date ?? 'undated'} · ${r.outlet ?? 'no outlet'}`)}\n`);
    for (const c of r.claims) io.out(renderClaim(c));
    io.out('\n');
  }
  const total = await store.countHeadlines({ ...query, limit: undefined, offset: undefined });
  io.err(`${rows.length} of ${total} headlines${query.verdict ? ` judged "${query.verdict}"` : ''}\n`);
  return EXIT.ok;
}

export { renderClaim as renderHeadlineClaim };

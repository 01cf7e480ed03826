/**
 * 04: party-state tags after a name, "Sen. Ed Markey (D-Mass.)", "Ted Cruz (R-Texas)": the party
 * and state join the role of that name, or make one (a member of Congress) when no title came first.
 */
import type { Mention } from '../../core/mention.js';
import type { Span } from '../../core/span.js';
import { nameBefore } from './01-names.js';
import type { RoleCandidate } from './candidate.js';
import { PARTIES, PARTY_STATE, STATES } from './rules.js';

export function withPartyState(text: string, range: Span, roles: readonly RoleCandidate[], mentions: readonly Mention[]): RoleCandidate[] {
  const out = [...roles];
  const piece = text.slice(range.start, range.end);
  for (const m of piece.matchAll(new RegExp(PARTY_STATE.source.replace(/^\^\\s\*/, '\\s'), 'g'))) {
    const tagStart = range.start + m.index! + 1;
    const tagEnd = range.start + m.index! + m[0].length;
    const party = PARTIES[m[1]!] ?? null;
    const state = STATES[m[2]!] ?? STATES[m[2]!.replace(/\.$/, '')] ?? null;
    const i = out.findIndex((r) => r.person.end === tagStart - 1);
    if (i >= 0) {
      out[i] = { ...out[i]!, end: tagEnd, party, state, rule: `${out[i]!.rule}+party-state` };
      continue;
    }
    const person = nameBefore(text, tagStart - 1, mentions);
    if (!person) continue;
    out.push({ start: person.start, end: tagEnd, rule: 'party-state-tag', person, titleSpan: { start: tagStart, end: tagEnd }, title: 'Member of Congress', org: 'U.S. Congress', party, state, former: false });
  }
  return out;
}

import type { Span } from '../../core/span.js';

/** A role before it becomes an annotation of the `roles` layer. */
export interface RoleCandidate {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly person: Span;
  readonly titleSpan: Span;
  readonly title: string;
  readonly org: string | null;
  readonly party: string | null;
  readonly state: string | null;
  readonly former: boolean;
}

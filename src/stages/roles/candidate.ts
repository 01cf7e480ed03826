import type { Role } from '../../core/role.js';

/** A role before it becomes an annotation of the `roles` layer: no stage tag, article or date yet. */
export type RoleCandidate = Omit<Role, 'by' | 'article' | 'date'>;

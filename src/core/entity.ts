/**
 * One real-world referent across the corpus (made by the `entities` corpus step): a person,
 * organisation, place or other named thing, with every mention that refers to it. Its computed
 * values point at mentions: `nameSupport` are mentions whose words are the name, each alias
 * counts its mentions, each role names the span and article that give it.
 */
export type EntityKind = 'person' | 'org' | 'place' | 'misc';

/** A span of a stored document. */
export interface DocumentSpan {
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

export interface EntityAlias {
  readonly name: string;
  readonly mentions: number;
}

/** A role over time: first (`from`) and last (`to`) article dates that give it, and the first such span. */
export interface EntityRole extends DocumentSpan {
  readonly title: string;
  readonly org: string | null;
  readonly party: string | null;
  readonly state: string | null;
  /** Given only as a past role ("former President …"). */
  readonly former: boolean;
  readonly from: string | null;
  readonly to: string | null;
  readonly article: string | null;
  readonly mentions: number;
}

export interface Entity {
  /** `e_` + 16 hex digits of a hash of the kind and the name key it was first built on. */
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly nameSupport: readonly DocumentSpan[];
  readonly aliases: readonly EntityAlias[];
  readonly roles: readonly EntityRole[];
  readonly mentions: number;
  readonly articles: number;
  readonly quotes: number;
  readonly outlets: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Ids of the user corrections (entity.merge|split|rename) that shaped it. */
  readonly corrections: readonly string[];
}

/**
 * Correction values (`entity.merge|split|rename`). Every one names the entity it was made on
 * (`entity`: its name then) and is anchored to one of that entity's mention spans; ids change when
 * re-processing regroups mentions, spans and names do not.
 */
export interface EntityMergeValue {
  readonly entity: string;
  /** The other entity: its name, and one of its mention spans when known. */
  readonly other: { readonly name: string } & Partial<DocumentSpan>;
}

/** Mentions of these aliases are another referent, named `name` (else the first alias). */
export interface EntitySplitValue {
  readonly entity: string;
  readonly aliases: readonly string[];
  readonly name?: string;
}

export interface EntityRenameValue {
  readonly entity: string;
  readonly name: string;
}

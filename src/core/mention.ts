import type { Annotation } from './span.js';

/** Named-entity types, CoNLL-2003 style: LOC covers countries, cities and other places (GPE). */
export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

/**
 * A name in the text (the `mentions` layer, made by the `ner` stage): the span is the name
 * as written ("Health Minister Ana Costa" yields the mention "Ana Costa"; the title is a role,
 * not part of the name). `confidence` is the tagger's, 0–1. Which real-world entity a mention
 * refers to is decided corpus-wide, later, and points back at these spans.
 */
export type Mention = Annotation<{
  readonly type: EntityType;
  /** The article the mention belongs to, or null outside any article (page furniture). */
  readonly article: string | null;
  readonly confidence: number;
}>;

import type { Annotation, Span } from './span.js';

/**
 * A title the text gives a person (the `roles` layer, made by the `roles` stage): "Defense
 * Secretary Lloyd Austin", "Ana Costa, the foreign minister,", "Sen. Ed Markey (D-Mass.)". The
 * span covers the title and the name; `person` is the name, `titleSpan` the title words. `title`,
 * `org`, `party` and `state` are computed from those words (normalised: "Sen." → "Senator",
 * "D" → "Democratic", "Mass." → "Massachusetts") and point at them. `date` is the publication
 * date of the article that says so: the day the text vouches for the role.
 */
export type Role = Annotation<{
  readonly article: string;
  readonly person: Span;
  readonly titleSpan: Span;
  readonly title: string;
  readonly org: string | null;
  readonly party: string | null;
  readonly state: string | null;
  /** "former President …", "then-Governor …": a role held before the article's date. */
  readonly former: boolean;
  readonly date: string | null;
}>;

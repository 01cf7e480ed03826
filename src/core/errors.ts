/**
 * Misuse and bugs throw a PresstrailError with a stable code, listed in docs/errors.md.
 * Bad input never throws out of a reader or stage: it becomes a DocumentMessage or an
 * IngestProblem and the batch goes on.
 */
export const ERROR_CODES = {
  'PT-E001': 'The store file could not be opened.',
  'PT-E002': 'The store was written by a newer presstrail (schema version ahead of this program).',
  'PT-E003': 'A stage is missing a layer it requires.',
  'PT-E005': 'No such article or document.',
  'PT-E006': 'Invalid query option value (a date that is not YYYY-MM-DD, a negative limit).',
  'PT-E007': 'Invalid full-text query.',
  'PT-E008': 'An input path does not exist or matches nothing.',
  'PT-E009': 'Unknown export format.',
  'PT-E010': 'A store URL names a backend this build does not support.',
  'PT-E011': 'The job queue (ingest --queue, worker, jobs) needs a PostgreSQL store.',
  'PT-E012': 'Unknown correction kind.',
  'PT-E013': 'Invalid correction value, target, anchor or note.',
  'PT-E014': 'A quote correction names a quote that is not in the store.',
  'PT-E030': 'The NER model file has a format this program does not read.',
  'PT-E031': 'The NER model file could not be read.',
  // serve: PT-E050..E059
  'PT-E050': 'The server cannot start as asked (a non-loopback address without a token, a port in use).',
  'PT-E051': 'An API request is invalid (a parameter or body fails its schema).',
  'PT-E052': 'The access token is missing or wrong.',
  'PT-E053': 'An upload is too large, has too many files, or is not multipart.',
  'PT-E054': 'A request took too long.',
  'PT-E055': 'No such API route or resource.',
  'PT-E056': 'A request was refused: a non-loopback Host header, or a write from another origin.',
  'PT-E057': 'The server failed unexpectedly (the details are in its log, not in the reply).',
  'PT-E040': 'No entity has that name or id.',
  'PT-E041': 'An entity correction cannot be made (the same entity twice, an alias it does not have, every alias).',
  // serve, entity views: PT-E080..E084
  'PT-E080': 'No entity has that id (an API route for one entity).',
  'PT-E081': 'An entity correction request is invalid (an empty name).',
  'PT-E070': 'No corpus step of that name is registered.',
  'PT-E071': 'A corpus step has a name that is taken or not allowed.',
  'PT-E060': 'Unknown headline verdict in a headline query.',
  'PT-E085': 'No copy cluster has that id.',
  'PT-E086': 'A copy comparison names an article that is not a member of the cluster, or one article twice.',
  'PT-E020': 'A copies id is not a cluster (c_…), copy pair (p_…) or article (a_…) id.',
  'PT-E021': 'A copy index entry in the store has a format this program does not read, or is damaged.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class PresstrailError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PresstrailError';
    this.code = code;
  }
}

export function isPresstrailError(error: unknown): error is PresstrailError {
  return error instanceof PresstrailError;
}

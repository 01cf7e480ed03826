import { HEADLINE_VERDICTS } from '../../core/headline.js';

/**
 * Search stops counting here: past it the page says "1,000+" (`totalIsLowerBound`). Counting
 * every match of a common word costs more than finding the best 20, and search as you type runs
 * on each keystroke.
 */
export const SEARCH_COUNT_CAP = 1000;

const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;

/**
 * The 200 answer of GET /api/articles, for the docs and for serialising: with a schema, fastify
 * writes the JSON with a compiled serialiser instead of JSON.stringify.
 */
export const ARTICLE_PAGE = {
  type: 'object',
  required: ['total', 'totalIsLowerBound', 'offset', 'items'],
  properties: {
    total: { type: 'integer', description: `matching articles; with \`totalIsLowerBound\`, at least this many (counting stops at ${SEARCH_COUNT_CAP.toLocaleString('en-US')})` },
    totalIsLowerBound: { type: 'boolean', description: `true when more than ${SEARCH_COUNT_CAP.toLocaleString('en-US')} articles match: show "${SEARCH_COUNT_CAP.toLocaleString('en-US')}+"` },
    offset: { type: 'integer' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'document', 'uri', 'start', 'end', 'title', 'date', 'outlet', 'author', 'url', 'headlineVerdict'],
        properties: {
          id: text, document: text, uri: text, start: { type: 'integer' }, end: { type: 'integer' },
          title: nullableText, date: nullableText, outlet: nullableText, author: nullableText, url: nullableText,
          snippet: { type: 'string', description: 'for a text query: about 16 words around the best match, matched words in « »' },
          headlineVerdict: { type: ['string', 'null'], enum: [...HEADLINE_VERDICTS, null] },
        },
      },
    },
  },
} as const;

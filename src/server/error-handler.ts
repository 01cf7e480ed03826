import type { FastifyError, FastifyInstance } from 'fastify';
import { isPresstrailError, type ErrorCode } from '../core/errors.js';
import { HttpError, errorBody } from './http-error.js';

/** Store errors a client caused, and the status each answers with. */
const STORE_STATUS: Partial<Record<ErrorCode, number>> = { 'PT-E005': 404, 'PT-E006': 400, 'PT-E007': 400, 'PT-E012': 400, 'PT-E013': 400, 'PT-E014': 404, 'PT-E040': 404, 'PT-E041': 400 };

/**
 * Every failure becomes `{error: {code, message}}` with a fitting status. Messages a client
 * caused are passed on; anything unexpected is logged with its stack and answered with a
 * sentence that gives nothing away.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(errorBody(error.code, error.message));
    if (isPresstrailError(error) && STORE_STATUS[error.code]) return reply.code(STORE_STATUS[error.code]!).send(errorBody(error.code, error.message));
    if (error.validation) return reply.code(400).send(errorBody('PT-E051', `Invalid request: ${error.message}.`));
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_FILES_LIMIT' || error.code === 'FST_PARTS_LIMIT' || error.statusCode === 413) {
      return reply.code(413).send(errorBody('PT-E053', `Upload refused: ${error.message}.`));
    }
    if (error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return reply.code(415).send(errorBody('PT-E053', 'Upload files as multipart/form-data.'));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(errorBody('PT-E051', `Invalid request: ${error.message}.`));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('PT-E057', 'The server failed while answering; the details are in its log.'));
  });
}

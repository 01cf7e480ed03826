import type { FastifyInstance } from 'fastify';
import { errorBody } from './http-error.js';

/**
 * Answers 503 when a handler has not replied in `ms` (a slow query on a huge store), so a
 * client is never left hanging. Node's own `requestTimeout` bounds receiving a request (uploads).
 */
export function installRequestTimeout(app: FastifyInstance, ms: number): void {
  const timers = new WeakMap<object, NodeJS.Timeout>();
  app.addHook('onRequest', async (request, reply) => {
    // An upload's time is the client's sending (bounded by Node's requestTimeout); its ingest runs as a job.
    if (request.method === 'POST' && request.url.split('?')[0] === '/api/ingest') return;
    const timer = setTimeout(() => {
      if (!reply.sent) void reply.code(503).send(errorBody('PT-E054', `The request took longer than ${ms / 1000} s; narrow the query (add a filter, lower the limit).`));
    }, ms);
    timers.set(request, timer);
  });
  app.addHook('onResponse', async (request) => clearTimeout(timers.get(request)));
}

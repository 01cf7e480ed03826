import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { PresstrailError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { OverviewCache } from './compute-overview.js';
import { installErrorHandler } from './error-handler.js';
import { errorBody } from './http-error.js';
import { IngestJobs } from './ingest-jobs.js';
import { registerOpenApi } from './openapi.js';
import { ResponseCache } from './response-cache.js';
import { installRequestTimeout } from './request-timeout.js';
import { ROUTES } from './routes/index.js';
import { checkOrigin, checkToken, securityHeaders } from './security.js';
import { defaultCorpusSteps } from '../default-corpus-steps.js';
import { SERVER_DEFAULTS, isLoopback, type ServerOptions } from './server-options.js';

const UPLOAD_TIMEOUT_MS = 10 * 60_000;

/**
 * The HTTP API and the built UI over one store. The caller listens (`app.listen`) and closes
 * the store after `app.close()`. Routes live in routes/, one module per resource.
 */
export async function createServer(store: Store, options: ServerOptions): Promise<FastifyInstance> {
  const loopback = isLoopback(options.host);
  if (!loopback && !options.token) {
    throw new PresstrailError('PT-E050', `Refusing to serve on ${options.host} without an access token: pass --token, or let presstrail serve generate one.`);
  }
  const limits = { ...SERVER_DEFAULTS, ...definedOnly(options) };
  const app = Fastify({
    logger: options.logRequests ? { level: 'info' } : { level: 'error' },
    bodyLimit: limits.maxJsonBytes,
    // Receiving a request (an upload of many files) may take this long; handlers get requestTimeoutMs.
    requestTimeout: UPLOAD_TIMEOUT_MS,
    return503OnClosing: true,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: false } },
  });
  installErrorHandler(app);
  installRequestTimeout(app, limits.requestTimeoutMs);
  app.addHook('onRequest', async (request, reply) => {
    securityHeaders(reply);
    checkOrigin(request, loopback);
    if (options.token && checkToken(request, reply, options.token) === 'redirected') return reply;
  });
  await app.register(multipart, { preservePath: true, limits: { fileSize: limits.maxUploadBytes, files: limits.maxUploadFiles, fields: 20, parts: limits.maxUploadFiles + 20 } });
  await registerOpenApi(app);
  const overview = new OverviewCache(store);
  const searches = new ResponseCache<unknown>(options.cacheSearches === false ? 0 : 200);
  const jobs = new IngestJobs(store, options.stages, options.corpusSteps ?? defaultCorpusSteps, () => { overview.invalidate(); searches.clear(); });
  const ctx = { store, options, overview, jobs, searches };
  for (const routes of ROUTES) routes(app, ctx);
  await serveWeb(app, options.webRoot);
  return app;
}

function definedOnly(options: ServerOptions): Partial<typeof SERVER_DEFAULTS> {
  const { maxUploadBytes, maxUploadFiles, requestTimeoutMs } = options;
  return Object.fromEntries(Object.entries({ maxUploadBytes, maxUploadFiles, requestTimeoutMs }).filter(([, v]) => v !== undefined));
}

/**
 * The UI is a single page: its own paths (/articles/…, /search) all answer index.html and the
 * page routes itself. Unknown /api/ paths stay JSON 404s.
 */
async function serveWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const hasUi = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasUi) await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], wildcard: false, cacheControl: false, setHeaders: cacheHeaders });
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD') || !hasUi || /\.[a-z0-9]+$/i.test(path)) {
      return reply.code(404).send(errorBody('PT-E055', `No such route: ${request.method} ${path}. The API is described at /api/docs.`));
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}

/** Built assets carry a content hash in their names and can be cached for good; the page cannot. */
function cacheHeaders(res: { setHeader(name: string, value: string): void }, path: string): void {
  res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}
